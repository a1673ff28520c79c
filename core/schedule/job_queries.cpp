// JobService's read models: the board, a person's jobs, the Today screen, and the
// resources the conflict rules and the slot finder work on.

#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/schedule/job_sql.h"
#include "core/storage/location_database.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace spoke {

using job_sql::fromIso;
using job_sql::Tr;

namespace {

constexpr qint64 kDaySecs = 24 * 3600;

Error cannotView()
{
    return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow seeing the schedule."));
}

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

QString addressLine(const QSqlQuery &q, int first)
{
    QStringList parts;
    const QString street = q.value(first).toString();
    const QString unit = q.value(first + 1).toString();
    parts << (unit.isEmpty() ? street : QStringLiteral("%1 %2").arg(street, unit));
    for (int i = first + 2; i < first + 4; ++i)
        parts << q.value(i).toString();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<ScheduleResources> JobService::resources(
    const QDateTime &fromUtc, const QDateTime &toUtc, const QStringList &people) const
{
    ScheduleResources res(m_zone);
    auto techs = crew_sql::loadTechnicians(m_db);
    if (!techs)
        return techs.error();
    for (Technician &t : techs.value())
        res.addTechnician(std::move(t));
    auto crews = crew_sql::loadCrews(m_db, false);
    if (!crews)
        return crews.error();
    for (Crew &c : crews.value())
        res.addCrew(std::move(c));
    if (!fromUtc.isValid() || !toUtc.isValid()) {
        res.finish();
        return res;
    }
    auto off = crew_sql::loadTimeOff(m_db, fromUtc, toUtc);
    if (!off)
        return off.error();
    for (TimeOff &o : off.value())
        res.addTimeOff(std::move(o));
    QString filter;
    QVariantList binds {isoUtc(toUtc), isoUtc(fromUtc)};
    if (!people.isEmpty()) {
        filter = QStringLiteral(
            " AND (j.crew_id IN (SELECT crew_id FROM crew_members WHERE staff_id IN (%1)) OR j.id "
            "IN (SELECT job_id FROM job_technicians WHERE staff_id IN (%1)))")
                     .arg(placeholders(people.size()));
        for (int pass = 0; pass < 2; ++pass)
            for (const QString &p : people)
                binds << p;
    }
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT j.id, j.start_utc, j.end_utc, coalesce(j.crew_id, ''), "
                                    "(SELECT group_concat(staff_id) FROM job_technicians t WHERE t.job_id = "
                                    "j.id) FROM jobs j WHERE j.deleted_at IS NULL AND j.start_utc < ? AND "
                                    "j.end_utc > ? AND j.status IN ('scheduled', 'en_route', 'in_progress', "
                                    "'completed', 'invoiced')")
            + filter);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return storageError(q.lastError());
    while (q.next()) {
        Assignment a;
        a.crewId = q.value(3).toString();
        a.technicianIds = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
        res.addBusy(q.value(0).toString(), a, fromIso(q.value(1)), fromIso(q.value(2)));
    }
    res.finish();
    return res;
}

