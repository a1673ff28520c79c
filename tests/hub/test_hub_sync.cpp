// The sync protocol end to end: a real spoke-hub process over real TLS on loopback, driven
// with QNetworkAccessManager trusting only the test CA. SPOKE_HUB_TEST_BACKEND selects the
// hub's database: "sqlite" (a data folder) or "postgres" (SPOKE_TEST_PG_URL, a throwaway
// cluster from scripts/with-postgres.sh; with SPOKE_REQUIRE_PG=1 a missing cluster fails).

#include "core/protocol/entities.h"
#include "core/protocol/sync_messages.h"
#include "hub/hub_client.h"
#include "hub/hub_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using spoke::test::HubClient;
using spoke::test::HubProcess;
using spoke::test::HubReply;
namespace protocol = spoke::protocol;

namespace {

/// A device enrolled at one location.
struct Device
{
    QString locationId;
    QString deviceId;
    QString token;
    qint64 nextMutation = 1;
};

protocol::Mutation mutation(qint64 id, const QString &entity, const QString &entityId,
    const QJsonObject &payload, protocol::Op op = protocol::Op::Upsert)
{
    protocol::Mutation m;
    m.mutationId = id;
    m.entity = entity;
    m.entityId = entityId;
    m.op = op;
    m.payload = payload;
    m.payloadHash = protocol::payloadHash(payload);
    return m;
}

QJsonObject pushBody(const QList<protocol::Mutation> &mutations)
{
    protocol::PushRequest push;
    push.mutations = mutations;
    return push.toJson();
}

QJsonObject customer(const QString &id, const QString &name)
{
    return {{u"id"_s, id}, {u"givenName"_s, name}, {u"familyName"_s, u"Marker"_s}};
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<QJsonObject> logRecords(const QByteArray &log)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonDocument d = QJsonDocument::fromJson(line);
        if (d.isObject())
            records.append(d.object());
    }
    return records;
}

bool hasEvent(const QByteArray &log, const QString &event, const QString &requestId)
{
    for (const QJsonObject &r : logRecords(log)) {
        if (r.value(u"event"_s).toString() == event && r.value(u"id"_s).toString() == requestId)
            return true;
    }
    return false;
}

} // namespace

class HubSyncTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void enrollment();
    void pushAppliesOnceAndSkipsReplays();
    void pushRefusesAGap();
    void pushRefusesAReusedIdWithAnotherPayload();
    void pushChecksPayloadHash();
    void pullCursorAndTombstones();
    void pullPagesThroughTheFeed();
    void fullResyncWhenTheCursorIsTooOld();
    void recoveryPullsTheWholeLocation();
    void centralBookingGoesOnlyToItsLocation();
    void conflictLogKeepsOverwrittenValues();
    void issuedInvoicesAndPaymentsAreAppendOnly();
    void chainHeadsNeverGoBack();
    void headOfficeRecordsAreNotTheLocations();
    void strictValidation_data();
    void strictValidation();
    void oversizedBodyIsRefused();
    void protocolVersionMismatch();
    void routesAndMethods();
    void authentication();
    void tenantIsolation();
    void rateLimitPerDevice();
    void untrustedCertificatesAreRefused_data();
    void untrustedCertificatesAreRefused();
    void adminCommandLine();
    void gracefulStopAnswersInFlightPush();
    void logsCarryNoSecrets();

private:
    [[nodiscard]] HubProcess::Options hubOptions(const QStringList &extra = {}) const;
    /// PostgreSQL: a new empty database (dropped at the end) for a hub of its own; SQLite:
    /// "" (every HubProcess has its own data folder).
    [[nodiscard]] QString freshDatabaseUrl(const QString &suffix);
    /// Only what the location wrote itself (the full state also holds head office's catalog).
    QHash<QString, protocol::Change> locationRecords(const Device &device);
    [[nodiscard]] Device enroll(const QString &locationName);
    [[nodiscard]] Device enrollAt(const QString &locationId);
    HubReply push(Device &device, const QList<protocol::Mutation> &mutations);
    /// Pushes one upsert with the device's next mutation id.
    HubReply pushOne(Device &device, const QString &entity, const QString &entityId,
        const QJsonObject &payload, protocol::Op op = protocol::Op::Upsert);
    protocol::PullResponse pull(const Device &device, qint64 cursor, qint64 limit = 500, bool full = false,
        const QString &pageToken = QString());
    /// Every live record of the device's location, through a full pass.
    QHash<QString, protocol::Change> fullState(const Device &device);
    HubReply hq(const QString &kind, const QJsonObject &body);

    QString m_backend;
    QString m_pgAdminUrl;
    QString m_pgDatabase;
    QString m_databaseUrl;
    QStringList m_extraDatabases;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HubClient> m_client;
    QString m_hqToken;
    QStringList m_secrets; // tokens handed out: none may appear in a log
};

HubProcess::Options HubSyncTest::hubOptions(const QStringList &extra) const
{
    HubProcess::Options options;
    options.databaseUrl = m_databaseUrl;
    // Tests enroll many devices from one address.
    // Tests enroll many devices from one address and page with small limits; the rate limit
    // test turns its limit back on (the last value of a flag wins).
    options.extraArguments
        = QStringList {u"--enroll-rate-limit"_s, u"0"_s, u"--rate-limit"_s, u"0"_s} + extra;
    return options;
}

QString HubSyncTest::freshDatabaseUrl(const QString &suffix)
{
    if (m_pgDatabase.isEmpty())
        return {};
    const QString name = m_pgDatabase + u'_' + suffix;
    QSqlQuery q(QSqlDatabase::database(u"admin"_s));
    if (!q.exec(u"DROP DATABASE IF EXISTS "_s + name) || !q.exec(u"CREATE DATABASE "_s + name)) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    m_extraDatabases << name;
    QUrl url(m_pgAdminUrl);
    url.setPath(u"/"_s + name);
    return url.toString();
}

