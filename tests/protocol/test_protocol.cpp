// The shared sync protocol library: every request shape parses strictly (unknown fields,
// wrong types, missing fields, out-of-range and oversized values are clear errors), every
// answer round-trips, and the payload hash is the one core's outbox writes.

#include "core/protocol/api_error.h"
#include "core/protocol/entities.h"
#include "core/protocol/protocol.h"
#include "core/protocol/sync_messages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spoke::protocol;

namespace {

QJsonObject sampleCustomer()
{
    return QJsonObject {{u"id"_s, u"0190a4c2-0000-7000-8000-000000000001"_s}, {u"givenName"_s, u"Ana"_s},
        {u"familyName"_s, u"Lima"_s}, {u"tags"_s, QJsonArray {u"vip"_s}}, {u"doNotService"_s, false}};
}

QJsonObject mutationJson(qint64 id, const QJsonObject &payload = sampleCustomer())
{
    Mutation m;
    m.mutationId = id;
    m.entity = u"customer"_s;
    m.entityId = u"0190a4c2-0000-7000-8000-000000000001"_s;
    m.op = Op::Upsert;
    m.payload = payload;
    m.payloadHash = payloadHash(payload);
    return m.toJson();
}

QJsonObject pushJson(const QJsonArray &mutations)
{
    return QJsonObject {{u"protocol_version"_s, 1}, {u"mutations"_s, mutations}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Parses body as the given request kind; returns the error (empty when it parsed).
ValidationError parseRequest(const QString &kind, const QByteArray &body)
{
    ValidationError error;
    QJsonObject json;
    if (!parseObject(body, &json, &error))
        return error;
    if (kind == "enroll"_L1) {
        EnrollRequest r;
        (void)EnrollRequest::fromJson(json, &r, &error);
    } else if (kind == "push"_L1) {
        PushRequest r;
        (void)PushRequest::fromJson(json, &r, &error);
    } else if (kind == "pull"_L1) {
        PullRequest r;
        (void)PullRequest::fromJson(json, &r, &error);
    } else if (kind == "hq"_L1) {
        HqChangeRequest r;
        (void)HqChangeRequest::fromJson(json, &r, &error);
    } else {
        qFatal("unknown kind");
    }
    return error;
}

QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject withoutField(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

} // namespace

class ProtocolTest : public QObject
{
    Q_OBJECT

private slots:
    void goodRequestsParse();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void pushMutationsMustBeConsecutive();
    void protocolVersionIsCheckedFirst();
    void payloadHashMatchesCoreOutbox();
    void payloadHashSurvivesAReparse();
    void payloadSpansOfAPushBody();
    void pullQueryIsStrict_data();
    void pullQueryIsStrict();
    void pullQueryRoundTrip();
    void conflictsQuery();
    void answersRoundTrip();
    void answersIgnoreUnknownFields();
    void answersRefuseMissingFields();
    void apiErrorShape();
    void enrollmentCodes_data();
    void enrollmentCodes();
    void entityWhitelist();
    void invoiceRules();
    void recordIds_data();
    void recordIds();
};

void ProtocolTest::goodRequestsParse()
{
    ValidationError error;

    EnrollRequest enroll;
    enroll.code = u"7K3M-Q9XD-2HBN-W4RT"_s;
    enroll.deviceName = u"Front desk"_s;
    EnrollRequest enrollBack;
    QVERIFY2(EnrollRequest::fromJson(enroll.toJson(), &enrollBack, &error), qPrintable(error.message));
    QCOMPARE(enrollBack.code, enroll.code);
    QCOMPARE(enrollBack.deviceName, enroll.deviceName);

    PushRequest push;
    push.deviceId = u"dev-1"_s;
    for (qint64 id = 7; id < 10; ++id) {
        Mutation m;
        QVERIFY(Mutation::fromJson(mutationJson(id), u"m"_s, &m, &error));
        push.mutations.append(m);
    }
    push.mutations[1].op = Op::Delete;
    PushRequest pushBack;
    QVERIFY2(PushRequest::fromJson(push.toJson(), &pushBack, &error), qPrintable(error.message));
    QCOMPARE(pushBack.deviceId, u"dev-1"_s);
    QCOMPARE(pushBack.mutations.size(), 3);
    QCOMPARE(pushBack.mutations.at(0).mutationId, 7);
    QCOMPARE(pushBack.mutations.at(1).op, Op::Delete);
    QCOMPARE(pushBack.mutations.at(2).payload, sampleCustomer());

    PullRequest pull;
    pull.cursor = 12;
    pull.limit = 40;
    pull.full = true;
    pull.pageToken = u"abc"_s;
    PullRequest pullBack;
    QVERIFY2(PullRequest::fromJson(pull.toJson(), &pullBack, &error), qPrintable(error.message));
    QCOMPARE(pullBack.cursor, 12);
    QCOMPARE(pullBack.limit, 40);
    QVERIFY(pullBack.full);
    QCOMPARE(pullBack.pageToken, u"abc"_s);

    // The defaults when optional fields are left out.
    QVERIFY(
        PullRequest::fromJson(QJsonObject {{u"protocol_version"_s, 1}, {u"cursor"_s, 0}}, &pullBack, &error));
    QCOMPARE(pullBack.limit, kDefaultPullLimit);
    QVERIFY(!pullBack.full);
    QVERIFY(pullBack.pageToken.isEmpty());

    HqChangeRequest hq;
    hq.locationId = u"loc-1"_s;
    hq.entityId = u"job-1"_s;
    hq.op = Op::Delete;
    hq.payload = QJsonObject {{u"start"_s, u"2025-01-01T10:00:00Z"_s}};
    HqChangeRequest hqBack;
    QVERIFY2(HqChangeRequest::fromJson(hq.toJson(), &hqBack, &error), qPrintable(error.message));
    QCOMPARE(hqBack.locationId, u"loc-1"_s);
    QCOMPARE(hqBack.op, Op::Delete);
    QCOMPARE(hqBack.payload, hq.payload);
    // op defaults to upsert, location_id is optional (catalog for every location).
    QVERIFY(HqChangeRequest::fromJson(
        QJsonObject {{u"protocol_version"_s, 1}, {u"entity_id"_s, u"s-1"_s}, {u"payload"_s, QJsonObject {}}},
        &hqBack, &error));
    QCOMPARE(hqBack.op, Op::Upsert);
    QVERIFY(hqBack.locationId.isEmpty());
}

void ProtocolTest::badRequestsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    const QJsonObject enroll {{u"protocol_version"_s, 1}, {u"code"_s, u"7K3M-Q9XD-2HBN-W4RT"_s},
        {u"device_name"_s, u"Front desk"_s}};
    const QJsonObject push = pushJson({mutationJson(1)});
    const QJsonObject pull {{u"protocol_version"_s, 1}, {u"cursor"_s, 0}};
    const QJsonObject hq {{u"protocol_version"_s, 1}, {u"location_id"_s, u"loc-1"_s},
        {u"entity_id"_s, u"j-1"_s}, {u"payload"_s, QJsonObject {}}};
    auto pushWith = [](const QJsonObject &mutation) { return compact(pushJson({mutation})); };
    const QJsonObject m = mutationJson(1);

    // Not JSON, or not an object.
    QTest::newRow("empty body") << u"push"_s << QByteArray() << u"bad_json"_s << QString();
    QTest::newRow("truncated") << u"push"_s << QByteArray("{\"protocol_version\":1,") << u"bad_json"_s
                               << QString();
    QTest::newRow("array") << u"push"_s << QByteArray("[1,2]") << u"bad_json"_s << QString();
    QTest::newRow("string") << u"enroll"_s << QByteArray("\"hello\"") << u"bad_json"_s << QString();
    QTest::newRow("trailing garbage")
        << u"pull"_s << QByteArray("{\"protocol_version\":1,\"cursor\":0}x") << u"bad_json"_s << QString();
    QTest::newRow("nul bytes") << u"pull"_s << QByteArray("\0\0\0", 3) << u"bad_json"_s << QString();

    // Enrollment.
    QTest::newRow("enroll unknown field")
        << u"enroll"_s << compact(withField(enroll, u"location_id"_s, u"B"_s)) << u"unknown_field"_s
        << u"location_id"_s;
    QTest::newRow("enroll no code") << u"enroll"_s << compact(withoutField(enroll, u"code"_s))
                                    << u"missing_field"_s << u"code"_s;
    QTest::newRow("enroll code number")
        << u"enroll"_s << compact(withField(enroll, u"code"_s, 1234)) << u"wrong_type"_s << u"code"_s;
    QTest::newRow("enroll code too long")
        << u"enroll"_s << compact(withField(enroll, u"code"_s, QString(65, u'A'))) << u"invalid_value"_s
        << u"code"_s;
    QTest::newRow("enroll empty name") << u"enroll"_s << compact(withField(enroll, u"device_name"_s, u""_s))
                                       << u"invalid_value"_s << u"device_name"_s;
    QTest::newRow("enroll blank name")
        << u"enroll"_s << compact(withField(enroll, u"device_name"_s, u"   "_s)) << u"invalid_value"_s
        << u"device_name"_s;
    QTest::newRow("enroll name control char")
        << u"enroll"_s << compact(withField(enroll, u"device_name"_s, u"Front\ndesk"_s)) << u"invalid_value"_s
        << u"device_name"_s;
    QTest::newRow("enroll name too long")
        << u"enroll"_s << compact(withField(enroll, u"device_name"_s, QString(101, u'x')))
        << u"invalid_value"_s << u"device_name"_s;
    QTest::newRow("enroll name null")
        << u"enroll"_s << compact(withField(enroll, u"device_name"_s, QJsonValue())) << u"wrong_type"_s
        << u"device_name"_s;
    QTest::newRow("enroll no version") << u"enroll"_s << compact(withoutField(enroll, u"protocol_version"_s))
                                       << u"missing_field"_s << u"protocol_version"_s;
    QTest::newRow("enroll version string")
        << u"enroll"_s << compact(withField(enroll, u"protocol_version"_s, u"1"_s)) << u"wrong_type"_s
        << u"protocol_version"_s;
    QTest::newRow("enroll version 2") << u"enroll"_s << compact(withField(enroll, u"protocol_version"_s, 2))
                                      << u"unsupported_protocol_version"_s << u"protocol_version"_s;

    // Push envelope.
    QTest::newRow("push forged location") << u"push"_s << compact(withField(push, u"location_id"_s, u"B"_s))
                                          << u"unknown_field"_s << u"location_id"_s;
    QTest::newRow("push no mutations")
        << u"push"_s << compact(withoutField(push, u"mutations"_s)) << u"missing_field"_s << u"mutations"_s;
    QTest::newRow("push empty mutations")
        << u"push"_s << compact(pushJson({})) << u"invalid_value"_s << u"mutations"_s;
    QTest::newRow("push mutations object")
        << u"push"_s << compact(withField(push, u"mutations"_s, QJsonObject {})) << u"wrong_type"_s
        << u"mutations"_s;
    QTest::newRow("push mutation not object")
        << u"push"_s << compact(pushJson({42})) << u"wrong_type"_s << u"mutations[0]"_s;
    QTest::newRow("push device id number")
        << u"push"_s << compact(withField(push, u"device_id"_s, 5)) << u"wrong_type"_s << u"device_id"_s;
    QTest::newRow("push device id bad chars")
        << u"push"_s << compact(withField(push, u"device_id"_s, u"dev 1; DROP"_s)) << u"invalid_value"_s
        << u"device_id"_s;
    {
        QJsonArray many;
        for (qint64 i = 1; i <= kMaxMutationsPerPush + 1; ++i)
            many.append(mutationJson(i));
        QTest::newRow("push too many")
            << u"push"_s << compact(pushJson(many)) << u"batch_too_large"_s << u"mutations"_s;
    }

    // One mutation.
    QTest::newRow("mutation unknown field") << u"push"_s << pushWith(withField(m, u"location_id"_s, u"B"_s))
                                            << u"unknown_field"_s << u"mutations[0].location_id"_s;
    for (const QString &key :
        {u"mutation_id"_s, u"entity"_s, u"entity_id"_s, u"op"_s, u"payload"_s, u"payload_hash"_s})
        QTest::addRow("mutation missing %s", qPrintable(key))
            << u"push"_s << pushWith(withoutField(m, key)) << u"missing_field"_s << u"mutations[0]."_s + key;
    QTest::newRow("mutation id string") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, u"1"_s))
                                        << u"wrong_type"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("mutation id fraction") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, 1.5))
                                          << u"wrong_type"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("mutation id zero") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, 0))
                                      << u"invalid_value"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("mutation id negative") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, -3))
                                          << u"invalid_value"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("mutation id above 2^53") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, 1e17))
                                            << u"invalid_value"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("mutation id bool") << u"push"_s << pushWith(withField(m, u"mutation_id"_s, true))
                                      << u"wrong_type"_s << u"mutations[0].mutation_id"_s;
    QTest::newRow("unknown entity") << u"push"_s << pushWith(withField(m, u"entity"_s, u"secrets"_s))
                                    << u"invalid_value"_s << u"mutations[0].entity"_s;
    QTest::newRow("entity wrong case") << u"push"_s << pushWith(withField(m, u"entity"_s, u"Customer"_s))
                                       << u"invalid_value"_s << u"mutations[0].entity"_s;
    QTest::newRow("entity array") << u"push"_s << pushWith(withField(m, u"entity"_s, QJsonArray {}))
                                  << u"wrong_type"_s << u"mutations[0].entity"_s;
    QTest::newRow("entity id empty") << u"push"_s << pushWith(withField(m, u"entity_id"_s, u""_s))
                                     << u"invalid_value"_s << u"mutations[0].entity_id"_s;
    QTest::newRow("entity id space") << u"push"_s << pushWith(withField(m, u"entity_id"_s, u"a b"_s))
                                     << u"invalid_value"_s << u"mutations[0].entity_id"_s;
    QTest::newRow("entity id quote") << u"push"_s << pushWith(withField(m, u"entity_id"_s, u"a'--"_s))
                                     << u"invalid_value"_s << u"mutations[0].entity_id"_s;
    QTest::newRow("entity id too long")
        << u"push"_s << pushWith(withField(m, u"entity_id"_s, QString(129, u'a'))) << u"invalid_value"_s
        << u"mutations[0].entity_id"_s;
    QTest::newRow("op unknown") << u"push"_s << pushWith(withField(m, u"op"_s, u"merge"_s))
                                << u"invalid_value"_s << u"mutations[0].op"_s;
    QTest::newRow("op upper case") << u"push"_s << pushWith(withField(m, u"op"_s, u"UPSERT"_s))
                                   << u"invalid_value"_s << u"mutations[0].op"_s;
    QTest::newRow("payload string") << u"push"_s << pushWith(withField(m, u"payload"_s, u"{}"_s))
                                    << u"wrong_type"_s << u"mutations[0].payload"_s;
    QTest::newRow("payload null") << u"push"_s << pushWith(withField(m, u"payload"_s, QJsonValue()))
                                  << u"wrong_type"_s << u"mutations[0].payload"_s;
    {
        const QJsonObject huge {{u"notes"_s, QString(int(kMaxPayloadBytes), u'x')}};
        QTest::newRow("payload oversized")
            << u"push"_s << pushWith(mutationJson(1, huge)) << u"too_large"_s << u"mutations[0].payload"_s;
    }
    QTest::newRow("hash short") << u"push"_s << pushWith(withField(m, u"payload_hash"_s, u"abc"_s))
                                << u"invalid_value"_s << u"mutations[0].payload_hash"_s;
    QTest::newRow("hash upper case") << u"push"_s
                                     << pushWith(withField(
                                            m, u"payload_hash"_s, payloadHash(sampleCustomer()).toUpper()))
                                     << u"invalid_value"_s << u"mutations[0].payload_hash"_s;
    QTest::newRow("hash not hex") << u"push"_s << pushWith(withField(m, u"payload_hash"_s, QString(64, u'g')))
                                  << u"invalid_value"_s << u"mutations[0].payload_hash"_s;
    QTest::newRow("hash of another payload")
        << u"push"_s << pushWith(withField(m, u"payload_hash"_s, payloadHash(QJsonObject {{u"x"_s, 1}})))
        << u"payload_hash_mismatch"_s << u"mutations[0].payload_hash"_s;
    QTest::newRow("payload changed after hashing")
        << u"push"_s
        << pushWith(withField(m, u"payload"_s, withField(sampleCustomer(), u"givenName"_s, u"Eve"_s)))
        << u"payload_hash_mismatch"_s << u"mutations[0].payload_hash"_s;

    // Pull.
    QTest::newRow("pull forged location") << u"pull"_s << compact(withField(pull, u"location_id"_s, u"B"_s))
                                          << u"unknown_field"_s << u"location_id"_s;
    QTest::newRow("pull no cursor") << u"pull"_s << compact(withoutField(pull, u"cursor"_s))
                                    << u"missing_field"_s << u"cursor"_s;
    QTest::newRow("pull cursor negative")
        << u"pull"_s << compact(withField(pull, u"cursor"_s, -1)) << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("pull cursor string")
        << u"pull"_s << compact(withField(pull, u"cursor"_s, u"5"_s)) << u"wrong_type"_s << u"cursor"_s;
    QTest::newRow("pull limit zero") << u"pull"_s << compact(withField(pull, u"limit"_s, 0))
                                     << u"invalid_value"_s << u"limit"_s;
    QTest::newRow("pull limit huge") << u"pull"_s << compact(withField(pull, u"limit"_s, 1001))
                                     << u"invalid_value"_s << u"limit"_s;
    QTest::newRow("pull full string")
        << u"pull"_s << compact(withField(pull, u"full"_s, u"yes"_s)) << u"wrong_type"_s << u"full"_s;
    QTest::newRow("pull full number")
        << u"pull"_s << compact(withField(pull, u"full"_s, 1)) << u"wrong_type"_s << u"full"_s;
    QTest::newRow("pull empty page token") << u"pull"_s << compact(withField(pull, u"page_token"_s, u""_s))
                                           << u"invalid_value"_s << u"page_token"_s;
    QTest::newRow("pull version 0") << u"pull"_s << compact(withField(pull, u"protocol_version"_s, 0))
                                    << u"unsupported_protocol_version"_s << u"protocol_version"_s;

    // Head office.
    QTest::newRow("hq unknown field")
        << u"hq"_s << compact(withField(hq, u"entity"_s, u"job"_s)) << u"unknown_field"_s << u"entity"_s;
    QTest::newRow("hq no payload") << u"hq"_s << compact(withoutField(hq, u"payload"_s)) << u"missing_field"_s
                                   << u"payload"_s;
    QTest::newRow("hq payload array")
        << u"hq"_s << compact(withField(hq, u"payload"_s, QJsonArray {})) << u"wrong_type"_s << u"payload"_s;
    QTest::newRow("hq bad op") << u"hq"_s << compact(withField(hq, u"op"_s, u"drop"_s)) << u"invalid_value"_s
                               << u"op"_s;
    QTest::newRow("hq empty location") << u"hq"_s << compact(withField(hq, u"location_id"_s, u""_s))
                                       << u"invalid_value"_s << u"location_id"_s;
    QTest::newRow("hq bad entity id") << u"hq"_s << compact(withField(hq, u"entity_id"_s, u"../x y"_s))
                                      << u"invalid_value"_s << u"entity_id"_s;
}

