#pragma once

#include "core/billing/billing_types.h"
#include "ui/billing/billing_print.h"

#include <QDialog>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace spoke::ui {

class AgingChart;
class BillingContext;

/// A customer's statement of account for a date range, previewed, printed or saved as PDF
/// (managers).
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(BillingContext &context, const QString &customerId, const QString &customerName,
        QWidget *parent = nullptr);

    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *paperCombo() const { return m_paper; }
    QString problemText() const;
    /// The statement's HTML for the chosen range and paper; empty (reason shown) when refused.
    QString html();
    BillingPrint::Outcome output(BillingPrint::Output output);

private:
    BillingContext &m_context;
    QString m_customerId;
    QString m_customerName;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_paper;
    QLabel *m_problem;
};

/// What customers owe (managers): the aging chart, the totals, and the open invoices most
/// overdue first; Enter opens one, "Print statement" prints its customer's statement.
class ReceivablesView : public QWidget
{
    Q_OBJECT
public:
    enum Column { Number, Customer, Due, DaysOverdue, Bucket, Balance, ColumnCount };

    explicit ReceivablesView(BillingContext &context, QWidget *parent = nullptr);

    AgingChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QDateEdit *asOfField() const { return m_asOf; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *statementButton() const { return m_statement; }
    const std::vector<OpenInvoice> &openInvoices() const { return m_open; }
    QString problemText() const;

    /// Opens the statement dialog for the selected row's customer (not blocking).
    StatementDialog *printStatement();

public slots:
    void reload();

signals:
    void openInvoiceRequested(const QString &invoiceId);

private:
    BillingContext &m_context;
    QDateEdit *m_asOf;
    AgingChart *m_chart;
    QLabel *m_total;
    QLabel *m_overdue;
    QTableWidget *m_table;
    QPushButton *m_openButton;
    QPushButton *m_statement;
    QLabel *m_problem;
    std::vector<OpenInvoice> m_open;
};

} // namespace spoke::ui
