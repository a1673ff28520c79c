#include "core/sync/sync_apply.h"

#include "core/customers/customer_service.h"
#include "core/customers/phone_numbers.h"
#include "core/protocol/entities.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/schedule_types.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace spoke::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::sync::Apply)
};

namespace ent = protocol::entity;

enum class Kind { Applied, Kept, Archived, Parked, Rejected, Ignored };

struct Outcome
{
    Kind kind = Kind::Applied;
    QString code; ///< parked / rejected: why, as a code
    QString message; ///< parked / rejected: why, in words
};

Outcome applied()
{
    return {Kind::Applied, {}, {}};
}
Outcome kept()
{
    return {Kind::Kept, {}, {}};
}
Outcome ignored()
{
    return {Kind::Ignored, {}, {}};
}
Outcome parked(const QString &code, const QString &message)
{
    return {Kind::Parked, code, message};
}
Outcome rejected(const QString &message)
{
    return {Kind::Rejected, QStringLiteral("invalid_value"), message};
}

struct Ctx
{
    LocationDatabase &db;
    WriteTx &tx;
    QString zoneId;
    QString currency;
    QString region;
    bool fullPass = false;
    PageResult &result;
};

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : nullText();
}

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return parseTime(QJsonValue(v.toString()));
}

/// Integers travel as JSON numbers or (above 2^53, and money always) decimal strings.
qint64 intOf(const QJsonValue &v, qint64 fallback, bool *ok = nullptr)
{
    bool good = true;
    qint64 out = fallback;
    if (v.isDouble())
        out = qint64(v.toDouble());
    else if (v.isString())
        out = v.toString().trimmed().toLongLong(&good);
    else if (!v.isUndefined() && !v.isNull())
        good = false;
    if (!good)
        out = fallback;
    if (ok)
        *ok = good;
    return out;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<bool> exists(WriteTx &tx, const QString &sql, const QVariantList &values)
{
    auto q = tx.exec(sql, values);
    if (!q)
        return q.error();
    const bool found = q->next();
    q->finish();
    return found;
}

Status jobEvent(WriteTx &tx, const QString &jobId, const QString &kind, const QString &detail)
{
    auto r = tx.exec(QStringLiteral("INSERT INTO job_events (job_id, at, staff_id, staff_name, kind, detail) "
                                    "VALUES (?, ?, '', ?, ?, ?)"),
        {jobId, tx.nowIso(), Tr::tr("Head office"), kind, detail});
    return r ? Status() : Status(r.error());
}

// --- jobs ------------------------------------------------------------------------------

struct LineIn
{
    QString id;
    QString serviceId;
    QString description;
    qint64 quantity = 1;
    qint64 priceMinor = 0;
    QString currency;
    bool overridden = false;
    qint64 minutes = 0;
};

Result<std::vector<LineIn>> parseLines(
    Ctx &c, const QString &jobId, const QJsonArray &array, QString *problem)
{
    std::vector<LineIn> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        LineIn l;
        l.serviceId = o.value(QStringLiteral("serviceId")).toString();
        QString serviceName, serviceCurrency;
        qint64 servicePrice = 0, serviceMinutes = 0;
        if (!l.serviceId.isEmpty()) {
            auto s = c.tx.exec(
                QStringLiteral("SELECT name, price_minor, currency, duration_min FROM services WHERE id = ?"),
                {l.serviceId});
            if (!s)
                return s.error();
            if (s->next()) {
                serviceName = s->value(0).toString();
                servicePrice = s->value(1).toLongLong();
                serviceCurrency = s->value(2).toString();
                serviceMinutes = s->value(3).toLongLong();
            }
            s->finish();
        }
        l.description = o.value(QStringLiteral("description")).toString().trimmed();
        if (l.description.isEmpty())
            l.description = serviceName.isEmpty() ? Tr::tr("Service") : serviceName;
        bool ok = true;
        l.quantity = intOf(o.value(QStringLiteral("quantity")), 1, &ok);
        if (!ok || l.quantity < 1) {
            *problem = Tr::tr("A line's quantity is not a whole number of at least 1.");
            return out;
        }
        l.priceMinor = o.contains(QStringLiteral("unitPriceMinor"))
            ? intOf(o.value(QStringLiteral("unitPriceMinor")), -1, &ok)
            : servicePrice;
        if (!ok || l.priceMinor < 0) {
            *problem = Tr::tr("A line's price is not a whole number of minor units of at least 0.");
            return out;
        }
        l.currency = o.value(QStringLiteral("currency")).toString();
        if (l.currency.size() != 3)
            l.currency = serviceCurrency.size() == 3 ? serviceCurrency : c.currency;
        l.overridden = o.value(QStringLiteral("priceOverridden")).toBool();
        l.minutes = std::max<qint64>(0,
            o.contains(QStringLiteral("durationMinutes"))
                ? intOf(o.value(QStringLiteral("durationMinutes")), 0)
                : serviceMinutes);
        l.id = o.value(QStringLiteral("id")).toString();
        if (!l.id.isEmpty()) {
            // A line id is the key of its row: never take another job's.
            auto other = exists(
                c.tx, QStringLiteral("SELECT 1 FROM job_lines WHERE id = ? AND job_id <> ?"), {l.id, jobId});
            if (!other)
                return other.error();
            if (other.value())
                l.id.clear();
        }
        if (l.id.isEmpty())
            l.id = c.tx.newId();
        out.push_back(std::move(l));
    }
    return out;
}

