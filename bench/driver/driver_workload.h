#pragma once

// The driver benchmark's workload, written against QtSql only so that the same code
// runs on QSQLCIPHER (spoke_bench_driver) and on Qt's stock QSQLITE
// (spoke_bench_driver_qsqlite, a separate process: two SQLite builds never share one).

#include <QJsonObject>
#include <QList>
#include <QString>

namespace spoke::bench {

struct WorkloadOptions
{
    QString driver; // "QSQLCIPHER" or "QSQLITE"
    QString path; // database file; deleted first
    QString password; // empty: no key
    QString connectOptions;
    int rows = 100000;
    QString synchronous = QStringLiteral("FULL");
    int cacheSizeKiB = 0; // PRAGMA cache_size = -N; 0 keeps SQLite's default (2 MiB)
};

struct Phase
{
    QString name;
    qint64 nsecs = 0; // wall time
    qint64 cpuNsecs = 0; // CPU time of this process (user + system), steadier on a busy machine
    qint64 operations = 0; // statements executed or rows read, for the per-op figure
    qint64 checksum = 0; // must be equal for every driver
};

struct WorkloadResult
{
    QList<Phase> phases;
    qint64 databaseBytes = 0; // page_count * page_size at the end
    QString error; // empty on success

    QJsonObject toJson() const;
    static WorkloadResult fromJson(const QJsonObject &json);
};

// Runs the mixed workload on a fresh database: 100k inserts in transactions, an FTS5
// index build, indexed point lookups, range scans (forward-only and scrollable), FTS5
// prefix queries, and updates in transactions.
WorkloadResult runWorkload(const WorkloadOptions &options);

// Cold-connection cost, one entry per attempt, in nanoseconds.
struct OpenTimes
{
    QList<qint64> open; // QSqlDatabase::open(): for a keyed database, setting the key and unlocking it
    QList<qint64> firstQuery; // the first statement after open(): a point read of one customer

    QJsonObject toJson() const;
    static OpenTimes fromJson(const QJsonObject &json);
    void append(const OpenTimes &other)
    {
        open += other.open;
        firstQuery += other.firstQuery;
    }
};

// Opens the existing database at options.path and runs the first query, `repeat` times.
OpenTimes measureOpen(const WorkloadOptions &options, int repeat, QString *error);

// Creates a small database for measureOpen() when the workload's is not wanted.
bool createSmallDatabase(const WorkloadOptions &options, QString *error);

} // namespace spoke::bench
