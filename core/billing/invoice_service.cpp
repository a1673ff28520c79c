// InvoiceService: the location's billing settings, the letterhead, and drafts.
// Issuing, credit notes and voids are in invoice_issue.cpp; reads in invoice_queries.cpp.

#include "core/billing/invoice_service.h"

#include "core/billing/billing_sql.h"
#include "core/billing/invoice_sql.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace spoke {

using namespace billing_sql;

namespace {

constexpr qsizetype kMaxPrefix = 12;
constexpr qsizetype kMaxLogoBytes = 512 * 1024;

Status validateSettings(const BillingSettings &s)
{
    QStringList problems;
    QSet<QString> codes;
    QHash<QString, qint64> ratePpm;
    for (const TaxClass &c : s.taxClasses) {
        if (Status v = validateTaxClass(c); !v)
            problems << v.error().message;
        if (codes.contains(c.code))
            problems << Tr::tr("Tax class %1 is listed twice.").arg(c.code);
        codes.insert(c.code);
        for (const TaxRate &r : c.rates) {
            if (auto it = ratePpm.constFind(r.code); it != ratePpm.constEnd() && *it != r.ppm)
                problems << Tr::tr("Tax %1 has two different rates in the tax classes.").arg(r.code);
            ratePpm.insert(r.code, r.ppm);
        }
    }
    if (!codes.contains(QStringLiteral("standard")))
        problems << Tr::tr(
            "There must be a tax class with the code \"standard\" (what services use by default).");
    if (s.defaultTermsDays < 0 || s.defaultTermsDays > 365)
        problems << Tr::tr("Payment terms are from 0 to 365 days.");
    for (const QString &prefix : {s.invoicePrefix, s.creditNotePrefix, s.receiptPrefix})
        if (prefix.size() > kMaxPrefix || prefix.contains(QLatin1Char('\n')))
            problems << Tr::tr("A number prefix has at most %1 characters on one line.").arg(kMaxPrefix);
    if (s.invoicePrefix == s.creditNotePrefix)
        problems << Tr::tr("Invoices and credit notes need different number prefixes (for example \"INV-\" "
                           "and \"CN-\").");
    if (!s.logoPng.isEmpty()) {
        if (!s.logoPng.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
            problems << Tr::tr("The logo must be a PNG image.");
        else if (s.logoPng.size() > kMaxLogoBytes)
            problems << Tr::tr("The logo is too large (at most %1 KB).").arg(kMaxLogoBytes / 1024);
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return invalid(problems.join(QLatin1Char('\n')));
    return {};
}

QJsonObject settingsAudit(const BillingSettings &s)
{
    return {{QStringLiteral("tax"), taxSettingsJson(s.tax)},
        {QStringLiteral("taxClasses"), taxClassesJson(s.taxClasses)},
        {QStringLiteral("defaultTermsDays"), s.defaultTermsDays},
        {QStringLiteral("invoicePrefix"), s.invoicePrefix},
        {QStringLiteral("creditNotePrefix"), s.creditNotePrefix},
        {QStringLiteral("receiptPrefix"), s.receiptPrefix}, {QStringLiteral("footer"), s.footer},
        {QStringLiteral("logoBytes"), double(s.logoPng.size())}};
}

} // namespace

InvoiceService::InvoiceService(LocationDatabase &db, QTimeZone zone, QString currency)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_currency(std::move(currency))
{ }

Result<BillingSettings> InvoiceService::settings() const
{
    return loadSettings(m_db);
}

Status InvoiceService::saveSettings(const Actor &actor, const BillingSettings &settings)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return denied(Tr::tr("Your role does not allow changing the billing settings."));
    BillingSettings s = settings;
    for (TaxClass &c : s.taxClasses) {
        c.code = c.code.trimmed();
        c.name = c.name.trimmed();
    }
    s.invoicePrefix = s.invoicePrefix.trimmed();
    s.creditNotePrefix = s.creditNotePrefix.trimmed();
    s.receiptPrefix = s.receiptPrefix.trimmed();
    if (Status v = validateSettings(s); !v)
        return v;
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        // A class the catalog still uses cannot go away (its services could not be invoiced).
        auto used = tx.exec(QStringLiteral(
            "SELECT DISTINCT tax_class FROM services WHERE deleted_at IS NULL AND active = 1 ORDER BY 1"));
        if (!used)
            return used.error();
        QStringList missing;
        while (used->next()) {
            const QString code = used->value(0).toString();
            if (std::none_of(s.taxClasses.begin(), s.taxClasses.end(),
                    [&](const TaxClass &c) { return c.code == code; }))
                missing << code;
        }
        used->finish();
        if (!missing.isEmpty())
            return invalid(
                Tr::tr("Services in the catalog use the tax class %1; keep it or change those services "
                       "first.")
                    .arg(missing.join(QStringLiteral(", "))));
        const std::vector<std::pair<QString, QString>> values {
            {QStringLiteral("billing.tax_settings"), compactJson(taxSettingsJson(s.tax))},
            {QStringLiteral("billing.default_terms_days"), QString::number(s.defaultTermsDays)},
            {QStringLiteral("billing.credit_note_prefix"), s.creditNotePrefix},
            {QStringLiteral("billing.receipt_prefix"), s.receiptPrefix},
            {QStringLiteral("billing.footer"), nonNull(s.footer)},
            {QStringLiteral("billing.logo_png"), QString::fromLatin1(s.logoPng.toBase64())}};
        for (const auto &[key, value] : values) {
            auto r = tx.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                            "updated_at = excluded.updated_at"),
                {key, nonNull(value), tx.nowIso()});
            if (!r)
                return r.error();
        }
        auto clear = tx.exec(QStringLiteral("DELETE FROM tax_classes"));
        if (!clear)
            return clear.error();
        int position = 0;
        for (const TaxClass &c : s.taxClasses) {
            auto ins
                = tx.exec(QStringLiteral("INSERT INTO tax_classes (code, name, rates, position, updated_at) "
                                         "VALUES (?,?,?,?,?)"),
                    {c.code, nonNull(c.name), compactJson(ratesJson(c.rates)), position++, tx.nowIso()});
            if (!ins)
                return ins.error();
        }
        // The invoice prefix lives in the location profile (it syncs with it).
        auto setPrefix
            = tx.exec(QStringLiteral("UPDATE location_profile SET invoice_prefix = ?, updated_at = ?"),
                {nonNull(s.invoicePrefix), tx.nowIso()});
        if (!setPrefix)
            return setPrefix.error();
        auto prof
            = tx.exec(QStringLiteral("SELECT id, business_name, address, phone, email, time_zone, currency, "
                                     "tax_ids, invoice_prefix FROM location_profile LIMIT 1"));
        if (!prof)
            return prof.error();
        QJsonObject profile;
        QString profileId;
        if (prof->next()) {
            profileId = prof->value(0).toString();
            profile = {{QStringLiteral("businessName"), prof->value(1).toString()},
                {QStringLiteral("address"), prof->value(2).toString()},
                {QStringLiteral("phone"), prof->value(3).toString()},
                {QStringLiteral("email"), prof->value(4).toString()},
                {QStringLiteral("timeZone"), prof->value(5).toString()},
                {QStringLiteral("currency"), prof->value(6).toString()},
                {QStringLiteral("taxIds"), prof->value(7).toString()},
                {QStringLiteral("invoicePrefix"), prof->value(8).toString()}};
        }
        prof->finish();
        if (Status a = tx.audit(QStringLiteral("billing.settings"), QStringLiteral("settings"),
                QStringLiteral("billing"), settingsAudit(s));
            !a)
            return a;
        if (profileId.isEmpty())
            return makeError(
                ErrorCode::NotFound, Tr::tr("Set up the location's profile before its billing settings."));
        return tx.outbox(QStringLiteral("location"), profileId, QStringLiteral("upsert"), profile);
    });
}

