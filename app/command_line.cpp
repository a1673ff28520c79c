#include "app/command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace spoke::app {

namespace {
// The command line's texts share one translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(spoke::app::CommandLine)
};
} // namespace

QString CommandLine::locationFolder() const
{
    return QDir(dataDir).filePath(QStringLiteral("locations/") + profile);
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Spoke, the CRM of a home-service franchise location.\n\n"
                 "Commands (without one, Spoke opens its window):\n"
                 "  backup --out FILE     write an encrypted backup (owner)\n"
                 "  restore FILE          replace the location with a verified backup\n"
                 "  rekey                 re-encrypt the database under a new key (owner)\n"
                 "  enroll --hub URL --code CODE\n"
                 "                        enroll this location with head office's hub and sync once\n"
                 "                        (manager or owner; --hub-ca FILE trusts the hub's CA)\n\n"
                 "Secrets are read one per line from standard input, in this order, unless a file\n"
                 "option gives them: the location passphrase (passphrase locations only), the\n"
                 "PIN or password of --user, the backup passphrase, the new passphrase."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Show the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        Text::tr("Keep locations under DIR (default: the system's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        Text::tr("Use the location profile NAME (default: main)."), QStringLiteral("NAME"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), Text::tr("Use the demo location, creating it if absent."));
    const QCommandLineOption user(QStringLiteral("user"),
        Text::tr("Act as the staff member NAME (commands that need an owner)."), QStringLiteral("NAME"));
    const QCommandLineOption out(
        QStringLiteral("out"), Text::tr("Write the backup to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
        Text::tr("Read the backup passphrase from FILE instead of standard input."), QStringLiteral("FILE"));
    const QCommandLineOption newPassphraseFile(QStringLiteral("new-passphrase-file"),
        Text::tr("Read the new database passphrase from FILE (rekey and restore with --to-passphrase)."),
        QStringLiteral("FILE"));
    const QCommandLineOption locationPassphraseFile(QStringLiteral("location-passphrase-file"),
        Text::tr("Read the passphrase of a passphrase-protected location from FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption toPassphrase(QStringLiteral("to-passphrase"),
        Text::tr("Protect the database with a passphrase instead of a key in the system keychain."));
    const QCommandLineOption force(
        QStringLiteral("force"), Text::tr("Let restore replace a location that cannot be opened."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        Text::tr("Render every main screen of a throwaway demo to DIR/<screen>.png and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
        Text::tr("Show Spoke in LANG (en, ko, fr, ar) this time."), QStringLiteral("LANG"));
    const QCommandLineOption hub(QStringLiteral("hub"),
        Text::tr("enroll: the hub's address, https://host[:port]."), QStringLiteral("URL"));
    const QCommandLineOption code(
        QStringLiteral("code"), Text::tr("enroll: the one-time enrollment code."), QStringLiteral("CODE"));
    const QCommandLineOption hubCa(QStringLiteral("hub-ca"),
        Text::tr("enroll: trust the hub's CA certificate in FILE (PEM) instead of the system's CAs."),
        QStringLiteral("FILE"));
    const QCommandLineOption hubPin(QStringLiteral("hub-pin"),
        Text::tr("enroll: also require the hub's public key to have this SHA-256 (base64)."),
        QStringLiteral("PIN"));
    const QCommandLineOption deviceName(QStringLiteral("device-name"),
        Text::tr("enroll: how head office lists this PC (default: the host name)."), QStringLiteral("NAME"));
    parser.addOptions({help, version, dataDir, profile, demo, user, out, passphraseFile, newPassphraseFile,
        locationPassphraseFile, toPassphrase, force, screenshots, language, hub, code, hubCa, hubPin,
        deviceName});
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("backup, restore or rekey (optional)."),
        QStringLiteral("[command]"));
    parser.addPositionalArgument(
        QStringLiteral("file"), Text::tr("The backup file to restore."), QStringLiteral("[file]"));

    cl.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    cl.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    cl.dataDir = QDir(cl.dataDir).absolutePath();
    cl.demo = parser.isSet(demo);
    if (parser.isSet(profile))
        cl.profile = parser.value(profile);
    if (cl.demo)
        cl.profile = QStringLiteral("demo");
    if (cl.profile.isEmpty() || cl.profile.contains(QLatin1Char('/'))
        || cl.profile.startsWith(QLatin1Char('.'))) {
        cl.error = Text::tr("A profile name is a plain name such as main or demo.");
        return cl;
    }
    cl.user = parser.value(user);
    cl.out = parser.value(out);
    cl.passphraseFile = parser.value(passphraseFile);
    cl.newPassphraseFile = parser.value(newPassphraseFile);
    cl.locationPassphraseFile = parser.value(locationPassphraseFile);
    cl.toPassphrase = parser.isSet(toPassphrase);
    cl.force = parser.isSet(force);
    cl.language = parser.value(language);
    cl.hubUrl = parser.value(hub);
    cl.enrollmentCode = parser.value(code);
    cl.hubCaFile = parser.isSet(hubCa) ? QDir::current().absoluteFilePath(parser.value(hubCa)) : QString();
    cl.hubPin = parser.value(hubPin);
    cl.deviceName = parser.value(deviceName);

    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.command = CommandLine::Command::Version;
        return cl;
    }
    if (parser.isSet(screenshots)) {
        cl.command = CommandLine::Command::Screenshots;
        cl.screenshotsDir = QDir(parser.value(screenshots)).absolutePath();
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cl;
    const QString command = positional.first();
    if (command == QLatin1String("backup")) {
        cl.command = CommandLine::Command::Backup;
        if (cl.out.isEmpty())
            cl.error = Text::tr("backup needs --out FILE.");
    } else if (command == QLatin1String("restore")) {
        cl.command = CommandLine::Command::Restore;
        if (positional.size() < 2)
            cl.error = Text::tr("restore needs the backup FILE.");
        else
            cl.restoreFile = QDir::current().absoluteFilePath(positional.at(1));
    } else if (command == QLatin1String("rekey")) {
        cl.command = CommandLine::Command::Rekey;
    } else if (command == QLatin1String("enroll")) {
        cl.command = CommandLine::Command::Enroll;
        if (cl.hubUrl.isEmpty() || cl.enrollmentCode.isEmpty())
            cl.error = Text::tr("enroll needs --hub URL and --code CODE.");
    } else {
        cl.error = Text::tr("Unknown command \"%1\". Use backup, restore, rekey or enroll.").arg(command);
    }
    if (cl.error.isEmpty() && positional.size() > (cl.command == CommandLine::Command::Restore ? 2 : 1))
        cl.error = Text::tr("Too many arguments.");
    if (cl.error.isEmpty()
        && (cl.command == CommandLine::Command::Backup || cl.command == CommandLine::Command::Rekey
            || cl.command == CommandLine::Command::Enroll)
        && cl.user.isEmpty())
        cl.error = cl.command == CommandLine::Command::Enroll
            ? Text::tr("enroll needs --user NAME (a manager or the owner).")
            : Text::tr("This command needs --user NAME (an owner).");
    return cl;
}

} // namespace spoke::app
