#include "ui/startup/passphrase_page.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

PassphrasePage::PassphrasePage(const QString &folder, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_open(nullptr)
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("LockScreen"));
    setAttribute(Qt::WA_StyledBackground);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(this, &box);
    card->setFixedWidth(520);
    box->setContentsMargins(36, 30, 36, 28);
    box->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    auto *art = new QLabel(card);
    art->setPixmap(iconPixmap(QStringLiteral("key"), 40, theme::brand()));
    top->addWidget(art, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(makeLabel(tr("Enter the location passphrase"), "sectionTitle", card));
    texts->addWidget(makeLabel(tr("This location's database is encrypted with a passphrase instead of a key "
                                  "in the system keychain. Type it to go on."),
        "hint", card));
    auto *where = makeLabel(tr("Data folder: %1").arg(QDir::toNativeSeparators(folder)), "hint", card);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(where);
    top->addLayout(texts, 1);
    box->addLayout(top);

    m_field->setObjectName(QStringLiteral("locationPassphrase"));
    m_field->setEchoMode(QLineEdit::Password);
    box->addWidget(m_field);
    box->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    auto *quit = makeButton(tr("Quit"), "", card);
    buttons->addWidget(quit);
    buttons->addStretch(1);
    m_open = makeButton(tr("Open"), "primary", card);
    m_open->setMinimumWidth(120);
    buttons->addWidget(m_open);
    box->addLayout(buttons);

    centre->addWidget(card);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(1);

    auto submit = [this] {
        if (!m_field->text().isEmpty())
            emit submitted(m_field->text());
    };
    connect(m_open, &QPushButton::clicked, this, submit);
    connect(m_field, &QLineEdit::returnPressed, this, submit);
    connect(quit, &QPushButton::clicked, this, &PassphrasePage::quitRequested);
}

void PassphrasePage::reset(const QString &problem)
{
    m_field->clear();
    m_banner->show(Banner::Kind::Error, problem);
    m_field->setFocus();
}

QString PassphrasePage::problem() const
{
    return m_banner->text();
}

} // namespace spoke::ui
