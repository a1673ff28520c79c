#include "ui/firstrun/first_run_pages.h"

#include "core/location/location_service.h"
#include "ui/common/icons.h"
#include "ui/common/profile_form.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace spoke::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Welcome to Spoke"));
    setSubTitle(tr("Let's set up this PC for your location. It takes about two minutes."));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    const struct
    {
        const char *icon;
        QString title;
        QString text;
    } steps[] = {
        {"location", tr("Your business"),
            tr("Name, address, time zone and currency, as they appear on invoices.")},
        {"user", tr("Your owner account"),
            tr("You sign in with a PIN or a password; you add your staff later.")},
        {"shield", tr("How your data is protected"),
            tr("Spoke encrypts everything on this PC. You choose where the key is kept.")},
    };
    int n = 1;
    for (const auto &step : steps) {
        auto *row = new QHBoxLayout;
        row->setSpacing(14);
        auto *art = new QLabel(this);
        art->setFixedSize(44, 44);
        art->setAlignment(Qt::AlignCenter);
        art->setStyleSheet(
            QStringLiteral("background: %1; border-radius: 22px;").arg(theme::brandSoft().name()));
        art->setPixmap(iconPixmap(QLatin1String(step.icon), 22, theme::brand()));
        row->addWidget(art, 0, Qt::AlignTop);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(makeLabel(tr("%1. %2").arg(n++).arg(step.title), "cardTitle", this));
        texts->addWidget(makeLabel(step.text, "hint", this));
        row->addLayout(texts, 1);
        layout->addLayout(row);
    }
    layout->addSpacing(8);
    layout->addWidget(
        makeLabel(tr("Nothing leaves this PC until you enroll it with your head office."), "hint", this));
    layout->addStretch(1);
}

BusinessPage::BusinessPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new ProfileForm(this))
    , m_banner(new Banner(this))
{
    setTitle(tr("Your business"));
    setSubTitle(tr("This is how the location appears on screens, invoices and at head office. You can "
                   "change it later in Settings."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    registerField(QStringLiteral("businessName*"), m_form->businessNameEdit());
}

bool BusinessPage::validatePage()
{
    const QString why = LocationService::validate(m_form->profile());
    m_banner->show(Banner::Kind::Error, why);
    return why.isEmpty();
}

OwnerPage::OwnerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_pin(new QRadioButton(tr("PIN (4 to 8 digits) — quick at the front desk"), this))
    , m_password(new QRadioButton(tr("Password (at least 8 characters)"), this))
    , m_secret(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_banner(new Banner(this))
{
    setTitle(tr("Your owner account"));
    setSubTitle(tr("The owner can do everything: manage staff, change settings, make backups. Add "
                   "managers, front desk and technicians later in Settings."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    m_name->setObjectName(QStringLiteral("ownerName"));
    m_name->setPlaceholderText(tr("Your full name"));
    form->addRow(tr("Name:"), m_name);
    auto *kinds = new QVBoxLayout;
    auto *group = new QButtonGroup(this);
    group->addButton(m_pin);
    group->addButton(m_password);
    m_pin->setObjectName(QStringLiteral("usePin"));
    m_password->setObjectName(QStringLiteral("usePassword"));
    m_pin->setChecked(true);
    kinds->addWidget(m_pin);
    kinds->addWidget(m_password);
    form->addRow(tr("Sign in with:"), kinds);
    m_secret->setObjectName(QStringLiteral("ownerSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("ownerSecretConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("PIN or password:"), m_secret);
    form->addRow(tr("Repeat it:"), m_confirm);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    registerField(QStringLiteral("ownerName*"), m_name);
    registerField(QStringLiteral("ownerSecret*"), m_secret);
    connect(m_pin, &QRadioButton::toggled, this, &OwnerPage::updateKind);
    updateKind();
}

void OwnerPage::updateKind()
{
    m_secret->setPlaceholderText(m_pin->isChecked() ? tr("4 to 8 digits") : tr("At least 8 characters"));
    m_secret->setInputMethodHints(m_pin->isChecked() ? Qt::ImhDigitsOnly : Qt::ImhNone);
}

QString OwnerPage::ownerName() const
{
    return m_name->text().trimmed();
}

SecretKind OwnerPage::secretKind() const
{
    return m_pin->isChecked() ? SecretKind::Pin : SecretKind::Password;
}

QString OwnerPage::secret() const
{
    return m_secret->text();
}

bool OwnerPage::validatePage()
{
    QString why;
    if (ownerName().isEmpty())
        why = tr("Enter your name.");
    else if (const QString rule = StaffService::validateSecret(secretKind(), secret()); !rule.isEmpty())
        why = rule;
    else if (m_confirm->text() != secret())
        why = tr("The two entries differ. Type the same PIN or password twice.");
    m_banner->show(Banner::Kind::Error, why);
    return why.isEmpty();
}

} // namespace spoke::ui
