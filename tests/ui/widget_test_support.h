#pragma once

// Shared set-up for the in-process UI tests: a demo location in a temporary folder with
// keys in memory, a manual clock, the cheapest Argon2id cost, and a scripted Prompter so
// no test ever blocks on a dialog.

#include "core/demo/demo_data.h"
#include "ui/common/prompter.h"
#include "ui/shell/app_controller.h"
#include "ui/shell/location_context.h"
#include "ui/shell/lock_screen.h"
#include "ui/shell/main_window.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace spoke::test {

inline const PasswordHasher kFastHasher {PasswordHasher::Cost::Minimum};

/// Runs before every UI test's first slot: names (QSettings paths) and the scripted prompter.
inline void initUiTest()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Spoke"));
    QCoreApplication::setApplicationName(QStringLiteral("spoke-tests"));
    ui::Prompter::instance().setScripted(true);
    ui::Prompter::instance().clear();
}

/// A demo location and the app over it, at the sign-in screen.
struct DemoApp
{
    QTemporaryDir dir;
    MemoryKeyStore store;
    ManualClock clock;
    QString folder;
    std::unique_ptr<ui::AppController> controller;

    explicit DemoApp(KeySource source = KeySource::Keychain)
        : folder(dir.filePath(QStringLiteral("location")))
    {
        auto made = demo::create(folder, store, source, kFastHasher);
        if (!made)
            qFatal("demo location: %s", qPrintable(made.error().message));
    }

    ui::MainWindow *window() const { return controller->window(); }
    ui::LocationContext *context() const { return controller->context(); }

    /// Starts the app (the passphrase is used for passphrase locations).
    void start(const QString &passphrase = QString())
    {
        controller = std::make_unique<ui::AppController>(folder, store, clock, kFastHasher);
        controller->start(passphrase);
    }

    /// Signs in through the lock screen, as a person at the front desk would.
    bool signIn(const QString &name, const QString &pin)
    {
        ui::LockScreen *lock = window()->lockScreen();
        if (!lock || !lock->selectStaff(name))
            return false;
        lock->secretField()->setText(pin);
        lock->submit();
        return window()->screen() == ui::MainWindow::Screen::Workspace;
    }
};

/// Where tests write screenshots for people to look at.
inline QString screenshotPath(const QString &name)
{
    const QString dir
        = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/test-screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

} // namespace spoke::test
