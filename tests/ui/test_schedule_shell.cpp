// The Today screen and the paths between screens a front desk takes all day: today's jobs
// by status, the requests waiting, the jobs running late (opened on the Schedule screen
// with Enter), and "Book a job" from a customer's profile.

#include "core/schedule/catalog_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/customers_page.h"
#include "ui/schedule/booking_dialog.h"
#include "ui/schedule/job_dialog.h"
#include "ui/schedule/schedule_page.h"
#include "ui/shell/today_page.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace spoke;

namespace {

const QTimeZone kZone(QByteArrayLiteral("America/New_York"));
// Monday 7 January 2030, 09:00 in New York: far from the demo's own weeks.
const QDateTime kNow(QDate(2030, 1, 7), QTime(14, 0), Qt::UTC);

QStringList texts(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        out << (*it)->text(1);
    return out;
}

} // namespace

class TestScheduleShell : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoApp> m_app;
    QString m_late, m_later, m_request, m_customer;

    Actor owner() const
    {
        for (const StaffMember &m : m_app->context()->staff().list())
            if (m.role == Role::Owner)
                return Actor {m.id, m.name, m.role};
        return {};
    }

private slots:
    void initTestCase() { test::initUiTest(); }

    void init()
    {
        m_app = std::make_unique<test::DemoApp>();
        m_app->clock.set(kNow);
        m_app->start();
        m_app->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        LocationDatabase &db = m_app->context()->database();
        JobService jobs(db, kZone, QStringLiteral("USD"));
        auto services = CatalogService(db, QStringLiteral("USD")).services(owner());
        QVERIFY(services.ok() && !services->empty());
        QSqlQuery q = db.query(
            QStringLiteral("SELECT c.id, a.id FROM customers c JOIN customer_addresses a ON "
                           "a.customer_id = c.id WHERE c.deleted_at IS NULL ORDER BY c.id LIMIT 1"));
        QVERIFY(q.exec() && q.next());
        m_customer = q.value(0).toString();
        auto book = [&](const QTime &at) {
            Job j;
            j.customerId = m_customer;
            j.addressId = q.value(1).toString();
            j.lines.push_back({{}, services->front().id, {}, 1, 0, {}, false, 0});
            if (at.isValid())
                j.startUtc = QDateTime(kNow.toTimeZone(kZone).date(), at, kZone).toUTC();
            auto id = jobs.book(owner(), j);
            return id ? id.value() : QString();
        };
        m_late = book(QTime(8, 0));
        m_later = book(QTime(13, 0));
        m_request = book(QTime());
        QVERIFY(!m_late.isEmpty() && !m_later.isEmpty() && !m_request.isEmpty());
        QVERIFY(m_app->signIn(QStringLiteral("Priya Natarajan"), QStringLiteral("3456")));
    }

    void cleanup() { m_app.reset(); }

    void todayShowsJobsWaitingAndLate()
    {
        auto *today = static_cast<ui::TodayPage *>(m_app->window()->workspace()->page(ui::PageId::Today));
        today->refresh();
        // Two jobs today, both scheduled, under their status.
        QTreeWidget *jobsView = today->jobsView();
        QCOMPARE(jobsView->topLevelItemCount(), 1);
        QVERIFY(jobsView->topLevelItem(0)->text(0).startsWith(jobStatusLabel(JobStatus::Scheduled)));
        QCOMPARE(jobsView->topLevelItem(0)->childCount(), 2);
        // The 08:00 job has not started by 09:00: late. The 13:00 one is not.
        QCOMPARE(today->lateView()->topLevelItemCount(), 1);
        QCOMPARE(today->lateView()->topLevelItem(0)->data(0, Qt::UserRole).toString(), m_late);
        // The request (no time, nobody sent) waits with the demo's own requests.
        bool waiting = false;
        for (int i = 0; i < today->waitingView()->topLevelItemCount(); ++i)
            waiting = waiting
                || today->waitingView()->topLevelItem(i)->data(0, Qt::UserRole).toString() == m_request;
        QVERIFY(waiting);
        const QString name = today->lateView()->topLevelItem(0)->text(1);
        QVERIFY(!name.isEmpty());
        QCOMPARE(texts(jobsView).count(name), 2);
    }

    void enterOnALateJobOpensItOnTheSchedule()
    {
        auto *today = static_cast<ui::TodayPage *>(m_app->window()->workspace()->page(ui::PageId::Today));
        today->refresh();
        QTreeWidget *late = today->lateView();
        late->setFocus();
        late->setCurrentItem(late->topLevelItem(0));
        QTest::keyClick(late, Qt::Key_Return);
        QCOMPARE(m_app->window()->workspace()->currentPage(), ui::PageId::Schedule);
        auto *schedule = m_app->window()->workspace()->schedulePage();
        const auto dialogs = schedule->findChildren<ui::JobDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.front()->view().job.id, m_late);
        // En route but not started 10 minutes after its start: still late, now in its own group.
        dialogs.front()->statusButton(JobStatus::EnRoute)->click();
        today->refresh();
        QCOMPARE(today->lateView()->topLevelItemCount(), 1);
        QVERIFY(today->jobsView()->topLevelItemCount() == 2);
    }

    void bookAJobFromTheCustomersProfile()
    {
        ui::Workspace *workspace = m_app->window()->workspace();
        workspace->showPage(ui::PageId::Customers);
        auto *customers = static_cast<ui::CustomersPage *>(workspace->page(ui::PageId::Customers));
        customers->openCustomer(m_customer);
        QPushButton *book = customers->profileView()->bookButton();
        QVERIFY(book->isVisible());
        book->click();
        QCOMPARE(workspace->currentPage(), ui::PageId::Schedule);
        const auto dialogs = workspace->schedulePage()->findChildren<ui::BookingDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.front()->customerId(), m_customer);
    }
};

QTEST_MAIN(TestScheduleShell)
#include "test_schedule_shell.moc"
