#include "ui/shell/main_window.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/schedule/schedule_page.h"
#include "ui/settings/settings_page.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/header_bar.h"
#include "ui/shell/idle_monitor.h"
#include "ui/shell/location_context.h"
#include "ui/shell/lock_screen.h"
#include "ui/shell/sync_indicator.h"
#include "ui/shell/today_page.h"
#include "ui/shell/workspace.h"
#include "ui/startup/open_error_page.h"
#include "ui/startup/passphrase_page.h"
#include "ui/sync/sync_screen.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace spoke::ui {

MainWindow::MainWindow(const QString &dataFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_dataFolder(dataFolder)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(logoPixmap(64)));
    setCentralWidget(m_stack);
    resize(1280, 800);
    setMinimumSize(960, 640);
    m_stack->addWidget(new QWidget(m_stack)); // Screen::Empty
    rebuildStartupPages();
    createActions();

    m_userIcon = new QLabel(this);
    m_userIcon->setPixmap(iconPixmap(QStringLiteral("user"), 14, theme::muted()));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_keyLabel = new QLabel(this);
    setupSyncIndicator();
    statusBar()->addWidget(m_userIcon);
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_keyLabel);
    statusBar()->setSizeGripEnabled(false);
    retranslate();
    setScreen(Screen::Empty);
}

MainWindow::~MainWindow()
{
    detach();
}

void MainWindow::rebuildStartupPages()
{
    delete m_errorPage;
    delete m_passphrasePage;
    m_errorPage = new OpenErrorPage(m_dataFolder, m_stack);
    m_passphrasePage = new PassphrasePage(m_dataFolder, m_stack);
    m_stack->insertWidget(1, m_errorPage);
    m_stack->insertWidget(2, m_passphrasePage);
    connect(m_errorPage, &OpenErrorPage::retryRequested, this, &MainWindow::retryRequested);
    connect(m_errorPage, &OpenErrorPage::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_errorPage, &OpenErrorPage::quitRequested, this, &MainWindow::quitRequested);
    connect(m_passphrasePage, &PassphrasePage::submitted, this, &MainWindow::passphraseEntered);
    connect(m_passphrasePage, &PassphrasePage::quitRequested, this, &MainWindow::quitRequested);
    if (m_lastError.code != ErrorCode::None)
        m_errorPage->setError(m_lastError);
    m_passphrasePage->reset(m_lastPassphraseProblem);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_goMenu = menuBar()->addMenu(QString());
    m_toolsMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());

    m_backupAction = m_fileMenu->addAction(icon(QStringLiteral("backup"), theme::text()), QString());
    m_restoreAction = m_fileMenu->addAction(icon(QStringLiteral("restore"), theme::text()), QString());
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(icon(QStringLiteral("lock"), theme::text()), QString());
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = m_fileMenu->addAction(icon(QStringLiteral("switch-user"), theme::text()), QString());
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);

    for (PageId page : kAllPages) {
        QAction *action = m_goMenu->addAction(icon(pageIconName(page), theme::text()), QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
        connect(action, &QAction::triggered, this, [this, page] { goTo(page); });
        m_goActions[std::size_t(page)] = action;
    }

    m_changeKeyAction = m_toolsMenu->addAction(icon(QStringLiteral("key"), theme::text()), QString());
    m_staffAction = m_toolsMenu->addAction(icon(QStringLiteral("customers"), theme::text()), QString());
    m_auditAction = m_toolsMenu->addAction(icon(QStringLiteral("audit"), theme::text()), QString());
    m_toolsMenu->addSeparator();
    m_syncAction = m_toolsMenu->addAction(icon(QStringLiteral("refresh"), theme::text()), QString());
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));

    m_aboutAction = m_helpMenu->addAction(icon(QStringLiteral("info"), theme::text()), QString());
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));

    connect(m_backupAction, &QAction::triggered, this, [this] {
        if (m_security)
            m_security->makeBackup();
    });
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        if (m_security)
            m_security->restore();
    });
    connect(m_changeKeyAction, &QAction::triggered, this, [this] {
        if (m_security)
            m_security->changeKey();
    });
    connect(m_staffAction, &QAction::triggered, this, [this] {
        goTo(PageId::Settings);
        if (m_workspace)
            m_workspace->settingsPage()->showSection(SettingsPage::Section::Staff);
    });
    connect(m_auditAction, &QAction::triggered, this, [this] {
        goTo(PageId::Settings);
        if (m_workspace)
            m_workspace->settingsPage()->showSection(SettingsPage::Section::Audit);
    });
    connect(m_lockAction, &QAction::triggered, this, [this] {
        if (m_context)
            m_context->session().lock();
    });
    connect(m_switchAction, &QAction::triggered, this, [this] {
        if (m_context)
            m_context->session().signOut();
    });
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_context)
            m_context->sync().syncNow();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_backupAction->setText(tr("Make a &backup…"));
    m_restoreAction->setText(tr("&Restore a backup…"));
    m_lockAction->setText(tr("&Lock screen"));
    m_switchAction->setText(tr("S&witch user"));
    m_quitAction->setText(tr("&Quit"));
    for (PageId page : kAllPages)
        m_goActions[std::size_t(page)]->setText(pageTitle(page));
    m_changeKeyAction->setText(tr("Change database &key…"));
    m_staffAction->setText(tr("&Staff accounts"));
    m_auditAction->setText(tr("&Audit log"));
    m_syncAction->setText(tr("S&ync now"));
    m_aboutAction->setText(tr("&About Spoke"));
    delete m_sync;
    setupSyncIndicator();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        // Several LanguageChange events arrive per switch (one per translator): rebuild once.
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, &MainWindow::rebuildForLanguage);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildForLanguage()
{
    m_rebuildQueued = false;
    const Screen screen = m_screen;
    retranslate();
    rebuildStartupPages();
    if (m_context) {
        const PageId page = m_workspace ? m_workspace->currentPage() : PageId::Today;
        const int section = m_workspace ? int(m_workspace->settingsPage()->currentSection()) : 0;
        if (m_lockScreen) {
            const LockScreen::Mode mode = m_lockScreen->mode();
            m_stack->removeWidget(m_lockScreen);
            m_lockScreen->deleteLater();
            m_lockScreen = new LockScreen(*m_context, m_stack);
            m_stack->addWidget(m_lockScreen);
            if (mode == LockScreen::Mode::Unlock)
                m_lockScreen->showUnlock(m_context->session().lockedActor());
        }
        if (m_workspace) {
            rebuildWorkspace();
            m_workspace->showPage(page);
            m_workspace->settingsPage()->showSection(SettingsPage::Section(section));
        }
    }
    setScreen(screen);
}

