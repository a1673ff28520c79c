// QSQLCIPHER keys and connect options: raw keys and passphrases through setPassword(),
// wrong keys and non-databases refused with native code 26 without touching the file,
// malformed raw keys refused before anything is created, rekey, and every connect
// option of sqlcipher_driver.h.

#include "sqlcipher_test_util.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

namespace {

const QByteArray kMarker = "PLAINTEXT-MARKER-7f3a";

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

spoke::sql::SqlCipherDriver *cipherDriver(const QSqlDatabase &db)
{
    return qobject_cast<spoke::sql::SqlCipherDriver *>(db.driver());
}

} // namespace

class TestSqlCipherKeys : public QObject
{
    Q_OBJECT

    // Creates a database with one marker row, closed again on return.
    void create(const QString &path, const QString &key, const QString &options = QString())
    {
        Connection c(path, key, options);
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        SQL_EXEC(c.db(), u"CREATE TABLE secret(v TEXT)"_s);
        QSqlQuery q(c.db());
        QVERIFY(q.prepare(u"INSERT INTO secret VALUES (?)"_s));
        q.addBindValue(QString::fromLatin1(kMarker));
        QVERIFY(q.exec());
    }

    // Opens and reads the marker back.
    void expectReadable(const QString &path, const QString &key, const QString &options = QString())
    {
        Connection c(path, key, options);
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        QCOMPARE(scalar(c.db(), u"SELECT v FROM secret"_s).toString(), QString::fromLatin1(kMarker));
    }

    // Open fails with the given native code and the file keeps every byte.
    void expectRefused(const QString &path, const QString &key, const QString &nativeCode,
        const QString &options = QString())
    {
        const QByteArray before = hashOf(path);
        const bool existed = QFileInfo::exists(path);
        {
            Connection c(path, key, options);
            QVERIFY(!c.open());
            const QSqlError e = c.lastError();
            QCOMPARE(e.type(), QSqlError::ConnectionError);
            QCOMPARE(e.nativeErrorCode(), nativeCode);
            QVERIFY(!e.driverText().isEmpty());
            QVERIFY(!e.databaseText().isEmpty());
            QVERIFY(c.db().isOpenError());
            QVERIFY(!c.db().isOpen());
        }
        QCOMPARE(QFileInfo::exists(path), existed);
        QCOMPARE(hashOf(path), before);
    }

private slots:
    void initTestCase() { spoke::sql::registerSqlCipherDriver(); }

