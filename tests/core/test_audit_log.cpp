#include "core/storage/audit_log.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "support/test_support.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    std::unique_ptr<LocationDatabase> m_db;

    void append(int n)
    {
        for (int i = 0; i < n; ++i) {
            QVERIFY(m_db->write(Actor {QStringLiteral("a"), QStringLiteral("Ann"), Role::Owner},
                            [&](WriteTx &tx) {
                                return tx.audit(QStringLiteral("settings.change"), QStringLiteral("settings"),
                                    QString::number(i), {{QStringLiteral("value"), i}});
                            })
                        .ok());
        }
    }

    void raw(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void init()
    {
        m_db.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_db = test::createDatabase(m_dir.path(), m_store);
        append(5);
    }

    void intactChainVerifies()
    {
        const auto v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entriesChecked, 5);
        QCOMPARE(AuditLog::head(*m_db).first, 5);
    }

    void schemaRefusesEditsAndDeletes()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 2")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badSeq");
        QTest::newRow("edited details")
            << QStringLiteral("UPDATE audit_log SET details = '{\"value\":99}' WHERE seq = 3") << qint64(3);
        QTest::newRow("edited actor")
            << QStringLiteral("UPDATE audit_log SET actor_name = 'Bob' WHERE seq = 1") << qint64(1);
        QTest::newRow("deleted middle") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2") << qint64(3);
        QTest::newRow("deleted newest") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << qint64(5);
        QTest::newRow("rehashed edit")
            << QStringLiteral("UPDATE audit_log SET action = 'x', hash = prev_hash WHERE seq = 4")
            << qint64(4);
    }

    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badSeq);
        raw(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        raw(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        raw(sql);
        const auto v = AuditLog::verify(*m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, badSeq);
        QVERIFY(!v.problem.isEmpty());
    }

    void recentIsNewestFirst()
    {
        const auto entries = AuditLog::recent(*m_db, 2);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].seq, 5);
        QCOMPARE(entries[1].seq, 4);
        QCOMPARE(entries[0].details.value(QStringLiteral("value")).toInt(), 4);
    }

    void onlyOwnersAndManagersSeeTheLog_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("technician") << int(Role::Technician) << false;
        QTest::newRow("front desk") << int(Role::FrontDesk) << false;
        QTest::newRow("manager") << int(Role::Manager) << true;
        QTest::newRow("owner") << int(Role::Owner) << true;
    }

    void onlyOwnersAndManagersSeeTheLog()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        append(3);
        const Actor actor {QStringLiteral("x"), QStringLiteral("X"), Role(role)};
        auto entries = AuditLog::browse(*m_db, actor, 2);
        auto verified = AuditLog::verifyAs(*m_db, actor);
        QCOMPARE(entries.ok(), allowed);
        QCOMPARE(verified.ok(), allowed);
        if (allowed) {
            QCOMPARE(entries.value().size(), size_t(2));
            QCOMPARE(entries.value().front().entityId, QStringLiteral("2")); // newest first
            QVERIFY(verified.value().ok);
        } else {
            QCOMPARE(entries.code(), ErrorCode::PermissionDenied);
            QCOMPARE(verified.code(), ErrorCode::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
