#pragma once

#include "core/security/key_store.h"
#include "core/security/secret.h"
#include "core/staff/password_hasher.h"
#include "core/storage/location_database.h"
#include "core/util/clock.h"
#include "ui/settings/security_actions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace spoke::ui {

class FirstRunWizard;
class LocationContext;
class MainWindow;

/// Takes the app from start to a signed-in window: the first-run wizard when the folder
/// holds no location, the passphrase screen when its key is a passphrase, a clear error
/// screen when it cannot be opened, then the sign-in screen. Also performs restores,
/// which must close the open location first.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(const QString &folder, KeyStore &keyStore, Clock &clock,
        PasswordHasher hasher = PasswordHasher(), QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the wizard or the main window. A passphrase given here (command line) is tried
    /// before asking.
    void start(const QString &passphrase = QString());

    MainWindow *window() const { return m_window.get(); }
    /// The first-run wizard while it is on screen.
    FirstRunWizard *wizard() const;
    /// The open location, or null.
    LocationContext *context() const { return m_context.get(); }
    QString folder() const { return m_folder; }

    /// Replaces the location with a verified backup and reopens it at the sign-in screen.
    /// On failure the previous location is reopened and the error shown.
    void restore(const RestoreRequest &request);

signals:
    void quitRequested();

private:
    void open(const Secret &passphrase);
    void attach(std::unique_ptr<LocationDatabase> db);
    void onWizardFinished(int result);
    void restoreFromErrorScreen();

    QString m_folder;
    KeyStore &m_keyStore;
    Clock &m_clock;
    PasswordHasher m_hasher;
    std::unique_ptr<MainWindow> m_window;
    QPointer<FirstRunWizard> m_wizard;
    std::unique_ptr<LocationContext> m_context;
    Secret m_passphrase; ///< the location passphrase that opened it (to reopen after a failed restore)
};

} // namespace spoke::ui