void ProtocolTest::badRequestsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, path);

    const ValidationError error = parseRequest(kind, body);
    QCOMPARE(error.code, code);
    QCOMPARE(error.path, path);
    QVERIFY(!error.message.isEmpty());
    if (!path.isEmpty())
        QVERIFY2(error.message.startsWith(path), qPrintable(error.message));
    QVERIFY(httpStatusFor(error.code) >= 400 && httpStatusFor(error.code) < 500);
}

void ProtocolTest::pushMutationsMustBeConsecutive()
{
    ValidationError error;
    PushRequest push;
    QVERIFY(!PushRequest::fromJson(pushJson({mutationJson(1), mutationJson(3)}), &push, &error));
    QCOMPARE(error.code, u"invalid_value"_s);
    QCOMPARE(error.path, u"mutations[1].mutation_id"_s);

    error = {};
    QVERIFY(!PushRequest::fromJson(pushJson({mutationJson(5), mutationJson(4)}), &push, &error));
    QCOMPARE(error.code, u"invalid_value"_s);

    error = {};
    QVERIFY(!PushRequest::fromJson(pushJson({mutationJson(5), mutationJson(5)}), &push, &error));
    QCOMPARE(error.code, u"invalid_value"_s);

    error = {};
    QVERIFY2(
        PushRequest::fromJson(pushJson({mutationJson(5), mutationJson(6), mutationJson(7)}), &push, &error),
        qPrintable(error.message));
}