Result<std::vector<JobView>> JobService::views(
    const QString &where, const QVariantList &binds, const QString &order) const
{
    QSqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT j.id, j.customer_id, j.address_id, j.status, j.start_utc, j.end_utc, j.window_start_utc, "
            "j.window_end_utc, coalesce(j.crew_id, ''), j.crew_notes, j.booked_by, j.booked_by_staff, "
            "coalesce(j.series_id, ''), j.occurrence_utc, j.detached, j.status_reason, j.overrides, "
            "j.revision, "
            "j.created_at, j.updated_at, c.display_name, c.do_not_service, coalesce(cr.name, ''), "
            "coalesce(a.street, ''), coalesce(a.unit, ''), coalesce(a.city, ''), coalesce(a.postal_code, "
            "''), "
            "coalesce(a.preferred_crew, '') FROM jobs j JOIN customers c ON c.id = j.customer_id "
            "LEFT JOIN customer_addresses a ON a.id = j.address_id LEFT JOIN crews cr ON cr.id = j.crew_id "
            "WHERE "
            "j.deleted_at IS NULL AND ")
        + where + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<JobView> out;
    QHash<QString, size_t> index;
    while (q.next()) {
        JobView v;
        Job &j = v.job;
        j.id = q.value(0).toString();
        j.customerId = q.value(1).toString();
        j.addressId = q.value(2).toString();
        j.status = jobStatusFromKey(q.value(3).toString());
        j.startUtc = fromIso(q.value(4));
        j.endUtc = fromIso(q.value(5));
        j.windowStartUtc = fromIso(q.value(6));
        j.windowEndUtc = fromIso(q.value(7));
        j.assignment.crewId = q.value(8).toString();
        j.crewNotes = q.value(9).toString();
        j.bookedBy = recordOwnerFromKey(q.value(10).toString());
        j.bookedByStaffId = q.value(11).toString();
        j.seriesId = q.value(12).toString();
        j.occurrenceUtc = fromIso(q.value(13));
        j.detached = q.value(14).toBool();
        j.statusReason = q.value(15).toString();
        j.overriddenConflicts = q.value(16).toString().split(u',', Qt::SkipEmptyParts);
        j.revision = q.value(17).toInt();
        j.createdAt = fromIso(q.value(18));
        j.updatedAt = fromIso(q.value(19));
        v.customerName = q.value(20).toString();
        v.customerDoNotService = q.value(21).toBool();
        v.crewName = q.value(22).toString();
        v.addressLine = addressLine(q, 23);
        v.preferredCrew = q.value(27).toString();
        index.insert(j.id, out.size());
        out.push_back(std::move(v));
    }
    if (out.empty())
        return out;
    // Lines and technicians of the same jobs, in two more passes over the same filter.
    QSqlQuery l
        = m_db.query(QStringLiteral("SELECT l.job_id, l.id, l.service_id, l.description, l.quantity, "
                                    "l.unit_price_minor, l.currency, l.price_overridden, l.duration_min FROM "
                                    "job_lines l JOIN jobs j ON j.id = l.job_id JOIN customers c ON c.id = "
                                    "j.customer_id WHERE j.deleted_at IS NULL AND ")
            + where + QStringLiteral(" ORDER BY l.job_id, l.position"));
    for (const QVariant &b : binds)
        l.addBindValue(b);
    if (!l.exec())
        return storageError(l.lastError());
    while (l.next()) {
        const auto it = index.constFind(l.value(0).toString());
        if (it == index.cend())
            continue;
        out[*it].job.lines.push_back(
            {l.value(1).toString(), l.value(2).toString(), l.value(3).toString(), l.value(4).toInt(),
                l.value(5).toLongLong(), l.value(6).toString(), l.value(7).toBool(), l.value(8).toInt()});
    }
    QSqlQuery t = m_db.query(
        QStringLiteral("SELECT t.job_id, t.staff_id, s.name FROM job_technicians t JOIN jobs j ON "
                       "j.id = t.job_id JOIN customers c ON c.id = j.customer_id JOIN staff s ON "
                       "s.id = t.staff_id WHERE j.deleted_at IS NULL AND ")
        + where + QStringLiteral(" ORDER BY s.name"));
    for (const QVariant &b : binds)
        t.addBindValue(b);
    if (!t.exec())
        return storageError(t.lastError());
    while (t.next()) {
        const auto it = index.constFind(t.value(0).toString());
        if (it == index.cend())
            continue;
        out[*it].job.assignment.technicianIds << t.value(1).toString();
        out[*it].technicianNames << t.value(2).toString();
    }
    for (JobView &v : out) {
        QStringList parts;
        for (const JobLine &line : v.job.lines)
            parts << (line.quantity > 1 ? QStringLiteral("%1 ×%2").arg(line.description).arg(line.quantity)
                                        : line.description);
        v.servicesSummary = parts.join(QStringLiteral(", "));
    }
    return out;
}

Result<JobView> JobService::jobView(const Actor &actor, const QString &jobId) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    auto v = views(QStringLiteral("j.id = ?"), {jobId}, QStringLiteral("j.id"));
    if (!v)
        return v.error();
    if (v->empty())
        return makeError(ErrorCode::NotFound, Tr::tr("The job does not exist or was removed."));
    return std::move(v.value().front());
}

