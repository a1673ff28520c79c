#include "core/schedule/job_service.h"

#include "core/schedule/job_sql.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlError>

#include <algorithm>

namespace spoke {

using job_sql::fromIso;
using job_sql::isoOrNull;
using job_sql::Tr;

namespace {

constexpr qint64 kDaySecs = 24 * 3600;

Error denied(const QString &what)
{
    return makeError(ErrorCode::PermissionDenied, what);
}

QJsonArray linesJson(const std::vector<JobLine> &lines)
{
    QJsonArray out;
    for (const JobLine &l : lines)
        out.append(QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("serviceId"), l.serviceId},
            {QStringLiteral("description"), l.description}, {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unitPriceMinor"), QString::number(l.unitPriceMinor)},
            {QStringLiteral("currency"), l.currency}, {QStringLiteral("priceOverridden"), l.priceOverridden},
            {QStringLiteral("durationMinutes"), l.durationMinutes}});
    return out;
}

std::vector<JobLine> linesFromJson(const QJsonArray &array)
{
    std::vector<JobLine> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        JobLine l;
        l.serviceId = o.value(QStringLiteral("serviceId")).toString();
        l.description = o.value(QStringLiteral("description")).toString();
        l.quantity = o.value(QStringLiteral("quantity")).toInt(1);
        l.unitPriceMinor = o.value(QStringLiteral("unitPriceMinor")).toString().toLongLong();
        l.currency = o.value(QStringLiteral("currency")).toString();
        l.priceOverridden = o.value(QStringLiteral("priceOverridden")).toBool();
        l.durationMinutes = o.value(QStringLiteral("durationMinutes")).toInt();
        out.push_back(std::move(l));
    }
    return out;
}

QString summaryOf(const Job &job)
{
    QStringList parts;
    for (const JobLine &l : job.lines)
        parts << (l.quantity > 1 ? QStringLiteral("%1 ×%2").arg(l.description).arg(l.quantity)
                                 : l.description);
    return parts.join(QStringLiteral(", "));
}

} // namespace

namespace job_sql {

QJsonObject seriesTemplate(const Job &job)
{
    QJsonObject o {{QStringLiteral("addressId"), job.addressId},
        {QStringLiteral("crewId"), job.assignment.crewId},
        {QStringLiteral("technicians"), QJsonArray::fromStringList(job.assignment.technicianIds)},
        {QStringLiteral("lines"), linesJson(job.lines)}, {QStringLiteral("crewNotes"), job.crewNotes},
        {QStringLiteral("durationSecs"), double(job.startUtc.secsTo(job.endUtc))},
        {QStringLiteral("bookedBy"), recordOwnerKey(job.bookedBy)},
        {QStringLiteral("bookedByStaff"), job.bookedByStaffId}};
    if (job.windowStartUtc.isValid() && job.windowEndUtc.isValid()) {
        o.insert(QStringLiteral("windowStartSecs"), double(job.startUtc.secsTo(job.windowStartUtc)));
        o.insert(QStringLiteral("windowEndSecs"), double(job.startUtc.secsTo(job.windowEndUtc)));
    }
    return o;
}

Job jobFromTemplate(const QJsonObject &t, const QString &customerId, const QDateTime &startUtc)
{
    Job j;
    j.customerId = customerId;
    j.addressId = t.value(QStringLiteral("addressId")).toString();
    j.assignment.crewId = t.value(QStringLiteral("crewId")).toString();
    for (const QJsonValue &v : t.value(QStringLiteral("technicians")).toArray())
        j.assignment.technicianIds << v.toString();
    j.lines = linesFromJson(t.value(QStringLiteral("lines")).toArray());
    j.crewNotes = t.value(QStringLiteral("crewNotes")).toString();
    j.bookedBy = recordOwnerFromKey(t.value(QStringLiteral("bookedBy")).toString());
    j.bookedByStaffId = t.value(QStringLiteral("bookedByStaff")).toString();
    j.status = JobStatus::Scheduled;
    j.startUtc = startUtc;
    j.endUtc = startUtc.addSecs(qint64(t.value(QStringLiteral("durationSecs")).toDouble()));
    if (t.contains(QStringLiteral("windowStartSecs"))) {
        j.windowStartUtc = startUtc.addSecs(qint64(t.value(QStringLiteral("windowStartSecs")).toDouble()));
        j.windowEndUtc = startUtc.addSecs(qint64(t.value(QStringLiteral("windowEndSecs")).toDouble()));
    }
    j.occurrenceUtc = startUtc;
    return j;
}

} // namespace job_sql

