#pragma once

#include "core/billing/billing_types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace spoke::ui {

class BillingContext;

/// Corrects an issued invoice with a credit note (managers): the whole invoice or some of its
/// lines (quantities up to what was billed), with a reason printed on it. Core settles the
/// invoice's balance with it first; the rest becomes the customer's credit.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    enum LineColumn { Include, Description, Quantity, Amount, LineColumns };

    CreditNoteDialog(BillingContext &context, const InvoiceView &invoice, QWidget *parent = nullptr);

    QRadioButton *wholeInvoice() const { return m_whole; }
    QRadioButton *someLines() const { return m_some; }
    QTableWidget *linesTable() const { return m_lines; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *createButton() const { return m_create; }
    QString problemText() const;
    QString creditNoteId() const { return m_creditNoteId; }

    /// Issues the credit note; false (reason shown) when refused.
    bool create();

signals:
    void created(const QString &creditNoteId);

private:
    BillingContext &m_context;
    InvoiceView m_invoice;
    QString m_creditNoteId;
    QRadioButton *m_whole;
    QRadioButton *m_some;
    QTableWidget *m_lines;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_create;
};

} // namespace spoke::ui