Result<Outcome> applyJob(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    const QString &id = ch.entityId;
    if (ch.op == protocol::Op::Delete) {
        auto r = tx.exec(
            QStringLiteral(
                "UPDATE jobs SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
            {tx.nowIso(), tx.nowIso(), id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return ignored();
        if (Status s = jobEvent(tx, id, QStringLiteral("head_office"), Tr::tr("Removed by head office")); !s)
            return s.error();
        c.result.jobsChanged = true;
        return applied();
    }
    const QJsonObject &p = ch.payload;
    // The current row, which a change overlays: a field the hub leaves out stays as it is.
    bool found = false;
    QString statusKey = QStringLiteral("requested"), addressId, crewId, crewNotes, statusReason, bookedBy,
            bookedByStaff, seriesId;
    QDateTime start, end, windowStart, windowEnd;
    {
        auto q = tx.exec(QStringLiteral("SELECT status, address_id, start_utc, end_utc, window_start_utc, "
                                        "window_end_utc, crew_id, crew_notes, status_reason, booked_by, "
                                        "booked_by_staff, series_id FROM jobs WHERE id = ?"),
            {id});
        if (!q)
            return q.error();
        if (q->next()) {
            found = true;
            statusKey = q->value(0).toString();
            addressId = q->value(1).toString();
            start = parseTime(q->value(2));
            end = parseTime(q->value(3));
            windowStart = parseTime(q->value(4));
            windowEnd = parseTime(q->value(5));
            crewId = q->value(6).toString();
            crewNotes = q->value(7).toString();
            statusReason = q->value(8).toString();
            bookedBy = q->value(9).toString();
            bookedByStaff = q->value(10).toString();
            seriesId = q->value(11).toString();
        }
        q->finish();
    }
    if (found && ch.origin == protocol::kLocation && c.fullPass)
        return kept(); // the location writes its own jobs: this PC's copy is as new or newer
    const QStringList before {statusKey, addressId, isoUtc(start), isoUtc(end), isoUtc(windowStart),
        isoUtc(windowEnd), crewId, crewNotes, statusReason};

    const QString customerId = p.value(QStringLiteral("customerId")).toString();
    if (!found) {
        if (customerId.isEmpty())
            return rejected(Tr::tr("The job names no customer."));
        auto cust = exists(tx, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId});
        if (!cust)
            return cust.error();
        if (!cust.value())
            return parked(QStringLiteral("customer_missing"),
                Tr::tr("Waiting for its customer (%1) to arrive from head office.").arg(customerId));
        bookedBy = p.value(QStringLiteral("bookedBy")).toString();
        if (bookedBy != protocol::kHeadOffice && bookedBy != protocol::kLocation)
            bookedBy = ch.origin == protocol::kLocation ? QString(protocol::kLocation)
                                                        : QString(protocol::kHeadOffice);
        seriesId = p.value(QStringLiteral("seriesId")).toString();
    }
    auto has = [&](const char *key) { return p.contains(QLatin1String(key)); };
    if (has("addressId"))
        addressId = p.value(QStringLiteral("addressId")).toString();
    if (has("start"))
        start = parseTime(p.value(QStringLiteral("start")));
    if (has("end"))
        end = parseTime(p.value(QStringLiteral("end")));
    if (has("windowStart"))
        windowStart = parseTime(p.value(QStringLiteral("windowStart")));
    if (has("windowEnd"))
        windowEnd = parseTime(p.value(QStringLiteral("windowEnd")));
    if (has("crewId"))
        crewId = p.value(QStringLiteral("crewId")).toString();
    if (has("crewNotes"))
        crewNotes = p.value(QStringLiteral("crewNotes")).toString();
    if (has("statusReason"))
        statusReason = p.value(QStringLiteral("statusReason")).toString();
    if (has("bookedByStaff") && !found)
        bookedByStaff = p.value(QStringLiteral("bookedByStaff")).toString();

    std::vector<LineIn> lines;
    const bool newLines = has("lines");
    if (newLines) {
        QString problem;
        auto l = parseLines(c, id, p.value(QStringLiteral("lines")).toArray(), &problem);
        if (!l)
            return l.error();
        if (!problem.isEmpty())
            return rejected(problem);
        lines = std::move(l).value();
    }
    if (start.isValid() && !end.isValid()) {
        qint64 minutes = 0;
        for (const LineIn &l : lines)
            minutes += l.minutes * l.quantity;
        end = start.addSecs((minutes > 0 ? minutes : 60) * 60);
    }
    if (has("status")) {
        statusKey = p.value(QStringLiteral("status")).toString();
    } else if (!found) {
        statusKey = start.isValid() ? QStringLiteral("scheduled") : QStringLiteral("requested");
    }
    bool statusOk = false;
    const JobStatus status = jobStatusFromKey(statusKey, &statusOk);
    if (!statusOk)
        return rejected(Tr::tr("\"%1\" is not a job status.").arg(statusKey));
    if (start.isValid() != end.isValid())
        return rejected(Tr::tr("The job has a start without an end, or an end without a start."));
    if (start.isValid() && end <= start)
        return rejected(Tr::tr("The job ends before it starts."));
    if (!start.isValid() && status != JobStatus::Requested && status != JobStatus::Cancelled)
        return rejected(Tr::tr("A scheduled job needs a time."));
    if (windowStart.isValid() != windowEnd.isValid() || (windowStart.isValid() && windowEnd <= windowStart)) {
        windowStart = {}; // an arrival window that makes no sense is left out, not the job
        windowEnd = {};
    }
    // Crews, technicians and series are this PC's own rows: keep what exists here.
    QVariant crew = nullText();
    if (!crewId.isEmpty()) {
        auto e = exists(tx, QStringLiteral("SELECT 1 FROM crews WHERE id = ?"), {crewId});
        if (!e)
            return e.error();
        if (e.value())
            crew = crewId;
    }
    QVariant series = nullText();
    if (!seriesId.isEmpty()) {
        auto e = exists(tx, QStringLiteral("SELECT 1 FROM job_series WHERE id = ?"), {seriesId});
        if (!e)
            return e.error();
        if (e.value())
            series = seriesId;
    }

    if (found) {
        // The hub hands back a record the location just pushed (a central booking after its
        // merge): when nothing differs from this PC's row, nothing is written.
        const QStringList after {jobStatusKey(status), addressId, isoUtc(start), isoUtc(end),
            isoUtc(windowStart), isoUtc(windowEnd), crew.toString(), crewNotes, statusReason};
        bool same = after == before;
        if (same && newLines) {
            QStringList mine, theirs;
            auto q = tx.exec(QStringLiteral("SELECT service_id, description, quantity, unit_price_minor, "
                                            "duration_min FROM job_lines WHERE job_id = ? ORDER BY position"),
                {id});
            if (!q)
                return q.error();
            while (q->next())
                mine << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                q->value(3).toString(), q->value(4).toString());
            for (const LineIn &l : lines)
                theirs << QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(l.serviceId, l.description, QString::number(l.quantity),
                                  QString::number(l.priceMinor), QString::number(l.minutes));
            same = mine == theirs;
        }
        if (same && has("technicians")) {
            QStringList mine, theirs;
            auto q = tx.exec(
                QStringLiteral("SELECT staff_id FROM job_technicians WHERE job_id = ? ORDER BY staff_id"),
                {id});
            if (!q)
                return q.error();
            while (q->next())
                mine << q->value(0).toString();
            auto known = tx.exec(QStringLiteral("SELECT id FROM staff ORDER BY id"));
            if (!known)
                return known.error();
            QStringList staff;
            while (known->next())
                staff << known->value(0).toString();
            for (const QJsonValue &t : p.value(QStringLiteral("technicians")).toArray())
                if (staff.contains(t.toString()) && !theirs.contains(t.toString()))
                    theirs << t.toString();
            theirs.sort();
            same = mine == theirs;
        }
        if (same)
            return kept();
    }
    if (!found) {
        auto r = tx.exec(
            QStringLiteral(
                "INSERT INTO jobs (id, customer_id, address_id, status, start_utc, end_utc, "
                "window_start_utc, "
                "window_end_utc, time_zone, crew_id, crew_notes, booked_by, booked_by_staff, series_id, "
                "occurrence_utc, detached, status_reason, overrides, revision, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,0,?,'',0,?,?)"),
            {id, customerId, nonNull(addressId), jobStatusKey(status), isoOrNull(start), isoOrNull(end),
                isoOrNull(windowStart), isoOrNull(windowEnd), c.zoneId, crew, nonNull(crewNotes), bookedBy,
                nonNull(bookedByStaff), series, nonNull(statusReason), tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
    } else {
        auto r = tx.exec(
            QStringLiteral("UPDATE jobs SET address_id = ?, status = ?, start_utc = ?, end_utc = ?, "
                           "window_start_utc = ?, window_end_utc = ?, crew_id = ?, crew_notes = ?, "
                           "status_reason = ?, revision = revision + 1, updated_at = ?, deleted_at = NULL "
                           "WHERE id = ?"),
            {nonNull(addressId), jobStatusKey(status), isoOrNull(start), isoOrNull(end),
                isoOrNull(windowStart), isoOrNull(windowEnd), crew, nonNull(crewNotes), nonNull(statusReason),
                tx.nowIso(), id});
        if (!r)
            return r.error();
    }
    if (newLines) {
        auto d = tx.exec(QStringLiteral("DELETE FROM job_lines WHERE job_id = ?"), {id});
        if (!d)
            return d.error();
        int position = 0;
        for (const LineIn &l : lines) {
            auto ins = tx.exec(
                QStringLiteral("INSERT INTO job_lines (id, job_id, service_id, description, quantity, "
                               "unit_price_minor, currency, price_overridden, duration_min, position) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                {l.id, id, nonNull(l.serviceId), l.description, l.quantity, l.priceMinor, l.currency,
                    l.overridden ? 1 : 0, l.minutes, position++});
            if (!ins)
                return ins.error();
        }
    }
    if (has("technicians")) {
        auto d = tx.exec(QStringLiteral("DELETE FROM job_technicians WHERE job_id = ?"), {id});
        if (!d)
            return d.error();
        for (const QJsonValue &t : p.value(QStringLiteral("technicians")).toArray()) {
            // Staff accounts do not sync: someone unknown on this PC is left off.
            auto ins = tx.exec(QStringLiteral("INSERT OR IGNORE INTO job_technicians (job_id, staff_id) "
                                              "SELECT ?, id FROM staff WHERE id = ?"),
                {id, t.toString()});
            if (!ins)
                return ins.error();
        }
    }
    const bool restored = ch.origin == protocol::kLocation && !found;
    if (Status s = jobEvent(tx, id, restored ? QStringLiteral("restored") : QStringLiteral("head_office"),
            restored ? Tr::tr("Restored from head office")
                     : (found ? Tr::tr("Changed by head office") : Tr::tr("Booked by head office")));
        !s)
        return s.error();
    c.result.jobsChanged = true;
    return applied();
}

// --- catalog ---------------------------------------------------------------------------

Result<Outcome> applyService(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete) {
        // Only head office's items go away from here; the location deletes its own.
        auto r = tx.exec(QStringLiteral("UPDATE services SET deleted_at = ?, active = 0, updated_at = ? "
                                        "WHERE id = ? AND owner = 'head_office' AND deleted_at IS NULL"),
            {tx.nowIso(), tx.nowIso(), ch.entityId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return ignored();
        c.result.catalogChanged = true;
        return applied();
    }
    const QJsonObject &p = ch.payload;
    QString owner = p.value(protocol::field::Owner).toString();
    if (owner != protocol::kHeadOffice && owner != protocol::kLocation)
        owner = ch.origin == protocol::kLocation ? QString(protocol::kLocation)
                                                 : QString(protocol::kHeadOffice);
    auto here = exists(tx, QStringLiteral("SELECT 1 FROM services WHERE id = ?"), {ch.entityId});
    if (!here)
        return here.error();
    if (owner == protocol::kLocation && here.value())
        return kept();

    ServiceItem item;
    item.code = p.value(QStringLiteral("code")).toString();
    item.name = p.value(QStringLiteral("name")).toString().trimmed();
    item.category = p.value(QStringLiteral("category")).toString();
    bool ok = true;
    item.durationMinutes = int(intOf(p.value(QStringLiteral("durationMinutes")), 60, &ok));
    if (!ok)
        return rejected(Tr::tr("The service's duration is not a number of minutes."));
    item.priceMinor = intOf(p.value(QStringLiteral("priceMinor")), 0, &ok);
    if (!ok)
        return rejected(Tr::tr("The service's price is not a whole number of minor units."));
    item.currency = p.value(QStringLiteral("currency")).toString();
    if (item.currency.isEmpty())
        item.currency = c.currency;
    item.taxClass = p.value(QStringLiteral("taxClass")).toString();
    if (item.taxClass.isEmpty())
        item.taxClass = QStringLiteral("standard");
    item.active = p.value(QStringLiteral("active")).toBool(true);
    if (const QStringList problems = CatalogService::problems(item); !problems.isEmpty())
        return rejected(problems.join(u' '));
    auto clash = exists(tx,
        QStringLiteral(
            "SELECT 1 FROM services WHERE owner = ? AND lower(name) = lower(?) AND deleted_at IS NULL "
            "AND id <> ?"),
        {owner, item.name, ch.entityId});
    if (!clash)
        return clash.error();
    if (clash.value())
        return rejected(Tr::tr("Another service is already called “%1”.").arg(item.name));
    // hidden_here is this location's own switch: an update from head office never touches it.
    auto r = tx.exec(
        QStringLiteral(
            "INSERT INTO services (id, owner, code, name, category, duration_min, price_minor, currency, "
            "tax_class, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
            "category = excluded.category, duration_min = excluded.duration_min, "
            "price_minor = excluded.price_minor, currency = excluded.currency, "
            "tax_class = excluded.tax_class, active = excluded.active, "
            "updated_at = excluded.updated_at, deleted_at = NULL"),
        {ch.entityId, owner, nonNull(item.code), item.name, nonNull(item.category), item.durationMinutes,
            item.priceMinor, item.currency, item.taxClass, item.active ? 1 : 0, tx.nowIso(), tx.nowIso()});
    if (!r)
        return r.error();
    c.result.catalogChanged = true;
    return applied();
}

// --- settings head office manages -----------------------------------------------------------

Result<Outcome> applySettings(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    const QString kRecord = QStringLiteral("hq.location_settings");
    auto put = [&](const QString &key, const QString &value) -> Status {
        auto r = tx.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                        "updated_at = excluded.updated_at"),
            {key, nonNull(value), tx.nowIso()});
        return r ? Status() : Status(r.error());
    };
    if (ch.op == protocol::Op::Delete) {
        // The values stay as last sent; only the record of what head office manages goes.
        auto r = tx.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {kRecord});
        if (!r)
            return r.error();
        c.result.settingsChanged = true;
        return applied();
    }
    const QJsonObject &p = ch.payload;
    if (p.contains(QStringLiteral("defaultTermsDays"))) {
        bool ok = true;
        const qint64 days = intOf(p.value(QStringLiteral("defaultTermsDays")), -1, &ok);
        if (!ok || days < 0 || days > 365)
            return rejected(Tr::tr("Payment terms from head office are not a number of days from 0 to 365."));
    }
    if (p.value(QStringLiteral("invoiceFooter")).toString().size() > 2000)
        return rejected(Tr::tr("The invoice footer from head office is longer than 2,000 characters."));
    for (const auto &[field, key] : managedSettings()) {
        if (!p.contains(field))
            continue;
        const QJsonValue v = p.value(field);
        const QString value = v.isString() ? v.toString() : QString::number(intOf(v, 0));
        if (Status s = put(key, value); !s)
            return s.error();
    }
    if (Status s = put(kRecord, compact(p)); !s)
        return s.error();
    c.result.settingsChanged = true;
    return applied();
}

// --- the location's own records (recovery) ----------------------------------------------------

Customer customerFromPayload(const QJsonObject &p, const QString &region, WriteTx &tx)
{
    Customer c;
    c.id = p.value(QStringLiteral("id")).toString();
    c.company = p.value(QStringLiteral("kind")).toString() == QLatin1String("company");
    c.givenName = p.value(QStringLiteral("givenName")).toString();
    c.familyName = p.value(QStringLiteral("familyName")).toString();
    c.companyName = p.value(QStringLiteral("companyName")).toString();
    c.preferredLanguage = p.value(QStringLiteral("preferredLanguage")).toString();
    c.preferredChannel = p.value(QStringLiteral("preferredChannel")).toString();
    c.birthday = QDate::fromString(p.value(QStringLiteral("birthday")).toString(), Qt::ISODate);
    c.customerSince = QDate::fromString(p.value(QStringLiteral("customerSince")).toString(), Qt::ISODate);
    c.source = p.value(QStringLiteral("source")).toString();
    for (const QJsonValue &t : p.value(QStringLiteral("tags")).toArray())
        c.tags << t.toString();
    c.doNotService = p.value(QStringLiteral("doNotService")).toBool();
    c.doNotServiceReason = p.value(QStringLiteral("doNotServiceReason")).toString();
    for (const QJsonValue &v : p.value(QStringLiteral("phones")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString e164 = o.value(QStringLiteral("e164")).toString();
        if (!normalizePhone(e164, region))
            continue; // the hub holds only the E.164 form; one that no longer parses is left out
        c.phones.push_back({{}, o.value(QStringLiteral("label")).toString(), e164, e164,
            o.value(QStringLiteral("preferred")).toBool()});
    }
    for (const QJsonValue &v : p.value(QStringLiteral("emails")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString address = o.value(QStringLiteral("address")).toString().trimmed();
        if (!address.isEmpty())
            c.emails.push_back({{}, o.value(QStringLiteral("label")).toString(), address,
                o.value(QStringLiteral("preferred")).toBool()});
    }
    for (const QJsonValue &v : p.value(QStringLiteral("addresses")).toArray()) {
        const QJsonObject o = v.toObject();
        CustomerAddress a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.kind = addressKindFromKey(o.value(QStringLiteral("kind")).toString());
        a.label = o.value(QStringLiteral("label")).toString();
        a.street = o.value(QStringLiteral("street")).toString();
        a.unit = o.value(QStringLiteral("unit")).toString();
        a.city = o.value(QStringLiteral("city")).toString();
        a.region = o.value(QStringLiteral("region")).toString();
        a.postalCode = o.value(QStringLiteral("postalCode")).toString();
        a.country = o.value(QStringLiteral("country")).toString();
        a.accessNotes = o.value(QStringLiteral("accessNotes")).toString();
        a.parking = o.value(QStringLiteral("parking")).toString();
        a.pets = o.value(QStringLiteral("pets")).toString();
        a.entryInstructions = o.value(QStringLiteral("entryInstructions")).toString();
        a.preferredCrew = o.value(QStringLiteral("preferredCrew")).toString();
        a.arrivalWindow = o.value(QStringLiteral("arrivalWindow")).toString();
        // Gate and alarm codes are local-only: they never left the old PC.
        c.addresses.push_back(std::move(a));
    }
    for (const QJsonValue &v : p.value(QStringLiteral("preferences")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (text.trimmed().isEmpty())
            continue;
        c.preferences.push_back(
            {{}, o.value(QStringLiteral("addressId")).toString(), o.value(QStringLiteral("area")).toString(),
                preferenceKindFromKey(o.value(QStringLiteral("kind")).toString()), text});
    }
    for (const QJsonValue &v : p.value(QStringLiteral("consents")).toArray()) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        Consent k;
        k.channel = consentChannelFromKey(o.value(QStringLiteral("channel")).toString(), &ok);
        if (!ok)
            continue;
        k.granted = o.value(QStringLiteral("granted")).toBool();
        k.at = parseTime(o.value(QStringLiteral("at")));
        k.method = o.value(QStringLiteral("method")).toString();
        k.recordedBy = Tr::tr("Head office");
        c.consents.push_back(std::move(k));
    }
    Q_UNUSED(tx)
    return c;
}

Result<Outcome> applyCustomer(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete)
        return ignored(); // the location deletes its own customers
    auto here = exists(tx, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {ch.entityId});
    if (!here)
        return here.error();
    if (here.value())
        return kept();
    const QJsonObject &p = ch.payload;
    if (p.value(QStringLiteral("erased")).toBool()) {
        // Erased for a privacy request: only the id stays, so sales history still adds up.
        auto r = tx.exec(
            QStringLiteral("INSERT INTO customers (id, kind, display_name, sort_name, customer_since, "
                           "last_activity_at, created_at, updated_at, erased_at) VALUES (?, 'person', ?, '', "
                           "?, ?, ?, ?, ?)"),
            {ch.entityId, Tr::tr("Erased customer"), tx.now().date().toString(Qt::ISODate), tx.nowIso(),
                tx.nowIso(), tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
        c.result.customersChanged = true;
        return applied();
    }
    Customer cust = customerFromPayload(p, c.region, tx);
    cust.id = ch.entityId;
    // Address ids are row keys: one already used here gets a new id (its preferences follow).
    for (CustomerAddress &a : cust.addresses) {
        if (a.id.isEmpty())
            continue;
        auto taken = exists(tx, QStringLiteral("SELECT 1 FROM customer_addresses WHERE id = ?"), {a.id});
        if (!taken)
            return taken.error();
        if (taken.value()) {
            const QString fresh = tx.newId();
            for (CustomerPreference &pref : cust.preferences)
                if (pref.addressId == a.id)
                    pref.addressId = fresh;
            a.id = fresh;
        }
    }
    QStringList addressIds;
    for (const CustomerAddress &a : cust.addresses)
        addressIds << a.id;
    for (CustomerPreference &pref : cust.preferences)
        if (!pref.addressId.isEmpty() && !addressIds.contains(pref.addressId))
            pref.addressId.clear();
    if (cust.displayName().trimmed().isEmpty())
        cust.givenName = Tr::tr("Unnamed customer");
    CustomerService customers(c.db, c.region);
    if (Status s = customers.restoreInTx(tx, cust); !s)
        return s.error();
    auto t = tx.exec(QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                                    "actor_name, summary) VALUES (?, ?, ?, 'restored', '', ?, ?)"),
        {tx.newId(), cust.id, tx.nowIso(), Tr::tr("Head office"), Tr::tr("Restored from head office")});
    if (!t)
        return t.error();
    c.result.customersChanged = true;
    return applied();
}

Result<Outcome> applyTimeline(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete)
        return ignored();
    auto here = exists(tx, QStringLiteral("SELECT 1 FROM customer_timeline WHERE id = ?"), {ch.entityId});
    if (!here)
        return here.error();
    if (here.value())
        return kept();
    const QJsonObject &p = ch.payload;
    const QString customerId = p.value(QStringLiteral("customerId")).toString();
    auto cust = exists(tx, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId});
    if (!cust)
        return cust.error();
    if (!cust.value())
        return parked(QStringLiteral("customer_missing"), Tr::tr("Waiting for its customer to arrive."));
    QDateTime at = parseTime(p.value(QStringLiteral("at")));
    auto r = tx.exec(QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                                    "actor_name, summary) VALUES (?, ?, ?, ?, '', '', ?)"),
        {ch.entityId, customerId, isoUtc(at.isValid() ? at : tx.now()),
            nonNull(p.value(QStringLiteral("kind")).toString()),
            nonNull(p.value(QStringLiteral("summary")).toString())});
    if (!r)
        return r.error();
    c.result.customersChanged = true;
    return applied();
}

