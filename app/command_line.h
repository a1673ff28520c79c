#pragma once

#include <QString>
#include <QStringList>

namespace spoke::app {

/// What the command line asks for. The GUI is the default; backup, restore and rekey are
/// scriptable commands that never open a window.
struct CommandLine
{
    enum class Command { Gui, Screenshots, Backup, Restore, Rekey, Enroll, Version, Help };
    Command command = Command::Gui;
    QString dataDir;
    QString profile = QStringLiteral("main");
    bool demo = false;
    QString user;
    QString out;
    QString restoreFile;
    QString passphraseFile;
    QString newPassphraseFile;
    QString locationPassphraseFile;
    bool toPassphrase = false;
    bool force = false;
    QString screenshotsDir;
    QString language;
    // enroll: the hub, the one-time code, how to trust the hub, this PC's name there.
    QString hubUrl;
    QString enrollmentCode;
    QString hubCaFile;
    QString hubPin;
    QString deviceName;
    QString error; ///< set when the command line is wrong
    QString helpText;

    /// The folder of the chosen location profile: DATA/locations/PROFILE.
    QString locationFolder() const;
    bool needsGui() const { return command == Command::Gui || command == Command::Screenshots; }
};

/// Parses arguments (argv[0] first). Does not need an application object.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace spoke::app
