// The dispatch board widget, driven in-process (offscreen) over hand-built snapshots:
// geometry from local time (DST weeks included), stacking, drag and drop, keyboard moves
// and navigation, zoom, right-to-left, drops from outside, tooltips and painting.

#include "board_test_support.h"

#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolTip>

using namespace spoke;
using spoke::test::BoardBuilder;
using spoke::test::nyc;

namespace {

const QDate kMonday(2027, 5, 10);
const QDate kTuesday = kMonday.addDays(1);
const QDate kWednesday = kMonday.addDays(2);
const QDate kThursday = kMonday.addDays(3);
const QDate kFriday = kMonday.addDays(4);

const QString kUnassigned = QStringLiteral("");
const QString kCrewA = QStringLiteral("crew:a");
const QString kSam = QStringLiteral("tech:t1");

QString id(const char *s)
{
    return QString::fromLatin1(s);
}

QTime at(int h, int m = 0)
{
    return QTime(h, m);
}

/// Three lanes, thirteen jobs in the week of Monday 10 May 2027 (no DST change).
BoardSnapshot week()
{
    BoardBuilder b(kMonday, 7);
    b.lane(BoardLane::Kind::Unassigned, kUnassigned, QStringLiteral("Unassigned"));
    b.lane(BoardLane::Kind::Crew, kCrewA, QStringLiteral("Crew A"), QStringLiteral("#3b82f6"),
        test::hours(at(8), at(17), {1, 2, 3, 4, 5}));
    BoardLane &sam = b.lane(BoardLane::Kind::Technician, kSam, QStringLiteral("Sam Ortiz"), {},
        test::hours(at(9), at(18), {1, 2, 3, 4, 5, 6}));
    sam.timeOff.push_back({QStringLiteral("off1"), QStringLiteral("t1"), nyc(kWednesday, at(12)),
        nyc(kWednesday, at(14)), QStringLiteral("Dentist")});

    b.job(id("j1"), kCrewA, kTuesday, at(9), at(11), JobStatus::Scheduled, QStringLiteral("Hélène Dubois"));
    b.job(id("j2"), kCrewA, kTuesday, at(13), at(15));
    b.job(id("j3"), kCrewA, kTuesday, at(11), at(12));
    b.job(id("j4"), kCrewA, kWednesday, at(9), at(12));
    b.job(id("j5"), kCrewA, kWednesday, at(10), at(11), JobStatus::Requested);
    b.job(id("j6"), kCrewA, kWednesday, at(10, 30), at(13), JobStatus::EnRoute);
    b.job(id("j7"), kSam, kTuesday, at(9, 30), at(10, 30), JobStatus::InProgress);
    b.job(id("j8"), kSam, kTuesday, at(14), at(15), JobStatus::Completed);
    b.job(id("j9"), kSam, kThursday, at(8), at(9), JobStatus::Cancelled);
    b.job(id("j10"), kUnassigned, kMonday, at(10), at(11), JobStatus::Requested);
    BoardItem &hq = b.job(
        id("j11"), kCrewA, kFriday, at(15), at(16), JobStatus::Scheduled, QStringLiteral("Marc Dupont"));
    hq.view.job.bookedBy = RecordOwner::HeadOffice;
    hq.conflicts.push_back({ConflictKind::DoubleBooked, {}, id("j99"),
        QStringLiteral("Crew A is already booked at 3:00 PM (Grace O'Neill)")});
    b.job(id("j12"), kSam, kMonday, at(9), at(10));
    b.job(id("j13"), kCrewA, kThursday, at(13, 10), at(14));
    // A request not placed yet: not on the board.
    BoardItem &unplaced = b.job(id("j14"), kUnassigned, kMonday, at(9), at(10), JobStatus::Requested);
    unplaced.view.job.startUtc = QDateTime();
    unplaced.view.job.endUtc = QDateTime();
    return b.snapshot;
}

using MoveArgs = std::tuple<QString, QString, QString, QDateTime>;

MoveArgs moveOf(const QList<QVariant> &args)
{
    return {args.at(0).toString(), args.at(1).toString(), args.at(2).toString(), args.at(3).toDateTime()};
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestDispatchBoard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::DispatchBoard> m_board;

    ui::DispatchBoard *open(BoardSnapshot snapshot, double zoom = 60, QSize size = QSize(1200, 600))
    {
        m_board = std::make_unique<ui::DispatchBoard>();
        m_board->resize(size);
        m_board->setZoom(zoom);
        m_board->setSnapshot(std::move(snapshot));
        m_board->show();
        if (!QTest::qWaitForWindowExposed(m_board.get()))
            qWarning("the board was not exposed");
        return m_board.get();
    }

    void drag(ui::DispatchBoard *board, QPoint from, QPoint to)
    {
        QTest::mousePress(board->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(board->viewport(), to);
        QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, to);
    }

private slots:
    void cleanup()
    {
        m_board.reset();
        QToolTip::hideText();
    }

    void placesJobsByLocalTime()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        const QRect area = board->timeArea();
        const QRect r = board->jobRect(id("j1"), kCrewA);
        // Tuesday's column starts at the edge; 09:00 is 2 h after its 07:00 start.
        QCOMPARE(r.left(), area.left() + 2 * 60);
        QCOMPARE(r.width(), 2 * 60);
        QCOMPARE(r.left(), board->xForLocalTime(kTuesday, at(9)));
        QCOMPARE(board->xForLocalTime(kTuesday, at(10)) - board->xForLocalTime(kTuesday, at(9)), 60);
        QCOMPARE(board->laneAt(r.center()), std::optional<QString>(kCrewA));
        QCOMPARE(board->timeAt(QPoint(area.left() + 150, r.center().y())), nyc(kTuesday, at(9, 30)));
        QVERIFY(!board->laneAt(QPoint(area.center().x(), area.top() - 5)));
        // A request with no time yet is not drawn; a job elsewhere in the week is.
        QVERIFY(board->jobRect(id("j14")).isNull());
        QVERIFY(!board->jobRect(id("j10"), kUnassigned).isNull());
        QVERIFY(board->jobRect(id("j1"), kSam).isNull());
    }

