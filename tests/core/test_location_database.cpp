#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/storage/location_database.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace spoke;
using spoke::test::fileHash;

class TestLocationDatabase : public QObject
{
    Q_OBJECT

private:
    QString dbPath(const QTemporaryDir &dir) const
    {
        return QDir(dir.path()).filePath(QStringLiteral("spoke.db"));
    }

    // Makes a database, closes it, and returns its folder.
    void makeClosed(QTemporaryDir &dir, MemoryKeyStore &store)
    {
        auto db = test::createDatabase(dir.path(), store);
        QVERIFY(db->checkpoint().ok());
    }

    void expectRefusal(
        const QString &folder, KeyStore &store, ErrorCode expected, const Secret &pass = Secret())
    {
        const QString path = QDir(folder).filePath(QStringLiteral("spoke.db"));
        const QByteArray before = fileHash(path);
        auto r = LocationDatabase::open(folder, store, pass);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), int(expected));
        QVERIFY2(!r.error().message.isEmpty(), "every refusal explains itself");
        QCOMPARE(fileHash(path), before);
    }

private slots:
    void createsMigratedEncryptedDatabase()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        auto db = test::createDatabase(dir.path(), store);
        QCOMPARE(db->schemaVersion(), LocationDatabase::latestSchemaVersion());
        QVERIFY(store.contains(db->descriptor().keychainAccount()));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA temp_store")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // MEMORY
        QVERIFY(!test::fileBytes(dbPath(dir)).startsWith("SQLite format 3"));
    }

    void reopensWithKeyFromStore()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        auto r = LocationDatabase::open(dir.path(), store);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value()->schemaVersion(), LocationDatabase::latestSchemaVersion());
    }

    void refusesToCreateOverExistingLocation()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        const QByteArray before = fileHash(dbPath(dir));
        auto r = LocationDatabase::create(dir.path(), store, KeySource::Keychain);
        QCOMPARE(int(r.code()), int(ErrorCode::Conflict));
        QCOMPARE(fileHash(dbPath(dir)), before);
    }

    void missingFileIsProfileMissing()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        auto r = LocationDatabase::open(dir.path(), store);
        QCOMPARE(int(r.code()), int(ErrorCode::ProfileMissing));
        QVERIFY(!QFile::exists(dbPath(dir)));
    }

    void wrongKeyIsRefused()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        auto d = LocationDatabase::inspect(dir.path());
        QVERIFY(d.ok());
        QVERIFY(store.write(d.value().keychainAccount(), Secret::random256()).ok());
        expectRefusal(dir.path(), store, ErrorCode::WrongKey);
    }

    void missingKeychainEntryIsKeyMissing()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        QVERIFY(store.remove(LocationDatabase::inspect(dir.path()).value().keychainAccount()).ok());
        expectRefusal(dir.path(), store, ErrorCode::KeyMissing);
    }

    void unavailableKeychainIsSaid()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        store.setAvailable(false);
        expectRefusal(dir.path(), store, ErrorCode::KeychainUnavailable);
        QTemporaryDir other;
        auto r = LocationDatabase::create(other.path(), store, KeySource::Keychain);
        QCOMPARE(int(r.code()), int(ErrorCode::KeychainUnavailable));
        QVERIFY(!QFile::exists(dbPath(other)));
    }

    void truncatedFileIsCorrupted()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        QFile f(dbPath(dir));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 1000));
        f.close();
        expectRefusal(dir.path(), store, ErrorCode::Corrupted);
    }

    void damagedFirstPageIsCorrupted_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("salt") << qint64(3);
        QTest::newRow("page one body") << qint64(100);
        QTest::newRow("page one hmac") << qint64(4000);
    }

    void damagedFirstPageIsCorrupted()
    {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        MemoryKeyStore store;
        makeClosed(dir, store);
        QFile f(dbPath(dir));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(char(c ^ 0x5a)));
        f.close();
        expectRefusal(dir.path(), store, ErrorCode::Corrupted);
    }

    void foreignFilesAreNotSpoke_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes, no descriptor") << QStringLiteral("random");
        QTest::newRow("plain sqlite") << QStringLiteral("sqlite");
        QTest::newRow("descriptor of another program") << QStringLiteral("descriptor");
    }

    void foreignFilesAreNotSpoke()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        MemoryKeyStore store;
        if (kind == QLatin1String("random")) {
            QFile f(dbPath(dir));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk(8192, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919) & 0xff);
            f.write(junk);
        } else if (kind == QLatin1String("sqlite")) {
            spoke::sql::registerSqlCipherDriver();
            {
                auto plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("plain"));
                plain.setDatabaseName(dbPath(dir));
                QVERIFY(plain.open());
                QSqlQuery q(plain);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
                plain.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        } else {
            makeClosed(dir, store);
            QFile d(QDir(dir.path()).filePath(QStringLiteral("spoke.id")));
            QVERIFY(d.open(QIODevice::WriteOnly | QIODevice::Truncate));
            d.write(R"({"format": "something-else"})");
        }
        expectRefusal(dir.path(), store, ErrorCode::NotSpokeDatabase);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        {
            auto db = test::createDatabase(dir.path(), store);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(LocationDatabase::latestSchemaVersion() + 5)));
            QVERIFY(db->checkpoint().ok());
        }
        expectRefusal(dir.path(), store, ErrorCode::SchemaTooNew);
    }

    void readOnlyFolderIsSaid()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        const QString folder = QDir(dir.path()).filePath(QStringLiteral("loc"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = test::createDatabase(folder, store);
            QVERIFY(db->checkpoint().ok());
        }
        // Permission bits do not stop root (CI runs as root); a path below a regular file
        // cannot be written by anyone, so use that there.
        QString target = folder;
        if (::geteuid() == 0) {
            target = QDir(folder).filePath(QStringLiteral("spoke.id/sub"));
            auto r = LocationDatabase::create(target, store, KeySource::Keychain);
            QCOMPARE(int(r.code()), int(ErrorCode::FolderNotWritable));
            QVERIFY(r.error().message.contains(QStringLiteral("sub")));
            return;
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = fileHash(QDir(folder).filePath(QStringLiteral("spoke.db")));
        auto r = LocationDatabase::open(folder, store);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(int(r.code()), int(ErrorCode::FolderNotWritable));
        QCOMPARE(fileHash(QDir(folder).filePath(QStringLiteral("spoke.db"))), before);
    }

    void passphraseProfile()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        {
            auto shortPass = LocationDatabase::create(
                dir.path(), store, KeySource::Passphrase, Secret::fromUtf8(QStringLiteral("short")));
            QCOMPARE(int(shortPass.code()), int(ErrorCode::InvalidInput));
            auto r = LocationDatabase::create(dir.path(), store, KeySource::Passphrase,
                Secret::fromUtf8(QStringLiteral("correct horse battery")));
            QVERIFY(r.ok());
            QVERIFY(!store.contains(r.value()->descriptor().keychainAccount()));
            QVERIFY(r.value()->checkpoint().ok());
        }
        QCOMPARE(LocationDatabase::inspect(dir.path()).value().keySource, KeySource::Passphrase);
        expectRefusal(
            dir.path(), store, ErrorCode::WrongKey, Secret::fromUtf8(QStringLiteral("wrong horse battery")));
        expectRefusal(dir.path(), store, ErrorCode::WrongKey);
        auto ok = LocationDatabase::open(
            dir.path(), store, Secret::fromUtf8(QStringLiteral("correct horse battery")));
        QVERIFY(ok.ok());
    }

    void changeKeyReencrypts_data()
    {
        QTest::addColumn<bool>("toPassphrase");
        QTest::newRow("keychain to new keychain key") << false;
        QTest::newRow("keychain to passphrase") << true;
    }

    void changeKeyReencrypts()
    {
        QFETCH(bool, toPassphrase);
        QTemporaryDir dir;
        MemoryKeyStore store;
        QByteArray oldKey;
        const Secret pass = Secret::fromUtf8(QStringLiteral("a new passphrase"));
        {
            auto db = test::createDatabase(dir.path(), store);
            oldKey = store.read(db->descriptor().keychainAccount()).value().bytes();
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v', 'now')")));
            QVERIFY(db->changeKey(Actor {QStringLiteral("o"), QStringLiteral("Olga"), Role::Owner}, store,
                          toPassphrase ? KeySource::Passphrase : KeySource::Keychain, pass)
                        .ok());
        }
        // The old key no longer opens the file, directly through the driver.
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("old"));
            raw.setDatabaseName(dbPath(dir));
            raw.setPassword(Secret(oldKey).sqlcipherRawKey());
            raw.setConnectOptions(QStringLiteral("SQLCIPHER_OPEN_NO_CREATE"));
            QVERIFY(!raw.open());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const Secret none;
        auto r = LocationDatabase::open(dir.path(), store, toPassphrase ? pass : none);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QSqlQuery q(r.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestLocationDatabase)
#include "test_location_database.moc"
