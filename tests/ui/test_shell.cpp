// The shell: sign-in, manual and idle lock (with a manual clock), unlock, quick user
// switch, navigation shortcuts Ctrl+1..6, and the About box.

#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/storage/audit_log.h"
#include "ui/settings/settings_page.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/idle_monitor.h"
#include "ui/shell/navigation_bar.h"
#include "ui/shell/sync_indicator.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace spoke;
using Screen = ui::MainWindow::Screen;

namespace {

int countAudit(LocationDatabase &db, const QString &action)
{
    int n = 0;
    for (const AuditEntry &e : AuditLog::recent(db, 10000))
        n += e.action == action ? 1 : 0;
    return n;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoApp> m_app;

    void press(QKeySequence keys)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_app->window();
        QTest::keySequence(target, keys);
    }

private slots:
    void initTestCase() { test::initUiTest(); }

    void init()
    {
        m_app = std::make_unique<test::DemoApp>();
        m_app->start();
        m_app->window()->show();
        m_app->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    }

    void cleanup() { m_app.reset(); }

    void startsAtSignInAndRefusesAWrongPin()
    {
        ui::MainWindow *window = m_app->window();
        QCOMPARE(window->screen(), Screen::Lock);
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::SignIn);
        QVERIFY(!m_app->context()->session().isSignedIn());
        QVERIFY(!m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("9999")));
        QCOMPARE(window->screen(), Screen::Lock);
        QVERIFY(window->lockScreen()->problem().contains(QStringLiteral("Wrong PIN")));
        QVERIFY(window->lockScreen()->secretField()->text().isEmpty());
        // Navigation does nothing while nobody is signed in.
        press(QKeySequence(Qt::CTRL | Qt::Key_6));
        QCOMPARE(window->screen(), Screen::Lock);

        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QCOMPARE(m_app->context()->actor().role, Role::Owner);
        QVERIFY(window->statusUserText().contains(QStringLiteral("Dana Whitfield")));
        QCOMPARE(window->syncIndicator()->text(), QStringLiteral("Not enrolled with a hub"));
        QCOMPARE(countAudit(m_app->context()->database(), QStringLiteral("signin.failure")), 1);
        QCOMPARE(countAudit(m_app->context()->database(), QStringLiteral("signin.success")), 1);
    }

    void shortcutsNavigateThePages()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Priya Natarajan"), QStringLiteral("3456")));
        ui::Workspace *workspace = m_app->window()->workspace();
        QCOMPARE(workspace->currentPage(), ui::PageId::Today);
        const std::pair<Qt::Key, ui::PageId> keys[]
            = {{Qt::Key_2, ui::PageId::Customers}, {Qt::Key_3, ui::PageId::Schedule},
                {Qt::Key_4, ui::PageId::Invoices}, {Qt::Key_5, ui::PageId::Reports},
                {Qt::Key_6, ui::PageId::Settings}, {Qt::Key_1, ui::PageId::Today}};
        for (const auto &[key, page] : keys) {
            press(QKeySequence(Qt::CTRL | key));
            QCOMPARE(workspace->currentPage(), page);
            QVERIFY(workspace->page(page)->isVisible());
            QCOMPARE(workspace->navigation()->currentPage(), page);
        }
        // The sidebar drives the same pages.
        auto *list = workspace->navigation()->findChild<QListWidget *>(QStringLiteral("Navigation"));
        list->setCurrentRow(int(ui::PageId::Invoices));
        QCOMPARE(workspace->currentPage(), ui::PageId::Invoices);
    }

    void manualLockAndUnlockKeepThePage()
    {
        ui::MainWindow *window = m_app->window();
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        press(QKeySequence(Qt::CTRL | Qt::Key_5));
        press(QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(window->screen(), Screen::Lock);
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::Unlock);
        QVERIFY(m_app->context()->session().isLocked());
        QCOMPARE(m_app->context()->actor().role, Role::None); // nobody may act while locked
        QVERIFY(window->statusUserText().contains(QStringLiteral("Locked")));
        press(QKeySequence(Qt::CTRL | Qt::Key_2)); // no navigation behind the lock
        QCOMPARE(window->screen(), Screen::Lock);

        window->lockScreen()->secretField()->setText(QStringLiteral("0000"));
        window->lockScreen()->submit();
        QCOMPARE(window->screen(), Screen::Lock);
        window->lockScreen()->secretField()->setText(QStringLiteral("1234"));
        window->lockScreen()->submit();
        QCOMPARE(window->screen(), Screen::Workspace);
        QCOMPARE(window->workspace()->currentPage(), ui::PageId::Reports);
    }

    void idleTimeLocksTheScreen()
    {
        ui::MainWindow *window = m_app->window();
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        const qint64 timeout = m_app->context()->session().idleTimeoutSecs();
        QCOMPARE(timeout, qint64(ui::LocationContext::kDefaultIdleMinutes) * 60);

        m_app->clock.advanceSecs(timeout - 1);
        window->idleMonitor()->poll();
        QCOMPARE(window->screen(), Screen::Workspace);

        // Typing counts as activity and restarts the idle time.
        QTest::keyClick(window->workspace(), Qt::Key_Shift);
        m_app->clock.advanceSecs(timeout - 1);
        window->idleMonitor()->poll();
        QCOMPARE(window->screen(), Screen::Workspace);

        m_app->clock.advanceSecs(2);
        window->idleMonitor()->poll();
        QCOMPARE(window->screen(), Screen::Lock);
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::Unlock);
        QCOMPARE(m_app->context()->session().lockedActor().name, QStringLiteral("Dana Whitfield"));
    }

    void idleMinutesComeFromSettings()
    {
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QVERIFY(m_app->context()->setIdleMinutes(1).ok());
        QCOMPARE(m_app->context()->session().idleTimeoutSecs(), qint64(60));
        QCOMPARE(countAudit(m_app->context()->database(), QStringLiteral("settings.change")), 1);
        m_app->clock.advanceSecs(61);
        m_app->window()->idleMonitor()->poll();
        QCOMPARE(m_app->window()->screen(), Screen::Lock);
    }

    void quickUserSwitch()
    {
        ui::MainWindow *window = m_app->window();
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
        QVERIFY(window->workspace()->settingsPage()->hasSection(ui::SettingsPage::Section::Security));
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        QCOMPARE(window->screen(), Screen::Lock);
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::SignIn);
        QVERIFY(!m_app->context()->session().isSignedIn());

        QVERIFY(m_app->signIn(QStringLiteral("Luis Ortega"), QStringLiteral("4567")));
        QCOMPARE(m_app->context()->actor().role, Role::Technician);
        // The workspace was rebuilt for the technician.
        QVERIFY(!window->workspace()->settingsPage()->hasSection(ui::SettingsPage::Section::Security));
        QVERIFY(window->statusUserText().contains(QStringLiteral("Luis Ortega")));

        // From the lock screen someone else can take over too.
        press(QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::Unlock);
        window->lockScreen()->findChild<QPushButton *>(QStringLiteral("switchUser"))->click();
        QCOMPARE(window->lockScreen()->mode(), ui::LockScreen::Mode::SignIn);
        QVERIFY(m_app->signIn(QStringLiteral("Marcus Bell"), QStringLiteral("2345")));
        QCOMPARE(m_app->context()->actor().role, Role::Manager);
    }

    void aboutShowsQtAndSqlCipherVersions()
    {
        ui::MainWindow *window = m_app->window();
        press(QKeySequence(Qt::Key_F1));
        QTRY_VERIFY(window->aboutDialog());
        ui::AboutDialog *about = window->aboutDialog();
        QVERIFY(about->isVisible());
        const QString version = spoke::sql::sqlcipherVersion();
        QVERIFY2(version.contains(QStringLiteral("SQLCipher")), qPrintable(version));
        QVERIFY(about->details().contains(version));
        QVERIFY(about->details().contains(QString::fromLatin1(qVersion())));
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("sqlcipherVersion"))->text(), version);
        about->grab().save(test::screenshotPath(QStringLiteral("about")));
        about->close();
    }
};

QTEST_MAIN(TestShell)
#include "test_shell.moc"