Result<Outcome> applyConsent(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete)
        return ignored();
    const QJsonObject &p = ch.payload;
    const QString customerId = p.value(QStringLiteral("customerId")).toString();
    auto cust = exists(tx, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId});
    if (!cust)
        return cust.error();
    if (!cust.value())
        return parked(QStringLiteral("customer_missing"), Tr::tr("Waiting for its customer to arrive."));
    bool ok = false;
    const ConsentChannel channel = consentChannelFromKey(p.value(QStringLiteral("channel")).toString(), &ok);
    if (!ok)
        return rejected(Tr::tr("Unknown consent channel."));
    const QDateTime at = parseTime(p.value(QStringLiteral("at")));
    // The customer record carries its consents too; this keeps whichever is here already.
    auto r = tx.exec(
        QStringLiteral("INSERT OR IGNORE INTO customer_consents (customer_id, channel, granted, at, "
                       "method, recorded_by) VALUES (?,?,?,?,?,?)"),
        {customerId, consentChannelKey(channel), p.value(QStringLiteral("granted")).toBool() ? 1 : 0,
            isoUtc(at.isValid() ? at : tx.now()), nonNull(p.value(QStringLiteral("method")).toString()),
            Tr::tr("Head office")});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0 ? applied() : kept();
}

Result<Outcome> applyCrew(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete)
        return ignored();
    auto here = exists(tx, QStringLiteral("SELECT 1 FROM crews WHERE id = ?"), {ch.entityId});
    if (!here)
        return here.error();
    if (here.value())
        return kept();
    const QJsonObject &p = ch.payload;
    const QString name = p.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return rejected(Tr::tr("The crew has no name."));
    auto clash = exists(tx,
        QStringLiteral("SELECT 1 FROM crews WHERE lower(name) = lower(?) AND deleted_at IS NULL"), {name});
    if (!clash)
        return clash.error();
    if (clash.value())
        return rejected(Tr::tr("A crew called “%1” exists here already.").arg(name));
    auto r = tx.exec(QStringLiteral("INSERT INTO crews (id, name, color, active, created_at, updated_at) "
                                    "VALUES (?,?,?,?,?,?)"),
        {ch.entityId, name, nonNull(p.value(QStringLiteral("color")).toString()),
            p.value(QStringLiteral("active")).toBool(true) ? 1 : 0, tx.nowIso(), tx.nowIso()});
    if (!r)
        return r.error();
    for (const QJsonValue &m : p.value(QStringLiteral("members")).toArray()) {
        auto ins = tx.exec(QStringLiteral("INSERT OR IGNORE INTO crew_members (crew_id, staff_id) "
                                          "SELECT ?, id FROM staff WHERE id = ?"),
            {ch.entityId, m.toString()});
        if (!ins)
            return ins.error();
    }
    c.result.jobsChanged = true;
    return applied();
}

