// Interoperability with the sqlcipher shell (/usr/bin/sqlcipher, default settings): a
// database written through QSQLCIPHER opens in the shell with the same key, and a
// database made in the shell opens through the driver, values intact both ways.

#include "sqlcipher_test_util.h"

#include <QFileInfo>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

namespace {

// The shell's PRAGMA key statement for a setPassword() key.
QString keyPragma(const QString &key)
{
    if (key.startsWith(u"x'"_s, Qt::CaseInsensitive))
        return u"PRAGMA key = \""_s + key + u"\";\n"_s;
    QString quoted = key;
    quoted.replace(u'\'', u"''"_s);
    return u"PRAGMA key = '"_s + quoted + u"';\n"_s;
}

// Shell output without the "ok" row PRAGMA key (and cipher settings) print.
QStringList dataLines(const ShellResult &r)
{
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    lines.removeAll(u"ok"_s);
    return lines;
}

} // namespace

class TestSqlCipherInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY2(QFileInfo::exists(u"/usr/bin/sqlcipher"_s), "the sqlcipher shell is not installed");
        const ShellResult version = runShell(u":memory:"_s, u"PRAGMA cipher_version;\n"_s);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"4."_s), qPrintable(version.out));
    }

    void cleanupTestCase() { QVERIFY(!stockSqliteLoaded()); }

    void driverToShell_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("journal");
        QTest::addColumn<QString>("driverOptions");
        QTest::addColumn<QString>("shellSettings");
        QTest::newRow("raw key") << rawKey() << u"DELETE"_s << QString() << QString();
        QTest::newRow("raw key, WAL") << rawKey() << u"WAL"_s << QString() << QString();
        QTest::newRow("passphrase") << u"Spoke's 비밀 phrase"_s << u"DELETE"_s << QString() << QString();
        QTest::newRow("passphrase, WAL") << u"another passphrase"_s << u"WAL"_s << QString() << QString();
        QTest::newRow("passphrase, kdf_iter")
            << u"fewer iterations"_s << u"DELETE"_s << u"SQLCIPHER_KDF_ITER=10000"_s
            << u"PRAGMA kdf_iter = 10000;\n"_s;
        QTest::newRow("passphrase, SQLCipher 3 compatibility")
            << u"old style"_s << u"DELETE"_s << u"SQLCIPHER_COMPATIBILITY=3"_s
            << u"PRAGMA cipher_compatibility = 3;\n"_s;
    }

    void driverToShell()
    {
        QFETCH(QString, key);
        QFETCH(QString, journal);
        QFETCH(QString, driverOptions);
        QFETCH(QString, shellSettings);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        {
            Connection c(path, key, driverOptions);
            QVERIFY2(c.open(), qPrintable(c.lastError().text()));
            SQL_EXEC(c.db(), u"PRAGMA journal_mode = "_s + journal);
            SQL_EXEC(c.db(), u"CREATE TABLE v(id INTEGER PRIMARY KEY, t TEXT, b BLOB, i INTEGER, r REAL)"_s);
            QSqlQuery q(c.db());
            QVERIFY(q.prepare(u"INSERT INTO v(t, b, i, r) VALUES (?, ?, ?, ?)"_s));
            const QVariantList texts = {u"안녕하세요"_s, u"مرحبا"_s, u"Crème brûlée"_s, QString()};
            const QVariantList blobs
                = {QByteArray("\x00\xff\x00", 3), QByteArray(""), QByteArray("\x01", 1), QByteArray()};
            const QVariantList ints = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                qint64(0), QVariant()};
            const QVariantList reals = {1.5, -0.0078125, 0.1, QVariant()};
            q.addBindValue(texts);
            q.addBindValue(blobs);
            q.addBindValue(ints);
            q.addBindValue(reals);
            QVERIFY2(q.execBatch(), qPrintable(q.lastError().text()));
        }
        QVERIFY(!fileBytes(path).startsWith("SQLite format 3"));

        const ShellResult r = runShell(path,
            keyPragma(key) + shellSettings
                + u".mode quote\n"
                  "SELECT id, t, b, i, r, r = 0.1 FROM v ORDER BY id;\n"
                  "PRAGMA integrity_check;\n"
                  "PRAGMA cipher_integrity_check;\n"
                  "PRAGMA journal_mode;\n"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(dataLines(r),
            QStringList({
                u"1,'안녕하세요',X'00ff00',9223372036854775807,1.5,0"_s,
                u"2,'مرحبا',X'',-9223372036854775808,-0.0078125,0"_s,
                u"3,'Crème brûlée',X'01',0,0.100000000000000005,1"_s,
                u"4,NULL,NULL,NULL,NULL,NULL"_s,
                u"'ok'"_s,
                u"'"_s + journal.toLower() + u"'"_s,
            }));

        // A wrong key in the shell fails the same way it does in the driver.
        const ShellResult wrong = runShell(path, keyPragma(otherRawKey()) + u"SELECT count(*) FROM v;\n"_s);
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(u"file is not a database"_s), qPrintable(wrong.err));
    }

    void shellToDriver_data() { driverToShell_data(); }

    void shellToDriver()
    {
        QFETCH(QString, key);
        QFETCH(QString, journal);
        QFETCH(QString, driverOptions);
        QFETCH(QString, shellSettings);
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        const ShellResult made = runShell(path,
            keyPragma(key) + shellSettings + u"PRAGMA journal_mode = "_s + journal
                + u";\n"
                  "CREATE TABLE v(id INTEGER PRIMARY KEY, t TEXT, b BLOB, i INTEGER, r REAL);\n"
                  "CREATE INDEX v_t ON v(t);\n"
                  "INSERT INTO v(t, b, i, r) VALUES ('김민준', X'00ff00', 9223372036854775807, 1.5);\n"
                  "INSERT INTO v(t, b, i, r) VALUES ('فاطمة', X'', -9223372036854775808, 0.1);\n"
                  "INSERT INTO v(t, b, i, r) VALUES (NULL, NULL, NULL, NULL);\n"
                  "CREATE VIRTUAL TABLE f USING fts5(body);\n"
                  "INSERT INTO f VALUES ('downstairs bathroom, not the oven');\n"_s);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(!fileBytes(path).startsWith("SQLite format 3"));
        const QByteArray before = fileBytes(path);

        // Wrong key: refused, nothing written.
        {
            Connection wrong(path, otherRawKey(), driverOptions);
            QVERIFY(!wrong.open());
            QCOMPARE(wrong.lastError().nativeErrorCode(), u"26"_s);
        }
        QCOMPARE(fileBytes(path), before);

        Connection c(path, key, driverOptions);
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT t, b, i, r FROM v ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0), QVariant(u"김민준"_s));
        QCOMPARE(q.value(1), QVariant(QByteArray("\x00\xff\x00", 3)));
        QCOMPARE(q.value(2), QVariant(qlonglong(std::numeric_limits<qint64>::max())));
        QCOMPARE(q.value(3), QVariant(1.5));
        QVERIFY(q.next());
        QCOMPARE(q.value(0), QVariant(u"فاطمة"_s));
        QCOMPARE(q.value(1), QVariant(QByteArray("")));
        QVERIFY(!q.isNull(1));
        QCOMPARE(q.value(2), QVariant(qlonglong(std::numeric_limits<qint64>::min())));
        QCOMPARE(q.value(3), QVariant(0.1));
        QVERIFY(q.next());
        for (int i = 0; i < 4; ++i)
            QVERIFY(q.isNull(i));
        QVERIFY(!q.next());
        QCOMPARE(scalar(c.db(), u"SELECT rowid FROM f WHERE f MATCH 'bath*'"_s).toInt(), 1);
        QCOMPARE(scalar(c.db(), u"PRAGMA journal_mode"_s).toString(), journal.toLower());
        QCOMPARE(c.db().tables(),
            QStringList(
                {u"f"_s, u"f_config"_s, u"f_content"_s, u"f_data"_s, u"f_docsize"_s, u"f_idx"_s, u"v"_s}));

        // And writes from the driver are readable in the shell again.
        SQL_EXEC(c.db(), u"INSERT INTO v(t) VALUES ('Zoë')"_s);
        c.db().close();
        const ShellResult back
            = runShell(path, keyPragma(key) + shellSettings + u"SELECT t FROM v WHERE id = 4;\n"_s);
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(dataLines(back), QStringList {u"Zoë"_s});
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherInterop)
#include "test_sqlcipher_interop.moc"
