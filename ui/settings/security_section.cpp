#include "ui/settings/security_section.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/security_actions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QFrame *actionCard(QWidget *parent, const QString &iconName, const QString &title, const QString &text,
    QPushButton *button, QLabel **extra = nullptr)
{
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(parent, &box);
    card->setMaximumWidth(720);
    auto *row = new QHBoxLayout;
    row->setSpacing(14);
    auto *art = new QLabel(card);
    art->setPixmap(iconPixmap(iconName, 28, theme::brand()));
    row->addWidget(art, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(makeLabel(title, "cardTitle", card));
    texts->addWidget(makeLabel(text, "hint", card));
    if (extra) {
        *extra = makeLabel(QString(), "", card);
        texts->addWidget(*extra);
    }
    row->addLayout(texts, 1);
    button->setParent(card);
    row->addWidget(button, 0, Qt::AlignVCenter);
    box->addLayout(row);
    return card;
}

} // namespace

SecuritySection::SecuritySection(LocationContext &, SecurityActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_key(nullptr)
{
    setObjectName(QStringLiteral("SecuritySection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Security and backups"), "sectionTitle", this));
    layout->addWidget(makeLabel(tr("Only owners see this section. Every action here is recorded in the "
                                   "audit log."),
        "hint", this));

    auto *changeKey = makeButton(tr("Change key…"), "", this);
    changeKey->setObjectName(QStringLiteral("changeKey"));
    layout->addWidget(actionCard(this, QStringLiteral("key"), tr("Database key"),
        tr("The location's database is encrypted with SQLCipher (AES-256). Move the key to the system "
           "keychain or to a passphrase; the database is re-encrypted on the spot."),
        changeKey, &m_key));

    auto *backup = makeButton(tr("Make a backup…"), "primary", this);
    backup->setObjectName(QStringLiteral("makeBackup"));
    layout->addWidget(actionCard(this, QStringLiteral("backup"), tr("Encrypted backup"),
        tr("A single file protected by its own passphrase, so it can be restored on a new PC. Keep it "
           "away from this PC: on a USB drive or in the office safe."),
        backup));

    auto *restore = makeButton(tr("Restore…"), "danger", this);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    layout->addWidget(actionCard(this, QStringLiteral("restore"), tr("Restore a backup"),
        tr("Replaces this location's data with a backup after checking it. The current database is kept "
           "beside it as spoke.db.replaced."),
        restore));
    layout->addStretch(1);

    connect(changeKey, &QPushButton::clicked, &m_actions, &SecurityActions::changeKey);
    connect(backup, &QPushButton::clicked, &m_actions, &SecurityActions::makeBackup);
    connect(restore, &QPushButton::clicked, &m_actions, &SecurityActions::restore);
    connect(&m_actions, &SecurityActions::keyChanged, this, &SecuritySection::refresh);
    refresh();
}

void SecuritySection::refresh()
{
    m_key->setText(tr("Now: %1").arg(m_actions.keyDescription()));
}

} // namespace spoke::ui