JobService::JobService(LocationDatabase &db, QTimeZone zone, QString currency)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_currency(std::move(currency))
{ }

QJsonObject JobService::syncPayload(const Job &j)
{
    return {{QStringLiteral("id"), j.id}, {QStringLiteral("customerId"), j.customerId},
        {QStringLiteral("addressId"), j.addressId}, {QStringLiteral("status"), jobStatusKey(j.status)},
        {QStringLiteral("start"), j.startUtc.isValid() ? isoUtc(j.startUtc) : QString()},
        {QStringLiteral("end"), j.endUtc.isValid() ? isoUtc(j.endUtc) : QString()},
        {QStringLiteral("windowStart"), j.windowStartUtc.isValid() ? isoUtc(j.windowStartUtc) : QString()},
        {QStringLiteral("windowEnd"), j.windowEndUtc.isValid() ? isoUtc(j.windowEndUtc) : QString()},
        {QStringLiteral("crewId"), j.assignment.crewId},
        {QStringLiteral("technicians"), QJsonArray::fromStringList(j.assignment.technicianIds)},
        {QStringLiteral("lines"), linesJson(j.lines)}, {QStringLiteral("crewNotes"), j.crewNotes},
        {QStringLiteral("bookedBy"), recordOwnerKey(j.bookedBy)}, {QStringLiteral("seriesId"), j.seriesId},
        {QStringLiteral("statusReason"), j.statusReason}, {QStringLiteral("revision"), j.revision}};
}

Status JobService::validate(const Job &job) const
{
    QStringList problems;
    if (job.customerId.isEmpty())
        problems << Tr::tr("Choose the customer the job is for.");
    if (job.lines.empty())
        problems << Tr::tr("Pick at least one service.");
    for (const JobLine &l : job.lines) {
        if (l.quantity <= 0)
            problems << Tr::tr("A quantity must be at least 1.");
        if (l.serviceId.isEmpty() && l.description.trimmed().isEmpty())
            problems << Tr::tr("Describe the work on each line.");
        if (l.unitPriceMinor < 0)
            problems << Tr::tr("A price can't be negative.");
    }
    if (job.startUtc.isValid() != job.endUtc.isValid())
        problems << Tr::tr("A job needs both a start and an end.");
    if (job.startUtc.isValid() && job.endUtc.isValid()) {
        if (job.endUtc < job.startUtc)
            problems << Tr::tr("The job ends before it starts.");
        else if (job.endUtc == job.startUtc)
            problems << Tr::tr("A job can't take zero minutes.");
        else if (job.startUtc.secsTo(job.endUtc) > kDaySecs)
            problems << Tr::tr("A job can't be longer than a day; book several visits instead.");
    }
    if (job.windowStartUtc.isValid() != job.windowEndUtc.isValid())
        problems << Tr::tr("An arrival window needs both a start and an end.");
    else if (job.windowStartUtc.isValid() && job.windowEndUtc <= job.windowStartUtc)
        problems << Tr::tr("The arrival window ends before it starts.");
    if ((job.status == JobStatus::Scheduled || job.status == JobStatus::EnRoute
            || job.status == JobStatus::InProgress)
        && !job.startUtc.isValid())
        problems << Tr::tr("A scheduled job needs a time.");
    problems.removeDuplicates();
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    return {};
}

