#include "core/storage/backup_service.h"

#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/migrations.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::BackupService)
};

/// A connection of its own to a backup file, closed and removed on scope exit.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const Secret &key, bool readOnly)
    {
        static std::atomic<int> counter {0};
        spoke::sql::registerSqlCipherDriver();
        m_name = QStringLiteral("spoke-backup-%1").arg(++counter);
        m_db = QSqlDatabase::addDatabase(QLatin1String(spoke::sql::kDriverName), m_name);
        m_db.setDatabaseName(path);
        m_db.setPassword(QString::fromUtf8(key.bytes()));
        // SQLite opens ATTACHed files with the main connection's flags: a connection that
        // exports into a new file must be allowed to create (the file itself exists: the
        // callers checked).
        m_db.setConnectOptions(
            readOnly ? QStringLiteral("SQLCIPHER_OPEN_READONLY;SQLCIPHER_OPEN_NO_CREATE") : QString());
        m_ok = m_db.open();
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    bool ok() const { return m_ok; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
};

Status execAll(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return storageError(q.lastError(), sql.left(40));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q.lastError(), sql.left(40));
    while (q.next()) { }
    return {};
}

Result<int> checkSpokeFile(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
        return makeError(ErrorCode::Corrupted, Tr::tr("The backup is damaged: %1").arg(q.lastError().text()));
    if (q.next())
        return makeError(
            ErrorCode::Corrupted, Tr::tr("The backup is damaged: %1").arg(q.value(0).toString()));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupted, Tr::tr("The backup is damaged: its integrity check failed."));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() || q.value(0).toInt() != kApplicationId)
        return makeError(ErrorCode::NotSpokeDatabase, Tr::tr("The file is not a Spoke backup."));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::Corrupted, Tr::tr("The backup is damaged: its version cannot be read."));
    const int version = q.value(0).toInt();
    if (version > LocationDatabase::latestSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
            Tr::tr("The backup was made by a newer version of Spoke (schema %1). Update Spoke first.")
                .arg(version));
    return version;
}

Status exportInto(QSqlDatabase &source, const QString &target, const Secret &targetKey, int version)
{
    if (auto s = execAll(source, QStringLiteral("ATTACH DATABASE ? AS target KEY ?"),
            {target, QString::fromUtf8(targetKey.bytes())});
        !s)
        return s;
    Status s = execAll(source, QStringLiteral("SELECT sqlcipher_export('target')"));
    if (s)
        s = execAll(source, QStringLiteral("PRAGMA target.user_version = %1").arg(version));
    if (s)
        s = execAll(source, QStringLiteral("PRAGMA target.application_id = %1").arg(kApplicationId));
    Status detached = execAll(source, QStringLiteral("DETACH DATABASE target"));
    if (!s)
        return s;
    return detached;
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

Status BackupService::createBackup(
    LocationDatabase &db, const Actor &actor, const QString &path, const Secret &backupPassphrase)
{
    if (!allows(actor.role, Permission::BackupRestore))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only an owner can make backups."));
    if (backupPassphrase.bytes().size() < 8)
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("The backup passphrase must have at least 8 characters."));
    const QString temp = path + QStringLiteral(".partial");
    removeWithSidecars(temp);
    QSqlDatabase conn = db.connection();
    if (auto s = exportInto(conn, temp, backupPassphrase, db.schemaVersion()); !s) {
        removeWithSidecars(temp);
        return s;
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        removeWithSidecars(temp);
        return makeError(ErrorCode::Io, Tr::tr("The backup could not be written to %1.").arg(path));
    }
    return db.write(actor, [&](WriteTx &tx) {
        return tx.audit(
            QStringLiteral("backup.create"), QStringLiteral("backup"), QFileInfo(path).fileName());
    });
}

Status BackupService::verifyBackup(const QString &path, const Secret &backupPassphrase)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("The backup %1 does not exist.").arg(path));
    ScopedConnection conn(path, backupPassphrase, true);
    if (!conn.ok())
        return makeError(ErrorCode::WrongKey,
            Tr::tr("The backup cannot be opened: the passphrase is wrong or the file is not a Spoke "
                   "backup."));
    auto version = checkSpokeFile(conn.db());
    if (!version)
        return version.error();
    return {};
}

