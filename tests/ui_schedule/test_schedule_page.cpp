// The Schedule screen over a real location database with the demo's week: quick booking
// proposes slots and books with one keystroke; drag and drop and keyboard moves reschedule
// through core; a conflicting drop is refused for the front desk and booked over, with a
// recorded reason, by a manager; a request dragged from the list gets a time.

#include "board_test_support.h"
#include "core/demo/demo_data.h"
#include "core/staff/staff_service.h"
#include "support/test_support.h"
#include "ui/print/print_prompter.h"
#include "ui/schedule/booking_dialog.h"
#include "ui/schedule/dispatch_board.h"
#include "ui/schedule/job_dialog.h"
#include "ui/schedule/schedule_context.h"
#include "ui/schedule/schedule_page.h"

#include <QFile>
#include <QProcess>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const QTimeZone kZone(QByteArrayLiteral("America/New_York"));
// Monday 5 April 2027, 07:00 in New York: the demo books this week around it.
const QDateTime kNow(QDate(2027, 4, 5), QTime(11, 0), Qt::UTC);

} // namespace

class TestSchedulePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    ManualClock m_clock {kNow};
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<ui::SchedulePage> m_page;
    QHash<QString, Actor> m_actors;
    Actor m_current;
    int m_n = 0;

    ui::DispatchBoard *board() const { return m_page->board(); }
    JobService &jobs() const { return m_page->context().jobs(); }

    const BoardItem *firstItemIn(const QString &laneKey) const
    {
        for (const BoardItem &item : board()->snapshot().items)
            if (item.laneKey == laneKey && jobStatusMovable(item.view.job.status))
                return &item;
        return nullptr;
    }

    QString laneKeyTitled(const QString &title) const
    {
        for (const BoardLane &l : board()->snapshot().lanes)
            if (l.title == title)
                return l.key;
        return {};
    }

    /// Viewport point of a local time in a lane (scrolling it into view first).
    QPoint pointAt(const QString &laneKey, const QDate &day, const QTime &time)
    {
        const int y = test::laneY(*board(), laneKey);
        return QPoint(board()->xForLocalTime(day, time) + 2, y);
    }

    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(board()->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(board()->viewport(), from + QPoint(12, 0));
        QTest::mouseMove(board()->viewport(), to);
        QTest::mouseRelease(board()->viewport(), Qt::LeftButton, {}, to);
    }

