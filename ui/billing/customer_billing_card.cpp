#include "ui/billing/customer_billing_card.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/payment_dialog.h"
#include "ui/billing/receivables_view.h"
#include "ui/billing/refund_dialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

namespace {

constexpr int kRecentRows = 8;

QTableWidget *compactTable(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setShowGrid(false);
    t->setFocusPolicy(Qt::ClickFocus);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->verticalHeader()->setDefaultSectionSize(28);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return t;
}

QTableWidgetItem *amountItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

void fitHeight(QTableWidget *t)
{
    const int rows = qMax(1, t->rowCount());
    t->setFixedHeight(
        t->horizontalHeader()->sizeHint().height() + rows * t->verticalHeader()->defaultSectionSize() + 4);
}

} // namespace

CustomerBillingCard::CustomerBillingCard(BillingContext &context, const QString &customerId, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_customerId(customerId)
    , m_owed(label(QString(), "metric", this))
    , m_credit(label(QString(), "metric", this))
    , m_counts(label(QString(), "hint", this))
    , m_invoices(compactTable(5, this))
    , m_payments(compactTable(5, this))
    , m_takePayment(button(tr("Take payment…"), "primary", this))
    , m_applyCredit(button(tr("Apply credit…"), "", this))
    , m_refund(button(tr("Refund…"), "danger", this))
    , m_statement(button(tr("Statement…"), "", this))
    , m_newInvoice(button(tr("New invoice"), "", this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("BillingCard"));
    setProperty("card", true);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(16, 14, 16, 14);
    box->setSpacing(8);
    box->addWidget(label(tr("Invoices & payments"), "cardTitle", this));
    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->addWidget(label(tr("Owes"), "hint", this), 0, 0);
    figures->addWidget(label(tr("Credit"), "hint", this), 0, 1);
    m_owed->setObjectName(QStringLiteral("customerOwes"));
    m_credit->setObjectName(QStringLiteral("customerCredit"));
    figures->addWidget(m_owed, 1, 0);
    figures->addWidget(m_credit, 1, 1);
    figures->setColumnStretch(2, 1);
    box->addLayout(figures);
    m_counts->setObjectName(QStringLiteral("customerInvoiceCounts"));
    box->addWidget(m_counts);

    m_invoices->setObjectName(QStringLiteral("customerInvoices"));
    m_invoices->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Date"), tr("Total"), tr("Balance"), tr("Status")});
    m_invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : {2, 3})
        m_invoices->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    box->addWidget(m_invoices);
    m_payments->setObjectName(QStringLiteral("customerPayments"));
    m_payments->setHorizontalHeaderLabels(
        {tr("Receipt"), tr("Date"), tr("Method"), tr("Amount"), tr("Unused")});
    m_payments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : {3, 4})
        m_payments->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    box->addWidget(m_payments);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    box->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_takePayment->setObjectName(QStringLiteral("customerTakePayment"));
    m_applyCredit->setObjectName(QStringLiteral("customerApplyCredit"));
    m_refund->setObjectName(QStringLiteral("customerRefund"));
    m_statement->setObjectName(QStringLiteral("customerStatement"));
    m_newInvoice->setObjectName(QStringLiteral("customerNewInvoice"));
    for (QPushButton *b : {m_takePayment, m_applyCredit, m_newInvoice, m_statement, m_refund})
        buttons->addWidget(b);
    buttons->addStretch(1);
    box->addLayout(buttons);

    connect(m_takePayment, &QPushButton::clicked, this, &CustomerBillingCard::takePayment);
    connect(m_applyCredit, &QPushButton::clicked, this, &CustomerBillingCard::applyCredit);
    connect(m_refund, &QPushButton::clicked, this, &CustomerBillingCard::refund);
    connect(m_statement, &QPushButton::clicked, this, &CustomerBillingCard::printStatement);
    connect(m_newInvoice, &QPushButton::clicked, this, [this] { emit newInvoiceRequested(m_customerId); });
    connect(m_invoices, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < int(m_invoiceRows.size()))
            emit openInvoiceRequested(m_invoiceRows[size_t(row)].id);
    });
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, &CustomerBillingCard::updateActions);
    connect(m_payments, &QTableWidget::itemSelectionChanged, this, &CustomerBillingCard::updateActions);
    reload();
}

