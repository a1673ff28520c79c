// The scheduling rules without a database: the job status machine over every pair of
// statuses, the conflict rules (double booking, hours, time off, skills, preferred crew,
// do-not-service) and the slot finder (earliest fit, the step grid, one suggestion a day per
// candidate, preferred crew first, skills, crews, time off, a DST week in New York).
//
// Dates: 1 March 2027 is a Monday; in New York the clocks go forward on Sunday 14 March 2027
// (09:00 EST is 14:00Z before it, 09:00 EDT is 13:00Z after it).

#include "core/schedule/scheduling_rules.h"

#include <QTest>

#include <algorithm>

using namespace spoke;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(spoke::JobStatus)

namespace {

const QTimeZone kUtc(QByteArrayLiteral("UTC"));
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

QDateTime utc(int d, int h, int min = 0, int month = 3)
{
    return QDateTime(QDate(2027, month, d), QTime(h, min), Qt::UTC);
}

std::vector<WorkingInterval> weekdays(QTime start, QTime end)
{
    std::vector<WorkingInterval> out;
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        out.push_back({Qt::DayOfWeek(d), start, end});
    return out;
}

std::vector<WorkingInterval> everyDay(QTime start, QTime end)
{
    std::vector<WorkingInterval> out;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        out.push_back({Qt::DayOfWeek(d), start, end});
    return out;
}

Technician tech(
    const QString &id, const QString &name, std::vector<WorkingInterval> hours = {}, QStringList skills = {})
{
    Technician t;
    t.staffId = id;
    t.name = name;
    t.hours = std::move(hours);
    t.skillServiceIds = std::move(skills);
    return t;
}

Job job(const QString &id, const QDateTime &start, const QDateTime &end, Assignment a,
    JobStatus status = JobStatus::Scheduled)
{
    Job j;
    j.id = id;
    j.customerId = u"c1"_s;
    j.status = status;
    j.startUtc = start;
    j.endUtc = end;
    j.assignment = std::move(a);
    return j;
}

Assignment techs(QStringList ids)
{
    return Assignment {{}, std::move(ids)};
}

Assignment crewOf(const QString &id)
{
    return Assignment {id, {}};
}

std::vector<ConflictKind> kinds(const std::vector<Conflict> &cs)
{
    std::vector<ConflictKind> out;
    for (const Conflict &c : cs)
        out.push_back(c.kind);
    return out;
}

int countOf(const std::vector<Conflict> &cs, ConflictKind kind)
{
    return int(std::count_if(cs.begin(), cs.end(), [&](const Conflict &c) { return c.kind == kind; }));
}

const Conflict *first(const std::vector<Conflict> &cs, ConflictKind kind)
{
    for (const Conflict &c : cs)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

std::vector<SlotSuggestion> inLane(const std::vector<SlotSuggestion> &all, const QString &laneKey)
{
    std::vector<SlotSuggestion> out;
    for (const SlotSuggestion &s : all)
        if (s.laneKey == laneKey)
            out.push_back(s);
    return out;
}

QString describe(const std::vector<SlotSuggestion> &list)
{
    QStringList out;
    for (const SlotSuggestion &s : list)
        out << u"%1@%2"_s.arg(s.laneKey, s.startUtc.toString(Qt::ISODate));
    return out.join(u", "_s);
}

/// The statuses each status may move to, as the design states them.
std::vector<JobStatus> expectedNext(JobStatus from)
{
    using S = JobStatus;
    switch (from) {
    case S::Requested:
        return {S::Scheduled, S::Cancelled};
    case S::Scheduled:
        return {S::EnRoute, S::Requested, S::Cancelled, S::NoShow};
    case S::EnRoute:
        return {S::InProgress, S::Scheduled, S::NoShow, S::Cancelled};
    case S::InProgress:
        return {S::Completed};
    case S::Completed:
        return {S::Invoiced};
    case S::Invoiced:
    case S::Cancelled:
    case S::NoShow:
        return {};
    }
    return {};
}

constexpr JobStatus kAll[] {JobStatus::Requested, JobStatus::Scheduled, JobStatus::EnRoute,
    JobStatus::InProgress, JobStatus::Completed, JobStatus::Invoiced, JobStatus::Cancelled,
    JobStatus::NoShow};

} // namespace

class TestScheduleRules : public QObject
{
    Q_OBJECT

private slots:
    // --- status machine -------------------------------------------------------------

