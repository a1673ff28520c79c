// Recurring service: a series is a rule plus a template; its occurrences are ordinary job
// rows materialised a rolling year ahead, each remembering which occurrence it is
// (series_id, occurrence_utc), so nothing is booked twice and a skipped visit stays skipped.

#include "core/schedule/job_service.h"
#include "core/schedule/job_sql.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace spoke {

using job_sql::fromIso;
using job_sql::isoOrNull;
using job_sql::Tr;

namespace {

constexpr qint64 kYearSecs = 365 * 24 * 3600;

Error denied(const QString &what)
{
    return makeError(ErrorCode::PermissionDenied, what);
}

/// When an occurrence moves to another weekday or date, the rule follows it.
RecurrenceRule followMove(RecurrenceRule rule, const QDate &oldLocal, const QDate &newLocal)
{
    if (oldLocal == newLocal)
        return rule;
    const auto oldDay = Qt::DayOfWeek(oldLocal.dayOfWeek());
    const auto newDay = Qt::DayOfWeek(newLocal.dayOfWeek());
    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        // No weekdays means "the first visit's weekday": every visit is on the old day.
        if (rule.weekdays.isEmpty() && oldDay != newDay)
            rule.weekdays = {newDay};
        const qsizetype i = rule.weekdays.indexOf(oldDay);
        if (i >= 0 && !rule.weekdays.contains(newDay))
            rule.weekdays[i] = newDay;
    } else if (rule.monthlyBy == RecurrenceRule::MonthlyBy::NthWeekday) {
        if (rule.weekday == oldDay)
            rule.weekday = newDay;
    } else if (rule.monthDay == oldLocal.day()) {
        rule.monthDay = newLocal.day();
    }
    return rule;
}

} // namespace

Status JobService::materialize(WriteTx &tx, const QString &seriesId, const Job &templ,
    const RecurrenceRule &rule, const QDateTime &firstLocal, const QDateTime &fromUtc, const QDateTime &toUtc,
    std::vector<Job> *touched)
{
    const std::vector<QDateTime> starts = expandRecurrence(rule, firstLocal, m_zone, fromUtc, toUtc, 1000);
    const QJsonObject t = job_sql::seriesTemplate(templ);
    for (const QDateTime &start : starts) {
        auto existing
            = tx.exec(QStringLiteral("SELECT id, status, detached, deleted_at, revision FROM jobs WHERE "
                                     "series_id = ? AND occurrence_utc = ?"),
                {seriesId, isoUtc(start)});
        if (!existing)
            return existing.error();
        Job job = job_sql::jobFromTemplate(t, templ.customerId, start);
        job.seriesId = seriesId;
        bool fresh = true;
        if (existing->next()) {
            const bool deleted = !existing->value(3).isNull();
            const JobStatus status = jobStatusFromKey(existing->value(1).toString());
            // Edited on their own, skipped, started or closed: an occurrence keeps its own life.
            if (!deleted && (existing->value(2).toBool() || status != JobStatus::Scheduled))
                continue;
            job.id = existing->value(0).toString();
            job.revision = existing->value(4).toInt();
            fresh = false;
            existing->finish();
        }
        for (JobLine &l : job.lines)
            l.id = tx.newId();
        if (Status s = saveRow(tx, job, fresh); !s)
            return s;
        if (touched)
            touched->push_back(std::move(job));
    }
    return {};
}

