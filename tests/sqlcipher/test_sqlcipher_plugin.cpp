// QSQLCIPHER as a Qt SQL plugin: a separate program that links only Qt Core and Qt Sql
// (sqlcipher_plugin_probe) loads libqsqlcipher.so through QT_PLUGIN_PATH with
// QSqlDatabase::addDatabase("QSQLCIPHER"), creates a keyed database and reads it back;
// the in-process driver reads the same file; Qt's stock QSQLITE never comes along.

#include "sqlcipher_test_util.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QProcess>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

namespace {

const QString kProbe = QStringLiteral(SPOKE_PLUGIN_PROBE);
const QString kPlugin = QStringLiteral(SPOKE_QSQLCIPHER_PLUGIN);

struct ProbeRun
{
    int exitCode = -1;
    QStringList lines;
    QString all;

    QString value(const QString &prefix) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size());
        }
        return {};
    }
    QStringList rows() const
    {
        QStringList r;
        for (const QString &line : lines) {
            if (line.startsWith(u"row: "_s))
                r << line.mid(5);
        }
        return r;
    }
};

// Runs the probe; withPluginPath false leaves QT_PLUGIN_PATH out of its environment.
ProbeRun runProbe(const QStringList &args, bool withPluginPath = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_PLUGIN_PATH"_s);
    if (withPluginPath) // <plugin path>/sqldrivers/libqsqlcipher.so
        env.insert(u"QT_PLUGIN_PATH"_s, QFileInfo(QFileInfo(kPlugin).absolutePath()).absolutePath());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kProbe, args);
    ProbeRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.all = QString::fromUtf8(p.readAll());
    r.lines = r.all.split(u'\n', Qt::SkipEmptyParts);
    return r;
}

} // namespace

class TestSqlCipherPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY2(QFileInfo::exists(kProbe), qPrintable(kProbe));
        QVERIFY2(QFileInfo::exists(kPlugin), qPrintable(kPlugin));
    }

    void cleanupTestCase() { QVERIFY(!stockSqliteLoaded()); }

    void pluginLayoutAndMetadata()
    {
        QCOMPARE(QFileInfo(kPlugin).fileName(), u"libqsqlcipher.so"_s);
        QCOMPARE(QFileInfo(QFileInfo(kPlugin).absolutePath()).fileName(), u"sqldrivers"_s);
        // Reads the embedded metadata without loading the library into this process.
        QPluginLoader loader(kPlugin);
        const QJsonObject meta = loader.metaData();
        QCOMPARE(meta.value(u"IID"_s).toString(), u"org.qt-project.Qt.QSqlDriverFactoryInterface"_s);
        QCOMPARE(meta.value(u"className"_s).toString(), u"SqlCipherDriverPlugin"_s);
        QCOMPARE(
            meta.value(u"MetaData"_s).toObject().value(u"Keys"_s).toArray(), QJsonArray {u"QSQLCIPHER"_s});
        QVERIFY(!loader.isLoaded());
    }

    void withoutThePluginPathThereIsNoDriver()
    {
        // The control: the probe really depends on QT_PLUGIN_PATH finding our plugin.
        QTemporaryDir dir;
        const ProbeRun r = runProbe({u"write"_s, dbPath(dir), rawKey()}, false);
        if (r.exitCode == 0 && r.value(u"plugin-file: "_s) != QFileInfo(kPlugin).canonicalFilePath())
            QSKIP("a QSQLCIPHER plugin is installed in Qt's own plugin folder on this machine");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.value(u"error: "_s).contains(u"QSQLCIPHER is not available"_s), qPrintable(r.all));
        QVERIFY(!QFileInfo::exists(dbPath(dir)));
    }

    void unrelatedProgramLoadsThePlugin_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("raw key") << rawKey();
        QTest::newRow("passphrase") << u"플러그인 암호"_s;
    }

    void unrelatedProgramLoadsThePlugin()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dbPath(dir);

        const ProbeRun written = runProbe({u"write"_s, path, key});
        QVERIFY2(written.exitCode == 0, qPrintable(written.all));
        QCOMPARE(written.value(u"written: "_s), u"3"_s);
        QCOMPARE(written.value(u"driver: "_s), u"QSQLCIPHER dbms-is-sqlite: 1"_s);
        // The plugin and SQLCipher, and no second SQLite build.
        const QStringList loaded = written.value(u"loaded: "_s).split(u' ');
        QVERIFY2(loaded.contains(u"libqsqlcipher.so"_s), qPrintable(written.all));
        QVERIFY2(loaded.contains(u"libsqlcipher.so"_s), qPrintable(written.all));
        QVERIFY2(!loaded.contains(u"libqsqlite.so"_s), qPrintable(written.all));
        QVERIFY2(!loaded.contains(u"libsqlite3.so"_s), qPrintable(written.all));
        // ... and it is the plugin this build made, found through QT_PLUGIN_PATH.
        QCOMPARE(written.value(u"plugin-file: "_s), QFileInfo(kPlugin).canonicalFilePath());

        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("Zoë").toUtf8()));

        const ProbeRun read = runProbe({u"read"_s, path, key});
        QVERIFY2(read.exitCode == 0, qPrintable(read.all));
        QCOMPARE(read.rows(),
            QStringList({
                u"김민준 00010030 9223372036854775807"_s,
                u"فاطمة 00010031 -9223372036854775808"_s,
                u"Zoë 00010032 2"_s,
            }));

        // The in-process driver reads what the plugin wrote.
        Connection c(path, key);
        QVERIFY2(c.open(), qPrintable(c.lastError().text()));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT name, data, big FROM sample ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"김민준"_s);
        QCOMPARE(q.value(1).toByteArray(),
            QByteArray("\0\1\0"
                       "0",
                4));
        QCOMPARE(q.value(2).toLongLong(), std::numeric_limits<qint64>::max());
    }

    void wrongKeyThroughThePlugin()
    {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        const ProbeRun written = runProbe({u"write"_s, path, rawKey()});
        QVERIFY2(written.exitCode == 0, qPrintable(written.all));
        const QByteArray before = fileBytes(path);
        const ProbeRun read = runProbe({u"read"_s, path, otherRawKey()});
        QCOMPARE(read.exitCode, 3);
        QCOMPARE(read.value(u"native: "_s), u"26"_s);
        QCOMPARE(fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherPlugin)
#include "test_sqlcipher_plugin.moc"