    void cleanupTestCase() { QVERIFY(!stockSqliteLoaded()); }

    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("wrongKey");
        QTest::newRow("raw key") << rawKey() << otherRawKey();
        QTest::newRow("raw key, upper case") << rawKey().toUpper() << otherRawKey();
        QTest::newRow("raw key differing in the last digit")
            << rawKey() << QString(rawKey().chopped(2) + u"f'"_s);
        QTest::newRow("raw key with salt (96 digits)") << u"x'%1%2'"_s.arg(
            QString(64, u'a'), QString(32, u'5')) << u"x'%1%2'"_s.arg(QString(64, u'a'), QString(32, u'6'));
        QTest::newRow("passphrase") << u"correct horse battery staple"_s << u"correct horse battery stapl"_s;
        QTest::newRow("korean passphrase") << u"비밀번호는 안전하게"_s << u"비밀번호는 안전하게 "_s;
        QTest::newRow("passphrase with quotes") << u"it's \"quoted\"; --"_s << u"its \"quoted\"; --"_s;
        QTest::newRow("raw key text used as passphrase differs from raw key")
            << rawKey() << QString(rawKey().mid(2).chopped(1));
    }

    void keys()
    {
        QFETCH(QString, key);
        QFETCH(QString, wrongKey);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, key);
        QVERIFY(QFileInfo(path).size() > 0);

        // Encrypted: no SQLite header and no plaintext anywhere in the file.
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(kMarker));
        QVERIFY(!bytes.contains("CREATE TABLE"));

        expectReadable(path, key);
        expectRefused(path, wrongKey, u"26"_s);
        expectRefused(path, QString(), u"26"_s); // no key on an encrypted file
        expectReadable(path, key); // the refusals did not damage anything
    }

    void isKeyed()
    {
        QTemporaryDir dir;
        {
            Connection keyed(dbPath(dir, u"a.db"_s), rawKey());
            QVERIFY(keyed.open());
            QVERIFY(cipherDriver(keyed.db())->isKeyed());
        }
        Connection plain(dbPath(dir, u"b.db"_s));
        QVERIFY(plain.open());
        QVERIFY(!cipherDriver(plain.db())->isKeyed());
    }

    void malformedRawKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty literal") << u"x''"_s;
        QTest::newRow("too short") << u"x'abc'"_s;
        QTest::newRow("63 digits") << u"x'%1'"_s.arg(QString(63, u'a'));
        QTest::newRow("65 digits") << u"x'%1'"_s.arg(QString(65, u'a'));
        QTest::newRow("not hexadecimal") << u"x'%1g'"_s.arg(QString(63, u'a'));
        QTest::newRow("no closing quote") << u"x'%1"_s.arg(QString(64, u'a'));
        QTest::newRow("space inside") << u"x'%1 %2'"_s.arg(QString(32, u'a'), QString(31, u'a'));
    }

    void malformedRawKeys()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        expectRefused(path, key, u"21"_s); // SQLITE_MISUSE, and no file was created
        QVERIFY(!QFileInfo::exists(path));
    }

    void plaintextDatabase()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, QString());
        QVERIFY(fileBytes(path).startsWith(QByteArray("SQLite format 3\0", 16)));
        expectReadable(path, QString());
        expectRefused(path, rawKey(), u"26"_s);
        expectRefused(path, u"passphrase"_s, u"26"_s);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise.append(char((i * 7919 + 13) % 251));
        QTest::newRow("noise, raw key") << noise << rawKey();
        QTest::newRow("noise, passphrase") << noise << u"passphrase"_s;
        QTest::newRow("noise, no key") << noise << QString();
        QTest::newRow("text file, raw key")
            << QByteArray("hello, this is not a database\n").repeated(200) << rawKey();
    }

    void notADatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        expectRefused(path, key, u"26"_s);
    }

    void corruptedFirstPage()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, rawKey());
        QByteArray bytes = fileBytes(path);
        bytes[100] = char(bytes.at(100) ^ 0x01); // one bit inside page 1
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        expectRefused(path, rawKey(), u"26"_s);
    }

    void rekey_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("raw to raw") << rawKey() << otherRawKey();
        QTest::newRow("raw to passphrase") << rawKey() << u"새 비밀번호"_s;
        QTest::newRow("passphrase to raw") << u"old passphrase"_s << rawKey();
    }

    void rekey()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, from);
        {
            Connection c(path, from);
            QVERIFY(c.open());
            QVERIFY2(cipherDriver(c.db())->rekey(to), qPrintable(c.db().driver()->lastError().text()));
            QCOMPARE(scalar(c.db(), u"SELECT v FROM secret"_s).toString(), QString::fromLatin1(kMarker));
        }
        expectReadable(path, to);
        expectRefused(path, from, u"26"_s);
        QVERIFY(!fileBytes(path).contains(kMarker));
    }

    void rekeyRefusals()
    {
        QTemporaryDir dir;
        create(dbPath(dir, u"keyed.db"_s), rawKey());
        {
            Connection c(dbPath(dir, u"keyed.db"_s), rawKey());
            QVERIFY(c.open());
            QVERIFY(!cipherDriver(c.db())->rekey(QString())); // would decrypt in place
            QCOMPARE(c.db().driver()->lastError().nativeErrorCode(), u"21"_s);
            QVERIFY(!cipherDriver(c.db())->rekey(u"x'1234'"_s));
            QCOMPARE(c.db().driver()->lastError().nativeErrorCode(), u"21"_s);
        }
        expectReadable(dbPath(dir, u"keyed.db"_s), rawKey());
        const QString plain = dbPath(dir, u"plain.db"_s);
        create(plain, QString());
        {
            Connection c(plain);
            QVERIFY(c.open());
            QVERIFY(!cipherDriver(c.db())->rekey(rawKey())); // not opened with a key
        }
        QVERIFY(fileBytes(plain).startsWith("SQLite format 3"));
    }

    void readOnlyOption()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, rawKey());
        const QByteArray before = hashOf(path);
        {
            Connection c(path, rawKey(), u"SQLCIPHER_OPEN_READONLY"_s);
            QVERIFY2(c.open(), qPrintable(c.lastError().text()));
            QCOMPARE(scalar(c.db(), u"SELECT v FROM secret"_s).toString(), QString::fromLatin1(kMarker));
            QSqlQuery q(c.db());
            QVERIFY(!q.exec(u"INSERT INTO secret VALUES ('x')"_s));
            QCOMPARE(q.lastError().nativeErrorCode(), u"8"_s); // SQLITE_READONLY
        }
        QCOMPARE(hashOf(path), before);

        // A transaction on a read-only connection is a read transaction: it does not
        // take the write lock (BEGIN IMMEDIATE would), so writers elsewhere go on.
        Connection reader(path, rawKey(), u"SQLCIPHER_OPEN_READONLY"_s);
        QVERIFY(reader.open());
        Connection writer(path, rawKey(), u"SQLCIPHER_BUSY_TIMEOUT=0"_s);
        QVERIFY(writer.open());
        QVERIFY2(reader.db().transaction(), qPrintable(reader.db().lastError().text()));
        SQL_EXEC(writer.db(), u"INSERT INTO secret VALUES ('written meanwhile')"_s);
        QCOMPARE(scalar(reader.db(), u"SELECT count(*) FROM secret"_s).toInt(), 2);
        QVERIFY(reader.db().commit());
    }

    void noCreateOption()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        expectRefused(path, rawKey(), u"14"_s, u"SQLCIPHER_OPEN_NO_CREATE"_s); // SQLITE_CANTOPEN
        QVERIFY(!QFileInfo::exists(path));
        create(path, rawKey());
        expectReadable(path, rawKey(), u"SQLCIPHER_OPEN_NO_CREATE"_s);
    }

    void readOnlyMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        expectRefused(path, rawKey(), u"14"_s, u"SQLCIPHER_OPEN_READONLY"_s);
        QVERIFY(!QFileInfo::exists(path));
    }

    void keyDerivationOptions_data()
    {
        QTest::addColumn<QString>("options");
        QTest::newRow("kdf_iter") << u"SQLCIPHER_KDF_ITER=4000"_s;
        QTest::newRow("SQLCipher 3 defaults") << u"SQLCIPHER_COMPATIBILITY=3"_s;
        QTest::newRow("both, with spaces") << u" SQLCIPHER_COMPATIBILITY = 4 ; SQLCIPHER_KDF_ITER = 5000 "_s;
    }

    void keyDerivationOptions()
    {
        QFETCH(QString, options);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, u"passphrase"_s, options);
        expectReadable(path, u"passphrase"_s, options);
        // Without the same settings the same passphrase derives another key.
        expectRefused(path, u"passphrase"_s, u"26"_s);
    }

    void uriOption()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, rawKey());
        const QString uri = u"file:"_s + path + u"?mode=ro"_s;
        Connection c(uri, rawKey(), u"SQLCIPHER_OPEN_URI"_s);
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        QCOMPARE(scalar(c.db(), u"SELECT v FROM secret"_s).toString(), QString::fromLatin1(kMarker));
        QSqlQuery q(c.db());
        QVERIFY(!q.exec(u"DELETE FROM secret"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"8"_s);
    }

    void unknownOptionOnlyWarns()
    {
        QTemporaryDir dir;
        QTest::ignoreMessage(QtWarningMsg, "QSQLCIPHER: ignoring connect option NOT_AN_OPTION=1");
        QTest::ignoreMessage(QtWarningMsg, "QSQLCIPHER: ignoring connect option SQLCIPHER_BUSY_TIMEOUT=soon");
        Connection c(dbPath(dir), rawKey(), u"NOT_AN_OPTION=1;SQLCIPHER_BUSY_TIMEOUT=soon"_s);
        QVERIFY(c.open());
    }

    void reopenOnTheSameConnection()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        create(path, rawKey());
        Connection c(path, otherRawKey());
        QVERIFY(!c.open());
        QCOMPARE(c.lastError().nativeErrorCode(), u"26"_s);
        QSqlDatabase db = c.db();
        db.setPassword(rawKey());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(!db.isOpenError());
        QCOMPARE(scalar(db, u"SELECT v FROM secret"_s).toString(), QString::fromLatin1(kMarker));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherKeys)
#include "test_sqlcipher_keys.moc"
