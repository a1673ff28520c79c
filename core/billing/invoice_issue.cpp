// InvoiceService: issuing (gap-free numbers), credit notes and voids. Each is one unit of
// work: the document, its number, the jobs, allocations, customer timeline, sales journal,
// audit and outbox commit together or not at all.

#include "core/billing/invoice_service.h"

#include "core/billing/billing_sql.h"
#include "core/billing/invoice_sql.h"
#include "core/billing/sales_journal.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QLocale>

namespace spoke {

using namespace billing_sql;

namespace {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

/// Stores the computed totals on a document's lines (while it is still a draft).
Status storeLineTotals(WriteTx &tx, const InvoiceView &doc, const InvoiceTotals &totals)
{
    for (size_t i = 0; i < doc.lines.size(); ++i) {
        const LineTotals &lt = totals.lines[i];
        auto r = tx.exec(
            QStringLiteral("UPDATE invoice_lines SET net_minor = ?, tax_minor = ?, gross_minor = ?, "
                           "totals = ? WHERE id = ?"),
            {lt.net, lt.tax, lt.gross, compactJson(lineTotalsJson(lt)), doc.lines[i].line.id});
        if (!r)
            return r.error();
    }
    return {};
}

struct IssueFields
{
    QString number;
    qint64 numberSeq = 0;
    QString billToName;
    QString billToAddress;
    QDate issueDate;
    QDate dueDate;
    TaxSettings tax;
    QString taxClassesJson;
};

/// Turns a draft row into an issued document: from here on the triggers freeze it.
Status markIssued(WriteTx &tx, const QString &id, const IssueFields &f, const InvoiceTotals &t)
{
    auto r = tx.exec(
        QStringLiteral(
            "UPDATE invoices SET status = 'issued', number = ?, number_seq = ?, bill_to_name = ?, "
            "bill_to_address = ?, issue_date = ?, due_date = ?, tax_settings = ?, tax_classes = ?, "
            "subtotal_minor = ?, discount_minor = ?, net_minor = ?, tax_minor = ?, total_minor = ?, "
            "balance_minor = ?, issued_at = ?, issued_by = ?, updated_at = ? "
            "WHERE id = ? AND status = 'draft'"),
        {f.number, f.numberSeq, nonNull(f.billToName), nonNull(f.billToAddress), dateOrNull(f.issueDate),
            dateOrNull(f.dueDate), compactJson(taxSettingsJson(f.tax)), f.taxClassesJson, t.subtotal,
            t.discountTotal, t.netTotal, t.taxTotal, t.total, t.total, tx.nowIso(), nonNull(tx.actor().name),
            tx.nowIso(), id});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, Tr::tr("The invoice was issued meanwhile."));
    return {};
}

} // namespace