    void dstWeek_data()
    {
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<QDate>("friday");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<int>("fridayUtcHour");
        QTest::addColumn<int>("mondayUtcHour");
        // US clocks go forward on Sunday 14 March 2027 and back on Sunday 7 November 2027.
        QTest::newRow("spring forward")
            << QDate(2027, 3, 11) << QDate(2027, 3, 12) << QDate(2027, 3, 15) << 14 << 13;
        QTest::newRow("fall back") << QDate(2027, 11, 4) << QDate(2027, 11, 5) << QDate(2027, 11, 8) << 13
                                   << 14;
    }

    void dstWeek()
    {
        QFETCH(QDate, firstDay);
        QFETCH(QDate, friday);
        QFETCH(QDate, monday);
        QFETCH(int, fridayUtcHour);
        QFETCH(int, mondayUtcHour);
        BoardBuilder b(firstDay, 7);
        b.lane(BoardLane::Kind::Crew, kCrewA, QStringLiteral("Crew A"));
        const Job fri = b.job(id("fri"), kCrewA, friday, at(9), at(10)).view.job;
        const Job mon = b.job(id("mon"), kCrewA, monday, at(9), at(10)).view.job;
        QCOMPARE(fri.startUtc.time().hour(), fridayUtcHour);
        QCOMPARE(mon.startUtc.time().hour(), mondayUtcHour);

        auto *board = open(b.snapshot, 15); // a day is 12 h x 15 px = 180 px: the week fits
        QCOMPARE(board->horizontalScrollBar()->value(), 0);
        const int left = board->timeArea().left();
        const QRect rf = board->jobRect(id("fri"));
        const QRect rm = board->jobRect(id("mon"));
        const int fridayIndex = int(firstDay.daysTo(friday));
        const int mondayIndex = int(firstDay.daysTo(monday));
        // Both on their day's 09:00 tick (2 h after 07:00), whatever their UTC hour.
        QCOMPARE(rf.left() - left, fridayIndex * 180 + 30);
        QCOMPARE(rm.left() - left, mondayIndex * 180 + 30);
        QCOMPARE(rf.width(), 15);
        QCOMPARE(rm.width(), 15);
        QCOMPARE(board->timeAt(QPoint(rm.left(), rm.center().y())), mon.startUtc);
    }

