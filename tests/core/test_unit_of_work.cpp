#include "core/storage/audit_log.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

class TestUnitOfWork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    std::unique_ptr<LocationDatabase> m_db;

    qint64 count(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A service-shaped change: two domain rows, one audit entry, one outbox entry.
    Status bookSomething(const QString &key)
    {
        return m_db->write(
            Actor {QStringLiteral("s1"), QStringLiteral("Sam"), Role::Manager}, [&](WriteTx &tx) -> Status {
                for (const QString &suffix : {QStringLiteral(".a"), QStringLiteral(".b")}) {
                    auto r = tx.exec(
                        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
                        {QString(key + suffix), QStringLiteral("x"), tx.nowIso()});
                    if (!r)
                        return r.error();
                }
                if (auto s = tx.audit(QStringLiteral("test.book"), QStringLiteral("settings"), key); !s)
                    return s;
                return tx.outbox(QStringLiteral("settings"), key, QStringLiteral("upsert"),
                    {{QStringLiteral("key"), key}});
            });
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_db = test::createDatabase(m_dir.path(), m_store);
    }

    void commitsDomainAuditAndOutboxTogether()
    {
        QVERIFY(bookSomething(QStringLiteral("one")).ok());
        QCOMPARE(count(QStringLiteral("settings")), 2);
        QCOMPARE(count(QStringLiteral("audit_log")), 1);
        QCOMPARE(count(QStringLiteral("outbox")), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT entity, entity_id, op, payload, payload_hash FROM outbox"))
            && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("settings"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("one"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("upsert"));
        QCOMPARE(QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("key"))
                     .toString(),
            QStringLiteral("one"));
        QCOMPARE(q.value(4).toString().size(), 64);
        const auto entries = AuditLog::recent(*m_db, 5);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().actorName, QStringLiteral("Sam"));
        QCOMPARE(entries.front().action, QStringLiteral("test.book"));
    }

    void serviceErrorRollsBackEverything()
    {
        Status s = m_db->write(Actor::system(), [&](WriteTx &tx) -> Status {
            auto r = tx.exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v', 'now')"));
            if (!r)
                return r.error();
            if (auto a = tx.audit(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")); !a)
                return a;
            return makeError(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
        });
        QVERIFY2(s.code() == ErrorCode::InvalidInput, qPrintable(s.error().message));
        QCOMPARE(count(QStringLiteral("settings")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), 0);
        QCOMPARE(count(QStringLiteral("audit_head")), 0);
    }

    void constraintViolationRollsBack()
    {
        QVERIFY(bookSomething(QStringLiteral("dup")).ok());
        Status s = bookSomething(QStringLiteral("dup"));
        QCOMPARE(int(s.code()), int(ErrorCode::Storage));
        QCOMPARE(count(QStringLiteral("settings")), 2);
        QCOMPARE(count(QStringLiteral("audit_log")), 1);
        QCOMPARE(count(QStringLiteral("outbox")), 1);
    }

    // ownCloud's habit: fail the Nth database operation, for every N, until the unit of
    // work completes; after each failure nothing of it may be on disk.
    void failingTheNthWriteNeverLeavesHalfAChange()
    {
        int failures = 0;
        for (int n = 1; n < 50; ++n) {
            int seen = 0;
            m_db->setFaultInjector([&](const QString &) { return ++seen == n; });
            const Status s = bookSomething(QStringLiteral("nth%1").arg(n));
            m_db->setFaultInjector({});
            if (s.ok()) {
                QCOMPARE(count(QStringLiteral("settings")), 2);
                QCOMPARE(count(QStringLiteral("outbox")), 1);
                QCOMPARE(count(QStringLiteral("audit_log")), 1);
                QVERIFY(failures >= 5); // every statement and the commit were failed once
                QVERIFY(AuditLog::verify(*m_db).ok);
                return;
            }
            ++failures;
            QCOMPARE(int(s.code()), int(ErrorCode::Storage));
            QCOMPARE(count(QStringLiteral("settings")), 0);
            QCOMPARE(count(QStringLiteral("outbox")), 0);
            QCOMPARE(count(QStringLiteral("audit_log")), 0);
        }
        QFAIL("the unit of work never completed");
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "test_unit_of_work.moc"