Result<Letterhead> InvoiceService::letterhead() const
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT business_name, address, phone, email, tax_ids FROM location_profile LIMIT 1"));
    if (!q.exec())
        return storageError(q.lastError());
    Letterhead l;
    if (q.next()) {
        l.businessName = q.value(0).toString();
        l.address = q.value(1).toString();
        l.phone = q.value(2).toString();
        l.email = q.value(3).toString();
        l.taxIds = q.value(4).toString();
    }
    auto s = loadSettings(m_db);
    if (!s)
        return s.error();
    l.footer = s->footer;
    l.logoPng = s->logoPng;
    return l;
}

Result<QString> InvoiceService::createDraftFromJobs(
    const Actor &actor, const QString &customerId, const QStringList &jobIds)
{
    if (!allows(actor.role, Permission::DraftInvoices))
        return denied(Tr::tr("Your role does not allow preparing invoices."));
    if (jobIds.isEmpty())
        return invalid(Tr::tr("Choose at least one completed job to invoice."));
    InvoiceDraft draft;
    draft.customerId = customerId;
    // Jobs in the order they were done; their lines in the order they were booked.
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT jl.id, jl.service_id, jl.description, jl.quantity, jl.unit_price_minor, jl.currency, "
        "coalesce(s.tax_class, 'standard'), j.start_utc FROM job_lines jl JOIN jobs j ON j.id = jl.job_id "
        "LEFT JOIN services s ON s.id = jl.service_id WHERE jl.job_id = ? ORDER BY jl.position"));
    QStringList ordered = jobIds;
    ordered.removeDuplicates();
    {
        QSqlQuery starts
            = m_db.query(QStringLiteral("SELECT coalesce(start_utc, '') FROM jobs WHERE id = ?"));
        std::vector<std::pair<QString, QString>> keyed;
        for (const QString &id : ordered) {
            starts.addBindValue(id);
            if (!starts.exec())
                return storageError(starts.lastError());
            keyed.emplace_back(starts.next() ? starts.value(0).toString() : QString(), id);
        }
        std::stable_sort(keyed.begin(), keyed.end());
        ordered.clear();
        for (const auto &k : keyed)
            ordered << k.second;
    }
    for (const QString &jobId : ordered) {
        q.addBindValue(jobId);
        if (!q.exec())
            return storageError(q.lastError());
        while (q.next()) {
            if (q.value(5).toString() != m_currency)
                return invalid(Tr::tr("A job is priced in %1 but the location bills in %2.")
                                   .arg(q.value(5).toString(), m_currency));
            InvoiceLine l;
            l.jobId = jobId;
            l.serviceId = q.value(1).toString();
            const QDate done = instantFrom(q.value(7)).toTimeZone(m_zone).date();
            l.description = done.isValid()
                ? Tr::tr("%1, %2").arg(q.value(2).toString(), QLocale().toString(done, QLocale::ShortFormat))
                : q.value(2).toString();
            l.quantity = q.value(3).toLongLong();
            l.unitPriceMinor = q.value(4).toLongLong();
            l.taxClass = q.value(6).toString();
            draft.lines.push_back(std::move(l));
        }
    }
    // A job with no lines still belongs on the invoice (a line can be added by hand).
    for (const QString &jobId : ordered)
        if (std::none_of(draft.lines.begin(), draft.lines.end(),
                [&](const InvoiceLine &l) { return l.jobId == jobId; }))
            return invalid(Tr::tr("A job has no services to invoice."));
    return createDraft(actor, draft);
}