void CustomerBillingCard::reload()
{
    const Actor actor = m_context.actor();
    const QDate today = m_context.today();
    auto account = m_context.payments().account(actor, m_customerId);
    if (!account) {
        showMessage(m_problem, account.error().message, true);
        m_account = CustomerAccount {};
    } else {
        showMessage(m_problem, QString(), true);
        m_account = account.value();
    }
    m_owed->setText(m_account.owed.isValid() ? m_account.owed.format(QLocale()) : m_context.money(0));
    m_credit->setText(m_account.credit.isValid() ? m_account.credit.format(QLocale()) : m_context.money(0));
    m_owed->setStyleSheet(m_account.overdueInvoices > 0 ? QStringLiteral("color: #B42318;") : QString());
    QString counts
        = plural(tr("%Ln open invoice(s)", nullptr, m_account.openInvoices), m_account.openInvoices);
    if (m_account.overdueInvoices > 0)
        counts += plural(tr(", %Ln overdue", nullptr, m_account.overdueInvoices), m_account.overdueInvoices);
    m_counts->setText(counts);

    InvoiceFilter filter;
    filter.customerId = m_customerId;
    filter.limit = kRecentRows;
    auto invoices = m_context.invoices().list(actor, filter);
    m_invoiceRows = invoices ? invoices.value() : std::vector<InvoiceSummary> {};
    m_invoices->setRowCount(int(m_invoiceRows.size()));
    for (int row = 0; row < int(m_invoiceRows.size()); ++row) {
        const InvoiceSummary &s = m_invoiceRows[size_t(row)];
        if (m_customerName.isEmpty())
            m_customerName = s.customerName;
        m_invoices->setItem(row, 0, new QTableWidgetItem(s.number.isEmpty() ? tr("(draft)") : s.number));
        m_invoices->setItem(row, 1, new QTableWidgetItem(dateText(s.issueDate)));
        m_invoices->setItem(row, 2, amountItem(s.total.format(QLocale())));
        m_invoices->setItem(
            row, 3, amountItem(s.status == InvoiceStatus::Issued ? s.balance.format(QLocale()) : QString()));
        auto *status
            = new QTableWidgetItem(statusText(s.kind, s.status, s.balance.minor(), s.dueDate, today));
        status->setForeground(statusColor(s.kind, s.status, s.balance.minor(), s.dueDate, today));
        m_invoices->setItem(row, 4, status);
    }
    fitHeight(m_invoices);

    auto payments = m_context.payments().payments(actor, m_customerId);
    m_paymentRows = payments ? payments.value() : std::vector<PaymentView> {};
    if (m_paymentRows.size() > size_t(kRecentRows))
        m_paymentRows.resize(size_t(kRecentRows));
    m_payments->setRowCount(int(m_paymentRows.size()));
    for (int row = 0; row < int(m_paymentRows.size()); ++row) {
        const PaymentView &p = m_paymentRows[size_t(row)];
        if (m_customerName.isEmpty())
            m_customerName = p.customerName;
        m_payments->setItem(row, 0, new QTableWidgetItem(p.receiptNumber));
        m_payments->setItem(
            row, 1, new QTableWidgetItem(dateText(p.receivedAtUtc.toTimeZone(m_context.zone()).date())));
        m_payments->setItem(row, 2,
            new QTableWidgetItem(
                p.refund ? tr("%1 (refund)").arg(paymentMethodName(p.method)) : paymentMethodName(p.method)));
        m_payments->setItem(
            row, 3, amountItem(m_context.money(p.refund ? -p.amount.minor() : p.amount.minor())));
        m_payments->setItem(
            row, 4, amountItem(!p.refund && p.unusedMinor > 0 ? m_context.money(p.unusedMinor) : QString()));
    }
    fitHeight(m_payments);
    m_invoices->setVisible(!m_invoiceRows.empty());
    m_payments->setVisible(!m_paymentRows.empty());
    if (m_customerName.isEmpty()) {
        const auto summaries = m_context.search().summaries({m_customerId});
        if (!summaries.empty())
            m_customerName = summaries.front().displayName;
    }
    updateActions();
}

QString CustomerBillingCard::selectedOpenInvoice() const
{
    const int row = m_invoices->currentRow();
    auto isOpen = [](const InvoiceSummary &s) {
        return s.kind == InvoiceKind::Invoice && s.status == InvoiceStatus::Issued && s.balance.minor() > 0;
    };
    if (row >= 0 && row < int(m_invoiceRows.size()) && isOpen(m_invoiceRows[size_t(row)]))
        return m_invoiceRows[size_t(row)].id;
    // Otherwise the one due first.
    const InvoiceSummary *best = nullptr;
    for (const InvoiceSummary &s : m_invoiceRows)
        if (isOpen(s) && (!best || s.dueDate < best->dueDate))
            best = &s;
    return best ? best->id : QString();
}

void CustomerBillingCard::updateActions()
{
    const bool take = m_context.can(Permission::TakePayments);
    m_takePayment->setVisible(take);
    m_applyCredit->setVisible(take);
    m_applyCredit->setEnabled(m_account.credit.minor() > 0 && !selectedOpenInvoice().isEmpty());
    m_newInvoice->setVisible(m_context.can(Permission::DraftInvoices));
    m_statement->setVisible(m_context.can(Permission::ViewReceivables));
    // Refunds give back unused credit: offered when there is some.
    m_refund->setVisible(m_context.can(Permission::VoidRefund) && refundableRow() >= 0);
}

int CustomerBillingCard::refundableRow() const
{
    auto refundable = [this](int row) {
        return row >= 0 && row < int(m_paymentRows.size()) && !m_paymentRows[size_t(row)].refund
            && m_paymentRows[size_t(row)].unusedMinor > 0;
    };
    if (refundable(m_payments->currentRow()))
        return m_payments->currentRow();
    for (int row = 0; row < int(m_paymentRows.size()); ++row)
        if (refundable(row))
            return row;
    return -1;
}

PaymentDialog *CustomerBillingCard::takePayment()
{
    auto *dialog = new PaymentDialog(m_context, m_customerId, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::recorded, this, [this] {
        reload();
        emit changed(m_customerId);
    });
    dialog->open();
    return dialog;
}

ApplyCreditDialog *CustomerBillingCard::applyCredit()
{
    const QString invoiceId = selectedOpenInvoice();
    if (invoiceId.isEmpty())
        return nullptr;
    auto *dialog = new ApplyCreditDialog(m_context, invoiceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyCreditDialog::applied, this, [this] {
        reload();
        emit changed(m_customerId);
    });
    dialog->open();
    return dialog;
}

RefundDialog *CustomerBillingCard::refund()
{
    const int row = refundableRow();
    if (row < 0)
        return nullptr;
    const PaymentView &p = m_paymentRows[size_t(row)];
    auto *dialog = new RefundDialog(m_context, QStringLiteral("payment"), p.id, p.unusedMinor,
        tr("receipt %1").arg(p.receiptNumber), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this] {
        reload();
        emit changed(m_customerId);
    });
    dialog->open();
    return dialog;
}

StatementDialog *CustomerBillingCard::printStatement()
{
    auto *dialog = new StatementDialog(m_context, m_customerId, m_customerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace spoke::ui
