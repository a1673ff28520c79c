// InvoiceService: reading invoices, credit notes and what is left to invoice.

#include "core/billing/invoice_service.h"

#include "core/billing/billing_sql.h"
#include "core/billing/invoice_sql.h"
#include "core/storage/location_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace spoke {

using namespace billing_sql;

Result<InvoiceView> InvoiceService::view(const Actor &actor, const QString &invoiceId) const
{
    if (!allows(actor.role, Permission::ViewInvoices))
        return denied(Tr::tr("Your role does not allow seeing invoices."));
    auto loaded = loadInvoice(m_db, invoiceId);
    if (!loaded)
        return loaded.error();
    InvoiceView v = std::move(loaded).value();
    if (v.status == InvoiceStatus::Draft) {
        // A draft shows what it would total if issued now (when it can be computed).
        auto settings = loadSettings(m_db);
        if (!settings)
            return settings.error();
        v.taxSettings = settings->tax;
        InvoiceDraft d;
        d.invoiceDiscount = v.invoiceDiscount;
        for (const InvoiceLineView &l : v.lines)
            d.lines.push_back(l.line);
        if (!d.lines.empty()) {
            if (auto t = invoice_sql::draftTotals(d, *settings, v.currency); t) {
                v.totals = std::move(t).value();
                for (size_t i = 0; i < v.lines.size(); ++i)
                    v.lines[i].totals = v.totals.lines[i];
            }
        }
        v.balanceMinor = 0;
    }
    return v;
}

Result<std::vector<InvoiceSummary>> InvoiceService::list(
    const Actor &actor, const InvoiceFilter &filter) const
{
    if (!allows(actor.role, Permission::ViewInvoices))
        return denied(Tr::tr("Your role does not allow seeing invoices."));
    QStringList where;
    QVariantList binds;
    if (!filter.customerId.isEmpty()) {
        where << QStringLiteral("i.customer_id = ?");
        binds << filter.customerId;
    }
    if (filter.draftsOnly)
        where << QStringLiteral("i.status = 'draft'");
    if (filter.openOnly)
        where << QStringLiteral("i.kind = 'invoice' AND i.status = 'issued' AND i.balance_minor > 0");
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(i.number LIKE ? ESCAPE '\\' OR i.bill_to_name LIKE ? ESCAPE '\\' OR "
                                "c.display_name LIKE ? ESCAPE '\\')");
        QString t = filter.text.trimmed();
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QString(QLatin1Char('%') + t + QLatin1Char('%'));
        binds << like << like << like;
    }
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT i.id, i.kind, i.status, coalesce(i.number, ''), i.customer_id, "
            "CASE WHEN i.status = 'draft' THEN coalesce(c.display_name, '') ELSE i.bill_to_name END, "
            "i.issue_date, i.due_date, i.total_minor, i.balance_minor, i.currency "
            "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id %1 "
            "ORDER BY i.status = 'draft' DESC, coalesce(i.issued_at, i.created_at) DESC, i.number_seq DESC, "
            "i.id DESC "
            "LIMIT ?")
            .arg(where.isEmpty() ? QString()
                                 : QString(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.limit > 0 ? filter.limit : 500);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<InvoiceSummary> out;
    while (q.next()) {
        InvoiceSummary s;
        s.id = q.value(0).toString();
        s.kind = invoiceKindFromKey(q.value(1).toString());
        s.status = invoiceStatusFromKey(q.value(2).toString());
        s.number = q.value(3).toString();
        s.customerId = q.value(4).toString();
        s.customerName = q.value(5).toString();
        s.issueDate = dateFrom(q.value(6));
        s.dueDate = dateFrom(q.value(7));
        s.total = Money(q.value(8).toLongLong(), q.value(10).toString());
        s.balance
            = Money(s.status == InvoiceStatus::Draft ? 0 : q.value(9).toLongLong(), q.value(10).toString());
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::vector<QString>> InvoiceService::uninvoicedJobs(
    const Actor &actor, const QString &customerId) const
{
    if (!allows(actor.role, Permission::ViewInvoices))
        return denied(Tr::tr("Your role does not allow seeing invoices."));
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT j.id FROM jobs j WHERE j.customer_id = ? AND j.status = 'completed' AND j.deleted_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM invoice_jobs ij WHERE ij.job_id = j.id AND ij.active = 1) "
        "ORDER BY j.start_utc, j.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<QString> out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

} // namespace spoke