void ProtocolTest::protocolVersionIsCheckedFirst()
{
    // A body from a future protocol with fields this version does not know: the version
    // check answers first, with a message fit to show.
    const QJsonObject future {
        {u"protocol_version"_s, 2}, {u"mutations"_s, QJsonArray {}}, {u"shiny"_s, true}};
    qint64 version = 0;
    ValidationError error;
    QVERIFY(!checkProtocolVersion(future, &version, &error));
    QCOMPARE(version, 2);
    QCOMPARE(error.code, u"unsupported_protocol_version"_s);
    QCOMPARE(httpStatusFor(error.code), 426);
    QVERIFY2(error.message.contains(u"Update Spoke"_s), qPrintable(error.message));

    error = {};
    QVERIFY(checkProtocolVersion(QJsonObject {{u"protocol_version"_s, 1}}, &version, &error));
    QCOMPARE(version, 1);
    QVERIFY(error.isEmpty());

    error = {};
    QVERIFY(!checkProtocolVersion(QJsonObject {}, &version, &error));
    QCOMPARE(error.code, u"missing_field"_s);

    const ApiError answer = unsupportedVersionError(7);
    QCOMPARE(answer.details.value(u"supported"_s).toArray(), QJsonArray {kVersion});
}

void ProtocolTest::payloadHashMatchesCoreOutbox()
{
    // WriteTx::outbox() stores QJsonDocument(payload).toJson(Compact) and its hex SHA-256.
    const QJsonObject payload = sampleCustomer();
    const QByteArray stored = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QCOMPARE(canonicalPayload(payload), stored);
    QCOMPARE(payloadHash(payload),
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));
    // Keys come out sorted whatever order they went in, so both sides agree.
    QCOMPARE(canonicalPayload(QJsonObject {{u"b"_s, 1}, {u"a"_s, 2}}), QByteArray(R"({"a":2,"b":1})"));
    QCOMPARE(sha256Hex(QByteArray()), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
}