void HubSyncTest::initTestCase()
{
    m_backend = qEnvironmentVariable("SPOKE_HUB_TEST_BACKEND", u"sqlite"_s);
    if (m_backend == "postgres"_L1) {
        m_pgAdminUrl = qEnvironmentVariable("SPOKE_TEST_PG_URL");
        if (m_pgAdminUrl.isEmpty()) {
            if (qEnvironmentVariable("SPOKE_REQUIRE_PG") == "1"_L1)
                QFAIL("SPOKE_TEST_PG_URL is not set but SPOKE_REQUIRE_PG=1: run under "
                      "scripts/with-postgres.sh");
            QSKIP("no PostgreSQL: run under scripts/with-postgres.sh (SPOKE_TEST_PG_URL)");
        }
        // A database of its own, dropped at the end.
        const QUrl admin(m_pgAdminUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        m_pgDatabase = u"spoke_hub_test_"_s + QString::number(QCoreApplication::applicationPid());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DROP DATABASE IF EXISTS "_s + m_pgDatabase), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"CREATE DATABASE "_s + m_pgDatabase), qPrintable(q.lastError().text()));
        QUrl url = admin;
        url.setPath(u"/"_s + m_pgDatabase);
        m_databaseUrl = url.toString();
    } else {
        QCOMPARE(m_backend, u"sqlite"_s);
    }
    m_hub = std::make_unique<HubProcess>();
    QVERIFY2(m_hub->start(hubOptions()), qPrintable(m_hub->errorString()));
    m_client = std::make_unique<HubClient>(m_hub->baseUrl(), m_hub->clientTls());
    m_hqToken = m_hub->hqToken();
    QVERIFY2(!m_hqToken.isEmpty(), qPrintable(m_hub->errorString()));
    m_secrets << m_hqToken;
    QCOMPARE(m_client->get(u"/health"_s).status, 200);
}

void HubSyncTest::cleanupTestCase()
{
    if (m_hub)
        QVERIFY2(m_hub->stop(), m_hub->log().right(2000).constData());
    m_hub.reset();
    if (!m_pgDatabase.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
        QSqlQuery q(db);
        for (const QString &name : QStringList {m_pgDatabase} + m_extraDatabases)
            QVERIFY2(q.exec(u"DROP DATABASE IF EXISTS "_s + name), qPrintable(q.lastError().text()));
    }
}

Device HubSyncTest::enroll(const QString &locationName)
{
    const QString locationId = m_hub->addLocation(locationName);
    if (locationId.isEmpty())
        qWarning("%s", qPrintable(m_hub->errorString()));
    return enrollAt(locationId);
}

Device HubSyncTest::enrollAt(const QString &locationId)
{
    Device device;
    const QString code = m_hub->enrollmentCode(locationId);
    protocol::EnrollRequest request;
    request.code = code;
    request.deviceName = u"Front desk"_s;
    const HubReply reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
    protocol::EnrollResponse enrolled;
    protocol::ValidationError error;
    if (reply.status != 200 || !protocol::EnrollResponse::fromJson(reply.json, &enrolled, &error)) {
        qWarning(
            "enrollment failed: %d %s %s", reply.status, reply.body.constData(), qPrintable(error.message));
        return device;
    }
    device.locationId = enrolled.locationId;
    device.deviceId = enrolled.deviceId;
    device.token = enrolled.token;
    m_secrets << enrolled.token << code;
    return device;
}

HubReply HubSyncTest::push(Device &device, const QList<protocol::Mutation> &mutations)
{
    return m_client->post(u"/api/v1/push"_s, pushBody(mutations), device.token);
}

HubReply HubSyncTest::pushOne(Device &device, const QString &entity, const QString &entityId,
    const QJsonObject &payload, protocol::Op op)
{
    const HubReply reply = push(device, {mutation(device.nextMutation, entity, entityId, payload, op)});
    if (reply.status == 200)
        ++device.nextMutation;
    return reply;
}

protocol::PullResponse HubSyncTest::pull(
    const Device &device, qint64 cursor, qint64 limit, bool full, const QString &pageToken)
{
    protocol::PullRequest request;
    request.cursor = cursor;
    request.limit = limit;
    request.full = full;
    request.pageToken = pageToken;
    const HubReply reply = m_client->post(u"/api/v1/pull"_s, request.toJson(), device.token);
    protocol::PullResponse response;
    protocol::ValidationError error;
    if (reply.status != 200 || !protocol::PullResponse::fromJson(reply.json, &response, &error))
        qWarning("pull failed: %d %s %s", reply.status, reply.body.constData(), qPrintable(error.message));
    return response;
}

QHash<QString, protocol::Change> HubSyncTest::fullState(const Device &device)
{
    QHash<QString, protocol::Change> state;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        const protocol::PullResponse r = pull(device, 0, 50, true, token);
        if (!r.fullResync)
            qWarning("a full pass answered without full_resync");
        for (const protocol::Change &c : r.changes)
            state.insert(c.entity + u'/' + c.entityId, c);
        if (!r.more)
            break;
        token = r.pageToken;
    }
    return state;
}

QHash<QString, protocol::Change> HubSyncTest::locationRecords(const Device &device)
{
    QHash<QString, protocol::Change> own = fullState(device);
    own.removeIf([](const auto &it) { return it.value().origin != "location"_L1; });
    return own;
}

HubReply HubSyncTest::hq(const QString &kind, const QJsonObject &body)
{
    QJsonObject withVersion = body;
    withVersion.insert(u"protocol_version"_s, 1);
    return m_client->post(u"/api/v1/hq/"_s + kind, withVersion, m_hqToken);
}

void HubSyncTest::enrollment()
{
    const QString locationId = m_hub->addLocation(u"Enrollment"_s);
    QVERIFY(!locationId.isEmpty());
    const QString code = m_hub->enrollmentCode(locationId);
    QCOMPARE(code.size(), 19); // XXXX-XXXX-XXXX-XXXX

    // Typed in lower case without dashes: still the code.
    protocol::EnrollRequest request;
    request.code = code.toLower().remove(u'-');
    request.deviceName = u"Back office"_s;
    HubReply reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
    QCOMPARE(reply.status, 200);
    protocol::EnrollResponse enrolled;
    protocol::ValidationError error;
    QVERIFY2(protocol::EnrollResponse::fromJson(reply.json, &enrolled, &error), qPrintable(error.message));
    QCOMPARE(enrolled.locationId, locationId);
    QCOMPARE(enrolled.locationName, u"Enrollment"_s);
    QCOMPARE(enrolled.token.size(), protocol::kTokenLength);
    m_secrets << enrolled.token << code;

    // The token works.
    QCOMPARE(m_client->get(u"/api/v1/pull?cursor=0"_s, enrolled.token).status, 200);

    // One-time.
    request.code = code;
    reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"enrollment_code_used"_s);

    // Wrong: well-formed but unknown, and malformed.
    request.code = u"0000-0000-0000-0000"_s;
    reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"enrollment_code_invalid"_s);
    request.code = u"not a code"_s;
    QCOMPARE(m_client->post(u"/api/v1/enroll"_s, request.toJson()).errorCode(), u"enrollment_code_invalid"_s);

    // Expired (0 hours: expired as soon as made), and it stays unused.
    const QString expired = m_hub->enrollmentCode(locationId, 0);
    request.code = expired;
    reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"enrollment_code_expired"_s);
    QCOMPARE(m_client->post(u"/api/v1/enroll"_s, request.toJson()).errorCode(), u"enrollment_code_expired"_s);

    // A body that names a location is refused, not obeyed.
    QJsonObject forged = request.toJson();
    forged.insert(u"location_id"_s, locationId);
    reply = m_client->post(u"/api/v1/enroll"_s, forged);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"unknown_field"_s);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));

    // Exactly one device was enrolled.
    QJsonValue devices;
    QVERIFY(m_hub->admin({u"devices"_s, locationId}, &devices));
    QCOMPARE(devices.toArray().size(), 1);
    QCOMPARE(devices.toArray().at(0).toObject().value(u"name"_s).toString(), u"Back office"_s);
}

void HubSyncTest::pushAppliesOnceAndSkipsReplays()
{
    Device d = enroll(u"Push once"_s);
    QVERIFY(!d.token.isEmpty());
    const QString a = newUuid(), b = newUuid(), c = newUuid();
    const QList<protocol::Mutation> batch {mutation(1, u"customer"_s, a, customer(a, u"Ana"_s)),
        mutation(2, u"customer"_s, b, customer(b, u"Ben"_s)),
        mutation(3, u"customer"_s, a, customer(a, u"Ana Maria"_s))};
    HubReply reply = push(d, batch);
    QCOMPARE(reply.status, 200);
    protocol::PushResponse pushed;
    protocol::ValidationError error;
    QVERIFY2(protocol::PushResponse::fromJson(reply.json, &pushed, &error), qPrintable(error.message));
    QCOMPARE(pushed.applied, 3);
    QCOMPARE(pushed.skipped, 0);
    QCOMPARE(pushed.lastAppliedMutationId, 3);

    // The answer was "lost": the same batch again changes nothing.
    reply = push(d, batch);
    QCOMPARE(reply.status, 200);
    QVERIFY(protocol::PushResponse::fromJson(reply.json, &pushed, &error));
    QCOMPARE(pushed.applied, 0);
    QCOMPARE(pushed.skipped, 3);
    QCOMPARE(pushed.lastAppliedMutationId, 3);

    // Overlapping: 2 and 3 are replays, 4 is new.
    reply = push(d, {batch.at(1), batch.at(2), mutation(4, u"customer"_s, c, customer(c, u"Cy"_s))});
    QCOMPARE(reply.status, 200);
    QVERIFY(protocol::PushResponse::fromJson(reply.json, &pushed, &error));
    QCOMPARE(pushed.applied, 1);
    QCOMPARE(pushed.skipped, 2);
    QCOMPARE(pushed.lastAppliedMutationId, 4);

    // A delete leaves a tombstone: gone from the full state.
    d.nextMutation = 5;
    QCOMPARE(pushOne(d, u"customer"_s, b, QJsonObject {{u"id"_s, b}}, protocol::Op::Delete).status, 200);

    const QHash<QString, protocol::Change> state = locationRecords(d);
    QCOMPARE(state.size(), 2);
    QCOMPARE(state.value(u"customer/"_s + a).payload, customer(a, u"Ana Maria"_s));
    QCOMPARE(state.value(u"customer/"_s + a).origin, u"location"_s);
    QVERIFY(state.contains(u"customer/"_s + c));
    QVERIFY(!state.contains(u"customer/"_s + b));
}

