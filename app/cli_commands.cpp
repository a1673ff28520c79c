#include "app/cli_commands.h"

#include "app/secret_reader.h"
#include "core/demo/demo_data.h"
#include "core/staff/staff_service.h"
#include "core/storage/backup_service.h"
#include "core/storage/location_database.h"
#include "core/sync/sync_engine.h"
#include "ui/common/key_store_probe.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>

#include <cstdio>
#include <memory>
#include <optional>

namespace spoke::app {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(spoke::app::Cli)
};

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

void complain(const QString &text)
{
    std::fprintf(stderr, "spoke: %s\n", qPrintable(text));
}

/// An open location and the owner-or-not who is acting on it.
struct Opened
{
    std::unique_ptr<LocationDatabase> db;
    Actor actor;
};

/// Opens the location, asking for its passphrase when it has one (the demo's is known).
Result<std::unique_ptr<LocationDatabase>> openLocation(
    const CommandLine &cl, KeyStore &keyStore, SecretReader &secrets)
{
    const QString folder = cl.locationFolder();
    if (!LocationDatabase::exists(folder))
        return makeError(ErrorCode::ProfileMissing,
            Text::tr("There is no location in %1. Start Spoke once to create it.")
                .arg(QDir::toNativeSeparators(folder)));
    Secret passphrase;
    auto descriptor = LocationDatabase::inspect(folder);
    if (descriptor && descriptor.value().keySource == KeySource::Passphrase) {
        if (cl.demo && cl.locationPassphraseFile.isEmpty()) {
            passphrase = Secret::fromUtf8(demo::passphrase());
        } else {
            auto typed = secrets.read(Text::tr("Location passphrase"), cl.locationPassphraseFile);
            if (!typed)
                return makeError(ErrorCode::InvalidInput, secrets.lastError());
            passphrase = Secret::fromUtf8(*typed);
        }
    }
    return LocationDatabase::open(folder, keyStore, passphrase);
}

/// Signs in --user with the PIN/password read next.
std::optional<Actor> signIn(const CommandLine &cl, LocationDatabase &db, SecretReader &secrets, int &exitCode)
{
    StaffService staff(db);
    QString staffId;
    for (const StaffMember &m : staff.list())
        if (m.name.compare(cl.user.trimmed(), Qt::CaseInsensitive) == 0)
            staffId = m.id;
    auto secret = secrets.read(Text::tr("PIN or password of %1").arg(cl.user));
    if (!secret) {
        complain(secrets.lastError());
        exitCode = ExitUsage;
        return std::nullopt;
    }
    if (staffId.isEmpty()) {
        complain(Text::tr("No active staff member is called %1.").arg(cl.user));
        exitCode = ExitDenied;
        return std::nullopt;
    }
    auto who = staff.signIn(staffId, *secret);
    if (!who) {
        complain(who.error().message);
        exitCode = ExitDenied;
        return std::nullopt;
    }
    return who.value();
}

/// Opens the location and signs in --user.
std::optional<Opened> openAndSignIn(
    const CommandLine &cl, KeyStore &keyStore, SecretReader &secrets, int &exitCode)
{
    auto db = openLocation(cl, keyStore, secrets);
    if (!db) {
        complain(db.error().message);
        exitCode = db.code() == ErrorCode::InvalidInput ? ExitUsage : ExitCannotOpen;
        return std::nullopt;
    }
    auto who = signIn(cl, *db.value(), secrets, exitCode);
    if (!who)
        return std::nullopt;
    return Opened {std::move(db).value(), *who};
}

/// The new key: a passphrase (read or from file) or the keychain, which must answer.
std::optional<std::pair<KeySource, Secret>> newKey(
    const CommandLine &cl, KeyStore &keyStore, SecretReader &secrets)
{
    if (cl.toPassphrase) {
        auto typed = secrets.read(Text::tr("New database passphrase"), cl.newPassphraseFile);
        if (!typed) {
            complain(secrets.lastError());
            return std::nullopt;
        }
        return std::pair {KeySource::Passphrase, Secret::fromUtf8(*typed)};
    }
    if (auto probe = ui::probeKeyStore(keyStore); !probe) {
        complain(Text::tr("The system keychain cannot keep the key: %1 Use --to-passphrase to protect the "
                          "database with a passphrase instead.")
                     .arg(probe.error().message));
        return std::nullopt;
    }
    return std::pair {KeySource::Keychain, Secret()};
}

} // namespace