void ProtocolTest::payloadHashSurvivesAReparse()
{
    // The app sends the stored bytes' object; the hub hashes what it parsed. Both must agree
    // for every kind of value core writes.
    const QJsonObject payload {{u"s"_s, u"caf\u00e9 \"quoted\" \\ \u4e2d\u6587 \U0001F600 \t"_s},
        {u"i"_s, 9007199254740992LL}, {u"neg"_s, -42}, {u"d"_s, 0.1}, {u"big"_s, 1.5e300}, {u"t"_s, true},
        {u"n"_s, QJsonValue()}, {u"a"_s, QJsonArray {1, u"x"_s, QJsonObject {{u"z"_s, 1}, {u"y"_s, 2}}}},
        {u"empty"_s, QJsonObject {}}, {u"price"_s, u"123456789012345678"_s}};
    const QByteArray stored = canonicalPayload(payload);
    const QJsonObject reparsed = QJsonDocument::fromJson(stored).object();
    QCOMPARE(canonicalPayload(reparsed), stored);

    // Through a whole push body, as the hub receives it.
    ValidationError error;
    QJsonObject body;
    QVERIFY(parseObject(compact(pushJson({mutationJson(1, payload)})), &body, &error));
    PushRequest push;
    QVERIFY2(PushRequest::fromJson(body, &push, &error), qPrintable(error.message));
    QCOMPARE(push.mutations.constFirst().payloadHash, payloadHash(payload));
}

