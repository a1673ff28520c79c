#include "ui/shell/lock_screen.h"

#include "ui/common/icons.h"
#include "ui/common/widgets.h"
#include "ui/shell/location_context.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

LockScreen::LockScreen(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_location(new QLabel(this))
    , m_title(nullptr)
    , m_subtitle(nullptr)
    , m_picker(new QListWidget(this))
    , m_lockedAvatar(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_submit(nullptr)
    , m_switch(nullptr)
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
    card->setFixedWidth(700);
    box->setContentsMargins(36, 30, 36, 28);
    box->setSpacing(12);

    auto *brand = new QHBoxLayout;
    brand->setSpacing(12);
    auto *logo = new QLabel(card);
    logo->setPixmap(logoPixmap(40));
    brand->addWidget(logo);
    m_location->setProperty("role", QStringLiteral("cardTitle"));
    m_location->setWordWrap(true);
    brand->addWidget(m_location, 1);
    box->addLayout(brand);
    box->addSpacing(6);

    m_title = makeLabel(QString(), "sectionTitle", card);
    m_subtitle = makeLabel(QString(), "hint", card);
    box->addWidget(m_title);
    box->addWidget(m_subtitle);

    m_picker->setObjectName(QStringLiteral("StaffPicker"));
    m_picker->setViewMode(QListView::IconMode);
    m_picker->setIconSize(QSize(48, 48));
    m_picker->setGridSize(QSize(150, 118));
    m_picker->setMovement(QListView::Static);
    m_picker->setResizeMode(QListView::Adjust);
    m_picker->setWrapping(true);
    m_picker->setWordWrap(true);
    m_picker->setUniformItemSizes(true);
    box->addWidget(m_picker);

    m_lockedAvatar->setAlignment(Qt::AlignCenter);
    box->addWidget(m_lockedAvatar);

    box->addWidget(makeLabel(tr("PIN or password"), "hint", card));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setProperty("pin", true);
    m_secret->setPlaceholderText(QStringLiteral("••••"));
    box->addWidget(m_secret);
    box->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    m_switch = makeButton(tr("Not you? Switch user"), "link", card);
    m_switch->setObjectName(QStringLiteral("switchUser"));
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    m_submit = makeButton(tr("Sign in"), "primary", card);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setMinimumWidth(140);
    buttons->addWidget(m_submit);
    box->addLayout(buttons);

    centre->addWidget(card);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(1);

    connect(m_submit, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_switch, &QPushButton::clicked, this, [this] { m_context.session().signOut(); });
    connect(m_picker, &QListWidget::itemClicked, this, [this] { m_secret->setFocus(); });
    connect(m_picker, &QListWidget::itemActivated, this, [this] { m_secret->setFocus(); });
    showSignIn();
}

void LockScreen::reloadStaff()
{
    m_picker->clear();
    for (const StaffMember &member : m_context.staff().list()) {
        auto *item = new QListWidgetItem(QIcon(initialsAvatar(member.name, 48)),
            member.name + QLatin1Char('\n') + roleDisplayName(member.role), m_picker);
        item->setData(Qt::UserRole, member.id);
        item->setData(Qt::UserRole + 1, member.name);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    // As tall as its rows (four people to a row), so the PIN field sits right below.
    const int rows = qMax(1, (m_picker->count() + 3) / 4);
    m_picker->setFixedHeight(qMin(rows, 3) * m_picker->gridSize().height() + 12);
    if (m_picker->count() == 1)
        m_picker->setCurrentRow(0);
}

void LockScreen::showSignIn()
{
    m_mode = Mode::SignIn;
    m_lockedActor = Actor {};
    m_location->setText(m_context.profile().businessName);
    m_title->setText(tr("Who's working?"));
    m_subtitle->setText(tr("Choose your name, then type your PIN or password."));
    reloadStaff();
    m_picker->setVisible(true);
    m_lockedAvatar->setVisible(false);
    m_switch->setVisible(false);
    m_submit->setText(tr("Sign in"));
    m_secret->clear();
    m_banner->show(Banner::Kind::Error, QString());
}

void LockScreen::showUnlock(const Actor &who)
{
    m_mode = Mode::Unlock;
    m_lockedActor = who;
    m_location->setText(m_context.profile().businessName);
    m_title->setText(tr("Locked"));
    m_subtitle->setText(tr("%1 (%2) locked this screen. Type the PIN or password to go on.")
                            .arg(who.name, roleDisplayName(who.role)));
    m_picker->setVisible(false);
    m_lockedAvatar->setPixmap(initialsAvatar(who.name, 72));
    m_lockedAvatar->setVisible(true);
    m_switch->setVisible(true);
    m_submit->setText(tr("Unlock"));
    m_secret->clear();
    m_banner->show(Banner::Kind::Error, QString());
    m_secret->setFocus();
}

bool LockScreen::selectStaff(const QString &name)
{
    for (int i = 0; i < m_picker->count(); ++i) {
        if (m_picker->item(i)->data(Qt::UserRole + 1).toString() == name) {
            m_picker->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString LockScreen::selectedStaffId() const
{
    if (m_mode == Mode::Unlock)
        return m_lockedActor.staffId;
    const QListWidgetItem *item = m_picker->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString LockScreen::problem() const
{
    return m_banner->text();
}

void LockScreen::submit()
{
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty()) {
        m_banner->show(Banner::Kind::Warning, tr("Choose your name first."));
        return;
    }
    if (m_secret->text().isEmpty()) {
        m_banner->show(Banner::Kind::Warning, tr("Type your PIN or password."));
        m_secret->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto who = m_context.staff().signIn(staffId, m_secret->text());
    QApplication::restoreOverrideCursor();
    m_secret->clear();
    if (!who) {
        m_banner->show(Banner::Kind::Error, who.error().message);
        m_secret->setFocus();
        return;
    }
    m_banner->show(Banner::Kind::Error, QString());
    m_context.session().signIn(who.value());
}

} // namespace spoke::ui
