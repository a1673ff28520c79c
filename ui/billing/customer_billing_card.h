#pragma once

#include "core/billing/billing_types.h"

#include <QFrame>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace spoke::ui {

class ApplyCreditDialog;
class BillingContext;
class PaymentDialog;
class RefundDialog;
class StatementDialog;

/// The billing part of a customer's profile: what they owe and the credit they hold, their
/// recent invoices and payments, and the actions around them: take a payment on account,
/// apply credit to an open invoice (front desk), refund unused credit and print a statement
/// (managers), start an invoice.
class CustomerBillingCard : public QFrame
{
    Q_OBJECT
public:
    CustomerBillingCard(BillingContext &context, const QString &customerId, QWidget *parent = nullptr);

    QString customerId() const { return m_customerId; }
    const CustomerAccount &account() const { return m_account; }
    QLabel *owedLabel() const { return m_owed; }
    QLabel *creditLabel() const { return m_credit; }
    QTableWidget *invoiceTable() const { return m_invoices; }
    QTableWidget *paymentTable() const { return m_payments; }
    QPushButton *takePaymentButton() const { return m_takePayment; }
    QPushButton *applyCreditButton() const { return m_applyCredit; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *statementButton() const { return m_statement; }
    QPushButton *newInvoiceButton() const { return m_newInvoice; }

    /// A payment on account, kept as credit (not blocking).
    PaymentDialog *takePayment();
    /// Credit applied to the selected open invoice, or the most overdue one.
    ApplyCreditDialog *applyCredit();
    /// A refund from the selected payment's unused credit, or the first one with some (managers).
    RefundDialog *refund();
    StatementDialog *printStatement();

public slots:
    void reload();

signals:
    void changed(const QString &customerId);
    void openInvoiceRequested(const QString &invoiceId);
    void newInvoiceRequested(const QString &customerId);

private:
    void updateActions();
    QString selectedOpenInvoice() const;
    int refundableRow() const;

    BillingContext &m_context;
    QString m_customerId;
    QString m_customerName;
    CustomerAccount m_account;
    std::vector<InvoiceSummary> m_invoiceRows;
    std::vector<PaymentView> m_paymentRows;
    QLabel *m_owed;
    QLabel *m_credit;
    QLabel *m_counts;
    QTableWidget *m_invoices;
    QTableWidget *m_payments;
    QPushButton *m_takePayment;
    QPushButton *m_applyCredit;
    QPushButton *m_refund;
    QPushButton *m_statement;
    QPushButton *m_newInvoice;
    QLabel *m_problem;
};

} // namespace spoke::ui