void ProtocolTest::payloadSpansOfAPushBody()
{
    const QJsonObject a = sampleCustomer();
    const QJsonObject b {
        {u"text"_s, u"quote \" brace } bracket ] comma , colon :"_s}, {u"n"_s, QJsonArray {1, 2}}};
    const QByteArray body = compact(pushJson({mutationJson(1, a), mutationJson(2, b)}));
    const QList<QByteArrayView> spans = pushPayloadSpans(body);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).toByteArray(), canonicalPayload(a));
    QCOMPARE(spans.at(1).toByteArray(), canonicalPayload(b));

    // Used by the parser: the canonical bytes are the raw span.
    ValidationError error;
    PushRequest push;
    QJsonObject json;
    QVERIFY(parseObject(body, &json, &error));
    QVERIFY2(PushRequest::fromJson(json, &push, &error, spans), qPrintable(error.message));
    QCOMPARE(push.mutations.at(1).canonicalBytes, canonicalPayload(b));

    // Spaces in the body: the spans carry them; the hash (of canonical bytes) no longer
    // matches them, and the parser falls back to serializing.
    QByteArray spaced = body;
    spaced.replace(",\"", ", \"");
    const QList<QByteArrayView> spacedSpans = pushPayloadSpans(spaced);
    QCOMPARE(spacedSpans.size(), 2);
    QVERIFY(parseObject(spaced, &json, &error));
    QVERIFY2(PushRequest::fromJson(json, &push, &error, spacedSpans), qPrintable(error.message));
    QCOMPARE(push.mutations.at(0).canonicalBytes, canonicalPayload(a));

    // A tampered payload with a hash of its own raw bytes that is not the declared one fails.
    QJsonObject tampered = mutationJson(1, a);
    tampered.insert(u"payload"_s, b);
    const QByteArray tamperedBody = compact(pushJson({tampered}));
    QVERIFY(parseObject(tamperedBody, &json, &error));
    QVERIFY(!PushRequest::fromJson(json, &push, &error, pushPayloadSpans(tamperedBody)));
    QCOMPARE(error.code, u"payload_hash_mismatch"_s);

    // Other shapes: no spans, the parser decides.
    QVERIFY(pushPayloadSpans("[]").isEmpty());
    QVERIFY(pushPayloadSpans("{\"mutations\":[{\"payload\":{}").isEmpty());
    QVERIFY(pushPayloadSpans("{\"mutations\":[{\"payload\":{},\"payload\":{}}]}").isEmpty());
    QVERIFY(pushPayloadSpans(QByteArray(5000, '[')).isEmpty());
}

