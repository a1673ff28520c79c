// Renders the dispatch board with the application's theme to PNG files under
// build/<preset>/screenshots/schedule, for people to look at: the week (fitted and at a
// working zoom), the day, a drag in progress over another job, a focused selection, and the
// same in right-to-left layout.

#include "board_test_support.h"
#include "ui/common/theme.h"

#include <QDir>
#include <QRandomGenerator>
#include <QScrollBar>

using namespace spoke;
using spoke::test::BoardBuilder;
using spoke::test::nyc;

namespace {

const QDate kMonday(2027, 5, 10);
const QDate kTuesday = kMonday.addDays(1);

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath())
        + QStringLiteral("/screenshots/schedule");
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

bool save(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    const QPixmap shot = w->grab();
    return !shot.isNull() && shot.save(shotPath(name));
}

/// A believable week for a small location: three crews, four technicians, some requests
/// waiting, the past done, today under way, a double booking and a head-office booking.
BoardSnapshot location(const QDate &first, int days)
{
    BoardBuilder b(first, days);
    const auto weekdays = test::hours(QTime(8, 0), QTime(17, 0), {1, 2, 3, 4, 5});
    const auto tech = test::hours(QTime(9, 0), QTime(18, 0), {1, 2, 3, 4, 5, 6});
    b.lane(BoardLane::Kind::Unassigned, QString(), QStringLiteral("Unassigned"));
    b.lane(BoardLane::Kind::Crew, QStringLiteral("crew:a"), QStringLiteral("Crew A"),
        QStringLiteral("#3b82f6"), weekdays);
    b.lane(BoardLane::Kind::Crew, QStringLiteral("crew:b"), QStringLiteral("Blue team"),
        QStringLiteral("#10b981"), weekdays);
    b.lane(BoardLane::Kind::Crew, QStringLiteral("crew:c"), QStringLiteral("Lawn crew"), {}, weekdays);
    b.lane(BoardLane::Kind::Technician, QStringLiteral("tech:t1"), QStringLiteral("Sam Ortiz"), {}, tech);
    BoardLane &lena = b.lane(
        BoardLane::Kind::Technician, QStringLiteral("tech:t2"), QStringLiteral("Lena Fischer"), {}, tech);
    lena.timeOff.push_back({QStringLiteral("off"), QStringLiteral("t2"), nyc(kTuesday, QTime(12, 0)),
        nyc(kTuesday, QTime(15, 30)), QStringLiteral("Dentist")});
    lena.timeOff.push_back(
        {QStringLiteral("off2"), QStringLiteral("t2"), nyc(kMonday.addDays(3), QTime(0, 0)),
            nyc(kMonday.addDays(4), QTime(0, 0)), QStringLiteral("Training day")});
    b.lane(BoardLane::Kind::Technician, QStringLiteral("tech:t3"), QStringLiteral("Omar Haddad"), {},
        test::hours(QTime(7, 0), QTime(15, 0), {1, 2, 3, 4}));
    b.lane(BoardLane::Kind::Technician, QStringLiteral("tech:t4"), QStringLiteral("Jae-won Park"), {}, tech);

    const QStringList customers {QStringLiteral("Hélène Dubois"), QStringLiteral("Marc Dupont"),
        QStringLiteral("Aisha Rahman"), QStringLiteral("Tomás García"), QStringLiteral("Grace O'Neill"),
        QStringLiteral("Wei Zhang"), QStringLiteral("Olivia Brooks"), QStringLiteral("Samuel Okafor"),
        QStringLiteral("Nina Petrova"), QStringLiteral("김민준"), QStringLiteral("مريم الحسن"),
        QStringLiteral("Acme Property Management"), QStringLiteral("Ravi Iyer"),
        QStringLiteral("Chloé Martin")};
    const QStringList services {QStringLiteral("Deep clean"), QStringLiteral("Standard clean, Oven clean"),
        QStringLiteral("Move-out clean"), QStringLiteral("Carpet shampoo ×3"), QStringLiteral("Window wash"),
        QStringLiteral("Lawn mowing, Hedge trim"), QStringLiteral("Gutter cleaning"),
        QStringLiteral("Fridge clean")};
    const QDateTime now = nyc(kTuesday, QTime(11, 20));
    QRandomGenerator rng(7);
    int n = 0;
    for (const BoardLane &lane : std::vector<BoardLane>(b.snapshot.lanes)) {
        for (int d = 0; d < 7; ++d) {
            const QDate date = kMonday.addDays(d);
            if (date.dayOfWeek() == 7 || (lane.kind == BoardLane::Kind::Unassigned && rng.bounded(3) != 0))
                continue;
            int minute = 8 * 60 + int(rng.bounded(4)) * 15;
            const int count = lane.kind == BoardLane::Kind::Unassigned ? 1 : 1 + int(rng.bounded(3));
            for (int k = 0; k < count && minute < 17 * 60; ++k) {
                const int length = QList<int> {60, 90, 120, 120, 180}.at(int(rng.bounded(5)));
                const QTime start(minute / 60, minute % 60);
                const QTime end((minute + length) / 60, (minute + length) % 60);
                JobStatus status = JobStatus::Scheduled;
                const QDateTime startUtc = nyc(date, start);
                const QDateTime endUtc = nyc(date, end);
                if (lane.kind == BoardLane::Kind::Unassigned)
                    status = JobStatus::Requested;
                else if (endUtc <= now)
                    status = rng.bounded(3) == 0 ? JobStatus::Invoiced : JobStatus::Completed;
                else if (startUtc <= now)
                    status = JobStatus::InProgress;
                else if (date == kTuesday && k == 0)
                    status = JobStatus::EnRoute;
                BoardItem &item = b.job(QStringLiteral("g%1").arg(++n), lane.key, date, start, end, status,
                    customers.at(int(rng.bounded(customers.size()))),
                    services.at(int(rng.bounded(services.size()))));
                item.view.crewName = lane.kind == BoardLane::Kind::Crew ? lane.title : QString();
                if (rng.bounded(9) == 0)
                    item.view.job.bookedBy = RecordOwner::HeadOffice;
                minute += length + int(rng.bounded(3)) * 30;
            }
        }
    }
    // A double booking on Tuesday (stacked, with its conflict), a cancelled job and a no-show.
    BoardItem &clash = b.job(QStringLiteral("clash"), QStringLiteral("crew:a"), kTuesday, QTime(13, 0),
        QTime(15, 0), JobStatus::Scheduled, QStringLiteral("Nina Petrova"), QStringLiteral("Deep clean"));
    clash.view.job.bookedBy = RecordOwner::HeadOffice;
    clash.conflicts.push_back({ConflictKind::DoubleBooked, {}, {},
        QStringLiteral("Crew A is already booked from 1:00 PM to 3:00 PM")});
    b.job(QStringLiteral("hours"), QStringLiteral("tech:t3"), kTuesday, QTime(14, 0), QTime(16, 30),
         JobStatus::Scheduled, QStringLiteral("Olivia Brooks"), QStringLiteral("Fridge clean"))
        .conflicts.push_back(
            {ConflictKind::OutsideHours, {}, {}, QStringLiteral("Omar works until 3:00 PM")});
    b.job(QStringLiteral("cancel"), QStringLiteral("tech:t1"), kTuesday, QTime(16, 0), QTime(17, 0),
        JobStatus::Cancelled, QStringLiteral("Ravi Iyer"), QStringLiteral("Window wash"));
    b.job(QStringLiteral("noshow"), QStringLiteral("tech:t4"), kMonday, QTime(16, 0), QTime(17, 0),
        JobStatus::NoShow, QStringLiteral("Chloé Martin"), QStringLiteral("Gutter cleaning"));
    return b.snapshot;
}

} // namespace

