#include "core/schedule/scheduling_rules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Schedule)
};

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

/// Minutes since midnight; a time with seconds counts as the next minute, so 23:59:59.999
/// is the end of the day (1440).
int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute() + ((t.second() > 0 || t.msec() > 0) ? 1 : 0);
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

const std::vector<ScheduleResources::Busy> kNoBusy;
const std::vector<TimeOff> kNoTimeOff;

using Range = std::pair<int, int>; // minutes of a local day

/// The working ranges of one person on one weekday, sorted.
std::vector<Range> dayRanges(const Technician &t, Qt::DayOfWeek day)
{
    std::vector<Range> out;
    for (const WorkingInterval &w : t.hours)
        if (w.weekday == day)
            out.emplace_back(minutesOf(w.start), minutesOf(w.end));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Range> intersect(const std::vector<Range> &a, const std::vector<Range> &b)
{
    std::vector<Range> out;
    for (const Range &x : a)
        for (const Range &y : b) {
            const int s = std::max(x.first, y.first);
            const int e = std::min(x.second, y.second);
            if (s < e)
                out.emplace_back(s, e);
        }
    std::sort(out.begin(), out.end());
    return out;
}

QString hhmm(const QDateTime &utc, const QTimeZone &zone)
{
    return QLocale().toString(utc.toTimeZone(zone).time(), QLocale::ShortFormat);
}

} // namespace

ScheduleResources::ScheduleResources(QTimeZone zone)
    : m_zone(std::move(zone))
{ }

void ScheduleResources::addTechnician(Technician technician)
{
    for (const QString &s : technician.skillServiceIds)
        m_skilledServices.insert(s);
    m_techIndex.insert(technician.staffId, int(m_technicians.size()));
    m_technicians.push_back(std::move(technician));
}

void ScheduleResources::addCrew(Crew crew)
{
    m_crewIndex.insert(crew.id, int(m_crews.size()));
    m_crews.push_back(std::move(crew));
}

void ScheduleResources::addTimeOff(TimeOff off)
{
    m_timeOff[off.staffId].push_back(std::move(off));
}

void ScheduleResources::addBusy(
    const QString &jobId, const Assignment &assignment, const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (!startUtc.isValid() || !endUtc.isValid())
        return;
    m_pendingBusy.emplace_back(
        Busy {startUtc.toMSecsSinceEpoch(), endUtc.toMSecsSinceEpoch(), jobId}, assignment);
}

void ScheduleResources::finish()
{
    // Resolved here rather than in addBusy(): a crew added after its jobs still counts.
    for (const auto &[b, assignment] : m_pendingBusy)
        for (const QString &p : people(assignment))
            m_busy[p].push_back(b);
    m_pendingBusy.clear();
    for (auto &list : m_busy)
        std::sort(
            list.begin(), list.end(), [](const Busy &a, const Busy &b) { return a.startMs < b.startMs; });
}

const Technician *ScheduleResources::technician(const QString &staffId) const
{
    const auto it = m_techIndex.constFind(staffId);
    return it == m_techIndex.cend() ? nullptr : &m_technicians[size_t(*it)];
}

const Crew *ScheduleResources::crew(const QString &crewId) const
{
    const auto it = m_crewIndex.constFind(crewId);
    return it == m_crewIndex.cend() ? nullptr : &m_crews[size_t(*it)];
}

QStringList ScheduleResources::people(const Assignment &assignment) const
{
    QStringList out;
    if (!assignment.crewId.isEmpty())
        if (const Crew *c = crew(assignment.crewId))
            out = c->memberStaffIds;
    for (const QString &t : assignment.technicianIds)
        if (!out.contains(t))
            out.push_back(t);
    return out;
}

const std::vector<ScheduleResources::Busy> &ScheduleResources::busy(const QString &staffId) const
{
    const auto it = m_busy.constFind(staffId);
    return it == m_busy.cend() ? kNoBusy : *it;
}

const std::vector<TimeOff> &ScheduleResources::timeOff(const QString &staffId) const
{
    const auto it = m_timeOff.constFind(staffId);
    return it == m_timeOff.cend() ? kNoTimeOff : *it;
}

bool ScheduleResources::hasHours(const QString &staffId) const
{
    const Technician *t = technician(staffId);
    return t && !t->hours.empty();
}

bool ScheduleResources::worksThrough(
    const QString &staffId, const QDateTime &startUtc, const QDateTime &endUtc) const
{
    const Technician *t = technician(staffId);
    if (!t || t->hours.empty())
        return true;
    const QDateTime s = startUtc.toTimeZone(m_zone);
    const QDateTime e = endUtc.toTimeZone(m_zone);
    const int startMin = minutesOf(s.time());
    int endMin = minutesOf(e.time());
    if (e.date() != s.date()) {
        if (e.date() == s.date().addDays(1) && endMin == 0)
            endMin = 1440;
        else
            return false; // over midnight: nobody's shift is booked that way
    }
    for (const Range &r : dayRanges(*t, Qt::DayOfWeek(s.date().dayOfWeek())))
        if (r.first <= startMin && endMin <= r.second)
            return true;
    return false;
}