void ProtocolTest::pullQueryIsStrict_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("no cursor") << u"limit=5"_s << u"missing_field"_s << u"cursor"_s;
    QTest::newRow("empty") << QString() << u"missing_field"_s << u"cursor"_s;
    QTest::newRow("cursor letters") << u"cursor=abc"_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("cursor negative") << u"cursor=-1"_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("cursor plus") << u"cursor=%2B5"_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("cursor empty") << u"cursor="_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("cursor twice") << u"cursor=1&cursor=2"_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("cursor huge") << u"cursor=99999999999999999999"_s << u"invalid_value"_s << u"cursor"_s;
    QTest::newRow("limit zero") << u"cursor=0&limit=0"_s << u"invalid_value"_s << u"limit"_s;
    QTest::newRow("limit too big") << u"cursor=0&limit=5000"_s << u"invalid_value"_s << u"limit"_s;
    QTest::newRow("full yes") << u"cursor=0&full=yes"_s << u"invalid_value"_s << u"full"_s;
    QTest::newRow("unknown parameter")
        << u"cursor=0&location_id=B"_s << u"unknown_field"_s << u"location_id"_s;
    QTest::newRow("token parameter") << u"cursor=0&token=x"_s << u"unknown_field"_s << u"token"_s;
}

void ProtocolTest::pullQueryIsStrict()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, path);
    ValidationError error;
    PullRequest pull;
    QVERIFY(!PullRequest::fromQuery(QUrlQuery(query), &pull, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.path, path);
}

void ProtocolTest::pullQueryRoundTrip()
{
    PullRequest pull;
    pull.cursor = 99;
    pull.limit = 7;
    pull.full = true;
    pull.pageToken = u"17.42"_s;
    PullRequest back;
    ValidationError error;
    QVERIFY2(PullRequest::fromQuery(pull.toQuery(), &back, &error), qPrintable(error.message));
    QCOMPARE(back.cursor, 99);
    QCOMPARE(back.limit, 7);
    QVERIFY(back.full);
    QCOMPARE(back.pageToken, u"17.42"_s);

    QVERIFY(PullRequest::fromQuery(QUrlQuery(u"cursor=3&full=false"_s), &back, &error));
    QCOMPARE(back.cursor, 3);
    QCOMPARE(back.limit, kDefaultPullLimit);
    QVERIFY(!back.full);
}

void ProtocolTest::conflictsQuery()
{
    ConflictsRequest request;
    ValidationError error;
    QVERIFY(ConflictsRequest::fromQuery(QUrlQuery(), &request, &error));
    QCOMPARE(request.since, 0);
    QVERIFY(ConflictsRequest::fromQuery(QUrlQuery(u"since=5&limit=10"_s), &request, &error));
    QCOMPARE(request.since, 5);
    QCOMPARE(request.limit, 10);
    QVERIFY(!ConflictsRequest::fromQuery(QUrlQuery(u"since=5&location=B"_s), &request, &error));
    QCOMPARE(error.code, u"unknown_field"_s);
}