private slots:
    void init()
    {
        m_page.reset();
        m_db.reset();
        m_actors.clear();
        auto db = LocationDatabase::create(
            m_dir.filePath(QStringLiteral("loc%1").arg(++m_n)), m_store, KeySource::Keychain);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_db->setClock(&m_clock);
        QVERIFY(demo::populate(*m_db, PasswordHasher(PasswordHasher::Cost::Minimum)).ok());
        for (const StaffMember &m : StaffService(*m_db).list())
            m_actors.insert(roleKey(m.role), Actor {m.id, m.name, m.role});
        ui::schedule_prompts::resetScript();
        ui::schedule_prompts::scriptReasons({});
        m_current = m_actors.value(QStringLiteral("front_desk"));
        m_page = std::make_unique<ui::SchedulePage>(
            *m_db, [this] { return m_current; }, kZone, QStringLiteral("USD"), QStringLiteral("US"), m_clock);
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showDay(QDate(2027, 4, 6)); // Tuesday
        board()->setZoom(60);
    }

    void cleanup()
    {
        m_page.reset();
        ui::schedule_prompts::resetScript();
    }

    void showsTheWeekFromCore()
    {
        m_page->showWeek(QDate(2027, 4, 7));
        QCOMPARE(m_page->firstDay(), QDate(2027, 4, 5));
        const BoardSnapshot &snap = board()->snapshot();
        QCOMPARE(snap.days, 7);
        QVERIFY(!laneKeyTitled(QStringLiteral("Crew A")).isEmpty());
        QVERIFY(!laneKeyTitled(QStringLiteral("Zoe Park")).isEmpty());
        QVERIFY(snap.items.size() > 20);
        // The requests without a time are listed, ready to drag.
        QCOMPARE(m_page->requestList()->count(), 3);
    }

    void dragToAnotherLaneAndTimeReschedulesInCore()
    {
        const QString crewB = laneKeyTitled(QStringLiteral("Crew B"));
        const QString kenji = laneKeyTitled(QStringLiteral("Kenji Mori"));
        const BoardItem *item = firstItemIn(crewB);
        QVERIFY(item);
        const QString id = item->view.job.id;
        const int minutes = item->view.job.durationMinutes();
        const QDate day(2027, 4, 6);
        const QDateTime localStart = item->view.job.startUtc.toTimeZone(kZone);
        board()->ensureVisible(id);
        const QPoint from = board()->jobRect(id, crewB).topLeft() + QPoint(4, 6);
        // Grabbed 4 px (4 min at 60 px/h) after its start; dropped one hour later in Kenji's lane.
        const QPoint to(
            board()->xForLocalTime(day, localStart.time().addSecs(3600)) + 4, test::laneY(*board(), kenji));
        drag(from, to);
        auto moved = jobs().job(m_current, id);
        QVERIFY(moved.ok());
        QCOMPARE(moved->startUtc.toTimeZone(kZone).time(), localStart.time().addSecs(3600));
        QCOMPARE(moved->durationMinutes(), minutes);
        QVERIFY(moved->assignment.crewId.isEmpty());
        QCOMPARE(moved->assignment.technicianIds, QStringList {kenji.mid(5)});
        // The board shows it where it went.
        QVERIFY(!board()->jobRect(id, kenji).isNull());
        QVERIFY(board()->jobRect(id, crewB).isNull());
    }

    void conflictingDropIsRefusedForTheFrontDesk()
    {
        const QString crewA = laneKeyTitled(QStringLiteral("Crew A"));
        const QString crewB = laneKeyTitled(QStringLiteral("Crew B"));
        const BoardItem *a = firstItemIn(crewA);
        const BoardItem *b = firstItemIn(crewB);
        QVERIFY(a && b);
        const QString id = b->view.job.id;
        const QDateTime before = b->view.job.startUtc;
        const QDateTime target = a->view.job.startUtc;
        QVERIFY(!m_page->moveJob(id, crewB, crewA, target));
        QVERIFY(ui::schedule_prompts::shownMessages().join(u'\n').contains(
            QStringLiteral("A manager can book over")));
        auto unchanged = jobs().job(m_current, id);
        QCOMPARE(unchanged->startUtc, before);
        QCOMPARE(unchanged->assignment.crewId, crewB.mid(5));
    }

    void managerBooksOverAConflictWithAReason()
    {
        m_current = m_actors.value(QStringLiteral("manager"));
        ui::schedule_prompts::scriptReasons({QStringLiteral("Customer insists on Crew A")});
        const QString crewA = laneKeyTitled(QStringLiteral("Crew A"));
        const QString crewB = laneKeyTitled(QStringLiteral("Crew B"));
        const BoardItem *a = firstItemIn(crewA);
        const BoardItem *b = firstItemIn(crewB);
        QVERIFY(a && b);
        const QString id = b->view.job.id;
        QVERIFY(m_page->moveJob(id, crewB, crewA, a->view.job.startUtc));
        auto moved = jobs().job(m_current, id);
        QCOMPARE(moved->assignment.crewId, crewA.mid(5));
        QVERIFY(moved->overriddenConflicts.contains(QStringLiteral("double_booked")));
        auto history = jobs().history(m_current, id);
        QVERIFY(history.ok());
        bool recorded = false;
        for (const QStringList &h : history.value())
            recorded = recorded
                || (h.value(2) == QLatin1String("override")
                    && h.value(3).contains(QStringLiteral("insists")));
        QVERIFY(recorded);
        // Once booked over, the board no longer flags it.
        for (const BoardItem &item : board()->snapshot().items)
            if (item.view.job.id == id)
                for (const Conflict &c : item.conflicts)
                    QVERIFY(c.kind != ConflictKind::DoubleBooked);
    }

    void keyboardMovesTheSelectedJob()
    {
        const QString crewB = laneKeyTitled(QStringLiteral("Crew B"));
        const BoardItem *item = firstItemIn(crewB);
        QVERIFY(item);
        const QString id = item->view.job.id;
        const QDateTime before = item->view.job.startUtc;
        board()->setFocus();
        board()->setSelection(id, crewB);
        QTest::keyClick(board(), Qt::Key_Left, Qt::AltModifier);
        auto moved = jobs().job(m_current, id);
        QCOMPARE(moved->startUtc, before.addSecs(-15 * 60));
        QCOMPARE(board()->selectedJobId(), id);
    }

    void requestDroppedFromTheListGetsATime()
    {
        QListWidgetItem *request = m_page->requestList()->item(0);
        QVERIFY(request);
        const QString id = request->data(Qt::UserRole).toString();
        QVERIFY(!id.isEmpty());
        // Dropped on the unassigned lane at 10:00: it has a time, and nobody is sent yet.
        auto *mime = new QMimeData;
        mime->setData(ui::DispatchBoard::jobIdMimeType(), id.toUtf8());
        const QPoint pos = pointAt(QString(), QDate(2027, 4, 6), QTime(10, 0));
        QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(board()->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(board()->viewport(), &move);
        QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(board()->viewport(), &drop);
        delete mime;
        auto placed = jobs().job(m_current, id);
        QCOMPARE(placed->status, JobStatus::Scheduled);
        QCOMPARE(placed->startUtc.toTimeZone(kZone), QDateTime(QDate(2027, 4, 6), QTime(10, 0), kZone));
        QVERIFY(placed->assignment.isEmpty());
        QCOMPARE(m_page->requestList()->count(), 2);
        QVERIFY(!board()->jobRect(id, QString()).isNull());
    }

    void quickBookingProposesSlotsAndBooksWithEnter()
    {
        ui::BookingDialog *dialog = m_page->bookJob();
        QTest::keyClicks(dialog->customerSearch(), QStringLiteral("Dubois"));
        QTRY_VERIFY(dialog->customerResults()->count() > 0);
        dialog->customerResults()->setCurrentRow(0);
        QVERIFY(!dialog->customerId().isEmpty());
        QVERIFY(dialog->selectService(QStringLiteral("Window cleaning")));
        QTRY_VERIFY(!dialog->suggestions().empty());
        // Windows need training: only lanes with Kenji (Crew B) or Zoe are proposed.
        for (const SlotSuggestion &s : dialog->suggestions()) {
            QVERIFY2(s.laneTitle == QLatin1String("Crew B") || s.laneTitle == QLatin1String("Zoe Park")
                    || s.laneTitle == QLatin1String("Kenji Mori"),
                qPrintable(s.laneTitle));
            QVERIFY(s.startUtc >= kNow);
            QCOMPARE(s.startUtc.secsTo(s.endUtc), qint64(90 * 60));
        }
        const SlotSuggestion first = dialog->suggestions().front();
        QSignalSpy booked(dialog, &ui::BookingDialog::booked);
        dialog->slotList()->setFocus();
        dialog->slotList()->setCurrentRow(0);
        QTest::keyClick(dialog->slotList(), Qt::Key_Return);
        QCOMPARE(booked.count(), 1);
        auto job = jobs().job(m_current, booked.front().front().toString());
        QVERIFY(job.ok());
        QCOMPARE(job->startUtc, first.startUtc);
        QCOMPARE(job->status, JobStatus::Scheduled);
        QCOMPARE(job->lines.size(), size_t(1));
        QCOMPARE(job->lines.front().description, QStringLiteral("Window cleaning"));
    }

    void quickBookingForANewCustomerAsARequest()
    {
        ui::BookingDialog *dialog = m_page->bookJob();
        dialog->newGivenName()->setText(QStringLiteral("Yuna"));
        dialog->newFamilyName()->setText(QStringLiteral("Seo"));
        dialog->newPhone()->setText(QStringLiteral("(212) 555-0199"));
        dialog->newStreet()->setText(QStringLiteral("9 Harbor View"));
        QVERIFY(dialog->selectService(QStringLiteral("Deep clean")));
        QSignalSpy booked(dialog, &ui::BookingDialog::booked);
        QVERIFY(dialog->bookRequest());
        QCOMPARE(booked.count(), 1);
        auto job = jobs().job(m_current, booked.front().front().toString());
        QCOMPARE(job->status, JobStatus::Requested);
        auto customer = m_page->context().customers().get(m_current, job->customerId);
        QCOMPARE(customer->displayName(), QStringLiteral("Yuna Seo"));
    }

    void bookingWithoutAServiceSaysWhy()
    {
        ui::BookingDialog *dialog = m_page->bookJob();
        QTest::keyClicks(dialog->customerSearch(), QStringLiteral("Dubois"));
        QTRY_VERIFY(dialog->customerResults()->count() > 0);
        dialog->customerResults()->setCurrentRow(0);
        QVERIFY(!dialog->bookRequest());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("service")));
    }

    void jobDialogWalksTheStatusesATechnicianMay()
    {
        const QString crewB = laneKeyTitled(QStringLiteral("Crew B"));
        const BoardItem *item = firstItemIn(crewB);
        QVERIFY(item);
        const QString id = item->view.job.id;
        ui::JobDialog *dialog = m_page->openJob(id);
        QVERIFY(dialog->statusButton(JobStatus::EnRoute));
        QVERIFY(dialog->statusButton(JobStatus::Cancelled)); // the front desk may cancel
        dialog->statusButton(JobStatus::EnRoute)->click();
        QCOMPARE(jobs().job(m_current, id)->status, JobStatus::EnRoute);
        QVERIFY(dialog->statusButton(JobStatus::InProgress));
        // Cancelling asks why; no answer, no change.
        QVERIFY(!dialog->moveTo(JobStatus::Cancelled));
        QCOMPARE(jobs().job(m_current, id)->status, JobStatus::EnRoute);
        dialog->close();
    }

    void routeSheetAndWorkOrderSaveAsPdf()
    {
        ui::PrintPrompter &prompter = ui::PrintPrompter::instance();
        prompter.clear();
        prompter.setScripted(true);
        const QString crewA = laneKeyTitled(QStringLiteral("Crew A"));
        const QString sheet = m_dir.filePath(QStringLiteral("route-%1.pdf").arg(m_n));
        prompter.queueFileName(sheet);
        const QString html = m_page->printRouteSheet(crewA, QDate(2027, 4, 6), ui::SchedulePage::Output::Pdf);
        QVERIFY(!html.isEmpty());
        QVERIFY(QFile::exists(sheet));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), sheet, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Crew A")), qPrintable(out.left(400)));
        // Every Crew A job of that Tuesday is on the sheet, by customer.
        for (const BoardItem &item : board()->snapshot().items)
            if (item.laneKey == crewA && item.view.job.startUtc.toTimeZone(kZone).date() == QDate(2027, 4, 6))
                QVERIFY2(out.contains(item.view.customerName.left(6)), qPrintable(item.view.customerName));

        const BoardItem *job = firstItemIn(crewA);
        QVERIFY(job);
        const QString order = m_dir.filePath(QStringLiteral("order-%1.pdf").arg(m_n));
        prompter.queueFileName(order);
        QVERIFY(
            !m_page->printWorkOrder(m_page.get(), job->view.job.id, ui::SchedulePage::Output::Pdf).isEmpty());
        QVERIFY(QFile::exists(order));
        prompter.clear();
        prompter.setScripted(false);
    }
};

QTEST_MAIN(TestSchedulePage)
#include "test_schedule_page.moc"