std::vector<Conflict> findConflicts(
    const ScheduleResources &res, const Job &job, const QString &preferredCrew, bool customerDoNotService)
{
    std::vector<Conflict> out;
    if (job.status == JobStatus::Cancelled || job.status == JobStatus::NoShow
        || job.status == JobStatus::Completed || job.status == JobStatus::Invoiced)
        return out;
    if (customerDoNotService)
        out.push_back(
            {ConflictKind::DoNotService, {}, {}, Tr::tr("The customer is marked “do not service”.")});
    if (!job.startUtc.isValid() || !job.endUtc.isValid())
        return out;
    const QStringList people = res.people(job.assignment);
    if (people.isEmpty())
        return out;
    const qint64 s = job.startUtc.toMSecsSinceEpoch();
    const qint64 e = job.endUtc.toMSecsSinceEpoch();
    auto nameOf = [&res](const QString &id) -> QString {
        const Technician *t = res.technician(id);
        return t ? t->name : Tr::tr("A technician");
    };
    for (const QString &p : people) {
        const auto &busy = res.busy(p);
        // Busy lists are sorted by start; no job is longer than a day.
        auto it = std::lower_bound(busy.begin(), busy.end(), s - kDayMs,
            [](const ScheduleResources::Busy &b, qint64 v) { return b.startMs < v; });
        for (; it != busy.end() && it->startMs < e; ++it) {
            if (it->jobId == job.id || it->endMs <= s)
                continue;
            out.push_back({ConflictKind::DoubleBooked, p, it->jobId,
                Tr::tr("%1 is already on another job from %2 to %3.")
                    .arg(nameOf(p), hhmm(QDateTime::fromMSecsSinceEpoch(it->startMs, Qt::UTC), res.zone()),
                        hhmm(QDateTime::fromMSecsSinceEpoch(it->endMs, Qt::UTC), res.zone()))});
        }
        if (!res.worksThrough(p, job.startUtc, job.endUtc))
            out.push_back({ConflictKind::OutsideHours, p, {},
                Tr::tr("%1 doesn't work at that time (outside working hours).").arg(nameOf(p))});
        for (const TimeOff &off : res.timeOff(p)) {
            if (off.startUtc.toMSecsSinceEpoch() < e && off.endUtc.toMSecsSinceEpoch() > s) {
                out.push_back({ConflictKind::TimeOff, p, {},
                    off.reason.isEmpty()
                        ? Tr::tr("%1 is off at that time.").arg(nameOf(p))
                        : Tr::tr("%1 is off at that time (%2).").arg(nameOf(p), off.reason)});
                break;
            }
        }
    }
    for (const JobLine &line : job.lines) {
        if (line.serviceId.isEmpty() || !res.serviceNeedsSkill(line.serviceId))
            continue;
        const bool covered = std::any_of(people.begin(), people.end(), [&](const QString &p) {
            const Technician *t = res.technician(p);
            return t && t->skillServiceIds.contains(line.serviceId);
        });
        if (!covered)
            out.push_back({ConflictKind::MissingSkill, {}, {},
                Tr::tr("Nobody on this job is trained for “%1”.").arg(line.description)});
    }
    if (!preferredCrew.trimmed().isEmpty()) {
        // "Send the same crew" names a crew or a person. A person counts when they go,
        // alone or with their crew: the customer gets who they asked for.
        bool match = false;
        if (const Crew *c = res.crew(job.assignment.crewId))
            match = sameText(c->name, preferredCrew);
        for (const QString &p : people)
            match = match || sameText(nameOf(p), preferredCrew);
        if (!match)
            out.push_back({ConflictKind::NotPreferredCrew, {}, {},
                Tr::tr("The customer asked for %1.").arg(preferredCrew.trimmed())});
    }
    return out;
}

QString describeConflicts(const std::vector<Conflict> &conflicts)
{
    QStringList lines;
    for (const Conflict &c : conflicts)
        lines << c.message;
    return lines.join(u'\n');
}

namespace {

struct Candidate
{
    Assignment assignment;
    QString laneKey;
    QString title;
    std::vector<const Technician *> people;
    bool preferred = false;
};

/// The earliest start >= from, on the step grid counted from `base`, at which [start,
/// start + duration) avoids every blocked interval and stays inside [windowStart, windowEnd).
qint64 firstFit(qint64 windowStart, qint64 windowEnd, qint64 from, qint64 base, qint64 stepMs,
    qint64 durationMs, const std::vector<std::pair<qint64, qint64>> &blocked)
{
    auto align = [&](qint64 t) {
        const qint64 off = t - base;
        const qint64 r = ((off % stepMs) + stepMs) % stepMs;
        return r == 0 ? t : t + (stepMs - r);
    };
    qint64 start = align(std::max(windowStart, from));
    for (const auto &[bs, be] : blocked) {
        if (start + durationMs > windowEnd)
            return -1;
        if (be <= start)
            continue;
        if (bs >= start + durationMs)
            break;
        start = align(be);
    }
    return start + durationMs <= windowEnd ? start : -1;
}

} // namespace