class TestDispatchBoardScreenshots : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::DispatchBoard> open(BoardSnapshot snapshot, QSize size, double zoom)
    {
        auto board = std::make_unique<ui::DispatchBoard>();
        board->resize(size);
        board->setNow(nyc(kTuesday, QTime(11, 20)));
        board->setSnapshot(std::move(snapshot));
        board->show();
        if (!QTest::qWaitForWindowExposed(board.get()))
            qWarning("the board was not exposed");
        if (zoom > 0)
            board->setZoom(zoom);
        else
            board->zoomToFit();
        return board;
    }

    void shots(const QString &suffix)
    {
        {
            auto board = open(location(kMonday, 7), QSize(1600, 900), 0);
            QVERIFY(save(board.get(), QStringLiteral("01-week-fit") + suffix));
        }
        {
            auto board = open(location(kMonday, 7), QSize(1600, 900), 40);
            test::scrollToDay(*board, 1);
            QVERIFY(save(board.get(), QStringLiteral("02-week") + suffix));
        }
        {
            auto board = open(location(kTuesday, 1), QSize(1400, 820), 100);
            board->setFocus();
            board->setSelectedJobId(QStringLiteral("clash"));
            QVERIFY(save(board.get(), QStringLiteral("03-day") + suffix));

            // Dragging the selected job onto Blue team's lane at a time it is busy.
            const QRect r = board->jobRect(QStringLiteral("clash"), QStringLiteral("crew:a"));
            const int y = test::laneY(*board, QStringLiteral("crew:b"));
            const int dx = board->isRightToLeft() ? 150 : -150;
            QTest::mousePress(board->viewport(), Qt::LeftButton, {}, r.center());
            QTest::mouseMove(board->viewport(), QPoint(r.center().x() + dx, y));
            QVERIFY(save(board.get(), QStringLiteral("04-day-drag") + suffix));
            QTest::keyClick(board.get(), Qt::Key_Escape);
            QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, QPoint(r.center().x() + dx, y));
        }
    }

private slots:
    void initTestCase() { ui::applyTheme(*qApp); }

    void leftToRight()
    {
        // The location is in New York: US English dates and times.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        shots(QString());
    }

    void rightToLeft()
    {
        // Arabic dates and digits, and the mirrored layout (names stay as typed).
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        shots(QStringLiteral("-rtl"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestDispatchBoardScreenshots)
#include "test_dispatch_board_screenshots.moc"