void MainWindow::setScreen(Screen screen)
{
    m_screen = screen;
    switch (screen) {
    case Screen::Empty:
        m_stack->setCurrentIndex(0);
        break;
    case Screen::OpenError:
        m_stack->setCurrentWidget(m_errorPage);
        break;
    case Screen::Passphrase:
        m_stack->setCurrentWidget(m_passphrasePage);
        break;
    case Screen::Lock:
        m_stack->setCurrentWidget(m_lockScreen);
        if (m_lockScreen)
            m_lockScreen->secretField()->setFocus();
        break;
    case Screen::Workspace:
        m_stack->setCurrentWidget(m_workspace);
        break;
    }
    const QString location = m_context ? m_context->profile().businessName : QString();
    setWindowTitle(location.isEmpty() ? tr("Spoke") : tr("%1 — Spoke").arg(location));
    updateActions();
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool working = m_screen == Screen::Workspace && m_context;
    for (QAction *action : m_goActions)
        action->setEnabled(working);
    m_lockAction->setEnabled(working);
    m_switchAction->setEnabled(m_context && (working || m_screen == Screen::Lock));
    const bool owner = working && m_context->can(Permission::BackupRestore);
    m_backupAction->setEnabled(owner);
    m_restoreAction->setEnabled(owner);
    m_changeKeyAction->setEnabled(working && m_context->can(Permission::ChangeKey));
    m_staffAction->setEnabled(working && m_context->can(Permission::ManageStaff));
    m_auditAction->setEnabled(working && m_context->can(Permission::ViewAudit));
    m_syncAction->setEnabled(working);
}

void MainWindow::setupSyncIndicator()
{
    m_sync = new SyncIndicator(this);
    statusBar()->addPermanentWidget(m_sync);
    m_sync->setEngine(m_context ? &m_context->sync() : nullptr);
    connect(m_sync, &SyncIndicator::clicked, this, &MainWindow::showSyncScreen);
}

void MainWindow::showSyncScreen()
{
    if (!m_context || m_screen != Screen::Workspace)
        return;
    if (m_syncScreen) {
        m_syncScreen->raise();
        m_syncScreen->activateWindow();
        return;
    }
    LocationContext *context = m_context;
    m_syncScreen = new SyncScreen(
        context->sync(), [context] { return context->actor(); }, this);
    m_syncScreen->setAttribute(Qt::WA_DeleteOnClose);
    m_syncScreen->open();
}

void MainWindow::updateStatus()
{
    if (!m_userLabel)
        return;
    const Actor actor = m_context ? m_context->actor() : Actor {};
    if (m_context && m_context->session().isLocked())
        m_userLabel->setText(tr("Locked — %1").arg(m_context->session().lockedActor().name));
    else if (!actor.name.isEmpty())
        m_userLabel->setText(tr("Signed in as %1 (%2)").arg(actor.name, roleDisplayName(actor.role)));
    else
        m_userLabel->setText(m_context ? tr("Nobody is signed in") : QString());
    if (m_context) {
        const bool keychain = m_context->database().descriptor().keySource == KeySource::Keychain;
        m_keyLabel->setText(keychain ? tr("Encrypted · key in keychain") : tr("Encrypted · passphrase"));
        m_keyLabel->setMinimumWidth(m_keyLabel->sizeHint().width());
        m_keyLabel->setVisible(true);
    } else {
        m_keyLabel->setVisible(false);
    }
}

