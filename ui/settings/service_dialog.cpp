#include "ui/settings/service_dialog.h"

#include "core/schedule/catalog_service.h"
#include "ui/common/widgets.h"
#include "ui/settings/money_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spoke::ui {

QString taxClassLabel(const QString &taxClass)
{
    if (taxClass.isEmpty() || taxClass == QLatin1String("standard"))
        return ServiceDialog::tr("Standard");
    if (taxClass == QLatin1String("reduced"))
        return ServiceDialog::tr("Reduced");
    if (taxClass == QLatin1String("exempt"))
        return ServiceDialog::tr("Exempt");
    return taxClass;
}

QString durationText(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h == 0)
        return ServiceDialog::tr("%1 min").arg(m);
    if (m == 0)
        return ServiceDialog::tr("%1 h").arg(h);
    return ServiceDialog::tr("%1 h %2 min").arg(h).arg(m);
}

ServiceDialog::ServiceDialog(
    const ServiceItem &item, const QStringList &categories, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_original(item)
    , m_apply(std::move(apply))
    , m_name(new QLineEdit(item.name, this))
    , m_category(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_price(new QLineEdit(this))
    , m_taxClass(new QComboBox(this))
    , m_active(new QCheckBox(tr("&Offered at this location"), this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("ServiceDialog"));
    setMinimumWidth(480);
    setWindowTitle(item.id.isEmpty() ? tr("Add a service") : tr("Edit “%1”").arg(item.name));
    const bool headOffice = item.owner == RecordOwner::HeadOffice;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    if (headOffice) {
        auto *why = new Banner(this);
        why->setObjectName(QStringLiteral("headOfficeNote"));
        why->show(Banner::Kind::Info,
            tr("This service comes from head office: its name, price, duration and tax class are set "
               "there. You can only choose whether this location offers it."));
        layout->addWidget(why);
    }

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name->setObjectName(QStringLiteral("serviceName"));
    m_name->setMaxLength(120);
    form->addRow(tr("&Name:"), m_name);

    m_category->setObjectName(QStringLiteral("serviceCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItems(categories);
    m_category->setCurrentText(item.category);
    form->addRow(tr("&Category:"), m_category);

    m_duration->setObjectName(QStringLiteral("serviceDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(item.durationMinutes);
    form->addRow(tr("&Duration:"), m_duration);

    const QString currency = item.currency;
    auto *priceRow = new QHBoxLayout;
    m_price->setObjectName(QStringLiteral("servicePrice"));
    m_price->setText(money_text::format(item.priceMinor, currency));
    m_price->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_price->setPlaceholderText(money_text::format(12950, currency));
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(new QLabel(currency, this));
    auto *priceLabel = new QLabel(tr("&Price:"), this);
    priceLabel->setBuddy(m_price);
    form->addRow(priceLabel, priceRow);

    m_taxClass->setObjectName(QStringLiteral("serviceTaxClass"));
    for (const char *key : {"standard", "reduced", "exempt"})
        m_taxClass->addItem(taxClassLabel(QString::fromLatin1(key)), QString::fromLatin1(key));
    const QString tax = item.taxClass.isEmpty() ? QStringLiteral("standard") : item.taxClass;
    if (m_taxClass->findData(tax) < 0)
        m_taxClass->addItem(taxClassLabel(tax), tax); // a class head office uses that we don't name
    m_taxClass->setCurrentIndex(m_taxClass->findData(tax));
    form->addRow(tr("&Tax class:"), m_taxClass);

    m_active->setObjectName(QStringLiteral("serviceActive"));
    m_active->setChecked(item.active);
    form->addRow(QString(), m_active);

    if (headOffice) {
        if (!item.code.isEmpty())
            form->insertRow(0, tr("Head-office code:"), new QLabel(item.code, this));
        for (QWidget *w :
            std::initializer_list<QWidget *> {m_name, m_category, m_duration, m_price, m_taxClass})
            w->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setProperty("variant", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Ok)->setText(item.id.isEmpty() ? tr("&Add") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (headOffice ? static_cast<QWidget *>(m_active) : m_name)->setFocus();
}

std::optional<ServiceItem> ServiceDialog::item(QString *problem) const
{
    ServiceItem s = m_original;
    s.name = m_name->text().trimmed();
    s.category = m_category->currentText().trimmed();
    s.durationMinutes = m_duration->value();
    s.taxClass = m_taxClass->currentData().toString();
    s.active = m_active->isChecked();
    const auto price = money_text::parse(m_price->text(), s.currency);
    if (!price) {
        if (problem)
            *problem
                = tr("Type the price as a number, such as %1.").arg(money_text::format(12950, s.currency));
        return std::nullopt;
    }
    s.priceMinor = *price;
    return s;
}

QString ServiceDialog::problem() const
{
    return m_banner->text();
}

void ServiceDialog::accept()
{
    QString message;
    const std::optional<ServiceItem> s = item(&message);
    QStringList problems;
    if (!message.isEmpty())
        problems << message;
    if (s)
        problems << CatalogService::problems(*s);
    if (!problems.isEmpty()) {
        m_banner->show(Banner::Kind::Error, problems.join(u'\n'));
        return;
    }
    if (const Status st = m_apply(*s); !st) {
        m_banner->show(Banner::Kind::Error, st.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace spoke::ui
