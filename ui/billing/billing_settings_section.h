#pragma once

#include "core/billing/billing_types.h"
#include "core/storage/actor.h"
#include "core/util/clock.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

class BillingContext;

/// One tax class: its code and name, and up to three rates (code, name, percentage typed as
/// text such as "8.875", compound or not). Checked by core's validateTaxClass on OK.
class TaxClassDialog : public QDialog
{
    Q_OBJECT
public:
    enum RateColumn { RateCode, RateName, RatePercent, RateCompound, RateColumns };
    static constexpr int kMaxRates = 3;

    TaxClassDialog(const TaxClass &taxClass, bool codeEditable, QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }
    QTableWidget *ratesTable() const { return m_rates; }
    /// The rate row's editor (a QLineEdit, or the QCheckBox for RateCompound).
    QWidget *rateField(int row, RateColumn column) const;
    QString problemText() const;
    /// The class as typed; nullopt with the problem shown.
    std::optional<TaxClass> taxClass();
    /// The class accepted with OK.
    const TaxClass &chosen() const { return m_result; }

public slots:
    void accept() override;

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
    QTableWidget *m_rates;
    QLabel *m_problem;
    TaxClass m_result;
};

/// Settings → Billing (managers): prices with or without tax, rounding mode and scope, tax
/// classes with their rates, default terms, the number prefixes of invoices, credit notes
/// and receipts, the footer and logo printed on documents.
class BillingSettingsSection : public QWidget
{
    Q_OBJECT
public:
    enum ClassColumn { ClassCode, ClassName, ClassRates, ClassColumns };

    BillingSettingsSection(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
        const QString &currency, Clock &clock, QWidget *parent = nullptr);
    ~BillingSettingsSection() override;

    QCheckBox *pricesIncludeTax() const { return m_includeTax; }
    QComboBox *roundingCombo() const { return m_rounding; }
    QComboBox *scopeCombo() const { return m_scope; }
    QTableWidget *classTable() const { return m_classes; }
    QSpinBox *termsField() const { return m_terms; }
    QLineEdit *invoicePrefixField() const { return m_invoicePrefix; }
    QLineEdit *creditNotePrefixField() const { return m_creditPrefix; }
    QLineEdit *receiptPrefixField() const { return m_receiptPrefix; }
    QPlainTextEdit *footerField() const { return m_footer; }
    QLabel *logoPreview() const { return m_logoPreview; }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;
    const std::vector<TaxClass> &taxClasses() const { return m_taxClasses; }

    /// Opens the tax class editor (not blocking) for a new class or the one in a row.
    TaxClassDialog *addClass();
    TaxClassDialog *editClass(int row);
    bool removeClass(int row);
    /// Asks for a picture file and shows it; false when cancelled or unreadable.
    bool chooseLogo();
    void removeLogo();
    /// Saves through core; false (message shown) when refused.
    bool save();
    /// Re-reads the settings from core.
    void load();

private:
    void fillClasses();
    BillingSettings collect() const;
    void showLogo();

    std::unique_ptr<BillingContext> m_context;
    std::vector<TaxClass> m_taxClasses;
    QByteArray m_logo;
    QCheckBox *m_includeTax;
    QComboBox *m_rounding;
    QComboBox *m_scope;
    QTableWidget *m_classes;
    QSpinBox *m_terms;
    QLineEdit *m_invoicePrefix;
    QLineEdit *m_creditPrefix;
    QLineEdit *m_receiptPrefix;
    QPlainTextEdit *m_footer;
    QLabel *m_logoPreview;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace spoke::ui
