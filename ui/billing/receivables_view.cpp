#include "ui/billing/receivables_view.h"

#include "ui/billing/aging_chart.h"
#include "ui/billing/billing_context.h"
#include "ui/billing/billing_widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

StatementDialog::StatementDialog(
    BillingContext &context, const QString &customerId, const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_customerId(customerId)
    , m_customerName(customerName)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_paper(BillingPrint::paperCombo(this, false, BillingPrint::defaultPaper()))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("StatementDialog"));
    setWindowTitle(tr("Statement of account"));
    setMinimumWidth(460);
    auto *column = new QVBoxLayout(this);
    column->addWidget(label(tr("Statement for %1").arg(customerName), "sectionTitle", this));
    auto *form = new QFormLayout;
    const QDate today = m_context.today();
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_to->setCalendarPopup(true);
    m_to->setDate(today);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Paper"), m_paper);
    column->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    auto *close = button(tr("Close"), "", this);
    buttons->addWidget(close);
    buttons->addStretch(1);
    auto *preview = button(tr("Print preview…"), "", this);
    auto *pdf = button(tr("Save as PDF…"), "", this);
    auto *print = button(tr("Print…"), "primary", this);
    print->setObjectName(QStringLiteral("printStatement"));
    for (QPushButton *b : {preview, pdf, print})
        buttons->addWidget(b);
    for (QPushButton *b : {close, preview, pdf})
        b->setAutoDefault(false);
    print->setDefault(true);
    column->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Pdf); });
    connect(print, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Print); });
}

QString StatementDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString StatementDialog::html()
{
    if (m_from->date() > m_to->date()) {
        showMessage(m_problem, tr("The period ends before it starts."), true);
        return {};
    }
    auto statement
        = m_context.receivables().statement(m_context.actor(), m_customerId, m_from->date(), m_to->date());
    if (!statement) {
        showMessage(m_problem, statement.error().message, true);
        return {};
    }
    showMessage(m_problem, QString(), true);
    return m_context.documents().statementHtml(statement.value(), BillingPrint::paperOf(m_paper));
}

BillingPrint::Outcome StatementDialog::output(BillingPrint::Output output)
{
    const QString text = html();
    if (text.isEmpty())
        return BillingPrint::Outcome::Failed;
    return BillingPrint::send(this, text, BillingPrint::paperOf(m_paper),
        tr("Statement %1 %2").arg(m_customerName, QLocale().toString(m_to->date(), QLocale::ShortFormat)),
        output);
}

