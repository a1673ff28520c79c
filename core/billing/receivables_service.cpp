#include "core/billing/receivables_service.h"

#include "core/billing/billing_sql.h"
#include "core/storage/location_database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace spoke {

using namespace billing_sql;

namespace {

Error notAllowed()
{
    return denied(Tr::tr("Only a manager can see receivables and statements."));
}

/// One thing that moved a customer's balance, for statements.
struct Movement
{
    QDate date;
    QString instant; ///< ISO UTC, orders movements of one day
    int order = 0; ///< documents before the money that settles them
    StatementLine line;
};

} // namespace

ReceivablesService::ReceivablesService(LocationDatabase &db, QTimeZone zone, QString currency)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_currency(std::move(currency))
{ }

Result<AgingReport> ReceivablesService::aging(const Actor &actor, const QDate &asOf) const
{
    if (!allows(actor.role, Permission::ViewReceivables))
        return notAllowed();
    if (!asOf.isValid())
        return invalid(Tr::tr("Choose the day to age receivables on."));
    // Reads only the partial index of open invoices (it holds the due date, issue date and
    // balance), one row per due date: settled invoices are never visited.
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT due_date, count(*), sum(balance_minor) FROM invoices INDEXED BY invoices_open "
        "WHERE kind = 'invoice' AND status = 'issued' AND balance_minor > 0 AND issue_date <= ? "
        "GROUP BY due_date"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError());
    AgingReport r;
    r.asOf = asOf;
    r.currency = m_currency;
    while (q.next()) {
        const QDate due = dateFrom(q.value(0));
        const int bucket = int(agingBucketFor(int(due.daysTo(asOf))));
        const int count = q.value(1).toInt();
        const qint64 sum = q.value(2).toLongLong();
        r.bucketCount[bucket] += count;
        r.bucketMinor[bucket] += sum;
        r.openCount += count;
        r.totalMinor += sum;
    }
    return r;
}

Result<std::vector<OpenInvoice>> ReceivablesService::openInvoices(
    const Actor &actor, const QDate &asOf, const QString &customerId, int limit) const
{
    if (!allows(actor.role, Permission::ViewReceivables))
        return notAllowed();
    if (!asOf.isValid())
        return invalid(Tr::tr("Choose the day to age receivables on."));
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT i.id, i.number, i.customer_id, coalesce(c.display_name, i.bill_to_name), "
                       "i.issue_date, i.due_date, i.total_minor, i.balance_minor FROM invoices i "
                       "LEFT JOIN customers c ON c.id = i.customer_id "
                       "WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.balance_minor > 0 "
                       "AND i.issue_date <= ? %1 ORDER BY i.due_date, i.number_seq LIMIT ?")
            .arg(customerId.isEmpty() ? QString() : QStringLiteral("AND i.customer_id = ?")));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!customerId.isEmpty())
        q.addBindValue(customerId);
    q.addBindValue(limit > 0 ? limit : 1000);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<OpenInvoice> out;
    while (q.next()) {
        OpenInvoice o;
        o.invoiceId = q.value(0).toString();
        o.number = q.value(1).toString();
        o.customerId = q.value(2).toString();
        o.customerName = q.value(3).toString();
        o.issueDate = dateFrom(q.value(4));
        o.dueDate = dateFrom(q.value(5));
        o.daysPastDue = int(o.dueDate.daysTo(asOf));
        o.bucket = agingBucketFor(o.daysPastDue);
        o.totalMinor = q.value(6).toLongLong();
        o.balanceMinor = q.value(7).toLongLong();
        out.push_back(std::move(o));
    }
    return out;
}

