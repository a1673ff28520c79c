// An unrelated Qt program: it links Qt Core and Qt Sql only, knows nothing of Spoke,
// and reaches QSQLCIPHER the way any Qt program would, through the plugin found in
// QT_PLUGIN_PATH/sqldrivers. Used by test_sqlcipher_plugin.
//
//   sqlcipher_plugin_probe write <path> <key>   creates a keyed database with sample rows
//   sqlcipher_plugin_probe read <path> <key>    prints the rows back
//
// Exit codes: 0 done, 1 usage, 2 QSQLCIPHER not available, 3 open failed, 4 SQL failed.
// Every run ends with a "loaded:" line listing which SQLite builds are mapped.

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

#include <cstdint>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Which SQLite builds this process has mapped: the plugin must bring SQLCipher and
// nothing else (Qt's stock QSQLITE plugin or the system libsqlite3 would be a second
// SQLite in the same process).
void reportLoadedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QStringList found;
    QString pluginFile;
    if (maps.open(QIODevice::ReadOnly)) {
        const QByteArray text = maps.readAll();
        for (const char *name : {"libqsqlcipher.so", "libsqlcipher.so", "libqsqlite.so", "libsqlite3.so"}) {
            if (text.contains(name))
                found << QString::fromLatin1(name);
        }
        for (const QByteArray &line : text.split('\n')) {
            const qsizetype slash = line.indexOf('/');
            if (slash >= 0 && line.endsWith("/libqsqlcipher.so"))
                pluginFile = QString::fromLocal8Bit(line.mid(slash));
        }
    }
    out() << "loaded: " << found.join(QLatin1Char(' ')) << '\n';
    out() << "plugin-file: " << pluginFile << '\n';
}

int fail(int code, const QString &what, const QSqlError &error)
{
    out() << "error: " << what << " | " << error.driverText() << " | " << error.databaseText() << '\n';
    out() << "native: " << error.nativeErrorCode() << '\n';
    reportLoadedLibraries();
    return code;
}

int run(const QString &mode, const QString &path, const QString &key)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER"))) {
        out() << "error: QSQLCIPHER is not available; drivers: "
              << QSqlDatabase::drivers().join(QLatin1Char(',')) << '\n';
        reportLoadedLibraries();
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("probe"));
    db.setDatabaseName(path);
    db.setPassword(key);
    if (!db.open())
        return fail(3, QStringLiteral("open"), db.lastError());
    out() << "driver: " << db.driverName()
          << " dbms-is-sqlite: " << (db.driver()->dbmsType() == QSqlDriver::SQLite) << '\n';

    QSqlQuery q(db);
    if (mode == QLatin1String("write")) {
        if (!q.exec(QStringLiteral(
                "CREATE TABLE sample(id INTEGER PRIMARY KEY, name TEXT, data BLOB, big INTEGER)")))
            return fail(4, QStringLiteral("create"), q.lastError());
        if (!q.prepare(QStringLiteral("INSERT INTO sample(name, data, big) VALUES (:name, :data, :big)")))
            return fail(4, QStringLiteral("prepare"), q.lastError());
        const QStringList names = {QStringLiteral("김민준"), QStringLiteral("فاطمة"), QStringLiteral("Zoë")};
        for (int i = 0; i < names.size(); ++i) {
            q.bindValue(QStringLiteral(":name"), names.at(i));
            q.bindValue(QStringLiteral(":data"), QByteArray("\0\1\0", 3) + QByteArray::number(i));
            q.bindValue(QStringLiteral(":big"), i == 0 ? INT64_MAX : (i == 1 ? INT64_MIN : qint64(i)));
            if (!q.exec())
                return fail(4, QStringLiteral("insert"), q.lastError());
        }
        out() << "written: " << names.size() << '\n';
    } else {
        if (!q.exec(QStringLiteral("SELECT name, data, big FROM sample ORDER BY id")))
            return fail(4, QStringLiteral("select"), q.lastError());
        while (q.next()) {
            out() << "row: " << q.value(0).toString() << ' ' << q.value(1).toByteArray().toHex() << ' '
                  << q.value(2).toLongLong() << '\n';
        }
    }
    q.finish();
    reportLoadedLibraries();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args.at(1) != QLatin1String("write") && args.at(1) != QLatin1String("read"))) {
        out() << "usage: sqlcipher_plugin_probe write|read <path> <key>\n";
        return 1;
    }
    const int code = run(args.at(1), args.at(2), args.at(3));
    out().flush();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return code;
}
