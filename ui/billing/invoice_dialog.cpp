#include "ui/billing/invoice_dialog.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/credit_note_dialog.h"
#include "ui/billing/payment_dialog.h"
#include "ui/billing/refund_dialog.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

InvoiceDialog::InvoiceDialog(BillingContext &context, const QString &invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(invoiceId)
    , m_preview(new QTextBrowser(this))
    , m_title(label(QString(), "sectionTitle", this))
    , m_status(label(QString(), "cardTitle", this))
    , m_amounts(label(QString(), "", this))
    , m_message(new QLabel(this))
    , m_paper(BillingPrint::paperCombo(this, false, BillingPrint::defaultPaper()))
    , m_previewButton(button(tr("Print preview…"), "", this))
    , m_print(button(tr("Print…"), "", this))
    , m_pdf(button(tr("Save as PDF…"), "", this))
    , m_payment(button(tr("Take payment…"), "primary", this))
    , m_applyCredit(button(tr("Apply credit…"), "", this))
    , m_creditNote(button(tr("Credit note…"), "", this))
    , m_void(button(tr("Void…"), "danger", this))
    , m_refund(button(tr("Refund…"), "danger", this))
{
    setObjectName(QStringLiteral("InvoiceDialog"));
    resize(1060, 760);
    auto *row = new QHBoxLayout(this);
    row->setSpacing(16);
    m_preview->setObjectName(QStringLiteral("invoicePreview"));
    m_preview->setOpenLinks(false);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser { background: white; padding: 18px; }"));
    row->addWidget(m_preview, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    m_title->setObjectName(QStringLiteral("invoiceTitle"));
    side->addWidget(m_title);
    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    side->addWidget(m_status);
    m_amounts->setObjectName(QStringLiteral("invoiceAmounts"));
    m_amounts->setTextFormat(Qt::PlainText);
    side->addWidget(m_amounts);
    side->addSpacing(8);
    auto *paperRow = new QHBoxLayout;
    auto *paperLabel = label(tr("&Paper"), "", this);
    paperLabel->setBuddy(m_paper);
    paperLabel->setWordWrap(false);
    paperRow->addWidget(paperLabel);
    paperRow->addWidget(m_paper, 1);
    side->addLayout(paperRow);
    m_previewButton->setObjectName(QStringLiteral("previewInvoice"));
    m_print->setObjectName(QStringLiteral("printInvoice"));
    m_print->setToolTip(tr("Print (Ctrl+P)"));
    m_pdf->setObjectName(QStringLiteral("pdfInvoice"));
    for (QPushButton *b : {m_previewButton, m_print, m_pdf})
        side->addWidget(b);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    side->addWidget(line);
    m_payment->setObjectName(QStringLiteral("takePayment"));
    m_payment->setToolTip(tr("Take a payment (Ctrl+Shift+P)"));
    m_applyCredit->setObjectName(QStringLiteral("applyCredit"));
    m_creditNote->setObjectName(QStringLiteral("creditNote"));
    m_void->setObjectName(QStringLiteral("voidInvoice"));
    m_refund->setObjectName(QStringLiteral("refundCredit"));
    for (QPushButton *b : {m_payment, m_applyCredit, m_creditNote, m_refund, m_void})
        side->addWidget(b);
    m_message->setObjectName(QStringLiteral("invoiceMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    side->addWidget(m_message);
    side->addStretch(1);
    auto *close = button(tr("Close"), "", this);
    side->addWidget(close);
    row->addLayout(side, 1);
    for (QPushButton *b :
        {m_previewButton, m_print, m_pdf, m_payment, m_applyCredit, m_creditNote, m_void, m_refund, close})
        b->setAutoDefault(false);

    connect(m_paper, &QComboBox::currentIndexChanged, this, &InvoiceDialog::reload);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Preview); });
    connect(m_print, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Print); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Pdf); });
    connect(m_payment, &QPushButton::clicked, this, &InvoiceDialog::takePayment);
    connect(m_applyCredit, &QPushButton::clicked, this, &InvoiceDialog::applyCredit);
    connect(m_creditNote, &QPushButton::clicked, this, &InvoiceDialog::creditNote);
    connect(m_void, &QPushButton::clicked, this, &InvoiceDialog::voidInvoice);
    connect(m_refund, &QPushButton::clicked, this, &InvoiceDialog::refund);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto key = [this](const QKeySequence &seq, auto fn) {
        auto *s = new QShortcut(seq, this);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { output(BillingPrint::Output::Print); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        if (m_payment->isVisible() && m_payment->isEnabled())
            takePayment();
    });
    reload();
}

