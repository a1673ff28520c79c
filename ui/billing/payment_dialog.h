#pragma once

#include "core/billing/billing_documents.h"
#include "core/billing/billing_types.h"
#include "ui/billing/billing_print.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace spoke::ui {

class BillingContext;

/// Takes a payment (front desk): against an invoice, the amount starts at its balance; with
/// no invoice it is an advance kept as the customer's credit. Cash, card (recorded only),
/// cheque, bank transfer or other, with a reference and a note. More than the balance asks
/// whether the excess becomes the customer's credit. Once recorded, the dialog offers the
/// receipt: printed on an 80 mm roll or a sheet, or saved as PDF.
///
/// Keys: Enter records the payment, then prints the receipt; Esc closes.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(BillingContext &context, const QString &customerId, const QString &invoiceId,
        QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *summaryLabel() const { return m_summary; }
    QString problemText() const;

    void setMethod(PaymentMethod method);
    /// Records what is typed; false (reason shown, nothing lost) when refused or declined.
    bool record();
    /// After recording: the receipt offer.
    bool isRecorded() const { return !m_paymentId.isEmpty(); }
    QString paymentId() const { return m_paymentId; }
    const PaymentView &payment() const { return m_payment; }
    QLabel *doneLabel() const { return m_done; }
    QComboBox *receiptPaperCombo() const { return m_paper; }
    QPushButton *printReceiptButton() const { return m_printReceipt; }
    QPushButton *saveReceiptButton() const { return m_saveReceipt; }
    /// The receipt through ui/print on the chosen paper.
    BillingPrint::Outcome printReceipt(BillingPrint::Output output);

signals:
    void recorded(const QString &paymentId, const QString &customerId);

private:
    void showProblem(const QString &text);

    BillingContext &m_context;
    QString m_customerId;
    QString m_customerName;
    QString m_invoiceId;
    qint64 m_balanceMinor = 0;
    QString m_paymentId;
    PaymentView m_payment;

    QStackedWidget *m_pages;
    QLabel *m_summary;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLineEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_record;
    QLabel *m_done;
    QComboBox *m_paper = nullptr;
    QPushButton *m_printReceipt;
    QPushButton *m_saveReceipt;
};

/// Settles an open invoice from the customer's unused credit (front desk).
class ApplyCreditDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyCreditDialog(BillingContext &context, const QString &invoiceId, QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    QPushButton *applyButton() const { return m_apply; }
    QString problemText() const;
    bool apply();

signals:
    void applied(const QString &invoiceId);

private:
    BillingContext &m_context;
    QString m_invoiceId;
    QLabel *m_summary;
    QLineEdit *m_amount;
    QLabel *m_problem;
    QPushButton *m_apply;
};

} // namespace spoke::ui