std::vector<SlotSuggestion> suggestSlots(const ScheduleResources &res, const SlotRequest &req)
{
    std::vector<SlotSuggestion> out;
    if (req.durationMinutes <= 0 || !req.fromUtc.isValid() || !req.toUtc.isValid()
        || req.fromUtc >= req.toUtc)
        return out;
    const qint64 durationMs = req.durationMinutes * kMinuteMs;
    const qint64 stepMs = std::max(1, req.stepMinutes) * kMinuteMs;
    const qint64 fromMs = req.fromUtc.toMSecsSinceEpoch();
    const qint64 toMs = req.toUtc.toMSecsSinceEpoch();

    auto skilled = [&](const std::vector<const Technician *> &people) {
        for (const QString &service : req.serviceIds) {
            if (!res.serviceNeedsSkill(service))
                continue;
            const bool ok = std::any_of(people.begin(), people.end(),
                [&](const Technician *t) { return t->skillServiceIds.contains(service); });
            if (!ok)
                return false;
        }
        return true;
    };

    std::vector<Candidate> candidates;
    for (const Crew &c : res.crews()) {
        if (!c.active || c.memberStaffIds.isEmpty())
            continue;
        Candidate cand {{c.id, {}}, crewLaneKey(c.id), c.name, {}, sameText(c.name, req.preferredCrew)};
        bool usable = true;
        for (const QString &m : c.memberStaffIds) {
            const Technician *t = res.technician(m);
            if (!t || !t->active || t->hours.empty())
                usable = false;
            else
                cand.people.push_back(t);
        }
        if (usable && skilled(cand.people))
            candidates.push_back(std::move(cand));
    }
    for (const Technician &t : res.technicians()) {
        if (!t.active || t.hours.empty())
            continue;
        Candidate cand {{{}, {t.staffId}}, technicianLaneKey(t.staffId), t.name, {&t},
            sameText(t.name, req.preferredCrew)};
        if (skilled(cand.people))
            candidates.push_back(std::move(cand));
    }

    const QDate firstDay = req.fromUtc.toTimeZone(res.zone()).date();
    const QDate lastDay = req.toUtc.toTimeZone(res.zone()).date();
    std::vector<std::pair<qint64, qint64>> blocked;
    for (const Candidate &cand : candidates) {
        int found = 0;
        for (QDate day = firstDay; day <= lastDay && found < req.perCandidate; day = day.addDays(1)) {
            const auto weekday = Qt::DayOfWeek(day.dayOfWeek());
            std::vector<Range> ranges = dayRanges(*cand.people.front(), weekday);
            for (size_t i = 1; i < cand.people.size() && !ranges.empty(); ++i)
                ranges = intersect(ranges, dayRanges(*cand.people[i], weekday));
            if (ranges.empty())
                continue;
            const qint64 base = QDateTime(day, QTime(0, 0), res.zone()).toMSecsSinceEpoch();
            auto at = [&](int minutes) {
                return minutes >= 1440
                    ? QDateTime(day.addDays(1), QTime(0, 0), res.zone()).toMSecsSinceEpoch()
                    : QDateTime(day, QTime(minutes / 60, minutes % 60), res.zone()).toMSecsSinceEpoch();
            };
            const qint64 dayStart = at(ranges.front().first);
            const qint64 dayEnd = at(ranges.back().second);
            blocked.clear();
            for (const Technician *t : cand.people) {
                const auto &busy = res.busy(t->staffId);
                auto it = std::lower_bound(busy.begin(), busy.end(), dayStart - kDayMs,
                    [](const ScheduleResources::Busy &b, qint64 v) { return b.startMs < v; });
                for (; it != busy.end() && it->startMs < dayEnd; ++it)
                    if (it->endMs > dayStart && it->jobId != req.ignoreJobId)
                        blocked.emplace_back(it->startMs, it->endMs);
                for (const TimeOff &off : res.timeOff(t->staffId)) {
                    const qint64 os = off.startUtc.toMSecsSinceEpoch();
                    const qint64 oe = off.endUtc.toMSecsSinceEpoch();
                    if (os < dayEnd && oe > dayStart)
                        blocked.emplace_back(os, oe);
                }
            }
            std::sort(blocked.begin(), blocked.end());
            for (const Range &r : ranges) {
                const qint64 ws = at(r.first);
                const qint64 we = std::min(at(r.second), toMs);
                const qint64 start = firstFit(ws, we, fromMs, base, stepMs, durationMs, blocked);
                if (start < 0)
                    continue;
                out.push_back({cand.assignment, cand.laneKey, cand.title,
                    QDateTime::fromMSecsSinceEpoch(start, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(start + durationMs, Qt::UTC), cand.preferred});
                ++found;
                break; // one per day and candidate
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SlotSuggestion &a, const SlotSuggestion &b) {
        if (a.preferred != b.preferred)
            return a.preferred;
        if (a.startUtc != b.startUtc)
            return a.startUtc < b.startUtc;
        return a.laneTitle.localeAwareCompare(b.laneTitle) < 0;
    });
    if (out.size() > size_t(std::max(0, req.maxSuggestions)))
        out.resize(size_t(std::max(0, req.maxSuggestions)));
    return out;
}

} // namespace spoke