Status JobService::prepareLines(
    WriteTx &tx, const Actor &actor, Job &job, const std::vector<JobLine> *before) const
{
    int totalMinutes = 0;
    for (JobLine &l : job.lines) {
        if (l.currency.isEmpty())
            l.currency = m_currency;
        if (l.currency != m_currency)
            return makeError(ErrorCode::InvalidInput,
                Tr::tr("Prices must be in %1, the location's currency.").arg(m_currency));
        // A line the job already had keeps the price the customer was quoted (and a
        // manager's override of it): editing the notes or the time of a job is not a new
        // price, even after the catalog changed or the service was switched off.
        const JobLine *kept = nullptr;
        if (before && !l.id.isEmpty())
            for (const JobLine &b : *before)
                if (b.id == l.id && b.serviceId == l.serviceId)
                    kept = &b;
        if (kept && l.unitPriceMinor == kept->unitPriceMinor) {
            l.priceOverridden = kept->priceOverridden;
            if (l.description.trimmed().isEmpty())
                l.description = kept->description;
            if (l.durationMinutes <= 0)
                l.durationMinutes = kept->durationMinutes;
            totalMinutes += std::max(0, l.durationMinutes) * l.quantity;
            continue;
        }
        if (kept)
            l.priceOverridden = true; // the caller changed the price of a booked line
        if (l.id.isEmpty() || (before && !kept))
            l.id = tx.newId();
        if (!l.serviceId.isEmpty()) {
            auto s = tx.exec(QStringLiteral("SELECT name, duration_min, price_minor, currency, (active = 1 "
                                            "AND hidden_here = 0) FROM services "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                {l.serviceId});
            if (!s)
                return s.error();
            if (!s->next())
                return makeError(ErrorCode::NotFound, Tr::tr("A service on the job is not in the catalog."));
            const QString name = s->value(0).toString();
            const qint64 price = s->value(2).toLongLong();
            if (!s->value(4).toBool())
                return makeError(
                    ErrorCode::InvalidInput, Tr::tr("“%1” is switched off in the catalog.").arg(name));
            if (l.description.trimmed().isEmpty())
                l.description = name;
            if (l.durationMinutes <= 0)
                l.durationMinutes = s->value(1).toInt();
            if (!l.priceOverridden)
                l.unitPriceMinor = price;
            else if (l.unitPriceMinor == price)
                l.priceOverridden = false;
        } else {
            l.priceOverridden = true; // a free-form line has no catalog price
        }
        if (l.priceOverridden && !allows(actor.role, Permission::OverrideSchedule))
            return denied(Tr::tr("Only a manager can change a price from the catalog's."));
        totalMinutes += std::max(0, l.durationMinutes) * l.quantity;
    }
    if (job.startUtc.isValid() && !job.endUtc.isValid())
        job.endUtc = job.startUtc.addSecs(qint64(totalMinutes > 0 ? totalMinutes : 60) * 60);
    return {};
}

Status JobService::event(WriteTx &tx, const QString &jobId, const QString &kind, const QString &detail) const
{
    auto r = tx.exec(QStringLiteral("INSERT INTO job_events (job_id, at, staff_id, staff_name, kind, detail) "
                                    "VALUES (?,?,?,?,?,?)"),
        {jobId, tx.nowIso(), nonNull(tx.actor().staffId), nonNull(tx.actor().name), kind, nonNull(detail)});
    return r ? Status() : Status(r.error());
}

Status JobService::saveRow(WriteTx &tx, Job &job, bool fresh)
{
    if (fresh) {
        if (job.id.isEmpty())
            job.id = tx.newId();
        job.createdAt = tx.now();
    } else {
        ++job.revision;
    }
    job.updatedAt = tx.now();
    const QVariantList values {job.id, job.customerId, nonNull(job.addressId), jobStatusKey(job.status),
        isoOrNull(job.startUtc), isoOrNull(job.endUtc), isoOrNull(job.windowStartUtc),
        isoOrNull(job.windowEndUtc), QString::fromUtf8(m_zone.id()),
        job.assignment.crewId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(job.assignment.crewId),
        nonNull(job.crewNotes), recordOwnerKey(job.bookedBy), nonNull(job.bookedByStaffId),
        job.seriesId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(job.seriesId),
        isoOrNull(job.occurrenceUtc), job.detached ? 1 : 0, nonNull(job.statusReason),
        nonNull(job.overriddenConflicts.join(u',')), job.revision, isoUtc(job.createdAt),
        isoUtc(job.updatedAt)};
    auto r = tx.exec(
        QStringLiteral(
            "INSERT INTO jobs (id, customer_id, address_id, status, start_utc, end_utc, window_start_utc, "
            "window_end_utc, time_zone, crew_id, crew_notes, booked_by, booked_by_staff, series_id, "
            "occurrence_utc, detached, status_reason, overrides, revision, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
            "address_id = excluded.address_id, status = excluded.status, start_utc = excluded.start_utc, "
            "end_utc = excluded.end_utc, window_start_utc = excluded.window_start_utc, "
            "window_end_utc = excluded.window_end_utc, crew_id = excluded.crew_id, "
            "crew_notes = excluded.crew_notes, series_id = excluded.series_id, "
            "occurrence_utc = excluded.occurrence_utc, detached = excluded.detached, "
            "status_reason = excluded.status_reason, overrides = excluded.overrides, "
            "revision = excluded.revision, updated_at = excluded.updated_at, deleted_at = NULL"),
        values);
    if (!r)
        return r.error();
    if (!fresh) {
        for (const QString &sql : {QStringLiteral("DELETE FROM job_lines WHERE job_id = ?"),
                 QStringLiteral("DELETE FROM job_technicians WHERE job_id = ?")}) {
            auto d = tx.exec(sql, {job.id});
            if (!d)
                return d.error();
        }
    }
    int position = 0;
    for (const JobLine &l : job.lines) {
        auto ins
            = tx.exec(QStringLiteral("INSERT INTO job_lines (id, job_id, service_id, description, quantity, "
                                     "unit_price_minor, currency, price_overridden, duration_min, position) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                {l.id, job.id, nonNull(l.serviceId), l.description, l.quantity, l.unitPriceMinor, l.currency,
                    l.priceOverridden ? 1 : 0, std::max(0, l.durationMinutes), position++});
        if (!ins)
            return ins.error();
    }
    for (const QString &t : job.assignment.technicianIds) {
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO job_technicians (job_id, staff_id) VALUES (?,?)"), {job.id, t});
        if (!ins)
            return makeError(ErrorCode::NotFound, Tr::tr("A technician on the job does not exist."));
    }
    return tx.outbox(QStringLiteral("job"), job.id, QStringLiteral("upsert"), syncPayload(job));
}

Status JobService::checkConflicts(
    WriteTx &tx, const Actor &actor, std::vector<Job> &jobs, const QString &overrideReason) const
{
    if (jobs.empty())
        return {};
    // What the customer asked for, once (all the jobs are for one customer and address).
    QString preferredCrew;
    bool dns = false;
    {
        auto c = tx.exec(
            QStringLiteral("SELECT c.do_not_service, coalesce(a.preferred_crew, '') FROM customers c "
                           "LEFT JOIN customer_addresses a ON a.id = ? AND a.customer_id = c.id "
                           "WHERE c.id = ? AND c.deleted_at IS NULL"),
            {nonNull(jobs.front().addressId), jobs.front().customerId});
        if (!c)
            return c.error();
        if (!c->next())
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
        dns = c->value(0).toBool();
        preferredCrew = c->value(1).toString();
    }
    QDateTime from, to;
    QStringList people;
    for (const Job &j : jobs) {
        for (const QString &t : j.assignment.technicianIds)
            if (!people.contains(t))
                people << t;
        if (!j.assignment.crewId.isEmpty()) {
            auto m = tx.exec(
                QStringLiteral("SELECT staff_id FROM crew_members WHERE crew_id = ?"), {j.assignment.crewId});
            if (!m)
                return m.error();
            while (m->next())
                if (!people.contains(m->value(0).toString()))
                    people << m->value(0).toString();
        }
        if (!j.startUtc.isValid())
            continue;
        if (!from.isValid() || j.startUtc < from)
            from = j.startUtc;
        if (!to.isValid() || j.endUtc > to)
            to = j.endUtc;
    }
    std::vector<std::pair<size_t, std::vector<Conflict>>> found;
    auto collect = [&](const ScheduleResources &res) {
        for (size_t i = 0; i < jobs.size(); ++i) {
            jobs[i].overriddenConflicts.clear();
            auto c = findConflicts(res, jobs[i], preferredCrew, dns);
            if (!c.empty())
                found.emplace_back(i, std::move(c));
        }
    };
    if (from.isValid() && !people.isEmpty()) {
        auto res = resources(from.addSecs(-kDaySecs), to.addSecs(kDaySecs), people);
        if (!res)
            return res.error();
        collect(*res);
    } else {
        collect(ScheduleResources(m_zone));
    }
    if (found.empty())
        return {};
    QStringList lines;
    for (const auto &[i, conflicts] : found) {
        if (lines.size() >= 8) {
            lines << Tr::tr("…and more.");
            break;
        }
        const Job &j = jobs[i];
        const QString when = j.startUtc.isValid()
            ? QLocale().toString(j.startUtc.toTimeZone(m_zone), QLocale::ShortFormat)
            : QString();
        for (const Conflict &c : conflicts)
            lines << (jobs.size() > 1 && !when.isEmpty() ? QStringLiteral("%1: %2").arg(when, c.message)
                                                         : c.message);
    }
    if (overrideReason.trimmed().isEmpty())
        return makeError(ErrorCode::Conflict, lines.join(u'\n'));
    if (!allows(actor.role, Permission::OverrideSchedule))
        return denied(Tr::tr("Only a manager can book over a conflict:\n%1").arg(lines.join(u'\n')));
    for (const auto &[i, conflicts] : found) {
        QStringList kinds;
        for (const Conflict &c : conflicts)
            if (!kinds.contains(conflictKindKey(c.kind)))
                kinds << conflictKindKey(c.kind);
        jobs[i].overriddenConflicts = kinds;
    }
    return tx.audit(QStringLiteral("job.override"), QStringLiteral("job"), jobs.front().id,
        {{QStringLiteral("reason"), overrideReason.trimmed()},
            {QStringLiteral("conflicts"), lines.join(u'\n')}});
}

Result<QString> JobService::book(const Actor &actor, Job job, const QString &overrideReason)
{
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow booking jobs."));
    job.id.clear();
    job.seriesId.clear();
    job.status = job.startUtc.isValid() ? JobStatus::Scheduled : JobStatus::Requested;
    if (actor.role != Role::System) {
        job.bookedBy = RecordOwner::Location;
        job.bookedByStaffId = actor.staffId;
    }
    // The end follows from the services when it isn't given; validate after that.
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = prepareLines(tx, actor, job); !s)
            return s;
        if (Status s = validate(job); !s)
            return s;
        job.id = tx.newId();
        std::vector<Job> one {job};
        if (Status s = checkConflicts(tx, actor, one, overrideReason); !s)
            return s;
        job.overriddenConflicts = one.front().overriddenConflicts;
        if (Status s = saveRow(tx, job, true); !s)
            return s;
        if (Status s = event(tx, job.id, QStringLiteral("booked"), jobStatusKey(job.status)); !s)
            return s;
        if (!job.overriddenConflicts.isEmpty())
            if (Status s = event(tx, job.id, QStringLiteral("override"), overrideReason.trimmed()); !s)
                return s;
        const QString when = job.startUtc.isValid()
            ? QLocale().toString(job.startUtc.toTimeZone(m_zone), QLocale::ShortFormat)
            : Tr::tr("time to be arranged");
        auto tl
            = tx.exec(QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                                     "actor_name, summary, ref_entity, ref_id) VALUES (?,?,?,?,?,?,?,?,?)"),
                {tx.newId(), job.customerId, tx.nowIso(), QStringLiteral("job"), nonNull(actor.staffId),
                    nonNull(actor.name), Tr::tr("Booked %1 for %2").arg(summaryOf(job), when),
                    QStringLiteral("job"), job.id});
        if (!tl)
            return tl.error();
        return tx.audit(QStringLiteral("job.book"), QStringLiteral("job"), job.id,
            {{QStringLiteral("customerId"), job.customerId},
                {QStringLiteral("start"), isoUtc(job.startUtc)}});
    });
    if (!st)
        return st.error();
    return job.id;
}

