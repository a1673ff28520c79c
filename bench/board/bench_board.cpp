// Dispatch board benchmark on a generated busy week. Prints figures; asserts nothing.
//
//   spoke_bench_board [--runs N] [--jobs N] [--shot FILE.png]
//
// Generates a week (Monday to Saturday worked) with 2,000 jobs over 20 crews, 40 technicians
// and the unassigned lane: back-to-back visits, some double bookings with their conflicts,
// head-office bookings, jobs given to two technicians (shown in both lanes), time off. Then
// times, per run, DispatchBoard::setSnapshot (layout) and a full offscreen paint (grab() of a
// 1600x900 board, with the application's theme) for the week fitted to the width, the week
// at a working zoom, and the day view. The DB load that produces the snapshot is not here.

#include "ui/common/theme.h"
#include "ui/schedule/dispatch_board.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace spoke;

namespace {

const QDate kMonday(2027, 5, 10);

const QStringList kNames {QStringLiteral("Hélène Dubois"), QStringLiteral("Marc Dupont"),
    QStringLiteral("Aisha Rahman"), QStringLiteral("Tomás García"), QStringLiteral("Grace O'Neill"),
    QStringLiteral("Wei Zhang"), QStringLiteral("Olivia Brooks"), QStringLiteral("Samuel Okafor"),
    QStringLiteral("Nina Petrova"), QStringLiteral("김민준"), QStringLiteral("مريم الحسن"),
    QStringLiteral("Acme Property Management"), QStringLiteral("Ravi Iyer"), QStringLiteral("Chloé Martin"),
    QStringLiteral("James Smith"), QStringLiteral("Patricia Johnson"), QStringLiteral("Kwame Mensah"),
    QStringLiteral("Lucía Fernández"), QStringLiteral("Olga Kowalski"), QStringLiteral("Priya Patel")};
const QStringList kServices {QStringLiteral("Deep clean"), QStringLiteral("Standard clean, Oven clean"),
    QStringLiteral("Move-out clean"), QStringLiteral("Carpet shampoo ×3"), QStringLiteral("Window wash"),
    QStringLiteral("Lawn mowing, Hedge trim"), QStringLiteral("Gutter cleaning"),
    QStringLiteral("Fridge clean, Oven clean, Inside cabinets")};
const QStringList kStreets {QStringLiteral("Maple Avenue"), QStringLiteral("Oak Lane"),
    QStringLiteral("Elm Street"), QStringLiteral("Rue des Lilas"), QStringLiteral("Harbor View"),
    QStringLiteral("Spring Street")};

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

BoardSnapshot generate(int jobCount, int days, const QDate &firstDay)
{
    QRandomGenerator rng(2027);
    BoardSnapshot s;
    s.zone = QTimeZone(QByteArrayLiteral("America/New_York"));
    s.firstDay = firstDay;
    s.days = days;
    BoardLane unassigned;
    unassigned.title = QStringLiteral("Unassigned");
    s.lanes.push_back(unassigned);
    const QStringList colours {QStringLiteral("#3b82f6"), QStringLiteral("#10b981"),
        QStringLiteral("#f59e0b"), QStringLiteral("#8b5cf6"), QStringLiteral("#ec4899"), QStringLiteral("")};
    for (int i = 1; i <= 20; ++i) {
        BoardLane crew;
        crew.kind = BoardLane::Kind::Crew;
        crew.key = crewLaneKey(QStringLiteral("c%1").arg(i));
        crew.title = QStringLiteral("Crew %1").arg(i);
        crew.color = colours.at(i % colours.size());
        for (int d = 1; d <= 5; ++d)
            crew.hours.push_back({Qt::DayOfWeek(d), QTime(8, 0), QTime(17, 0)});
        s.lanes.push_back(crew);
    }
    for (int i = 1; i <= 40; ++i) {
        BoardLane tech;
        tech.kind = BoardLane::Kind::Technician;
        tech.key = technicianLaneKey(QStringLiteral("t%1").arg(i));
        tech.title = pick(rng, kNames).split(u' ').first() + QStringLiteral(" T%1").arg(i);
        for (int d = 1; d <= 6; ++d) {
            if (i % 3 == 0 && d == 3) { // a split shift
                tech.hours.push_back({Qt::DayOfWeek(d), QTime(7, 0), QTime(11, 0)});
                tech.hours.push_back({Qt::DayOfWeek(d), QTime(13, 0), QTime(18, 0)});
            } else if (d < 6 || i % 2 == 0) {
                tech.hours.push_back({Qt::DayOfWeek(d), QTime(9, 0), QTime(18, 0)});
            }
        }
        if (i % 5 == 0) {
            const QDate off = kMonday.addDays(i % 6);
            tech.timeOff.push_back({QStringLiteral("off%1").arg(i), QStringLiteral("t%1").arg(i),
                QDateTime(off, QTime(12, 0), s.zone).toUTC(), QDateTime(off, QTime(15, 0), s.zone).toUTC(),
                QStringLiteral("Appointment")});
        }
        s.lanes.push_back(tech);
    }

    // Fill lanes day by day with back-to-back visits until the job count is reached.
    const int lanes = int(s.lanes.size());
    std::vector<int> nextMinute(size_t(lanes) * 7, 0);
    int made = 0;
    while (made < jobCount) {
        const int lane = made % 50 == 0 ? 0 : 1 + int(rng.bounded(quint32(lanes - 1)));
        const int day = int(rng.bounded(6u));
        const int length = QList<int> {45, 60, 90, 120, 120, 180}.at(int(rng.bounded(6u)));
        int start = 0;
        bool clash = false;
        if (lane == 0) {
            start = 8 * 60 + int(rng.bounded(36u)) * 15; // requests: wherever the customer asked
        } else {
            int &minute = nextMinute[size_t(lane * 7 + day)];
            if (minute == 0)
                minute = 7 * 60 + 30 + int(rng.bounded(4u)) * 15;
            clash = minute > 9 * 60 && rng.bounded(20u) == 0;
            if (!clash && minute + length > 18 * 60 + 30)
                continue; // that lane's day is full: the job goes elsewhere
            start = clash ? minute - 60 : minute; // a double booking over the previous visit
            if (!clash)
                minute += length + int(rng.bounded(3u)) * 15;
        }
        const QDate date = kMonday.addDays(day);
        BoardItem item;
        item.laneKey = s.lanes[size_t(lane)].key;
        Job &job = item.view.job;
        job.id = QStringLiteral("job-%1").arg(made);
        job.startUtc = QDateTime(date, QTime(start / 60, start % 60), s.zone).toUTC();
        job.endUtc = job.startUtc.addSecs(qint64(length) * 60);
        job.status = lane == 0 ? JobStatus::Requested
            : day < 2          ? (rng.bounded(3u) == 0 ? JobStatus::Invoiced : JobStatus::Completed)
            : day == 2         ? JobStatus(int(rng.bounded(4u)) + 1)
                               : JobStatus::Scheduled;
        if (rng.bounded(40u) == 0)
            job.status = rng.bounded(2u) ? JobStatus::Cancelled : JobStatus::NoShow;
        if (rng.bounded(10u) == 0)
            job.bookedBy = RecordOwner::HeadOffice;
        item.view.customerName = pick(rng, kNames);
        item.view.servicesSummary = pick(rng, kServices);
        item.view.addressLine = QStringLiteral("%1 %2").arg(1 + rng.bounded(400u)).arg(pick(rng, kStreets));
        item.view.crewName
            = s.lanes[size_t(lane)].kind == BoardLane::Kind::Crew ? s.lanes[size_t(lane)].title : QString();
        if (clash)
            item.conflicts.push_back({ConflictKind::DoubleBooked, {}, {},
                QStringLiteral("%1 is already booked at that time").arg(s.lanes[size_t(lane)].title)});
        s.items.push_back(item);
        // One in twenty technician jobs goes to two technicians: it shows in both lanes.
        if (s.lanes[size_t(lane)].kind == BoardLane::Kind::Technician && rng.bounded(20u) == 0) {
            item.laneKey = s.lanes[size_t(21 + int(rng.bounded(40u)))].key;
            s.items.push_back(item);
        }
        ++made;
    }
    return s;
}

struct Stats
{
    std::vector<double> load;
    std::vector<double> paint;
    std::vector<double> total;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(std::ceil(p * double(v.size()))) - 1);
    return v[at];
}