void InvoiceDialog::reload()
{
    const Actor actor = m_context.actor();
    auto view = m_context.invoices().view(actor, m_id);
    if (!view) {
        m_loaded = false;
        m_preview->setPlainText(view.error().message);
        showMessage(view.error().message, true);
        updateActions();
        return;
    }
    m_view = view.value();
    m_loaded = true;
    m_customerCredit = 0;
    if (m_context.can(Permission::TakePayments))
        if (auto account = m_context.payments().account(actor, m_view.customerId))
            m_customerCredit = account->credit.minor();
    const QString title = documentTitle(m_view.kind, m_view.number);
    setWindowTitle(title);
    m_title->setText(QStringLiteral("%1 — %2").arg(title, m_view.customerName));
    m_status->setText(
        statusText(m_view.kind, m_view.status, m_view.balanceMinor, m_view.dueDate, m_context.today()));
    m_status->setStyleSheet(QStringLiteral("color: %1;")
                                .arg(statusColor(m_view.kind, m_view.status, m_view.balanceMinor,
                                    m_view.dueDate, m_context.today())
                                         .name()));
    QStringList amounts;
    amounts << tr("Total %1").arg(m_context.money(m_view.totals.total));
    if (m_view.kind == InvoiceKind::Invoice) {
        if (m_view.paidMinor != 0)
            amounts << tr("Paid %1").arg(m_context.money(m_view.paidMinor));
        if (m_view.creditedMinor != 0)
            amounts << tr("Credited %1").arg(m_context.money(m_view.creditedMinor));
        amounts << tr("Balance %1").arg(m_context.money(m_view.balanceMinor));
        if (m_view.dueDate.isValid())
            amounts << tr("Due %1").arg(QLocale().toString(m_view.dueDate, QLocale::LongFormat));
    } else {
        amounts << tr("Unused %1").arg(m_context.money(m_view.balanceMinor));
        if (!m_view.reason.isEmpty())
            amounts << tr("Reason: %1").arg(m_view.reason);
    }
    if (m_view.status == InvoiceStatus::Void)
        amounts << tr("Voided: %1").arg(m_view.voidReason);
    m_amounts->setText(amounts.join(u'\n'));
    // Redrawn after a payment or a paper change: stay where the person was reading.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(m_context.documents().invoiceHtml(m_view, BillingPrint::paperOf(m_paper)));
    m_preview->verticalScrollBar()->setValue(scroll);
    updateActions();
}

void InvoiceDialog::updateActions()
{
    const bool issued = m_loaded && m_view.status == InvoiceStatus::Issued;
    const bool invoice = m_view.kind == InvoiceKind::Invoice;
    for (QPushButton *b : {m_previewButton, m_print, m_pdf})
        b->setEnabled(m_loaded);
    m_payment->setVisible(m_context.can(Permission::TakePayments) && issued && invoice);
    m_payment->setEnabled(m_view.balanceMinor > 0);
    m_applyCredit->setVisible(m_context.can(Permission::TakePayments) && issued && invoice
        && m_customerCredit > 0 && m_view.balanceMinor > 0);
    m_creditNote->setVisible(m_context.can(Permission::IssueInvoices) && issued && invoice);
    m_void->setVisible(m_context.can(Permission::VoidRefund) && issued && invoice);
    m_refund->setVisible(
        m_context.can(Permission::VoidRefund) && issued && !invoice && m_view.balanceMinor > 0);
}

void InvoiceDialog::showMessage(const QString &text, bool error)
{
    billing_ui::showMessage(m_message, text, error);
}

QString InvoiceDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

BillingPrint::Outcome InvoiceDialog::output(BillingPrint::Output output)
{
    if (!m_loaded)
        return BillingPrint::Outcome::Failed;
    const PaperFormat paper = BillingPrint::paperOf(m_paper);
    return BillingPrint::send(this, m_context.documents().invoiceHtml(m_view, paper), paper,
        documentTitle(m_view.kind, m_view.number), output);
}

PaymentDialog *InvoiceDialog::takePayment()
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new PaymentDialog(m_context, m_view.customerId, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::recorded, this, [this] {
        reload();
        showMessage(tr("Payment recorded."), false);
        emit changed(m_id, m_view.customerId);
    });
    dialog->open();
    return dialog;
}

ApplyCreditDialog *InvoiceDialog::applyCredit()
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new ApplyCreditDialog(m_context, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyCreditDialog::applied, this, [this] {
        reload();
        showMessage(tr("Credit applied."), false);
        emit changed(m_id, m_view.customerId);
    });
    dialog->open();
    return dialog;
}

CreditNoteDialog *InvoiceDialog::creditNote()
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new CreditNoteDialog(m_context, m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreditNoteDialog::created, this, [this](const QString &creditNoteId) {
        reload();
        showMessage(tr("Credit note issued."), false);
        emit changed(m_id, m_view.customerId);
        emit openRequested(creditNoteId);
    });
    dialog->open();
    return dialog;
}

RefundDialog *InvoiceDialog::refund()
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new RefundDialog(m_context, QStringLiteral("credit_note"), m_id, m_view.balanceMinor,
        documentTitle(m_view.kind, m_view.number), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this] {
        reload();
        showMessage(tr("Refund recorded."), false);
        emit changed(m_id, m_view.customerId);
    });
    dialog->open();
    return dialog;
}

bool InvoiceDialog::voidInvoice()
{
    if (!m_loaded)
        return false;
    const auto reason = BillingPrompter::instance().text(this, tr("Void %1").arg(m_view.number),
        tr("Why is invoice %1 voided? The number stays used and the reason is recorded.").arg(m_view.number));
    if (!reason)
        return false;
    if (reason->trimmed().isEmpty()) {
        showMessage(tr("Not voided: a reason is required."), true);
        return false;
    }
    if (Status st = m_context.invoices().voidInvoice(m_context.actor(), m_id, reason->trimmed()); !st) {
        showMessage(st.error().message, true);
        return false;
    }
    reload();
    showMessage(tr("Invoice %1 is void.").arg(m_view.number), false);
    emit changed(m_id, m_view.customerId);
    return true;
}

} // namespace spoke::ui
