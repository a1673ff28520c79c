#include "core/storage/location_database.h"

#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/staff/role.h"
#include "core/storage/migrations.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTemporaryFile>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "spoke.storage")

namespace spoke {

namespace {

constexpr qint64 kPageSize = 4096;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::LocationDatabase)
};

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("spoke-location-%1").arg(++counter);
}

Status checkFolderWritable(const QString &folder)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(ErrorCode::FolderNotWritable,
            Tr::tr("The data folder %1 cannot be created. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(folder)));
    // Try for real: as root, permission bits say "writable" even on a read-only mount.
    QTemporaryFile probe(dir.filePath(QStringLiteral(".spoke-write-probe-XXXXXX")));
    if (!probe.open())
        return makeError(ErrorCode::FolderNotWritable,
            Tr::tr("The data folder %1 is not writable (%2). Spoke needs to write there to keep "
                   "your data safe.")
                .arg(QDir::toNativeSeparators(folder), probe.errorString()));
    return {};
}

Result<QByteArray> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::ProfileMissing,
            Tr::tr("There is no Spoke database in %1.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(16);
    if (header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return makeError(ErrorCode::NotSpokeDatabase,
            Tr::tr("%1 is an unencrypted SQLite file, not a Spoke database.")
                .arg(QDir::toNativeSeparators(path)));
    if (size == 0 || size % kPageSize != 0 || header.size() != 16)
        return makeError(ErrorCode::Corrupted,
            Tr::tr("The database file %1 is damaged (it is truncated). Restore it from a backup.")
                .arg(QDir::toNativeSeparators(path)));
    return header;
}

Error corrupted(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Corrupted,
        Tr::tr("The database file %1 is damaged (%2). Restore it from a backup.")
            .arg(QDir::toNativeSeparators(path), detail));
}

// The connection may create files: SQLite opens ATTACHed databases (backups) with the main
// connection's flags. open() checks that the database file exists before it gets here.
Result<QSqlDatabase> openConnection(const QString &path, const Secret &key)
{
    spoke::sql::registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(spoke::sql::kDriverName), nextConnectionName());
    db.setDatabaseName(path);
    db.setPassword(QString::fromUtf8(key.bytes()));
    db.setConnectOptions(QStringLiteral("SQLCIPHER_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return storageError(error);
    }
    return db;
}

Secret keyForSqlCipher(KeySource source, const Secret &secret)
{
    // The driver takes a raw key as x'<hex>' and anything else as a passphrase.
    if (source == KeySource::Keychain)
        return Secret(secret.sqlcipherRawKey().toLatin1());
    return Secret(QByteArray(secret.bytes().constData(), secret.bytes().size()));
}

} // namespace

Error storageError(const QSqlError &error, const QString &context)
{
    QString text = error.text();
    if (!context.isEmpty())
        text = context + QStringLiteral(": ") + text;
    return makeError(ErrorCode::Storage, Tr::tr("The database reported an error: %1").arg(text));
}

int LocationDatabase::latestSchemaVersion()
{
    return locationMigrations().back().version;
}

bool LocationDatabase::exists(const QString &folder)
{
    return QFileInfo::exists(QDir(folder).filePath(databaseFileName()));
}

Result<ProfileDescriptor> LocationDatabase::inspect(const QString &folder)
{
    return ProfileDescriptor::load(QDir(folder).filePath(ProfileDescriptor::fileName()));
}

LocationDatabase::LocationDatabase(QString folder, QSqlDatabase db, ProfileDescriptor descriptor)
    : m_folder(std::move(folder))
    , m_db(std::move(db))
    , m_descriptor(std::move(descriptor))
{ }