Result<QString> JobService::bookRecurring(
    const Actor &actor, Job job, const RecurrenceRule &rule, const QString &overrideReason)
{
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow booking jobs."));
    if (!job.startUtc.isValid())
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("A recurring service needs the time of its first visit."));
    const QDateTime firstLocal = job.startUtc.toTimeZone(m_zone);
    if (const QStringList p = rule.problems(firstLocal.date()); !p.isEmpty())
        return makeError(ErrorCode::InvalidInput, p.join(u'\n'));
    job.status = JobStatus::Scheduled;
    job.bookedBy = RecordOwner::Location;
    job.bookedByStaffId = actor.staffId;
    QString seriesId;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = prepareLines(tx, actor, job); !s)
            return s;
        if (Status s = validate(job); !s)
            return s;
        seriesId = tx.newId();
        const QDateTime horizon = tx.now().addSecs(kYearSecs);
        const QDateTime until = std::max(horizon, job.startUtc.addSecs(1));
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO job_series (id, customer_id, rrule, first_local, time_zone, "
                           "template, materialized_until, created_at, updated_at) VALUES "
                           "(?,?,?,?,?,?,?,?,?)"),
            {seriesId, job.customerId, rule.toRRule(m_zone), firstLocal.toString(Qt::ISODate).left(19),
                QString::fromUtf8(m_zone.id()),
                QString::fromUtf8(QJsonDocument(job_sql::seriesTemplate(job)).toJson(QJsonDocument::Compact)),
                isoUtc(until), tx.nowIso(), tx.nowIso()});
        if (!ins)
            return ins.error();
        std::vector<Job> occurrences;
        if (Status s = materialize(tx, seriesId, job, rule, firstLocal, job.startUtc, until, &occurrences);
            !s)
            return s;
        if (occurrences.empty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("This rule gives no visits at all."));
        if (Status s = checkConflicts(tx, actor, occurrences, overrideReason); !s)
            return s;
        for (Job &o : occurrences) {
            if (o.overriddenConflicts.isEmpty())
                continue;
            if (Status s = saveRow(tx, o, false); !s)
                return s;
            if (Status s = event(tx, o.id, QStringLiteral("override"), overrideReason.trimmed()); !s)
                return s;
        }
        auto tl
            = tx.exec(QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, "
                                     "actor_name, summary, ref_entity, ref_id) VALUES (?,?,?,?,?,?,?,?,?)"),
                {tx.newId(), job.customerId, tx.nowIso(), QStringLiteral("job"), nonNull(actor.staffId),
                    nonNull(actor.name), Tr::tr("Recurring service booked: %1").arg(rule.describe()),
                    QStringLiteral("series"), seriesId});
        if (!tl)
            return tl.error();
        if (Status s = tx.outbox(QStringLiteral("job_series"), seriesId, QStringLiteral("upsert"),
                {{QStringLiteral("id"), seriesId}, {QStringLiteral("customerId"), job.customerId},
                    {QStringLiteral("rrule"), rule.toRRule(m_zone)},
                    {QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())}});
            !s)
            return s;
        return tx.audit(QStringLiteral("job.book_recurring"), QStringLiteral("job_series"), seriesId,
            {{QStringLiteral("rrule"), rule.toRRule(m_zone)},
                {QStringLiteral("occurrences"), int(occurrences.size())}});
    });
    if (!st)
        return st.error();
    return seriesId;
}

Status JobService::skipOccurrence(const Actor &actor, const QString &jobId)
{
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow changing jobs."));
    auto loaded = load(jobId);
    if (!loaded)
        return loaded.error();
    Job job = std::move(loaded).value();
    if (job.seriesId.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("Only a visit of a recurring service can be skipped."));
    if (!jobStatusMovable(job.status))
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("A visit that is %1 can't be skipped.").arg(jobStatusLabel(job.status).toLower()));
    job.status = JobStatus::Cancelled;
    job.statusReason = Tr::tr("Skipped");
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = saveRow(tx, job, false); !s)
            return s;
        if (Status s = event(tx, job.id, QStringLiteral("skipped"), {}); !s)
            return s;
        return tx.audit(QStringLiteral("job.skip"), QStringLiteral("job"), job.id);
    });
}

Result<RecurrenceRule> JobService::seriesRule(const Actor &actor, const QString &seriesId) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return denied(Tr::tr("Your role does not allow seeing the schedule."));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT rrule FROM job_series WHERE id = ?"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The recurring service does not exist."));
    return RecurrenceRule::fromRRule(q.value(0).toString(), m_zone);
}