Status JobService::reschedule(const Actor &actor, const QString &jobId, const QDateTime &newStartUtc,
    const Assignment &assignment, const QString &overrideReason)
{
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow moving jobs."));
    auto loaded = load(jobId);
    if (!loaded)
        return loaded.error();
    Job job = std::move(loaded).value();
    if (!jobStatusMovable(job.status))
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("A job that is %1 can't be moved.").arg(jobStatusLabel(job.status).toLower()));
    if (!newStartUtc.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose when the job starts."));
    int minutes = job.durationMinutes();
    if (minutes <= 0) {
        for (const JobLine &l : job.lines)
            minutes += l.durationMinutes * l.quantity;
        if (minutes <= 0)
            minutes = 60;
    }
    const QDateTime oldStart = job.startUtc;
    if (job.windowStartUtc.isValid() && oldStart.isValid()) {
        const qint64 shift = oldStart.secsTo(newStartUtc);
        job.windowStartUtc = job.windowStartUtc.addSecs(shift);
        job.windowEndUtc = job.windowEndUtc.addSecs(shift);
    }
    job.startUtc = newStartUtc.toUTC();
    job.endUtc = job.startUtc.addSecs(qint64(minutes) * 60);
    job.assignment = assignment;
    if (job.status == JobStatus::Requested)
        job.status = JobStatus::Scheduled;
    if (!job.seriesId.isEmpty())
        job.detached = true;
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = validate(job); !s)
            return s;
        std::vector<Job> one {job};
        if (Status s = checkConflicts(tx, actor, one, overrideReason); !s)
            return s;
        job.overriddenConflicts = one.front().overriddenConflicts;
        if (Status s = saveRow(tx, job, false); !s)
            return s;
        const QString detail = QStringLiteral("%1 → %2").arg(
            oldStart.isValid() ? isoUtc(oldStart) : QStringLiteral("-"), isoUtc(job.startUtc));
        if (Status s = event(tx, job.id, QStringLiteral("moved"), detail); !s)
            return s;
        if (!job.overriddenConflicts.isEmpty())
            if (Status s = event(tx, job.id, QStringLiteral("override"), overrideReason.trimmed()); !s)
                return s;
        return tx.audit(QStringLiteral("job.reschedule"), QStringLiteral("job"), job.id,
            {{QStringLiteral("from"), oldStart.isValid() ? isoUtc(oldStart) : QString()},
                {QStringLiteral("to"), isoUtc(job.startUtc)}, {QStringLiteral("crewId"), assignment.crewId},
                {QStringLiteral("technicians"), QJsonArray::fromStringList(assignment.technicianIds)}});
    });
}

