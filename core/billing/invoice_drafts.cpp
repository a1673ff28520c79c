// Drafts: what they may hold and how they are stored.

#include "core/billing/billing_sql.h"
#include "core/billing/invoice_sql.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QSet>

namespace spoke::invoice_sql {

using namespace billing_sql;

Status validateDraft(const InvoiceDraft &draft, const QString &locationCurrency)
{
    QStringList problems;
    if (draft.customerId.isEmpty())
        problems << Tr::tr("Choose the customer to invoice.");
    if (draft.currency != locationCurrency)
        problems << Tr::tr("Invoices are in %1, the location's currency; %2 cannot be used.")
                        .arg(locationCurrency, draft.currency);
    if (draft.termsDays < -1 || draft.termsDays > 365)
        problems << Tr::tr("Payment terms are from 0 to 365 days.");
    if (draft.invoiceDiscount.value < 0)
        problems << Tr::tr("A discount cannot be negative.");
    int n = 0;
    for (const InvoiceLine &l : draft.lines) {
        ++n;
        if (l.description.trimmed().isEmpty())
            problems << Tr::tr("Line %1 needs a description.").arg(n);
        if (l.quantity < 1)
            problems << Tr::tr("Line %1 has a quantity below 1; remove the line instead.").arg(n);
        if (l.unitPriceMinor < 0)
            problems
                << Tr::tr("Line %1 has a negative price; corrections are made with a credit note.").arg(n);
        if (l.discount.value < 0)
            problems << Tr::tr("A discount cannot be negative.");
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return invalid(problems.join(QLatin1Char('\n')));
    return {};
}

std::vector<PriceLine> priceLines(const std::vector<InvoiceLine> &lines, const QString &currency)
{
    std::vector<PriceLine> out;
    out.reserve(lines.size());
    for (const InvoiceLine &l : lines)
        out.push_back({Money(l.unitPriceMinor, currency), l.quantity, l.discount,
            l.taxClass.isEmpty() ? QStringLiteral("standard") : l.taxClass});
    return out;
}

Result<InvoiceTotals> draftTotals(
    const InvoiceDraft &draft, const BillingSettings &settings, const QString &currency)
{
    return computeTotals(priceLines(draft.lines, currency), draft.invoiceDiscount, settings.taxClasses,
        settings.tax, currency);
}

Status saveDraft(WriteTx &tx, InvoiceDraft &draft, const BillingSettings &settings, bool fresh)
{
    auto customer = tx.exec(
        QStringLiteral("SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL"), {draft.customerId});
    if (!customer)
        return customer.error();
    if (!customer->next())
        return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
    customer->finish();
    if (draft.termsDays < 0)
        draft.termsDays = settings.defaultTermsDays;

    // The jobs the lines bill: completed, this customer's, on no other invoice.
    QStringList jobIds;
    for (const InvoiceLine &l : draft.lines)
        if (!l.jobId.isEmpty() && !jobIds.contains(l.jobId))
            jobIds << l.jobId;
    for (const QString &jobId : jobIds) {
        auto job = tx.exec(
            QStringLiteral("SELECT customer_id, status, deleted_at IS NOT NULL FROM jobs WHERE id = ?"),
            {jobId});
        if (!job)
            return job.error();
        if (!job->next() || job->value(2).toBool())
            return makeError(
                ErrorCode::NotFound, Tr::tr("A job on the invoice does not exist or was removed."));
        if (job->value(0).toString() != draft.customerId)
            return invalid(Tr::tr("A job on the invoice belongs to another customer."));
        const QString status = job->value(1).toString();
        job->finish();
        if (status == QLatin1String("invoiced"))
            return invalid(Tr::tr("A job on the invoice is already invoiced."));
        if (status != QLatin1String("completed"))
            return invalid(Tr::tr("Only completed jobs can be invoiced; a job on the invoice is %1.")
                               .arg(jobStatusLabel(jobStatusFromKey(status)).toLower()));
        auto other
            = tx.exec(QStringLiteral("SELECT i.status, coalesce(i.number, '') FROM invoice_jobs ij JOIN "
                                     "invoices i ON i.id = ij.invoice_id WHERE ij.job_id = ? AND "
                                     "ij.active = 1 AND ij.invoice_id <> ?"),
                {jobId, nonNull(draft.id)});
        if (!other)
            return other.error();
        if (other->next())
            return makeError(ErrorCode::Conflict,
                other->value(0).toString() == QLatin1String("draft")
                    ? Tr::tr("A job on the invoice is already on another draft invoice.")
                    : Tr::tr("A job on the invoice is already on invoice %1.")
                          .arg(other->value(1).toString()));
        other->finish();
    }

    // Totals as they would be now (shown in lists); issuing computes them again.
    InvoiceTotals totals;
    bool priced = false;
    if (!draft.lines.empty()) {
        auto t = draftTotals(draft, settings, draft.currency);
        if (t) {
            totals = std::move(t).value();
            priced = true;
        }
    }
    const QVariantList money {
        totals.subtotal, totals.discountTotal, totals.netTotal, totals.taxTotal, totals.total};
    if (fresh) {
        auto ins = tx.exec(
            QStringLiteral(
                "INSERT INTO invoices (id, kind, status, customer_id, currency, terms_days, notes, "
                "discount_kind, discount_value, subtotal_minor, discount_minor, net_minor, tax_minor, "
                "total_minor, created_at, updated_at) "
                "VALUES (?, 'invoice', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList {draft.id, draft.customerId, draft.currency, draft.termsDays, nonNull(draft.notes),
                discountKindKey(draft.invoiceDiscount.kind), draft.invoiceDiscount.value}
                + money + QVariantList {tx.nowIso(), tx.nowIso()});
        if (!ins)
            return ins.error();
    } else {
        auto up = tx.exec(QStringLiteral("UPDATE invoices SET customer_id = ?, terms_days = ?, notes = ?, "
                                         "discount_kind = ?, discount_value = ?, subtotal_minor = ?, "
                                         "discount_minor = ?, net_minor = ?, tax_minor = ?, total_minor = ?, "
                                         "updated_at = ? WHERE id = ? AND status = 'draft'"),
            QVariantList {draft.customerId, draft.termsDays, nonNull(draft.notes),
                discountKindKey(draft.invoiceDiscount.kind), draft.invoiceDiscount.value}
                + money + QVariantList {tx.nowIso(), draft.id});
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, Tr::tr("The draft does not exist or was deleted."));
    }
    QSet<QString> keep;
    if (!fresh) {
        auto old = tx.exec(QStringLiteral("SELECT id FROM invoice_lines WHERE invoice_id = ?"), {draft.id});
        if (!old)
            return old.error();
        while (old->next())
            keep.insert(old->value(0).toString());
        old->finish();
        for (const QString &sql : {QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"),
                 QStringLiteral("DELETE FROM invoice_jobs WHERE invoice_id = ?")}) {
            auto d = tx.exec(sql, {draft.id});
            if (!d)
                return d.error();
        }
    }
    int position = 0;
    for (InvoiceLine &l : draft.lines) {
        if (l.id.isEmpty() || !keep.contains(l.id))
            l.id = tx.newId();
        keep.remove(l.id); // a line id given twice gets a new id the second time
        if (l.taxClass.isEmpty())
            l.taxClass = QStringLiteral("standard");
        const LineTotals lt = priced ? totals.lines[size_t(position)] : LineTotals();
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO invoice_lines (id, invoice_id, position, job_id, service_id, "
                           "description, quantity, unit_price_minor, discount_kind, discount_value, "
                           "tax_class, net_minor, tax_minor, gross_minor) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {l.id, draft.id, position, nonNull(l.jobId), nonNull(l.serviceId), l.description.trimmed(),
                l.quantity, l.unitPriceMinor, discountKindKey(l.discount.kind), l.discount.value, l.taxClass,
                lt.net, lt.tax, lt.gross});
        if (!ins)
            return ins.error();
        ++position;
    }
    for (const QString &jobId : jobIds) {
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO invoice_jobs (invoice_id, job_id, active) VALUES (?, ?, 1)"),
            {draft.id, jobId});
        if (!ins)
            return makeError(
                ErrorCode::Conflict, Tr::tr("A job on the invoice is already on another invoice."));
    }
    return {};
}

} // namespace spoke::invoice_sql