Status JobService::updateSeries(
    WriteTx &tx, const Actor &actor, Job job, SeriesScope scope, const QString &overrideReason)
{
    auto q
        = tx.exec(QStringLiteral("SELECT rrule, first_local FROM job_series WHERE id = ?"), {job.seriesId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("The recurring service does not exist."));
    auto parsed = RecurrenceRule::fromRRule(q->value(0).toString(), m_zone);
    if (!parsed)
        return parsed.error();
    const RecurrenceRule rule = parsed.value();
    const QDateTime storedFirst = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
    const QDateTime firstLocal(storedFirst.date(), storedFirst.time(), m_zone);
    q->finish();
    if (!job.startUtc.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A visit of a recurring service needs a time."));
    // The edited visit is rebuilt by the new rule: only one that hasn't started can be.
    if (job.status != JobStatus::Scheduled)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("This visit is under way: change it on its own, and the series from the next visit."));
    const QDateTime oldLocal = job.occurrenceUtc.toTimeZone(m_zone);
    const QDateTime newLocal = job.startUtc.toTimeZone(m_zone);
    const QDateTime firstUtc = localToUtc(firstLocal.date(), firstLocal.time(), m_zone);
    // "This and following" from the first visit is the same as "all".
    if (scope == SeriesScope::ThisAndFollowing && job.occurrenceUtc <= firstUtc)
        scope = SeriesScope::All;

    RecurrenceRule newRule = followMove(rule, oldLocal.date(), newLocal.date());
    const bool dayMoved = !(newRule == rule);
    const qint64 shift = oldLocal.date().daysTo(newLocal.date());
    // Where a visit of the old rule goes under the edit: every visit takes the new time of
    // day, and the visits on the day that moved (all of them, monthly) move with it.
    auto follow = [&](const QDateTime &occurrenceUtc) {
        if (occurrenceUtc == job.occurrenceUtc)
            return job.startUtc;
        QDate d = occurrenceUtc.toTimeZone(m_zone).date();
        if (dayMoved
            && (rule.frequency == RecurrenceRule::Frequency::Monthly
                || d.dayOfWeek() == oldLocal.date().dayOfWeek()))
            d = d.addDays(shift);
        return localToUtc(d, newLocal.time(), m_zone);
    };
    // The earliest place the old visits from `fromUtc` on go to (with several weekdays the
    // moved day may come after one that stayed).
    auto earliestFrom = [&](const QDateTime &fromUtc) {
        QDateTime best;
        for (const QDateTime &o : expandRecurrence(rule, firstLocal, m_zone, fromUtc, QDateTime(), 16)) {
            const QDateTime m = follow(o);
            if (!best.isValid() || m < best)
                best = m;
        }
        if (job.occurrenceUtc >= fromUtc && (!best.isValid() || job.startUtc < best))
            best = job.startUtc;
        return best;
    };

    // Old visits from the cutoff on are rebuilt; the ones before it happened as they were.
    QDateTime cutoff;
    QDateTime newFirstUtc;
    if (scope == SeriesScope::All) {
        // From now on, or from the edited visit if that is earlier.
        cutoff = std::max(firstUtc, std::min(tx.now(), job.occurrenceUtc));
        // A coming visit that the move would put in the past (Tuesday's visit moved to
        // Monday, on Tuesday morning) stays where it is rather than vanish.
        for (const QDateTime &o : expandRecurrence(rule, firstLocal, m_zone, cutoff, QDateTime(), 16)) {
            if (o == job.occurrenceUtc || follow(o) >= tx.now())
                break;
            cutoff = o.addSecs(1);
        }
        newFirstUtc = earliestFrom(firstUtc);
    } else {
        cutoff = job.occurrenceUtc;
        newFirstUtc = earliestFrom(cutoff);
        if (rule.count > 0) {
            // The two series together keep the number of visits.
            const auto before = expandRecurrence(rule, firstLocal, m_zone, firstUtc, job.occurrenceUtc, 1000);
            newRule.count = std::max(1, rule.count - int(before.size()));
        }
    }
    // New visits start where the first rebuilt one goes (not before: in a week whose visit
    // already happened, the moved rule must not book a second one).
    const QDateTime rebuildFrom = earliestFrom(cutoff);
    const QDateTime newFirst(newFirstUtc.toTimeZone(m_zone).date(), newLocal.time(), m_zone);
    if (const QStringList p = newRule.problems(newFirst.date()); !p.isEmpty())
        return makeError(ErrorCode::InvalidInput, p.join(u'\n'));
    const QString newFirstText = newFirst.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const QString templateText
        = QString::fromUtf8(QJsonDocument(job_sql::seriesTemplate(job)).toJson(QJsonDocument::Compact));
    const QDateTime horizon = tx.now().addSecs(kYearSecs);

    QString seriesId = job.seriesId;
    if (scope == SeriesScope::ThisAndFollowing) {
        // End the old series the day before this visit; a new one starts here.
        RecurrenceRule ended = rule;
        ended.count = 0;
        ended.until = oldLocal.date().addDays(-1);
        auto up = tx.exec(QStringLiteral("UPDATE job_series SET rrule = ?, updated_at = ? WHERE id = ?"),
            {ended.toRRule(m_zone), tx.nowIso(), job.seriesId});
        if (!up)
            return up.error();
        seriesId = tx.newId();
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO job_series (id, customer_id, rrule, first_local, time_zone, "
                           "template, materialized_until, created_at, updated_at) VALUES "
                           "(?,?,?,?,?,?,?,?,?)"),
            {seriesId, job.customerId, newRule.toRRule(m_zone), newFirstText, QString::fromUtf8(m_zone.id()),
                templateText, isoUtc(horizon), tx.nowIso(), tx.nowIso()});
        if (!ins)
            return ins.error();
    } else {
        auto up = tx.exec(
            QStringLiteral("UPDATE job_series SET rrule = ?, first_local = ?, template = ?, "
                           "materialized_until = max(materialized_until, ?), updated_at = ? WHERE id = ?"),
            {newRule.toRRule(m_zone), newFirstText, templateText, isoUtc(horizon), tx.nowIso(), seriesId});
        if (!up)
            return up.error();
    }

    // Take away the old series' untouched visits from the cutoff, and the edited visit
    // itself: the new rule brings them back.
    auto gone = tx.exec(
        QStringLiteral("UPDATE jobs SET deleted_at = ?, revision = revision + 1, updated_at = ? WHERE "
                       "((series_id = ? AND occurrence_utc >= ? AND detached = 0 AND status = "
                       "'scheduled') OR id = ?) AND deleted_at IS NULL RETURNING id"),
        {tx.nowIso(), tx.nowIso(), job.seriesId, isoUtc(cutoff), job.id});
    if (!gone)
        return gone.error();
    QStringList removed;
    while (gone->next())
        removed << gone->value(0).toString();
    gone->finish();

    // Visits with a life of their own (skipped, moved on their own, started) stay as they
    // are, but their place in the series follows the rule, so it doesn't book their week
    // again.
    struct Kept
    {
        QString id;
        QDateTime from, to;
    };
    std::vector<Kept> kept;
    {
        auto k = tx.exec(
            QStringLiteral("SELECT id, occurrence_utc FROM jobs WHERE series_id = ? AND occurrence_utc "
                           ">= ? AND deleted_at IS NULL"),
            {job.seriesId, isoUtc(cutoff)});
        if (!k)
            return k.error();
        while (k->next()) {
            const QDateTime occurrence = fromIso(k->value(1));
            kept.push_back({k->value(0).toString(), occurrence, follow(occurrence)});
        }
    }
    // Moving later: the last first, so a visit never lands on one not moved yet.
    const qint64 dayShift = dayMoved ? shift : 0;
    const bool later = dayShift > 0 || (dayShift == 0 && newLocal.time() > oldLocal.time());
    std::sort(kept.begin(), kept.end(),
        [&](const Kept &a, const Kept &b) { return later ? a.from > b.from : a.from < b.from; });
    for (const Kept &k : kept) {
        if (k.to == k.from && seriesId == job.seriesId)
            continue;
        // A removed visit that had that place gives it up (tombstones keep their id).
        auto free = tx.exec(QStringLiteral("UPDATE jobs SET occurrence_utc = NULL WHERE series_id = ? AND "
                                           "occurrence_utc = ? AND deleted_at IS NOT NULL"),
            {seriesId, isoUtc(k.to)});
        if (!free)
            return free.error();
        auto mv = tx.exec(
            QStringLiteral("UPDATE jobs SET series_id = ?, occurrence_utc = ?, revision = revision + 1, "
                           "updated_at = ? WHERE id = ?"),
            {seriesId, isoUtc(k.to), tx.nowIso(), k.id});
        if (!mv)
            return mv.error();
        if (seriesId != job.seriesId) {
            auto moved = load(k.id);
            if (!moved)
                return moved.error();
            if (Status s
                = tx.outbox(QStringLiteral("job"), k.id, QStringLiteral("upsert"), syncPayload(*moved));
                !s)
                return s;
        }
    }

    std::vector<Job> touched;
    if (rebuildFrom.isValid())
        if (Status s = materialize(tx, seriesId, job, newRule, newFirst, rebuildFrom, horizon, &touched); !s)
            return s;
    if (Status s = checkConflicts(tx, actor, touched, overrideReason); !s)
        return s;
    QSet<QString> rebuilt;
    for (Job &o : touched) {
        rebuilt.insert(o.id);
        if (!o.overriddenConflicts.isEmpty())
            if (Status s = saveRow(tx, o, false); !s)
                return s;
    }
    for (const QString &id : removed)
        if (!rebuilt.contains(id))
            if (Status s = tx.outbox(
                    QStringLiteral("job"), id, QStringLiteral("delete"), {{QStringLiteral("id"), id}});
                !s)
                return s;
    return tx.audit(QStringLiteral("job.update_series"), QStringLiteral("job_series"), seriesId,
        {{QStringLiteral("scope"),
             scope == SeriesScope::All ? QStringLiteral("all") : QStringLiteral("following")},
            {QStringLiteral("rrule"), newRule.toRRule(m_zone)}});
}