Result<std::unique_ptr<LocationDatabase>> BackupService::restoreBackup(const QString &path,
    const Secret &backupPassphrase, const QString &folder, KeyStore &keyStore, KeySource source,
    const Secret &newPassphrase)
{
    if (auto s = verifyBackup(path, backupPassphrase); !s)
        return s.error();
    if (source == KeySource::Passphrase && newPassphrase.bytes().size() < 8)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The passphrase must have at least 8 characters."));
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorCode::FolderNotWritable, Tr::tr("The folder %1 cannot be created.").arg(folder));
    const QDir dir(folder);
    const QString target = dir.filePath(LocationDatabase::databaseFileName());
    const QString staging = target + QStringLiteral(".restoring");
    removeWithSidecars(staging);

    ProfileDescriptor descriptor;
    if (auto existing = LocationDatabase::inspect(folder); existing)
        descriptor.profileId = existing.value().profileId;
    else
        descriptor.profileId = newUuidV7();
    descriptor.keySource = source;
    Secret secret = source == KeySource::Keychain
        ? Secret::random256()
        : Secret(QByteArray(newPassphrase.bytes().constData(), newPassphrase.bytes().size()));
    const Secret sqlKey = source == KeySource::Keychain
        ? Secret(secret.sqlcipherRawKey().toLatin1())
        : Secret(QByteArray(secret.bytes().constData(), secret.bytes().size()));
    const QString pending = descriptor.keychainAccount() + QStringLiteral("/restore-pending");
    if (source == KeySource::Keychain) {
        if (auto s = keyStore.write(pending, secret); !s)
            return s.error();
    }
    {
        // Read-write only because the staging file is ATTACHed to it; nothing writes to the backup.
        ScopedConnection conn(path, backupPassphrase, false);
        auto version
            = conn.ok() ? checkSpokeFile(conn.db()) : Result<int>(makeError(ErrorCode::WrongKey, {}));
        Status s
            = version ? exportInto(conn.db(), staging, sqlKey, version.value()) : Status(version.error());
        if (!s) {
            removeWithSidecars(staging);
            return s.error();
        }
    }
    QFile stagingFile(staging);
    if (!stagingFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("The restored file cannot be read back."));
    descriptor.salt = stagingFile.read(16);
    stagingFile.close();
    descriptor.keyCheck = descriptor.computeKeyCheck(secret);

    // From here on the folder changes: keep the replaced file, then move the new one in.
    const QString replaced = target + QStringLiteral(".replaced");
    if (QFileInfo::exists(target)) {
        removeWithSidecars(replaced);
        // The replaced database keeps its write-ahead log, so nothing in it is lost.
        QFile::rename(target + QStringLiteral("-wal"), replaced + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        if (!QFile::rename(target, replaced)) {
            removeWithSidecars(staging);
            return makeError(
                ErrorCode::Io, Tr::tr("The current database could not be moved aside; nothing changed."));
        }
    }
    if (!QFile::rename(staging, target))
        return makeError(ErrorCode::Io, Tr::tr("The restored database could not be moved into place."));
    if (auto s = descriptor.save(dir.filePath(ProfileDescriptor::fileName())); !s)
        return s.error();
    if (source == KeySource::Keychain) {
        if (auto s = keyStore.write(descriptor.keychainAccount(), secret); !s)
            return s.error();
        (void)keyStore.remove(pending);
    }
    const Secret noPassphrase;
    auto opened
        = LocationDatabase::open(folder, keyStore, source == KeySource::Passphrase ? secret : noPassphrase);
    if (!opened)
        return opened.error();
    Status audited = opened.value()->write(Actor::system(), [&](WriteTx &tx) {
        return tx.audit(
            QStringLiteral("backup.restore"), QStringLiteral("backup"), QFileInfo(path).fileName());
    });
    if (!audited)
        return audited.error();
    return std::move(opened).value();
}

} // namespace spoke
