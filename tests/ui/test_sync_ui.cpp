// Sync in the window: Settings → Sync enrolls (a wrong code, then the right one) against an
// in-process fake hub, the status bar follows the engine (synced, offline with changes to
// send, enroll again), F9 syncs now, clicking the indicator opens the Sync screen with the
// history, the conflict log and what was not applied; a front desk sees no logs. Each
// state is rendered to PNG under test-screenshots/ for people to look at.

#include "hub/test_certs.h"
#include "sync/fake_hub.h"
#include "widget_test_support.h"

#include "core/customers/customer_service.h"
#include "core/sync/sync_engine.h"
#include "ui/common/widgets.h"
#include "ui/settings/settings_page.h"
#include "ui/shell/sync_indicator.h"
#include "ui/shell/workspace.h"
#include "ui/sync/sync_screen.h"
#include "ui/sync/sync_section.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace spoke;
using namespace spoke::test;
using namespace Qt::StringLiterals;
using spoke::sync::SyncEngine;
using spoke::sync::SyncState;

namespace {

bool shoot(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents(); // layouts settle as they would before the next paint
    w->ensurePolished();
    return w->grab().save(screenshotPath(u"sync-"_s + name));
}

/// Presses F9 in the window and waits for the run it starts.
sync::SyncRun pressF9(ui::MainWindow *window, SyncEngine &engine)
{
    QSignalSpy spy(&engine, &SyncEngine::runFinished);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_F9);
    if (!spy.wait(10'000))
        qFatal("F9 started no sync run");
    return spy.takeFirst().at(0).value<sync::SyncRun>();
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

    TestCerts m_certs;

private slots:
    void initTestCase()
    {
        initUiTest();
        QVERIFY(m_certs.isValid() && m_certs.makeCa(u"hq-ca"_s));
    }

    void enrollFromSettingsAndFollowTheStatus()
    {
        DemoApp app;
        app.start();
        QVERIFY(app.signIn(u"Dana Whitfield"_s, u"1234"_s));
        ui::MainWindow *window = app.window();
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        SyncEngine &engine = app.context()->sync();
        FakeHub hub;
        engine.setTransportFactory(FakeTransport::factory(hub));
        QCOMPARE(window->syncIndicator()->text(), u"Not enrolled with a hub"_s);

        window->goTo(ui::PageId::Settings);
        ui::SettingsPage *settings = window->workspace()->settingsPage();
        QVERIFY(settings->showSection(ui::SettingsPage::Section::Sync));
        auto *section = qobject_cast<ui::SyncSection *>(settings->section(ui::SettingsPage::Section::Sync));
        QVERIFY(section);
        QCOMPARE(section->statusText(), u"Not enrolled with a hub"_s);

        // The form: address, code, the CA file through the file chooser.
        section->hubField()->setText(u"https://hub.test:8443"_s);
        section->deviceField()->setText(u"Front desk"_s);
        ui::Prompter::instance().queueFileName(m_certs.certPath(u"hq-ca"_s));
        section->findChild<QPushButton *>(u"chooseCa"_s)->click();
        QCOMPARE(section->caField()->text(), m_certs.certPath(u"hq-ca"_s));
        QVERIFY(section->hubCaChoice()->isChecked());
        QVERIFY(shoot(window, u"settings-not-enrolled"_s));

        // A code head office did not issue: said in words, nothing stored.
        QSignalSpy finished(&engine, &SyncEngine::enrollFinished);
        section->codeField()->setText(u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s);
        section->enrollButton()->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(section->message()->kind(), ui::Banner::Kind::Error);
        QVERIFY2(section->message()->text().contains(u"not valid"_s), qPrintable(section->message()->text()));
        QCOMPARE(engine.status().state, SyncState::NotEnrolled);

        // An http address is refused by the form itself.
        section->hubField()->setText(u"http://hub.test"_s);
        section->codeField()->setText(u"AAAA-BBBB-CCCC-DDDD"_s);
        section->enrollButton()->click();
        QVERIFY(section->message()->text().contains(u"https://"_s));
        QCOMPARE(hub.enrollCount, 0);

        // The right code: enrolled, and the first sync runs.
        section->hubField()->setText(u"https://hub.test:8443"_s);
        QSignalSpy runs(&engine, &SyncEngine::runFinished);
        section->enrollButton()->click();
        QVERIFY(finished.wait(10'000));
        QVERIFY(runs.wait(10'000));
        QCOMPARE(section->message()->kind(), ui::Banner::Kind::Success);
        QVERIFY(section->codeField()->text().isEmpty()); // a used code is not left lying around
        QCOMPARE(engine.status().state, SyncState::Idle);
        QVERIFY2(section->statusText().startsWith(u"Synced"_s), qPrintable(section->statusText()));
        QVERIFY2(window->syncIndicator()->text().startsWith(u"Synced"_s),
            qPrintable(window->syncIndicator()->text()));
        QVERIFY(hub.pushCount() > 0); // the demo's outbox went up
        QVERIFY(shoot(window, u"settings-enrolled"_s));

        // F9 syncs now, from any page.
        window->goTo(ui::PageId::Today);
        const qsizetype before = hub.requests.size();
        QCOMPARE(pressF9(window, engine).outcome, u"ok"_s);
        QVERIFY(hub.requests.size() > before);

        // Offline with changes waiting: the status bar says both.
        CustomerService customers(app.context()->database(), u"US"_s);
        Customer c;
        c.givenName = u"Offline"_s;
        c.familyName = u"Customer"_s;
        QVERIFY(customers.create(app.context()->actor(), c).ok());
        sync::HubResponse down;
        down.failure = sync::HubResponse::Failure::Network;
        hub.overrides.push_back(down);
        QCOMPARE(pressF9(window, engine).outcome, u"offline"_s);
        QCOMPARE(window->syncIndicator()->state(), SyncState::Offline);
        QVERIFY2(window->syncIndicator()->text().contains(u"Offline · synced just now"_s)
                && window->syncIndicator()->text().contains(u"1 change"_s)
                && window->syncIndicator()->text().contains(u"could not be reached"_s),
            qPrintable(window->syncIndicator()->text()));
        QVERIFY(window->syncIndicator()->toolTip().contains(u"could not be reached"_s));
        QVERIFY(shoot(window->statusBar(), u"statusbar-offline"_s));
        // The backoff retry brings it back without anyone asking.
        QTRY_COMPARE_WITH_TIMEOUT(window->syncIndicator()->state(), SyncState::Idle, 20'000);

        // Something for the logs: a conflict, a change that could not be applied, one waiting.
        hub.conflicts.append({1, u"job"_s, u"0190aaaa-0000-7000-8000-000000000001"_s, u"start"_s,
            QJsonValue(u"2026-01-06T15:00:00Z"_s), QJsonValue(u"2026-01-06T14:00:00Z"_s), u"location"_s,
            u"2026-01-05T09:00:00.000Z"_s});
        hub.hq(u"service"_s, u"bad-service"_s, protocol::Op::Upsert,
            {{u"owner"_s, u"head_office"_s}, {u"name"_s, u""_s}, {u"durationMinutes"_s, 60}});
        hub.hq(u"job"_s, u"0190aaaa-0000-7000-8000-000000000002"_s, protocol::Op::Upsert,
            {{u"customerId"_s, u"not-here-yet"_s}, {u"start"_s, u"2026-01-07T15:00:00.000Z"_s}});
        QCOMPARE(pressF9(window, engine).outcome, u"ok"_s);

        // Clicking the indicator opens the Sync screen.
        QTest::mouseClick(window->syncIndicator(), Qt::LeftButton);
        auto *screen = window->findChild<ui::SyncScreen *>();
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        QVERIFY(screen->runsTable()->rowCount() >= 4);
        QVERIFY(screen->tabs()->isTabEnabled(1));
        QCOMPARE(screen->conflictsTable()->rowCount(), 1);
        QCOMPARE(screen->conflictsTable()->item(0, 2)->text(), u"start"_s);
        QCOMPARE(screen->rejectionsTable()->rowCount(), 2); // one refused, one waiting
        QVERIFY(shoot(screen, u"screen-history"_s));
        screen->tabs()->setCurrentIndex(1);
        QVERIFY(shoot(screen, u"screen-conflicts"_s));
        screen->tabs()->setCurrentIndex(2);
        QVERIFY(shoot(screen, u"screen-not-applied"_s));
        // F9 works on the screen too.
        QSignalSpy again(&engine, &SyncEngine::runFinished);
        QVERIFY(QTest::qWaitForWindowActive(screen));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : screen, Qt::Key_F9);
        QVERIFY(again.wait(10'000));
        screen->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Head office removed this PC: the status bar says to enroll again.
        hub.overrides.push_back(FakeHub::error(401, QString(protocol::error::DeviceRevoked)));
        pressF9(window, engine);
        QCOMPARE(window->syncIndicator()->state(), SyncState::NeedsReenrollment);
        QVERIFY(window->syncIndicator()->text().startsWith(u"Enroll this PC again — This PC was removed"_s));
        window->goTo(ui::PageId::Settings);
        QVERIFY(settings->showSection(ui::SettingsPage::Section::Sync));
        QVERIFY(section->statusText().contains(u"Enroll this PC again"_s));
        const QString details = section->findChild<QLabel *>(u"syncDetails"_s)->text();
        QVERIFY2(details.contains(u"removed from head office"_s),
            qPrintable(details + u" / "_s + engine.status().lastError));
        QVERIFY(shoot(window, u"settings-enroll-again"_s));
    }

    void aFrontDeskSeesTheStatusButNotTheLogs()
    {
        DemoApp app;
        app.start();
        QVERIFY(app.signIn(u"Priya Natarajan"_s, u"3456"_s));
        ui::MainWindow *window = app.window();
        QVERIFY(!window->workspace()->settingsPage()->hasSection(ui::SettingsPage::Section::Sync));
        SyncEngine &engine = app.context()->sync();
        FakeHub hub;
        engine.setTransportFactory(FakeTransport::factory(hub));
        // Enrolled by a manager earlier.
        QSignalSpy finished(&engine, &SyncEngine::enrollFinished);
        QSignalSpy runs(&engine, &SyncEngine::runFinished);
        engine.enroll({u"m"_s, u"Marcus Bell"_s, Role::Manager},
            {u"https://hub.test"_s, u"AAAA-BBBB-CCCC-DDDD"_s, u"Front desk"_s, {}});
        QVERIFY(finished.wait(10'000));
        QVERIFY(runs.wait(10'000));
        QVERIFY(window->syncIndicator()->text().startsWith(u"Synced"_s));
        window->showSyncScreen();
        auto *screen = window->findChild<ui::SyncScreen *>();
        QVERIFY(screen);
        QVERIFY(screen->runsTable()->rowCount() >= 1);
        QVERIFY(!screen->tabs()->isTabEnabled(1));
        QVERIFY(!screen->tabs()->isTabEnabled(2));
        // Nor may the front desk enroll or un-enroll through core.
        QVERIFY(!engine.unenroll(app.context()->actor()).ok());
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"