    void overlappingJobsStack()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 2);
        const QRect r4 = board->jobRect(id("j4"), kCrewA);
        const QRect r5 = board->jobRect(id("j5"), kCrewA);
        const QRect r6 = board->jobRect(id("j6"), kCrewA);
        QVERIFY(!r4.intersects(r5));
        QVERIFY(!r4.intersects(r6));
        QVERIFY(!r5.intersects(r6));
        QCOMPARE(QSet<int>({r4.top(), r5.top(), r6.top()}).size(), 3);
        // They overlap in time, so they share columns: stacked, not spread.
        QVERIFY(r5.left() < r4.right() && r6.left() < r4.right());
        // The lane grew: the next lane starts below the lowest stacked job.
        const QRect sam = board->jobRect(id("j7"), kSam);
        QVERIFY(sam.top() > std::max({r4.bottom(), r5.bottom(), r6.bottom()}));
        // Jobs that only touch (09:00-11:00 then 11:00-12:00) stay on one row.
        QCOMPARE(board->jobRect(id("j3"), kCrewA).top(), board->jobRect(id("j1"), kCrewA).top());
        // Still apart when zoomed all the way out.
        board->setZoom(ui::DispatchBoard::kMinZoom);
        QVERIFY(!board->jobRect(id("j4")).intersects(board->jobRect(id("j5"))));
        QVERIFY(!board->jobRect(id("j5")).intersects(board->jobRect(id("j6"))));
        QVERIFY(!board->jobRect(id("j4")).intersects(board->jobRect(id("j6"))));
    }

    void dragToAnotherLaneAndTime_data()
    {
        QTest::addColumn<bool>("rightToLeft");
        QTest::addColumn<int>("dx"); // towards later times, in pixels at 60 px/h
        QTest::addColumn<QTime>("expected");
        QTest::newRow("2 h later") << false << 120 << at(11);
        QTest::newRow("2 h 5 min later snaps back") << false << 125 << at(11);
        QTest::newRow("2 h 10 min later snaps on") << false << 130 << at(11, 15);
        QTest::newRow("1 h earlier") << false << -60 << at(8);
        QTest::newRow("right-to-left, 2 h later") << true << 120 << at(11);
    }

    void dragToAnotherLaneAndTime()
    {
        QFETCH(bool, rightToLeft);
        QFETCH(int, dx);
        QFETCH(QTime, expected);
        auto *board = open(week());
        if (rightToLeft)
            board->setLayoutDirection(Qt::RightToLeft);
        test::scrollToDay(*board, 1);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        const QPoint from = board->jobRect(id("j1"), kCrewA).center();
        const QPoint to(from.x() + (rightToLeft ? -dx : dx), test::laneY(*board, kSam));
        drag(board, from, to);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moveOf(moves.at(0)), MoveArgs(id("j1"), kCrewA, kSam, nyc(kTuesday, expected)));
        // The board itself changed nothing: the page decides and reloads.
        QCOMPARE(board->snapshot().items.front().laneKey, kCrewA);
        QCOMPARE(board->jobRect(id("j1"), kCrewA).center(), from);
    }

    void dragWithinTheLaneKeepsTheLane()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        const QPoint from = board->jobRect(id("j2"), kCrewA).center();
        drag(board, from, from + QPoint(60, 0));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moveOf(moves.at(0)), MoveArgs(id("j2"), kCrewA, kCrewA, nyc(kTuesday, at(14))));
        // A drag that ends where it began (7 min off: snapped back) asks for nothing.
        drag(board, from, from + QPoint(7, 8));
        QCOMPARE(moves.count(), 1);
    }

    void inProgressJobCannotBeDragged()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        const QPoint from = board->jobRect(id("j7"), kSam).center();
        const QPoint to(from.x() + 120, test::laneY(*board, kCrewA));
        QTest::mousePress(board->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(board->viewport(), to);
        QCOMPARE(board->viewport()->cursor().shape(), Qt::ForbiddenCursor);
        QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(moves.count(), 0);
        // A completed job neither.
        const QPoint done = board->jobRect(id("j8"), kSam).center();
        drag(board, done, done + QPoint(-120, 0));
        QCOMPARE(moves.count(), 0);
        // The cursor over a job says whether it can be dragged.
        QTest::mouseMove(board->viewport(), board->jobRect(id("j1"), kCrewA).center());
        QCOMPARE(board->viewport()->cursor().shape(), Qt::OpenHandCursor);
        QTest::mouseMove(board->viewport(), board->jobRect(id("j7"), kSam).center());
        QVERIFY(board->viewport()->cursor().shape() != Qt::OpenHandCursor);
    }

    void escapeCancelsADrag()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        const QPoint from = board->jobRect(id("j1"), kCrewA).center();
        const QPoint to(from.x() + 120, test::laneY(*board, kSam));
        QTest::mousePress(board->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(board->viewport(), to);
        QCOMPARE(board->viewport()->cursor().shape(), Qt::ClosedHandCursor);
        QTest::keyClick(board, Qt::Key_Escape);
        QCOMPARE(board->viewport()->cursor().shape(), Qt::ArrowCursor);
        QTest::mouseRelease(board->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(moves.count(), 0);
    }

    void keyboardMoves()
    {
        auto *board = open(week());
        board->setSelection(id("j1"), kCrewA);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QTest::keyClick(board, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(moves.count(), 6);
        QCOMPARE(moveOf(moves.at(0)), MoveArgs(id("j1"), kCrewA, kCrewA, nyc(kTuesday, at(9, 15))));
        QCOMPARE(moveOf(moves.at(1)), MoveArgs(id("j1"), kCrewA, kCrewA, nyc(kTuesday, at(8, 45))));
        QCOMPARE(moveOf(moves.at(2)), MoveArgs(id("j1"), kCrewA, kSam, nyc(kTuesday, at(9))));
        QCOMPARE(moveOf(moves.at(3)), MoveArgs(id("j1"), kCrewA, kUnassigned, nyc(kTuesday, at(9))));
        QCOMPARE(moveOf(moves.at(4)), MoveArgs(id("j1"), kCrewA, kCrewA, nyc(kWednesday, at(9))));
        QCOMPARE(moveOf(moves.at(5)), MoveArgs(id("j1"), kCrewA, kCrewA, nyc(kMonday, at(9))));
        // No lane below the last one.
        board->setSelection(id("j12"), kSam);
        QTest::keyClick(board, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(moves.count(), 6);
    }

    void keyboardMovesSnapToQuarterHours()
    {
        auto *board = open(week());
        board->setSelection(id("j13"), kCrewA); // 13:10
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(moves.count(), 2);
        QCOMPARE(std::get<3>(moveOf(moves.at(0))), nyc(kThursday, at(13, 15)));
        QCOMPARE(std::get<3>(moveOf(moves.at(1))), nyc(kThursday, at(13)));
    }

    void keyboardDayMoveKeepsLocalTimeAcrossDst()
    {
        BoardBuilder b(QDate(2027, 3, 11), 7);
        b.lane(BoardLane::Kind::Crew, kCrewA, QStringLiteral("Crew A"));
        const Job sat = b.job(id("sat"), kCrewA, QDate(2027, 3, 13), at(9), at(10)).view.job;
        auto *board = open(b.snapshot);
        board->setSelectedJobId(id("sat"));
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(moves.count(), 1);
        const QDateTime sunday = std::get<3>(moveOf(moves.at(0)));
        QCOMPARE(sunday, nyc(QDate(2027, 3, 14), at(9)));
        QCOMPARE(sat.startUtc.secsTo(sunday), 23 * 3600); // the night the clocks go forward
    }

    void keyboardMoveOfAnInProgressJobEmitsNothing()
    {
        auto *board = open(week());
        board->setSelection(id("j7"), kSam);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(moves.count(), 0);
    }

    void arrowKeysAndTabMoveTheSelection()
    {
        auto *board = open(week());
        board->setSelection(id("j1"), kCrewA);
        QSignalSpy changes(board, &ui::DispatchBoard::selectionChanged);
        QTest::keyClick(board, Qt::Key_Right);
        QCOMPARE(board->selectedJobId(), id("j3")); // 11:00, next in the lane
        QTest::keyClick(board, Qt::Key_Right);
        QCOMPARE(board->selectedJobId(), id("j2")); // 13:00
        QTest::keyClick(board, Qt::Key_Left);
        QCOMPARE(board->selectedJobId(), id("j3"));
        QTest::keyClick(board, Qt::Key_Down);
        QCOMPARE(board->selectedJobId(), id("j7")); // Sam, Tuesday 09:30: nearest below
        QCOMPARE(board->selectedLaneKey(), kSam);
        QTest::keyClick(board, Qt::Key_Up);
        QCOMPARE(board->selectedJobId(), id("j1")); // nearest to 09:30-10:30 in Crew A
        QTest::keyClick(board, Qt::Key_Up);
        QCOMPARE(board->selectedJobId(), id("j10")); // the unassigned lane
        QTest::keyClick(board, Qt::Key_Down);
        QTest::keyClick(board, Qt::Key_End);
        QCOMPARE(board->selectedJobId(), id("j11"));
        QTest::keyClick(board, Qt::Key_Home);
        QCOMPARE(board->selectedJobId(), id("j1"));
        QTest::keyClick(board, Qt::Key_Tab);
        QCOMPARE(board->selectedJobId(), id("j3"));
        QTest::keyClick(board, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(board->selectedJobId(), id("j1"));
        QCOMPARE(changes.count(), 11);
        QCOMPARE(changes.last().at(0).toString(), id("j1"));
        // The selection is told to assistive technology.
        QVERIFY(board->accessibleDescription().contains(QStringLiteral("Hélène Dubois")));
        QCOMPARE(board->accessibleName(), QStringLiteral("Dispatch board"));
    }

    void enterAndDoubleClickOpen()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy opens(board, &ui::DispatchBoard::openRequested);
        board->setSelection(id("j2"), kCrewA);
        QTest::keyClick(board, Qt::Key_Return);
        QTest::mouseDClick(board->viewport(), Qt::LeftButton, {}, board->jobRect(id("j1"), kCrewA).center());
        QCOMPARE(opens.count(), 2);
        QCOMPARE(opens.at(0).at(0).toString(), id("j2"));
        QCOMPARE(opens.at(1).at(0).toString(), id("j1"));
        // Delete and Escape do nothing to the job.
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Delete);
        QTest::keyClick(board, Qt::Key_Escape);
        QCOMPARE(moves.count(), 0);
        QCOMPARE(board->selectedJobId(), id("j1"));
    }

    void contextMenuFromMouseAndKeyboard()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy menus(board, &ui::DispatchBoard::contextMenuRequested);
        const QRect r1 = board->jobRect(id("j1"), kCrewA);
        QContextMenuEvent mouse(
            QContextMenuEvent::Mouse, r1.center(), board->viewport()->mapToGlobal(r1.center()));
        QApplication::sendEvent(board->viewport(), &mouse);
        board->setSelection(id("j2"), kCrewA);
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(0, 0), board->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(board, &key);
        QCOMPARE(menus.count(), 2);
        QCOMPARE(menus.at(0).at(0).toString(), id("j1"));
        QCOMPARE(menus.at(0).at(1).toPoint(), board->viewport()->mapToGlobal(r1.center()));
        QCOMPARE(menus.at(1).at(0).toString(), id("j2"));
        const QRect r2 = board->jobRect(id("j2"), kCrewA);
        QVERIFY(r2.contains(board->viewport()->mapFromGlobal(menus.at(1).at(1).toPoint())));
        // Over a lane's free time: no job, the page may offer to book there (laneAt/timeAt).
        const QPoint free(board->xForLocalTime(kTuesday, at(16, 30)), test::laneY(*board, kSam));
        QContextMenuEvent empty(QContextMenuEvent::Mouse, free, board->viewport()->mapToGlobal(free));
        QApplication::sendEvent(board->viewport(), &empty);
        QCOMPARE(menus.count(), 3);
        QCOMPARE(menus.at(2).at(0).toString(), QString());
        QCOMPARE(board->laneAt(free), std::optional<QString>(kSam));
        QCOMPARE(board->timeAt(free), nyc(kTuesday, at(16, 30)));
    }

    void zoomChangesWidths()
    {
        auto *board = open(week());
        QSignalSpy zooms(board, &ui::DispatchBoard::zoomChanged);
        QCOMPARE(board->jobRect(id("j1")).width(), 120);
        board->zoomIn();
        QCOMPARE(board->zoom(), 75.0);
        QCOMPARE(board->jobRect(id("j1")).width(), 150);
        QTest::keyClick(board, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(board->zoom(), 93.75);
        QVERIFY(std::abs(board->jobRect(id("j1")).width() - 187.5) <= 1);
        QTest::keyClick(board, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(board->jobRect(id("j1")).width(), 150);
        const QPointF pos = board->timeArea().center();
        QWheelEvent wheel(pos, board->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(board->viewport(), &wheel);
        QCOMPARE(board->zoom(), 60.0);
        QCOMPARE(board->jobRect(id("j1")).width(), 120);
        QCOMPARE(zooms.count(), 4);
        board->setZoom(10000);
        QCOMPARE(board->zoom(), ui::DispatchBoard::kMaxZoom);
        QTest::keyClick(board, Qt::Key_0, Qt::ControlModifier); // fit the week
        QVERIFY(7 * 12 * board->zoom() <= board->timeArea().width());
        QVERIFY(7 * 12 * board->zoom() > board->timeArea().width() - 7 * 12);
        QCOMPARE(board->horizontalScrollBar()->maximum(), 0);
    }

    void zoomKeepsTheCentreInPlace()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        const QPoint centre = board->timeArea().center();
        const QDateTime before = board->timeAt(centre);
        board->zoomIn();
        QVERIFY(std::abs(board->timeAt(centre).secsTo(before)) <= 60);
    }

    void rightToLeftMirrorsTime()
    {
        auto *board = open(week());
        board->setLayoutDirection(Qt::RightToLeft);
        test::scrollToDay(*board, 1);
        const QRect morning = board->jobRect(id("j1"), kCrewA);
        const QRect afternoon = board->jobRect(id("j2"), kCrewA);
        QVERIFY2(morning.left() > afternoon.right(), "the morning job is right of the afternoon one");
        QCOMPARE(board->xForLocalTime(kTuesday, at(9)) - board->xForLocalTime(kTuesday, at(10)), 60);
        // Titles on the right, time on the left; Tuesday starts at the right edge.
        const QRect area = board->timeArea();
        QCOMPARE(area.left(), 0);
        QVERIFY(area.right() < board->viewport()->width() - 150);
        QCOMPARE(morning.right() + 1, area.right() + 1 - 2 * 60);
        // Arrows follow the screen: Right goes to the earlier job, Alt+Left moves later.
        board->setSelection(id("j3"), kCrewA);
        QTest::keyClick(board, Qt::Key_Right);
        QCOMPARE(board->selectedJobId(), id("j1"));
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        QTest::keyClick(board, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(std::get<3>(moveOf(moves.at(0))), nyc(kTuesday, at(9, 15)));
    }

    void dropFromOutside()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        QSignalSpy moves(board, &ui::DispatchBoard::moveRequested);
        const QPoint target(board->xForLocalTime(kTuesday, at(16)) + 2, test::laneY(*board, kCrewA));
        // Qt delivers a drop to the widget that accepted the drag's enter, as a real drag does.
        auto enter = [board](const QPoint &pos, const QMimeData *mime) {
            QDragEnterEvent event(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &event);
            return event.isAccepted();
        };
        auto drop = [board](const QPoint &pos, const QMimeData *mime) {
            QDropEvent event(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(board->viewport(), &event);
            return event.isAccepted();
        };

        QMimeData request;
        request.setData(ui::DispatchBoard::jobIdMimeType(), QByteArrayLiteral("req-9"));
        QVERIFY(enter(target, &request));
        QVERIFY(drop(target, &request));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moveOf(moves.at(0)), MoveArgs(id("req-9"), QString(), kCrewA, nyc(kTuesday, at(16))));

        // Other data, a job that can't move, and the title column are refused.
        QMimeData text;
        text.setText(QStringLiteral("req-9"));
        QVERIFY(!enter(target, &text));
        QVERIFY(!drop(target, &text));
        QMimeData started;
        started.setData(ui::DispatchBoard::jobIdMimeType(), QByteArrayLiteral("j7"));
        QVERIFY(!enter(target, &started));
        QVERIFY(!drop(target, &started));
        const QPoint titles(10, target.y());
        QVERIFY(!drop(titles, &request));
        QCOMPARE(moves.count(), 1);

        // Enter, move (the ghost follows), drop.
        QVERIFY(enter(target, &request));
        const QPoint later(board->xForLocalTime(kTuesday, at(17, 30)), test::laneY(*board, kSam));
        QDragMoveEvent move(later, Qt::MoveAction, &request, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board->viewport(), &move);
        QVERIFY(move.isAccepted());
        QVERIFY(drop(later, &request));
        QCOMPARE(moves.count(), 2);
        QCOMPARE(moveOf(moves.at(1)), MoveArgs(id("req-9"), QString(), kSam, nyc(kTuesday, at(17, 30))));
    }

    void pageReloadsInsideTheSignal()
    {
        // The page asks core and reloads the snapshot before the signal returns: the board
        // must not touch the old snapshot afterwards, and the selection follows the job.
        auto *board = open(week());
        test::scrollToDay(*board, 1);
        int reloads = 0;
        connect(board, &ui::DispatchBoard::moveRequested, board,
            [board, &reloads](
                const QString &jobId, const QString &, const QString &toLane, const QDateTime &start) {
                BoardSnapshot next = board->snapshot();
                for (BoardItem &item : next.items)
                    if (item.view.job.id == jobId) {
                        const qint64 length = item.view.job.startUtc.secsTo(item.view.job.endUtc);
                        item.laneKey = toLane;
                        item.view.job.startUtc = start;
                        item.view.job.endUtc = start.addSecs(length);
                    }
                board->setSnapshot(std::move(next));
                ++reloads;
            });
        const QPoint from = board->jobRect(id("j1"), kCrewA).center();
        drag(board, from, QPoint(from.x() + 120, test::laneY(*board, kSam)));
        QCOMPARE(reloads, 1);
        QVERIFY(board->jobRect(id("j1"), kCrewA).isNull());
        QCOMPARE(board->jobRect(id("j1"), kSam).left(), board->xForLocalTime(kTuesday, at(11)));
        QCOMPARE(board->selectedJobId(), id("j1"));
        QCOMPARE(board->selectedLaneKey(), kSam);
        // Each key press moves from where the reload put the job.
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Right, Qt::AltModifier);
        QTest::keyClick(board, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(reloads, 4);
        QCOMPARE(board->selectedLaneKey(), kCrewA);
        QCOMPARE(board->jobRect(id("j1"), kCrewA).left(), board->xForLocalTime(kTuesday, at(11, 30)));
    }

    void reloadKeepsTheSelection()
    {
        auto *board = open(week());
        board->setSelection(id("j1"), kCrewA);
        QSignalSpy changes(board, &ui::DispatchBoard::selectionChanged);
        BoardSnapshot moved = week();
        moved.items.front().laneKey = kSam; // core accepted the move to Sam
        const int scroll = 300;
        board->horizontalScrollBar()->setValue(scroll);
        board->setSnapshot(moved);
        QCOMPARE(board->selectedJobId(), id("j1"));
        QCOMPARE(board->selectedLaneKey(), kSam);
        QCOMPARE(board->horizontalScrollBar()->value(), scroll);
        QCOMPARE(changes.count(), 0);
        BoardSnapshot gone = week();
        gone.items.erase(gone.items.begin());
        board->setSnapshot(gone);
        QCOMPARE(board->selectedJobId(), QString());
        QCOMPARE(changes.count(), 1);
    }

    void tooltipListsConflicts()
    {
        auto *board = open(week());
        test::scrollToDay(*board, 4);
        const QPoint centre = board->jobRect(id("j11"), kCrewA).center();
        QHelpEvent help(QEvent::ToolTip, centre, board->viewport()->mapToGlobal(centre));
        QApplication::sendEvent(board->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Crew A is already booked at 3:00 PM (Grace O'Neill)")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Marc Dupont")));
        QVERIFY(text.contains(QStringLiteral("Deep clean")));
        QVERIFY(text.contains(QStringLiteral("Booked by head office")));
    }

    void paintsConflictOutlineShadingAndNowLine()
    {
        auto *board = open(week());
        board->setNow(nyc(kTuesday, at(16, 40)));
        test::scrollToDay(*board, 1);
        QImage shot = board->viewport()->grab().toImage();
        // The now-line over Tuesday 16:40, in a free stretch of the unassigned lane.
        const int nowX = board->xForLocalTime(kTuesday, at(16, 40));
        const int unassignedY = test::laneY(*board, kUnassigned);
        QVERIFY(near(shot.pixelColor(nowX, unassignedY), QColor(0xE1, 0x1D, 0x48)));
        // Sam starts at 09:00: 07:20 is shaded; 16:20 is working time, left white.
        const int samY = test::laneY(*board, kSam);
        QVERIFY(near(
            shot.pixelColor(board->xForLocalTime(kTuesday, at(7, 20)), samY), QColor(0xEC, 0xEF, 0xF4), 4));
        QVERIFY(near(shot.pixelColor(board->xForLocalTime(kTuesday, at(16, 20)), samY), Qt::white, 4));
        // A job without conflicts has no red edge.
        auto redEdge = [](const QColor &c) { return c.red() > 180 && c.green() < 110; };
        const QRect plain = board->jobRect(id("j2"), kCrewA);
        QVERIFY(!redEdge(shot.pixelColor(plain.left(), plain.center().y())));
        // Friday's head-office job with a double booking has a red edge.
        test::scrollToDay(*board, 4);
        shot = board->viewport()->grab().toImage();
        const QRect flagged = board->jobRect(id("j11"), kCrewA);
        const QColor edge = shot.pixelColor(flagged.left(), flagged.center().y());
        QVERIFY2(redEdge(edge), qPrintable(edge.name()));
        // Now moved out of the week: no line.
        board->setNow(nyc(kMonday.addDays(14), at(10)));
        test::scrollToDay(*board, 1);
        shot = board->viewport()->grab().toImage();
        QVERIFY(!near(shot.pixelColor(nowX, unassignedY), QColor(0xE1, 0x1D, 0x48)));
    }

    void visibleHoursChangeTheAxis()
    {
        auto *board = open(week());
        board->setVisibleHours(at(6), QTime(0, 0));
        QCOMPARE(board->visibleStart(), at(6));
        QCOMPARE(board->visibleEnd(), QTime(0, 0));
        // Monday 09:00 is 3 h after the 06:00 start of the first column.
        QCOMPARE(board->jobRect(id("j12"), kSam).left() - board->timeArea().left(), 3 * 60);
        // Tuesday's column starts 18 h later.
        QCOMPARE(board->xForLocalTime(kTuesday, at(6)) - board->xForLocalTime(kMonday, at(6)), 18 * 60);
    }
};

QTEST_MAIN(TestDispatchBoard)
#include "test_dispatch_board.moc"
