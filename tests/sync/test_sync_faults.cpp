// Faults between Spoke and the real hub, with randomized seeds: answers lost after the hub
// committed, duplicated and reordered requests, synthetic 5xx, calls that hang until the
// engine's timeout, the hub killed (SIGKILL) in the middle of a push and restarted on the
// same data, and Spoke "killed" in the middle of applying a pull page (a failed write rolls
// the page back). Location and head-office changes keep coming meanwhile. After recovery,
// the hub holds exactly what Spoke wrote and Spoke holds exactly what head office wrote:
// nothing lost, nothing doubled.
//
// Each seed is printed; SPOKE_SYNC_SEED=N replays one. Seeds that once failed stay below
// as fixed rows.

#include "faulty_transport.h"
#include "hub_fixture.h"
#include "sync_test_support.h"

#include "core/util/ids.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace spoke;
using namespace spoke::test;
using spoke::sync::SyncEngine;

namespace {

/// What head office did, as the test remembers it.
struct HqModel
{
    QHash<QString, bool> bookings; ///< id -> alive
    QHash<QString, bool> services;
    QHash<QString, QString> bookingCustomer;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HubFixture m_fx;
    HubProcess::Options m_hubOptions;
    int m_n = 0;

    bool restartHub()
    {
        HubProcess::Options o = m_hubOptions;
        o.extraArguments << u"--port"_s << QString::number(m_fx.hub->port());
        if (m_fx.hub->isRunning())
            m_fx.hub->kill();
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (m_fx.hub->start(o))
                return true;
            QTest::qWait(100); // the port may still be held for a moment
        }
        qWarning("restart failed: %s", qPrintable(m_fx.hub->errorString()));
        return false;
    }

    void runSeed(quint32 seed);

private slots:
    void initTestCase()
    {
        const QString why = m_fx.setUp({u"--rate-limit"_s, u"0"_s});
        if (why.startsWith(u"skip:"_s))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // The same database on every restart.
        m_hubOptions.extraArguments = {u"--enroll-rate-limit"_s, u"0"_s, u"--rate-limit"_s, u"0"_s};
        if (m_fx.backend == "postgres"_L1)
            m_hubOptions.databaseUrl = m_fx.hub->databaseArguments().value(1);
    }

    void cleanupTestCase() { m_fx.tearDown(); }

    void faults_data()
    {
        QTest::addColumn<quint32>("seed");
        const QString replay = qEnvironmentVariable("SPOKE_SYNC_SEED");
        if (!replay.isEmpty()) {
            QTest::newRow(qPrintable(u"replay %1"_s.arg(replay))) << replay.toUInt();
            return;
        }
        // Fixed regression rows, then fresh random ones. Seed 1 first failed on a booking head
        // office made and deleted before this PC pulled (it rightly never arrives) and on the
        // cursor check after a crash that came a page after a good one; 20250607 on an edit of
        // a central booking head office had deleted meanwhile (the hub rightly drops it).
        for (quint32 fixed : {1u, 20250607u})
            QTest::newRow(qPrintable(u"fixed %1"_s.arg(fixed))) << fixed;
        for (int i = 0; i < 3; ++i) {
            const quint32 seed = QRandomGenerator::system()->bounded(1u, 0x7fffffffu);
            QTest::newRow(qPrintable(u"random %1"_s.arg(seed))) << seed;
        }
    }

    void faults()
    {
        QFETCH(quint32, seed);
        qInfo("seed %u (replay with SPOKE_SYNC_SEED=%u)", seed, seed);
        runSeed(seed);
    }
};