void report(const char *name, const Stats &s, size_t items)
{
    std::printf(
        "%-34s items %5zu | load p50 %6.2f p95 %6.2f | paint p50 %6.2f p95 %6.2f | total p50 %6.2f p95 "
        "%6.2f max %6.2f ms\n",
        name, items, percentile(s.load, 0.5), percentile(s.load, 0.95), percentile(s.paint, 0.5),
        percentile(s.paint, 0.95), percentile(s.total, 0.5), percentile(s.total, 0.95),
        *std::max_element(s.total.begin(), s.total.end()));
    std::fflush(stdout);
}

Stats run(ui::DispatchBoard &board, const BoardSnapshot &snapshot, int runs)
{
    Stats stats;
    QElapsedTimer timer;
    for (int i = -3; i < runs; ++i) { // three warm-up runs
        BoardSnapshot copy = snapshot; // what the page would hand over after its DB read
        timer.start();
        board.setSnapshot(std::move(copy));
        const qint64 laidOut = timer.nsecsElapsed();
        const QPixmap shot = board.grab();
        const qint64 painted = timer.nsecsElapsed();
        if (shot.isNull())
            std::fprintf(stderr, "grab() returned nothing\n");
        if (i < 0)
            continue;
        stats.load.push_back(double(laidOut) / 1e6);
        stats.paint.push_back(double(painted - laidOut) / 1e6);
        stats.total.push_back(double(painted) / 1e6);
    }
    return stats;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per scenario."), QStringLiteral("N"),
        QStringLiteral("50")});
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("Jobs in the week."), QStringLiteral("N"),
        QStringLiteral("2000")});
    parser.addOption({QStringLiteral("shot"), QStringLiteral("Also save the week at 40 px/h as a PNG."),
        QStringLiteral("FILE")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int jobs = std::max(1, parser.value(QStringLiteral("jobs")).toInt());
    ui::applyTheme(app);

    const BoardSnapshot week = generate(jobs, 7, kMonday);
    std::printf("week of %s: %zu lanes, %d jobs, %zu board items (jobs with two technicians show twice)\n",
        qPrintable(kMonday.toString(Qt::ISODate)), week.lanes.size(), jobs, week.items.size());

    ui::DispatchBoard board;
    board.resize(1600, 900);
    board.setNow(QDateTime(kMonday.addDays(2), QTime(11, 20), week.zone).toUTC());
    board.setSnapshot(week);
    board.show();
    QApplication::processEvents();

    board.zoomToFit();
    std::printf("board 1600x900, time area %dx%d\n", board.timeArea().width(), board.timeArea().height());
    std::printf("week fitted: %.2f px/h\n", board.zoom());
    report("week, fitted to the width", run(board, week, runs), week.items.size());

    board.setZoom(40);
    board.horizontalScrollBar()->setValue(int(2 * 12 * 40));
    report("week, 40 px/h, scrolled to Wed", run(board, week, runs), week.items.size());
    if (parser.isSet(QStringLiteral("shot")))
        board.grab().save(parser.value(QStringLiteral("shot")));

    board.verticalScrollBar()->setValue(board.verticalScrollBar()->maximum() / 2);
    report("week, 40 px/h, middle lanes", run(board, week, runs), week.items.size());

    BoardSnapshot day = week;
    day.firstDay = kMonday.addDays(2);
    day.days = 1;
    // The page reads only the day it shows.
    std::erase_if(day.items, [&](const BoardItem &item) {
        return item.view.job.startUtc.toTimeZone(day.zone).date() != day.firstDay;
    });
    board.verticalScrollBar()->setValue(0);
    board.setSnapshot(day);
    board.setZoom(100);
    report("day (Wednesday), 100 px/h", run(board, day, runs), day.items.size());
    return 0;
}