void ProtocolTest::answersRoundTrip()
{
    ValidationError error;

    EnrollResponse enroll {u"loc-1"_s, u"North"_s, u"dev-1"_s, QString(kTokenLength, u'A')};
    EnrollResponse enrollBack;
    QVERIFY2(EnrollResponse::fromJson(enroll.toJson(), &enrollBack, &error), qPrintable(error.message));
    QCOMPARE(enrollBack.token, enroll.token);
    QCOMPARE(enrollBack.locationName, u"North"_s);

    PushResponse push;
    push.applied = 3;
    push.skipped = 2;
    push.lastAppliedMutationId = 41;
    push.rejected.append({40, u"immutable_record"_s, u"invoice INV-1 is issued"_s});
    PushResponse pushBack;
    QVERIFY2(PushResponse::fromJson(push.toJson(), &pushBack, &error), qPrintable(error.message));
    QCOMPARE(pushBack.applied, 3);
    QCOMPARE(pushBack.skipped, 2);
    QCOMPARE(pushBack.lastAppliedMutationId, 41);
    QCOMPARE(pushBack.rejected.size(), 1);
    QCOMPARE(pushBack.rejected.constFirst().code, u"immutable_record"_s);

    PullResponse pull;
    pull.cursor = 57;
    pull.more = true;
    pull.fullResync = true;
    pull.pageToken = u"56.9"_s;
    pull.changes.append({55, u"job"_s, u"j-1"_s, Op::Upsert, u"head_office"_s, QJsonObject {{u"x"_s, 1}}});
    pull.changes.append({56, u"service"_s, u"s-1"_s, Op::Delete, u"head_office"_s, QJsonObject {}});
    PullResponse pullBack;
    QVERIFY2(PullResponse::fromJson(pull.toJson(), &pullBack, &error), qPrintable(error.message));
    QCOMPARE(pullBack.cursor, 57);
    QVERIFY(pullBack.more);
    QVERIFY(pullBack.fullResync);
    QCOMPARE(pullBack.pageToken, u"56.9"_s);
    QCOMPARE(pullBack.changes.size(), 2);
    QCOMPARE(pullBack.changes.at(1).op, Op::Delete);
    QCOMPARE(pullBack.changes.at(0).payload.value(u"x"_s).toInt(), 1);

    ConflictsResponse conflicts;
    conflicts.conflicts.append({7, u"job"_s, u"j-1"_s, u"start"_s, QJsonValue(u"14:00"_s),
        QJsonValue(u"09:00"_s), u"location"_s, u"2025-03-01T10:12:44.120Z"_s});
    conflicts.conflicts.append({8, u"job"_s, u"j-1"_s, u"crewId"_s, QJsonValue(), QJsonValue(u"c-2"_s),
        u"head_office"_s, u"2025-03-01T10:12:45.000Z"_s});
    ConflictsResponse conflictsBack;
    QVERIFY2(
        ConflictsResponse::fromJson(conflicts.toJson(), &conflictsBack, &error), qPrintable(error.message));
    QCOMPARE(conflictsBack.conflicts.size(), 2);
    QCOMPARE(conflictsBack.conflicts.at(0).keptValue.toString(), u"14:00"_s);
    QVERIFY(conflictsBack.conflicts.at(1).keptValue.isNull());

    HqChangeResponse hq {412};
    HqChangeResponse hqBack;
    QVERIFY(HqChangeResponse::fromJson(hq.toJson(), &hqBack, &error));
    QCOMPARE(hqBack.seq, 412);
}

void ProtocolTest::answersIgnoreUnknownFields()
{
    // A newer hub may add fields to answers; the app keeps working.
    ValidationError error;
    QJsonObject json = PushResponse {}.toJson();
    json.insert(u"server_time"_s, u"now"_s);
    PushResponse push;
    QVERIFY2(PushResponse::fromJson(json, &push, &error), qPrintable(error.message));
}

void ProtocolTest::answersRefuseMissingFields()
{
    ValidationError error;
    QJsonObject json = PullResponse {}.toJson();
    json.remove(u"cursor"_s);
    PullResponse pull;
    QVERIFY(!PullResponse::fromJson(json, &pull, &error));
    QCOMPARE(error.code, u"missing_field"_s);
    QCOMPARE(error.path, u"cursor"_s);

    error = {};
    QJsonObject change = Change {1, u"job"_s, u"j"_s, Op::Upsert, u"head_office"_s, {}}.toJson();
    change.insert(u"op"_s, u"explode"_s);
    json = PullResponse {}.toJson();
    json.insert(u"changes"_s, QJsonArray {change});
    QVERIFY(!PullResponse::fromJson(json, &pull, &error));
    QCOMPARE(error.path, u"changes[0].op"_s);

    error = {};
    EnrollResponse enroll;
    QVERIFY(!EnrollResponse::fromJson(QJsonObject {{u"location_id"_s, u"l"_s}, {u"location_name"_s, u"n"_s},
                                          {u"device_id"_s, u"d"_s}, {u"token"_s, u"short"_s}},
        &enroll, &error));
    QCOMPARE(error.path, u"token"_s);
}

