#include "ui/billing/payment_dialog.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/money_input.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

PaymentDialog::PaymentDialog(
    BillingContext &context, const QString &customerId, const QString &invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_customerId(customerId)
    , m_invoiceId(invoiceId)
    , m_pages(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_record(button(tr("Record payment"), "primary", this))
    , m_done(new QLabel(this))
    , m_printReceipt(button(tr("Print receipt"), "primary", this))
    , m_saveReceipt(button(tr("Save receipt as PDF…"), "", this))
{
    setObjectName(QStringLiteral("PaymentDialog"));
    setWindowTitle(tr("Take payment"));
    setMinimumWidth(520);
    const Actor actor = m_context.actor();
    const QString currency = m_context.currency();

    // What is being paid.
    QString heading;
    QString detail;
    if (!m_invoiceId.isEmpty()) {
        auto view = m_context.invoices().view(actor, m_invoiceId);
        if (view) {
            m_customerId = view->customerId;
            m_customerName = view->customerName;
            m_balanceMinor = view->balanceMinor;
            heading = tr("Payment for invoice %1").arg(view->number);
            detail = tr("%1 · total %2 · balance %3")
                         .arg(view->customerName, m_context.money(view->totals.total),
                             m_context.money(view->balanceMinor));
        } else {
            heading = tr("Take payment");
            detail = view.error().message;
        }
    } else {
        const auto summaries = m_context.search().summaries({m_customerId});
        m_customerName = summaries.empty() ? QString() : summaries.front().displayName;
        heading = tr("Payment on account");
        detail = tr("%1 · kept as the customer's credit for later invoices").arg(m_customerName);
        if (auto account = m_context.payments().account(actor, m_customerId))
            detail += u'\n'
                + tr("Owes %1 · credit %2")
                      .arg(account->owed.format(QLocale()), account->credit.format(QLocale()));
    }

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    // Page 1: the payment.
    auto *entry = new QWidget(m_pages);
    auto *column = new QVBoxLayout(entry);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    column->addWidget(label(heading, "sectionTitle", entry));
    m_summary->setObjectName(QStringLiteral("paymentSummary"));
    m_summary->setText(detail);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setProperty("role", QStringLiteral("hint"));
    column->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    if (!m_invoiceId.isEmpty() && m_balanceMinor > 0)
        m_amount->setText(billing_text::editText(m_balanceMinor, currency));
    m_amount->setPlaceholderText(billing_text::editText(12950, currency));
    form->addRow(tr("&Amount (%1)").arg(currency), m_amount);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    for (PaymentMethod method : allPaymentMethods())
        m_method->addItem(paymentMethodName(method), paymentMethodKey(method));
    form->addRow(tr("&Method"), m_method);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_reference->setPlaceholderText(tr("Cheque number, card's last 4 digits, transfer reference"));
    form->addRow(tr("&Reference"), m_reference);
    m_note->setObjectName(QStringLiteral("paymentNote"));
    form->addRow(tr("N&ote"), m_note);
    column->addLayout(form);
    column->addWidget(
        label(tr("Card payments are recorded only: take the card on the terminal."), "hint", entry));
    m_problem->setObjectName(QStringLiteral("paymentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    column->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = button(tr("Cancel"), "", entry);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    m_record->setObjectName(QStringLiteral("recordPayment"));
    m_record->setDefault(true);
    buttons->addWidget(m_record);
    column->addLayout(buttons);
    m_pages->addWidget(entry);

    // Page 2: done, and the receipt.
    auto *done = new QWidget(m_pages);
    auto *doneColumn = new QVBoxLayout(done);
    doneColumn->setContentsMargins(0, 0, 0, 0);
    doneColumn->setSpacing(10);
    doneColumn->addWidget(label(tr("Payment recorded"), "sectionTitle", done));
    m_done->setObjectName(QStringLiteral("paymentDone"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);
    doneColumn->addWidget(m_done);
    auto *paperRow = new QHBoxLayout;
    m_paper = BillingPrint::paperCombo(done, true, PaperFormat::Thermal80);
    auto *paperLabel = label(tr("Receipt &paper"), "", done);
    paperLabel->setBuddy(m_paper);
    paperLabel->setWordWrap(false);
    paperRow->addWidget(paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch(1);
    doneColumn->addLayout(paperRow);
    doneColumn->addStretch(1);
    auto *doneButtons = new QHBoxLayout;
    auto *close = button(tr("Close"), "", done);
    close->setAutoDefault(false);
    doneButtons->addWidget(close);
    doneButtons->addStretch(1);
    m_saveReceipt->setObjectName(QStringLiteral("saveReceipt"));
    m_saveReceipt->setAutoDefault(false);
    doneButtons->addWidget(m_saveReceipt);
    m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
    m_printReceipt->setAutoDefault(false);
    doneButtons->addWidget(m_printReceipt);
    doneColumn->addLayout(doneButtons);
    m_pages->addWidget(done);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &PaymentDialog::record);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(
        m_printReceipt, &QPushButton::clicked, this, [this] { printReceipt(BillingPrint::Output::Print); });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] { printReceipt(BillingPrint::Output::Pdf); });
    m_amount->setFocus();
    m_amount->selectAll();
}

void PaymentDialog::setMethod(PaymentMethod method)
{
    m_method->setCurrentIndex(qMax(0, m_method->findData(paymentMethodKey(method))));
}

void PaymentDialog::showProblem(const QString &text)
{
    showMessage(m_problem, text, true);
}

QString PaymentDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool PaymentDialog::record()
{
    if (isRecorded())
        return false;
    auto amount = billing_text::parseMoney(m_amount->text(), m_context.currency());
    if (!amount) {
        showProblem(amount.error().message);
        m_amount->setFocus();
        return false;
    }
    if (amount->minor() <= 0) {
        showProblem(tr("Type an amount above zero."));
        m_amount->setFocus();
        return false;
    }
    PaymentInput input;
    input.customerId = m_customerId;
    input.invoiceId = m_invoiceId;
    input.amount = amount.value();
    PaymentMethod method = PaymentMethod::Cash;
    paymentMethodFromKey(m_method->currentData().toString(), &method);
    input.method = method;
    input.reference = m_reference->text().trimmed();
    input.note = m_note->text().trimmed();
    if (!m_invoiceId.isEmpty() && amount->minor() > m_balanceMinor) {
        const auto answer = BillingPrompter::instance().ask(this, tr("More than the balance"),
            tr("%1 is %2 more than the balance of %3.\n\nKeep the excess as %4's credit for later invoices?")
                .arg(amount->format(QLocale()), m_context.money(amount->minor() - m_balanceMinor),
                    m_context.money(m_balanceMinor), m_customerName),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showProblem(tr("Not recorded. Change the amount, or keep the excess as credit."));
            m_amount->setFocus();
            return false;
        }
        input.excessToCredit = true;
    }
    const Actor actor = m_context.actor();
    auto id = m_context.payments().recordPayment(actor, input);
    if (!id) {
        showProblem(id.error().message);
        return false;
    }
    m_paymentId = id.value();
    if (auto view = m_context.payments().payment(actor, m_paymentId))
        m_payment = view.value();
    QString text
        = tr("Receipt %1: %2 by %3.")
              .arg(m_payment.receiptNumber, m_payment.amount.format(QLocale()), paymentMethodName(method));
    text += u'\n';
    if (m_payment.customerBalanceAfterMinor > 0)
        text += tr("%1 now owes %2.")
                    .arg(m_customerName, m_context.money(m_payment.customerBalanceAfterMinor));
    else
        text += tr("%1 owes nothing now.").arg(m_customerName);
    if (m_payment.customerCreditAfterMinor > 0)
        text += u' ' + tr("Credit on account: %1.").arg(m_context.money(m_payment.customerCreditAfterMinor));
    m_done->setText(text);
    m_pages->setCurrentIndex(1);
    m_record->setDefault(false);
    m_printReceipt->setDefault(true);
    m_printReceipt->setFocus();
    emit recorded(m_paymentId, m_customerId);
    return true;
}

BillingPrint::Outcome PaymentDialog::printReceipt(BillingPrint::Output output)
{
    if (!isRecorded())
        return BillingPrint::Outcome::Cancelled;
    const PaperFormat paper = BillingPrint::paperOf(m_paper);
    const QString html = m_context.documents().receiptHtml(m_payment, paper);
    return BillingPrint::send(this, html, paper, tr("Receipt %1").arg(m_payment.receiptNumber), output);
}

ApplyCreditDialog::ApplyCreditDialog(BillingContext &context, const QString &invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_invoiceId(invoiceId)
    , m_summary(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_apply(button(tr("Apply credit"), "primary", this))
{
    setObjectName(QStringLiteral("ApplyCreditDialog"));
    setWindowTitle(tr("Apply credit"));
    setMinimumWidth(440);
    const Actor actor = m_context.actor();
    auto *column = new QVBoxLayout(this);
    qint64 suggested = 0;
    auto view = m_context.invoices().view(actor, invoiceId);
    if (view) {
        column->addWidget(label(tr("Pay invoice %1 from credit").arg(view->number), "sectionTitle", this));
        auto account = m_context.payments().account(actor, view->customerId);
        const qint64 credit = account ? account->credit.minor() : 0;
        suggested = qMin(credit, view->balanceMinor);
        m_summary->setText(
            tr("%1 has %2 of credit; the invoice's balance is %3.")
                .arg(view->customerName, m_context.money(credit), m_context.money(view->balanceMinor)));
    } else {
        m_summary->setText(view.error().message);
    }
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    column->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_amount->setObjectName(QStringLiteral("creditAmount"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    if (suggested > 0)
        m_amount->setText(billing_text::editText(suggested, m_context.currency()));
    form->addRow(tr("&Amount (%1)").arg(m_context.currency()), m_amount);
    column->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = button(tr("Cancel"), "", this);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    m_apply->setObjectName(QStringLiteral("applyCredit"));
    m_apply->setDefault(true);
    buttons->addWidget(m_apply);
    column->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ApplyCreditDialog::apply);
    m_amount->setFocus();
    m_amount->selectAll();
}

QString ApplyCreditDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool ApplyCreditDialog::apply()
{
    auto amount = billing_text::parseMoney(m_amount->text(), m_context.currency());
    if (!amount) {
        showMessage(m_problem, amount.error().message, true);
        return false;
    }
    if (Status st = m_context.payments().applyCredit(m_context.actor(), m_invoiceId, amount.value()); !st) {
        showMessage(m_problem, st.error().message, true);
        return false;
    }
    emit applied(m_invoiceId);
    accept();
    return true;
}

} // namespace spoke::ui
