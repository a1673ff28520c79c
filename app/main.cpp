// spoke: the location app. Without a command it opens the window; backup, restore and
// rekey run headless for scripts; --screenshots renders every screen and exits.

#include "app/cli_commands.h"
#include "app/command_line.h"
#include "app/screenshots.h"
#include "core/demo/demo_data.h"
#include "core/security/key_store.h"
#include "core/sqlcipher/sqlcipher_driver.h"
#include "ui/common/app_settings.h"
#include "ui/common/theme.h"
#include "ui/i18n/language.h"
#include "ui/shell/app_controller.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Spoke"));
    QCoreApplication::setApplicationName(QStringLiteral("spoke"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOKE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Spoke"));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int runGui(int &argc, char **argv, const spoke::app::CommandLine &cl)
{
    if (cl.command == spoke::app::CommandLine::Command::Screenshots
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spoke::ui::applyTheme(app);
    spoke::ui::applyLanguage(cl.language.isEmpty() ? spoke::ui::app_settings::language() : cl.language);
    if (cl.command == spoke::app::CommandLine::Command::Screenshots)
        return spoke::app::renderScreenshots(cl.screenshotsDir) == 0 ? 0 : 1;

    spoke::QtKeychainStore keyStore;
    const QString folder = cl.locationFolder();
    if (cl.demo && !spoke::app::ensureDemoLocation(folder, keyStore))
        return 1;
    QString passphrase;
    if (!cl.locationPassphraseFile.isEmpty()) {
        QFile file(cl.locationPassphraseFile);
        if (file.open(QIODevice::ReadOnly))
            passphrase = QString::fromUtf8(file.readLine()).trimmed();
    } else if (cl.demo) {
        passphrase = spoke::demo::passphrase();
    }
    spoke::ui::AppController controller(folder, keyStore, spoke::SystemClock::instance());
    QObject::connect(&controller, &spoke::ui::AppController::quitRequested, &app, &QApplication::quit,
        Qt::QueuedConnection);
    controller.start(passphrase);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity(); // before parsing: the default data folder depends on it
    const spoke::app::CommandLine cl = spoke::app::parseCommandLine(argumentsOf(argc, argv));
    using Command = spoke::app::CommandLine::Command;
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "spoke: %s\n\n%s", qPrintable(cl.error), qPrintable(cl.helpText));
        return spoke::app::ExitUsage;
    }
    if (cl.command == Command::Help) {
        std::printf("%s", qPrintable(cl.helpText));
        return 0;
    }
    if (cl.command == Command::Version) {
        std::printf(
            "spoke %s (Qt %s, %s)\n", SPOKE_VERSION, qVersion(), qPrintable(spoke::sql::sqlcipherVersion()));
        return 0;
    }
    if (cl.needsGui())
        return runGui(argc, argv, cl);

    QCoreApplication app(argc, argv);
    spoke::QtKeychainStore keyStore;
    if (cl.demo && !spoke::app::ensureDemoLocation(cl.locationFolder(), keyStore))
        return spoke::app::ExitFailure;
    switch (cl.command) {
    case Command::Backup:
        return spoke::app::runBackup(cl, keyStore);
    case Command::Restore:
        return spoke::app::runRestore(cl, keyStore);
    case Command::Rekey:
        return spoke::app::runRekey(cl, keyStore);
    case Command::Enroll:
        return spoke::app::runEnroll(cl, keyStore);
    default:
        break;
    }
    return spoke::app::ExitUsage;
}