Status JobService::update(const Actor &actor, Job job, SeriesScope scope, const QString &overrideReason)
{
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow changing jobs."));
    auto current = load(job.id);
    if (!current)
        return current.error();
    if (!jobStatusMovable(current->status) && current->status != JobStatus::EnRoute)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("A job that is %1 can't be changed.").arg(jobStatusLabel(current->status).toLower()));
    // What the caller may not change through an edit.
    job.customerId = current->customerId;
    job.status = current->status;
    job.seriesId = current->seriesId;
    job.occurrenceUtc = current->occurrenceUtc;
    job.detached = current->detached;
    job.bookedBy = current->bookedBy;
    job.bookedByStaffId = current->bookedByStaffId;
    job.revision = current->revision;
    job.createdAt = current->createdAt;
    if (job.status == JobStatus::Requested && job.startUtc.isValid())
        job.status = JobStatus::Scheduled;
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = prepareLines(tx, actor, job, &current->lines); !s)
            return s;
        if (Status s = validate(job); !s)
            return s;
        if (!job.seriesId.isEmpty() && scope != SeriesScope::ThisOccurrence)
            return updateSeries(tx, actor, job, scope, overrideReason);
        if (!job.seriesId.isEmpty())
            job.detached = true;
        std::vector<Job> one {job};
        if (Status s = checkConflicts(tx, actor, one, overrideReason); !s)
            return s;
        job.overriddenConflicts = one.front().overriddenConflicts;
        if (Status s = saveRow(tx, job, false); !s)
            return s;
        if (Status s = event(tx, job.id, QStringLiteral("edited"), {}); !s)
            return s;
        return tx.audit(QStringLiteral("job.update"), QStringLiteral("job"), job.id);
    });
}

