#pragma once

#include "core/billing/billing_types.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace spoke::ui {

class BillingContext;

/// Prepares an invoice draft: the customer, lines (description, quantity, unit price typed as
/// money, discount, tax class), an invoice discount, terms and notes. Totals follow every
/// keystroke (core's previewTotals). Lines can come from the customer's completed jobs.
/// Save keeps it a draft; Issue (managers) numbers it for good; Delete removes the draft.
/// A refusal from core is shown in the editor and nothing typed is lost.
///
/// Keys: Ctrl+S save, Ctrl+L add a line, Ctrl+J invoice completed jobs, Esc close (asks
/// before dropping unsaved changes).
class DraftEditor : public QDialog
{
    Q_OBJECT
public:
    enum LineColumn {
        Description,
        Quantity,
        UnitPrice,
        LineDiscount,
        TaxClassColumn,
        Amount,
        Remove,
        LineColumns
    };

    /// invoiceId empty: a new draft, for customerId when given.
    DraftEditor(BillingContext &context, const QString &invoiceId, const QString &customerId,
        QWidget *parent = nullptr);

    QString invoiceId() const { return m_id; }
    QString customerId() const { return m_customerId; }
    bool isDirty() const { return m_dirty; }

    QLineEdit *customerSearch() const { return m_search; }
    QListWidget *customerResults() const { return m_results; }
    QLabel *customerLabel() const { return m_customerName; }
    void findCustomer(const QString &text);
    void setCustomer(const QString &customerId, const QString &name = QString());

    QTableWidget *linesTable() const { return m_lines; }
    int lineCount() const;
    /// Adds an empty line and puts the cursor in its description; returns its row.
    int addLine();
    /// The editor widget of a line's cell (QLineEdit, QSpinBox or QComboBox).
    QWidget *lineField(int row, LineColumn column) const;
    QLineEdit *invoiceDiscountField() const { return m_invoiceDiscount; }
    QSpinBox *termsField() const { return m_terms; }
    QPlainTextEdit *notesField() const { return m_notes; }
    /// The total as shown (or empty while the draft cannot be totalled).
    QString totalText() const;
    QString problemText() const;

    QPushButton *saveButton() const { return m_save; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *jobsButton() const { return m_jobsButton; }

    /// Creates or updates the draft; false (with the reason shown) when core refuses.
    bool save();
    /// Saves, confirms ("numbers can't be reused") and issues; the number, or empty.
    QString issue();
    /// Confirms and deletes the draft.
    bool deleteDraft();
    /// The customer's completed, uninvoiced jobs to pick from (not blocking); nullptr when
    /// no customer is chosen.
    QDialog *chooseJobs();
    /// Adds lines for completed jobs (a new empty draft is started from them by core).
    bool addJobs(const QStringList &jobIds);

public slots:
    void reject() override;

signals:
    void saved(const QString &invoiceId);
    void issued(const QString &invoiceId, const QString &number);
    void deleted(const QString &invoiceId);

private:
    struct Row
    {
        QString id;
        QString jobId;
        QString serviceId;
    };

    void load();
    void runSearch();
    int appendLine(const InvoiceLine &line);
    void removeLine(int row);
    void edited();
    void updateTotals();
    /// The draft as typed; nullopt with the problem shown and the field marked.
    std::optional<InvoiceDraft> collect(bool showProblems);
    void markField(QWidget *field, bool bad);
    void showProblem(const QString &text);
    void updateButtons();

    BillingContext &m_context;
    QString m_id;
    QString m_customerId;
    QString m_customerDisplayName;
    BillingSettings m_settings;
    std::vector<Row> m_rows;
    bool m_dirty = false;
    bool m_loading = false;

    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_customerName;
    QTableWidget *m_lines;
    QLineEdit *m_invoiceDiscount;
    QSpinBox *m_terms;
    QPlainTextEdit *m_notes;
    QWidget *m_totalsHost;
    QFormLayout *m_totals;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_addLine;
    QPushButton *m_jobsButton;
    QPushButton *m_save;
    QPushButton *m_issue;
    QPushButton *m_delete;
};

} // namespace spoke::ui
