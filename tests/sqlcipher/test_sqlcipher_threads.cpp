// QSQLCIPHER across threads: one connection per thread on the same keyed WAL database,
// writers waiting for each other through the busy timeout, SQLITE_BUSY (5) when the
// timeout is zero, and Qt refusing a connection from a thread it does not belong to.

#include "sqlcipher_test_util.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

class TestSqlCipherThreads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY(m_dir.isValid());
        m_path = dbPath(m_dir);
        Connection c(m_path, rawKey());
        QVERIFY(c.open());
        SQL_EXEC(c.db(), u"PRAGMA journal_mode = WAL"_s);
        SQL_EXEC(c.db(), u"CREATE TABLE w(thread INTEGER, n INTEGER, text TEXT, PRIMARY KEY (thread, n))"_s);
    }

    void cleanupTestCase() { QVERIFY(!stockSqliteLoaded()); }

    void init()
    {
        Connection c(m_path, rawKey());
        QVERIFY(c.open());
        SQL_EXEC(c.db(), u"DELETE FROM w"_s);
    }

    void busyTimeoutSetting_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("timeout");
        QTest::newRow("default") << QString() << 5000;
        QTest::newRow("explicit") << u"SQLCIPHER_BUSY_TIMEOUT=250"_s << 250;
        QTest::newRow("zero") << u"SQLCIPHER_BUSY_TIMEOUT=0"_s << 0;
    }

    void busyTimeoutSetting()
    {
        QFETCH(QString, options);
        QFETCH(int, timeout);
        Connection c(m_path, rawKey(), options);
        QVERIFY(c.open());
        QCOMPARE(scalar(c.db(), u"PRAGMA busy_timeout"_s).toInt(), timeout);
    }

    void concurrentWriters_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("rowsPerThread");
        QTest::newRow("2 threads") << 2 << 400;
        QTest::newRow("4 threads") << 4 << 250;
    }

    void concurrentWriters()
    {
        QFETCH(int, threads);
        QFETCH(int, rowsPerThread);
        QMutex mutex;
        QStringList errors;
        const QString path = m_path;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&, t] {
                auto report = [&](const QString &e) {
                    QMutexLocker lock(&mutex);
                    errors << u"thread %1: %2"_s.arg(t).arg(e);
                };
                // The connection is made, used and removed in this thread only.
                Connection c(path, rawKey(), u"SQLCIPHER_BUSY_TIMEOUT=30000"_s);
                if (!c.open())
                    return report(c.lastError().text());
                QSqlDatabase db = c.db();
                QSqlQuery insert(db);
                if (!insert.prepare(u"INSERT INTO w(thread, n, text) VALUES (?, ?, ?)"_s))
                    return report(insert.lastError().text());
                for (int n = 0; n < rowsPerThread; ++n) {
                    if (n % 25 == 0 && !db.transaction())
                        return report(db.lastError().text());
                    insert.addBindValue(t);
                    insert.addBindValue(n);
                    insert.addBindValue(u"스레드 %1 행 %2"_s.arg(t).arg(n));
                    if (!insert.exec())
                        return report(insert.lastError().text());
                    if (n % 25 == 24 || n == rowsPerThread - 1) {
                        if (!db.commit())
                            return report(db.lastError().text());
                        // A reader on the same connection sees at least its own rows.
                        QSqlQuery count(db);
                        if (!count.exec(u"SELECT count(*) FROM w WHERE thread = %1"_s.arg(t))
                            || !count.next())
                            return report(count.lastError().text());
                        if (count.value(0).toInt() != n + 1)
                            return report(
                                u"saw %1 rows, expected %2"_s.arg(count.value(0).toInt()).arg(n + 1));
                    }
                }
            }));
        }
        for (auto &w : workers)
            w->start();
        for (auto &w : workers)
            QVERIFY(w->wait(QDeadlineTimer(240000)));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        Connection c(m_path, rawKey());
        QVERIFY(c.open());
        QCOMPARE(scalar(c.db(), u"SELECT count(*) FROM w"_s).toInt(), threads * rowsPerThread);
        QCOMPARE(scalar(c.db(), u"SELECT count(DISTINCT thread) FROM w"_s).toInt(), threads);
        QCOMPARE(scalar(c.db(), u"SELECT text FROM w WHERE thread = 1 AND n = 7"_s).toString(),
            u"스레드 1 행 7"_s);
    }

    void zeroTimeoutReportsBusy()
    {
        Connection holder(m_path, rawKey());
        QVERIFY(holder.open());
        QVERIFY(holder.db().transaction()); // BEGIN IMMEDIATE: holds the write lock
        SQL_EXEC(holder.db(), u"INSERT INTO w VALUES (0, 0, 'held')"_s);

        Connection impatient(m_path, rawKey(), u"SQLCIPHER_BUSY_TIMEOUT=0"_s);
        QVERIFY(impatient.open());
        QVERIFY(!impatient.db().transaction());
        QCOMPARE(impatient.db().lastError().type(), QSqlError::TransactionError);
        QCOMPARE(impatient.db().lastError().nativeErrorCode(), u"5"_s); // SQLITE_BUSY
        QSqlQuery q(impatient.db());
        QVERIFY(!q.exec(u"INSERT INTO w VALUES (0, 1, 'x')"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"5"_s);
        // Readers are not blocked by a writer in WAL mode.
        QCOMPARE(scalar(impatient.db(), u"SELECT count(*) FROM w"_s).toInt(), 0);
        QVERIFY(holder.db().commit());
        QVERIFY(impatient.db().transaction());
        QVERIFY(impatient.db().commit());
    }

    void busyTimeoutWaitsForTheLock()
    {
        Connection holder(m_path, rawKey());
        QVERIFY(holder.open());
        QVERIFY(holder.db().transaction());
        SQL_EXEC(holder.db(), u"INSERT INTO w VALUES (0, 0, 'first')"_s);

        QSemaphore waiting;
        QString error;
        const QString path = m_path;
        std::unique_ptr<QThread> patient(QThread::create([&] {
            Connection c(path, rawKey(), u"SQLCIPHER_BUSY_TIMEOUT=60000"_s);
            if (!c.open()) {
                error = c.lastError().text();
                waiting.release();
                return;
            }
            waiting.release();
            // Blocks inside SQLite's busy handler until the holder commits.
            if (!c.db().transaction()) {
                error = c.db().lastError().text();
                return;
            }
            QSqlQuery q(c.db());
            if (!q.exec(u"INSERT INTO w VALUES (0, 1, 'second')"_s) || !c.db().commit())
                error = q.lastError().text() + c.db().lastError().text();
        }));
        patient->start();
        waiting.acquire();
        QThread::msleep(200); // give it time to start waiting; correctness does not depend on it
        QVERIFY(holder.db().commit());
        QVERIFY(patient->wait(QDeadlineTimer(120000)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(holder.db(), u"SELECT group_concat(text, ',') FROM (SELECT text FROM w ORDER BY n)"_s)
                     .toString(),
            u"first,second"_s);
    }

    void connectionBelongsToItsThread()
    {
        Connection mine(m_path, rawKey());
        QVERIFY(mine.open());
        const QString name = mine.name();
        bool validElsewhere = true;
        QTest::ignoreMessage(QtWarningMsg,
            "QSqlDatabasePrivate::database: requested database does not belong to the calling thread.");
        std::unique_ptr<QThread> other(
            QThread::create([&] { validElsewhere = QSqlDatabase::database(name, false).isValid(); }));
        other->start();
        QVERIFY(other->wait(QDeadlineTimer(60000)));
        QVERIFY(!validElsewhere);
        QVERIFY(mine.db().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherThreads)
#include "test_sqlcipher_threads.moc"