Status JobService::setStatus(const Actor &actor, const QString &jobId, JobStatus to, const QString &reason)
{
    if (!allows(actor.role, Permission::UpdateJobStatus))
        return denied(Tr::tr("Your role does not allow changing a job's status."));
    const bool booking
        = to == JobStatus::Cancelled || to == JobStatus::Requested || to == JobStatus::Scheduled;
    if (booking && !allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Only the front desk or a manager can cancel or reschedule a job."));
    auto loaded = load(jobId);
    if (!loaded)
        return loaded.error();
    Job job = std::move(loaded).value();
    if (const QString why = JobStatusMachine::refusal(job.status, to); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    // Only billing moves a job to invoiced, in the unit of work that issues its invoice.
    if (to == JobStatus::Invoiced)
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("A job becomes invoiced when an invoice for it is issued."));
    if ((to == JobStatus::Cancelled || to == JobStatus::NoShow) && reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            to == JobStatus::Cancelled ? Tr::tr("Say why the job is cancelled.")
                                       : Tr::tr("Say what happened (for example, nobody was home)."));
    if (to == JobStatus::Scheduled && !job.startUtc.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the job a time before scheduling it."));
    if (actor.role == Role::Technician) {
        auto res = resources(QDateTime(), QDateTime(), {});
        if (!res)
            return res.error();
        if (!res->people(job.assignment).contains(actor.staffId))
            return denied(Tr::tr("Technicians can update only their own jobs."));
    }
    const JobStatus from = job.status;
    job.status = to;
    if (to == JobStatus::Requested) {
        job.startUtc = job.endUtc = job.windowStartUtc = job.windowEndUtc = QDateTime();
    }
    if (to == JobStatus::Cancelled || to == JobStatus::NoShow)
        job.statusReason = reason.trimmed();
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = saveRow(tx, job, false); !s)
            return s;
        if (Status s = event(tx, job.id, QStringLiteral("status"),
                QStringLiteral("%1 → %2 %3")
                    .arg(jobStatusKey(from), jobStatusKey(to), reason.trimmed())
                    .trimmed());
            !s)
            return s;
        if (to == JobStatus::Completed || to == JobStatus::Cancelled || to == JobStatus::NoShow) {
            const QString summary = to == JobStatus::Completed
                ? Tr::tr("Job completed: %1").arg(summaryOf(job))
                : (to == JobStatus::Cancelled
                        ? Tr::tr("Job cancelled: %1 (%2)").arg(summaryOf(job), job.statusReason)
                        : Tr::tr("No-show: %1 (%2)").arg(summaryOf(job), job.statusReason));
            auto tl = tx.exec(
                QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                               "actor_name, summary, ref_entity, ref_id) VALUES (?,?,?,?,?,?,?,?,?)"),
                {tx.newId(), job.customerId, tx.nowIso(), QStringLiteral("job"), nonNull(actor.staffId),
                    nonNull(actor.name), summary, QStringLiteral("job"), job.id});
            if (!tl)
                return tl.error();
        }
        return tx.audit(QStringLiteral("job.status"), QStringLiteral("job"), job.id,
            {{QStringLiteral("from"), jobStatusKey(from)}, {QStringLiteral("to"), jobStatusKey(to)},
                {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<Job> JobService::job(const Actor &actor, const QString &jobId) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return denied(Tr::tr("Your role does not allow seeing the schedule."));
    return load(jobId);
}

Result<Job> JobService::load(const QString &jobId) const
{
    // The same read as the board's, so a job is parsed in one place.
    auto found = views(QStringLiteral("j.id = ?"), {jobId}, QStringLiteral("j.id"));
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorCode::NotFound, Tr::tr("The job does not exist or was removed."));
    return std::move(found->front().job);
}

Result<std::vector<Conflict>> JobService::conflicts(const Actor &actor, const Job &draft) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return denied(Tr::tr("Your role does not allow seeing the schedule."));
    // A draft from the booking dialog may have a start and services but no end yet: it ends
    // when booking would make it end (the services' durations, else an hour).
    Job job = draft;
    if (job.startUtc.isValid() && !job.endUtc.isValid()) {
        qint64 minutes = 0;
        for (const JobLine &l : job.lines) {
            int each = l.durationMinutes;
            if (each <= 0 && !l.serviceId.isEmpty()) {
                QSqlQuery d = m_db.query(QStringLiteral("SELECT duration_min FROM services WHERE id = ?"));
                d.addBindValue(l.serviceId);
                if (!d.exec())
                    return storageError(d.lastError());
                each = d.next() ? d.value(0).toInt() : 0;
            }
            minutes += qint64(std::max(0, each)) * std::max(1, l.quantity);
        }
        job.endUtc = job.startUtc.addSecs((minutes > 0 ? minutes : 60) * 60);
    }
    QString preferredCrew;
    bool dns = false;
    QSqlQuery c = m_db.query(
        QStringLiteral("SELECT c.do_not_service, coalesce(a.preferred_crew, '') FROM customers c "
                       "LEFT JOIN customer_addresses a ON a.id = ? AND a.customer_id = c.id "
                       "WHERE c.id = ?"));
    c.addBindValue(nonNull(job.addressId));
    c.addBindValue(job.customerId);
    if (!c.exec())
        return storageError(c.lastError());
    if (c.next()) {
        dns = c.value(0).toBool();
        preferredCrew = c.value(1).toString();
    }
    if (!job.startUtc.isValid())
        return findConflicts(ScheduleResources(m_zone), job, preferredCrew, dns);
    auto res = resources(job.startUtc.addSecs(-kDaySecs), job.endUtc.addSecs(kDaySecs));
    if (!res)
        return res.error();
    return findConflicts(*res, job, preferredCrew, dns);
}

Result<std::vector<SlotSuggestion>> JobService::suggest(const Actor &actor, const SlotRequest &request) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return denied(Tr::tr("Your role does not allow seeing the schedule."));
    auto res = resources(request.fromUtc.addSecs(-kDaySecs), request.toUtc.addSecs(kDaySecs));
    if (!res)
        return res.error();
    return suggestSlots(*res, request);
}

} // namespace spoke
