#include "ui/billing/cash_up_view.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_widgets.h"

#include <QComboBox>
#include <QDateEdit>
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

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

void configure(QTableWidget *table)
{
    table->setShowGrid(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(30);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
}

} // namespace

CashUpView::CashUpView(BillingContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_day(new QDateEdit(this))
    , m_methods(new QTableWidget(0, MethodColumns, this))
    , m_entries(new QTableWidget(0, 6, this))
    , m_net(label(QString(), "metric", this))
    , m_counts(label(QString(), "hint", this))
    , m_paper(BillingPrint::paperCombo(this, true, BillingPrint::defaultPaper()))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("CashUpView"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);
    column->setSpacing(10);
    auto *bar = new QHBoxLayout;
    auto *dayLabel = label(tr("&Day"), "", this);
    dayLabel->setBuddy(m_day);
    dayLabel->setWordWrap(false);
    bar->addWidget(dayLabel);
    m_day->setObjectName(QStringLiteral("cashUpDay"));
    m_day->setCalendarPopup(true);
    m_day->setDate(m_context.today());
    bar->addWidget(m_day);
    auto *today = button(tr("Today"), "", this);
    bar->addWidget(today);
    bar->addStretch(1);
    auto *paperLabel = label(tr("&Paper"), "", this);
    paperLabel->setBuddy(m_paper);
    paperLabel->setWordWrap(false);
    bar->addWidget(paperLabel);
    bar->addWidget(m_paper);
    auto *pdf = button(tr("Save as PDF…"), "", this);
    pdf->setObjectName(QStringLiteral("cashUpPdf"));
    bar->addWidget(pdf);
    auto *print = button(tr("Print…"), "primary", this);
    print->setObjectName(QStringLiteral("cashUpPrint"));
    bar->addWidget(print);
    column->addLayout(bar);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    QVBoxLayout *totalsBox = nullptr;
    auto *totals = card(this, &totalsBox);
    totalsBox->addWidget(label(tr("Net taken"), "cardTitle", totals));
    m_net->setObjectName(QStringLiteral("cashUpNet"));
    totalsBox->addWidget(m_net);
    m_counts->setObjectName(QStringLiteral("cashUpCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    totalsBox->addWidget(m_counts);
    totalsBox->addStretch(1);
    totals->setMinimumWidth(220);
    middle->addWidget(totals, 1);
    m_methods->setObjectName(QStringLiteral("cashUpMethods"));
    m_methods->setHorizontalHeaderLabels(
        {tr("Method"), tr("Payments"), tr("Taken"), tr("Refunds"), tr("Given back"), tr("Net")});
    configure(m_methods);
    m_methods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_methods->setSelectionMode(QAbstractItemView::NoSelection);
    m_methods->setFocusPolicy(Qt::NoFocus);
    m_methods->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_methods->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Every method and the total, always in full.
    m_methods->setFixedHeight(m_methods->horizontalHeader()->sizeHint().height()
        + (int(allPaymentMethods().size()) + 1) * m_methods->verticalHeader()->defaultSectionSize() + 4);
    for (int c = Payments; c < MethodColumns; ++c)
        m_methods->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    middle->addWidget(m_methods, 3);
    column->addLayout(middle);

    column->addWidget(label(tr("Payments and refunds of the day"), "cardTitle", this));
    m_entries->setObjectName(QStringLiteral("cashUpEntries"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Time"), tr("Receipt"), tr("Customer"), tr("Method"), tr("Amount"), tr("Taken by")});
    configure(m_entries);
    m_entries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_entries->horizontalHeaderItem(4)->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    column->addWidget(m_entries, 1);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);

    connect(m_day, &QDateEdit::dateChanged, this, &CashUpView::reload);
    connect(today, &QPushButton::clicked, this, [this] { showDay(m_context.today()); });
    connect(print, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { output(BillingPrint::Output::Pdf); });
}

QString CashUpView::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void CashUpView::showDay(const QDate &day)
{
    if (m_day->date() == day)
        reload();
    else
        m_day->setDate(day); // reloads
}

void CashUpView::reload()
{
    auto cashUp = m_context.payments().cashUp(m_context.actor(), m_day->date());
    m_methods->setRowCount(0);
    m_entries->setRowCount(0);
    if (!cashUp) {
        m_loaded = false;
        m_net->setText(QString());
        m_counts->setText(QString());
        showMessage(m_problem, cashUp.error().message, true);
        return;
    }
    showMessage(m_problem, QString(), true);
    m_cashUp = cashUp.value();
    m_loaded = true;
    const QLocale locale;
    int payments = 0;
    int refunds = 0;
    for (const CashUpLine &l : m_cashUp.lines) {
        const int row = m_methods->rowCount();
        m_methods->insertRow(row);
        m_methods->setItem(row, Method, new QTableWidgetItem(paymentMethodName(l.method)));
        m_methods->setItem(row, Payments, numberItem(locale.toString(l.payments)));
        m_methods->setItem(row, Taken, numberItem(m_context.money(l.takenMinor)));
        m_methods->setItem(row, Refunds, numberItem(locale.toString(l.refunds)));
        m_methods->setItem(row, Refunded, numberItem(m_context.money(l.refundedMinor)));
        m_methods->setItem(row, Net, numberItem(m_context.money(l.netMinor)));
        payments += l.payments;
        refunds += l.refunds;
    }
    // The totals row.
    const int row = m_methods->rowCount();
    m_methods->insertRow(row);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QList<QTableWidgetItem *> total {new QTableWidgetItem(tr("Total")),
        numberItem(locale.toString(payments)), numberItem(m_context.money(m_cashUp.takenMinor)),
        numberItem(locale.toString(refunds)), numberItem(m_context.money(m_cashUp.refundedMinor)),
        numberItem(m_context.money(m_cashUp.netMinor))};
    for (int c = 0; c < MethodColumns; ++c) {
        total[c]->setFont(bold);
        m_methods->setItem(row, c, total[c]);
    }
    m_net->setText(m_context.money(m_cashUp.netMinor));
    m_counts->setText(plural(tr("%Ln payment(s), %1 taken", nullptr, payments), payments)
                          .arg(m_context.money(m_cashUp.takenMinor))
        + u'\n'
        + plural(tr("%Ln refund(s), %1 given back", nullptr, refunds), refunds)
              .arg(m_context.money(m_cashUp.refundedMinor)));

    for (const PaymentView &p : m_cashUp.entries) {
        const int r = m_entries->rowCount();
        m_entries->insertRow(r);
        const QDateTime local = p.receivedAtUtc.toTimeZone(m_context.zone());
        m_entries->setItem(r, 0, new QTableWidgetItem(locale.toString(local.time(), QLocale::ShortFormat)));
        m_entries->setItem(r, 1, new QTableWidgetItem(p.receiptNumber));
        m_entries->setItem(r, 2, new QTableWidgetItem(p.customerName));
        m_entries->setItem(r, 3,
            new QTableWidgetItem(
                p.refund ? tr("%1 (refund)").arg(paymentMethodName(p.method)) : paymentMethodName(p.method)));
        auto *amount = numberItem(m_context.money(p.refund ? -p.amount.minor() : p.amount.minor()));
        if (p.refund)
            amount->setForeground(QColor(0xB4, 0x23, 0x18));
        m_entries->setItem(r, 4, amount);
        m_entries->setItem(r, 5, new QTableWidgetItem(p.takenBy));
    }
    m_entries->resizeColumnsToContents();
    m_entries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

BillingPrint::Outcome CashUpView::output(BillingPrint::Output output)
{
    if (!m_loaded)
        return BillingPrint::Outcome::Failed;
    const PaperFormat paper = BillingPrint::paperOf(m_paper);
    return BillingPrint::send(this, m_context.documents().cashUpHtml(m_cashUp, paper), paper,
        tr("Cash-up %1").arg(QLocale().toString(m_cashUp.day, QLocale::ShortFormat)), output);
}

} // namespace spoke::ui