Result<QString> InvoiceService::createDraft(const Actor &actor, const InvoiceDraft &input)
{
    if (!allows(actor.role, Permission::DraftInvoices))
        return denied(Tr::tr("Your role does not allow preparing invoices."));
    InvoiceDraft draft = input;
    draft.id.clear();
    if (draft.currency.isEmpty())
        draft.currency = m_currency;
    if (Status v = invoice_sql::validateDraft(draft, m_currency); !v)
        return v.error();
    auto settings = loadSettings(m_db);
    if (!settings)
        return settings.error();
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        draft.id = tx.newId();
        return invoice_sql::saveDraft(tx, draft, *settings, true);
    });
    if (!st)
        return st.error();
    return draft.id;
}

Status InvoiceService::updateDraft(const Actor &actor, const InvoiceDraft &input)
{
    if (!allows(actor.role, Permission::DraftInvoices))
        return denied(Tr::tr("Your role does not allow preparing invoices."));
    InvoiceDraft draft = input;
    if (draft.currency.isEmpty())
        draft.currency = m_currency;
    if (Status v = invoice_sql::validateDraft(draft, m_currency); !v)
        return v;
    auto settings = loadSettings(m_db);
    if (!settings)
        return settings.error();
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto cur
            = tx.exec(QStringLiteral("SELECT kind, status, coalesce(number, '') FROM invoices WHERE id = ?"),
                {draft.id});
        if (!cur)
            return cur.error();
        if (!cur->next())
            return makeError(ErrorCode::NotFound, Tr::tr("The draft does not exist or was deleted."));
        if (cur->value(1).toString() != QLatin1String("draft")
            || cur->value(0).toString() != QLatin1String("invoice"))
            return invalid(Tr::tr("%1 is issued and can no longer change; correct it with a credit note.")
                               .arg(cur->value(2).toString()));
        cur->finish();
        return invoice_sql::saveDraft(tx, draft, *settings, false);
    });
}

Status InvoiceService::deleteDraft(const Actor &actor, const QString &invoiceId)
{
    if (!allows(actor.role, Permission::DraftInvoices))
        return denied(Tr::tr("Your role does not allow preparing invoices."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto cur = tx.exec(
            QStringLiteral("SELECT status, customer_id, coalesce(number, '') FROM invoices WHERE id = ?"),
            {invoiceId});
        if (!cur)
            return cur.error();
        if (!cur->next())
            return makeError(ErrorCode::NotFound, Tr::tr("The draft does not exist or was deleted."));
        if (cur->value(0).toString() != QLatin1String("draft"))
            return invalid(
                Tr::tr("%1 is issued: an issued invoice is never deleted (void it or credit it instead).")
                    .arg(cur->value(2).toString()));
        const QString customerId = cur->value(1).toString();
        cur->finish();
        auto del
            = tx.exec(QStringLiteral("DELETE FROM invoices WHERE id = ? AND status = 'draft'"), {invoiceId});
        if (!del)
            return del.error();
        return tx.audit(QStringLiteral("invoice.draft_delete"), QStringLiteral("invoice"), invoiceId,
            {{QStringLiteral("customerId"), customerId}});
    });
}

Result<InvoiceTotals> InvoiceService::previewTotals(const InvoiceDraft &draft) const
{
    auto settings = loadSettings(m_db);
    if (!settings)
        return settings.error();
    return invoice_sql::draftTotals(draft, *settings, draft.currency.isEmpty() ? m_currency : draft.currency);
}

} // namespace spoke