int runBackup(const CommandLine &cl, KeyStore &keyStore)
{
    SecretReader secrets;
    int exitCode = ExitOk;
    auto opened = openAndSignIn(cl, keyStore, secrets, exitCode);
    if (!opened)
        return exitCode;
    if (!allows(opened->actor.role, Permission::BackupRestore)) {
        complain(Text::tr("Only an owner can make backups."));
        return ExitDenied;
    }
    auto passphrase = secrets.read(Text::tr("Backup passphrase"), cl.passphraseFile);
    if (!passphrase) {
        complain(secrets.lastError());
        return ExitUsage;
    }
    const QString path = QDir::current().absoluteFilePath(cl.out);
    if (auto s = BackupService::createBackup(*opened->db, opened->actor, path, Secret::fromUtf8(*passphrase));
        !s) {
        complain(s.error().message);
        return s.code() == ErrorCode::PermissionDenied ? ExitDenied : ExitFailure;
    }
    say(Text::tr("Backup written to %1").arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int runRestore(const CommandLine &cl, KeyStore &keyStore)
{
    SecretReader secrets;
    const QString folder = cl.locationFolder();
    if (LocationDatabase::exists(folder)) {
        // Replacing a location that opens needs its owner; one that cannot be opened needs --force.
        auto db = openLocation(cl, keyStore, secrets);
        if (db) {
            if (cl.user.isEmpty()) {
                complain(
                    Text::tr("%1 already holds a location: restoring over it needs --user NAME (an owner).")
                        .arg(QDir::toNativeSeparators(folder)));
                return ExitUsage;
            }
            int exitCode = ExitOk;
            auto who = signIn(cl, *db.value(), secrets, exitCode);
            if (!who)
                return exitCode;
            if (!allows(who->role, Permission::BackupRestore)) {
                complain(Text::tr("Only an owner can restore backups."));
                return ExitDenied;
            }
            db.value().reset(); // restoring needs the location closed
        } else if (!cl.force) {
            complain(
                Text::tr("%1 holds a location that cannot be opened (%2). Add --force to replace it with "
                         "the backup.")
                    .arg(QDir::toNativeSeparators(folder), db.error().message));
            return ExitCannotOpen;
        }
    }
    auto passphrase = secrets.read(Text::tr("Backup passphrase"), cl.passphraseFile);
    if (!passphrase) {
        complain(secrets.lastError());
        return ExitUsage;
    }
    const Secret backupKey = Secret::fromUtf8(*passphrase);
    if (auto s = BackupService::verifyBackup(cl.restoreFile, backupKey); !s) {
        complain(s.error().message);
        return ExitFailure;
    }
    auto key = newKey(cl, keyStore, secrets);
    if (!key)
        return ExitFailure;
    auto restored
        = BackupService::restoreBackup(cl.restoreFile, backupKey, folder, keyStore, key->first, key->second);
    if (!restored) {
        complain(restored.error().message);
        return ExitFailure;
    }
    say(Text::tr("Restored %1 into %2")
            .arg(QDir::toNativeSeparators(cl.restoreFile), QDir::toNativeSeparators(folder)));
    return ExitOk;
}

int runRekey(const CommandLine &cl, KeyStore &keyStore)
{
    SecretReader secrets;
    int exitCode = ExitOk;
    auto opened = openAndSignIn(cl, keyStore, secrets, exitCode);
    if (!opened)
        return exitCode;
    if (!allows(opened->actor.role, Permission::ChangeKey)) {
        complain(Text::tr("Only an owner can change the database key."));
        return ExitDenied;
    }
    auto key = newKey(cl, keyStore, secrets);
    if (!key)
        return ExitFailure;
    if (auto s = opened->db->changeKey(opened->actor, keyStore, key->first, key->second); !s) {
        complain(s.error().message);
        return s.code() == ErrorCode::PermissionDenied ? ExitDenied : ExitFailure;
    }
    say(key->first == KeySource::Keychain
            ? Text::tr("The database key is now kept in %1.").arg(keyStore.describe())
            : Text::tr("The database is now protected by the new passphrase."));
    return ExitOk;
}

int runEnroll(const CommandLine &cl, KeyStore &keyStore)
{
    SecretReader secrets;
    int exitCode = ExitOk;
    auto opened = openAndSignIn(cl, keyStore, secrets, exitCode);
    if (!opened)
        return exitCode;
    if (!allows(opened->actor.role, Permission::ChangeSettings)) {
        complain(Text::tr("Only a manager or the owner can enroll this location."));
        return ExitDenied;
    }
    sync::EnrollmentRequest request;
    request.hubUrl = cl.hubUrl;
    request.code = cl.enrollmentCode;
    request.deviceName = cl.deviceName.isEmpty() ? QSysInfo::machineHostName() : cl.deviceName;
    if (request.deviceName.trimmed().isEmpty())
        request.deviceName = Text::tr("Front desk");
    request.trust.pinSha256 = cl.hubPin;
    if (!cl.hubCaFile.isEmpty()) {
        QFile ca(cl.hubCaFile);
        if (!ca.open(QIODevice::ReadOnly)) {
            complain(Text::tr("Cannot read the hub's CA certificate %1.")
                         .arg(QDir::toNativeSeparators(cl.hubCaFile)));
            return ExitUsage;
        }
        request.trust.caPem = ca.read(1024 * 1024);
    }
    if (const QString problem = sync::SyncEngine::checkEnrollment(request); !problem.isEmpty()) {
        complain(problem);
        return ExitUsage;
    }
    sync::SyncEngine::Options options;
    options.startupDelayMs = -1;
    options.watchNetwork = false;
    sync::SyncEngine engine(*opened->db, keyStore, options);
    QEventLoop loop;
    bool enrolled = false;
    QString message;
    std::optional<sync::SyncRun> firstRun;
    QObject::connect(&engine, &sync::SyncEngine::enrollFinished, &loop, [&](bool ok, const QString &text) {
        enrolled = ok;
        message = text;
        if (!ok)
            loop.quit();
    });
    QObject::connect(&engine, &sync::SyncEngine::runFinished, &loop, [&](const sync::SyncRun &run) {
        firstRun = run;
        loop.quit();
    });
    engine.enroll(opened->actor, request);
    loop.exec();
    if (!enrolled) {
        complain(message);
        return ExitFailure;
    }
    say(message);
    if (firstRun && firstRun->outcome == QLatin1String("ok")) {
        say(Text::tr("First sync: changes sent %1, received %2.")
                .arg(firstRun->pushed)
                .arg(firstRun->pulled));
    } else if (firstRun) {
        // Enrolled all the same: the app retries on its own.
        say(Text::tr("The first sync did not finish (%1); Spoke retries on its own.")
                .arg(sync::errorMessage(firstRun->errorCode, firstRun->errorDetail)));
    }
    return ExitOk;
}

bool ensureDemoLocation(const QString &folder, KeyStore &keyStore)
{
    if (LocationDatabase::exists(folder))
        return true;
    const bool keychain = ui::probeKeyStore(keyStore).ok();
    auto created = demo::create(folder, keyStore, keychain ? KeySource::Keychain : KeySource::Passphrase);
    if (!created) {
        complain(Text::tr("The demo location could not be created: %1").arg(created.error().message));
        return false;
    }
    if (!keychain)
        complain(Text::tr("No system keychain answered; the demo location uses the passphrase \"%1\".")
                     .arg(demo::passphrase()));
    return true;
}

} // namespace spoke::app