void ProtocolTest::apiErrorShape()
{
    ApiError e;
    e.code = u"mutation_gap"_s;
    e.message = u"expected mutation 5"_s;
    e.details.insert(u"expected_mutation_id"_s, 5);
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"mutation_gap"_s);
    ApiError back;
    ValidationError error;
    QVERIFY(ApiError::fromJson(json, &back, &error));
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
    QCOMPARE(back.details.value(u"expected_mutation_id"_s).toInt(), 5);
    QVERIFY(!ApiError::fromJson(QJsonObject {{u"error"_s, u"flat"_s}}, &back, &error));

    QCOMPARE(httpStatusFor(u"mutation_gap"_s), 409);
    QCOMPARE(httpStatusFor(u"mutation_reused"_s), 409);
    QCOMPARE(httpStatusFor(u"unauthorized"_s), 401);
    QCOMPARE(httpStatusFor(u"device_revoked"_s), 401);
    QCOMPARE(httpStatusFor(u"forbidden"_s), 403);
    QCOMPARE(httpStatusFor(u"too_large"_s), 413);
    QCOMPARE(httpStatusFor(u"rate_limited"_s), 429);
    QCOMPARE(httpStatusFor(u"shutting_down"_s), 503);
    QCOMPARE(httpStatusFor(u"internal"_s), 500);

    const ApiError fromValidation
        = ApiError::fromValidation({u"unknown_field"_s, u"x: unknown field"_s, u"x"_s});
    QCOMPARE(fromValidation.toJson().value(u"error"_s).toObject().value(u"path"_s).toString(), u"x"_s);
}

void ProtocolTest::enrollmentCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("grouped") << u"7K3M-Q9XD-2HBN-W4RT"_s << u"7K3MQ9XD2HBNW4RT"_s;
    QTest::newRow("lower case, spaces") << u"7k3m q9xd 2hbn w4rt"_s << u"7K3MQ9XD2HBNW4RT"_s;
    QTest::newRow("too short") << u"7K3M-Q9XD"_s << QString();
    QTest::newRow("too long") << u"7K3M-Q9XD-2HBN-W4RT-A"_s << QString();
    QTest::newRow("letter I") << u"IK3M-Q9XD-2HBN-W4RT"_s << QString();
    QTest::newRow("letter U") << u"UK3M-Q9XD-2HBN-W4RT"_s << QString();
    QTest::newRow("punctuation") << u"7K3M_Q9XD_2HBN_W4RT"_s << QString();
    QTest::newRow("non-ascii") << u"7K3M-Q9XD-2HBN-W4R\u00c9"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void ProtocolTest::enrollmentCodes()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeEnrollmentCode(typed), normalized);
    if (!normalized.isEmpty())
        QCOMPARE(normalizeEnrollmentCode(formatEnrollmentCode(normalized)), normalized);
}

void ProtocolTest::entityWhitelist()
{
    // What core's outbox writes today, and what billing adds.
    for (const char *name : {"customer", "customer_timeline", "customer_consent", "location", "crew", "job",
             "job_series", "service", "invoice", "payment", "credit_note", "journal_head", "audit_head",
             "address", "preference", "location_settings", "refund", "allocation"})
        QVERIFY2(isKnownEntity(QString::fromLatin1(name)), name);
    QVERIFY(!isKnownEntity(u"staff"_s));
    QVERIFY(!isKnownEntity(QString()));
    QVERIFY(!isKnownEntity(u"JOB"_s));
}

void ProtocolTest::invoiceRules()
{
    QVERIFY(!isIssuedInvoice(QJsonObject {{u"status"_s, u"draft"_s}}));
    QVERIFY(!isIssuedInvoice(QJsonObject {{u"status"_s, u"draft"_s}, {u"number"_s, u""_s}}));
    QVERIFY(isIssuedInvoice(QJsonObject {{u"status"_s, u"issued"_s}}));
    QVERIFY(isIssuedInvoice(QJsonObject {{u"number"_s, u"INV-1"_s}}));
    QVERIFY(isAppendOnlyEntity(u"payment"_s));
    QVERIFY(isAppendOnlyEntity(u"credit_note"_s));
    QVERIFY(isAppendOnlyEntity(u"refund"_s));
    QVERIFY(!isAppendOnlyEntity(u"invoice"_s));
    QVERIFY(frozenInvoiceFields().contains(u"totalMinor"_s));
    QVERIFY(!frozenInvoiceFields().contains(u"status"_s));
}

void ProtocolTest::recordIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uuid") << u"0190a4c2-0000-7000-8000-000000000001"_s << true;
    QTest::newRow("consent") << u"0190a4c2-0000-7000-8000-000000000001/email"_s << true;
    QTest::newRow("dotted") << u"audit.head:1_x"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("percent") << u"a%20"_s << false;
    QTest::newRow("unicode") << u"caf\u00e9"_s << false;
    QTest::newRow("128") << QString(128, u'a') << true;
    QTest::newRow("129") << QString(129, u'a') << false;
}

void ProtocolTest::recordIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidRecordId(id), valid);
}

QTEST_GUILESS_MAIN(ProtocolTest)
#include "test_protocol.moc"