LocationDatabase::~LocationDatabase()
{
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

QString LocationDatabase::filePath() const
{
    return QDir(m_folder).filePath(databaseFileName());
}

Result<std::unique_ptr<LocationDatabase>> LocationDatabase::create(
    const QString &folder, KeyStore &keyStore, KeySource source, const Secret &passphrase)
{
    if (auto s = checkFolderWritable(folder); !s)
        return s.error();
    const QDir dir(folder);
    const QString path = dir.filePath(databaseFileName());
    const QString descriptorPath = dir.filePath(ProfileDescriptor::fileName());
    if (QFileInfo::exists(path) || QFileInfo::exists(descriptorPath))
        return makeError(ErrorCode::Conflict,
            Tr::tr("%1 already holds a Spoke location; it was left untouched.")
                .arg(QDir::toNativeSeparators(folder)));
    if (source == KeySource::Passphrase && passphrase.bytes().size() < 8)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The passphrase must have at least 8 characters."));

    ProfileDescriptor descriptor;
    descriptor.profileId = newUuidV7();
    descriptor.keySource = source;
    Secret secret = source == KeySource::Keychain
        ? Secret::random256()
        : Secret(QByteArray(passphrase.bytes().constData(), passphrase.bytes().size()));
    if (source == KeySource::Keychain) {
        if (auto s = keyStore.write(descriptor.keychainAccount(), secret); !s)
            return s.error();
    }
    auto cleanup = [&] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (source == KeySource::Keychain)
            (void)keyStore.remove(descriptor.keychainAccount());
    };

    auto conn = openConnection(path, keyForSqlCipher(source, secret));
    if (!conn) {
        cleanup();
        return conn.error();
    }
    std::unique_ptr<LocationDatabase> db(new LocationDatabase(folder, conn.value(), descriptor));
    db->m_sqlKey = keyForSqlCipher(source, secret);
    Status s = db->configureConnection();
    if (s)
        s = db->migrate();
    if (s)
        s = db->checkpoint();
    if (s) {
        auto header = readHeader(path);
        if (!header) {
            s = header.error();
        } else {
            db->m_descriptor.salt = header.value();
            db->m_descriptor.keyCheck = db->m_descriptor.computeKeyCheck(secret);
            s = db->m_descriptor.save(descriptorPath);
        }
    }
    if (!s) {
        db.reset();
        cleanup();
        return s.error();
    }
    qCInfo(lcStorage) << "created location database" << db->m_descriptor.profileId;
    return db;
}

