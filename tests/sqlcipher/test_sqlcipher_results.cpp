// QSQLCIPHER results: navigation of forward-only and scrollable queries, binding
// (positional, named, repeated names, reuse), execBatch, numRowsAffected, lastInsertId,
// errors with the driver's text and SQLite's native code, transactions, finish(),
// cancelQuery(), and closing a connection that still has live queries.

#include "sqlcipher_test_util.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

class TestSqlCipherResults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;

    QSqlDatabase db() const { return m_conn->db(); }

    // rows 0..count-1 with name "n<i>" and qty i*10.
    void fill(int count)
    {
        QVERIFY(db().transaction());
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO t(id, name, qty) VALUES (?, ?, ?)"_s));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(i);
            q.addBindValue(u"n%1"_s.arg(i));
            q.addBindValue(i * 10);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db().commit());
    }

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY(m_dir.isValid());
        m_conn = std::make_unique<Connection>(dbPath(m_dir), rawKey());
        QVERIFY2(m_conn->open(), qPrintable(m_conn->lastError().text()));
        SQL_EXEC(db(), u"PRAGMA journal_mode = WAL"_s);
        SQL_EXEC(db(), u"PRAGMA foreign_keys = ON"_s);
    }

    void init()
    {
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS t"_s);
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS p"_s);
        SQL_EXEC(db(),
            u"CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "qty INTEGER CHECK (qty >= 0), parent INTEGER REFERENCES t(id))"_s);
        SQL_EXEC(db(), u"CREATE TABLE p(a INTEGER, b TEXT, c REAL)"_s);
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        QVERIFY(!stockSqliteLoaded());
    }

    void forwardOnlyNavigation_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one row") << 1;
        QTest::newRow("three rows") << 3;
        QTest::newRow("1000 rows") << 1000;
    }

    void forwardOnlyNavigation()
    {
        QFETCH(int, rows);
        fill(rows);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        QVERIFY(q.exec(u"SELECT id, name, qty FROM t ORDER BY id"_s));
        QVERIFY(q.isActive());
        QVERIFY(q.isSelect());
        QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
        QCOMPARE(q.size(), -1); // no QuerySize feature
        int seen = 0;
        while (q.next()) {
            QCOMPARE(q.at(), seen);
            QCOMPARE(q.value(0).toInt(), seen);
            QCOMPARE(q.value(u"name"_s).toString(), u"n%1"_s.arg(seen));
            QCOMPARE(q.value(2).toLongLong(), qlonglong(seen) * 10);
            ++seen;
        }
        QCOMPARE(seen, rows);
        QCOMPARE(q.at(), int(QSql::AfterLastRow));
        QVERIFY(!q.next());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"cannot seek backwards in a forward only query"_s));
        QVERIFY(!q.previous());
    }

    void forwardOnlyLastAndSeek_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one row") << 1;
        QTest::newRow("50 rows") << 50;
    }

    void forwardOnlyLastAndSeek()
    {
        QFETCH(int, rows);
        fill(rows);
        {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            QVERIFY(q.exec(u"SELECT id, name FROM t ORDER BY id"_s));
            QCOMPARE(q.last(), rows > 0);
            if (rows > 0) {
                QCOMPARE(q.at(), rows - 1);
                QCOMPARE(q.value(0).toInt(), rows - 1);
                QCOMPARE(q.value(1).toString(), u"n%1"_s.arg(rows - 1));
                QVERIFY(!q.isNull(1));
            }
            QVERIFY(!q.next());
        }
        if (rows > 10) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            QVERIFY(q.exec(u"SELECT id FROM t ORDER BY id"_s));
            QVERIFY(q.seek(7));
            QCOMPARE(q.value(0).toInt(), 7);
            QVERIFY(q.seek(2, true));
            QCOMPARE(q.value(0).toInt(), 9);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 10);
        }
    }

    void scrollableNavigation_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("one row") << 1;
        QTest::newRow("three rows") << 3;
        QTest::newRow("600 rows") << 600;
    }

    void scrollableNavigation()
    {
        QFETCH(int, rows);
        fill(rows);
        QSqlQuery q(db());
        QVERIFY(!q.isForwardOnly());
        QVERIFY(q.exec(u"SELECT id, name FROM t ORDER BY id"_s));
        QVERIFY(q.last());
        QCOMPARE(q.at(), rows - 1);
        QCOMPARE(q.value(0).toInt(), rows - 1);
        QVERIFY(q.first());
        QCOMPARE(q.at(), 0);
        QCOMPARE(q.value(1).toString(), u"n0"_s);
        QVERIFY(q.seek(rows / 2));
        QCOMPARE(q.value(0).toInt(), rows / 2);
        if (rows > 1) {
            QVERIFY(q.seek(-1, true));
            QCOMPARE(q.value(0).toInt(), rows / 2 - 1);
        }
        // Walk backwards from the end through every row.
        QVERIFY(q.last());
        for (int i = rows - 1; i >= 0; --i) {
            QCOMPARE(q.at(), i);
            QCOMPARE(q.value(0).toInt(), i);
            QCOMPARE(q.previous(), i > 0);
        }
        QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
        QVERIFY(!q.seek(rows));
        QCOMPARE(q.at(), int(QSql::AfterLastRow));
        QVERIFY(q.previous()); // from after the end to the last row
        QCOMPARE(q.value(0).toInt(), rows - 1);
        QVERIFY(!q.seek(-1));
    }

    void scrollableFromTheMiddle()
    {
        fill(300);
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT id FROM t ORDER BY id"_s));
        QVERIFY(q.seek(200)); // straight to row 200, rows before it are kept
        QCOMPARE(q.value(0).toInt(), 200);
        QVERIFY(q.seek(3));
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void interleavedQueries()
    {
        fill(20);
        QSqlQuery a(db());
        QSqlQuery b(db());
        a.setForwardOnly(true);
        b.setForwardOnly(true);
        QVERIFY(a.exec(u"SELECT id FROM t ORDER BY id"_s));
        QVERIFY(b.exec(u"SELECT id FROM t ORDER BY id DESC"_s));
        for (int i = 0; i < 20; ++i) {
            QVERIFY(a.next());
            QVERIFY(b.next());
            QCOMPARE(a.value(0).toInt(), i);
            QCOMPARE(b.value(0).toInt(), 19 - i);
        }
    }

    void binding_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("style");
        enum { AddBindValue, ByIndexReversed, ByName };
        QTest::newRow("positional, addBindValue")
            << u"INSERT INTO p(a, b, c) VALUES (?, ?, ?)"_s << int(AddBindValue);
        QTest::newRow("positional, bindValue(index) out of order")
            << u"INSERT INTO p(a, b, c) VALUES (?, ?, ?)"_s << int(ByIndexReversed);
        QTest::newRow("named, bindValue(name) out of order")
            << u"INSERT INTO p(a, b, c) VALUES (:a, :b, :c)"_s << int(ByName);
        QTest::newRow("named, addBindValue in order")
            << u"INSERT INTO p(a, b, c) VALUES (:a, :b, :c)"_s << int(AddBindValue);
        QTest::newRow("named, bindValue(index)")
            << u"INSERT INTO p(a, b, c) VALUES (:a, :b, :c)"_s << int(ByIndexReversed);
        QTest::newRow("named in a different order than the columns")
            << u"INSERT INTO p(c, a, b) VALUES (:c, :a, :b)"_s << int(ByName);
        QTest::newRow("placeholder in a quoted string is text")
            << u"INSERT INTO p(a, b, c) VALUES (:a, :b || ' (:x ?)', :c)"_s << int(ByName);
    }

    void binding()
    {
        QFETCH(QString, sql);
        QFETCH(int, style);
        QSqlQuery q(db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        // The same prepared statement, executed again with new values each time.
        for (int i = 1; i <= 50; ++i) {
            const QString text = u"텍스트 %1"_s.arg(i);
            const double real = i + 0.5;
            switch (style) {
            case 0:
                if (sql.contains(u"(c, a, b)"_s)) {
                    q.addBindValue(real);
                    q.addBindValue(i);
                    q.addBindValue(text);
                } else {
                    q.addBindValue(i);
                    q.addBindValue(text);
                    q.addBindValue(real);
                }
                break;
            case 1:
                q.bindValue(2, real);
                q.bindValue(1, text);
                q.bindValue(0, i);
                break;
            default:
                q.bindValue(u":c"_s, real);
                q.bindValue(u":b"_s, text);
                q.bindValue(u":a"_s, i);
                break;
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlQuery check(db());
        QVERIFY(check.exec(u"SELECT a, b, c FROM p ORDER BY a"_s));
        for (int i = 1; i <= 50; ++i) {
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toLongLong(), qlonglong(i));
            const QString text = u"텍스트 %1"_s.arg(i);
            QCOMPARE(
                check.value(1).toString(), sql.contains(u"(:x ?)"_s) ? QString(text + u" (:x ?)"_s) : text);
            QCOMPARE(check.value(2).toDouble(), i + 0.5);
        }
        QVERIFY(!check.next());
    }

    void repeatedNamedPlaceholder()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO p(a, b, c) VALUES (:v, 'x' || :v, :v * 2)"_s));
        q.bindValue(u":v"_s, 21);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QSqlQuery check(db());
        QVERIFY(check.exec(u"SELECT a, b, c FROM p"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 21);
        QCOMPARE(check.value(1).toString(), u"x21"_s);
        QCOMPARE(check.value(2).toDouble(), 42.0);
    }

    void rebindWhileRowsPending()
    {
        fill(10);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        QVERIFY(q.prepare(u"SELECT name FROM t WHERE id >= ? ORDER BY id"_s));
        q.addBindValue(2);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"n2"_s);
        q.bindValue(0, 7); // new value while the first run still has rows
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"n7"_s);
        int count = 1;
        while (q.next())
            ++count;
        QCOMPARE(count, 3);
    }

    void execAfterPrepareRunsTheNewText()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO p(a) VALUES (?)"_s));
        q.addBindValue(1);
        QVERIFY(q.exec());
        // exec(QString) on the same object: no placeholders, the old values are not bound.
        QVERIFY2(q.exec(u"SELECT count(*) FROM p"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void missingBindValueFails()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO p(a, b) VALUES (?, ?)"_s));
        q.addBindValue(1);
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QVERIFY(!q.lastError().nativeErrorCode().isEmpty());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM p"_s).toInt(), 0);
    }

    void execBatch_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("named");
        QTest::addColumn<int>("rows");
        QTest::newRow("positional, 3 rows") << u"INSERT INTO p(a, b, c) VALUES (?, ?, ?)"_s << false << 3;
        QTest::newRow("named, 3 rows") << u"INSERT INTO p(a, b, c) VALUES (:a, :b, :c)"_s << true << 3;
        QTest::newRow("positional, 5000 rows")
            << u"INSERT INTO p(a, b, c) VALUES (?, ?, ?)"_s << false << 5000;
        QTest::newRow("no rows") << u"INSERT INTO p(a, b, c) VALUES (?, ?, ?)"_s << false << 0;
    }

    void execBatch()
    {
        QFETCH(QString, sql);
        QFETCH(bool, named);
        QFETCH(int, rows);
        QVariantList a, b, c;
        for (int i = 0; i < rows; ++i) {
            a << (i % 7 == 3 ? QVariant() : QVariant(i)); // NULLs inside the lists
            b << QVariant(u"배치 %1"_s.arg(i));
            c << QVariant(i * 0.25);
        }
        QSqlQuery q(db());
        QVERIFY(q.prepare(sql));
        if (named) {
            q.bindValue(u":c"_s, c);
            q.bindValue(u":a"_s, a);
            q.bindValue(u":b"_s, b);
        } else {
            q.addBindValue(a);
            q.addBindValue(b);
            q.addBindValue(c);
        }
        QVERIFY(db().transaction());
        QVERIFY2(q.execBatch(), qPrintable(q.lastError().text()));
        QVERIFY(db().commit());
        QCOMPARE(q.numRowsAffected(), rows);
        QSqlQuery check(db());
        check.setForwardOnly(true);
        QVERIFY(check.exec(u"SELECT a, b, c FROM p ORDER BY rowid"_s));
        for (int i = 0; i < rows; ++i) {
            QVERIFY(check.next());
            QCOMPARE(check.isNull(0), i % 7 == 3);
            if (i % 7 != 3)
                QCOMPARE(check.value(0).toInt(), i);
            QCOMPARE(check.value(1).toString(), u"배치 %1"_s.arg(i));
            QCOMPARE(check.value(2).toDouble(), i * 0.25);
        }
        QVERIFY(!check.next());
    }

    void execBatchRejectsUnevenLists()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO p(a, b) VALUES (?, ?)"_s));
        q.addBindValue(QVariantList {1, 2, 3});
        q.addBindValue(QVariantList {u"x"_s});
        QVERIFY(!q.execBatch());
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM p"_s).toInt(), 0);
    }

    void execBatchStopsAtTheFirstError()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO t(id, name) VALUES (?, ?)"_s));
        q.addBindValue(QVariantList {1, 2, 3});
        q.addBindValue(QVariantList {u"a"_s, u"a"_s, u"c"_s}); // row 2 breaks UNIQUE
        QVERIFY(!q.execBatch());
        QCOMPARE(q.lastError().nativeErrorCode(), u"2067"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM t"_s).toInt(), 1);
    }

    void numRowsAffected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("insert one") << u"INSERT INTO t(name) VALUES ('new')"_s << 1;
        QTest::newRow("insert from select") << u"INSERT INTO p(a) SELECT id FROM t"_s << 5;
        QTest::newRow("update all") << u"UPDATE t SET qty = qty + 1"_s << 5;
        QTest::newRow("update some") << u"UPDATE t SET qty = 0 WHERE id < 2"_s << 2;
        QTest::newRow("update none") << u"UPDATE t SET qty = 0 WHERE id > 100"_s << 0;
        QTest::newRow("delete some") << u"DELETE FROM t WHERE id >= 3"_s << 2;
        QTest::newRow("create table after changes") << u"CREATE TABLE other(x)"_s << 0;
        QTest::newRow("pragma") << u"PRAGMA user_version = 3"_s << 0;
        QTest::newRow("select") << u"SELECT * FROM t"_s << -1;
    }

    void numRowsAffected()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        fill(5);
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS other"_s);
        SQL_EXEC(db(), u"UPDATE p SET a = 1"_s); // leaves sqlite3_changes() at 0
        SQL_EXEC(db(), u"INSERT INTO p(a) VALUES (1), (2), (3)"_s); // ... and now at 3
        QSqlQuery q(db());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), expected);
    }

    void lastInsertId_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qlonglong>("expected");
        QTest::newRow("automatic rowid") << u"INSERT INTO t(name) VALUES ('x')"_s << qlonglong(1);
        QTest::newRow("explicit id beyond 32 bits")
            << u"INSERT INTO t(id, name) VALUES (1099511627776, 'x')"_s << qlonglong(1099511627776LL);
        QTest::newRow("int64 max") << u"INSERT INTO t(id, name) VALUES (9223372036854775807, 'x')"_s
                                   << qlonglong(9223372036854775807LL);
        QTest::newRow("table without declared key") << u"INSERT INTO p(a) VALUES (5)"_s << qlonglong(1);
    }

    void lastInsertId()
    {
        QFETCH(QString, sql);
        QFETCH(qlonglong, expected);
        QSqlQuery q(db());
        QVERIFY(q.exec(sql));
        QVERIFY(db().driver()->hasFeature(QSqlDriver::LastInsertId));
        QCOMPARE(q.lastInsertId().metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(q.lastInsertId().toLongLong(), expected);
    }

    void returning()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO t(name, qty) VALUES (?, ?) RETURNING id, name"_s));
        q.addBindValue(u"Zoë"_s);
        q.addBindValue(4);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.isSelect());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1LL);
        QCOMPARE(q.value(1).toString(), u"Zoë"_s);
        QVERIFY(!q.next());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<QString>("databaseText");
        QTest::newRow("syntax") << u"SELEC 1"_s << u"1"_s << u"syntax error"_s;
        QTest::newRow("no such table") << u"SELECT * FROM nope"_s << u"1"_s << u"no such table: nope"_s;
        QTest::newRow("unique") << u"INSERT INTO t(id, name) VALUES (10, 'n1')"_s << u"2067"_s
                                << u"UNIQUE constraint failed: t.name"_s;
        QTest::newRow("primary key") << u"INSERT INTO t(id, name) VALUES (1, 'other')"_s << u"1555"_s
                                     << u"UNIQUE constraint failed: t.id"_s;
        QTest::newRow("not null") << u"INSERT INTO t(id) VALUES (10)"_s << u"1299"_s
                                  << u"NOT NULL constraint failed: t.name"_s;
        QTest::newRow("check") << u"UPDATE t SET qty = -1 WHERE id = 1"_s << u"275"_s
                               << u"CHECK constraint failed"_s;
        QTest::newRow("foreign key") << u"INSERT INTO t(id, name, parent) VALUES (10, 'x', 999)"_s << u"787"_s
                                     << u"FOREIGN KEY constraint failed"_s;
        QTest::newRow("strict table type") << u"INSERT INTO s(x) VALUES ('abc')"_s << u"3091"_s
                                           << u"cannot store TEXT value in INTEGER column s.x"_s;
        QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << u"21"_s << QString();
        QTest::newRow("two statements around a comment")
            << u"INSERT INTO p(a) VALUES (1); /* and */ DELETE FROM t"_s << u"21"_s << QString();
        QTest::newRow("garbage after a statement") << u"SELECT 1; nonsense"_s << u"21"_s << QString();
    }

    void errors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, nativeCode);
        QFETCH(QString, databaseText);
        fill(3);
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS s"_s);
        SQL_EXEC(db(), u"CREATE TABLE s(x INTEGER) STRICT"_s);
        for (const bool prepared : {false, true}) {
            QSqlQuery q(db());
            const bool ok = prepared ? (q.prepare(sql) && q.exec()) : q.exec(sql);
            QVERIFY(!ok);
            const QSqlError e = q.lastError();
            QCOMPARE(e.type(), QSqlError::StatementError);
            QCOMPARE(e.nativeErrorCode(), nativeCode);
            QVERIFY(!e.driverText().isEmpty());
            QVERIFY2(e.databaseText().contains(databaseText), qPrintable(e.databaseText()));
            QVERIFY(e.text().contains(e.driverText()));
        }
        // Nothing was written, and the connection still works.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM t"_s).toInt(), 3);
        QCOMPARE(scalar(db(), u"SELECT sum(qty) FROM t"_s).toInt(), 30);
    }

    void transactions_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("commit") << true;
        QTest::newRow("rollback") << false;
    }

    void transactions()
    {
        QFETCH(bool, commit);
        Connection other(db().databaseName(), rawKey());
        QVERIFY(other.open());
        QVERIFY(db().driver()->hasFeature(QSqlDriver::Transactions));
        QVERIFY(db().transaction());
        SQL_EXEC(db(), u"INSERT INTO t(name) VALUES ('a'), ('b')"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM t"_s).toInt(), 2);
        QCOMPARE(scalar(other.db(), u"SELECT count(*) FROM t"_s).toInt(), 0); // not visible yet
        QVERIFY(commit ? db().commit() : db().rollback());
        const int expected = commit ? 2 : 0;
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM t"_s).toInt(), expected);
        QCOMPARE(scalar(other.db(), u"SELECT count(*) FROM t"_s).toInt(), expected);
    }

    void transactionMisuse()
    {
        QVERIFY(!db().commit());
        QCOMPARE(db().lastError().type(), QSqlError::TransactionError);
        QCOMPARE(db().lastError().nativeErrorCode(), u"1"_s);
        QVERIFY(!db().rollback());
        QVERIFY(db().transaction());
        QVERIFY(!db().transaction()); // no nesting
        QCOMPARE(db().lastError().type(), QSqlError::TransactionError);
        QVERIFY(db().rollback());
    }

    void commitWithUnfinishedRead()
    {
        fill(10);
        QSqlQuery reader(db());
        reader.setForwardOnly(true);
        QVERIFY(reader.exec(u"SELECT id FROM t"_s));
        QVERIFY(reader.next());
        QVERIFY(db().transaction());
        SQL_EXEC(db(), u"UPDATE t SET qty = 1"_s);
        QVERIFY2(db().commit(), qPrintable(db().lastError().text()));
        QCOMPARE(scalar(db(), u"SELECT sum(qty) FROM t"_s).toInt(), 10);
    }

    void finishReleasesTheStatement()
    {
        fill(10);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        QVERIFY(q.exec(u"SELECT id FROM t"_s));
        QVERIFY(q.next());
        // A statement in the middle of its rows keeps the table locked for DROP.
        {
            QSqlQuery drop(db());
            QVERIFY(!drop.exec(u"DROP TABLE t"_s));
            QCOMPARE(drop.lastError().nativeErrorCode(), u"6"_s); // SQLITE_LOCKED
        }
        q.finish();
        QVERIFY(!q.isActive());
        SQL_EXEC(db(), u"DROP TABLE t"_s);
    }

    void exhaustedQueryHoldsNoLock()
    {
        fill(3);
        QSqlQuery q(db()); // scrollable, read to the end and kept around
        QVERIFY(q.exec(u"SELECT id FROM t"_s));
        QVERIFY(q.last());
        SQL_EXEC(db(), u"DROP TABLE t"_s);
        QVERIFY(q.first()); // rows already read stay readable
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void emptyStatement()
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(u"-- only a comment"_s), qPrintable(q.lastError().text()));
        QVERIFY(!q.isSelect());
        QVERIFY(!q.next());
    }

    void trailingSemicolonsAndComments_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("semicolon") << u"SELECT 42;"_s;
        QTest::newRow("semicolons and spaces") << u"SELECT 42 ;  ;\n"_s;
        QTest::newRow("line comment") << u"SELECT 42; -- the answer"_s;
        QTest::newRow("block comment") << u"SELECT 42; /* the answer */"_s;
    }

    void trailingSemicolonsAndComments()
    {
        QFETCH(QString, sql);
        for (const bool prepared : {false, true}) {
            QSqlQuery q(db());
            QVERIFY2(prepared ? (q.prepare(sql) && q.exec()) : q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 42);
        }
    }

    void cancelQuery()
    {
        QVERIFY(db().driver()->hasFeature(QSqlDriver::CancelQuery));
        std::atomic<bool> done {false};
        QSqlDriver *driver = db().driver();
        // Interrupts until the endless query has stopped; no timing involved.
        QThread *canceller = QThread::create([&] {
            while (!done.load()) {
                driver->cancelQuery();
                QThread::msleep(20);
            }
        });
        canceller->start();
        QSqlQuery q(db());
        const bool ok = q.exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                               "SELECT count(*) FROM c"_s);
        done = true;
        canceller->wait();
        delete canceller;
        QVERIFY(!ok);
        QCOMPARE(q.lastError().nativeErrorCode(), u"9"_s); // SQLITE_INTERRUPT
        QCOMPARE(scalar(db(), u"SELECT 40 + 2"_s).toInt(), 42);
    }

    void closeWithLiveQueries()
    {
        QTemporaryDir dir;
        Connection c(dbPath(dir), rawKey());
        QVERIFY(c.open());
        SQL_EXEC(c.db(), u"CREATE TABLE x(a)"_s);
        SQL_EXEC(c.db(), u"INSERT INTO x VALUES (1), (2)"_s);
        QSqlQuery live(c.db());
        live.setForwardOnly(true);
        QVERIFY(live.exec(u"SELECT a FROM x"_s));
        QVERIFY(live.next());
        QSqlQuery prepared(c.db());
        QVERIFY(prepared.prepare(u"INSERT INTO x VALUES (?)"_s));
        c.db().close(); // finalizes both statements first, or the file would stay open
        QVERIFY(!c.db().isOpen());
        QVERIFY(!live.isActive());
        prepared.addBindValue(3);
        QVERIFY(!prepared.exec());
        QVERIFY(c.open());
        QCOMPARE(scalar(c.db(), u"SELECT count(*) FROM x"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherResults)
#include "test_sqlcipher_results.moc"