Result<QString> InvoiceService::issue(const Actor &actor, const QString &invoiceId)
{
    if (!allows(actor.role, Permission::IssueInvoices))
        return denied(Tr::tr("Only a manager can issue invoices."));
    QString number;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto loaded = loadInvoice(m_db, invoiceId);
        if (!loaded)
            return loaded.error();
        const InvoiceView &draft = *loaded;
        if (draft.kind != InvoiceKind::Invoice)
            return invalid(Tr::tr("A credit note is issued with the invoice it corrects."));
        if (draft.status != InvoiceStatus::Draft)
            return invalid(Tr::tr("Invoice %1 is already issued.").arg(draft.number));
        if (draft.currency != m_currency)
            return invalid(
                Tr::tr("The invoice is in %1 but the location bills in %2.").arg(draft.currency, m_currency));
        auto settings = loadSettings(m_db);
        if (!settings)
            return settings.error();
        std::vector<InvoiceLine> lines;
        for (const InvoiceLineView &l : draft.lines)
            lines.push_back(l.line);
        auto totals = computeTotals(invoice_sql::priceLines(lines, m_currency), draft.invoiceDiscount,
            settings->taxClasses, settings->tax, m_currency);
        if (!totals)
            return totals.error();
        if (totals->total <= 0)
            return invalid(Tr::tr("An invoice must be for a positive amount."));
        auto who = billTo(m_db, draft.customerId);
        if (!who)
            return who.error();

        if (Status s = storeLineTotals(tx, draft, *totals); !s)
            return s;
        auto seq = takeNumber(tx, invoiceSequence());
        if (!seq)
            return seq.error();
        IssueFields f;
        f.numberSeq = *seq;
        f.number = number = formatNumber(settings->invoicePrefix, *seq);
        f.billToName = who->first;
        f.billToAddress = who->second;
        f.issueDate = tx.now().toTimeZone(m_zone).date();
        f.dueDate = f.issueDate.addDays(draft.termsDays);
        f.tax = settings->tax;
        f.taxClassesJson = compactJson(taxClassesJson(settings->taxClasses));
        if (Status s = markIssued(tx, invoiceId, f, *totals); !s)
            return s;
        if (Status s = moveJobs(tx, m_db, m_zone, m_currency, draft.jobIds, JobStatus::Completed,
                JobStatus::Invoiced, number);
            !s)
            return s;

        auto issued = loadInvoice(m_db, invoiceId);
        if (!issued)
            return issued.error();
        const qint64 total = totals->total;
        if (Status s = addTimeline(tx, draft.customerId, QStringLiteral("invoice"),
                Tr::tr("Invoice %1 issued: %2").arg(number, money(total, m_currency)),
                QStringLiteral("invoice"), invoiceId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("invoice_issued");
        e.documentId = invoiceId;
        e.documentNumber = number;
        e.customerId = draft.customerId;
        e.amountMinor = total;
        e.currency = m_currency;
        e.details = {{QStringLiteral("net"), minorText(totals->netTotal)},
            {QStringLiteral("tax"), minorText(totals->taxTotal)},
            {QStringLiteral("taxes"), taxAmountsJson(totals->taxes)},
            {QStringLiteral("issueDate"), f.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("jobIds"), QJsonArray::fromStringList(draft.jobIds)}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        if (Status s = tx.audit(QStringLiteral("invoice.issue"), QStringLiteral("invoice"), invoiceId,
                {{QStringLiteral("number"), number}, {QStringLiteral("customerId"), draft.customerId},
                    {QStringLiteral("total"), minorText(total)}, {QStringLiteral("currency"), m_currency}});
            !s)
            return s;
        return tx.outbox(
            QStringLiteral("invoice"), invoiceId, QStringLiteral("upsert"), invoicePayload(*issued));
    });
    if (!st)
        return st.error();
    return number;
}

Result<QString> InvoiceService::creditNote(const Actor &actor, const QString &invoiceId,
    const std::vector<InvoiceLine> &lines, const QString &reason)
{
    if (!allows(actor.role, Permission::IssueInvoices))
        return denied(Tr::tr("Only a manager can issue credit notes."));
    if (reason.trimmed().isEmpty())
        return invalid(Tr::tr("Say why the invoice is credited."));
    for (const InvoiceLine &l : lines) {
        if (l.description.trimmed().isEmpty())
            return invalid(Tr::tr("Every credited line needs a description."));
    }
    QString creditId;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto loaded = loadInvoice(m_db, invoiceId);
        if (!loaded)
            return loaded.error();
        const InvoiceView &inv = *loaded;
        if (inv.kind != InvoiceKind::Invoice)
            return invalid(Tr::tr("A credit note cannot itself be credited."));
        if (inv.status == InvoiceStatus::Draft)
            return invalid(Tr::tr("A draft has not been issued: change it instead of crediting it."));
        if (inv.status == InvoiceStatus::Void)
            return invalid(Tr::tr("Invoice %1 is void: there is nothing to credit.").arg(inv.number));
        // Credited with the invoice's own tax settings and rates, so a whole credit mirrors it.
        const std::vector<TaxClass> classes = invoiceTaxClasses(m_db, invoiceId);
        std::vector<InvoiceLine> credited;
        Discount discount;
        if (lines.empty()) {
            for (const InvoiceLineView &l : inv.lines)
                credited.push_back(l.line);
            discount = inv.invoiceDiscount;
        } else {
            credited = lines;
        }
        for (InvoiceLine &l : credited) {
            l.id = tx.newId();
            if (l.taxClass.isEmpty())
                l.taxClass = QStringLiteral("standard");
        }
        auto totals = computeTotals(invoice_sql::priceLines(credited, inv.currency), discount, classes,
            inv.taxSettings, inv.currency);
        if (!totals)
            return totals.error();
        auto already
            = tx.exec(QStringLiteral("SELECT coalesce(sum(total_minor), 0) FROM invoices WHERE kind = "
                                     "'credit_note' AND status = 'issued' AND credited_invoice_id = ?"),
                {invoiceId});
        if (!already)
            return already.error();
        const qint64 creditable = inv.totals.total - (already->next() ? already->value(0).toLongLong() : 0);
        already->finish();
        if (totals->total > creditable)
            return invalid(creditable <= 0
                    ? Tr::tr("Invoice %1 is already credited in full.").arg(inv.number)
                    : Tr::tr("The credit note (%1) is more than what is left to credit on invoice %2 (%3).")
                          .arg(money(totals->total, inv.currency), inv.number,
                              money(creditable, inv.currency)));
        auto settings = loadSettings(m_db);
        if (!settings)
            return settings.error();

        // The credit note is written as a draft (its lines may only be added then), then issued.
        creditId = tx.newId();
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO invoices (id, kind, status, customer_id, currency, terms_days, "
                           "discount_kind, discount_value, credited_invoice_id, reason, created_at, "
                           "updated_at) VALUES (?, 'credit_note', 'draft', ?, ?, 0, ?, ?, ?, ?, ?, ?)"),
            {creditId, inv.customerId, inv.currency, discountKindKey(discount.kind), discount.value,
                invoiceId, reason.trimmed(), tx.nowIso(), tx.nowIso()});
        if (!ins)
            return ins.error();
        int position = 0;
        for (const InvoiceLine &l : credited) {
            const LineTotals &lt = totals->lines[size_t(position)];
            auto li = tx.exec(
                QStringLiteral("INSERT INTO invoice_lines (id, invoice_id, position, job_id, service_id, "
                               "description, quantity, unit_price_minor, discount_kind, discount_value, "
                               "tax_class, net_minor, tax_minor, gross_minor, totals) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {l.id, creditId, position, nonNull(l.jobId), nonNull(l.serviceId), l.description.trimmed(),
                    l.quantity, l.unitPriceMinor, discountKindKey(l.discount.kind), l.discount.value,
                    l.taxClass, lt.net, lt.tax, lt.gross, compactJson(lineTotalsJson(lt))});
            if (!li)
                return li.error();
            ++position;
        }
        auto seq = takeNumber(tx, creditNoteSequence());
        if (!seq)
            return seq.error();
        IssueFields f;
        f.numberSeq = *seq;
        f.number = formatNumber(settings->creditNotePrefix, *seq);
        f.billToName = inv.customerName;
        f.billToAddress = inv.billingAddress;
        f.issueDate = f.dueDate = tx.now().toTimeZone(m_zone).date();
        f.tax = inv.taxSettings;
        f.taxClassesJson = compactJson(taxClassesJson(classes));
        if (Status s = markIssued(tx, creditId, f, *totals); !s)
            return s;

        // It settles the invoice's balance first; the rest is the customer's credit.
        const qint64 total = totals->total;
        const qint64 settle = std::min(total, inv.balanceMinor);
        if (settle > 0) {
            auto a
                = addAllocation(tx, QStringLiteral("credit_note"), creditId, invoiceId, inv.number, settle);
            if (!a)
                return a.error();
            for (const QString &id : {invoiceId, creditId}) {
                auto up = tx.exec(
                    QStringLiteral("UPDATE invoices SET balance_minor = balance_minor - ?, updated_at = ? "
                                   "WHERE id = ? AND balance_minor >= ?"),
                    {settle, tx.nowIso(), id, settle});
                if (!up)
                    return up.error();
                if (up->numRowsAffected() != 1)
                    return makeError(ErrorCode::Conflict, Tr::tr("The invoice's balance changed meanwhile."));
            }
        }
        auto issued = loadInvoice(m_db, creditId);
        if (!issued)
            return issued.error();
        if (Status s = addTimeline(tx, inv.customerId, QStringLiteral("credit_note"),
                Tr::tr("Credit note %1 for invoice %2: %3 (%4)")
                    .arg(f.number, inv.number, money(total, inv.currency), reason.trimmed()),
                QStringLiteral("credit_note"), creditId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("credit_note_issued");
        e.documentId = creditId;
        e.documentNumber = f.number;
        e.customerId = inv.customerId;
        e.amountMinor = total;
        e.currency = inv.currency;
        e.details = {{QStringLiteral("invoiceId"), invoiceId}, {QStringLiteral("invoiceNumber"), inv.number},
            {QStringLiteral("settled"), minorText(settle)},
            {QStringLiteral("unused"), minorText(total - settle)},
            {QStringLiteral("net"), minorText(totals->netTotal)},
            {QStringLiteral("tax"), minorText(totals->taxTotal)},
            {QStringLiteral("reason"), reason.trimmed()}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        if (Status s = tx.audit(QStringLiteral("credit_note.issue"), QStringLiteral("credit_note"), creditId,
                {{QStringLiteral("number"), f.number}, {QStringLiteral("invoiceId"), invoiceId},
                    {QStringLiteral("total"), minorText(total)},
                    {QStringLiteral("reason"), reason.trimmed()}});
            !s)
            return s;
        return tx.outbox(
            QStringLiteral("credit_note"), creditId, QStringLiteral("upsert"), invoicePayload(*issued));
    });
    if (!st)
        return st.error();
    return creditId;
}

Status InvoiceService::voidInvoice(const Actor &actor, const QString &invoiceId, const QString &reason)
{
    if (!allows(actor.role, Permission::VoidRefund))
        return denied(Tr::tr("Only a manager can void an invoice."));
    if (reason.trimmed().isEmpty())
        return invalid(Tr::tr("Say why the invoice is voided."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto loaded = loadInvoice(m_db, invoiceId);
        if (!loaded)
            return loaded.error();
        const InvoiceView &inv = *loaded;
        if (inv.kind != InvoiceKind::Invoice)
            return invalid(Tr::tr("A credit note cannot be voided."));
        if (inv.status == InvoiceStatus::Draft)
            return invalid(Tr::tr("A draft has no number yet: delete it instead of voiding it."));
        if (inv.status == InvoiceStatus::Void)
            return invalid(Tr::tr("Invoice %1 is already void.").arg(inv.number));
        if (inv.paidMinor > 0 || inv.creditedMinor > 0)
            return invalid(
                Tr::tr("Invoice %1 cannot be voided: %2 of it is already paid or credited. Issue a "
                       "credit note to correct it, then refund the customer if needed.")
                    .arg(inv.number, money(inv.paidMinor + inv.creditedMinor, inv.currency)));
        auto up = tx.exec(
            QStringLiteral("UPDATE invoices SET status = 'void', balance_minor = 0, void_reason = ?, "
                           "voided_at = ?, voided_by = ?, updated_at = ? "
                           "WHERE id = ? AND status = 'issued' AND NOT EXISTS "
                           "(SELECT 1 FROM allocations WHERE invoice_id = ?)"),
            {reason.trimmed(), tx.nowIso(), nonNull(actor.name), tx.nowIso(), invoiceId, invoiceId});
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict, Tr::tr("The invoice changed meanwhile; look at it again."));
        auto jobs
            = tx.exec(QStringLiteral("UPDATE invoice_jobs SET active = 0 WHERE invoice_id = ?"), {invoiceId});
        if (!jobs)
            return jobs.error();
        if (Status s = moveJobs(tx, m_db, m_zone, m_currency, inv.jobIds, JobStatus::Invoiced,
                JobStatus::Completed, Tr::tr("(invoice %1 voided)").arg(inv.number));
            !s)
            return s;
        auto voided = loadInvoice(m_db, invoiceId);
        if (!voided)
            return voided.error();
        if (Status s = addTimeline(tx, inv.customerId, QStringLiteral("invoice"),
                Tr::tr("Invoice %1 voided: %2").arg(inv.number, reason.trimmed()), QStringLiteral("invoice"),
                invoiceId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("invoice_voided");
        e.documentId = invoiceId;
        e.documentNumber = inv.number;
        e.customerId = inv.customerId;
        e.amountMinor = inv.totals.total;
        e.currency = inv.currency;
        e.details = {{QStringLiteral("reason"), reason.trimmed()}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        if (Status s = tx.audit(QStringLiteral("invoice.void"), QStringLiteral("invoice"), invoiceId,
                {{QStringLiteral("number"), inv.number}, {QStringLiteral("reason"), reason.trimmed()},
                    {QStringLiteral("total"), minorText(inv.totals.total)}});
            !s)
            return s;
        return tx.outbox(
            QStringLiteral("invoice"), invoiceId, QStringLiteral("upsert"), invoicePayload(*voided));
    });
}

} // namespace spoke