Result<Outcome> archive(Ctx &c, const protocol::Change &ch);

Result<Outcome> applyLocation(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete)
        return ignored();
    auto mine = exists(tx, QStringLiteral("SELECT 1 FROM location_profile WHERE id = ?"), {ch.entityId});
    if (!mine)
        return mine.error();
    if (mine.value())
        return kept(); // this PC's own profile, as new as the hub's or newer
    // Another PC's profile of this location (the one a replacement PC replaces): this PC
    // keeps the profile its first-run wizard made, and the old one is kept aside whole.
    return archive(c, ch);
}

/// Records the protocol knows that this version does not rebuild (invoices, payments, the
/// journal and audit heads, series rules): kept aside whole so nothing the hub sent is lost.
Result<Outcome> archive(Ctx &c, const protocol::Change &ch)
{
    WriteTx &tx = c.tx;
    if (ch.op == protocol::Op::Delete) {
        auto r = tx.exec(QStringLiteral("DELETE FROM sync_archive WHERE entity = ? AND entity_id = ?"),
            {ch.entity, ch.entityId});
        if (!r)
            return r.error();
        return ignored();
    }
    auto r = tx.exec(
        QStringLiteral("INSERT OR REPLACE INTO sync_archive (entity, entity_id, seq, origin, payload, "
                       "received_at) VALUES (?,?,?,?,?,?)"),
        {ch.entity, ch.entityId, ch.seq, nonNull(ch.origin), compact(ch.payload), tx.nowIso()});
    if (!r)
        return r.error();
    return Outcome {Kind::Archived, {}, {}};
}

