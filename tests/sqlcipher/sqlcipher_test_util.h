#pragma once

// Helpers shared by the QSQLCIPHER conformance tests. Header-only; each test links
// spoke_sqlcipher and registers the driver in-process.

#include "core/sqlcipher/sqlcipher_driver.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace spoke::sqltest {

// 32 bytes as SQLCipher's raw key literal, and a second one that is not the first.
inline QString rawKey()
{
    return QStringLiteral("x'2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe'");
}
inline QString otherRawKey()
{
    return QStringLiteral("x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'");
}

inline QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("sqlcipher-test-%1").arg(++counter);
}

// One QSQLCIPHER connection with its own name, removed again when this goes out of
// scope. Queries on it must be gone before then (Qt warns otherwise).
class Connection
{
public:
    explicit Connection(
        const QString &path, const QString &key = QString(), const QString &options = QString())
        : m_name(uniqueConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(spoke::sql::kDriverName), m_name);
        db.setDatabaseName(path);
        db.setPassword(key);
        db.setConnectOptions(options);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool open() const
    {
        QSqlDatabase d = db();
        return d.open();
    }
    QSqlError lastError() const { return db().lastError(); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// Runs one statement and fails the test (with SQLite's message) if it does not succeed.
#define SQL_EXEC(db, sql)                                                                                    \
    do {                                                                                                     \
        QSqlQuery sqlExecQuery_(db);                                                                         \
        QVERIFY2(sqlExecQuery_.exec(sql), qPrintable(sqlExecQuery_.lastError().text()));                     \
    } while (false)

inline QString dbPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"))
{
    return QDir(dir.path()).filePath(name);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The first value of the first row, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// True if Qt's stock SQLite plugin or the system libsqlite3 is mapped into this
// process: two SQLite builds must never share one.
inline bool stockSqliteLoaded()
{
    const QByteArray maps = fileBytes(QStringLiteral("/proc/self/maps"));
    return maps.contains("libqsqlite") || maps.contains("libsqlite3.so");
}

struct ShellResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the sqlcipher shell on a database with a script on stdin (-batch -bail: the
// first error ends it with a non-zero exit code).
inline ShellResult runShell(const QString &path, const QString &script)
{
    QProcess p;
    p.setProgram(QStringLiteral("/usr/bin/sqlcipher"));
    p.setArguments({QStringLiteral("-batch"), QStringLiteral("-bail"), path});
    p.start();
    ShellResult r;
    if (!p.waitForStarted(30000))
        return r;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace spoke::sqltest