void HubSyncTest::pushRefusesAGap()
{
    Device d = enroll(u"Gap"_s);
    const QString a = newUuid();
    // A device's first push may start anywhere (a restored outbox keeps its numbering).
    QCOMPARE(push(d, {mutation(40, u"customer"_s, a, customer(a, u"Ana"_s))}).status, 200);

    const QString b = newUuid();
    const HubReply reply = push(d,
        {mutation(42, u"customer"_s, b, customer(b, u"Ben"_s)),
            mutation(43, u"customer"_s, a, customer(a, u"Changed"_s))});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"mutation_gap"_s);
    QCOMPARE(reply.json.value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"expected_mutation_id"_s)
                 .toInt(),
        41);

    // Nothing of the refused batch was applied.
    const QHash<QString, protocol::Change> state = locationRecords(d);
    QCOMPARE(state.size(), 1);
    QCOMPARE(state.value(u"customer/"_s + a).payload, customer(a, u"Ana"_s));

    // From the expected id it goes through.
    QCOMPARE(push(d, {mutation(41, u"customer"_s, b, customer(b, u"Ben"_s))}).status, 200);
}

void HubSyncTest::pushRefusesAReusedIdWithAnotherPayload()
{
    Device d = enroll(u"Reused"_s);
    const QString a = newUuid(), b = newUuid();
    QCOMPARE(push(d,
                 {mutation(1, u"customer"_s, a, customer(a, u"Ana"_s)),
                     mutation(2, u"customer"_s, a, customer(a, u"Ana 2"_s))})
                 .status,
        200);
    // Id 2 again with another payload, followed by a new id 3: all refused.
    const HubReply reply = push(d,
        {mutation(2, u"customer"_s, a, customer(a, u"Eve"_s)),
            mutation(3, u"customer"_s, b, customer(b, u"Ben"_s))});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"mutation_reused"_s);
    QCOMPARE(reply.json.value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"mutation_id"_s)
                 .toInt(),
        2);
    const QHash<QString, protocol::Change> state = locationRecords(d);
    QCOMPARE(state.size(), 1);
    QCOMPARE(state.value(u"customer/"_s + a).payload, customer(a, u"Ana 2"_s));
}

void HubSyncTest::pushChecksPayloadHash()
{
    Device d = enroll(u"Hash"_s);
    const QString a = newUuid();
    protocol::Mutation m = mutation(1, u"customer"_s, a, customer(a, u"Ana"_s));
    m.payload = customer(a, u"Tampered"_s); // the hash still says "Ana"
    const HubReply reply = push(d, {m});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"payload_hash_mismatch"_s);
    QCOMPARE(
        reply.json.value(u"error"_s).toObject().value(u"path"_s).toString(), u"mutations[0].payload_hash"_s);
    QVERIFY(locationRecords(d).isEmpty());
}

void HubSyncTest::pullCursorAndTombstones()
{
    Device d = enroll(u"Cursor"_s);
    protocol::PullResponse r = pull(d, 0);
    QVERIFY(r.changes.isEmpty());
    QVERIFY(!r.more);
    QVERIFY(!r.fullResync);
    qint64 cursor = r.cursor;

    const QString j1 = newUuid(), j2 = newUuid();
    HubReply reply = hq(u"bookings"_s,
        {{u"location_id"_s, d.locationId}, {u"entity_id"_s, j1},
            {u"payload"_s, QJsonObject {{u"start"_s, u"2025-03-04T09:00:00Z"_s}}}});
    QCOMPARE(reply.status, 200);
    const qint64 seq1 = reply.json.value(u"seq"_s).toInteger();
    QVERIFY(seq1 > cursor);
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, d.locationId}, {u"entity_id"_s, j2},
                     {u"payload"_s, QJsonObject {{u"start"_s, u"2025-03-05T09:00:00Z"_s}}}})
                 .status,
        200);

    r = pull(d, cursor);
    QCOMPARE(r.changes.size(), 2);
    QCOMPARE(r.changes.at(0).entityId, j1);
    QCOMPARE(r.changes.at(0).seq, seq1);
    QCOMPARE(r.changes.at(0).entity, u"job"_s);
    QCOMPARE(r.changes.at(0).origin, u"head_office"_s);
    QCOMPARE(r.changes.at(0).op, protocol::Op::Upsert);
    QCOMPARE(r.changes.at(0).payload.value(u"bookedBy"_s).toString(), u"head_office"_s);
    QCOMPARE(r.changes.at(0).payload.value(u"id"_s).toString(), j1);
    QVERIFY(r.changes.at(0).seq < r.changes.at(1).seq);
    QCOMPARE(r.cursor, r.changes.at(1).seq);
    cursor = r.cursor;

    // Nothing new: the same cursor again gives nothing.
    r = pull(d, cursor);
    QVERIFY(r.changes.isEmpty());
    QVERIFY(r.cursor >= cursor);
    cursor = r.cursor;

    // Head office cancels j1: a tombstone comes down.
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, d.locationId}, {u"entity_id"_s, j1}, {u"op"_s, u"delete"_s},
                     {u"payload"_s, QJsonObject {}}})
                 .status,
        200);
    r = pull(d, cursor);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes.at(0).entityId, j1);
    QCOMPARE(r.changes.at(0).op, protocol::Op::Delete);
    QVERIFY(r.changes.at(0).payload.isEmpty());

    // The GET form gives the same as the POST form.
    const HubReply get = m_client->get(u"/api/v1/pull?cursor=%1&limit=10"_s.arg(cursor), d.token);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(u"changes"_s).toArray().size(), 1);
    QCOMPARE(get.json.value(u"changes"_s).toArray().at(0).toObject().value(u"op"_s).toString(), u"delete"_s);

    // Deleting what does not exist is a clear 404.
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, d.locationId}, {u"entity_id"_s, newUuid()}, {u"op"_s, u"delete"_s},
                     {u"payload"_s, QJsonObject {}}})
                 .errorCode(),
        u"not_found"_s);
}

void HubSyncTest::pullPagesThroughTheFeed()
{
    Device d = enroll(u"Paging"_s);
    const qint64 start = pull(d, 0).cursor;
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids << newUuid();
        QCOMPARE(hq(u"bookings"_s,
                     {{u"location_id"_s, d.locationId}, {u"entity_id"_s, ids.constLast()},
                         {u"payload"_s, QJsonObject {{u"n"_s, i}}}})
                     .status,
            200);
    }
    QStringList seen;
    qint64 cursor = start;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const protocol::PullResponse r = pull(d, cursor, 3);
        QVERIFY(r.changes.size() <= 3);
        for (const protocol::Change &c : r.changes)
            seen << c.entityId;
        QVERIFY(r.cursor >= cursor);
        cursor = r.cursor;
        more = r.more;
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen, ids);
    QCOMPARE(pages, 3);
}

void HubSyncTest::fullResyncWhenTheCursorIsTooOld()
{
    // Its own hub and database: compaction moves the horizon for everyone.
    HubProcess hub;
    HubProcess::Options options = hubOptions();
    options.databaseUrl = freshDatabaseUrl(u"horizon"_s);
    QVERIFY(m_pgDatabase.isEmpty() || !options.databaseUrl.isEmpty());
    QVERIFY2(hub.start(options), qPrintable(hub.errorString()));
    HubClient client(hub.baseUrl(), hub.clientTls());
    const QString hqToken = hub.hqToken();
    const QString locationId = hub.addLocation(u"Horizon"_s);
    protocol::EnrollRequest enroll;
    enroll.code = hub.enrollmentCode(locationId);
    enroll.deviceName = u"Desk"_s;
    const QString token = client.post(u"/api/v1/enroll"_s, enroll.toJson()).json.value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());

    auto hqBooking = [&](const QString &id, const QString &op) {
        return client
            .post(u"/api/v1/hq/bookings"_s,
                QJsonObject {{u"protocol_version"_s, 1}, {u"location_id"_s, locationId}, {u"entity_id"_s, id},
                    {u"op"_s, op}, {u"payload"_s, QJsonObject {{u"start"_s, u"09:00"_s}}}},
                hqToken)
            .status;
    };
    const QString kept = newUuid(), gone = newUuid();
    QCOMPARE(hqBooking(kept, u"upsert"_s), 200);
    QCOMPARE(hqBooking(gone, u"upsert"_s), 200);
    QCOMPARE(hqBooking(gone, u"delete"_s), 200);

    // Before compaction, cursor 0 is a normal pull that shows the tombstone.
    HubReply r = client.get(u"/api/v1/pull?cursor=0"_s, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"full_resync"_s).toBool(), false);
    QCOMPARE(r.json.value(u"changes"_s).toArray().size(), 2);

    QJsonValue compacted;
    QVERIFY2(hub.admin({u"compact"_s, u"--keep-days"_s, u"0"_s}, &compacted), qPrintable(hub.errorString()));
    QCOMPARE(compacted.toObject().value(u"purged"_s).toInt(), 1);
    const qint64 horizon = compacted.toObject().value(u"horizon"_s).toInteger();
    QVERIFY(horizon > 0);

    // Now cursor 0 may have missed the purged tombstone: the full state instead.
    r = client.get(u"/api/v1/pull?cursor=0"_s, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"full_resync"_s).toBool(), true);
    const QJsonArray changes = r.json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(u"entity_id"_s).toString(), kept);
    const qint64 cursor = r.json.value(u"cursor"_s).toInteger();
    QVERIFY(cursor >= horizon);

    // From the pass's cursor on, pulls are normal again.
    r = client.get(u"/api/v1/pull?cursor=%1"_s.arg(cursor), token);
    QCOMPARE(r.json.value(u"full_resync"_s).toBool(), false);
    QVERIFY(r.json.value(u"changes"_s).toArray().isEmpty());
    QVERIFY(hub.stop());
}

