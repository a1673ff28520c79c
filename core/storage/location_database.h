#pragma once

#include "core/security/key_store.h"
#include "core/storage/actor.h"
#include "core/storage/profile_descriptor.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace spoke {

class WriteTx;

/// The encrypted database of one location profile: one SQLCipher file (`spoke.db`) plus
/// its descriptor (`spoke.id`) in a folder. Opening tells apart a wrong key, a missing
/// keychain entry, a damaged or foreign file, a newer schema and a read-only folder, and
/// none of those paths writes to the file.
class LocationDatabase
{
public:
    static QString databaseFileName() { return QStringLiteral("spoke.db"); }
    /// The newest schema version this build knows.
    static int latestSchemaVersion();
    /// True when the folder holds a database file (a wizard is needed otherwise).
    static bool exists(const QString &folder);
    /// Reads the descriptor only: tells whether opening will need a passphrase.
    static Result<ProfileDescriptor> inspect(const QString &folder);

    /// Makes a new, empty, migrated database in the folder. With KeySource::Keychain a fresh
    /// random 256-bit key goes into the key store; with Passphrase the given passphrase is
    /// the key (SQLCipher's PBKDF2-HMAC-SHA512).
    static Result<std::unique_ptr<LocationDatabase>> create(
        const QString &folder, KeyStore &keyStore, KeySource source, const Secret &passphrase = Secret());
    /// Opens an existing database and brings its schema up to date.
    static Result<std::unique_ptr<LocationDatabase>> open(
        const QString &folder, KeyStore &keyStore, const Secret &passphrase = Secret());

    ~LocationDatabase();
    LocationDatabase(const LocationDatabase &) = delete;
    LocationDatabase &operator=(const LocationDatabase &) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString folder() const { return m_folder; }
    QString filePath() const;
    const ProfileDescriptor &descriptor() const { return m_descriptor; }
    int schemaVersion() const;

    Clock &clock() const { return *m_clock; }
    void setClock(Clock *clock) { m_clock = clock ? clock : &SystemClock::instance(); }

    /// The unit of work: runs fn in one transaction. Whatever fn writes (domain rows, audit
    /// entries, outbox entries) is committed together, or rolled back together when fn or
    /// the commit fails.
    Status write(const Actor &actor, const std::function<Status(WriteTx &)> &fn);

    /// A prepared read query on this connection.
    QSqlQuery query(const QString &sql) const;
    /// A prepared statement kept for reuse (writes a unit of work repeats, such as an
    /// import's thousands of INSERTs, are prepared once). Bind by position.
    Result<QSqlQuery *> cachedStatement(const QString &sql);

    /// Called before each statement a WriteTx runs; returning true makes that statement fail
    /// as if the disk were full. Tests use it to fail the Nth write (ownCloud's habit).
    void setFaultInjector(std::function<bool(const QString &sql)> injector)
    {
        m_faults = std::move(injector);
    }
    bool shouldFail(const QString &sql) const { return m_faults && m_faults(sql); }

    /// Re-encrypts the database under a new key and updates the descriptor and key store.
    /// Owner only; audited.
    Status changeKey(
        const Actor &actor, KeyStore &keyStore, KeySource newSource, const Secret &newPassphrase = Secret());

    /// Flushes the WAL into the main file (before a backup or a file copy).
    Status checkpoint();

    /// Another connection to the same open database, for a worker thread (Qt: a
    /// connection belongs to the thread that made it, so call this in the worker). It
    /// shares the clock; the caller keeps this database alive meanwhile.
    Result<std::unique_ptr<LocationDatabase>> openSibling() const;

private:
    LocationDatabase(QString folder, QSqlDatabase db, ProfileDescriptor descriptor);
    Status configureConnection();
    Status migrate();

    QString m_folder;
    QSqlDatabase m_db;
    ProfileDescriptor m_descriptor;
    Clock *m_clock = &SystemClock::instance();
    std::function<bool(const QString &)> m_faults;
    bool m_inWrite = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // What SQLCipher was given (x'..' or the passphrase), for sibling connections.
    Secret m_sqlKey;
};

/// Turns a QSqlError into a storage Error with a readable message.
Error storageError(const QSqlError &error, const QString &context = QString());

} // namespace spoke