void TestSyncFaults::runSeed(quint32 seed)
{
    QRandomGenerator rng(seed);
    auto plan = std::make_shared<FaultPlan>(seed ^ 0x5eedu);
    TestLocation loc(m_dir.filePath(u"seed-%1-%2"_s.arg(seed).arg(++m_n)));
    SyncEngine::Options options = testOptions(seed);
    options.pushBatch = 7;
    options.pullLimit = 5;
    options.requestTimeoutMs = 1500;
    options.backoffBaseMs = 10;
    options.backoffCapMs = 100;
    SyncEngine engine(*loc.db, loc.keys, options);
    engine.setTransportFactory(FaultyTransport::factory(plan));

    QStringList customers, jobs;
    auto at = [&](int dayOffset, int hour) {
        return QDateTime(QDate(2027, 3, 1).addDays(dayOffset), QTime(hour, 0), Qt::UTC);
    };
    for (int i = 0; i < 12; ++i) {
        customers << loc.addCustomer(u"Cust%1"_s.arg(i), u"Seed"_s, u"(212) 555-03%1"_s.arg(10 + i));
        jobs << loc.bookJob(customers.last(), at(int(rng.bounded(20)), 12 + int(rng.bounded(6))));
    }
    const QString locationId = m_fx.hub->addLocation(u"Faults %1"_s.arg(seed));
    {
        QSignalSpy enrolled(&engine, &SyncEngine::enrollFinished);
        QSignalSpy runs(&engine, &SyncEngine::runFinished);
        engine.enroll(kSyncManager, m_fx.enrollment(m_fx.hub->enrollmentCode(locationId)));
        QVERIFY(enrolled.wait(30'000));
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));
        QVERIFY(runs.wait(60'000));
    }
    QStringList pushedCustomers = customers; // head office books only for customers it has
    HqModel hq;
    const int rounds = 14;
    const int killRound = 3 + int(rng.bounded(rounds - 6));
    const int crashRound = killRound + 1 + int(rng.bounded(3));
    bool killed = false;
    plan->enabled = true;

    for (int round = 0; round < rounds; ++round) {
        // The front desk works.
        for (int op = 0, n = 2 + int(rng.bounded(5)); op < n; ++op) {
            switch (rng.bounded(4)) {
            case 0:
                customers << loc.addCustomer(u"New%1"_s.arg(round * 10 + op), u"Seed"_s);
                break;
            case 1:
                jobs << loc.bookJob(customers.at(int(rng.bounded(int(customers.size())))),
                    at(int(rng.bounded(25)), 10 + int(rng.bounded(8))));
                break;
            case 2: {
                const QString j = jobs.at(int(rng.bounded(int(jobs.size()))));
                Status s = loc.jobs->reschedule(
                    kSyncManager, j, at(int(rng.bounded(25)), 9 + int(rng.bounded(9))), {}, u"seed"_s);
                Q_UNUSED(s) // a cancelled job cannot move: fine
                break;
            }
            default: {
                // A central booking edited here (per-field merge on the hub).
                QStringList alive;
                for (auto it = hq.bookings.begin(); it != hq.bookings.end(); ++it)
                    if (it.value()
                        && loc.scalar(
                               u"SELECT count(*) FROM jobs WHERE id = ? AND deleted_at IS NULL"_s, {it.key()})
                            == 1)
                        alive << it.key();
                if (!alive.isEmpty()) {
                    Status s
                        = loc.jobs->reschedule(kSyncManager, alive.at(int(rng.bounded(int(alive.size())))),
                            at(int(rng.bounded(25)), 9 + int(rng.bounded(9))), {}, u"seed"_s);
                    Q_UNUSED(s)
                }
                break;
            }
            }
        }
        // Head office works.
        for (int op = 0, n = 1 + int(rng.bounded(3)); op < n; ++op) {
            const quint32 what = rng.bounded(6);
            if (what <= 1) {
                const QString id = newUuidV7();
                const QString customer = pushedCustomers.at(int(rng.bounded(int(pushedCustomers.size()))));
                const QDateTime start = at(int(rng.bounded(25)), 8 + int(rng.bounded(10)));
                if (m_fx.hq(u"bookings"_s, locationId, id,
                        {{u"customerId"_s, customer}, {u"start"_s, isoUtc(start)},
                            {u"end"_s, isoUtc(start.addSecs(3600))}, {u"status"_s, u"scheduled"_s},
                            {u"lines"_s,
                                QJsonArray {
                                    QJsonObject {{u"serviceId"_s, loc.serviceId}, {u"quantity"_s, 1}}}},
                            {u"crewNotes"_s, u"central %1"_s.arg(round)}})
                    > 0) {
                    hq.bookings.insert(id, true);
                    hq.bookingCustomer.insert(id, customer);
                }
            } else if (what == 2 && !hq.bookings.isEmpty()) {
                const QString id = hq.bookings.keys().at(int(rng.bounded(int(hq.bookings.size()))));
                if (hq.bookings.value(id))
                    m_fx.hq(u"bookings"_s, locationId, id,
                        {{u"crewNotes"_s, u"changed in round %1"_s.arg(round)}});
            } else if (what == 3 && !hq.bookings.isEmpty()) {
                const QString id = hq.bookings.keys().at(int(rng.bounded(int(hq.bookings.size()))));
                if (hq.bookings.value(id)
                    && m_fx.hq(u"bookings"_s, locationId, id, {}, protocol::Op::Delete) > 0)
                    hq.bookings.insert(id, false);
            } else if (what == 4) {
                const QString id = newUuidV7();
                if (m_fx.hq(u"services"_s, locationId, id,
                        {{u"name"_s, u"HQ service %1-%2"_s.arg(seed).arg(round * 10 + op)},
                            {u"durationMinutes"_s, 30 + int(rng.bounded(4)) * 30},
                            {u"priceMinor"_s, QString::number(5000 + rng.bounded(100) * 100)}})
                    > 0)
                    hq.services.insert(id, true);
            } else if (!hq.services.isEmpty()) {
                const QString id = hq.services.keys().at(int(rng.bounded(int(hq.services.size()))));
                if (hq.services.value(id)
                    && m_fx.hq(u"services"_s, locationId, id, {}, protocol::Op::Delete) > 0)
                    hq.services.insert(id, false);
            }
        }

        if (round == killRound) {
            // The hub dies in the middle of a push batch and comes back on the same data.
            const int delayMs = int(rng.bounded(20));
            plan->onSend = [&](const sync::HubRequest &req) {
                if (killed || req.path != "/api/v1/push"_L1)
                    return;
                killed = true;
                QTimer::singleShot(delayMs, [&] { m_fx.hub->kill(); });
            };
            for (int i = 0; i < 8; ++i)
                customers << loc.addCustomer(u"Burst%1"_s.arg(i), u"Seed"_s);
            for (int i = 0; i < 5 && !killed; ++i)
                runOnce(engine);
            plan->onSend = nullptr;
            if (killed) {
                QTest::qWait(50);
                QVERIFY(restartHub());
                qInfo("round %d: hub killed %d ms into a push and restarted", round, delayMs);
            }
        } else if (round == crashRound) {
            // Spoke dies while applying a pull page: one of the page's writes fails. The
            // cursor the page's transaction started from is what must be left afterwards.
            const int failAt = 1 + int(rng.bounded(4));
            int writes = 0;
            bool failed = false;
            qint64 cursorAtFailure = -1;
            loc.db->setFaultInjector([&](const QString &sql) {
                const bool pullWrite = sql.startsWith(u"INSERT INTO jobs"_s)
                    || sql.startsWith(u"UPDATE jobs"_s) || sql.startsWith(u"INSERT INTO services"_s)
                    || sql.startsWith(u"INSERT INTO job_lines"_s)
                    || sql.startsWith(u"UPDATE sync_state SET cursor"_s);
                if (failed || !pullWrite || ++writes != failAt)
                    return false;
                failed = true;
                // Inside the page's transaction, before its cursor update: the committed cursor.
                QSqlQuery q = loc.db->query(u"SELECT cursor FROM sync_state"_s);
                if (q.exec() && q.next())
                    cursorAtFailure = q.value(0).toLongLong();
                return true;
            });
            // Something to apply: a central booking.
            const QString booking = newUuidV7();
            const QDateTime start = at(int(rng.bounded(25)), 8 + int(rng.bounded(10)));
            const QString customer = pushedCustomers.at(int(rng.bounded(int(pushedCustomers.size()))));
            if (m_fx.hq(u"bookings"_s, locationId, booking,
                    {{u"customerId"_s, customer}, {u"start"_s, isoUtc(start)},
                        {u"end"_s, isoUtc(start.addSecs(5400))}, {u"status"_s, u"scheduled"_s},
                        {u"lines"_s,
                            QJsonArray {QJsonObject {{u"serviceId"_s, loc.serviceId}, {u"quantity"_s, 1}}}},
                        {u"crewNotes"_s, u"before the crash"_s}})
                > 0) {
                hq.bookings.insert(booking, true);
                hq.bookingCustomer.insert(booking, customer);
            }
            const bool wasEnabled = plan->enabled;
            plan->enabled = false;
            for (int i = 0; i < 3 && !failed; ++i) {
                const sync::SyncRun run = runOnce(engine);
                if (failed) {
                    QCOMPARE(run.errorCode, QString(sync::code::Storage));
                    // Nothing of the page stayed: the cursor is where that page started.
                    QCOMPARE(need(engine.store().state(), "state").cursor, cursorAtFailure);
                    qInfo("round %d: apply failed at write %d, rolled back", round, failAt);
                }
            }
            plan->enabled = wasEnabled;
            loc.db->setFaultInjector({});
        } else {
            runOnce(engine);
        }
        // What the hub has by now may be booked for by head office.
        if (loc.pending() == 0)
            pushedCustomers = customers;
    }

    // Recovery: faults off, sync until nothing moves.
    plan->enabled = false;
    QVERIFY2(m_fx.hub->isRunning() || restartHub(), "hub down");
    QVERIFY2(syncUntilClean(engine, loc), qPrintable(engine.status().lastError));
    for (int i = 0; i < 10; ++i) {
        const sync::SyncRun r = runOnce(engine);
        if (r.outcome == "ok"_L1 && r.pushed == 0 && r.pulled == 0)
            break;
    }
    qInfo("seed %u: faults %s; %lld customers, %lld jobs, %lld central bookings", seed,
        qPrintable(plan->summary()), qint64(customers.size()), qint64(jobs.size()),
        qint64(hq.bookings.size()));
    QCOMPARE(loc.pending(), 0);
    QCOMPARE(engine.status().parked, 0);

    // The hub holds exactly what Spoke wrote (head office's own records merged on top).
    int duplicates = 0;
    const QString auditor = m_fx.rawEnroll(locationId);
    QVERIFY(!auditor.isEmpty());
    const auto state = m_fx.fullState(auditor, &duplicates);
    QCOMPARE(duplicates, 0);
    const auto latest = loc.latestOutbox();
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        // A central booking head office deleted is gone there even if this PC edited it
        // before it heard of the delete (the edit arrived first); the other order revives it.
        const QString id = it.key().section(u'/', 1);
        if (it.key().startsWith(u"job/"_s) && hq.bookings.contains(id) && !hq.bookings.value(id))
            continue;
        QVERIFY2(state.contains(it.key()), qPrintable(u"lost on the hub: "_s + it.key()));
        const protocol::Change &c = state.value(it.key());
        if (c.origin == "location"_L1)
            QVERIFY2(c.payload == it.value(), qPrintable(u"differs on the hub: "_s + it.key()));
    }
    for (const protocol::Change &c : state)
        if (c.origin == "location"_L1)
            QVERIFY2(latest.contains(c.entity + u'/' + c.entityId),
                qPrintable(u"extra on the hub: "_s + c.entityId));

    // Spoke holds exactly what head office wrote: each central booking at most once and
    // alive exactly where it is alive on the hub (a booking head office created and deleted
    // before this PC pulled never arrives; one this PC edited after the delete comes back),
    // with the hub's fields (the location's own edits merged there).
    for (auto it = hq.bookings.begin(); it != hq.bookings.end(); ++it) {
        const QString &id = it.key();
        const QString key = u"job/"_s + id;
        const bool onHub = state.contains(key);
        if (it.value())
            QVERIFY2(onHub, qPrintable(u"head office's booking lost: "_s + id));
        const qint64 rows = loc.scalar(u"SELECT count(*) FROM jobs WHERE id = ?"_s, {id});
        QVERIFY(rows <= 1);
        QVERIFY(
            loc.scalar(
                u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'head_office' AND detail = ?"_s,
                {id, QCoreApplication::translate("spoke::sync::Apply", "Booked by head office")})
            <= 1);
        const bool alive
            = loc.scalar(u"SELECT count(*) FROM jobs WHERE id = ? AND deleted_at IS NULL"_s, {id}) == 1;
        QCOMPARE(alive, onHub);
        if (!alive)
            continue;
        const QJsonObject hub = state.value(key).payload;
        const Job j = need(loc.jobs->job(kSyncManager, id), "central booking");
        QCOMPARE(j.bookedBy, RecordOwner::HeadOffice);
        QCOMPARE(
            j.startUtc, QDateTime::fromString(hub.value(u"start"_s).toString(), Qt::ISODateWithMs).toUTC());
        QCOMPARE(j.endUtc, QDateTime::fromString(hub.value(u"end"_s).toString(), Qt::ISODateWithMs).toUTC());
        QCOMPARE(j.crewNotes, hub.value(u"crewNotes"_s).toString());
        QCOMPARE(jobStatusKey(j.status), hub.value(u"status"_s).toString());
        QCOMPARE(j.customerId, hq.bookingCustomer.value(id));
    }
    for (auto it = hq.services.begin(); it != hq.services.end(); ++it) {
        const QString key = u"service/"_s + it.key();
        const bool onHub = state.contains(key);
        if (it.value())
            QVERIFY2(onHub, qPrintable(u"head office's service lost: "_s + it.key()));
        QVERIFY(loc.scalar(u"SELECT count(*) FROM services WHERE id = ?"_s, {it.key()}) <= 1);
        QCOMPARE(
            loc.scalar(u"SELECT count(*) FROM services WHERE id = ? AND deleted_at IS NULL"_s, {it.key()})
                == 1,
            onHub);
        if (onHub)
            QCOMPARE(loc.scalar(u"SELECT price_minor FROM services WHERE id = ?"_s, {it.key()}),
                state.value(key).payload.value(u"priceMinor"_s).toString().toLongLong());
    }
    // Nothing that came down went back up.
    QCOMPARE(loc.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'service' AND entity_id IN "
                        "(SELECT id FROM services WHERE owner = 'head_office')"_s),
        0);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
