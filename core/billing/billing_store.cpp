// Reading and writing billing rows shared by the billing services: settings, numbers,
// documents and payments read back, allocations, job moves, timeline entries and balances.

#include "core/billing/billing_sql.h"

#include "core/schedule/job_service.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace spoke::billing_sql {

namespace {

QString addressText(const QString &street, const QString &unit, const QString &city, const QString &region,
    const QString &postal, const QString &country)
{
    QStringList lines;
    const QString first = QString(street.trimmed() + QLatin1Char(' ') + unit.trimmed()).trimmed();
    if (!first.isEmpty())
        lines << first;
    QStringList place;
    if (!city.trimmed().isEmpty())
        place << city.trimmed();
    const QString regionPostal = QString(region.trimmed() + QLatin1Char(' ') + postal.trimmed()).trimmed();
    if (!regionPostal.isEmpty())
        place << regionPostal;
    if (!place.isEmpty())
        lines << place.join(QStringLiteral(", "));
    if (!country.trimmed().isEmpty())
        lines << country.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace
Result<BillingSettings> loadSettings(const LocationDatabase &db)
{
    BillingSettings s;
    QSqlQuery p = db.query(QStringLiteral("SELECT invoice_prefix FROM location_profile LIMIT 1"));
    if (!p.exec())
        return storageError(p.lastError());
    if (p.next())
        s.invoicePrefix = p.value(0).toString();
    QHash<QString, QString> values;
    QSqlQuery q = db.query(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'billing.%'"));
    if (!q.exec())
        return storageError(q.lastError());
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (values.contains(QStringLiteral("billing.tax_settings")))
        s.tax = taxSettingsFromJson(
            QJsonDocument::fromJson(values.value(QStringLiteral("billing.tax_settings")).toUtf8()).object());
    bool ok = false;
    const int terms = values.value(QStringLiteral("billing.default_terms_days")).toInt(&ok);
    if (ok)
        s.defaultTermsDays = terms;
    s.creditNotePrefix = values.value(QStringLiteral("billing.credit_note_prefix"), s.invoicePrefix + u"CN-");
    s.receiptPrefix = values.value(QStringLiteral("billing.receipt_prefix"), s.invoicePrefix + u"R-");
    s.footer = values.value(QStringLiteral("billing.footer"));
    s.logoPng = QByteArray::fromBase64(values.value(QStringLiteral("billing.logo_png")).toLatin1());

    QSqlQuery c
        = db.query(QStringLiteral("SELECT code, name, rates FROM tax_classes ORDER BY position, code"));
    if (!c.exec())
        return storageError(c.lastError());
    while (c.next())
        s.taxClasses.push_back({c.value(0).toString(), c.value(1).toString(),
            ratesFromJson(QJsonDocument::fromJson(c.value(2).toString().toUtf8()).array())});
    if (s.taxClasses.empty()) {
        // Never saved: an untaxed "standard" class and "exempt", until the manager sets rates.
        s.taxClasses.push_back({QStringLiteral("standard"), Tr::tr("Standard"), {}});
        s.taxClasses.push_back({QStringLiteral("exempt"), Tr::tr("Exempt"), {}});
    }
    return s;
}

Result<qint64> takeNumber(WriteTx &tx, const QString &sequence)
{
    auto up
        = tx.exec(QStringLiteral("UPDATE number_sequences SET last = last + 1 WHERE kind = ?"), {sequence});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1)
        return makeError(ErrorCode::Storage, Tr::tr("The numbering of %1 is missing.").arg(sequence));
    auto read = tx.exec(QStringLiteral("SELECT last FROM number_sequences WHERE kind = ?"), {sequence});
    if (!read)
        return read.error();
    if (!read->next())
        return makeError(ErrorCode::Storage, Tr::tr("The numbering of %1 is missing.").arg(sequence));
    return read->value(0).toLongLong();
}

QString formatNumber(const QString &prefix, qint64 number)
{
    return prefix + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
}

Status addTimeline(WriteTx &tx, const QString &customerId, const QString &kind, const QString &summary,
    const QString &refEntity, const QString &refId)
{
    auto r = tx.exec(QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                                    "actor_name, summary, ref_entity, ref_id) VALUES (?,?,?,?,?,?,?,?,?)"),
        {tx.newId(), customerId, tx.nowIso(), kind, nonNull(tx.actor().staffId), nonNull(tx.actor().name),
            summary, refEntity, refId});
    return r ? Status() : Status(r.error());
}

Result<std::pair<QString, QString>> billTo(const LocationDatabase &db, const QString &customerId)
{
    QSqlQuery c = db.query(QStringLiteral("SELECT display_name FROM customers WHERE id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return storageError(c.lastError());
    if (!c.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist."));
    const QString name = c.value(0).toString();
    QSqlQuery a = db.query(QStringLiteral("SELECT street, unit, city, region, postal_code, country "
                                          "FROM customer_addresses WHERE customer_id = ? "
                                          "ORDER BY kind = 'billing' DESC, position, id LIMIT 1"));
    a.addBindValue(customerId);
    if (!a.exec())
        return storageError(a.lastError());
    QString address;
    if (a.next())
        address = addressText(a.value(0).toString(), a.value(1).toString(), a.value(2).toString(),
            a.value(3).toString(), a.value(4).toString(), a.value(5).toString());
    return std::make_pair(name, address);
}

Result<InvoiceView> loadInvoice(const LocationDatabase &db, const QString &id)
{
    QSqlQuery q = db.query(QStringLiteral(
        "SELECT i.id, i.kind, i.status, coalesce(i.number, ''), i.customer_id, i.bill_to_name, "
        "i.bill_to_address, i.currency, i.issue_date, i.due_date, i.terms_days, i.notes, i.discount_kind, "
        "i.discount_value, i.tax_settings, coalesce(i.credited_invoice_id, ''), coalesce(ci.number, ''), "
        "i.reason, i.void_reason, i.voided_at, i.issued_by, i.issued_at, i.balance_minor, i.total_minor, "
        "coalesce(cu.display_name, '') "
        "FROM invoices i LEFT JOIN invoices ci ON ci.id = i.credited_invoice_id "
        "LEFT JOIN customers cu ON cu.id = i.customer_id WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The invoice does not exist."));
    InvoiceView v;
    v.id = q.value(0).toString();
    v.kind = invoiceKindFromKey(q.value(1).toString());
    v.status = invoiceStatusFromKey(q.value(2).toString());
    v.number = q.value(3).toString();
    v.customerId = q.value(4).toString();
    v.customerName = v.status == InvoiceStatus::Draft ? q.value(24).toString() : q.value(5).toString();
    v.billingAddress = q.value(6).toString();
    v.currency = q.value(7).toString();
    v.issueDate = dateFrom(q.value(8));
    v.dueDate = dateFrom(q.value(9));
    v.termsDays = q.value(10).toInt();
    v.notes = q.value(11).toString();
    v.invoiceDiscount = {discountKindFromKey(q.value(12).toString()), q.value(13).toLongLong()};
    v.taxSettings = taxSettingsFromJson(QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object());
    v.creditedInvoiceId = q.value(15).toString();
    v.creditedInvoiceNumber = q.value(16).toString();
    v.reason = q.value(17).toString();
    v.voidReason = q.value(18).toString();
    v.voidedAtUtc = instantFrom(q.value(19));
    v.issuedBy = q.value(20).toString();
    v.issuedAtUtc = instantFrom(q.value(21));
    v.balanceMinor = q.value(22).toLongLong();
    const qint64 storedTotal = q.value(23).toLongLong();

    QSqlQuery l = db.query(QStringLiteral(
        "SELECT id, job_id, service_id, description, quantity, unit_price_minor, discount_kind, "
        "discount_value, tax_class, totals FROM invoice_lines WHERE invoice_id = ? ORDER BY position"));
    l.addBindValue(id);
    if (!l.exec())
        return storageError(l.lastError());
    std::vector<LineTotals> lineTotals;
    while (l.next()) {
        InvoiceLineView lv;
        lv.line.id = l.value(0).toString();
        lv.line.jobId = l.value(1).toString();
        lv.line.serviceId = l.value(2).toString();
        lv.line.description = l.value(3).toString();
        lv.line.quantity = l.value(4).toLongLong();
        lv.line.unitPriceMinor = l.value(5).toLongLong();
        lv.line.discount = {discountKindFromKey(l.value(6).toString()), l.value(7).toLongLong()};
        lv.line.taxClass = l.value(8).toString();
        if (v.status != InvoiceStatus::Draft)
            lv.totals = lineTotalsFromJson(QJsonDocument::fromJson(l.value(9).toString().toUtf8()).object());
        lineTotals.push_back(lv.totals);
        v.lines.push_back(std::move(lv));
    }
    if (v.status != InvoiceStatus::Draft) {
        v.totals = totalsFromLines(v.currency, lineTotals);
        v.totals.total = storedTotal;
    }

    QSqlQuery j
        = db.query(QStringLiteral("SELECT ij.job_id FROM invoice_jobs ij LEFT JOIN jobs j ON j.id = "
                                  "ij.job_id WHERE ij.invoice_id = ? ORDER BY j.start_utc, ij.job_id"));
    j.addBindValue(id);
    if (!j.exec())
        return storageError(j.lastError());
    while (j.next())
        v.jobIds << j.value(0).toString();

    if (v.kind == InvoiceKind::Invoice) {
        QSqlQuery a = db.query(QStringLiteral("SELECT coalesce(sum(CASE WHEN cn.credited_invoice_id = "
                                              "a.invoice_id THEN 0 ELSE a.amount_minor END), 0), "
                                              "coalesce(sum(CASE WHEN cn.credited_invoice_id = a.invoice_id "
                                              "THEN a.amount_minor ELSE 0 END), 0) "
                                              "FROM allocations a LEFT JOIN invoices cn ON a.source_kind = "
                                              "'credit_note' AND cn.id = a.source_id "
                                              "WHERE a.invoice_id = ?"));
        a.addBindValue(id);
        if (!a.exec())
            return storageError(a.lastError());
        if (a.next()) {
            v.paidMinor = a.value(0).toLongLong();
            v.creditedMinor = a.value(1).toLongLong();
        }
    }
    return v;
}

std::vector<TaxClass> invoiceTaxClasses(const LocationDatabase &db, const QString &id)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT tax_classes FROM invoices WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return taxClassesFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array());
}

Result<PaymentView> loadPayment(const LocationDatabase &db, const QString &id)
{
    QSqlQuery q = db.query(QStringLiteral(
        "SELECT p.id, p.kind, p.receipt_number, p.customer_id, coalesce(c.display_name, ''), p.amount_minor, "
        "p.currency, p.method, p.reference, p.note, p.reason, p.source_kind, p.source_id, p.received_at, "
        "p.staff_name, p.unused_minor FROM payments p LEFT JOIN customers c ON c.id = p.customer_id "
        "WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The payment does not exist."));
    PaymentView p;
    p.id = q.value(0).toString();
    p.refund = q.value(1).toString() == QLatin1String("refund");
    p.receiptNumber = q.value(2).toString();
    p.customerId = q.value(3).toString();
    p.customerName = q.value(4).toString();
    p.amount = Money(q.value(5).toLongLong(), q.value(6).toString());
    (void)paymentMethodFromKey(q.value(7).toString(), &p.method);
    p.reference = q.value(8).toString();
    p.note = q.value(9).toString();
    p.reason = q.value(10).toString();
    p.refundedSourceKind = q.value(11).toString();
    p.refundedSourceId = q.value(12).toString();
    p.receivedAtUtc = instantFrom(q.value(13));
    p.takenBy = q.value(14).toString();
    p.unusedMinor = q.value(15).toLongLong();
    QSqlQuery a = db.query(QStringLiteral("SELECT a.id, a.source_kind, a.source_id, a.invoice_id, "
                                          "coalesce(i.number, ''), a.amount_minor, a.at FROM allocations a "
                                          "LEFT JOIN invoices i ON i.id = a.invoice_id WHERE a.source_id = ? "
                                          "ORDER BY a.at, a.id"));
    a.addBindValue(id);
    if (!a.exec())
        return storageError(a.lastError());
    while (a.next())
        p.allocations.push_back({a.value(0).toString(), a.value(1).toString(), a.value(2).toString(),
            a.value(3).toString(), a.value(4).toString(), a.value(5).toLongLong(), instantFrom(a.value(6))});
    return p;
}

Result<Allocation> addAllocation(WriteTx &tx, const QString &sourceKind, const QString &sourceId,
    const QString &invoiceId, const QString &invoiceNumber, qint64 amountMinor)
{
    Allocation a {tx.newId(), sourceKind, sourceId, invoiceId, invoiceNumber, amountMinor, tx.now()};
    auto r = tx.exec(QStringLiteral("INSERT INTO allocations (id, source_kind, source_id, invoice_id, "
                                    "amount_minor, at) VALUES (?,?,?,?,?,?)"),
        {a.id, sourceKind, sourceId, invoiceId, amountMinor, tx.nowIso()});
    if (!r)
        return r.error();
    if (Status s
        = tx.outbox(QStringLiteral("allocation"), a.id, QStringLiteral("upsert"), allocationPayload(a));
        !s)
        return s.error();
    return a;
}

Status moveJobs(WriteTx &tx, LocationDatabase &db, const QTimeZone &zone, const QString &currency,
    const QStringList &jobIds, JobStatus from, JobStatus to, const QString &detail)
{
    JobService jobs(db, zone, currency);
    for (const QString &jobId : jobIds) {
        auto up
            = tx.exec(QStringLiteral("UPDATE jobs SET status = ?, revision = revision + 1, updated_at = ? "
                                     "WHERE id = ? AND status = ?"),
                {jobStatusKey(to), tx.nowIso(), jobId, jobStatusKey(from)});
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            return invalid(
                Tr::tr("A job on the invoice is no longer %1.").arg(jobStatusLabel(from).toLower()));
        auto ev = tx.exec(
            QStringLiteral("INSERT INTO job_events (job_id, at, staff_id, staff_name, kind, detail) "
                           "VALUES (?,?,?,?,?,?)"),
            {jobId, tx.nowIso(), nonNull(tx.actor().staffId), nonNull(tx.actor().name),
                QStringLiteral("status"),
                QStringLiteral("%1 → %2 %3").arg(jobStatusKey(from), jobStatusKey(to), detail).trimmed()});
        if (!ev)
            return ev.error();
        auto job = jobs.job(Actor::system(), jobId);
        if (!job)
            return job.error();
        if (Status s = tx.outbox(
                QStringLiteral("job"), jobId, QStringLiteral("upsert"), JobService::syncPayload(*job));
            !s)
            return s;
    }
    return {};
}

Result<CustomerAccount> accountOf(
    const LocationDatabase &db, const QString &customerId, const QString &currency, const QDate &today)
{
    CustomerAccount a;
    a.customerId = customerId;
    QSqlQuery o = db.query(QStringLiteral(
        "SELECT coalesce(sum(balance_minor), 0), count(*), coalesce(sum(due_date < ?), 0) FROM invoices "
        "WHERE customer_id = ? AND kind = 'invoice' AND status = 'issued' AND balance_minor > 0"));
    o.addBindValue(today.toString(Qt::ISODate));
    o.addBindValue(customerId);
    if (!o.exec() || !o.next())
        return storageError(o.lastError());
    a.owed = Money(o.value(0).toLongLong(), currency);
    a.openInvoices = o.value(1).toInt();
    a.overdueInvoices = o.value(2).toInt();
    QSqlQuery c = db.query(QStringLiteral(
        "SELECT (SELECT coalesce(sum(unused_minor), 0) FROM payments WHERE customer_id = ? AND "
        "unused_minor > 0) + (SELECT coalesce(sum(balance_minor), 0) FROM invoices WHERE customer_id = ? "
        "AND kind = 'credit_note' AND status = 'issued' AND balance_minor > 0)"));
    c.addBindValue(customerId);
    c.addBindValue(customerId);
    if (!c.exec() || !c.next())
        return storageError(c.lastError());
    a.credit = Money(c.value(0).toLongLong(), currency);
    return a;
}

std::pair<qint64, qint64> accountAfter(
    const LocationDatabase &db, const QString &customerId, const QString &documentId)
{
    // Replays the customer's sales journal up to the document's entry: exact even when
    // several things happened in the same millisecond. Entries written before a merge carry
    // the id of the customer merged into this one.
    QSqlQuery q = db.query(
        QStringLiteral("SELECT kind, amount_minor, details FROM sales_journal WHERE customer_id IN "
                       "(SELECT ? UNION ALL SELECT id FROM customers WHERE merged_into = ?) "
                       "AND seq <= (SELECT max(seq) FROM sales_journal WHERE document_id = ?) ORDER BY seq"));
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(documentId);
    if (!q.exec())
        return {0, 0};
    qint64 owed = 0;
    qint64 credit = 0;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 amount = q.value(1).toLongLong();
        const QJsonObject details = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (kind == QLatin1String("invoice_issued")) {
            owed += amount;
        } else if (kind == QLatin1String("invoice_voided")) {
            owed -= amount;
        } else if (kind == QLatin1String("payment") || kind == QLatin1String("credit_note_issued")) {
            owed -= minorFrom(details.value(QStringLiteral("settled")));
            credit += minorFrom(details.value(QStringLiteral("unused")));
        } else if (kind == QLatin1String("credit_applied")) {
            owed -= amount;
            credit -= amount;
        } else if (kind == QLatin1String("refund")) {
            credit -= amount;
        }
    }
    return {owed, credit};
}

} // namespace spoke::billing_sql
