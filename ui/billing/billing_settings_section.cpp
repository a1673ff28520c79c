#include "ui/billing/billing_settings_section.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/money_input.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

namespace {

QString ratesSummary(const TaxClass &c)
{
    if (c.rates.empty())
        return Tr::tr("exempt");
    QStringList parts;
    for (const TaxRate &r : c.rates) {
        QString part
            = Tr::tr("%1 %2%").arg(r.name.isEmpty() ? r.code : r.name, billing_text::percentText(r.ppm));
        if (r.compound)
            part = Tr::tr("%1 (compound)").arg(part);
        parts << part;
    }
    return parts.join(QStringLiteral(" + "));
}

} // namespace

TaxClassDialog::TaxClassDialog(const TaxClass &taxClass, bool codeEditable, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(taxClass.code, this))
    , m_name(new QLineEdit(taxClass.name, this))
    , m_rates(new QTableWidget(kMaxRates, RateColumns, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("TaxClassDialog"));
    setWindowTitle(taxClass.code.isEmpty() ? tr("New tax class") : tr("Tax class %1").arg(taxClass.code));
    resize(620, 360);
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code->setObjectName(QStringLiteral("classCode"));
    m_code->setEnabled(codeEditable);
    m_code->setPlaceholderText(tr("e.g. reduced"));
    form->addRow(tr("&Code"), m_code);
    m_name->setObjectName(QStringLiteral("className"));
    m_name->setPlaceholderText(tr("e.g. Reduced rate"));
    form->addRow(tr("&Name"), m_name);
    column->addLayout(form);
    column->addWidget(
        label(tr("Up to three taxes. A compound tax is charged on the price plus the taxes above "
                 "it. Leave every rate empty for a tax-exempt class."),
            "hint", this));
    m_rates->setObjectName(QStringLiteral("classRates"));
    m_rates->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Percent"), tr("Compound")});
    m_rates->verticalHeader()->setVisible(false);
    m_rates->verticalHeader()->setDefaultSectionSize(38);
    m_rates->horizontalHeader()->setSectionResizeMode(RateName, QHeaderView::Stretch);
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rates->setShowGrid(false);
    m_rates->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < kMaxRates; ++row) {
        const TaxRate *rate = row < int(taxClass.rates.size()) ? &taxClass.rates[size_t(row)] : nullptr;
        auto *code = new QLineEdit(rate ? rate->code : QString(), m_rates);
        code->setObjectName(QStringLiteral("rateCode"));
        code->setFrame(false);
        auto *name = new QLineEdit(rate ? rate->name : QString(), m_rates);
        name->setObjectName(QStringLiteral("rateName"));
        name->setFrame(false);
        auto *percent = new QLineEdit(rate ? billing_text::percentText(rate->ppm) : QString(), m_rates);
        percent->setObjectName(QStringLiteral("ratePercent"));
        percent->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        percent->setPlaceholderText(billing_text::percentText(88'750));
        percent->setFrame(false);
        auto *compound = new QCheckBox(m_rates);
        compound->setObjectName(QStringLiteral("rateCompound"));
        compound->setChecked(rate && rate->compound);
        compound->setAccessibleName(tr("Compound"));
        m_rates->setCellWidget(row, RateCode, code);
        m_rates->setCellWidget(row, RateName, name);
        m_rates->setCellWidget(row, RatePercent, percent);
        m_rates->setCellWidget(row, RateCompound, compound);
    }
    column->addWidget(m_rates, 1);
    m_problem->setObjectName(QStringLiteral("classProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &TaxClassDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(box);
    (codeEditable ? m_code : m_name)->setFocus();
}

QWidget *TaxClassDialog::rateField(int row, RateColumn column) const
{
    return m_rates->cellWidget(row, column);
}

QString TaxClassDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

std::optional<TaxClass> TaxClassDialog::taxClass()
{
    TaxClass c;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    for (int row = 0; row < kMaxRates; ++row) {
        const QString code = static_cast<QLineEdit *>(rateField(row, RateCode))->text().trimmed();
        const QString name = static_cast<QLineEdit *>(rateField(row, RateName))->text().trimmed();
        const QString percent = static_cast<QLineEdit *>(rateField(row, RatePercent))->text().trimmed();
        if (code.isEmpty() && name.isEmpty() && percent.isEmpty())
            continue;
        auto ppm = billing_text::parsePercent(percent);
        if (!ppm) {
            showMessage(m_problem, tr("Tax %1: %2").arg(row + 1).arg(ppm.error().message), true);
            rateField(row, RatePercent)->setFocus();
            return std::nullopt;
        }
        c.rates.push_back(TaxRate {code, name.isEmpty() ? code : name, ppm.value(),
            static_cast<QCheckBox *>(rateField(row, RateCompound))->isChecked()});
    }
    if (Status st = validateTaxClass(c); !st) {
        showMessage(m_problem, st.error().message, true);
        return std::nullopt;
    }
    return c;
}

void TaxClassDialog::accept()
{
    auto c = taxClass();
    if (!c)
        return;
    m_result = c.value();
    QDialog::accept();
}

BillingSettingsSection::BillingSettingsSection(LocationDatabase &db, std::function<Actor()> currentActor,
    const QTimeZone &zone, const QString &currency, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_context(
          std::make_unique<BillingContext>(db, std::move(currentActor), zone, currency, QString(), clock))
    , m_includeTax(new QCheckBox(tr("Prices &include tax"), this))
    , m_rounding(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_classes(new QTableWidget(0, ClassColumns, this))
    , m_terms(new QSpinBox(this))
    , m_invoicePrefix(new QLineEdit(this))
    , m_creditPrefix(new QLineEdit(this))
    , m_receiptPrefix(new QLineEdit(this))
    , m_footer(new QPlainTextEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_save(button(tr("Save changes"), "primary", this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("BillingSection"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    column->addWidget(label(tr("Billing"), "sectionTitle", this));
    column->addWidget(
        label(tr("How invoices, credit notes and receipts are computed, numbered and printed. "
                 "Issued documents keep the settings they were issued with. Changes are recorded in "
                 "the audit log."),
            "hint", this));

    QVBoxLayout *taxBox = nullptr;
    auto *taxCard = card(this, &taxBox);
    taxCard->setMaximumWidth(760);
    taxBox->addWidget(label(tr("Taxes"), "cardTitle", taxCard));
    m_includeTax->setObjectName(QStringLiteral("pricesIncludeTax"));
    taxBox->addWidget(m_includeTax);
    auto *taxForm = new QFormLayout;
    m_rounding->setObjectName(QStringLiteral("roundingMode"));
    m_rounding->addItem(tr("Half up: 0.125 becomes 0.13"), int(RoundingMode::HalfUp));
    m_rounding->addItem(tr("Half even (banker's): 0.125 becomes 0.12"), int(RoundingMode::HalfEven));
    taxForm->addRow(tr("&Rounding"), m_rounding);
    m_scope->setObjectName(QStringLiteral("roundingScope"));
    m_scope->addItem(tr("Round each line's tax"), int(TaxRoundingScope::PerLine));
    m_scope->addItem(tr("Round the invoice's tax once"), int(TaxRoundingScope::PerInvoice));
    taxForm->addRow(tr("Tax is &rounded"), m_scope);
    taxBox->addLayout(taxForm);
    m_classes->setObjectName(QStringLiteral("taxClasses"));
    m_classes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Taxes")});
    m_classes->verticalHeader()->setVisible(false);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classes->horizontalHeader()->setSectionResizeMode(ClassRates, QHeaderView::Stretch);
    m_classes->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_classes->setMinimumHeight(150);
    m_classes->setShowGrid(false);
    taxBox->addWidget(m_classes);
    auto *classButtons = new QHBoxLayout;
    auto *add = button(tr("Add tax class…"), "", taxCard);
    add->setObjectName(QStringLiteral("addTaxClass"));
    auto *edit = button(tr("Edit…"), "", taxCard);
    edit->setObjectName(QStringLiteral("editTaxClass"));
    auto *remove = button(tr("Remove"), "danger", taxCard);
    remove->setObjectName(QStringLiteral("removeTaxClass"));
    classButtons->addWidget(add);
    classButtons->addWidget(edit);
    classButtons->addWidget(remove);
    classButtons->addStretch(1);
    taxBox->addLayout(classButtons);
    column->addWidget(taxCard);

    QVBoxLayout *numbersBox = nullptr;
    auto *numbersCard = card(this, &numbersBox);
    numbersCard->setMaximumWidth(760);
    numbersBox->addWidget(label(tr("Invoices and receipts"), "cardTitle", numbersCard));
    auto *numbersForm = new QFormLayout;
    m_terms->setObjectName(QStringLiteral("defaultTerms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_terms->setSpecialValueText(tr("Due on receipt"));
    numbersForm->addRow(tr("Default &terms"), m_terms);
    m_invoicePrefix->setObjectName(QStringLiteral("invoicePrefix"));
    m_invoicePrefix->setPlaceholderText(tr("e.g. DT-"));
    numbersForm->addRow(tr("&Invoice number prefix"), m_invoicePrefix);
    m_creditPrefix->setObjectName(QStringLiteral("creditNotePrefix"));
    m_creditPrefix->setPlaceholderText(tr("e.g. DT-CN-"));
    numbersForm->addRow(tr("&Credit note prefix"), m_creditPrefix);
    m_receiptPrefix->setObjectName(QStringLiteral("receiptPrefix"));
    m_receiptPrefix->setPlaceholderText(tr("e.g. DT-R-"));
    numbersForm->addRow(tr("Rece&ipt prefix"), m_receiptPrefix);
    numbersBox->addLayout(numbersForm);
    numbersBox->addWidget(
        label(tr("Numbers continue from the last one when a prefix changes; they never restart "
                 "or skip."),
            "hint", numbersCard));
    column->addWidget(numbersCard);

    QVBoxLayout *docBox = nullptr;
    auto *docCard = card(this, &docBox);
    docCard->setMaximumWidth(760);
    docBox->addWidget(label(tr("Printed documents"), "cardTitle", docCard));
    auto *docForm = new QFormLayout;
    m_footer->setObjectName(QStringLiteral("documentFooter"));
    m_footer->setPlaceholderText(
        tr("Bank details, thanks, tax notes… printed at the foot of every document"));
    m_footer->setMaximumHeight(90);
    m_footer->setTabChangesFocus(true);
    docForm->addRow(tr("&Footer"), m_footer);
    auto *logoRow = new QHBoxLayout;
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(200, 80);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setStyleSheet(QStringLiteral("QLabel { border: 1px dashed #C9D0DC; border-radius: 6px; "
                                                "background: white; color: #6B7280; }"));
    logoRow->addWidget(m_logoPreview);
    auto *logoButtons = new QVBoxLayout;
    auto *chooseLogoButton = button(tr("Choose logo…"), "", docCard);
    chooseLogoButton->setObjectName(QStringLiteral("chooseLogo"));
    auto *removeLogoButton = button(tr("Remove logo"), "", docCard);
    removeLogoButton->setObjectName(QStringLiteral("removeLogo"));
    logoButtons->addWidget(chooseLogoButton);
    logoButtons->addWidget(removeLogoButton);
    logoButtons->addStretch(1);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    docForm->addRow(tr("Logo"), logoRow);
    docBox->addLayout(docForm);
    column->addWidget(docCard);

    auto *saveHost = new QWidget(this);
    saveHost->setMaximumWidth(760);
    auto *saveRow = new QHBoxLayout(saveHost);
    saveRow->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("billingMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    saveRow->addWidget(m_message, 1);
    saveRow->addStretch(0);
    m_save->setObjectName(QStringLiteral("saveBilling"));
    saveRow->addWidget(m_save);
    column->addWidget(saveHost);
    column->addStretch(1);

    connect(add, &QPushButton::clicked, this, &BillingSettingsSection::addClass);
    connect(edit, &QPushButton::clicked, this, [this] { editClass(m_classes->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeClass(m_classes->currentRow()); });
    connect(m_classes, &QTableWidget::cellActivated, this, [this](int row, int) { editClass(row); });
    connect(chooseLogoButton, &QPushButton::clicked, this, &BillingSettingsSection::chooseLogo);
    connect(removeLogoButton, &QPushButton::clicked, this, &BillingSettingsSection::removeLogo);
    connect(m_save, &QPushButton::clicked, this, &BillingSettingsSection::save);

    const bool editable = m_context->can(Permission::ChangeSettings);
    for (QWidget *w : std::initializer_list<QWidget *> {taxCard, numbersCard, docCard, m_save})
        w->setEnabled(editable);
    load();
}

BillingSettingsSection::~BillingSettingsSection() = default;

void BillingSettingsSection::load()
{
    auto settings = m_context->invoices().settings();
    if (!settings) {
        showMessage(m_message, settings.error().message, true);
        return;
    }
    const BillingSettings &s = settings.value();
    m_includeTax->setChecked(s.tax.pricesIncludeTax);
    m_rounding->setCurrentIndex(qMax(0, m_rounding->findData(int(s.tax.rounding))));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(int(s.tax.scope))));
    m_taxClasses = s.taxClasses;
    fillClasses();
    m_terms->setValue(s.defaultTermsDays);
    m_invoicePrefix->setText(s.invoicePrefix);
    m_creditPrefix->setText(s.creditNotePrefix);
    m_receiptPrefix->setText(s.receiptPrefix);
    m_footer->setPlainText(s.footer);
    m_logo = s.logoPng;
    showLogo();
}

void BillingSettingsSection::fillClasses()
{
    m_classes->setRowCount(int(m_taxClasses.size()));
    for (int row = 0; row < int(m_taxClasses.size()); ++row) {
        const TaxClass &c = m_taxClasses[size_t(row)];
        m_classes->setItem(row, ClassCode, new QTableWidgetItem(c.code));
        m_classes->setItem(row, ClassName, new QTableWidgetItem(c.name));
        auto *rates = new QTableWidgetItem(ratesSummary(c));
        rates->setToolTip(rates->text());
        m_classes->setItem(row, ClassRates, rates);
    }
    m_classes->resizeColumnToContents(ClassCode);
    m_classes->resizeColumnToContents(ClassName);
}

TaxClassDialog *BillingSettingsSection::addClass()
{
    auto *dialog = new TaxClassDialog(TaxClass {}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TaxClass c = dialog->chosen();
        for (const TaxClass &existing : m_taxClasses)
            if (existing.code == c.code) {
                showMessage(m_message, tr("There is already a tax class \"%1\".").arg(c.code), true);
                return;
            }
        m_taxClasses.push_back(c);
        fillClasses();
        m_classes->selectRow(int(m_taxClasses.size()) - 1);
        showMessage(m_message, tr("Not saved yet: press Save changes."), false);
    });
    dialog->open();
    return dialog;
}

TaxClassDialog *BillingSettingsSection::editClass(int row)
{
    if (row < 0 || row >= int(m_taxClasses.size()))
        return nullptr;
    auto *dialog = new TaxClassDialog(m_taxClasses[size_t(row)], false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= int(m_taxClasses.size()))
            return;
        m_taxClasses[size_t(row)] = dialog->chosen();
        fillClasses();
        showMessage(m_message, tr("Not saved yet: press Save changes."), false);
    });
    dialog->open();
    return dialog;
}

bool BillingSettingsSection::removeClass(int row)
{
    if (row < 0 || row >= int(m_taxClasses.size()))
        return false;
    if (m_taxClasses[size_t(row)].code == QStringLiteral("standard")) {
        showMessage(m_message,
            tr("The standard class is used when nothing else is chosen: it can be changed but not "
               "removed."),
            true);
        return false;
    }
    m_taxClasses.erase(m_taxClasses.begin() + row);
    fillClasses();
    showMessage(m_message, tr("Not saved yet: press Save changes."), false);
    return true;
}

bool BillingSettingsSection::chooseLogo()
{
    const QString path = BillingPrompter::instance().openFile(this, tr("Choose a logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (path.isEmpty())
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        showMessage(
            m_message, tr("%1 is not a picture Spoke can read (%2).").arg(path, reader.errorString()), true);
        return false;
    }
    // Documents print it at most a few centimetres wide: keep the file small.
    if (image.width() > 600 || image.height() > 300)
        image = image.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logo);
    m_logo.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
    showMessage(m_message, tr("Not saved yet: press Save changes."), false);
    return true;
}

void BillingSettingsSection::removeLogo()
{
    m_logo.clear();
    showLogo();
}

void BillingSettingsSection::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo, "PNG")) {
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    }
}

BillingSettings BillingSettingsSection::collect() const
{
    BillingSettings s;
    s.tax.pricesIncludeTax = m_includeTax->isChecked();
    s.tax.rounding = RoundingMode(m_rounding->currentData().toInt());
    s.tax.scope = TaxRoundingScope(m_scope->currentData().toInt());
    s.taxClasses = m_taxClasses;
    s.defaultTermsDays = m_terms->value();
    s.invoicePrefix = m_invoicePrefix->text().trimmed();
    s.creditNotePrefix = m_creditPrefix->text().trimmed();
    s.receiptPrefix = m_receiptPrefix->text().trimmed();
    s.footer = m_footer->toPlainText().trimmed();
    s.logoPng = m_logo;
    return s;
}

bool BillingSettingsSection::save()
{
    if (Status st = m_context->invoices().saveSettings(m_context->actor(), collect()); !st) {
        showMessage(m_message, st.error().message, true);
        return false;
    }
    load();
    showMessage(
        m_message, tr("Saved. New invoices use these settings; the change is in the audit log."), false);
    return true;
}

QString BillingSettingsSection::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace spoke::ui