ReceivablesView::ReceivablesView(BillingContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_asOf(new QDateEdit(this))
    , m_chart(new AgingChart(this))
    , m_total(label(QString(), "metric", this))
    , m_overdue(label(QString(), "hint", this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_openButton(button(tr("Open invoice"), "", this))
    , m_statement(button(tr("Print statement…"), "", this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ReceivablesView"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);
    column->setSpacing(10);
    auto *top = new QHBoxLayout;
    QVBoxLayout *summaryBox = nullptr;
    auto *summary = card(this, &summaryBox);
    summaryBox->addWidget(label(tr("Owed to the location"), "cardTitle", summary));
    m_total->setObjectName(QStringLiteral("receivablesTotal"));
    summaryBox->addWidget(m_total);
    summaryBox->addWidget(m_overdue);
    summaryBox->addStretch(1);
    auto *asOfRow = new QHBoxLayout;
    auto *asOfLabel = label(tr("&As of"), "", summary);
    asOfLabel->setBuddy(m_asOf);
    asOfLabel->setWordWrap(false);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(m_context.today());
    asOfRow->addWidget(asOfLabel);
    asOfRow->addWidget(m_asOf, 1);
    summaryBox->addLayout(asOfRow);
    summary->setMinimumWidth(240);
    top->addWidget(summary, 1);
    QVBoxLayout *chartBox = nullptr;
    auto *chartCard = card(this, &chartBox);
    chartBox->addWidget(label(tr("Aging: days past the due date"), "cardTitle", chartCard));
    chartBox->addWidget(m_chart, 1);
    top->addWidget(chartCard, 3);
    column->addLayout(top);

    auto *tableTitle = new QHBoxLayout;
    tableTitle->addWidget(label(tr("Open invoices, most overdue first"), "cardTitle", this), 1);
    m_openButton->setObjectName(QStringLiteral("openReceivable"));
    m_statement->setObjectName(QStringLiteral("printStatement"));
    tableTitle->addWidget(m_openButton);
    tableTitle->addWidget(m_statement);
    column->addLayout(tableTitle);
    m_table->setObjectName(QStringLiteral("openInvoices"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Customer"), tr("Due"), tr("Days overdue"), tr("Aging"), tr("Balance")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSectionResizeMode(Customer, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    for (int c : {int(DaysOverdue), int(Balance)})
        m_table->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    column->addWidget(m_table, 1);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);

    connect(m_asOf, &QDateEdit::dateChanged, this, &ReceivablesView::reload);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit openInvoiceRequested(m_table->item(item->row(), Number)->data(Qt::UserRole).toString());
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit openInvoiceRequested(m_table->item(row, Number)->data(Qt::UserRole).toString());
    });
    connect(m_statement, &QPushButton::clicked, this, &ReceivablesView::printStatement);
}

QString ReceivablesView::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ReceivablesView::reload()
{
    const Actor actor = m_context.actor();
    const QDate asOf = m_asOf->date();
    auto aging = m_context.receivables().aging(actor, asOf);
    if (!aging) {
        showMessage(m_problem, aging.error().message, true);
        return;
    }
    showMessage(m_problem, QString(), true);
    m_chart->setReport(aging.value());
    m_total->setText(m_context.money(aging->totalMinor));
    qint64 overdue = 0;
    for (int i = 1; i < 5; ++i)
        overdue += aging->bucketMinor[i];
    m_overdue->setText(
        plural(tr("%Ln open invoice(s) · %1 overdue", nullptr, aging->openCount), aging->openCount)
            .arg(m_context.money(overdue)));

    auto open = m_context.receivables().openInvoices(actor, asOf);
    m_table->setRowCount(0);
    m_open.clear();
    if (!open) {
        showMessage(m_problem, open.error().message, true);
        return;
    }
    m_open = open.value();
    m_table->setRowCount(int(m_open.size()));
    for (int row = 0; row < int(m_open.size()); ++row) {
        const OpenInvoice &o = m_open[size_t(row)];
        auto *number = new QTableWidgetItem(o.number);
        number->setData(Qt::UserRole, o.invoiceId);
        number->setData(Qt::UserRole + 1, o.customerId);
        m_table->setItem(row, Number, number);
        m_table->setItem(row, Customer, new QTableWidgetItem(o.customerName));
        m_table->setItem(row, Due, new QTableWidgetItem(dateText(o.dueDate)));
        auto *days
            = new QTableWidgetItem(o.daysPastDue > 0 ? QLocale().toString(o.daysPastDue) : tr("not due"));
        days->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        if (o.daysPastDue > 0)
            days->setForeground(QColor(0xB4, 0x23, 0x18));
        m_table->setItem(row, DaysOverdue, days);
        m_table->setItem(row, Bucket, new QTableWidgetItem(agingBucketName(o.bucket)));
        auto *balance = new QTableWidgetItem(m_context.money(o.balanceMinor));
        balance->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, Balance, balance);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Customer, QHeaderView::Stretch);
    if (!m_open.empty())
        m_table->selectRow(0);
    m_statement->setEnabled(!m_open.empty());
    m_openButton->setEnabled(!m_open.empty());
}

StatementDialog *ReceivablesView::printStatement()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_open.size()))
        return nullptr;
    const OpenInvoice &o = m_open[size_t(row)];
    auto *dialog = new StatementDialog(m_context, o.customerId, o.customerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace spoke::ui