void HubSyncTest::recoveryPullsTheWholeLocation()
{
    Device old = enroll(u"Recovery"_s);
    QStringList customers;
    for (int i = 0; i < 5; ++i) {
        customers << newUuid();
        QCOMPARE(pushOne(old, u"customer"_s, customers.constLast(),
                     customer(customers.constLast(), u"C%1"_s.arg(i)))
                     .status,
            200);
    }
    const QString booking = newUuid();
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, old.locationId}, {u"entity_id"_s, booking},
                     {u"payload"_s, QJsonObject {{u"start"_s, u"10:00"_s}}}})
                 .status,
        200);
    const QString catalogItem = newUuid();
    QCOMPARE(hq(u"services"_s,
                 {{u"entity_id"_s, catalogItem}, {u"payload"_s, QJsonObject {{u"name"_s, u"Deep clean"_s}}}})
                 .status,
        200);

    // The replacement PC enrolls with a new code and pulls everything, in pages.
    Device replacement = enrollAt(old.locationId);
    QVERIFY(!replacement.token.isEmpty());
    QVERIFY(replacement.deviceId != old.deviceId);
    QHash<QString, protocol::Change> state;
    QString token;
    qint64 cursor = -1;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const protocol::PullResponse r = pull(replacement, 0, 2, true, token);
        QVERIFY(r.fullResync);
        QVERIFY(r.changes.size() <= 2);
        for (const protocol::Change &c : r.changes) {
            QVERIFY2(!state.contains(c.entity + u'/' + c.entityId), "a record came twice in one pass");
            state.insert(c.entity + u'/' + c.entityId, c);
        }
        more = r.more;
        QCOMPARE(r.pageToken.isEmpty(), !more);
        token = r.pageToken;
        cursor = r.cursor;
        QVERIFY(pages < 20);
    }
    for (const QString &c : std::as_const(customers)) {
        QVERIFY(state.contains(u"customer/"_s + c));
        QCOMPARE(state.value(u"customer/"_s + c).origin, u"location"_s);
    }
    QCOMPARE(state.value(u"job/"_s + booking).origin, u"head_office"_s);
    QCOMPARE(state.value(u"service/"_s + catalogItem).payload.value(u"owner"_s).toString(), u"head_office"_s);
    QVERIFY(cursor > 0);

    // The old device is revoked; the new one carries on with its own numbering.
    QJsonValue revoked;
    QVERIFY(m_hub->admin({u"revoke"_s, old.deviceId}, &revoked));
    HubReply reply = pushOne(old, u"customer"_s, newUuid(), customer(newUuid(), u"Late"_s));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"device_revoked"_s);
    const QString next = newUuid();
    QCOMPARE(pushOne(replacement, u"customer"_s, next, customer(next, u"After recovery"_s)).status, 200);
    // A page token that is not the hub's is refused.
    QCOMPARE(m_client->get(u"/api/v1/pull?cursor=0&page_token=x.y"_s, replacement.token).errorCode(),
        u"invalid_value"_s);
}

void HubSyncTest::centralBookingGoesOnlyToItsLocation()
{
    Device a = enroll(u"Central A"_s);
    Device b = enroll(u"Central B"_s);
    const qint64 cursorA = pull(a, 0).cursor;
    const qint64 cursorB = pull(b, 0).cursor;
    const QString booking = newUuid();
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, a.locationId}, {u"entity_id"_s, booking},
                     {u"payload"_s, QJsonObject {{u"start"_s, u"11:00"_s}}}})
                 .status,
        200);
    const QString settings = newUuid();
    QCOMPARE(hq(u"settings"_s,
                 {{u"location_id"_s, a.locationId}, {u"entity_id"_s, settings},
                     {u"payload"_s, QJsonObject {{u"openingHour"_s, 8}}}})
                 .status,
        200);
    const QString item = newUuid();
    QCOMPARE(
        hq(u"services"_s, {{u"entity_id"_s, item}, {u"payload"_s, QJsonObject {{u"name"_s, u"Gutter"_s}}}})
            .status,
        200);

    QSet<QString> seenA, seenB;
    for (const protocol::Change &c : pull(a, cursorA).changes)
        seenA.insert(c.entity + u'/' + c.entityId);
    for (const protocol::Change &c : pull(b, cursorB).changes)
        seenB.insert(c.entity + u'/' + c.entityId);
    QVERIFY(seenA.contains(u"job/"_s + booking));
    QVERIFY(seenA.contains(u"location_settings/"_s + settings));
    QVERIFY(seenA.contains(u"service/"_s + item));
    QVERIFY(!seenB.contains(u"job/"_s + booking));
    QVERIFY(!seenB.contains(u"location_settings/"_s + settings));
    QVERIFY(seenB.contains(u"service/"_s + item)); // the catalog goes to every location
    QVERIFY(!fullState(b).contains(u"job/"_s + booking));

    // An unknown location, a missing location, and another location's id are refused.
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, newUuid()}, {u"entity_id"_s, newUuid()}, {u"payload"_s, QJsonObject {}}})
                 .errorCode(),
        u"unknown_location"_s);
    QCOMPARE(hq(u"bookings"_s, {{u"entity_id"_s, newUuid()}, {u"payload"_s, QJsonObject {}}}).errorCode(),
        u"missing_field"_s);
    const HubReply stolen = hq(u"bookings"_s,
        {{u"location_id"_s, b.locationId}, {u"entity_id"_s, booking}, {u"payload"_s, QJsonObject {}}});
    QCOMPARE(stolen.status, 400);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(stolen.requestId)));
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, a.locationId}, {u"entity_id"_s, newUuid()},
                     {u"payload"_s, QJsonObject {{u"bookedBy"_s, u"location"_s}}}})
                 .errorCode(),
        u"invalid_value"_s);
}