Result<Outcome> applyChange(Ctx &c, const protocol::Change &ch)
{
    if (ch.entity == ent::Job)
        return applyJob(c, ch);
    if (ch.entity == ent::Service)
        return applyService(c, ch);
    if (ch.entity == ent::LocationSettings)
        return applySettings(c, ch);
    if (ch.entity == ent::Customer)
        return applyCustomer(c, ch);
    if (ch.entity == ent::CustomerTimeline)
        return applyTimeline(c, ch);
    if (ch.entity == ent::CustomerConsent)
        return applyConsent(c, ch);
    if (ch.entity == ent::Crew)
        return applyCrew(c, ch);
    if (ch.entity == ent::Location)
        return applyLocation(c, ch);
    return archive(c, ch);
}

Status unpark(WriteTx &tx, const protocol::Change &ch)
{
    auto r = tx.exec(QStringLiteral("DELETE FROM sync_parked WHERE entity = ? AND entity_id = ?"),
        {ch.entity, ch.entityId});
    return r ? Status() : Status(r.error());
}

Status reject(WriteTx &tx, const protocol::Change &ch, const Outcome &o)
{
    auto r = tx.exec(
        QStringLiteral("INSERT INTO sync_rejections (direction, mutation_id, seq, entity, entity_id, "
                       "code, message, at) VALUES ('pull', NULL, ?, ?, ?, ?, ?, ?)"),
        {ch.seq, ch.entity, ch.entityId, o.code, o.message, tx.nowIso()});
    return r ? Status() : Status(r.error());
}