    void statusMachine_data()
    {
        QTest::addColumn<JobStatus>("from");
        QTest::addColumn<JobStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (JobStatus from : kAll) {
            const auto next = expectedNext(from);
            for (JobStatus to : kAll) {
                const bool ok = std::find(next.begin(), next.end(), to) != next.end();
                QTest::addRow("%s->%s", qPrintable(jobStatusKey(from)), qPrintable(jobStatusKey(to)))
                    << from << to << ok;
            }
        }
    }

    void statusMachine()
    {
        QFETCH(JobStatus, from);
        QFETCH(JobStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(JobStatusMachine::allowed(from, to), allowed);
        const QString why = JobStatusMachine::refusal(from, to);
        QCOMPARE(why.isEmpty(), allowed);
        const auto next = JobStatusMachine::nextStatuses(from);
        QCOMPARE(std::find(next.begin(), next.end(), to) != next.end(), allowed);
    }

    void statusKeysRoundTrip()
    {
        for (JobStatus s : kAll) {
            bool ok = false;
            QCOMPARE(jobStatusFromKey(jobStatusKey(s), &ok), s);
            QVERIFY(ok);
            QVERIFY(!jobStatusLabel(s).isEmpty());
        }
        bool ok = true;
        jobStatusFromKey(u"teleported"_s, &ok);
        QVERIFY(!ok);
    }

    void refusalsSayWhy()
    {
        QVERIFY(JobStatusMachine::refusal(JobStatus::Completed, JobStatus::EnRoute).contains(u"invoiced"_s));
        QVERIFY(JobStatusMachine::refusal(JobStatus::Cancelled, JobStatus::Scheduled).contains(u"new job"_s));
        QVERIFY(
            JobStatusMachine::refusal(JobStatus::Requested, JobStatus::Completed).contains(u"in progress"_s));
    }

    // --- conflicts ------------------------------------------------------------------

    void doubleBookingCountsCrewMembersAndIgnoresTouching()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s));
        res.addTechnician(tech(u"b"_s, u"Bob"_s));
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s, u"b"_s}});
        res.addBusy(u"j1"_s, crewOf(u"c"_s), utc(1, 9), utc(1, 11)); // the crew, Monday 9-11
        res.addBusy(u"j2"_s, techs({u"b"_s}), utc(1, 13), utc(1, 14)); // Bob alone, 13-14
        res.finish();

        // Ann on her own over the crew's job.
        auto c = findConflicts(res, job(u"n1"_s, utc(1, 10), utc(1, 12), techs({u"a"_s})));
        QCOMPARE(kinds(c), std::vector<ConflictKind> {ConflictKind::DoubleBooked});
        QCOMPARE(c[0].staffId, u"a"_s);
        QCOMPARE(c[0].otherJobId, u"j1"_s);
        QVERIFY2(c[0].message.contains(u"Ann"_s), qPrintable(c[0].message));

        // The crew over Bob's own job: Bob is double-booked, Ann is not.
        c = findConflicts(res, job(u"n2"_s, utc(1, 13, 30), utc(1, 15), crewOf(u"c"_s)));
        QCOMPARE(kinds(c), std::vector<ConflictKind> {ConflictKind::DoubleBooked});
        QCOMPARE(c[0].staffId, u"b"_s);
        QCOMPARE(c[0].otherJobId, u"j2"_s);

        // Touching is not overlapping: 11:00-13:00 sits between both.
        QVERIFY(findConflicts(res, job(u"n3"_s, utc(1, 11), utc(1, 13), crewOf(u"c"_s))).empty());
        QVERIFY(findConflicts(res, job(u"n4"_s, utc(1, 8), utc(1, 9), techs({u"a"_s}))).empty());
        // A job never conflicts with itself (rescheduling it inside its own time).
        QVERIFY(findConflicts(res, job(u"j1"_s, utc(1, 9, 30), utc(1, 11, 30), crewOf(u"c"_s))).empty());
        // A long job that started the day before still counts.
        ScheduleResources night(kUtc);
        night.addTechnician(tech(u"a"_s, u"Ann"_s));
        night.addBusy(u"long"_s, techs({u"a"_s}), utc(1, 20), utc(2, 18));
        night.finish();
        c = findConflicts(night, job(u"n5"_s, utc(2, 17), utc(2, 19), techs({u"a"_s})));
        QCOMPARE(countOf(c, ConflictKind::DoubleBooked), 1);
    }

    void busyMayBeAddedBeforeTheCrew()
    {
        // finish() is the one point where everything is known: the order of the add calls
        // must not matter.
        ScheduleResources res(kUtc);
        res.addBusy(u"j1"_s, crewOf(u"c"_s), utc(1, 9), utc(1, 11));
        res.addTechnician(tech(u"a"_s, u"Ann"_s));
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s}});
        res.finish();
        QCOMPARE(res.busy(u"a"_s).size(), size_t(1));
        const auto c = findConflicts(res, job(u"n1"_s, utc(1, 10), utc(1, 12), techs({u"a"_s})));
        QCOMPARE(countOf(c, ConflictKind::DoubleBooked), 1);
    }

    void outsideHours()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        std::vector<WorkingInterval> split {{Qt::Monday, QTime(8, 0), QTime(12, 0)},
            {Qt::Monday, QTime(13, 0), QTime(17, 0)}, {Qt::Monday, QTime(18, 0), QTime(23, 59, 59, 999)},
            {Qt::Tuesday, QTime(0, 0), QTime(6, 0)}};
        res.addTechnician(tech(u"s"_s, u"Sam"_s, split));
        res.addTechnician(tech(u"n"_s, u"Nora"_s)); // no hours recorded
        res.finish();
        auto outside = [&](const QString &who, const QDateTime &s, const QDateTime &e) {
            return countOf(findConflicts(res, job(u"x"_s, s, e, techs({who}))), ConflictKind::OutsideHours)
                == 1;
        };
        QVERIFY(!outside(u"a"_s, utc(1, 8), utc(1, 17))); // exactly the shift
        QVERIFY(outside(u"a"_s, utc(1, 16), utc(1, 18))); // runs over the end
        QVERIFY(outside(u"a"_s, utc(1, 7, 45), utc(1, 9))); // starts too early
        QVERIFY(outside(u"a"_s, utc(6, 10), utc(6, 11))); // Saturday: a day off
        // Split shift: not across the lunch break.
        QVERIFY(outside(u"s"_s, utc(1, 11), utc(1, 14)));
        QVERIFY(!outside(u"s"_s, utc(1, 13), utc(1, 15)));
        // Up to midnight is inside; over midnight is outside even though both days work.
        QVERIFY(!outside(u"s"_s, utc(1, 22), utc(2, 0)));
        QVERIFY(outside(u"s"_s, utc(1, 23), utc(2, 1)));
        // Without recorded hours a person is never outside them, at any hour.
        QVERIFY(!outside(u"n"_s, utc(7, 3), utc(7, 5)));
        QVERIFY(!outside(u"n"_s, utc(1, 23), utc(2, 1)));

        const auto c = findConflicts(res, job(u"x"_s, utc(1, 16), utc(1, 18), techs({u"a"_s})));
        QCOMPARE(first(c, ConflictKind::OutsideHours)->staffId, u"a"_s);
        QVERIFY(first(c, ConflictKind::OutsideHours)->message.contains(u"Ann"_s));
    }

    void outsideHoursUsesTheLocationsZone()
    {
        // 09:00-17:00 in New York is 14:00-22:00Z in winter.
        ScheduleResources res(kNewYork);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(9, 0), QTime(17, 0))));
        res.finish();
        auto outside = [&](const QDateTime &s, const QDateTime &e) {
            return countOf(
                findConflicts(res, job(u"x"_s, s, e, techs({u"a"_s}))), ConflictKind::OutsideHours);
        };
        QCOMPARE(outside(utc(1, 14), utc(1, 22)), 0);
        QCOMPARE(outside(utc(1, 9), utc(1, 10)), 1); // 04:00 local
    }

    void timeOff()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s));
        res.addTimeOff({u"o1"_s, u"a"_s, utc(1, 12), utc(2, 12), u"dentist"_s});
        res.addTimeOff({u"o2"_s, u"a"_s, utc(1, 14), utc(1, 15), {}});
        res.finish();
        auto c = findConflicts(res, job(u"x"_s, utc(1, 13), utc(1, 16), techs({u"a"_s})));
        QCOMPARE(countOf(c, ConflictKind::TimeOff), 1); // once per person, not per entry
        QVERIFY(first(c, ConflictKind::TimeOff)->message.contains(u"dentist"_s));
        QVERIFY(findConflicts(res, job(u"x"_s, utc(1, 11), utc(1, 12), techs({u"a"_s}))).empty());
        QVERIFY(findConflicts(res, job(u"x"_s, utc(2, 12), utc(2, 13), techs({u"a"_s}))).empty());
        QCOMPARE(countOf(findConflicts(res, job(u"x"_s, utc(2, 11), utc(2, 13), techs({u"a"_s}))),
                     ConflictKind::TimeOff),
            1);
    }

    void missingSkillOnlyForServicesSomeoneIsSkilledFor()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s));
        res.addTechnician(tech(u"b"_s, u"Bob"_s, {}, {u"oven"_s}));
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s, u"b"_s}});
        res.finish();
        QVERIFY(res.serviceNeedsSkill(u"oven"_s));
        QVERIFY(!res.serviceNeedsSkill(u"dust"_s));
        Job j = job(u"x"_s, utc(1, 9), utc(1, 10), techs({u"a"_s}));
        j.lines.push_back({{}, u"oven"_s, u"Oven clean"_s, 1, 0, u"USD"_s, false, 60});
        j.lines.push_back({{}, u"dust"_s, u"Dusting"_s, 1, 0, u"USD"_s, false, 30});
        j.lines.push_back({{}, {}, u"Free-form work"_s, 1, 0, u"USD"_s, true, 30});
        auto c = findConflicts(res, j);
        QCOMPARE(kinds(c), std::vector<ConflictKind> {ConflictKind::MissingSkill});
        QVERIFY(c[0].message.contains(u"Oven clean"_s));
        j.assignment = techs({u"b"_s});
        QVERIFY(findConflicts(res, j).empty());
        j.assignment = crewOf(u"c"_s); // Bob is on the crew
        QVERIFY(findConflicts(res, j).empty());
    }

    void preferredCrewMatchesCrewOrPersonIgnoringCase()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann Lee"_s));
        res.addTechnician(tech(u"b"_s, u"Bob Ray"_s));
        res.addCrew({u"ca"_s, u"Crew A"_s, {}, true, {u"a"_s}});
        res.addCrew({u"cb"_s, u"Crew B"_s, {}, true, {u"b"_s}});
        res.finish();
        auto notPreferred = [&](const Assignment &a, const QString &preferred) {
            return countOf(findConflicts(res, job(u"x"_s, utc(1, 9), utc(1, 10), a), preferred),
                ConflictKind::NotPreferredCrew);
        };
        QCOMPARE(notPreferred(crewOf(u"ca"_s), u"crew a"_s), 0);
        QCOMPARE(notPreferred(crewOf(u"ca"_s), u"  CREW A "_s), 0);
        QCOMPARE(notPreferred(crewOf(u"cb"_s), u"Crew A"_s), 1);
        QCOMPARE(notPreferred(techs({u"a"_s}), u"ann lee"_s), 0);
        QCOMPARE(notPreferred(techs({u"b"_s}), u"Ann Lee"_s), 1);
        QCOMPARE(notPreferred(techs({u"b"_s, u"a"_s}), u"Ann Lee"_s), 0);
        // The customer asked for a person and the person goes with their crew: that's them.
        QCOMPARE(notPreferred(crewOf(u"ca"_s), u"Ann Lee"_s), 0);
        QCOMPARE(notPreferred(crewOf(u"cb"_s), u""_s), 0);
        const auto c = findConflicts(res, job(u"x"_s, utc(1, 9), utc(1, 10), crewOf(u"cb"_s)), u"Crew A"_s);
        QVERIFY(first(c, ConflictKind::NotPreferredCrew)->message.contains(u"Crew A"_s));
    }

    void doNotServiceEvenWithoutATime()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s));
        res.finish();
        auto c = findConflicts(res, job(u"x"_s, utc(1, 9), utc(1, 10), techs({u"a"_s})), {}, true);
        QCOMPARE(kinds(c), std::vector<ConflictKind> {ConflictKind::DoNotService});
        Job request = job(u"r"_s, {}, {}, {}, JobStatus::Requested);
        QCOMPARE(kinds(findConflicts(res, request, {}, true)),
            std::vector<ConflictKind> {ConflictKind::DoNotService});
        QVERIFY(findConflicts(res, request, u"Crew A"_s, false).empty());
        // Unassigned but placed: no person, so only the customer's flag can conflict.
        QVERIFY(findConflicts(res, job(u"u"_s, utc(1, 9), utc(1, 10), {}), u"Crew A"_s).empty());
    }

    void closedJobsHaveNoConflicts_data()
    {
        QTest::addColumn<JobStatus>("status");
        QTest::addColumn<bool>("closed");
        for (JobStatus s : kAll)
            QTest::newRow(qPrintable(jobStatusKey(s)))
                << s
                << (s == JobStatus::Completed || s == JobStatus::Invoiced || s == JobStatus::Cancelled
                       || s == JobStatus::NoShow);
    }

    void closedJobsHaveNoConflicts()
    {
        QFETCH(JobStatus, status);
        QFETCH(bool, closed);
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(9, 0)), {u"oven"_s}));
        res.addTechnician(tech(u"b"_s, u"Bob"_s));
        res.addTimeOff({u"o"_s, u"b"_s, utc(1, 0), utc(2, 0), {}});
        res.addBusy(u"other"_s, techs({u"b"_s}), utc(1, 9), utc(1, 12));
        res.finish();
        Job j = job(u"x"_s, utc(1, 10), utc(1, 11), techs({u"b"_s}), status);
        j.lines.push_back({{}, u"oven"_s, u"Oven clean"_s, 1, 0, u"USD"_s, false, 60});
        const auto c = findConflicts(res, j, u"Crew Z"_s, true);
        if (closed) {
            QVERIFY(c.empty());
        } else {
            QCOMPARE(countOf(c, ConflictKind::DoNotService), 1);
            QCOMPARE(countOf(c, ConflictKind::DoubleBooked), 1);
            QCOMPARE(countOf(c, ConflictKind::TimeOff), 1);
            QCOMPARE(countOf(c, ConflictKind::MissingSkill), 1);
            QCOMPARE(countOf(c, ConflictKind::NotPreferredCrew), 1);
            QVERIFY(!describeConflicts(c).isEmpty());
            QCOMPARE(describeConflicts(c).count(u'\n'), qsizetype(c.size() - 1));
        }
    }

    // --- slot suggestions -----------------------------------------------------------

    void earliestFitAroundBusyBlocks()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addBusy(u"j1"_s, techs({u"a"_s}), utc(1, 8), utc(1, 9, 30));
        res.addBusy(u"j2"_s, techs({u"a"_s}), utc(1, 10), utc(1, 11));
        res.addBusy(u"j3"_s, techs({u"a"_s}), utc(1, 10, 30), utc(1, 10, 45)); // inside j2
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(2, 0);
        auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(1));
        QCOMPARE(s[0].startUtc, utc(1, 11));
        QCOMPARE(s[0].endUtc, utc(1, 12));
        QCOMPARE(s[0].laneKey, technicianLaneKey(u"a"_s));
        QCOMPARE(s[0].assignment.technicianIds, QStringList {u"a"_s});
        QCOMPARE(s[0].laneTitle, u"Ann"_s);
        // Half an hour fits the gap between the first two jobs.
        r.durationMinutes = 30;
        s = suggestSlots(res, r);
        QCOMPARE(s.at(0).startUtc, utc(1, 9, 30));
        // Rescheduling j2: its own time is free.
        r.durationMinutes = 60;
        r.ignoreJobId = u"j2"_s;
        s = suggestSlots(res, r);
        QCOMPARE(s.at(0).startUtc, utc(1, 9, 30)); // 9:30-10:30 just touches j3
        r.ignoreJobId = u"j3"_s;
        QCOMPARE(suggestSlots(res, r).at(0).startUtc, utc(1, 11));
    }

    void stepGrid()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addBusy(u"j1"_s, techs({u"a"_s}), utc(1, 8), utc(1, 9, 10));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(2, 0);
        r.stepMinutes = 15;
        QCOMPARE(suggestSlots(res, r).at(0).startUtc, utc(1, 9, 15));
        r.stepMinutes = 30;
        QCOMPARE(suggestSlots(res, r).at(0).startUtc, utc(1, 9, 30));
        r.stepMinutes = 60;
        QCOMPARE(suggestSlots(res, r).at(0).startUtc, utc(1, 10));
    }

    void onePerDayPerCandidate()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(8, 0);
        r.perCandidate = 3;
        auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(3));
        QCOMPARE(s[0].startUtc, utc(1, 8));
        QCOMPARE(s[1].startUtc, utc(2, 8));
        QCOMPARE(s[2].startUtc, utc(3, 8));
        r.perCandidate = 10;
        r.maxSuggestions = 4;
        QCOMPARE(suggestSlots(res, r).size(), size_t(4));
        r.maxSuggestions = 10;
        QCOMPARE(suggestSlots(res, r).size(), size_t(5)); // Saturday and Sunday are off
    }

    void preferredCrewFirst()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addTechnician(tech(u"b"_s, u"Bob"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addBusy(u"j1"_s, techs({u"b"_s}), utc(1, 8), utc(1, 12));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(2, 0);
        auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(s[0].laneKey, technicianLaneKey(u"a"_s)); // by time without a preference
        r.preferredCrew = u"bob"_s;
        s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(s[0].laneKey, technicianLaneKey(u"b"_s));
        QVERIFY(s[0].preferred);
        QCOMPARE(s[0].startUtc, utc(1, 12));
        QCOMPARE(s[1].laneKey, technicianLaneKey(u"a"_s));
        QVERIFY(!s[1].preferred);
    }

    void skillsFilter()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addTechnician(tech(u"b"_s, u"Bob"_s, weekdays(QTime(8, 0), QTime(17, 0)), {u"oven"_s}));
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s, u"b"_s}});
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(2, 0);
        r.serviceIds = {u"oven"_s, u"dust"_s}; // nobody records "dust": anyone may do it
        const auto s = suggestSlots(res, r);
        QVERIFY2(inLane(s, technicianLaneKey(u"a"_s)).empty(), qPrintable(describe(s)));
        QCOMPARE(inLane(s, technicianLaneKey(u"b"_s)).size(), size_t(1));
        QCOMPARE(inLane(s, crewLaneKey(u"c"_s)).size(), size_t(1));
        r.serviceIds = {u"dust"_s};
        QCOMPARE(suggestSlots(res, r).size(), size_t(3));
    }

    void crewsNeedEveryMemberFreeAndWorking()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addTechnician(tech(u"b"_s, u"Bob"_s, weekdays(QTime(10, 0), QTime(18, 0))));
        res.addTechnician(tech(u"n"_s, u"Nora"_s)); // no hours: never proposed
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s, u"b"_s}});
        res.addCrew({u"d"_s, u"Crew D"_s, {}, true, {u"a"_s, u"n"_s}});
        res.addCrew({u"e"_s, u"Crew E"_s, {}, false, {u"a"_s}}); // inactive
        res.addBusy(u"j1"_s, techs({u"b"_s}), utc(1, 10), utc(1, 12));
        res.addBusy(u"j2"_s, techs({u"a"_s}), utc(1, 12), utc(1, 13));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(2, 0);
        const auto s = suggestSlots(res, r);
        const auto crew = inLane(s, crewLaneKey(u"c"_s));
        QCOMPARE(crew.size(), size_t(1));
        QCOMPARE(crew[0].startUtc, utc(1, 13)); // Bob till 12, Ann 12-13
        QCOMPARE(crew[0].assignment.crewId, u"c"_s);
        QVERIFY(crew[0].assignment.technicianIds.isEmpty());
        QVERIFY(inLane(s, crewLaneKey(u"d"_s)).empty());
        QVERIFY(inLane(s, crewLaneKey(u"e"_s)).empty());
        QVERIFY(inLane(s, technicianLaneKey(u"n"_s)).empty());
        QCOMPARE(inLane(s, technicianLaneKey(u"a"_s)).at(0).startUtc, utc(1, 8));
        QCOMPARE(inLane(s, technicianLaneKey(u"b"_s)).at(0).startUtc, utc(1, 12));
        // A crew job keeps every member busy: Ann is not free while Crew A works.
        ScheduleResources res2(kUtc);
        res2.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res2.addTechnician(tech(u"b"_s, u"Bob"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res2.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s, u"b"_s}});
        res2.addBusy(u"j1"_s, crewOf(u"c"_s), utc(1, 8), utc(1, 15));
        res2.finish();
        QCOMPARE(inLane(suggestSlots(res2, r), technicianLaneKey(u"a"_s)).at(0).startUtc, utc(1, 15));
    }

    void timeOffBlocks()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.addTimeOff({u"o1"_s, u"a"_s, utc(1, 7), utc(1, 13), {}});
        res.addTimeOff({u"o2"_s, u"a"_s, utc(2, 0), utc(3, 0), {}}); // all of Tuesday
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(4, 0);
        r.perCandidate = 5;
        const auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(s[0].startUtc, utc(1, 13));
        QCOMPARE(s[1].startUtc, utc(3, 8));
    }

    void fromMidDayRoundsUpToTheGrid()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, weekdays(QTime(8, 0), QTime(17, 0))));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 60;
        r.fromUtc = utc(1, 10, 7);
        r.toUtc = utc(3, 0);
        auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(s[0].startUtc, utc(1, 10, 15));
        QCOMPARE(s[1].startUtc, utc(2, 8));
        // Too late in the day for the job: the next day.
        r.fromUtc = utc(1, 16, 30);
        QCOMPARE(suggestSlots(res, r).at(0).startUtc, utc(2, 8));
        // The end of the search cuts a day short.
        r.fromUtc = utc(1, 8);
        r.toUtc = utc(1, 8, 30);
        QVERIFY(suggestSlots(res, r).empty());
    }

    void nothingWhenTheJobIsLongerThanAnyShift()
    {
        ScheduleResources res(kUtc);
        res.addTechnician(tech(u"a"_s, u"Ann"_s,
            {{Qt::Monday, QTime(8, 0), QTime(12, 0)}, {Qt::Monday, QTime(13, 0), QTime(17, 0)}}));
        res.finish();
        SlotRequest r;
        r.durationMinutes = 5 * 60;
        r.fromUtc = utc(1, 0);
        r.toUtc = utc(15, 0);
        QVERIFY(suggestSlots(res, r).empty());
        r.durationMinutes = 4 * 60;
        const auto s = suggestSlots(res, r);
        QCOMPARE(s.size(), size_t(2)); // two Mondays
        QCOMPARE(s[0].startUtc, utc(1, 8));
        QCOMPARE(s[1].startUtc, utc(8, 8));
        // Invalid requests give nothing rather than nonsense.
        r.durationMinutes = 0;
        QVERIFY(suggestSlots(res, r).empty());
        r.durationMinutes = 60;
        r.toUtc = r.fromUtc;
        QVERIFY(suggestSlots(res, r).empty());
    }

    void dstWeekKeepsLocalNineOClock()
    {
        ScheduleResources res(kNewYork);
        res.addTechnician(tech(u"a"_s, u"Ann"_s, everyDay(QTime(9, 0), QTime(17, 0))));
        res.addCrew({u"c"_s, u"Crew A"_s, {}, true, {u"a"_s}});
        res.finish();
        SlotRequest r;
        r.durationMinutes = 120;
        r.fromUtc = QDateTime(QDate(2027, 3, 12), QTime(0, 0), kNewYork);
        r.toUtc = QDateTime(QDate(2027, 3, 17), QTime(0, 0), kNewYork);
        r.perCandidate = 5;
        r.maxSuggestions = 20;
        const auto s = inLane(suggestSlots(res, r), technicianLaneKey(u"a"_s));
        QCOMPARE(s.size(), size_t(5));
        for (size_t i = 0; i < s.size(); ++i) {
            const QDateTime local = s[i].startUtc.toTimeZone(kNewYork);
            QCOMPARE(local.date(), QDate(2027, 3, 12 + int(i)));
            QCOMPARE(local.time(), QTime(9, 0));
            QCOMPARE(s[i].startUtc.secsTo(s[i].endUtc), qint64(7200));
        }
        QCOMPARE(s[0].startUtc, QDateTime(QDate(2027, 3, 12), QTime(14, 0), Qt::UTC)); // EST
        QCOMPARE(s[2].startUtc, QDateTime(QDate(2027, 3, 14), QTime(13, 0), Qt::UTC)); // the change day, EDT
        QCOMPARE(s[4].startUtc, QDateTime(QDate(2027, 3, 16), QTime(13, 0), Qt::UTC));
        // The shift's end is local too: 15:00-17:00 EDT fits, 15:15 doesn't.
        ScheduleResources busy(kNewYork);
        busy.addTechnician(tech(u"a"_s, u"Ann"_s, everyDay(QTime(9, 0), QTime(17, 0))));
        busy.addBusy(u"j"_s, techs({u"a"_s}), QDateTime(QDate(2027, 3, 15), QTime(9, 0), kNewYork),
            QDateTime(QDate(2027, 3, 15), QTime(15, 0), kNewYork));
        busy.finish();
        r.fromUtc = QDateTime(QDate(2027, 3, 15), QTime(0, 0), kNewYork);
        r.toUtc = QDateTime(QDate(2027, 3, 16), QTime(0, 0), kNewYork);
        const auto late = suggestSlots(busy, r);
        QCOMPARE(late.size(), size_t(1));
        QCOMPARE(late[0].startUtc.toTimeZone(kNewYork).time(), QTime(15, 0));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRules)
#include "test_schedule_rules.moc"