void HubSyncTest::conflictLogKeepsOverwrittenValues()
{
    Device d = enroll(u"Conflicts"_s);
    Device other = enroll(u"Conflicts elsewhere"_s);
    const QString job = newUuid();
    // No notes yet: the location adding them overwrites nothing.
    const QJsonObject central {{u"start"_s, u"09:00"_s}, {u"crewId"_s, u"crew-a"_s}};
    QCOMPARE(
        hq(u"bookings"_s, {{u"location_id"_s, d.locationId}, {u"entity_id"_s, job}, {u"payload"_s, central}})
            .status,
        200);
    protocol::PullResponse r = pull(d, 0);
    QJsonObject local;
    for (const protocol::Change &c : std::as_const(r.changes)) {
        if (c.entityId == job)
            local = c.payload;
    }
    QCOMPARE(local.value(u"crewId"_s).toString(), u"crew-a"_s);
    const qint64 cursor = r.cursor;
    pull(d, cursor); // acknowledges the booking

    // 1. The location changes the crew of the booking it has seen: its value wins, the
    //    head-office value is logged.
    local.insert(u"crewId"_s, u"crew-b"_s);
    QCOMPARE(pushOne(d, u"job"_s, job, local).status, 200);

    // 2. Head office moves the start; the location, not having pulled, edits the notes and
    //    sends its old start along: head office's start stays, the notes are the location's.
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, d.locationId}, {u"entity_id"_s, job},
                     {u"payload"_s, QJsonObject {{u"start"_s, u"14:00"_s}}}})
                 .status,
        200);
    local.insert(u"notes"_s, u"side door"_s);
    QCOMPARE(pushOne(d, u"job"_s, job, local).status, 200);

    // 3. Head office changes the crew back: it overwrites the location's crew.
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, d.locationId}, {u"entity_id"_s, job},
                     {u"payload"_s, QJsonObject {{u"crewId"_s, u"crew-c"_s}}}})
                 .status,
        200);

    const HubReply reply = m_client->get(u"/api/v1/conflicts?since=0"_s, d.token);
    QCOMPARE(reply.status, 200);
    protocol::ConflictsResponse conflicts;
    protocol::ValidationError error;
    QVERIFY2(
        protocol::ConflictsResponse::fromJson(reply.json, &conflicts, &error), qPrintable(error.message));
    QCOMPARE(conflicts.conflicts.size(), 2);
    const protocol::Conflict first = conflicts.conflicts.at(0);
    QCOMPARE(first.entity, u"job"_s);
    QCOMPARE(first.entityId, job);
    QCOMPARE(first.field, u"crewId"_s);
    QCOMPARE(first.overwrittenValue.toString(), u"crew-a"_s);
    QCOMPARE(first.keptValue.toString(), u"crew-b"_s);
    QCOMPARE(first.overwrittenBy, u"location"_s);
    const protocol::Conflict second = conflicts.conflicts.at(1);
    QCOMPARE(second.field, u"crewId"_s);
    QCOMPARE(second.overwrittenValue.toString(), u"crew-b"_s);
    QCOMPARE(second.keptValue.toString(), u"crew-c"_s);
    QCOMPARE(second.overwrittenBy, u"head_office"_s);
    QVERIFY(second.id > first.id);
    QVERIFY(!conflicts.more);

    // The location ends with the merged record.
    protocol::Change merged;
    for (const protocol::Change &c : pull(d, cursor).changes) {
        if (c.entityId == job)
            merged = c;
    }
    QCOMPARE(merged.payload.value(u"start"_s).toString(), u"14:00"_s);
    QCOMPARE(merged.payload.value(u"notes"_s).toString(), u"side door"_s);
    QCOMPARE(merged.payload.value(u"crewId"_s).toString(), u"crew-c"_s);

    // Paging and "since", and another location sees none of it.
    const HubReply page = m_client->get(u"/api/v1/conflicts?since=%1&limit=1"_s.arg(first.id), d.token);
    QCOMPARE(page.json.value(u"conflicts"_s).toArray().size(), 1);
    QCOMPARE(
        page.json.value(u"conflicts"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(), second.id);
    QCOMPARE(
        m_client->get(u"/api/v1/conflicts"_s, other.token).json.value(u"conflicts"_s).toArray().size(), 0);
}

void HubSyncTest::issuedInvoicesAndPaymentsAreAppendOnly()
{
    Device d = enroll(u"Invoices"_s);
    const QString draftId = newUuid(), invoiceId = newUuid(), paymentId = newUuid();
    QJsonObject draft {
        {u"id"_s, draftId}, {u"status"_s, u"draft"_s}, {u"number"_s, u""_s}, {u"totalMinor"_s, u"100"_s}};
    QCOMPARE(pushOne(d, u"invoice"_s, draftId, draft).status, 200);
    draft.insert(u"totalMinor"_s, u"150"_s); // drafts change freely
    HubReply reply = pushOne(d, u"invoice"_s, draftId, draft);
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());

    const QJsonObject issued {{u"id"_s, invoiceId}, {u"status"_s, u"issued"_s}, {u"number"_s, u"INV-1"_s},
        {u"totalMinor"_s, u"5000"_s},
        {u"lines"_s, QJsonArray {QJsonObject {{u"description"_s, u"Clean"_s}}}}};
    QCOMPARE(pushOne(d, u"invoice"_s, invoiceId, issued).status, 200);

    // Changing the total of an issued invoice: rejected, consumed, listed.
    QJsonObject changed = issued;
    changed.insert(u"totalMinor"_s, u"1"_s);
    reply = pushOne(d, u"invoice"_s, invoiceId, changed);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"applied"_s).toInt(), 0);
    QJsonArray rejected = reply.json.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).toObject().value(u"code"_s).toString(), u"immutable_record"_s);
    QCOMPARE(rejected.at(0).toObject().value(u"mutation_id"_s).toInteger(), d.nextMutation - 1);
    QVERIFY(hasEvent(m_hub->log(), u"mutation_rejected"_s, QString::fromLatin1(reply.requestId)));
    // Its id counts as applied: the next one goes on.
    QCOMPARE(reply.json.value(u"last_applied_mutation_id"_s).toInteger(), d.nextMutation - 1);

    // The status may move on (paid), and a delete is refused.
    QJsonObject paid = issued;
    paid.insert(u"status"_s, u"paid"_s);
    reply = pushOne(d, u"invoice"_s, invoiceId, paid);
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());
    reply = pushOne(d, u"invoice"_s, invoiceId, QJsonObject {{u"id"_s, invoiceId}}, protocol::Op::Delete);
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().size(), 1);

    // Payments never change once stored.
    const QJsonObject payment {{u"id"_s, paymentId}, {u"amountMinor"_s, u"5000"_s}, {u"method"_s, u"card"_s}};
    QCOMPARE(pushOne(d, u"payment"_s, paymentId, payment).status, 200);
    reply = pushOne(d, u"payment"_s, paymentId, payment); // the same again is fine
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());
    QJsonObject altered = payment;
    altered.insert(u"amountMinor"_s, u"1"_s);
    reply = pushOne(d, u"payment"_s, paymentId, altered);
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"immutable_record"_s);

    const QHash<QString, protocol::Change> state = fullState(d);
    QCOMPARE(state.value(u"invoice/"_s + invoiceId).payload.value(u"totalMinor"_s).toString(), u"5000"_s);
    QCOMPARE(state.value(u"invoice/"_s + invoiceId).payload.value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(state.value(u"invoice/"_s + draftId).payload.value(u"totalMinor"_s).toString(), u"150"_s);
    QCOMPARE(state.value(u"payment/"_s + paymentId).payload, payment);
}

void HubSyncTest::chainHeadsNeverGoBack()
{
    Device d = enroll(u"Chains"_s);
    const QString h1 = QString(64, u'a'), h2 = QString(64, u'b');
    // The sales journal writes seq as a string; the audit log as a number.
    QCOMPARE(
        pushOne(d, u"journal_head"_s, u"5"_s, QJsonObject {{u"seq"_s, u"5"_s}, {u"hash"_s, h1}}).status, 200);
    HubReply reply = pushOne(d, u"journal_head"_s, u"6"_s, QJsonObject {{u"seq"_s, u"6"_s}, {u"hash"_s, h2}});
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());

    reply = pushOne(d, u"journal_head"_s, u"3"_s, QJsonObject {{u"seq"_s, u"3"_s}, {u"hash"_s, h1}});
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"chain_rewound"_s);
    QVERIFY(hasEvent(m_hub->log(), u"chain_rewrite"_s, QString::fromLatin1(reply.requestId)));

    reply = pushOne(d, u"journal_head"_s, u"6b"_s, QJsonObject {{u"seq"_s, u"6"_s}, {u"hash"_s, h1}});
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"chain_forked"_s);

    QCOMPARE(
        pushOne(d, u"audit_head"_s, u"audit"_s, QJsonObject {{u"seq"_s, 10}, {u"hash"_s, h1}}).status, 200);
    reply = pushOne(d, u"audit_head"_s, u"audit"_s, QJsonObject {{u"seq"_s, 9}, {u"hash"_s, h2}});
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"chain_rewound"_s);

    // admin status shows the heads head office keeps.
    QJsonValue status;
    QVERIFY(m_hub->admin({u"status"_s}, &status));
    QJsonObject heads;
    for (const QJsonValue &l : status.toArray()) {
        if (l.toObject().value(u"location_id"_s).toString() == d.locationId)
            heads = l.toObject().value(u"chain_heads"_s).toObject();
    }
    QCOMPARE(heads.value(u"journal_head"_s).toObject().value(u"seq"_s).toInt(), 6);
    QCOMPARE(heads.value(u"journal_head"_s).toObject().value(u"hash"_s).toString(), h2);
    QCOMPARE(heads.value(u"audit_head"_s).toObject().value(u"seq"_s).toInt(), 10);
}

