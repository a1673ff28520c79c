// Scheduling benchmark on a generated busy week in a keyed location database. Prints
// figures; asserts nothing.
//
//   spoke_bench_schedule [--runs N] [--jobs N] [--crews N]
//
// Builds a location with N crews of two technicians each (weekly hours, skills, some time
// off) and books N jobs (default 2,000) over one week through JobService, as the front desk
// would, with conflict checks on. Then times, per run:
//   - JobService::board() for the week (everything the board shows: lanes, jobs with lines,
//     technicians, customer names and addresses, open conflicts);
//   - JobService::suggest() across all crews for the next week (reads people, hours, time
//     off and busy time from the database, then searches);
//   - suggestSlots() alone on resources already in memory.

#include "core/customers/customer_service.h"
#include "core/location/location_service.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"
#include "core/storage/location_database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace spoke;

namespace {

const QTimeZone kZone(QByteArrayLiteral("America/New_York"));
const QDate kMonday(2027, 5, 10);

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), v.back()};
}

void print(const char *what, const Stats &s)
{
    std::printf("%-44s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, s.p50, s.p95, s.max);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_schedule: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), QStringLiteral("Jobs in the week."),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption crewsOpt(
        QStringLiteral("crews"), QStringLiteral("Crews of two."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({runsOpt, jobsOpt, crewsOpt});
    parser.process(app);
    const int runs = parser.value(runsOpt).toInt();
    const int jobCount = parser.value(jobsOpt).toInt();
    const int crewCount = parser.value(crewsOpt).toInt();

    QTemporaryDir dir;
    MemoryKeyStore keys;
    auto created = LocationDatabase::create(dir.filePath(QStringLiteral("loc")), keys, KeySource::Keychain);
    if (!created)
        fail(created.error().message);
    LocationDatabase &db = *created.value();
    LocationProfile profile;
    profile.businessName = QStringLiteral("Bench location");
    profile.timeZone = QStringLiteral("America/New_York");
    if (auto s = LocationService(db).createProfile(profile); !s)
        fail(s.error().message);
    StaffService staff(db, PasswordHasher(PasswordHasher::Cost::Minimum));
    auto ownerId = staff.createFirstOwner(QStringLiteral("Owner"), SecretKind::Pin, QStringLiteral("1234"));
    if (!ownerId)
        fail(ownerId.error().message);
    const Actor owner {ownerId.value(), QStringLiteral("Owner"), Role::Owner};

    QElapsedTimer setup;
    setup.start();
    CatalogService catalog(db, QStringLiteral("USD"));
    QStringList services;
    for (int i = 0; i < 8; ++i) {
        ServiceItem s;
        s.name = QStringLiteral("Service %1").arg(i + 1);
        s.durationMinutes = 30 + 15 * (i % 4);
        s.priceMinor = 5000 + 1000 * i;
        s.currency = QStringLiteral("USD");
        auto id = catalog.save(owner, s);
        if (!id)
            fail(id.error().message);
        services << id.value();
    }
    CrewService crews(db);
    QStringList crewIds;
    for (int c = 0; c < crewCount; ++c) {
        Crew crew;
        crew.name = QStringLiteral("Crew %1").arg(c + 1);
        for (int m = 0; m < 2; ++m) {
            auto id = staff.createStaff(owner, QStringLiteral("Tech %1-%2").arg(c + 1).arg(m + 1),
                Role::Technician, SecretKind::Pin, QStringLiteral("5678"));
            if (!id)
                fail(id.error().message);
            std::vector<WorkingInterval> week;
            for (int d = 1; d <= 7; ++d)
                week.push_back({Qt::DayOfWeek(d), QTime(7, 0), QTime(20, 0)});
            if (auto s = crews.setWorkingHours(owner, id.value(), week); !s)
                fail(s.error().message);
            if (c % 3 == 0)
                if (auto s = crews.setSkills(owner, id.value(), {services[4 + c % 4]}); !s)
                    fail(s.error().message);
            crew.memberStaffIds << id.value();
        }
        auto id = crews.saveCrew(owner, crew);
        if (!id)
            fail(id.error().message);
        crewIds << id.value();
    }
    CustomerService customers(db, QStringLiteral("US"));
    QStringList customerIds;
    for (int i = 0; i < 200; ++i) {
        Customer c;
        c.givenName = QStringLiteral("Customer");
        c.familyName = QString::number(i + 1);
        CustomerAddress a;
        a.street = QStringLiteral("%1 Main Street").arg(i + 1);
        a.city = QStringLiteral("Riverside");
        c.addresses.push_back(a);
        auto id = customers.create(owner, c);
        if (!id)
            fail(id.error().message);
        customerIds << id.value();
    }
    // Back-to-back 30-minute visits: jobs per crew spread over the 7 days, 07:00 onwards.
    JobService jobs(db, kZone, QStringLiteral("USD"));
    const int perCrew = (jobCount + crewCount - 1) / crewCount;
    const int perDay = (perCrew + 6) / 7;
    int booked = 0;
    for (int c = 0; c < crewCount && booked < jobCount; ++c) {
        for (int k = 0; k < perCrew && booked < jobCount; ++k) {
            Job job;
            job.customerId = customerIds[booked % customerIds.size()];
            job.assignment.crewId = crewIds[c];
            job.lines.push_back({{}, services[(c % 3 == 0) ? 4 + c % 4 : 0], {}, 1, 0, {}, false, 30});
            job.startUtc = QDateTime(
                kMonday.addDays(k / perDay), QTime(7, 0).addSecs(qint64(k % perDay) * 30 * 60), kZone)
                               .toUTC();
            job.endUtc = job.startUtc.addSecs(30 * 60);
            auto id = jobs.book(owner, job);
            if (!id)
                fail(id.error().message);
            ++booked;
        }
    }
    std::printf("setup: %d crews, %d technicians, %d jobs in the week of %s (%.1f s)\n", crewCount,
        2 * crewCount, booked, qPrintable(kMonday.toString(Qt::ISODate)), double(setup.elapsed()) / 1000.0);

    std::vector<double> boardMs, suggestMs, searchMs;
    size_t items = 0, suggestions = 0;
    SlotRequest request;
    request.durationMinutes = 90;
    request.fromUtc = QDateTime(kMonday.addDays(7), QTime(0, 0), kZone).toUTC();
    request.toUtc = request.fromUtc.addDays(7);
    request.maxSuggestions = 10;
    auto resources = jobs.resources(request.fromUtc.addDays(-1), request.toUtc.addDays(1));
    if (!resources)
        fail(resources.error().message);
    // A busy next week too, so the search has to work around jobs.
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto board = jobs.board(owner, kMonday, 7);
        boardMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!board)
            fail(board.error().message);
        items = board->items.size();

        QElapsedTimer s;
        s.start();
        auto found = jobs.suggest(owner, request);
        suggestMs.push_back(double(s.nsecsElapsed()) / 1e6);
        if (!found)
            fail(found.error().message);
        suggestions = found->size();

        // The search alone, this week (busy) rather than next.
        SlotRequest busy = request;
        busy.fromUtc = QDateTime(kMonday, QTime(0, 0), kZone).toUTC();
        busy.toUtc = busy.fromUtc.addDays(7);
        auto weekRes = jobs.resources(busy.fromUtc.addDays(-1), busy.toUtc.addDays(1));
        QElapsedTimer p;
        p.start();
        const auto inBusyWeek = suggestSlots(*weekRes, busy);
        searchMs.push_back(double(p.nsecsElapsed()) / 1e6);
        if (r == 0)
            std::printf("slot search in the busy week found %zu slots\n", inBusyWeek.size());
    }
    std::printf("board items: %zu, suggestions: %zu, runs: %d\n", items, suggestions, runs);
    print("JobService::board(week, 2,000 jobs)", stats(boardMs));
    print("JobService::suggest(20 crews, a week)", stats(suggestMs));
    print("suggestSlots() alone (busy week)", stats(searchMs));
    return 0;
}
