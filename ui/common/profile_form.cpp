#include "ui/common/profile_form.h"

#include "ui/common/time_zone_combo.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace spoke::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_timeZone(new TimeZoneCombo(this))
    , m_currency(new CurrencyCombo(this))
    , m_taxIds(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setPlaceholderText(tr("e.g. Sparkle & Shine Cleaning — Riverside"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(64);
    m_address->setPlaceholderText(tr("Street, city, postal code"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_taxIds->setObjectName(QStringLiteral("taxIds"));
    m_taxIds->setPlaceholderText(tr("e.g. EIN 12-3456789, VAT FR12345678901"));
    m_prefix->setObjectName(QStringLiteral("invoicePrefix"));
    m_prefix->setMaxLength(12);
    m_prefix->setPlaceholderText(tr("e.g. RIV-"));

    form->addRow(tr("Business name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Tax IDs:"), m_taxIds);
    form->addRow(tr("Invoice prefix:"), m_prefix);

    for (QLineEdit *edit : {m_name, m_phone, m_email, m_taxIds, m_prefix})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ProfileForm::edited);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &ProfileForm::edited);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ProfileForm::edited);
}

LocationProfile ProfileForm::profile() const
{
    LocationProfile p;
    p.id = m_id;
    p.businessName = m_name->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.timeZone = m_timeZone->timeZoneId();
    p.currency = m_currency->currencyCode();
    p.taxIds = m_taxIds->text().trimmed();
    p.invoicePrefix = m_prefix->text().trimmed();
    return p;
}

void ProfileForm::setProfile(const LocationProfile &p)
{
    m_id = p.id;
    m_name->setText(p.businessName);
    m_address->setPlainText(p.address);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_timeZone->setTimeZoneId(p.timeZone);
    m_currency->setCurrencyCode(p.currency);
    m_taxIds->setText(p.taxIds);
    m_prefix->setText(p.invoicePrefix);
}

void ProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_taxIds, m_prefix})
        edit->setReadOnly(readOnly);
    m_address->setReadOnly(readOnly);
    m_timeZone->setEnabled(!readOnly);
    m_currency->setEnabled(!readOnly);
}

} // namespace spoke::ui