void HubSyncTest::headOfficeRecordsAreNotTheLocations()
{
    Device d = enroll(u"Ownership"_s);
    const QString item = newUuid();
    QCOMPARE(hq(u"services"_s,
                 {{u"entity_id"_s, item}, {u"payload"_s, QJsonObject {{u"name"_s, u"Deep clean"_s}}}})
                 .status,
        200);
    HubReply reply
        = pushOne(d, u"service"_s, item, QJsonObject {{u"id"_s, item}, {u"name"_s, u"Cheap clean"_s}});
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"not_owner"_s);
    reply = pushOne(d, u"location_settings"_s, newUuid(), QJsonObject {{u"openingHour"_s, 5}});
    QCOMPARE(reply.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
        u"not_owner"_s);
    // The location's own catalog items are its own.
    const QString own = newUuid();
    reply = pushOne(d, u"service"_s, own, QJsonObject {{u"id"_s, own}, {u"owner"_s, u"location"_s}});
    QVERIFY(reply.json.value(u"rejected"_s).toArray().isEmpty());
    const QHash<QString, protocol::Change> state = fullState(d);
    QCOMPARE(state.value(u"service/"_s + item).payload.value(u"name"_s).toString(), u"Deep clean"_s);
    QVERIFY(state.contains(u"service/"_s + own));
}

void HubSyncTest::strictValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray goodMutation
        = QJsonDocument(mutation(1, u"customer"_s, u"c-1"_s, customer(u"c-1"_s, u"A"_s)).toJson())
              .toJson(QJsonDocument::Compact);
    QTest::newRow("not json") << u"/api/v1/push"_s << QByteArray("{{{") << 400 << u"bad_json"_s;
    QTest::newRow("empty") << u"/api/v1/push"_s << QByteArray() << 400 << u"bad_json"_s;
    QTest::newRow("array") << u"/api/v1/pull"_s << QByteArray("[]") << 400 << u"bad_json"_s;
    QTest::newRow("binary") << u"/api/v1/push"_s << QByteArray("\xff\xfe\x00\x01", 4) << 400 << u"bad_json"_s;
    QTest::newRow("no version") << u"/api/v1/pull"_s << QByteArray(R"({"cursor":0})") << 400
                                << u"missing_field"_s;
    QTest::newRow("unknown field") << u"/api/v1/pull"_s
                                   << QByteArray(R"({"protocol_version":1,"cursor":0,"x":1})") << 400
                                   << u"unknown_field"_s;
    QTest::newRow("wrong type") << u"/api/v1/pull"_s << QByteArray(R"({"protocol_version":1,"cursor":"0"})")
                                << 400 << u"wrong_type"_s;
    QTest::newRow("mutations not array")
        << u"/api/v1/push"_s << QByteArray(R"({"protocol_version":1,"mutations":{}})") << 400
        << u"wrong_type"_s;
    QTest::newRow("unknown entity") << u"/api/v1/push"_s
                                    << QByteArray(R"({"protocol_version":1,"mutations":[)"
                                           + QByteArray(goodMutation).replace("customer", "staff") + "]}")
                                    << 400 << u"invalid_value"_s;
    QTest::newRow("unknown mutation field") << u"/api/v1/push"_s
                                            << QByteArray(R"({"protocol_version":1,"mutations":[)"
                                                   + goodMutation.chopped(1) + R"(,"extra":true}]})")
                                            << 400 << u"unknown_field"_s;
    QTest::newRow("deeply nested") << u"/api/v1/push"_s << QByteArray(2000, '[') << 400 << u"bad_json"_s;
    QTest::newRow("pull limit") << u"/api/v1/pull"_s
                                << QByteArray(R"({"protocol_version":1,"cursor":0,"limit":100000})") << 400
                                << u"invalid_value"_s;
}

void HubSyncTest::strictValidation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    Device d = enroll(u"Strict"_s);
    const HubReply reply = m_client->postRaw(path, body, d.token);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QVERIFY(!reply.requestId.isEmpty());
    // The hub is still up and the device still at mutation 1.
    QCOMPARE(m_client->get(u"/health"_s).status, 200);
    const QString id = newUuid();
    QCOMPARE(pushOne(d, u"customer"_s, id, customer(id, u"A"_s)).json.value(u"applied"_s).toInt(), 1);
}

void HubSyncTest::oversizedBodyIsRefused()
{
    Device d = enroll(u"Oversized"_s);
    // 9 MiB of valid JSON: over the 8 MiB limit.
    QByteArray huge = R"({"protocol_version":1,"mutations":[],"pad":")";
    huge += QByteArray(9 * 1024 * 1024, 'x');
    huge += "\"}";
    HubReply reply = m_client->postRaw(u"/api/v1/push"_s, huge, d.token);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"too_large"_s);

    // Too many mutations in one push.
    QList<protocol::Mutation> many;
    for (qint64 i = 1; i <= protocol::kMaxMutationsPerPush + 1; ++i)
        many << mutation(i, u"customer"_s, u"c-%1"_s.arg(i), QJsonObject {{u"n"_s, i}});
    reply = push(d, many);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"batch_too_large"_s);

    // One payload over 256 KiB.
    reply = push(
        d, {mutation(1, u"customer"_s, u"c-1"_s, QJsonObject {{u"notes"_s, QString(300 * 1024, u'n')}})});
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"too_large"_s);

    QCOMPARE(m_client->get(u"/health"_s).status, 200);
    QVERIFY(locationRecords(d).isEmpty());
}

void HubSyncTest::protocolVersionMismatch()
{
    Device d = enroll(u"Versions"_s);
    // A newer app: version 2 with fields this hub does not know. The version speaks first.
    HubReply reply = m_client->post(u"/api/v1/push"_s,
        QJsonObject {{u"protocol_version"_s, 2}, {u"mutations"_s, QJsonArray {}}, {u"batch_options"_s, true}},
        d.token);
    QCOMPARE(reply.status, 426);
    QCOMPARE(reply.errorCode(), u"unsupported_protocol_version"_s);
    QVERIFY(
        reply.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"Update Spoke"_s));
    QCOMPARE(reply.json.value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"supported"_s)
                 .toArray(),
        QJsonArray {1});

    reply = m_client->send("GET", u"/api/v1/pull?cursor=0"_s, {}, d.token, {{"Spoke-Protocol-Version", "3"}});
    QCOMPARE(reply.status, 426);
    reply = m_client->get(u"/api/v2/pull?cursor=0"_s, d.token);
    QCOMPARE(reply.status, 426);
    QCOMPARE(reply.errorCode(), u"unsupported_protocol_version"_s);
    QCOMPARE(m_client->send("GET", u"/api/v1/pull?cursor=0"_s, {}, d.token, {{"Spoke-Protocol-Version", "1"}})
                 .status,
        200);
}

void HubSyncTest::routesAndMethods()
{
    Device d = enroll(u"Routes"_s);
    HubReply reply = m_client->get(u"/api/v1/push"_s, d.token);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.errorCode(), u"method_not_allowed"_s);
    QCOMPARE(m_client->send("DELETE", u"/api/v1/pull"_s, {}, d.token).status, 405);
    QCOMPARE(m_client->send("PUT", u"/api/v1/hq/bookings"_s, "{}", m_hqToken).status, 405);
    reply = m_client->get(u"/api/v1/nothing"_s, d.token);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), u"not_found"_s);
}

