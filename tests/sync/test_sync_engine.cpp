// The sync engine against an in-process fake hub: the order and batching of pushes, what
// each hub answer makes the engine do (rejections, gaps, reused ids, revoked devices, 426,
// 429, 5xx, timeouts), how pull pages are applied (central bookings, the catalog with
// hidden_here, settings, tombstones, parked changes, full passes, rollback on a failed
// write), no echo, enrollment and the keychain, and the local logs. The real hub over TLS
// is exercised in test_sync_hub and test_sync_faults.

#include "fake_hub.h"
#include "sync_test_support.h"

#include "core/sync/sync_apply.h"

#include <QTemporaryDir>

using namespace spoke;
using namespace spoke::test;
using spoke::sync::SyncEngine;
using spoke::sync::SyncState;

namespace {

const QString kCode = u"aaaa-bbbb-cccc-dddd"_s;
const QString kHubUrl = u"https://hub.test:8443"_s;

protocol::Change change(const QString &entity, const QString &id, const QJsonObject &payload,
    const QString &origin = u"location"_s, qint64 seq = 1)
{
    protocol::Change c;
    c.seq = seq;
    c.entity = entity;
    c.entityId = id;
    c.origin = origin;
    c.payload = payload;
    return c;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString folder() { return m_dir.filePath(u"loc%1"_s.arg(++m_n)); }

    /// Enrolls through the fake hub and waits for the run that follows enrollment.
    static void enroll(SyncEngine &engine)
    {
        QSignalSpy enrolled(&engine, &SyncEngine::enrollFinished);
        QSignalSpy runs(&engine, &SyncEngine::runFinished);
        engine.enroll(kSyncManager, {kHubUrl, kCode, u"Front desk"_s, {}});
        QVERIFY(enrolled.wait(10'000));
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));
        QVERIFY(runs.wait(10'000));
    }

    struct Rig
    {
        std::unique_ptr<TestLocation> loc;
        FakeHub hub;
        std::unique_ptr<SyncEngine> engine;
    };

    std::unique_ptr<Rig> rig(SyncEngine::Options options = testOptions(), bool withService = true)
    {
        auto r = std::make_unique<Rig>();
        r->loc = std::make_unique<TestLocation>(folder(), withService);
        r->engine = std::make_unique<SyncEngine>(*r->loc->db, r->loc->keys, options);
        r->engine->setTransportFactory(FakeTransport::factory(r->hub));
        return r;
    }

private slots:
    void enrollmentKeepsTheTokenInTheKeychainOnly()
    {
        auto r = rig();
        QCOMPARE(r->engine->status().state, SyncState::NotEnrolled);
        enroll(*r->engine);
        const QString account = r->engine->store().tokenAccount();
        QVERIFY(r->loc->keys.contains(account));
        QCOMPARE(QString::fromLatin1(need(r->loc->keys.read(account), "token").bytes()), r->hub.token);
        const sync::SyncConfig config = need(r->engine->store().config(), "config");
        QCOMPARE(config.hubUrl, kHubUrl);
        QCOMPARE(config.deviceId, u"dev-1"_s);
        QCOMPARE(config.locationName, u"Springfield North"_s);
        // The database never holds the token.
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM settings WHERE value LIKE ?"_s,
                     {QString(u"%"_s + r->hub.token + u"%"_s)}),
            0);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'sync.enroll'"_s), 1);
        QCOMPARE(r->engine->status().state, SyncState::Idle);

        // Again with the same hub (a revoked device): the token is replaced.
        enroll(*r->engine);
        QCOMPARE(QString::fromLatin1(need(r->loc->keys.read(account), "token").bytes()), r->hub.token);
        QCOMPARE(need(r->engine->store().config(), "config").deviceId, u"dev-2"_s);

        // Another hub is refused while enrolled.
        QSignalSpy other(r->engine.get(), &SyncEngine::enrollFinished);
        r->engine->enroll(kSyncManager, {u"https://other-hub.test"_s, kCode, u"Front desk"_s, {}});
        QVERIFY(other.wait(5000));
        QVERIFY(!other.at(0).at(0).toBool());
        QVERIFY(other.at(0).at(1).toString().contains(kHubUrl));
        QCOMPARE(r->hub.enrollCount, 2);

        // Un-enrolling forgets the hub and removes the token.
        QVERIFY(!r->engine->unenroll(kSyncDesk).ok());
        QVERIFY(r->engine->unenroll(kSyncManager).ok());
        QVERIFY(!r->loc->keys.contains(account));
        QVERIFY(!need(r->engine->store().config(), "config").enrolled());
        QCOMPARE(r->engine->status().state, SyncState::NotEnrolled);
    }

    void enrollmentRefusals()
    {
        auto r = rig();
        auto refused = [&](const Actor &actor, const sync::EnrollmentRequest &req) {
            QSignalSpy spy(r->engine.get(), &SyncEngine::enrollFinished);
            r->engine->enroll(actor, req);
            if (!spy.wait(5000))
                return QString(u"(no answer)"_s);
            return spy.at(0).at(0).toBool() ? QString() : spy.at(0).at(1).toString();
        };
        QVERIFY(refused(kSyncDesk, {kHubUrl, kCode, u"Front desk"_s, {}}).contains(u"manager"_s));
        QVERIFY(
            refused(kSyncManager, {u"http://hub.test"_s, kCode, u"Front desk"_s, {}}).contains(u"https"_s));
        QVERIFY(refused(kSyncManager, {kHubUrl, u"12345"_s, u"Front desk"_s, {}}).contains(u"16"_s));
        QVERIFY(!refused(kSyncManager, {kHubUrl, kCode, u"Front desk"_s, {QByteArray(), u"not-a-pin"_s}})
                     .isEmpty());
        QVERIFY(!refused(kSyncManager, {kHubUrl, kCode, u"Front desk"_s, {QByteArray("garbage"), QString()}})
                     .isEmpty());
        QCOMPARE(r->hub.enrollCount, 0); // none of these reached the hub
        // A wrong code reaches the hub and comes back as a sentence.
        const QString wrong = refused(kSyncManager, {kHubUrl, u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s, u"Front desk"_s, {}});
        QVERIFY2(wrong.contains(u"not valid"_s), qPrintable(wrong));
        QVERIFY(!r->loc->keys.contains(r->engine->store().tokenAccount()));
        QVERIFY(!need(r->engine->store().config(), "config").enrolled());
    }

    void enrollmentWithoutAKeychainIsRefused()
    {
        auto r = rig();
        r->loc->keys.setAvailable(false);
        QSignalSpy spy(r->engine.get(), &SyncEngine::enrollFinished);
        r->engine->enroll(kSyncManager, {kHubUrl, kCode, u"Front desk"_s, {}});
        QVERIFY(spy.wait(5000));
        QVERIFY(!spy.at(0).at(0).toBool());
        QVERIFY(spy.at(0).at(1).toString().contains(u"keychain"_s));
        r->loc->keys.setAvailable(true);
        QVERIFY(!need(r->engine->store().config(), "config").enrolled());
    }

    void pushSendsTheOutboxInOrderInBatches()
    {
        SyncEngine::Options o = testOptions();
        o.pushBatch = 3;
        auto r = rig(o);
        for (int i = 0; i < 4; ++i) {
            const QString c = r->loc->addCustomer(u"Ann%1"_s.arg(i), u"Lee"_s);
            r->loc->bookJob(c, QDateTime(QDate(2027, 3, 2 + i), QTime(14, 0), Qt::UTC));
        }
        const qint64 rows = r->loc->pending();
        QVERIFY(rows >= 9);
        enroll(*r->engine);
        QCOMPARE(r->loc->pending(), 0);
        qint64 expected = -1;
        int batches = 0;
        for (const sync::HubRequest &req : std::as_const(r->hub.requests)) {
            if (req.path != "/api/v1/push"_L1)
                continue;
            ++batches;
            const QJsonArray ms = QJsonDocument::fromJson(req.body).object().value(u"mutations"_s).toArray();
            QVERIFY(ms.size() >= 1 && ms.size() <= 3);
            for (const QJsonValue &m : ms) {
                const qint64 id = qint64(m.toObject().value(u"mutation_id"_s).toDouble());
                if (expected >= 0)
                    QCOMPARE(id, expected);
                expected = id + 1;
            }
        }
        QCOMPARE(batches, int((rows + 2) / 3));
        QCOMPARE(r->hub.lastApplied, r->loc->scalar(u"SELECT max(mutation_id) FROM outbox"_s));
        // What the hub holds is what the location last wrote, local-only fields excluded.
        const auto latest = r->loc->latestOutbox();
        QCOMPARE(r->hub.records.size(), latest.size());
        for (auto it = latest.begin(); it != latest.end(); ++it)
            QCOMPARE(r->hub.records.value(it.key()), it.value());
        for (const QJsonObject &p : std::as_const(r->hub.records))
            QVERIFY(!QJsonDocument(p).toJson().contains("4321")); // the gate code stayed here
        const auto runs = need(r->engine->store().runs(kSyncManager), "runs");
        QCOMPARE(runs.front().outcome, u"ok"_s);
        QCOMPARE(runs.front().pushed, rows);
    }

    void rejectedMutationsAreConsumedAndLogged()
    {
        auto r = rig();
        const QString keep = r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        const QString refused = r->loc->addCustomer(u"Bob"_s, u"Ray"_s);
        r->hub.rejectIds.insert(refused, QString(protocol::error::NotOwner));
        enroll(*r->engine);
        QCOMPARE(r->loc->pending(), 0);
        QVERIFY(r->hub.records.contains(u"customer/"_s + keep));
        QVERIFY(!r->hub.records.contains(u"customer/"_s + refused));
        const auto rejections = need(r->engine->store().rejections(kSyncManager), "rejections");
        QCOMPARE(rejections.size(), size_t(1));
        QCOMPARE(rejections.front().direction, u"push"_s);
        QCOMPARE(rejections.front().entityId, refused);
        QCOMPARE(rejections.front().code, QString(protocol::error::NotOwner));
        QVERIFY(!r->engine->store().rejections(kSyncDesk).ok()); // managers only
        QCOMPARE(need(r->engine->store().runs(kSyncManager), "runs").front().rejected, 1);
    }

    void aGapIsFilledFromRowsStillHere()
    {
        auto r = rig();
        for (int i = 0; i < 5; ++i)
            r->loc->addCustomer(u"Ann%1"_s.arg(i), u"Lee"_s);
        enroll(*r->engine);
        const qint64 last = r->hub.lastApplied;
        // The hub was restored from a backup that ends at mutation 2.
        r->hub.lastApplied = 2;
        r->hub.records.clear();
        const QString late = r->loc->addCustomer(u"Cy"_s, u"Poe"_s);
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"ok"_s);
        QCOMPARE(r->hub.lastApplied, last + 1);
        QVERIFY(r->hub.records.contains(u"customer/"_s + late));
        QVERIFY(r->hub.records.size() >= 4); // mutations 3.. came again
        QCOMPARE(r->loc->pending(), 0);
    }