/// Applies one change and files the outcome: counted, parked, or logged as rejected.
Status settle(Ctx &c, const protocol::Change &ch, bool fromParking)
{
    auto o = applyChange(c, ch);
    if (!o)
        return o.error();
    PageResult &r = c.result;
    switch (o->kind) {
    case Kind::Parked: {
        if (fromParking) {
            auto u = c.tx.exec(
                QStringLiteral("UPDATE sync_parked SET reason = ? WHERE entity = ? AND entity_id = ?"),
                {o->message, ch.entity, ch.entityId});
            return u ? Status() : Status(u.error());
        }
        ++r.parked;
        auto p = c.tx.exec(
            QStringLiteral("INSERT OR REPLACE INTO sync_parked (entity, entity_id, seq, op, origin, "
                           "payload, code, reason, parked_at) VALUES (?,?,?,?,?,?,?,?,?)"),
            {ch.entity, ch.entityId, ch.seq, protocol::opName(ch.op), nonNull(ch.origin), compact(ch.payload),
                o->code, o->message, c.tx.nowIso()});
        return p ? Status() : Status(p.error());
    }
    case Kind::Rejected:
        ++r.rejected;
        if (Status s = reject(c.tx, ch, o.value()); !s)
            return s;
        return unpark(c.tx, ch);
    case Kind::Applied:
        if (fromParking)
            ++r.unparked;
        else
            ++r.applied;
        return unpark(c.tx, ch);
    case Kind::Kept:
        ++r.kept;
        return unpark(c.tx, ch);
    case Kind::Archived:
        ++r.archived;
        return unpark(c.tx, ch);
    case Kind::Ignored:
        return unpark(c.tx, ch);
    }
    return {};
}