void HubSyncTest::authentication()
{
    const QJsonObject pullBody {{u"protocol_version"_s, 1}, {u"cursor"_s, 0}};
    HubReply reply = m_client->post(u"/api/v1/pull"_s, pullBody);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_s);
    reply = m_client->post(u"/api/v1/pull"_s, pullBody, u"not-a-token"_s);
    QCOMPARE(reply.status, 401);
    reply = m_client->post(u"/api/v1/pull"_s, pullBody, QString(43, u'A'));
    QCOMPARE(reply.status, 401);
    QCOMPARE(
        m_client->send("POST", u"/api/v1/pull"_s, "{}", QString(), {{"Authorization", "Basic dXNlcjpwYXNz"}})
            .status,
        401);

    Device d = enroll(u"Revoked"_s);
    QCOMPARE(m_client->post(u"/api/v1/pull"_s, pullBody, d.token).status, 200);
    QJsonValue revoked;
    QVERIFY(m_hub->admin({u"revoke"_s, d.deviceId}, &revoked));
    reply = m_client->post(u"/api/v1/pull"_s, pullBody, d.token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"device_revoked"_s);
}

void HubSyncTest::tenantIsolation()
{
    Device a = enroll(u"Tenant A"_s);
    Device b = enroll(u"Tenant B"_s);
    const QString bCustomer = newUuid();
    QCOMPARE(pushOne(b, u"customer"_s, bCustomer, customer(bCustomer, u"Bea"_s)).status, 200);
    const QString bJob = newUuid();
    QCOMPARE(hq(u"bookings"_s,
                 {{u"location_id"_s, b.locationId}, {u"entity_id"_s, bJob},
                     {u"payload"_s, QJsonObject {{u"start"_s, u"08:00"_s}}}})
                 .status,
        200);

    // A's token on B's ids: refused as a whole, logged, nothing written anywhere.
    const QString aCustomer = newUuid();
    HubReply reply = push(a,
        {mutation(1, u"customer"_s, aCustomer, customer(aCustomer, u"Al"_s)),
            mutation(2, u"customer"_s, bCustomer, customer(bCustomer, u"Overwritten"_s))});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"forbidden"_s);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    reply = push(
        a, {mutation(1, u"job"_s, bJob, QJsonObject {{u"start"_s, u"23:00"_s}}, protocol::Op::Delete)});
    QCOMPARE(reply.status, 403);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    QVERIFY(locationRecords(a).isEmpty());
    const QHash<QString, protocol::Change> stateB = fullState(b);
    QCOMPARE(stateB.value(u"customer/"_s + bCustomer).payload, customer(bCustomer, u"Bea"_s));
    QCOMPARE(stateB.value(u"job/"_s + bJob).payload.value(u"start"_s).toString(), u"08:00"_s);

    // Forged location ids in bodies and queries: refused, logged.
    QJsonObject forgedPush = pushBody({mutation(1, u"customer"_s, aCustomer, customer(aCustomer, u"Al"_s))});
    forgedPush.insert(u"location_id"_s, b.locationId);
    reply = m_client->post(u"/api/v1/push"_s, forgedPush, a.token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"unknown_field"_s);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    QJsonObject forgedMutation = mutation(1, u"customer"_s, aCustomer, customer(aCustomer, u"Al"_s)).toJson();
    forgedMutation.insert(u"location_id"_s, b.locationId);
    reply = m_client->post(u"/api/v1/push"_s,
        QJsonObject {{u"protocol_version"_s, 1}, {u"mutations"_s, QJsonArray {forgedMutation}}}, a.token);
    QCOMPARE(reply.status, 400);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    reply = m_client->post(u"/api/v1/pull"_s,
        QJsonObject {{u"protocol_version"_s, 1}, {u"cursor"_s, 0}, {u"location_id"_s, b.locationId}},
        a.token);
    QCOMPARE(reply.status, 400);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    reply = m_client->get(u"/api/v1/pull?cursor=0&full=1&location_id="_s + b.locationId, a.token);
    QCOMPARE(reply.status, 400);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    reply = m_client->get(u"/api/v1/conflicts?location_id="_s + b.locationId, a.token);
    QCOMPARE(reply.status, 400);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));

    // Another device's id in the body.
    QJsonObject otherDevice = pushBody({mutation(1, u"customer"_s, aCustomer, customer(aCustomer, u"Al"_s))});
    otherDevice.insert(u"device_id"_s, b.deviceId);
    reply = m_client->post(u"/api/v1/push"_s, otherDevice, a.token);
    QCOMPARE(reply.status, 403);
    QVERIFY(hasEvent(m_hub->log(), u"tenant_violation"_s, QString::fromLatin1(reply.requestId)));
    otherDevice.insert(u"device_id"_s, a.deviceId); // its own id is fine
    QCOMPARE(m_client->post(u"/api/v1/push"_s, otherDevice, a.token).status, 200);

    // A device token on the head-office API, and the head-office token on a device's.
    reply = m_client->post(u"/api/v1/hq/bookings"_s,
        QJsonObject {{u"protocol_version"_s, 1}, {u"location_id"_s, b.locationId},
            {u"entity_id"_s, newUuid()}, {u"payload"_s, QJsonObject {}}},
        a.token);
    QCOMPARE(reply.status, 403);
    QVERIFY(hasEvent(m_hub->log(), u"forbidden"_s, QString::fromLatin1(reply.requestId)));
    QCOMPARE(
        m_client
            ->post(u"/api/v1/push"_s,
                pushBody({mutation(1, u"customer"_s, aCustomer, customer(aCustomer, u"Al"_s))}), m_hqToken)
            .status,
        403);

    // Every pull of A shows none of B.
    for (const protocol::Change &c : pull(a, 0).changes)
        QVERIFY(c.entityId != bJob && c.entityId != bCustomer);
    for (const protocol::Change &c : fullState(a))
        QVERIFY(c.entityId != bJob && c.entityId != bCustomer);
}

void HubSyncTest::rateLimitPerDevice()
{
    HubProcess hub;
    QVERIFY2(hub.start(hubOptions({u"--rate-limit"_s, u"0.001"_s, u"--rate-burst"_s, u"3"_s})),
        qPrintable(hub.errorString()));
    HubClient client(hub.baseUrl(), hub.clientTls());
    protocol::EnrollRequest enroll;
    enroll.deviceName = u"Desk"_s;
    auto newToken = [&] {
        enroll.code = hub.enrollmentCode(hub.addLocation(u"Busy"_s));
        return client.post(u"/api/v1/enroll"_s, enroll.toJson()).json.value(u"token"_s).toString();
    };
    const QString busy = newToken();
    const QString calm = newToken();
    QVERIFY(!busy.isEmpty() && !calm.isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get(u"/api/v1/pull?cursor=0"_s, busy).status, 200);
    const HubReply limited = client.get(u"/api/v1/pull?cursor=0"_s, busy);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"rate_limited"_s);
    QVERIFY(limited.retryAfter.toInt() >= 1);
    // Per device: another device is not affected.
    QCOMPARE(client.get(u"/api/v1/pull?cursor=0"_s, calm).status, 200);
    QVERIFY(hub.stop());
}

void HubSyncTest::untrustedCertificatesAreRefused_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("sslError");
    QTest::newRow("another CA") << u"other-server"_s << int(QSslError::UnableToGetLocalIssuerCertificate);
    QTest::newRow("expired") << u"expired"_s << int(QSslError::CertificateExpired);
    QTest::newRow("wrong host") << u"wrong-host"_s << int(QSslError::HostNameMismatch);
}

void HubSyncTest::untrustedCertificatesAreRefused()
{
    QFETCH(QString, certificate);
    QFETCH(int, sslError);
    HubProcess hub;
    HubProcess::Options options = hubOptions();
    options.certificate = certificate;
    QVERIFY2(hub.start(options), qPrintable(hub.errorString()));
    // A fresh client that trusts only the test CA: no pooled connection from another test.
    HubClient client(hub.baseUrl(), hub.clientTls());
    const HubReply reply = client.post(
        u"/api/v1/enroll"_s, protocol::EnrollRequest {u"0000-0000-0000-0000"_s, u"Desk"_s}.toJson());
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.body.isEmpty());
    QVERIFY2(reply.sslErrors.contains(QSslError::SslError(sslError)), "not the expected certificate error");
    // The hub never saw a request.
    const QByteArray log = hub.log();
    for (const QJsonObject &r : logRecords(log))
        QVERIFY(r.value(u"event"_s).toString() != "request"_L1);
    QVERIFY(hub.stop());
}