Result<std::unique_ptr<LocationDatabase>> LocationDatabase::open(
    const QString &folder, KeyStore &keyStore, const Secret &passphrase)
{
    const QDir dir(folder);
    const QString path = dir.filePath(databaseFileName());
    auto header = readHeader(path);
    if (!header)
        return header.error();
    auto loaded = ProfileDescriptor::load(dir.filePath(ProfileDescriptor::fileName()));
    if (!loaded)
        return loaded.error();
    const ProfileDescriptor descriptor = loaded.value();
    if (header.value() != descriptor.salt)
        return corrupted(path, Tr::tr("its first page does not match its descriptor"));
    if (auto s = checkFolderWritable(folder); !s)
        return s.error();

    Secret secret;
    if (descriptor.keySource == KeySource::Keychain) {
        auto fromStore = keyStore.read(descriptor.keychainAccount());
        if (!fromStore) {
            if (fromStore.code() == ErrorCode::NotFound)
                return makeError(ErrorCode::KeyMissing,
                    Tr::tr("The key of this location is not in %1. Restore the keychain, or restore "
                           "the location from a backup.")
                        .arg(keyStore.describe()));
            return fromStore.error();
        }
        secret = std::move(fromStore).value();
    } else {
        if (passphrase.isEmpty())
            return makeError(
                ErrorCode::WrongKey, Tr::tr("This location is protected by a passphrase. Enter it."));
        secret = Secret(QByteArray(passphrase.bytes().constData(), passphrase.bytes().size()));
    }
    if (!descriptor.matches(secret))
        return makeError(ErrorCode::WrongKey,
            descriptor.keySource == KeySource::Passphrase
                ? Tr::tr("The passphrase is wrong.")
                : Tr::tr("The key in %1 does not open this location (wrong key).").arg(keyStore.describe()));

    // The key is right; anything SQLCipher refuses now is damage to the file.
    Secret sqlKey = keyForSqlCipher(descriptor.keySource, secret);
    auto conn = openConnection(path, sqlKey);
    if (!conn)
        return corrupted(path, conn.error().message);
    std::unique_ptr<LocationDatabase> db(new LocationDatabase(folder, conn.value(), descriptor));
    db->m_sqlKey = std::move(sqlKey);
    QSqlQuery q(db->m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return corrupted(path, q.lastError().text());
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return corrupted(path, q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (appId != kApplicationId)
        return makeError(ErrorCode::NotSpokeDatabase, Tr::tr("%1 is not a Spoke database.").arg(path));
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
            Tr::tr("This database has schema version %1, but this version of Spoke knows only up to "
                   "%2. Update Spoke to open it; the file was not changed.")
                .arg(version)
                .arg(latestSchemaVersion()));
    if (auto s = db->configureConnection(); !s)
        return s.error();
    if (auto s = db->migrate(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<LocationDatabase>> LocationDatabase::openSibling() const
{
    auto conn = openConnection(filePath(), m_sqlKey);
    if (!conn)
        return conn.error();
    std::unique_ptr<LocationDatabase> db(new LocationDatabase(m_folder, conn.value(), m_descriptor));
    db->m_sqlKey = Secret(QByteArray(m_sqlKey.bytes().constData(), m_sqlKey.bytes().size()));
    db->m_clock = m_clock;
    if (auto s = db->configureConnection(); !s)
        return s.error();
    return db;
}

Status LocationDatabase::configureConnection()
{
    // Sales must survive power loss (synchronous=FULL); deleted rows are zeroed on disk
    // (secure_delete); temporary tables never touch a plaintext temp file (temp_store).
    const QStringList pragmas {QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        // 32 MB of decrypted pages: lists and searches over 100,000 customers stay in memory.
        QStringLiteral("PRAGMA cache_size = -32768")};
    QSqlQuery q(m_db);
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return storageError(q.lastError(), pragma);
        q.finish();
    }
    return {};
}

int LocationDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status LocationDatabase::migrate()
{
    const int current = schemaVersion();
    for (const Migration &m : locationMigrations()) {
        if (m.version <= current)
            continue;
        if (!m_db.transaction())
            return storageError(m_db.lastError(), QStringLiteral("begin migration"));
        QSqlQuery q(m_db);
        bool ok = true;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!ok) {
            const QSqlError error = q.lastError();
            q.finish();
            m_db.rollback();
            return storageError(error, QStringLiteral("migration %1").arg(m.version));
        }
        q.finish();
        if (!m_db.commit()) {
            const QSqlError error = m_db.lastError();
            m_db.rollback();
            return storageError(error, QStringLiteral("migration %1").arg(m.version));
        }
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    return {};
}

Status LocationDatabase::checkpoint()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return storageError(q.lastError(), QStringLiteral("checkpoint"));
    return {};
}

Result<QSqlQuery *> LocationDatabase::cachedStatement(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return storageError(q->lastError(), sql.left(60));
    m_statements.insert(sql, q);
    return q.get();
}

QSqlQuery LocationDatabase::query(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Status LocationDatabase::write(const Actor &actor, const std::function<Status(WriteTx &)> &fn)
{
    Q_ASSERT_X(!m_inWrite, "LocationDatabase::write", "units of work do not nest");
    if (!m_db.transaction())
        return storageError(m_db.lastError(), QStringLiteral("begin"));
    m_inWrite = true;
    Status result;
    {
        WriteTx tx(*this, actor);
        result = fn(tx);
    }
    if (result && shouldFail(QStringLiteral("COMMIT")))
        result = makeError(ErrorCode::Storage, Tr::tr("The database could not be written (disk full?)."));
    if (result && !m_db.commit())
        result = storageError(m_db.lastError(), QStringLiteral("commit"));
    if (!result)
        m_db.rollback();
    m_inWrite = false;
    return result;
}

Status LocationDatabase::changeKey(
    const Actor &actor, KeyStore &keyStore, KeySource newSource, const Secret &newPassphrase)
{
    if (!allows(actor.role, Permission::ChangeKey))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only an owner can change the database key."));
    if (newSource == KeySource::Passphrase && newPassphrase.bytes().size() < 8)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The passphrase must have at least 8 characters."));
    auto *driver = qobject_cast<spoke::sql::SqlCipherDriver *>(m_db.driver());
    if (!driver)
        return makeError(ErrorCode::Storage, Tr::tr("The database driver cannot change keys."));
    Secret secret = newSource == KeySource::Keychain
        ? Secret::random256()
        : Secret(QByteArray(newPassphrase.bytes().constData(), newPassphrase.bytes().size()));
    ProfileDescriptor next = m_descriptor;
    next.keySource = newSource;
    // Keep the new key under a pending name until the file is re-encrypted, so a crash in
    // between leaves a key that opens whichever state the file is in.
    const QString pending = next.keychainAccount() + QStringLiteral("/pending");
    if (newSource == KeySource::Keychain) {
        if (auto s = keyStore.write(pending, secret); !s)
            return s;
    }
    if (auto s = checkpoint(); !s)
        return s;
    m_statements.clear(); // no prepared statement outlives the old key
    if (!driver->rekey(QString::fromUtf8(keyForSqlCipher(newSource, secret).bytes())))
        return storageError(driver->lastError(), QStringLiteral("rekey"));
    if (auto s = checkpoint(); !s)
        return s;
    auto header = readHeader(filePath());
    if (!header)
        return header.error();
    next.salt = header.value();
    next.keyCheck = next.computeKeyCheck(secret);
    if (newSource == KeySource::Keychain) {
        if (auto s = keyStore.write(next.keychainAccount(), secret); !s)
            return s;
        (void)keyStore.remove(pending);
    } else {
        (void)keyStore.remove(next.keychainAccount());
    }
    if (auto s = next.save(QDir(m_folder).filePath(ProfileDescriptor::fileName())); !s)
        return s;
    m_descriptor = next;
    m_sqlKey = keyForSqlCipher(newSource, secret);
    return write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("key.change"), QStringLiteral("location"), m_descriptor.profileId,
            {{QStringLiteral("keySource"),
                newSource == KeySource::Keychain ? QStringLiteral("keychain")
                                                 : QStringLiteral("passphrase")}});
    });
}

} // namespace spoke
