#pragma once

#include "core/util/result.h"
#include "ui/settings/security_actions.h"
#include "ui/shell/pages.h"

#include <QMainWindow>
#include <QPointer>

#include <array>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace spoke::ui {

class AboutDialog;
class IdleMonitor;
class LocationContext;
class LockScreen;
class OpenErrorPage;
class PassphrasePage;
class SyncIndicator;
class SyncScreen;
class Workspace;

/// Spoke's one window: the error and passphrase screens while opening, then the lock
/// screen and the workspace of the signed-in person. Menus and shortcuts: Ctrl+1..6 go to
/// the pages, Ctrl+L locks, Ctrl+Shift+U switches user, F9 syncs now, F1 shows About.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Screen { Empty, OpenError, Passphrase, Lock, Workspace };

    explicit MainWindow(const QString &dataFolder, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showOpenError(const Error &error);
    void showPassphrasePrompt(const QString &problem);
    /// Shows the location: the sign-in screen, or the workspace if someone is signed in.
    void attach(LocationContext *context, RestoreHandler restore);
    /// Lets go of the location (before it closes); its screens are deleted later.
    void detach();

    Screen screen() const { return m_screen; }
    LocationContext *context() const { return m_context; }
    OpenErrorPage *errorPage() const { return m_errorPage; }
    PassphrasePage *passphrasePage() const { return m_passphrasePage; }
    LockScreen *lockScreen() const;
    Workspace *workspace() const;
    IdleMonitor *idleMonitor() const;
    SecurityActions *securityActions() const;
    AboutDialog *aboutDialog() const;
    SyncIndicator *syncIndicator() const { return m_sync; }
    QString statusUserText() const;

public slots:
    void showAbout();
    void goTo(spoke::ui::PageId page);
    /// The Sync screen (history, conflict log) of the open location.
    void showSyncScreen();

signals:
    void retryRequested();
    void restoreRequested();
    void passphraseEntered(const QString &passphrase);
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void rebuildForLanguage();
    void rebuildStartupPages();
    void rebuildWorkspace();
    void setScreen(Screen screen);
    void updateActions();
    void updateStatus();
    void onSignedIn();
    void onLocked();
    void onSignedOut();
    void setupSyncIndicator();

    QString m_dataFolder;
    QStackedWidget *m_stack;
    Screen m_screen = Screen::Empty;
    LocationContext *m_context = nullptr;
    RestoreHandler m_restore;
    OpenErrorPage *m_errorPage = nullptr;
    PassphrasePage *m_passphrasePage = nullptr;
    Error m_lastError;
    QString m_lastPassphraseProblem;
    QPointer<LockScreen> m_lockScreen;
    QPointer<Workspace> m_workspace;
    QString m_workspaceFor;
    QPointer<IdleMonitor> m_idle;
    QPointer<SecurityActions> m_security;
    QPointer<AboutDialog> m_about;
    QPointer<SyncScreen> m_syncScreen;
    QList<QMetaObject::Connection> m_sessionConnections;
    bool m_rebuildQueued = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    std::array<QAction *, 6> m_goActions {};
    QAction *m_lockAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_changeKeyAction = nullptr;
    QAction *m_staffAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_userIcon = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
    SyncIndicator *m_sync = nullptr;
};

} // namespace spoke::ui