void HubSyncTest::adminCommandLine()
{
    QJsonValue result;
    QVERIFY(m_hub->admin({u"add-location"_s, u"  Springfield North  "_s}, &result));
    const QString locationId = result.toObject().value(u"location_id"_s).toString();
    QCOMPARE(result.toObject().value(u"name"_s).toString(), u"Springfield North"_s);
    QVERIFY(m_hub->admin({u"locations"_s}, &result));
    bool listed = false;
    for (const QJsonValue &l : result.toArray())
        listed = listed || l.toObject().value(u"location_id"_s).toString() == locationId;
    QVERIFY(listed);

    // Several at once, each with its first code.
    QVERIFY(m_hub->admin({u"add-locations"_s, u"--with-codes"_s, u"East"_s, u"West"_s}, &result));
    QCOMPARE(result.toArray().size(), 2);
    QCOMPARE(result.toArray().at(1).toObject().value(u"name"_s).toString(), u"West"_s);
    QCOMPARE(result.toArray().at(1).toObject().value(u"code"_s).toString().size(), 19);
    const Device west = [&] {
        protocol::EnrollRequest request {
            result.toArray().at(1).toObject().value(u"code"_s).toString(), u"Desk"_s};
        Device device;
        const HubReply reply = m_client->post(u"/api/v1/enroll"_s, request.toJson());
        device.locationId = reply.json.value(u"location_id"_s).toString();
        device.token = reply.json.value(u"token"_s).toString();
        m_secrets << device.token << request.code;
        return device;
    }();
    QCOMPARE(west.locationId, result.toArray().at(1).toObject().value(u"location_id"_s).toString());

    // Unknown ids and bad usage: clear errors with exit codes 1 and 2.
    QVERIFY(!m_hub->admin({u"enroll-code"_s, u"no-such-location"_s}, &result));
    QVERIFY(m_hub->errorString().contains(u"exit 1"_s));
    QVERIFY(m_hub->errorString().contains(u"no location with id no-such-location"_s));
    QVERIFY(!m_hub->admin({u"revoke"_s, u"no-such-device"_s}, &result));
    QVERIFY(m_hub->errorString().contains(u"exit 1"_s));
    QVERIFY(!m_hub->admin({u"frobnicate"_s}, &result));
    QVERIFY(m_hub->errorString().contains(u"exit 2"_s));
    QVERIFY(!m_hub->admin({u"enroll-code"_s, locationId, u"--expires-hours"_s, u"-1"_s}, &result));

    // Text output for people: the code is printed in groups.
    QProcess text;
    text.start(HubProcess::binary(),
        m_hub->databaseArguments() + QStringList {u"admin"_s, u"enroll-code"_s, locationId});
    QVERIFY(text.waitForFinished());
    QCOMPARE(text.exitCode(), 0);
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(QRegularExpression(u"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"_s)),
        qPrintable(printed));
    QVERIFY(printed.contains(u"Springfield North"_s));

    // Status reflects pushes, pulls and what waits to go down.
    Device d = enrollAt(locationId);
    QCOMPARE(pushOne(d, u"customer"_s, newUuid(), customer(newUuid(), u"S"_s)).status, 200);
    pull(d, 0);
    QCOMPARE(
        hq(u"bookings"_s,
            {{u"location_id"_s, locationId}, {u"entity_id"_s, newUuid()}, {u"payload"_s, QJsonObject {}}})
            .status,
        200);
    // Pull bookkeeping is written within a second (pulls never wait for the disk).
    QJsonObject mine;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!m_hub->admin({u"status"_s}, &result))
                return false;
            for (const QJsonValue &l : result.toArray()) {
                if (l.toObject().value(u"location_id"_s).toString() == locationId)
                    mine = l.toObject();
            }
            return mine.value(u"last_pull_at"_s).isString();
        },
        10'000));
    QCOMPARE(mine.value(u"name"_s).toString(), u"Springfield North"_s);
    QCOMPARE(mine.value(u"active_devices"_s).toInt(), 1);
    QVERIFY(mine.value(u"last_push_at"_s).isString());
    QVERIFY(mine.value(u"last_pull_at"_s).isString());
    QCOMPARE(mine.value(u"records"_s).toInt(), 2);
    QVERIFY(mine.value(u"pending_down"_s).toInt() >= 1);

    // Devices, then revoke.
    QVERIFY(m_hub->admin({u"devices"_s, locationId}, &result));
    QCOMPARE(result.toArray().size(), 1);
    QCOMPARE(result.toArray().at(0).toObject().value(u"device_id"_s).toString(), d.deviceId);
    QCOMPARE(result.toArray().at(0).toObject().value(u"last_mutation_id"_s).toInt(), 1);
    QVERIFY(result.toArray().at(0).toObject().value(u"revoked_at"_s).isNull());
    QVERIFY(m_hub->admin({u"revoke"_s, d.deviceId}, &result));
    QVERIFY(m_hub->admin({u"devices"_s, locationId}, &result));
    QVERIFY(result.toArray().at(0).toObject().value(u"revoked_at"_s).isString());
    QVERIFY(m_hub->admin({u"status"_s}, &result));

    // A head-office token works on the head-office API only.
    const QString hqToken = m_hub->hqToken(u"regional office"_s);
    QCOMPARE(hqToken.size(), protocol::kTokenLength);
    m_secrets << hqToken;
    QCOMPARE(
        m_client
            ->post(u"/api/v1/hq/settings"_s,
                QJsonObject {{u"protocol_version"_s, 1}, {u"location_id"_s, locationId},
                    {u"entity_id"_s, u"settings"_s}, {u"payload"_s, QJsonObject {{u"taxRate"_s, u"8.25"_s}}}},
                hqToken)
            .status,
        200);
}

void HubSyncTest::gracefulStopAnswersInFlightPush()
{
    Device d = enroll(u"Graceful"_s);
    QList<protocol::Mutation> batch;
    for (qint64 i = 1; i <= 500; ++i) {
        const QString id = newUuid();
        batch << mutation(i, u"customer"_s, id, customer(id, u"Graceful %1"_s.arg(i)));
    }
    // SIGTERM as soon as the upload starts: the batch is still answered and applied.
    QNetworkAccessManager manager;
    QNetworkRequest request(m_hub->url(u"/api/v1/push"_s));
    request.setSslConfiguration(m_hub->clientTls());
    request.setRawHeader("Authorization", "Bearer " + d.token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    std::unique_ptr<QNetworkReply> reply(
        manager.post(request, QJsonDocument(pushBody(batch)).toJson(QJsonDocument::Compact)));
    bool signalled = false;
    connect(reply.get(), &QNetworkReply::uploadProgress, this, [&](qint64 sent, qint64) {
        if (sent > 0 && !signalled) {
            signalled = true;
            ::kill(pid_t(m_hub->pid()), SIGTERM);
        }
    });
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 30'000));
    QVERIFY(signalled);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(answer.value(u"applied"_s).toInt(), 500);
    QVERIFY(QTest::qWaitFor([&] { return !m_hub->isRunning(); }, 30'000));
    QVERIFY(m_hub->stop()); // exited 0
    bool stopped = false;
    for (const QJsonObject &r : logRecords(m_hub->log()))
        stopped = stopped || r.value(u"event"_s).toString() == "stopped"_L1;
    QVERIFY(stopped);

    // Restarted on the same database: the batch is there exactly once.
    QVERIFY2(m_hub->start(hubOptions()), qPrintable(m_hub->errorString()));
    m_client = std::make_unique<HubClient>(m_hub->baseUrl(), m_hub->clientTls());
    const HubReply replay = push(d, batch);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json.value(u"skipped"_s).toInt(), 500);
    QCOMPARE(replay.json.value(u"applied"_s).toInt(), 0);
    QCOMPARE(locationRecords(d).size(), 500);
}

void HubSyncTest::logsCarryNoSecrets()
{
    // Every token and code handed out in this run, and the customers' family name used in
    // every payload: none of them is in the hub's log.
    const QByteArray log = m_hub->log();
    QVERIFY(log.contains("\"event\":\"request\""));
    for (const QString &secret : std::as_const(m_secrets)) {
        if (!secret.isEmpty())
            QVERIFY2(!log.contains(secret.toUtf8()), "a token or enrollment code is in the hub's log");
    }
    QVERIFY2(!log.contains("Marker"), "customer data is in the hub's log");
    QVERIFY(!log.contains("Graceful 1"));
}

QTEST_GUILESS_MAIN(HubSyncTest)
#include "test_hub_sync.moc"