/// Parked changes, retried until a round applies none of them.
Status retryParked(Ctx &c)
{
    for (int round = 0; round < 8; ++round) {
        std::vector<protocol::Change> waiting;
        {
            auto q = c.tx.exec(QStringLiteral(
                "SELECT entity, entity_id, seq, op, origin, payload FROM sync_parked ORDER BY seq"));
            if (!q)
                return q.error();
            while (q->next()) {
                protocol::Change ch;
                ch.entity = q->value(0).toString();
                ch.entityId = q->value(1).toString();
                ch.seq = q->value(2).toLongLong();
                ch.op = q->value(3).toString() == QLatin1String("delete") ? protocol::Op::Delete
                                                                          : protocol::Op::Upsert;
                ch.origin = q->value(4).toString();
                ch.payload = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
                waiting.push_back(std::move(ch));
            }
        }
        if (waiting.empty())
            return {};
        const qint64 before = c.result.unparked;
        for (const protocol::Change &ch : waiting)
            if (Status s = settle(c, ch, true); !s)
                return s;
        if (c.result.unparked == before)
            return {};
    }
    return {};
}

/// The end of a full pass: what the pass did not list is gone from head office.
Status finishFullPass(Ctx &c)
{
    WriteTx &tx = c.tx;
    // Central bookings head office removed (one with a local edit still waiting to go up stays).
    auto jobs = tx.exec(
        QStringLiteral(
            "UPDATE jobs SET deleted_at = ?, updated_at = ? WHERE booked_by = 'head_office' AND "
            "deleted_at IS NULL AND id NOT IN (SELECT entity_id FROM sync_full_seen WHERE entity = "
            "'job') AND id NOT IN (SELECT entity_id FROM outbox WHERE entity = 'job' AND sent_at IS "
            "NULL)"),
        {tx.nowIso(), tx.nowIso()});
    if (!jobs)
        return jobs.error();
    if (jobs->numRowsAffected() > 0)
        c.result.jobsChanged = true;
    auto services = tx.exec(
        QStringLiteral(
            "UPDATE services SET deleted_at = ?, active = 0, updated_at = ? WHERE owner = 'head_office' "
            "AND deleted_at IS NULL AND id NOT IN (SELECT entity_id FROM sync_full_seen WHERE entity = "
            "'service')"),
        {tx.nowIso(), tx.nowIso()});
    if (!services)
        return services.error();
    if (services->numRowsAffected() > 0)
        c.result.catalogChanged = true;
    // A job whose customer the pass did not list: the customer was deleted at the old PC.
    // Its jobs stay in history under a removed stand-in, as they did there.
    auto missing = tx.exec(QStringLiteral(
        "SELECT DISTINCT json_extract(payload, '$.customerId') FROM sync_parked WHERE entity = 'job' AND "
        "code = "
        "'customer_missing' AND json_extract(payload, '$.customerId') NOT IN (SELECT id FROM customers)"));
    if (!missing)
        return missing.error();
    QStringList ids;
    while (missing->next())
        if (!missing->value(0).toString().isEmpty())
            ids << missing->value(0).toString();
    missing->finish();
    for (const QString &id : std::as_const(ids)) {
        auto r = tx.exec(
            QStringLiteral(
                "INSERT INTO customers (id, kind, display_name, sort_name, customer_since, "
                "last_activity_at, created_at, updated_at, deleted_at) VALUES (?, 'person', ?, '', ?, "
                "?, ?, ?, ?)"),
            {id, Tr::tr("Removed customer"), tx.now().date().toString(Qt::ISODate), tx.nowIso(), tx.nowIso(),
                tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
    }
    if (!ids.isEmpty())
        if (Status s = retryParked(c); !s)
            return s;
    auto clear = tx.exec(QStringLiteral("DELETE FROM sync_full_seen"));
    return clear ? Status() : Status(clear.error());
}

} // namespace

QList<std::pair<QString, QString>> managedSettings()
{
    return {{QStringLiteral("invoiceFooter"), QStringLiteral("billing.footer")},
        {QStringLiteral("defaultTermsDays"), QStringLiteral("billing.default_terms_days")}};
}

Result<PageResult> applyPage(
    LocationDatabase &db, WriteTx &tx, const protocol::PullResponse &page, const PageContext &context)
{
    PageResult result;
    QString zoneId = QStringLiteral("UTC"), currency = QStringLiteral("USD");
    {
        auto q = tx.exec(QStringLiteral("SELECT time_zone, currency FROM location_profile LIMIT 1"));
        if (!q)
            return q.error();
        if (q->next()) {
            zoneId = q->value(0).toString();
            currency = q->value(1).toString();
        }
        q->finish();
    }
    Ctx c {db, tx, zoneId, currency, phoneRegionForTimeZone(zoneId), context.fullPass, result};
    if (context.fullPass && context.firstPage) {
        auto d = tx.exec(QStringLiteral("DELETE FROM sync_full_seen"));
        if (!d)
            return d.error();
    }
    for (const protocol::Change &ch : page.changes) {
        if (context.fullPass) {
            auto seen = tx.exec(
                QStringLiteral("INSERT OR IGNORE INTO sync_full_seen (entity, entity_id) VALUES (?, ?)"),
                {ch.entity, ch.entityId});
            if (!seen)
                return seen.error();
        }
        if (Status s = settle(c, ch, false); !s)
            return s.error();
    }
    if (Status s = retryParked(c); !s)
        return s.error();
    const bool passDone = !page.more;
    if (context.fullPass && passDone)
        if (Status s = finishFullPass(c); !s)
            return s.error();
    if (!context.fullPass || passDone) {
        auto st = tx.exec(
            QStringLiteral("UPDATE sync_state SET cursor = ?, full_pending = CASE WHEN ? THEN 0 ELSE "
                           "full_pending END WHERE id = 1"),
            {page.cursor, context.fullPass ? 1 : 0});
        if (!st)
            return st.error();
    }
    return result;
}

} // namespace spoke::sync
