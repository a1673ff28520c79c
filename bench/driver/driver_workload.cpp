#include "driver_workload.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

#include <time.h>

using namespace Qt::StringLiterals;

namespace spoke::bench {

namespace {

constexpr int kTransactionSize = 1000;
constexpr int kLookups = 20000;
constexpr int kRangeScans = 5;
constexpr int kFtsQueries = 2000;
constexpr int kUpdates = 20000;

const QStringList kFirstNames = {u"Minjun"_s, u"Seoyeon"_s, u"Fatima"_s, u"Omar"_s, u"Zoë"_s, u"Chloé"_s,
    u"José"_s, u"Ångström"_s, u"Liam"_s, u"Olivia"_s, u"민준"_s, u"서연"_s, u"فاطمة"_s, u"عمر"_s, u"Noah"_s,
    u"Emma"_s, u"Jürgen"_s, u"François"_s, u"Aiden"_s, u"Sofia"_s};
const QStringList kLastNames = {u"Kim"_s, u"Lee"_s, u"Park"_s, u"Al-Sayed"_s, u"Haddad"_s, u"Dubois"_s,
    u"Müller"_s, u"García"_s, u"Smith"_s, u"Johnson"_s, u"김"_s, u"이"_s, u"박"_s, u"حداد"_s, u"Nguyen"_s,
    u"Martin"_s, u"Bernard"_s, u"Wilson"_s, u"Taylor"_s, u"Brown"_s, u"Anderson"_s, u"Thomas"_s, u"Moore"_s,
    u"Jackson"_s, u"White"_s, u"Harris"_s, u"Clark"_s, u"Lewis"_s, u"Walker"_s, u"Hall"_s};
const QStringList kStreets = {u"Maple"_s, u"Oak"_s, u"Cedar"_s, u"Elm"_s, u"Pine"_s, u"Birch"_s, u"Willow"_s,
    u"Harbor"_s, u"Sunset"_s, u"Lakeview"_s, u"Ridge"_s, u"Meadow"_s};
const QStringList kCities = {
    u"Springfield"_s, u"Riverside"_s, u"Fairview"_s, u"Greenville"_s, u"Seoul"_s, u"Montréal"_s, u"Dubai"_s};
const QStringList kNotes = {u"Knock on the side door"_s, u"Downstairs bathroom, not the oven"_s,
    u"고객은 오전 방문을 선호합니다"_s, u"يفضل الاتصال قبل الزيارة"_s, u"Chien gentil, sonner deux fois"_s};

// Deterministic customer data: the same rows for every driver.
struct Customer
{
    QString uid;
    QString name;
    QString phone;
    QString email;
    QString address;
    qint64 balance = 0;
    QString notes; // null for most rows
    QByteArray photo; // null for most rows
};

QString phoneOf(int i)
{
    // 7919 is prime to 10^7, so every i below 10^7 gets its own number.
    return u"+1 555 %1"_s.arg((qint64(i) * 7919) % 10000000, 7, 10, QLatin1Char('0'));
}

Customer makeCustomer(QRandomGenerator &rng, int i)
{
    Customer c;
    c.uid = u"0190%1-%2-7%3-8%4-%5"_s.arg(i, 4, 16, QLatin1Char('0'))
                .arg(rng.bounded(0x10000), 4, 16, QLatin1Char('0'))
                .arg(rng.bounded(0x1000), 3, 16, QLatin1Char('0'))
                .arg(rng.bounded(0x1000), 3, 16, QLatin1Char('0'))
                .arg(rng.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    const QString &first = kFirstNames.at(int(rng.bounded(kFirstNames.size())));
    const QString &last = kLastNames.at(int(rng.bounded(kLastNames.size())));
    c.name = first + u' ' + last;
    c.phone = phoneOf(i);
    c.email = u"customer%1@example.com"_s.arg(i);
    c.address = u"%1 %2 Street, %3"_s.arg(rng.bounded(1, 9999))
                    .arg(kStreets.at(int(rng.bounded(kStreets.size()))),
                        kCities.at(int(rng.bounded(kCities.size()))));
    c.balance = qint64(rng.bounded(2000000000)) - 1000000;
    if (rng.bounded(4) == 0)
        c.notes = kNotes.at(int(rng.bounded(kNotes.size())));
    if (rng.bounded(10) == 0) {
        c.photo.resize(64);
        for (char &b : c.photo)
            b = char(rng.bounded(256));
    }
    return c;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter {0};
    return u"bench-%1"_s.arg(++counter);
}

class Session
{
public:
    explicit Session(const WorkloadOptions &o)
        : m_name(uniqueConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(o.driver, m_name);
        db.setDatabaseName(o.path);
        db.setPassword(o.password);
        db.setConnectOptions(o.connectOptions);
    }
    ~Session()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct Failure
{
    QString message;
};

void check(bool ok, const QSqlQuery &q, const char *what)
{
    if (!ok)
        throw Failure {QString::fromLatin1(what) + u": "_s + q.lastError().text()};
}

void check(bool ok, const QSqlDatabase &db, const char *what)
{
    if (!ok)
        throw Failure {QString::fromLatin1(what) + u": "_s + db.lastError().text()};
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    check(q.exec(sql), q, qPrintable(sql));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

void applySettings(const QSqlDatabase &db, const WorkloadOptions &o)
{
    // Spoke's connection settings (DESIGN.md), the same for every driver.
    exec(db, u"PRAGMA journal_mode = WAL"_s);
    exec(db, u"PRAGMA synchronous = "_s + o.synchronous);
    exec(db, u"PRAGMA foreign_keys = ON"_s);
    exec(db, u"PRAGMA secure_delete = ON"_s);
    exec(db, u"PRAGMA temp_store = MEMORY"_s);
    if (o.cacheSizeKiB > 0)
        exec(db, u"PRAGMA cache_size = -%1"_s.arg(o.cacheSizeKiB));
}

qint64 processCpuNsecs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Marks the start and end of every phase for profilers: run under
// valgrind --tool=callgrind --dump-before='*phaseBoundary*' to get one profile per phase.
Q_NEVER_INLINE void phaseBoundary(const QString &phase)
{
    __asm__ volatile("" : : "r"(&phase) : "memory"); // keeps the call and its argument
}

class PhaseTimer
{
public:
    PhaseTimer(WorkloadResult &result, const QString &name)
        : m_result(result)
    {
        m_phase.name = name;
        phaseBoundary(name);
        m_cpuStart = processCpuNsecs();
        m_timer.start();
    }
    void finish(qint64 operations, qint64 checksum)
    {
        m_phase.nsecs = m_timer.nsecsElapsed();
        m_phase.cpuNsecs = processCpuNsecs() - m_cpuStart;
        phaseBoundary(m_phase.name);
        m_phase.operations = operations;
        m_phase.checksum = checksum;
        m_result.phases.append(m_phase);
    }

private:
    WorkloadResult &m_result;
    Phase m_phase;
    QElapsedTimer m_timer;
    qint64 m_cpuStart = 0;
};

void runPhases(QSqlDatabase db, const WorkloadOptions &o, WorkloadResult &result)
{
    applySettings(db, o);
    exec(db,
        u"CREATE TABLE customer(id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
        "phone TEXT NOT NULL, email TEXT, address TEXT, balance INTEGER NOT NULL, notes TEXT, photo BLOB, "
        "updated TEXT)"_s);
    exec(db, u"CREATE INDEX customer_phone ON customer(phone)"_s);
    exec(db, u"CREATE INDEX customer_balance ON customer(balance)"_s);
    exec(db,
        u"CREATE VIRTUAL TABLE customer_fts USING fts5(name, phone, email, address, content='customer', "
        "content_rowid='id')"_s);

    QRandomGenerator rng(20240229);
    std::vector<Customer> customers;
    customers.reserve(size_t(o.rows));
    for (int i = 0; i < o.rows; ++i)
        customers.push_back(makeCustomer(rng, i));

    {
        PhaseTimer t(result, u"insert, 1000 per transaction"_s);
        QSqlQuery q(db);
        check(q.prepare(u"INSERT INTO customer(uid, name, phone, email, address, balance, notes, photo) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s),
            q, "prepare insert");
        qint64 sum = 0;
        for (int i = 0; i < o.rows; ++i) {
            if (i % kTransactionSize == 0)
                check(db.transaction(), db, "begin");
            const Customer &c = customers[size_t(i)];
            q.bindValue(0, c.uid);
            q.bindValue(1, c.name);
            q.bindValue(2, c.phone);
            q.bindValue(3, c.email);
            q.bindValue(4, c.address);
            q.bindValue(5, c.balance);
            q.bindValue(6, c.notes);
            q.bindValue(7, c.photo);
            check(q.exec(), q, "insert");
            sum += q.lastInsertId().toLongLong();
            if (i % kTransactionSize == kTransactionSize - 1 || i == o.rows - 1)
                check(db.commit(), db, "commit");
        }
        t.finish(o.rows, sum);
    }

    {
        PhaseTimer t(result, u"FTS5 index build"_s);
        exec(db, u"INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')"_s);
        t.finish(1, 0);
    }

    QRandomGenerator pick(7);
    {
        PhaseTimer t(result, u"indexed lookup by phone"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        check(q.prepare(u"SELECT id, name, email, balance FROM customer WHERE phone = ?"_s), q,
            "prepare lookup");
        qint64 sum = 0;
        for (int i = 0; i < kLookups; ++i) {
            q.bindValue(0, phoneOf(int(pick.bounded(o.rows))));
            check(q.exec(), q, "lookup");
            while (q.next())
                sum += q.value(0).toLongLong() + q.value(3).toLongLong() + q.value(1).toString().size()
                    + q.value(2).toString().size();
        }
        t.finish(kLookups, sum);
    }

    {
        PhaseTimer t(result, u"lookup by primary key"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        check(q.prepare(u"SELECT uid, name, address, balance, notes FROM customer WHERE id = ?"_s), q,
            "prepare lookup");
        qint64 sum = 0;
        for (int i = 0; i < kLookups; ++i) {
            q.bindValue(0, qint64(pick.bounded(o.rows)) + 1);
            check(q.exec(), q, "lookup");
            while (q.next())
                sum += q.value(3).toLongLong() + q.value(0).toString().size() + q.value(4).toString().size();
        }
        t.finish(kLookups, sum);
    }

    for (const bool forwardOnly : {true, false}) {
        PhaseTimer t(result, forwardOnly ? u"range scan, forward-only"_s : u"range scan, scrollable"_s);
        QSqlQuery q(db);
        q.setForwardOnly(forwardOnly);
        check(q.prepare(u"SELECT id, uid, name, phone, email, balance, notes, photo FROM customer "
                        "WHERE balance BETWEEN ? AND ? ORDER BY balance"_s),
            q, "prepare range");
        qint64 sum = 0;
        qint64 rowsRead = 0;
        for (int r = 0; r < kRangeScans; ++r) {
            const qint64 low = qint64(r) * 300000000 - 1000000;
            q.bindValue(0, low);
            q.bindValue(1, low + 400000000);
            check(q.exec(), q, "range");
            while (q.next()) {
                sum += q.value(0).toLongLong() + q.value(5).toLongLong() + q.value(2).toString().size()
                    + q.value(1).toString().size() + q.value(3).toString().size()
                    + q.value(4).toString().size() + q.value(6).toString().size()
                    + q.value(7).toByteArray().size();
                ++rowsRead;
            }
        }
        t.finish(rowsRead, sum);
    }

    {
        PhaseTimer t(result, u"FTS5 prefix query, 20 rows"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        check(q.prepare(u"SELECT c.id, c.name, c.phone FROM customer_fts JOIN customer c ON c.id = "
                        "customer_fts.rowid WHERE customer_fts MATCH ? LIMIT 20"_s),
            q, "prepare fts");
        qint64 sum = 0;
        for (int i = 0; i < kFtsQueries; ++i) {
            QString term;
            switch (i % 3) {
            case 0:
                term = kLastNames.at(int(pick.bounded(kLastNames.size())));
                break;
            case 1:
                term = kStreets.at(int(pick.bounded(kStreets.size())));
                break;
            default:
                term = kFirstNames.at(int(pick.bounded(kFirstNames.size())));
                break;
            }
            term = term.left(3);
            q.bindValue(0, QString(u"\""_s + term + u"\" *"_s));
            check(q.exec(), q, "fts");
            while (q.next())
                sum += q.value(0).toLongLong() + q.value(1).toString().size();
        }
        t.finish(kFtsQueries, sum);
    }

    {
        PhaseTimer t(result, u"update by key, 1000 per transaction"_s);
        QSqlQuery q(db);
        check(q.prepare(u"UPDATE customer SET balance = balance + ?, updated = ? WHERE id = ?"_s), q,
            "prepare update");
        const QString stamp = u"2024-02-29T12:00:00.000Z"_s;
        qint64 changed = 0;
        for (int i = 0; i < kUpdates; ++i) {
            if (i % kTransactionSize == 0)
                check(db.transaction(), db, "begin");
            q.bindValue(0, qint64(i % 100) - 50);
            q.bindValue(1, stamp);
            q.bindValue(2, qint64(pick.bounded(o.rows)) + 1);
            check(q.exec(), q, "update");
            changed += q.numRowsAffected();
            if (i % kTransactionSize == kTransactionSize - 1 || i == kUpdates - 1)
                check(db.commit(), db, "commit");
        }
        QSqlQuery sum(db);
        check(sum.exec(u"SELECT sum(balance) FROM customer"_s) && sum.next(), sum, "sum");
        t.finish(kUpdates, changed + sum.value(0).toLongLong());
    }

    QSqlQuery size(db);
    check(size.exec(u"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"_s)
            && size.next(),
        size, "size");
    result.databaseBytes = size.value(0).toLongLong();
}

} // namespace

QJsonObject WorkloadResult::toJson() const
{
    QJsonArray list;
    for (const Phase &p : phases) {
        list.append(
            QJsonObject {{u"name"_s, p.name}, {u"ns"_s, double(p.nsecs)}, {u"cpuNs"_s, double(p.cpuNsecs)},
                {u"operations"_s, double(p.operations)}, {u"checksum"_s, QString::number(p.checksum)}});
    }
    return QJsonObject {
        {u"phases"_s, list}, {u"databaseBytes"_s, double(databaseBytes)}, {u"error"_s, error}};
}

WorkloadResult WorkloadResult::fromJson(const QJsonObject &json)
{
    WorkloadResult r;
    r.error = json.value(u"error"_s).toString();
    r.databaseBytes = qint64(json.value(u"databaseBytes"_s).toDouble());
    const QJsonArray list = json.value(u"phases"_s).toArray();
    for (const auto &value : list) {
        const QJsonObject o = value.toObject();
        r.phases.append(Phase {o.value(u"name"_s).toString(), qint64(o.value(u"ns"_s).toDouble()),
            qint64(o.value(u"cpuNs"_s).toDouble()), qint64(o.value(u"operations"_s).toDouble()),
            o.value(u"checksum"_s).toString().toLongLong()});
    }
    return r;
}

WorkloadResult runWorkload(const WorkloadOptions &options)
{
    WorkloadResult result;
    removeDatabaseFiles(options.path);
    try {
        Session s(options);
        QSqlDatabase db = s.db();
        check(db.open(), db, "open");
        runPhases(db, options, result);
    } catch (const Failure &f) {
        result.error = f.message;
    }
    return result;
}

namespace {

QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray a;
    for (const qint64 v : values)
        a.append(double(v));
    return a;
}

QList<qint64> fromArray(const QJsonArray &a)
{
    QList<qint64> values;
    for (const auto &v : a)
        values.append(qint64(v.toDouble()));
    return values;
}

} // namespace

QJsonObject OpenTimes::toJson() const
{
    return QJsonObject {{u"open"_s, toArray(open)}, {u"firstQuery"_s, toArray(firstQuery)}};
}

OpenTimes OpenTimes::fromJson(const QJsonObject &json)
{
    return OpenTimes {
        fromArray(json.value(u"open"_s).toArray()), fromArray(json.value(u"firstQuery"_s).toArray())};
}

OpenTimes measureOpen(const WorkloadOptions &options, int repeat, QString *error)
{
    OpenTimes times;
    try {
        for (int i = 0; i < repeat; ++i) {
            Session s(options);
            QSqlDatabase db = s.db();
            QElapsedTimer timer;
            timer.start();
            check(db.open(), db, "open");
            const qint64 opened = timer.nsecsElapsed();
            QSqlQuery q(db);
            check(q.exec(u"SELECT name FROM customer WHERE id = 2"_s) && q.next(), q, "first query");
            times.firstQuery.append(timer.nsecsElapsed() - opened);
            times.open.append(opened);
        }
    } catch (const Failure &f) {
        if (error)
            *error = f.message;
    }
    return times;
}

bool createSmallDatabase(const WorkloadOptions &options, QString *error)
{
    removeDatabaseFiles(options.path);
    try {
        Session s(options);
        QSqlDatabase db = s.db();
        check(db.open(), db, "open");
        applySettings(db, options);
        exec(db, u"CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT)"_s);
        exec(db, u"INSERT INTO customer(name) VALUES ('a'), ('b'), ('c')"_s);
    } catch (const Failure &f) {
        if (error)
            *error = f.message;
        return false;
    }
    return true;
}

} // namespace spoke::bench
