// Spoke's sync engine against the real spoke-hub over real TLS on loopback: enrollment
// (codes, certificates, pinning), the outbox arriving whole, head office's central bookings,
// catalog, settings and tombstones coming down (no echo), the conflict log, and recovery on
// a replacement PC with the old one revoked. SPOKE_SYNC_TEST_BACKEND=postgres runs the same
// against the PostgreSQL hub.

#include "hub_fixture.h"
#include "sync_test_support.h"

#include "core/protocol/api_error.h"
#include "core/util/ids.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace spoke;
using namespace spoke::test;
using spoke::sync::SyncEngine;
using spoke::sync::SyncState;

class TestSyncHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HubFixture m_fx;
    int m_n = 0;

    QString folder() { return m_dir.filePath(u"loc%1"_s.arg(++m_n)); }

    /// The enrollment's answer: empty on success, else the message shown.
    static QString enroll(SyncEngine &engine, const sync::EnrollmentRequest &request, bool waitForRun = true)
    {
        QSignalSpy enrolled(&engine, &SyncEngine::enrollFinished);
        QSignalSpy runs(&engine, &SyncEngine::runFinished);
        engine.enroll(kSyncManager, request);
        if (!enrolled.wait(30'000))
            return u"(no answer)"_s;
        if (!enrolled.at(0).at(0).toBool())
            return enrolled.at(0).at(1).toString();
        if (waitForRun && runs.isEmpty() && !runs.wait(60'000))
            return u"(no run after enrollment)"_s;
        return {};
    }

    struct Site
    {
        std::unique_ptr<TestLocation> loc;
        std::unique_ptr<SyncEngine> engine;
        QString locationId;
    };

    Site site(const QString &locationId = QString(), bool withService = true)
    {
        Site s;
        s.loc = std::make_unique<TestLocation>(folder(), withService);
        s.engine = std::make_unique<SyncEngine>(*s.loc->db, s.loc->keys, testOptions());
        s.locationId = locationId.isEmpty() ? m_fx.hub->addLocation(u"Location %1"_s.arg(m_n)) : locationId;
        return s;
    }

    void enrollSite(Site &s)
    {
        const QString why = enroll(*s.engine, m_fx.enrollment(m_fx.hub->enrollmentCode(s.locationId)));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(s.engine->status().state, SyncState::Idle);
    }

private slots:
    void initTestCase()
    {
        const QString why = m_fx.setUp();
        if (why.startsWith(u"skip:"_s))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        qInfo("hub backend: %s", qPrintable(m_fx.backend));
    }

    void cleanupTestCase() { m_fx.tearDown(); }

    void enrollmentCodes()
    {
        Site s = site();
        const QString code = m_fx.hub->enrollmentCode(s.locationId);
        // A code that does not exist.
        QString why = enroll(*s.engine, m_fx.enrollment(u"ZZZZ-ZZZZ-ZZZZ-ZZZZ"_s));
        QVERIFY2(why.contains(u"not valid"_s), qPrintable(why));
        // The right code: enrolled, the token in the keychain.
        why = enroll(*s.engine, m_fx.enrollment(code));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(s.loc->keys.contains(s.engine->store().tokenAccount()));
        QCOMPARE(need(s.engine->store().config(), "config").locationId, s.locationId);
        QCOMPARE(s.engine->status().state, SyncState::Idle);
        // The same code again (another PC tries it): used.
        Site other = site(s.locationId);
        why = enroll(*other.engine, m_fx.enrollment(code));
        QVERIFY2(why.contains(u"already used"_s), qPrintable(why));
        // An expired code.
        why = enroll(*other.engine, m_fx.enrollment(m_fx.hub->enrollmentCode(s.locationId, 0)));
        QVERIFY2(why.contains(u"expired"_s), qPrintable(why));
        QVERIFY(!need(other.engine->store().config(), "config").enrolled());
    }

    void certificatesAreChecked_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustTheHubsCa");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another CA's server") << u"other-server"_s << true << u"not trusted"_s;
        QTest::newRow("system CAs only") << u"server"_s << false << u"not trusted"_s;
        QTest::newRow("wrong host") << u"wrong-host"_s << true << u"another server name"_s;
        QTest::newRow("expired") << u"expired"_s << true << u"expired"_s;
    }

    void certificatesAreChecked()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustTheHubsCa);
        QFETCH(QString, expected);
        HubProcess other;
        HubProcess::Options o = m_fx.options();
        o.certificate = certificate;
        QVERIFY2(other.start(o), qPrintable(other.errorString()));
        const QString locationId = other.addLocation(u"TLS"_s);
        const QString code = other.enrollmentCode(locationId);
        TestLocation loc(folder());
        SyncEngine engine(*loc.db, loc.keys, testOptions());
        sync::HubTrust trust;
        if (trustTheHubsCa) {
            QFile f(other.caCertificatePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            trust.caPem = f.readAll();
        }
        const QString why = enroll(engine, {other.baseUrl().toString(), code, u"Front desk"_s, trust});
        QVERIFY2(why.contains(expected), qPrintable(why));
        QVERIFY(!need(engine.store().config(), "config").enrolled());
        QVERIFY(!loc.keys.contains(engine.store().tokenAccount()));
        // The code was never sent: it still works over a trusted connection... to this hub
        // only when its certificate is good, so check the hub saw no enrollment at all.
        QJsonValue devices;
        QVERIFY(other.admin({u"devices"_s, locationId}, &devices));
        QCOMPARE(devices.toArray().size(), 0);
        other.stop();
    }

    void pinning()
    {
        const QList<QSslCertificate> server = m_fx.hub->certs().certificates(u"server"_s);
        QVERIFY(!server.isEmpty());
        // The pin is what openssl computes for the certificate's SubjectPublicKeyInfo.
        QProcess openssl;
        openssl.start(u"sh"_s,
            {u"-c"_s,
                u"openssl x509 -in \"$1\" -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst "
                "-sha256 -binary | base64"_s,
                u"sh"_s, m_fx.hub->certs().certPath(u"server"_s)});
        QVERIFY(openssl.waitForFinished(30'000));
        const QString pin = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
        QCOMPARE(sync::HubTrust::spkiSha256(server.front()), pin);
        QVERIFY(sync::HubTrust::isValidPin(pin));

        // A wrong pin is refused even though the CA vouches for the hub.
        Site s = site();
        sync::EnrollmentRequest req = m_fx.enrollment(m_fx.hub->enrollmentCode(s.locationId));
        req.trust.pinSha256 = QString::fromLatin1(QByteArray(32, 'x').toBase64());
        QString why = enroll(*s.engine, req);
        QVERIFY2(why.contains(u"pinned"_s), qPrintable(why));
        QCOMPARE(m_fx.deviceOf(s.locationId, u"Front desk"_s), QString());
        // The right pin (with the hub's CA) enrolls and syncs.
        req.trust.pinSha256 = pin;
        why = enroll(*s.engine, req);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        s.loc->addCustomer(u"Pinned"_s, u"Customer"_s);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        QCOMPARE(s.loc->pending(), 0);
    }

    void theHubHoldsWhatSpokeWrote()
    {
        Site s = site();
        for (int i = 0; i < 12; ++i) {
            const QString c
                = s.loc->addCustomer(u"Ann%1"_s.arg(i), u"Lee"_s, u"(212) 555-01%1"_s.arg(10 + i));
            s.loc->bookJob(c, QDateTime(QDate(2027, 3, 2 + i % 5), QTime(13 + i % 4, 0), Qt::UTC));
        }
        enrollSite(s);
        QCOMPARE(s.loc->pending(), 0);
        // A second device of the same location reads the hub's state.
        const QString auditor = m_fx.rawEnroll(s.locationId);
        QVERIFY(!auditor.isEmpty());
        int duplicates = 0;
        const auto state = m_fx.fullState(auditor, &duplicates);
        QCOMPARE(duplicates, 0);
        const auto latest = s.loc->latestOutbox();
        int customers = 0, jobs = 0;
        for (auto it = latest.begin(); it != latest.end(); ++it) {
            QVERIFY2(state.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(state.value(it.key()).origin, u"location"_s);
            QCOMPARE(state.value(it.key()).payload, it.value());
            customers += it.key().startsWith(u"customer/"_s);
            jobs += it.key().startsWith(u"job/"_s);
        }
        QCOMPARE(customers, 12);
        QCOMPARE(jobs, 12);
        int own = 0;
        for (const protocol::Change &c : state)
            own += c.origin == "location"_L1;
        QCOMPARE(own, latest.size()); // nothing more, nothing less
    }

    void headOfficeChangesComeDown()
    {
        Site s = site();
        const QString customer = s.loc->addCustomer(u"Hélène"_s, u"Dubois"_s);
        enrollSite(s);
        const qint64 outboxBefore = s.loc->outboxRows();
        const QString booking = newUuidV7();
        const QString service = newUuidV7();
        QVERIFY(m_fx.hq(u"services"_s, QString(), service,
                    {{u"code"_s, u"HQ-7"_s}, {u"name"_s, u"Spring clean %1"_s.arg(m_n)},
                        {u"category"_s, u"Cleaning"_s}, {u"durationMinutes"_s, 150},
                        {u"priceMinor"_s, u"19900"_s}, {u"currency"_s, u"USD"_s}, {u"active"_s, true}})
            > 0);
        QVERIFY(
            m_fx.hq(u"bookings"_s, s.locationId, booking,
                {{u"customerId"_s, customer}, {u"addressId"_s, s.loc->firstAddress(customer)},
                    {u"start"_s, u"2027-03-03T15:00:00.000Z"_s}, {u"status"_s, u"scheduled"_s},
                    {u"lines"_s, QJsonArray {QJsonObject {{u"serviceId"_s, service}, {u"quantity"_s, 1}}}},
                    {u"crewNotes"_s, u"Booked by the call centre"_s}})
            > 0);
        QVERIFY(m_fx.hq(u"settings"_s, s.locationId, u"settings"_s,
                    {{u"invoiceFooter"_s, u"Spoke Cleaning — thank you"_s}, {u"defaultTermsDays"_s, 21}})
            > 0);
        const sync::SyncRun run = runOnce(*s.engine);
        QCOMPARE(run.outcome, u"ok"_s);

        // The central booking is on the board, as head office's.
        const BoardSnapshot board = need(s.loc->jobs->board(kSyncManager, QDate(2027, 3, 1), 7), "board");
        const BoardItem *item = nullptr;
        for (const BoardItem &i : board.items)
            if (i.view.job.id == booking)
                item = &i;
        QVERIFY(item);
        QCOMPARE(item->view.job.bookedBy, RecordOwner::HeadOffice);
        QCOMPARE(item->view.customerName, u"Hélène Dubois"_s);
        QCOMPARE(item->view.job.startUtc, QDateTime(QDate(2027, 3, 3), QTime(15, 0), Qt::UTC));
        QCOMPARE(item->view.job.endUtc, item->view.job.startUtc.addSecs(150 * 60));
        QCOMPARE(item->view.job.crewNotes, u"Booked by the call centre"_s);
        // The catalog item for every location, and the managed settings.
        QCOMPARE(need(s.loc->catalog->service(kSyncManager, service), "service").priceMinor, 19900);
        QCOMPARE(LocationService(*s.loc->db).setting(u"billing.footer"_s), u"Spoke Cleaning — thank you"_s);
        QCOMPARE(LocationService(*s.loc->db).setting(u"billing.default_terms_days"_s), u"21"_s);
        // No echo.
        QCOMPARE(s.loc->outboxRows(), outboxBefore);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        QCOMPARE(s.loc->outboxRows(), outboxBefore);

        // hidden_here survives head office sending the item again.
        ServiceItem mine = need(s.loc->catalog->service(kSyncManager, service), "service");
        mine.active = false;
        QVERIFY(s.loc->catalog->save(kSyncManager, mine).ok());
        QVERIFY(m_fx.hq(u"services"_s, QString(), service, {{u"priceMinor"_s, u"20900"_s}}) > 0);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        QCOMPARE(s.loc->scalar(u"SELECT price_minor FROM services WHERE id = ?"_s, {service}), 20900);
        QCOMPARE(s.loc->scalar(u"SELECT hidden_here FROM services WHERE id = ?"_s, {service}), 1);
        QCOMPARE(s.loc->scalarText(u"SELECT name FROM services WHERE id = ?"_s, {service}),
            u"Spring clean %1"_s.arg(m_n)); // merged on the hub: fields not sent stay

        // Tombstones.
        QVERIFY(m_fx.hq(u"bookings"_s, s.locationId, booking, {}, protocol::Op::Delete) > 0);
        QVERIFY(m_fx.hq(u"services"_s, QString(), service, {}, protocol::Op::Delete) > 0);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        QCOMPARE(
            s.loc->scalar(u"SELECT count(*) FROM jobs WHERE id = ? AND deleted_at IS NULL"_s, {booking}), 0);
        QCOMPARE(
            s.loc->scalar(u"SELECT count(*) FROM services WHERE id = ? AND deleted_at IS NULL"_s, {service}),
            0);
        QCOMPARE(s.loc->outboxRows(), outboxBefore);
    }

    void editsOfACentralBookingReachTheConflictLog()
    {
        Site s = site();
        const QString customer = s.loc->addCustomer(u"Ann"_s, u"Lee"_s);
        enrollSite(s);
        const QString booking = newUuidV7();
        QVERIFY(
            m_fx.hq(u"bookings"_s, s.locationId, booking,
                {{u"customerId"_s, customer}, {u"start"_s, u"2027-03-03T15:00:00.000Z"_s},
                    {u"end"_s, u"2027-03-03T17:00:00.000Z"_s}, {u"status"_s, u"scheduled"_s},
                    {u"lines"_s,
                        QJsonArray {QJsonObject {{u"serviceId"_s, s.loc->serviceId}, {u"quantity"_s, 1}}}},
                    {u"crewNotes"_s, u"HQ notes"_s}})
            > 0);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        // The location moves it: head office's start is overwritten, and the log says so.
        const Status moved = s.loc->jobs->reschedule(kSyncManager, booking,
            QDateTime(QDate(2027, 3, 3), QTime(18, 0), Qt::UTC), {}, u"customer asked"_s);
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        const auto conflicts = need(s.engine->store().conflicts(kSyncManager), "conflicts");
        bool startLogged = false;
        for (const sync::SyncConflict &c : conflicts)
            startLogged = startLogged
                || (c.entityId == booking && c.field == "start"_L1 && c.overwrittenBy == "location"_L1
                    && c.overwrittenValue.contains(u"2027-03-03T15:00"_s)
                    && c.keptValue.contains(u"18:00"_s));
        QVERIFY2(startLogged, qPrintable(QString::number(conflicts.size())));
        // Head office then changes the notes: they come down, the location's time stays.
        QVERIFY(
            m_fx.hq(u"bookings"_s, s.locationId, booking, {{u"crewNotes"_s, u"HQ notes, changed"_s}}) > 0);
        QCOMPARE(runOnce(*s.engine).outcome, u"ok"_s);
        const Job j = need(s.loc->jobs->job(kSyncManager, booking), "job");
        QCOMPARE(j.startUtc, QDateTime(QDate(2027, 3, 3), QTime(18, 0), Qt::UTC));
        QCOMPARE(j.crewNotes, u"HQ notes, changed"_s);
        QCOMPARE(j.bookedBy, RecordOwner::HeadOffice);
        QCOMPARE(s.loc->pending(), 0);
        // The conflict log comes down once.
        const qint64 logged = s.loc->scalar(u"SELECT count(*) FROM sync_conflicts"_s);
        QCOMPARE(runOnce(*s.engine).conflicts, 0);
        QCOMPARE(s.loc->scalar(u"SELECT count(*) FROM sync_conflicts"_s), logged);
    }

    void aReplacementPcRebuildsTheLocationAndTheOldOneIsRevoked()
    {
        Site old = site();
        QStringList customers, jobs;
        for (int i = 0; i < 6; ++i) {
            customers << old.loc->addCustomer(u"Cust%1"_s.arg(i), u"Omer"_s, u"(212) 555-02%1"_s.arg(10 + i));
            jobs << old.loc->bookJob(
                customers.last(), QDateTime(QDate(2027, 3, 8 + i), QTime(14, 0), Qt::UTC));
        }
        QVERIFY(
            old.loc->jobs->setStatus(kSyncManager, jobs.first(), JobStatus::Cancelled, u"moved away"_s).ok());
        enrollSite(old);
        const QString central = newUuidV7();
        QVERIFY(m_fx.hq(u"bookings"_s, old.locationId, central,
                    {{u"customerId"_s, customers.at(2)}, {u"start"_s, u"2027-03-20T15:00:00.000Z"_s},
                        {u"end"_s, u"2027-03-20T16:00:00.000Z"_s}, {u"status"_s, u"scheduled"_s}})
            > 0);
        QCOMPARE(runOnce(*old.engine).outcome, u"ok"_s);
        const QString oldDevice = need(old.engine->store().config(), "config").deviceId;

        // The old PC dies; a fresh profile on a new PC enrolls with a new code.
        Site fresh = site(old.locationId, false);
        enrollSite(fresh);
        for (const QString &id : std::as_const(customers)) {
            const Customer a = need(old.loc->customers->get(kSyncManager, id), "old");
            const Customer b = need(fresh.loc->customers->get(kSyncManager, id), "rebuilt");
            QCOMPARE(b.displayName(), a.displayName());
            QCOMPARE(b.phones.size(), a.phones.size());
            QCOMPARE(b.phones.front().e164, a.phones.front().e164);
            QCOMPARE(b.addresses.size(), a.addresses.size());
            QCOMPARE(b.addresses.front().id, a.addresses.front().id);
            QCOMPARE(b.addresses.front().street, a.addresses.front().street);
            QVERIFY(b.addresses.front().gateCode.isEmpty());
            QCOMPARE(b.preferences.size(), a.preferences.size());
            QCOMPARE(b.tags, a.tags);
        }
        for (const QString &id : std::as_const(jobs)) {
            const Job a = need(old.loc->jobs->job(kSyncManager, id), "old job");
            const Job b = need(fresh.loc->jobs->job(kSyncManager, id), "rebuilt job");
            QCOMPARE(b.customerId, a.customerId);
            QCOMPARE(b.addressId, a.addressId);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.startUtc, a.startUtc);
            QCOMPARE(b.endUtc, a.endUtc);
            QCOMPARE(b.lines.size(), a.lines.size());
            QCOMPARE(b.lines.front().unitPriceMinor, a.lines.front().unitPriceMinor);
            QCOMPARE(b.statusReason, a.statusReason);
        }
        QCOMPARE(
            need(fresh.loc->jobs->job(kSyncManager, central), "central").bookedBy, RecordOwner::HeadOffice);
        // The location's own catalog item came too; the old profile is kept aside.
        QVERIFY(fresh.loc->catalog->service(kSyncManager, old.loc->serviceId).ok());
        QCOMPARE(fresh.loc->scalar(
                     u"SELECT count(*) FROM sync_archive WHERE entity = 'location' AND entity_id = ?"_s,
                     {old.loc->scalarText(u"SELECT id FROM location_profile"_s)}),
            1);

        // Head office revokes the old PC: its next sync says to enroll again.
        QJsonValue revoked;
        QVERIFY2(m_fx.hub->admin({u"revoke"_s, oldDevice}, &revoked), qPrintable(m_fx.hub->errorString()));
        old.loc->addCustomer(u"Late"_s, u"Change"_s);
        const sync::SyncRun run = runOnce(*old.engine);
        QCOMPARE(run.errorCode, QString(protocol::error::DeviceRevoked));
        QCOMPARE(old.engine->status().state, SyncState::NeedsReenrollment);
        QVERIFY(old.engine->status().lastError.contains(u"Enroll it again"_s));

        // The new PC carries on (with the catalog item it got back).
        fresh.loc->serviceId = old.loc->serviceId;
        const QString added = fresh.loc->addCustomer(u"New"_s, u"Customer"_s);
        fresh.loc->bookJob(added, QDateTime(QDate(2027, 3, 22), QTime(14, 0), Qt::UTC));
        QCOMPARE(runOnce(*fresh.engine).outcome, u"ok"_s);
        QCOMPARE(fresh.loc->pending(), 0);
        const auto state = m_fx.fullState(m_fx.rawEnroll(old.locationId));
        QVERIFY(state.contains(u"customer/"_s + added));
        for (const QString &id : std::as_const(customers))
            QVERIFY(state.contains(u"customer/"_s + id));
    }
};

QTEST_GUILESS_MAIN(TestSyncHub)
#include "test_sync_hub.moc"