Result<std::vector<QStringList>> JobService::history(const Actor &actor, const QString &jobId) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT at, staff_name, kind, detail FROM job_events WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<QStringList> out;
    while (q.next())
        out.push_back(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<BoardSnapshot> JobService::board(const Actor &actor, const QDate &firstDay, int days) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    if (!firstDay.isValid() || days < 1 || days > 31)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a day or a week to show."));
    BoardSnapshot snap;
    snap.zone = m_zone;
    snap.firstDay = firstDay;
    snap.days = days;
    const QDateTime from = QDateTime(firstDay, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(firstDay.addDays(days), QTime(0, 0), m_zone).toUTC();
    auto res = resources(from.addSecs(-kDaySecs), to.addSecs(kDaySecs));
    if (!res)
        return res.error();

    BoardLane unassigned;
    unassigned.kind = BoardLane::Kind::Unassigned;
    unassigned.title = Tr::tr("Unassigned");
    snap.lanes.push_back(unassigned);
    for (const Crew &c : res->crews()) {
        BoardLane lane;
        lane.kind = BoardLane::Kind::Crew;
        lane.key = crewLaneKey(c.id);
        lane.title = c.name;
        lane.color = c.color;
        // A crew works when all its members do.
        bool first = true;
        for (const QString &m : c.memberStaffIds) {
            const Technician *t = res->technician(m);
            if (!t)
                continue;
            for (const TimeOff &o : res->timeOff(m))
                lane.timeOff.push_back(o);
            if (first) {
                lane.hours = t->hours;
                first = false;
                continue;
            }
            std::vector<WorkingInterval> both;
            for (const WorkingInterval &a : lane.hours)
                for (const WorkingInterval &b : t->hours)
                    if (a.weekday == b.weekday && std::max(a.start, b.start) < std::min(a.end, b.end))
                        both.push_back({a.weekday, std::max(a.start, b.start), std::min(a.end, b.end)});
            lane.hours = std::move(both);
        }
        snap.lanes.push_back(std::move(lane));
    }
    for (const Technician &t : res->technicians()) {
        BoardLane lane;
        lane.kind = BoardLane::Kind::Technician;
        lane.key = technicianLaneKey(t.staffId);
        lane.title = t.name;
        lane.hours = t.hours;
        lane.timeOff = res->timeOff(t.staffId);
        snap.lanes.push_back(std::move(lane));
    }
    QHash<QString, int> lanes;
    for (const BoardLane &l : snap.lanes)
        lanes.insert(l.key, 0);

    auto jobs = views(QStringLiteral("j.start_utc < ? AND j.end_utc > ?"), {isoUtc(to), isoUtc(from)},
        QStringLiteral("j.start_utc, j.id"));
    if (!jobs)
        return jobs.error();
    snap.items.reserve(jobs->size());
    // A double booking a manager accepted is accepted for both jobs: the one booked first
    // is not flagged for it either.
    const QString doubleBooked = conflictKindKey(ConflictKind::DoubleBooked);
    QSet<QString> acceptedOverlap;
    for (const JobView &v : jobs.value())
        if (v.job.overriddenConflicts.contains(doubleBooked))
            acceptedOverlap.insert(v.job.id);
    for (JobView &v : jobs.value()) {
        std::vector<Conflict> open;
        for (Conflict &c : findConflicts(*res, v.job, v.preferredCrew, v.customerDoNotService)) {
            if (v.job.overriddenConflicts.contains(conflictKindKey(c.kind)))
                continue;
            if (c.kind == ConflictKind::DoubleBooked && acceptedOverlap.contains(c.otherJobId))
                continue;
            open.push_back(std::move(c));
        }
        QStringList keys;
        if (!v.job.assignment.crewId.isEmpty())
            keys << crewLaneKey(v.job.assignment.crewId);
        const Crew *crew = res->crew(v.job.assignment.crewId);
        for (const QString &t : v.job.assignment.technicianIds)
            if (!crew || !crew->memberStaffIds.contains(t))
                keys << technicianLaneKey(t);
        QStringList shown;
        for (const QString &k : keys)
            if (lanes.contains(k))
                shown << k;
        if (shown.isEmpty())
            shown << QString(); // the unassigned lane (or a crew that was removed)
        for (qsizetype i = 0; i < shown.size(); ++i) {
            BoardItem item;
            item.view = i + 1 < shown.size() ? v : std::move(v);
            item.laneKey = shown[i];
            item.conflicts = open;
            snap.items.push_back(std::move(item));
        }
    }
    return snap;
}

Result<std::vector<JobView>> JobService::jobsFor(
    const Actor &actor, const QString &staffId, const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    return views(QStringLiteral(
                     "j.start_utc < ? AND j.end_utc > ? AND (j.crew_id IN (SELECT crew_id FROM crew_members "
                     "WHERE staff_id = ?) OR j.id IN (SELECT job_id FROM job_technicians WHERE staff_id = "
                     "?))"),
        {isoUtc(toUtc), isoUtc(fromUtc), staffId, staffId}, QStringLiteral("j.start_utc, j.id"));
}

Result<std::vector<JobView>> JobService::laneDay(
    const Actor &actor, const QString &laneKey, const QDate &day) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    const QDateTime from = QDateTime(day, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    const QString live = QStringLiteral(" AND j.status NOT IN ('cancelled', 'no_show')");
    if (laneKey.startsWith(QLatin1String("crew:")))
        return views(QStringLiteral("j.start_utc < ? AND j.end_utc > ? AND j.crew_id = ?") + live,
            {isoUtc(to), isoUtc(from), laneKey.mid(5)}, QStringLiteral("j.start_utc, j.id"));
    if (laneKey.startsWith(QLatin1String("tech:"))) {
        auto all = jobsFor(actor, laneKey.mid(5), from, to);
        if (!all)
            return all.error();
        std::vector<JobView> out;
        for (JobView &v : all.value())
            if (v.job.status != JobStatus::Cancelled && v.job.status != JobStatus::NoShow)
                out.push_back(std::move(v));
        return out;
    }
    return views(
        QStringLiteral("j.start_utc < ? AND j.end_utc > ? AND j.crew_id IS NULL AND NOT EXISTS (SELECT 1 "
                       "FROM job_technicians t WHERE t.job_id = j.id)")
            + live,
        {isoUtc(to), isoUtc(from)}, QStringLiteral("j.start_utc, j.id"));
}

Result<TodaySummary> JobService::today(const Actor &actor, const QDateTime &nowUtc) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    const QDate day = nowUtc.toTimeZone(m_zone).date();
    const QDateTime from = QDateTime(day, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    TodaySummary out;
    auto jobs = views(QStringLiteral("j.start_utc < ? AND j.end_utc > ?"), {isoUtc(to), isoUtc(from)},
        QStringLiteral("j.start_utc, j.id"));
    if (!jobs)
        return jobs.error();
    out.jobs = std::move(jobs.value());
    auto open
        = views(QStringLiteral("(j.status = 'requested' OR (j.status = 'scheduled' AND j.crew_id IS NULL AND "
                               "j.start_utc >= ? AND NOT EXISTS (SELECT 1 FROM job_technicians t WHERE "
                               "t.job_id = j.id)))"),
            {isoUtc(from)}, QStringLiteral("j.created_at, j.id"));
    if (!open)
        return open.error();
    out.unassigned = std::move(open.value());
    // Late: not started 10 minutes after the start, or not finished 10 minutes after the end.
    const QString grace = isoUtc(nowUtc.addSecs(-10 * 60));
    auto late = views(QStringLiteral("((j.status IN ('scheduled', 'en_route') AND j.start_utc < ?) OR "
                                     "(j.status = 'in_progress' AND j.end_utc < ?)) AND j.start_utc >= ?"),
        {grace, grace, isoUtc(from)}, QStringLiteral("j.start_utc, j.id"));
    if (!late)
        return late.error();
    out.late = std::move(late.value());
    return out;
}

} // namespace spoke