Result<Statement> ReceivablesService::statement(
    const Actor &actor, const QString &customerId, const QDate &from, const QDate &to) const
{
    if (!allows(actor.role, Permission::ViewReceivables))
        return notAllowed();
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(Tr::tr("Choose a period whose end is not before its start."));
    auto who = billTo(m_db, customerId);
    if (!who)
        return who.error();
    const QLocale locale;
    std::vector<Movement> moves;

    QSqlQuery docs = m_db.query(QStringLiteral("SELECT d.kind, d.status, d.number, d.issue_date, "
                                               "d.issued_at, d.total_minor, d.due_date, d.voided_at, "
                                               "d.void_reason, coalesce(i.number, '') FROM invoices d LEFT "
                                               "JOIN invoices i ON i.id = d.credited_invoice_id "
                                               "WHERE d.customer_id = ? AND d.status <> 'draft'"));
    docs.addBindValue(customerId);
    if (!docs.exec())
        return storageError(docs.lastError());
    while (docs.next()) {
        const bool invoice = docs.value(0).toString() == QLatin1String("invoice");
        const QString number = docs.value(2).toString();
        const qint64 total = docs.value(5).toLongLong();
        Movement m;
        m.date = dateFrom(docs.value(3));
        m.instant = docs.value(4).toString();
        m.line.date = m.date;
        m.line.reference = number;
        if (invoice) {
            m.line.kind = QStringLiteral("invoice");
            m.line.description = Tr::tr("Invoice, due %1")
                                     .arg(locale.toString(dateFrom(docs.value(6)), QLocale::ShortFormat));
            m.line.debitMinor = total;
        } else {
            m.order = 1;
            m.line.kind = QStringLiteral("credit_note");
            m.line.description = Tr::tr("Credit note for invoice %1").arg(docs.value(9).toString());
            m.line.creditMinor = total;
        }
        moves.push_back(m);
        if (invoice && docs.value(1).toString() == QLatin1String("void")) {
            Movement v;
            const QDateTime at = instantFrom(docs.value(7));
            v.date = at.toTimeZone(m_zone).date();
            v.instant = docs.value(7).toString();
            v.order = 1;
            v.line.date = v.date;
            v.line.kind = QStringLiteral("void");
            v.line.reference = number;
            v.line.description = Tr::tr("Invoice %1 voided: %2").arg(number, docs.value(8).toString());
            v.line.creditMinor = total;
            moves.push_back(v);
        }
    }
    QSqlQuery money = m_db.query(QStringLiteral("SELECT kind, receipt_number, received_at, amount_minor, "
                                                "method, reference FROM payments WHERE customer_id = ?"));
    money.addBindValue(customerId);
    if (!money.exec())
        return storageError(money.lastError());
    while (money.next()) {
        const bool refund = money.value(0).toString() == QLatin1String("refund");
        PaymentMethod method = PaymentMethod::Other;
        (void)paymentMethodFromKey(money.value(4).toString(), &method);
        Movement m;
        m.date = instantFrom(money.value(2)).toTimeZone(m_zone).date();
        m.instant = money.value(2).toString();
        m.order = 2;
        m.line.date = m.date;
        m.line.kind = refund ? QStringLiteral("refund") : QStringLiteral("payment");
        m.line.reference = money.value(1).toString();
        const QString reference = money.value(5).toString();
        m.line.description
            = (refund ? Tr::tr("Refund, %1") : Tr::tr("Payment, %1")).arg(paymentMethodName(method))
            + (reference.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reference));
        (refund ? m.line.debitMinor : m.line.creditMinor) = money.value(3).toLongLong();
        moves.push_back(m);
    }
    std::stable_sort(moves.begin(), moves.end(), [](const Movement &a, const Movement &b) {
        return std::tie(a.date, a.instant, a.order) < std::tie(b.date, b.instant, b.order);
    });

    Statement s;
    s.customerId = customerId;
    s.customerName = who->first;
    s.billingAddress = who->second;
    s.currency = m_currency;
    s.from = from;
    s.to = to;
    qint64 running = 0;
    for (Movement &m : moves) {
        if (m.date > to)
            break;
        running += m.line.debitMinor - m.line.creditMinor;
        if (m.date < from) {
            s.openingMinor = running;
            continue;
        }
        m.line.runningMinor = running;
        s.lines.push_back(m.line);
    }
    s.closingMinor = running;
    auto open = openInvoices(actor, to, customerId, 100000);
    if (!open)
        return open.error();
    s.open = std::move(open).value();
    for (const OpenInvoice &o : s.open)
        s.agingMinor[int(o.bucket)] += o.balanceMinor;
    return s;
}

} // namespace spoke