    void aGapThatCannotBeFilledNeedsEnrollment()
    {
        auto r = rig();
        for (int i = 0; i < 3; ++i)
            r->loc->addCustomer(u"Ann%1"_s.arg(i), u"Lee"_s);
        enroll(*r->engine);
        r->hub.lastApplied = 1;
        QSqlQuery q = r->loc->db->query(u"DELETE FROM outbox WHERE mutation_id <= 3"_s); // purged meanwhile
        QVERIFY(q.exec());
        r->loc->addCustomer(u"Cy"_s, u"Poe"_s);
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"stopped"_s);
        QCOMPARE(run.errorCode, QString(protocol::error::MutationGap));
        QCOMPARE(r->engine->status().state, SyncState::NeedsReenrollment);
    }

    void aReusedIdStopsUntilEnrolledAgain()
    {
        auto r = rig();
        r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enroll(*r->engine);
        r->loc->addCustomer(u"Bob"_s, u"Ray"_s);
        r->hub.overrides.push_back(FakeHub::error(409, QString(protocol::error::MutationReused)));
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"stopped"_s);
        const sync::SyncStatus st = r->engine->status();
        QCOMPARE(st.state, SyncState::NeedsReenrollment);
        QVERIFY2(st.lastError.contains(u"diverged"_s), qPrintable(st.lastError));
        // Nothing more goes out until the PC is enrolled again, even on "Sync now".
        const qsizetype before = r->hub.requests.size();
        r->engine->syncNow();
        QTest::qWait(50);
        QCOMPARE(r->hub.requests.size(), before);
        QCOMPARE(r->loc->pending(), 1);
        enroll(*r->engine); // a new device; its first push may start at any id
        QCOMPARE(r->engine->status().state, SyncState::Idle);
        QCOMPARE(r->loc->pending(), 0);
    }

    void aRevokedDeviceIsToldToEnrollAgain()
    {
        auto r = rig();
        enroll(*r->engine);
        r->hub.overrides.push_back(FakeHub::error(401, QString(protocol::error::DeviceRevoked)));
        runOnce(*r->engine);
        const sync::SyncStatus st = r->engine->status();
        QCOMPARE(st.state, SyncState::NeedsReenrollment);
        QVERIFY2(st.lastError.contains(u"Enroll it again"_s), qPrintable(st.lastError));
        QVERIFY(need(r->engine->store().state(), "state").needsReenroll);
        // A restart remembers it.
        SyncEngine again(*r->loc->db, r->loc->keys, testOptions());
        QCOMPARE(again.status().state, SyncState::NeedsReenrollment);
    }

    void anOldProtocolShowsTheHubsMessageAndWaitsForSyncNow()
    {
        auto r = rig();
        enroll(*r->engine);
        const QString message = u"This hub speaks sync protocol 2 and Spoke sent 1. Update Spoke."_s;
        r->hub.overrides.push_back(
            FakeHub::error(426, QString(protocol::error::UnsupportedProtocolVersion), message));
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"error"_s);
        QCOMPARE(r->engine->status().lastError, message);
        QCOMPARE(r->engine->status().state, SyncState::Error);
        QVERIFY(r->engine->isBlocked());
        QVERIFY(!r->engine->status().nextAttempt.isValid()); // no automatic retry of a refusal
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s); // "Sync now" tries again
        QVERIFY(!r->engine->isBlocked());
    }

    void rateLimitWaitsRetryAfter()
    {
        auto r = rig();
        enroll(*r->engine);
        sync::HubResponse limited = FakeHub::error(429, QString(protocol::error::RateLimited));
        limited.retryAfterSecs = 7;
        r->hub.overrides.push_back(limited);
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.errorCode, QString(protocol::error::RateLimited));
        QVERIFY(r->engine->lastBackoffMs() >= 7000);
        QVERIFY(r->engine->status().nextAttempt.isValid());
        r->engine->stop();
    }

    void serverErrorsBackOffExponentiallyWithJitterUpToACap()
    {
        SyncEngine::Options o = testOptions(42);
        o.backoffBaseMs = 1000;
        o.backoffCapMs = 16000;
        auto r = rig(o);
        enroll(*r->engine);
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i) {
            r->hub.overrides.push_back(FakeHub::error(i % 2 ? 503 : 500,
                QString(i % 2 ? protocol::error::ShuttingDown : protocol::error::Internal)));
            const sync::SyncRun run = runOnce(*r->engine);
            QCOMPARE(run.outcome, u"error"_s);
            QCOMPARE(r->engine->status().state, SyncState::Error);
            delays << r->engine->lastBackoffMs();
        }
        for (int i = 0; i < delays.size(); ++i) {
            // syncNow() keeps the attempt count: step i is base * 2^i, capped.
            const qint64 step = std::min<qint64>(16000, 1000LL << i);
            QVERIFY2(delays[i] >= step / 2 && delays[i] <= step,
                qPrintable(u"attempt %1: %2 ms for a %3 ms step"_s.arg(i).arg(delays[i]).arg(step)));
        }
        QVERIFY(delays.last() <= 16000);
        // Jitter: the waits are not exactly the steps (they would be with no randomness).
        int exact = 0;
        for (int i = 0; i < delays.size(); ++i)
            exact += delays[i] == std::min<qint64>(16000, 1000LL << i) ? 1 : 0;
        QVERIFY(exact < delays.size());
        // A success resets the count.
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        r->hub.overrides.push_back(FakeHub::error(500, QString(protocol::error::Internal)));
        runOnce(*r->engine);
        QVERIFY(r->engine->lastBackoffMs() <= 1000);
        r->engine->stop();
    }

    void theNetworkGoneIsOfflineAndRetriedOnItsOwn()
    {
        auto r = rig();
        enroll(*r->engine);
        r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        sync::HubResponse down;
        down.failure = sync::HubResponse::Failure::Network;
        down.detail = u"Connection refused"_s;
        r->hub.overrides.push_back(down);
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"offline"_s);
        QCOMPARE(r->engine->status().state, SyncState::Offline);
        QVERIFY(r->engine->status().lastError.contains(u"could not be reached"_s));
        // The backoff timer brings the next run without anyone asking.
        QTRY_COMPARE_WITH_TIMEOUT(r->engine->status().state, SyncState::Idle, 10'000);
        QCOMPARE(r->loc->pending(), 0);
    }

    void aHungCallIsAbandonedAtTheTimeout()
    {
        SyncEngine::Options o = testOptions();
        o.requestTimeoutMs = 300;
        o.backoffBaseMs = 60'000; // no automatic retry inside this test
        o.backoffCapMs = 60'000;
        auto r = rig(o);
        enroll(*r->engine);
        r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        r->hub.hangNext = 1;
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"offline"_s);
        QCOMPARE(run.errorCode, QString(sync::code::Timeout));
        QCOMPARE(r->loc->pending(), 1); // applied by the hub, maybe, but not known: it goes again
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->pending(), 0);
    }

    void pullAppliesHeadOfficeChangesWithoutEcho()
    {
        auto r = rig();
        const QString customer = r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enroll(*r->engine);
        const qint64 outboxBefore = r->loc->outboxRows();
        const QString booking = u"0190aaaa-0000-7000-8000-000000000001"_s;
        const QString service = u"0190aaaa-0000-7000-8000-000000000002"_s;
        r->hub.hq(u"service"_s, service, protocol::Op::Upsert,
            {{u"id"_s, service}, {u"owner"_s, u"head_office"_s}, {u"code"_s, u"HQ-9"_s},
                {u"name"_s, u"Spring clean"_s}, {u"category"_s, u"Cleaning"_s}, {u"durationMinutes"_s, 180},
                {u"priceMinor"_s, u"21000"_s}, {u"currency"_s, u"USD"_s}, {u"active"_s, true}});
        r->hub.hq(u"job"_s, booking, protocol::Op::Upsert,
            {{u"customerId"_s, customer}, {u"bookedBy"_s, u"head_office"_s},
                {u"start"_s, u"2027-03-03T15:00:00.000Z"_s},
                {u"lines"_s, QJsonArray {QJsonObject {{u"serviceId"_s, service}, {u"quantity"_s, 1}}}},
                {u"crewNotes"_s, u"Booked by the call centre"_s}});
        r->hub.hq(u"location_settings"_s, u"loc-1"_s, protocol::Op::Upsert,
            {{u"invoiceFooter"_s, u"Thank you from Spoke Cleaning"_s}, {u"defaultTermsDays"_s, 30}});
        QSignalSpy changed(r->engine.get(), &SyncEngine::dataChanged);
        const sync::SyncRun run = runOnce(*r->engine);
        QCOMPARE(run.outcome, u"ok"_s);
        QCOMPARE(run.pulled, 3);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).toBool() && changed.at(0).at(1).toBool() && changed.at(0).at(3).toBool());

        // The central booking is on the board, marked as head office's.
        const Job job = need(r->loc->jobs->job(kSyncManager, booking), "job");
        QCOMPARE(job.bookedBy, RecordOwner::HeadOffice);
        QCOMPARE(job.status, JobStatus::Scheduled);
        QCOMPARE(job.startUtc, QDateTime(QDate(2027, 3, 3), QTime(15, 0), Qt::UTC));
        QCOMPARE(job.endUtc, job.startUtc.addSecs(180 * 60)); // the service's duration
        QCOMPARE(job.lines.size(), size_t(1));
        QCOMPARE(job.lines.front().unitPriceMinor, 21000);
        QCOMPARE(job.lines.front().description, u"Spring clean"_s);
        const BoardSnapshot board = need(r->loc->jobs->board(kSyncManager, QDate(2027, 3, 1), 7), "board");
        bool onBoard = false;
        for (const BoardItem &i : board.items)
            onBoard = onBoard || (i.view.job.id == booking && i.view.job.bookedBy == RecordOwner::HeadOffice);
        QVERIFY(onBoard);
        // The catalog item and the settings head office manages.
        const ServiceItem item = need(r->loc->catalog->service(kSyncManager, service), "service");
        QCOMPARE(item.owner, RecordOwner::HeadOffice);
        QCOMPARE(item.priceMinor, 21000);
        QCOMPARE(
            LocationService(*r->loc->db).setting(u"billing.footer"_s), u"Thank you from Spoke Cleaning"_s);
        QCOMPARE(LocationService(*r->loc->db).setting(u"billing.default_terms_days"_s), u"30"_s);
        // No echo: nothing that came down is queued to go back up.
        QCOMPARE(r->loc->outboxRows(), outboxBefore);
        QCOMPARE(r->loc->pending(), 0);
        QCOMPARE(need(r->engine->store().state(), "state").cursor, r->hub.seq);

        // The same page again (a lost answer) changes nothing.
        const qint64 events
            = r->loc->scalar(u"SELECT count(*) FROM job_events WHERE job_id = ?"_s, {booking});
        QSqlQuery rewind = r->loc->db->query(u"UPDATE sync_state SET cursor = 0"_s);
        QVERIFY(rewind.exec());
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM job_events WHERE job_id = ?"_s, {booking}), events);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id = ?"_s, {booking}), 1);
        QCOMPARE(r->loc->outboxRows(), outboxBefore);
    }

    void hiddenHereSurvivesACatalogUpdate()
    {
        auto r = rig();
        enroll(*r->engine);
        const QString service = u"0190aaaa-0000-7000-8000-0000000000a1"_s;
        QJsonObject payload {{u"owner"_s, u"head_office"_s}, {u"name"_s, u"Oven clean"_s},
            {u"durationMinutes"_s, 45}, {u"priceMinor"_s, u"6000"_s}, {u"active"_s, true}};
        r->hub.hq(u"service"_s, service, protocol::Op::Upsert, payload);
        runOnce(*r->engine);
        // The location switches it off for itself.
        ServiceItem item = need(r->loc->catalog->service(kSyncManager, service), "service");
        item.active = false;
        QVERIFY(r->loc->catalog->save(kSyncManager, item).ok());
        QCOMPARE(r->loc->scalar(u"SELECT hidden_here FROM services WHERE id = ?"_s, {service}), 1);
        // Head office changes the price and sends it again.
        payload.insert(u"priceMinor"_s, u"6500"_s);
        r->hub.hq(u"service"_s, service, protocol::Op::Upsert, payload);
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT price_minor FROM services WHERE id = ?"_s, {service}), 6500);
        QCOMPARE(r->loc->scalar(u"SELECT hidden_here FROM services WHERE id = ?"_s, {service}), 1);
        QCOMPARE(r->loc->scalar(u"SELECT active FROM services WHERE id = ?"_s, {service}), 1);
        QVERIFY(!need(r->loc->catalog->service(kSyncManager, service), "service").active); // still off here
        QCOMPARE(r->loc->pending(), 0); // switching off stays local
    }

    void tombstonesRemoveHeadOfficeRecords()
    {
        auto r = rig();
        const QString customer = r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enroll(*r->engine);
        const QString booking = u"0190aaaa-0000-7000-8000-0000000000b1"_s;
        const QString service = u"0190aaaa-0000-7000-8000-0000000000b2"_s;
        r->hub.hq(u"job"_s, booking, protocol::Op::Upsert,
            {{u"customerId"_s, customer}, {u"start"_s, u"2027-03-03T15:00:00.000Z"_s},
                {u"end"_s, u"2027-03-03T16:00:00.000Z"_s}});
        r->hub.hq(u"service"_s, service, protocol::Op::Upsert,
            {{u"owner"_s, u"head_office"_s}, {u"name"_s, u"Gutters"_s}, {u"durationMinutes"_s, 60},
                {u"priceMinor"_s, 9000}});
        runOnce(*r->engine);
        QCOMPARE(
            r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id = ? AND deleted_at IS NULL"_s, {booking}), 1);
        r->hub.hq(u"job"_s, booking, protocol::Op::Delete, {});
        r->hub.hq(u"service"_s, service, protocol::Op::Delete, {});
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(
            r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id = ? AND deleted_at IS NULL"_s, {booking}), 0);
        QVERIFY(!r->loc->catalog->service(kSyncManager, service).ok()
            || r->loc->scalar(
                   u"SELECT count(*) FROM services WHERE id = ? AND deleted_at IS NULL"_s, {service})
                == 0);
        QCOMPARE(r->loc->pending(), 0);
    }

    void anInvalidChangeIsLoggedAndSkipped()
    {
        auto r = rig();
        const QString customer = r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enroll(*r->engine);
        r->hub.hq(u"job"_s, u"bad-job"_s, protocol::Op::Upsert,
            {{u"customerId"_s, customer}, {u"status"_s, u"teleported"_s}});
        r->hub.hq(u"service"_s, u"bad-service"_s, protocol::Op::Upsert,
            {{u"owner"_s, u"head_office"_s}, {u"name"_s, u""_s}, {u"durationMinutes"_s, 60}});
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id = 'bad-job'"_s), 0);
        const auto rejections = need(r->engine->store().rejections(kSyncManager), "rejections");
        QCOMPARE(rejections.size(), size_t(2));
        for (const sync::SyncRejection &x : rejections)
            QCOMPARE(x.direction, u"pull"_s);
        QCOMPARE(need(r->engine->store().state(), "state").cursor, r->hub.seq); // the feed moved on
    }

    void aBookingWaitsForItsCustomer()
    {
        auto r = rig();
        enroll(*r->engine);
        const QString booking = u"0190aaaa-0000-7000-8000-0000000000c1"_s;
        const QString customer = u"0190aaaa-0000-7000-8000-0000000000c2"_s;
        // A full pass that lists the job before its customer, on separate pages.
        r->hub.fullPageSize = 1;
        r->hub.fullState
            = {change(u"job"_s, booking,
                   {{u"customerId"_s, customer}, {u"bookedBy"_s, u"location"_s},
                       {u"start"_s, u"2027-03-04T15:00:00.000Z"_s}, {u"end"_s, u"2027-03-04T16:00:00.000Z"_s},
                       {u"status"_s, u"scheduled"_s}}),
                change(u"customer_timeline"_s, u"0190aaaa-0000-7000-8000-0000000000c3"_s,
                    {{u"customerId"_s, customer}, {u"kind"_s, u"note"_s},
                        {u"summary"_s, u"Prefers mornings"_s}, {u"at"_s, u"2027-01-01T10:00:00.000Z"_s}}),
                change(u"customer"_s, customer,
                    {{u"id"_s, customer}, {u"kind"_s, u"person"_s}, {u"givenName"_s, u"Hélène"_s},
                        {u"familyName"_s, u"Dubois"_s}})};
        QSqlQuery full = r->loc->db->query(u"UPDATE sync_state SET full_pending = 1"_s);
        QVERIFY(full.exec());
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id = ?"_s, {booking}), 1);
        QCOMPARE(r->loc->scalar(
                     u"SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND kind = 'note'"_s,
                     {customer}),
            1);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM sync_parked"_s), 0);
        QCOMPARE(r->engine->status().parked, 0);
        QCOMPARE(r->loc->pending(), 0);

        // A central booking for a customer this PC does not have waits (and shows).
        r->hub.hq(u"job"_s, u"0190aaaa-0000-7000-8000-0000000000c9"_s, protocol::Op::Upsert,
            {{u"customerId"_s, u"nobody-here"_s}, {u"start"_s, u"2027-03-05T15:00:00.000Z"_s}});
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->engine->status().parked, 1);
        QCOMPARE(need(r->engine->store().parked(kSyncManager), "parked").front().entity, u"job"_s);
    }

    void aFullPassRebuildsTheLocationAndDropsWhatHeadOfficeRemoved()
    {
        // The old PC: customers with contacts and preferences, jobs.
        TestLocation old(folder());
        const QString ann = old.addCustomer(u"Ann"_s, u"Lee"_s, u"(212) 555-0142"_s);
        const QString bob = old.addCustomer(u"Bob"_s, u"Ray"_s);
        const QString job = old.bookJob(ann, QDateTime(QDate(2027, 3, 2), QTime(14, 0), Qt::UTC));
        QList<protocol::Change> state;
        const auto latest = old.latestOutbox();
        qint64 seq = 0;
        for (auto it = latest.begin(); it != latest.end(); ++it) {
            const QString entity = it.key().section(u'/', 0, 0);
            state << change(entity, it.key().section(u'/', 1), it.value(), u"location"_s, ++seq);
        }
        const QString hqService = u"0190aaaa-0000-7000-8000-0000000000d1"_s;
        state << change(u"service"_s, hqService,
            {{u"owner"_s, u"head_office"_s}, {u"name"_s, u"Windows"_s}, {u"durationMinutes"_s, 90},
                {u"priceMinor"_s, u"12000"_s}},
            u"head_office"_s, ++seq);

        // The replacement PC, with a head-office item head office has since removed.
        auto r = rig(testOptions(), false);
        {
            // An item that came from head office earlier, and is gone from its catalog now.
            QSqlQuery q = r->loc->db->query(
                u"INSERT INTO services (id, owner, name, duration_min, price_minor, currency, created_at, "
                u"updated_at) "
                "VALUES ('gone', 'head_office', 'Old item', 30, 100, 'USD', '2026-01-01', '2026-01-01')"_s);
            QVERIFY(q.exec());
        }
        r->hub.fullState = state;
        r->hub.fullPageSize = 3;
        r->hub.seq = 77;
        const qint64 outboxBefore = r->loc->outboxRows();
        // The first try dies half way (a write fails on the last page): nothing of that page
        // stays, the cursor does not move, the next run starts the pass again.
        int fail = 0;
        r->loc->db->setFaultInjector([&fail](const QString &sql) {
            return sql.startsWith(u"UPDATE services SET deleted_at"_s) && fail++ == 0;
        });
        enroll(*r->engine);
        QCOMPARE(need(r->engine->store().runs(kSyncManager), "runs").front().errorCode,
            QString(sync::code::Storage));
        QCOMPARE(need(r->engine->store().state(), "state").cursor, 0);
        QVERIFY(need(r->engine->store().state(), "state").fullPending);
        r->loc->db->setFaultInjector({});
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        const sync::SyncCursor st = need(r->engine->store().state(), "state");
        QCOMPARE(st.cursor, 77);
        QVERIFY(!st.fullPending);

        // Customers with their contacts, addresses and preferences, under their own ids.
        const Customer a = need(r->loc->customers->get(kSyncManager, ann), "ann");
        QCOMPARE(a.givenName, u"Ann"_s);
        QCOMPARE(a.phones.size(), size_t(1));
        QCOMPARE(a.phones.front().e164, u"+12125550142"_s);
        QCOMPARE(a.addresses.size(), size_t(1));
        QCOMPARE(a.addresses.front().accessNotes, u"knock on the side door"_s);
        QVERIFY(a.addresses.front().gateCode.isEmpty()); // local-only: it never left the old PC
        QCOMPARE(a.preferences.size(), size_t(1));
        QCOMPARE(a.tags, QStringList {u"vip"_s});
        QVERIFY(r->loc->customers->get(kSyncManager, bob).ok());
        // Found by search, like any customer.
        QCOMPARE(
            r->loc->scalar(u"SELECT count(*) FROM customer_search_map WHERE customer_id = ?"_s, {ann}), 1);
        // The job, with its lines.
        const Job j = need(r->loc->jobs->job(kSyncManager, job), "job");
        QCOMPARE(j.customerId, ann);
        QCOMPARE(j.bookedBy, RecordOwner::Location);
        QCOMPARE(j.lines.size(), size_t(1));
        QCOMPARE(j.lines.front().unitPriceMinor, 15000);
        // The location's own service, and head office's catalog as it is now.
        QVERIFY(r->loc->catalog->service(kSyncManager, old.serviceId).ok());
        QVERIFY(r->loc->catalog->service(kSyncManager, hqService).ok());
        QCOMPARE(
            r->loc->scalar(u"SELECT count(*) FROM services WHERE id = 'gone' AND deleted_at IS NULL"_s), 0);
        // This PC keeps the profile its wizard made; the old PC's is kept aside whole.
        const QString oldProfile = old.scalarText(u"SELECT id FROM location_profile"_s);
        QVERIFY(r->loc->scalarText(u"SELECT id FROM location_profile"_s) != oldProfile);
        QCOMPARE(
            r->loc->scalar(u"SELECT count(*) FROM sync_archive WHERE entity = 'location' AND entity_id = ?"_s,
                {oldProfile}),
            1);
        // Nothing rebuilt goes back up.
        QCOMPARE(r->loc->outboxRows(), outboxBefore);

        // A second full pass changes nothing (every record is here already).
        const qint64 customers = r->loc->scalar(u"SELECT count(*) FROM customers"_s);
        QSqlQuery again = r->loc->db->query(u"UPDATE sync_state SET full_pending = 1"_s);
        QVERIFY(again.exec());
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM customers"_s), customers);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs"_s), 1);
    }

    void aFailedWriteRollsBackThePageAndTheCursor()
    {
        auto r = rig();
        const QString customer = r->loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enroll(*r->engine);
        const qint64 cursor = need(r->engine->store().state(), "state").cursor;
        const QString a = u"0190aaaa-0000-7000-8000-0000000000e1"_s,
                      b = u"0190aaaa-0000-7000-8000-0000000000e2"_s;
        for (const QString &id : {a, b})
            r->hub.hq(u"job"_s, id, protocol::Op::Upsert,
                {{u"customerId"_s, customer}, {u"start"_s, u"2027-03-03T15:00:00.000Z"_s},
                    {u"end"_s, u"2027-03-03T16:00:00.000Z"_s}});
        // "Spoke killed mid-apply": the second job's insert fails after the first was written.
        int inserts = 0;
        r->loc->db->setFaultInjector([&inserts](const QString &sql) {
            return sql.startsWith(u"INSERT INTO jobs"_s) && ++inserts == 2;
        });
        const sync::SyncRun failed = runOnce(*r->engine);
        QCOMPARE(failed.outcome, u"error"_s);
        QCOMPARE(failed.errorCode, QString(sync::code::Storage));
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id IN (?, ?)"_s, {a, b}), 0);
        QCOMPARE(need(r->engine->store().state(), "state").cursor, cursor);
        r->loc->db->setFaultInjector({});
        QCOMPARE(runOnce(*r->engine).outcome, u"ok"_s);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM jobs WHERE id IN (?, ?)"_s, {a, b}), 2);
        QCOMPARE(r->loc->scalar(u"SELECT count(*) FROM job_events WHERE job_id IN (?, ?)"_s, {a, b}), 2);
    }

    void theConflictLogComesDownOnce()
    {
        auto r = rig();
        enroll(*r->engine);
        for (qint64 i = 1; i <= 3; ++i)
            r->hub.conflicts.append(
                {i, u"job"_s, u"j%1"_s.arg(i), u"start"_s, QJsonValue(u"2027-03-04T14:00:00Z"_s),
                    QJsonValue(u"2027-03-04T09:00:00Z"_s), u"location"_s, u"2027-03-01T10:12:44.120Z"_s});
        QCOMPARE(runOnce(*r->engine).conflicts, 3);
        QCOMPARE(runOnce(*r->engine).conflicts, 0);
        const auto conflicts = need(r->engine->store().conflicts(kSyncManager), "conflicts");
        QCOMPARE(conflicts.size(), size_t(3));
        QCOMPARE(conflicts.front().id, 3);
        QCOMPARE(conflicts.front().keptValue, u"\"2027-03-04T14:00:00Z\""_s);
        QCOMPARE(conflicts.front().overwrittenBy, u"location"_s);
        QVERIFY(!r->engine->store().conflicts(kSyncDesk).ok());
        QCOMPARE(need(r->engine->store().state(), "state").conflictsSince, 3);
    }

    void theRunHistoryKeepsTheNewest()
    {
        auto r = rig();
        for (int i = 0; i < sync::SyncStore::kRunsKept + 15; ++i) {
            sync::SyncRun run;
            run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
            run.trigger = u"timer"_s;
            run.outcome = u"ok"_s;
            run.pushed = i;
            QVERIFY(r->engine->store().recordRun(run).ok());
        }
        const auto runs = need(r->engine->store().runs(kSyncDesk, 1000), "runs");
        QCOMPARE(runs.size(), size_t(sync::SyncStore::kRunsKept));
        QCOMPARE(runs.front().pushed, sync::SyncStore::kRunsKept + 14);
        QVERIFY(need(r->engine->store().state(), "state").lastSuccess.isValid());
    }

    void statesAndMessagesAreTranslatableWords()
    {
        for (SyncState s : {SyncState::NotEnrolled, SyncState::Idle, SyncState::Syncing, SyncState::Offline,
                 SyncState::Error, SyncState::NeedsReenrollment})
            QVERIFY(!sync::syncStateLabel(s).isEmpty());
        for (const QString &c :
            {QString(sync::code::TlsExpired), QString(sync::code::TlsHost), QString(sync::code::TlsUntrusted),
                QString(sync::code::PinMismatch), QString(protocol::error::EnrollmentCodeUsed),
                QString(protocol::error::EnrollmentCodeExpired)})
            QVERIFY2(!sync::errorMessage(c).contains(c), qPrintable(c)); // words, not the code
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