LockScreen *MainWindow::lockScreen() const
{
    return m_lockScreen;
}

Workspace *MainWindow::workspace() const
{
    return m_workspace;
}

IdleMonitor *MainWindow::idleMonitor() const
{
    return m_idle;
}

SecurityActions *MainWindow::securityActions() const
{
    return m_security;
}

AboutDialog *MainWindow::aboutDialog() const
{
    return m_about;
}

QString MainWindow::statusUserText() const
{
    return m_userLabel->text();
}

void MainWindow::showOpenError(const Error &error)
{
    m_lastError = error;
    m_errorPage->setError(error);
    setScreen(Screen::OpenError);
}

void MainWindow::showPassphrasePrompt(const QString &problem)
{
    m_lastPassphraseProblem = problem;
    m_passphrasePage->reset(problem);
    setScreen(Screen::Passphrase);
}

void MainWindow::attach(LocationContext *context, RestoreHandler restore)
{
    detach();
    m_context = context;
    m_restore = std::move(restore);
    m_lastError = Error {};
    m_lastPassphraseProblem.clear();
    m_security = new SecurityActions(*context, this, m_restore, this);
    m_idle = new IdleMonitor(context->session(), this);
    m_lockScreen = new LockScreen(*context, m_stack);
    m_stack->addWidget(m_lockScreen);
    Session &session = context->session();
    m_sessionConnections << connect(&session, &Session::signedIn, this, &MainWindow::onSignedIn)
                         << connect(&session, &Session::locked, this, &MainWindow::onLocked)
                         << connect(&session, &Session::signedOut, this, &MainWindow::onSignedOut)
                         << connect(context, &LocationContext::profileChanged, this,
                                [this] { setScreen(m_screen); })
                         << connect(&context->sync(), &sync::SyncEngine::dataChanged, this,
                                [this](bool jobs, bool catalog, bool, bool) {
                                    // Central bookings and catalog items just arrived.
                                    if (!m_workspace || !(jobs || catalog))
                                        return;
                                    if (m_workspace->schedulePage())
                                        m_workspace->schedulePage()->reload();
                                    if (auto *today
                                        = qobject_cast<TodayPage *>(m_workspace->page(PageId::Today)))
                                        today->refresh();
                                });
    m_sync->setEngine(&context->sync());
    if (session.isSignedIn())
        onSignedIn();
    else
        setScreen(Screen::Lock);
}

void MainWindow::detach()
{
    for (const auto &c : m_sessionConnections)
        disconnect(c);
    m_sessionConnections.clear();
    if (m_sync)
        m_sync->setEngine(nullptr);
    delete m_syncScreen; // it reads the location that goes away
    // The caller may be running inside one of these widgets (a Settings button): delete later.
    for (QObject *object : std::initializer_list<QObject *> {m_workspace, m_lockScreen, m_security}) {
        if (object)
            object->deleteLater();
    }
    if (m_workspace)
        m_stack->removeWidget(m_workspace);
    if (m_lockScreen)
        m_stack->removeWidget(m_lockScreen);
    delete m_idle; // it watches the session, which goes away with the context
    m_workspace = nullptr;
    m_lockScreen = nullptr;
    m_security = nullptr;
    m_workspaceFor.clear();
    m_context = nullptr;
    if (m_userLabel)
        setScreen(Screen::Empty);
}

void MainWindow::rebuildWorkspace()
{
    if (m_workspace) {
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();
    }
    m_workspace = new Workspace(*m_context, *m_security, m_stack);
    m_stack->addWidget(m_workspace);
    m_workspaceFor = m_context->actor().staffId + QLatin1Char('/') + roleKey(m_context->actor().role);
    connect(m_workspace, &Workspace::lockRequested, m_lockAction, &QAction::trigger);
    connect(m_workspace, &Workspace::switchUserRequested, m_switchAction, &QAction::trigger);
}

void MainWindow::onSignedIn()
{
    const Actor actor = m_context->actor();
    if (!m_workspace || m_workspaceFor != actor.staffId + QLatin1Char('/') + roleKey(actor.role))
        rebuildWorkspace();
    else
        m_workspace->header()->refresh();
    setScreen(Screen::Workspace);
}

void MainWindow::onLocked()
{
    m_lockScreen->showUnlock(m_context->session().lockedActor());
    setScreen(Screen::Lock);
}

void MainWindow::onSignedOut()
{
    m_lockScreen->showSignIn();
    setScreen(Screen::Lock);
}

void MainWindow::goTo(PageId page)
{
    if (m_screen != Screen::Workspace || !m_workspace)
        return;
    m_workspace->showPage(page);
}

void MainWindow::showAbout()
{
    if (m_about) {
        m_about->raise();
        m_about->activateWindow();
        return;
    }
    m_about = new AboutDialog(m_context ? m_context->database().folder() : m_dataFolder, this);
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    m_about->open();
}

} // namespace spoke::ui