Result<int> JobService::extendSeries(const Actor &actor, const QDateTime &nowUtc)
{
    // Run by Spoke itself (Actor::system()) at start-up and daily, or by anyone who books.
    if (!allows(actor.role, Permission::BookJobs))
        return denied(Tr::tr("Your role does not allow booking jobs."));
    int added = 0;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, customer_id, rrule, first_local, template, materialized_until "
                       "FROM job_series WHERE ended_at IS NULL AND materialized_until < ?"));
    const QDateTime horizon = nowUtc.addSecs(kYearSecs);
    q.addBindValue(isoUtc(horizon));
    if (!q.exec())
        return storageError(q.lastError());
    struct Due
    {
        QString id, customerId, rrule, firstLocal, templ;
        QDateTime from;
    };
    std::vector<Due> due;
    while (q.next())
        due.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5))});
    q.finish();
    for (const Due &d : due) {
        auto rule = RecurrenceRule::fromRRule(d.rrule, m_zone);
        if (!rule)
            continue; // a rule this build can't read is left as it is
        const QDateTime parsed = QDateTime::fromString(d.firstLocal, Qt::ISODate);
        const QDateTime first(parsed.date(), parsed.time(), m_zone);
        const QJsonObject t = QJsonDocument::fromJson(d.templ.toUtf8()).object();
        Job templ = job_sql::jobFromTemplate(t, d.customerId, localToUtc(first.date(), first.time(), m_zone));
        Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
            std::vector<Job> touched;
            if (Status s = materialize(tx, d.id, templ, *rule, first, d.from, horizon, &touched); !s)
                return s;
            added += int(touched.size());
            auto up = tx.exec(QStringLiteral("UPDATE job_series SET materialized_until = ? WHERE id = ?"),
                {isoUtc(horizon), d.id});
            return up ? Status() : Status(up.error());
        });
        if (!st)
            return st.error();
    }
    return added;
}

} // namespace spoke
