#pragma once

#include "core/billing/billing_types.h"
#include "ui/billing/billing_print.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace spoke::ui {

class ApplyCreditDialog;
class BillingContext;
class CreditNoteDialog;
class PaymentDialog;
class RefundDialog;

/// An issued invoice or credit note: the document as it prints (core's HTML) and what the
/// person working may do with it: print or save it on A4 or Letter, take a payment, apply
/// the customer's credit (front desk); issue a credit note, void it or refund a credit
/// note's unused amount (managers). Core's refusals are shown here as they come.
///
/// Keys: Ctrl+P print, Ctrl+Shift+P take payment, Esc close.
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDialog(BillingContext &context, const QString &invoiceId, QWidget *parent = nullptr);

    const InvoiceView &invoice() const { return m_view; }
    QTextBrowser *preview() const { return m_preview; }
    QComboBox *paperCombo() const { return m_paper; }
    QLabel *statusLabel() const { return m_status; }
    QString messageText() const;
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *paymentButton() const { return m_payment; }
    QPushButton *applyCreditButton() const { return m_applyCredit; }
    QPushButton *creditNoteButton() const { return m_creditNote; }
    QPushButton *voidButton() const { return m_void; }
    QPushButton *refundButton() const { return m_refund; }

    /// Re-reads the invoice and redraws everything.
    void reload();
    BillingPrint::Outcome output(BillingPrint::Output output);
    PaymentDialog *takePayment();
    ApplyCreditDialog *applyCredit();
    CreditNoteDialog *creditNote();
    RefundDialog *refund();
    /// Asks for a reason and voids; false when cancelled or refused (core's message shown).
    bool voidInvoice();

signals:
    /// The invoice (or the customer's account) changed: lists should refresh.
    void changed(const QString &invoiceId, const QString &customerId);
    /// A credit note was issued: open it.
    void openRequested(const QString &invoiceId);

private:
    void updateActions();
    void showMessage(const QString &text, bool error);

    BillingContext &m_context;
    QString m_id;
    InvoiceView m_view;
    bool m_loaded = false;
    qint64 m_customerCredit = 0;

    QTextBrowser *m_preview;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_amounts;
    QLabel *m_message;
    QComboBox *m_paper;
    QPushButton *m_previewButton;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_payment;
    QPushButton *m_applyCredit;
    QPushButton *m_creditNote;
    QPushButton *m_void;
    QPushButton *m_refund;
};

} // namespace spoke::ui
