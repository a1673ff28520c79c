#include "core/protocol/sync_messages.h"

#include "core/protocol/api_error.h"
#include "core/protocol/entities.h"
#include "core/protocol/protocol.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace spoke::protocol {

namespace {

constexpr auto kProtocolVersion = "protocol_version"_L1;
constexpr qsizetype kUnbounded = 1 << 30;
// Crockford base32 without I, L, O, U: what a person can read off a sheet of paper.
constexpr auto kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"_L1;
constexpr qsizetype kCodeLength = 16;

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

bool isLowerHex(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool readOp(ObjectReader &r, QLatin1String key, Op *out, bool required)
{
    QString name;
    if (!r.string(key, &name, required, 1, 20))
        return false;
    if (name.isEmpty())
        return true; // absent and optional: keep the default
    if (name == "upsert"_L1)
        *out = Op::Upsert;
    else if (name == "delete"_L1)
        *out = Op::Delete;
    else
        return r.fail(error::InvalidValue, u"expected \"upsert\" or \"delete\""_s, key);
    return true;
}

bool readId(ObjectReader &r, QLatin1String key, QString *out, bool required, qsizetype maxLength)
{
    if (!r.string(key, out, required, 1, maxLength))
        return false;
    if (!out->isEmpty() && (!isValidRecordId(*out) || out->size() > maxLength))
        return r.fail(
            error::InvalidValue, u"expected 1-%1 characters of A-Z a-z 0-9 . _ : / -"_s.arg(maxLength), key);
    return true;
}

bool readPayload(ObjectReader &r, QJsonObject *out, QByteArray *canonical = nullptr)
{
    if (!r.object("payload"_L1, out, true))
        return false;
    QByteArray bytes = canonicalPayload(*out);
    if (bytes.size() > kMaxPayloadBytes)
        return r.fail(error::TooLarge, u"the payload is over %1 bytes"_s.arg(kMaxPayloadBytes), "payload"_L1);
    if (canonical)
        *canonical = std::move(bytes);
    return true;
}

/// The version check every POST body goes through; the field is then known to the reader.
bool readVersion(ObjectReader &r)
{
    qint64 version = 0;
    if (!r.integer(kProtocolVersion, &version, true, 0, kMaxJsonInteger))
        return false;
    if (version != kVersion)
        return r.fail(
            error::UnsupportedProtocolVersion, unsupportedVersionError(version).message, kProtocolVersion);
    return true;
}

QString itemPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

/// Strict query parameters: each known at most once, no unknown ones.
class QueryReader
{
public:
    QueryReader(const QUrlQuery &query, ValidationError *error)
        : m_error(error)
    {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            m_items.append({key, value});
    }

    bool integer(QLatin1String key, qint64 *out, qint64 min, qint64 max)
    {
        QString text;
        if (!take(key, &text) || text.isNull())
            return ok();
        bool digits = !text.isEmpty() && text.size() <= 16;
        for (const QChar c : std::as_const(text))
            digits = digits && c.unicode() >= u'0' && c.unicode() <= u'9';
        bool parsed = false;
        const qint64 v = text.toLongLong(&parsed);
        if (!digits || !parsed || v < min || v > max)
            return fail(error::InvalidValue, u"expected an integer from %1 to %2"_s.arg(min).arg(max), key);
        *out = v;
        return true;
    }

    bool boolean(QLatin1String key, bool *out)
    {
        QString text;
        if (!take(key, &text) || text.isNull())
            return ok();
        if (text == "1"_L1 || text == "true"_L1)
            *out = true;
        else if (text == "0"_L1 || text == "false"_L1)
            *out = false;
        else
            return fail(error::InvalidValue, u"expected 1, 0, true or false"_s, key);
        return true;
    }

    bool string(QLatin1String key, QString *out, qsizetype maxLength)
    {
        QString text;
        if (!take(key, &text) || text.isNull())
            return ok();
        if (text.isEmpty() || text.size() > maxLength)
            return fail(error::InvalidValue, u"expected 1 to %1 characters"_s.arg(maxLength), key);
        *out = text;
        return true;
    }

    bool finish()
    {
        if (ok() && !m_items.isEmpty())
            return fail(error::UnknownField, u"unknown query parameter"_s, QLatin1String(),
                m_items.constFirst().first);
        return ok();
    }

private:
    [[nodiscard]] bool ok() const { return m_error->isEmpty(); }

    bool take(QLatin1String key, QString *out)
    {
        if (!ok())
            return false;
        qsizetype found = -1;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).first != key)
                continue;
            if (found >= 0)
                return fail(error::InvalidValue, u"given more than once"_s, key);
            found = i;
        }
        if (found < 0) {
            *out = QString();
            return true;
        }
        *out = m_items.at(found).second;
        if (out->isNull())
            *out = u""_s;
        m_items.removeAt(found);
        return true;
    }

    bool fail(
        const QString &code, const QString &message, QLatin1String key, const QString &rawKey = QString())
    {
        if (!ok())
            return false;
        const QString where = rawKey.isEmpty() ? QString(key) : rawKey;
        m_error->code = code;
        m_error->path = where;
        m_error->message = where + u": "_s + message;
        return false;
    }

    QList<QPair<QString, QString>> m_items;
    ValidationError *m_error;
};

/// Just enough JSON to find where values start and end (the parser validates the body).
class SpanScanner
{
public:
    explicit SpanScanner(QByteArrayView text)
        : m_text(text)
    { }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'
                || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    [[nodiscard]] bool peek(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    /// A string's raw content (escapes left as they are).
    bool string(QByteArrayView *out)
    {
        if (!consume('"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        if (m_pos >= m_text.size())
            return false;
        *out = m_text.sliced(start, m_pos - start);
        ++m_pos;
        return true;
    }
    bool value(QByteArrayView *out, int depth = 0)
    {
        skipSpace();
        if (m_pos >= m_text.size() || depth > 64)
            return false;
        const qsizetype start = m_pos;
        const char c = m_text[m_pos];
        QByteArrayView ignored;
        if (c == '"') {
            if (!string(&ignored))
                return false;
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            if (!consume(close)) {
                do {
                    if (c == '{' && (!string(&ignored) || !consume(':')))
                        return false;
                    if (!value(&ignored, depth + 1))
                        return false;
                } while (consume(','));
                if (!consume(close))
                    return false;
            }
        } else {
            while (m_pos < m_text.size() && !QByteArrayView(",]} \n\r\t").contains(m_text[m_pos]))
                ++m_pos;
            if (m_pos == start)
                return false;
        }
        *out = m_text.sliced(start, m_pos - start);
        return true;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<QByteArrayView> pushPayloadSpans(QByteArrayView body)
{
    SpanScanner scan(body);
    QList<QByteArrayView> spans;
    QByteArrayView key;
    QByteArrayView ignored;
    bool seenMutations = false;
    if (!scan.consume('{'))
        return {};
    do {
        if (!scan.string(&key) || !scan.consume(':'))
            return {};
        if (key != "mutations") {
            if (!scan.value(&ignored))
                return {};
            continue;
        }
        if (seenMutations)
            return {};
        seenMutations = true;
        if (!scan.consume('['))
            return {};
        if (scan.consume(']'))
            continue;
        do {
            if (!scan.consume('{'))
                return {};
            QByteArrayView payload;
            do {
                QByteArrayView field;
                QByteArrayView value;
                if (!scan.string(&field) || !scan.consume(':') || !scan.value(&value, 1))
                    return {};
                if (field == "payload") {
                    // A repeated key could make the span and the parsed value differ.
                    if (!payload.isNull())
                        return {};
                    payload = value;
                }
            } while (scan.consume(','));
            if (!scan.consume('}'))
                return {};
            spans.append(payload);
        } while (scan.consume(','));
        if (!scan.consume(']'))
            return {};
    } while (scan.consume(','));
    return scan.consume('}') ? spans : QList<QByteArrayView> {};
}

QString opName(Op op)
{
    return op == Op::Delete ? u"delete"_s : u"upsert"_s;
}

bool checkProtocolVersion(const QJsonObject &body, qint64 *clientVersion, ValidationError *error)
{
    ObjectReader r(body, QString(), Strictness::Lenient, error);
    qint64 version = 0;
    if (!r.integer(kProtocolVersion, &version, true, 0, kMaxJsonInteger))
        return false;
    *clientVersion = version;
    if (version != kVersion) {
        const ApiError e = unsupportedVersionError(version);
        error->code = e.code;
        error->message = e.message;
        error->path = kProtocolVersion;
        return false;
    }
    return true;
}

// --- enrollment ---------------------------------------------------------------------------

QJsonObject EnrollRequest::toJson() const
{
    return {{kProtocolVersion, kVersion}, {u"code"_s, code}, {u"device_name"_s, deviceName}};
}

bool EnrollRequest::fromJson(const QJsonObject &json, EnrollRequest *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Strict, error);
    EnrollRequest e;
    readVersion(r);
    r.string("code"_L1, &e.code, true, 1, 64);
    r.string("device_name"_L1, &e.deviceName, true, 1, kMaxDeviceNameLength);
    if (r.ok() && (hasControlCharacters(e.deviceName) || e.deviceName.trimmed().isEmpty()))
        r.fail(error::InvalidValue, u"a device name needs visible characters and no control characters"_s,
            "device_name"_L1);
    if (!r.finish())
        return false;
    *out = e;
    return true;
}

QJsonObject EnrollResponse::toJson() const
{
    return {{u"location_id"_s, locationId}, {u"location_name"_s, locationName}, {u"device_id"_s, deviceId},
        {u"token"_s, token}};
}

bool EnrollResponse::fromJson(const QJsonObject &json, EnrollResponse *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Lenient, error);
    EnrollResponse e;
    readId(r, "location_id"_L1, &e.locationId, true, kMaxIdLength);
    r.string("location_name"_L1, &e.locationName, true, 0, 200);
    readId(r, "device_id"_L1, &e.deviceId, true, kMaxIdLength);
    r.string("token"_L1, &e.token, true, kTokenLength, kTokenLength);
    if (!r.finish())
        return false;
    *out = e;
    return true;
}

QString normalizeEnrollmentCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || !kCodeAlphabet.contains(upper))
            return {};
        code.append(upper);
    }
    return code.size() == kCodeLength ? code : QString();
}

QString formatEnrollmentCode(const QString &normalized)
{
    QStringList groups;
    for (qsizetype i = 0; i < normalized.size(); i += 4)
        groups << normalized.mid(i, 4);
    return groups.join(u'-');
}

// --- push ---------------------------------------------------------------------------------

QJsonObject Mutation::toJson() const
{
    return {{u"mutation_id"_s, mutationId}, {u"entity"_s, entity}, {u"entity_id"_s, entityId},
        {u"op"_s, opName(op)}, {u"payload"_s, payload}, {u"payload_hash"_s, payloadHash}};
}

bool Mutation::fromJson(const QJsonObject &json, const QString &path, Mutation *out, ValidationError *error,
    QByteArrayView rawPayload)
{
    ObjectReader r(json, path, Strictness::Strict, error);
    Mutation m;
    r.integer("mutation_id"_L1, &m.mutationId, true, 1, kMaxJsonInteger);
    r.string("entity"_L1, &m.entity, true, 1, 64);
    if (r.ok() && !isKnownEntity(m.entity))
        r.fail(error::InvalidValue, u"unknown entity \"%1\""_s.arg(m.entity.left(64)), "entity"_L1);
    readId(r, "entity_id"_L1, &m.entityId, true, kMaxRecordIdLength);
    readOp(r, "op"_L1, &m.op, true);
    r.string("payload_hash"_L1, &m.payloadHash, true, 64, 64);
    if (r.ok() && !isLowerHex(m.payloadHash))
        r.fail(error::InvalidValue, u"expected 64 lower-case hex digits"_s, "payload_hash"_L1);
    // The bytes as sent, when they are what the hash covers (a Qt client sends canonical
    // JSON), spare serializing the payload again.
    if (r.ok() && !rawPayload.isEmpty() && rawPayload.size() <= kMaxPayloadBytes
        && sha256Hex(rawPayload.toByteArray()) == m.payloadHash) {
        r.object("payload"_L1, &m.payload, true);
        m.canonicalBytes = rawPayload.toByteArray();
    } else {
        readPayload(r, &m.payload, &m.canonicalBytes);
    }
    if (r.ok() && sha256Hex(m.canonicalBytes) != m.payloadHash)
        r.fail(error::PayloadHashMismatch,
            u"payload_hash is not the SHA-256 of the payload's canonical bytes"_s, "payload_hash"_L1);
    if (!r.finish())
        return false;
    *out = std::move(m);
    return true;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray items;
    for (const Mutation &m : mutations)
        items.append(m.toJson());
    QJsonObject json {{kProtocolVersion, kVersion}, {u"mutations"_s, items}};
    if (!deviceId.isEmpty())
        json.insert(u"device_id"_s, deviceId);
    return json;
}

bool PushRequest::fromJson(const QJsonObject &json, PushRequest *out, ValidationError *error,
    const QList<QByteArrayView> &rawPayloads)
{
    ObjectReader r(json, QString(), Strictness::Strict, error);
    PushRequest p;
    readVersion(r);
    readId(r, "device_id"_L1, &p.deviceId, false, kMaxIdLength);
    QJsonArray items;
    r.array("mutations"_L1, &items, true, kUnbounded);
    if (r.ok() && items.isEmpty())
        r.fail(error::InvalidValue, u"a push needs at least one mutation"_s, "mutations"_L1);
    if (r.ok() && items.size() > kMaxMutationsPerPush)
        r.fail(error::BatchTooLarge,
            u"at most %1 mutations per push, got %2"_s.arg(kMaxMutationsPerPush).arg(items.size()),
            "mutations"_L1);
    if (!r.finish())
        return false;
    p.mutations.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = itemPath(u"mutations"_s, i);
        if (!items.at(i).isObject()) {
            error->code = error::WrongType;
            error->path = path;
            error->message = path + u": expected an object"_s;
            return false;
        }
        Mutation m;
        const QByteArrayView raw = rawPayloads.size() == items.size() ? rawPayloads.at(i) : QByteArrayView();
        if (!Mutation::fromJson(items.at(i).toObject(), path, &m, error, raw))
            return false;
        if (!p.mutations.isEmpty() && m.mutationId != p.mutations.constLast().mutationId + 1) {
            error->code = error::InvalidValue;
            error->path = path + u".mutation_id"_s;
            error->message = error->path
                + u": mutation ids in a push must be consecutive (expected %1)"_s.arg(
                    p.mutations.constLast().mutationId + 1);
            return false;
        }
        p.mutations.append(std::move(m));
    }
    *out = std::move(p);
    return true;
}

QJsonObject Rejection::toJson() const
{
    return {{u"mutation_id"_s, mutationId}, {u"code"_s, code}, {u"message"_s, message}};
}

bool Rejection::fromJson(const QJsonObject &json, const QString &path, Rejection *out, ValidationError *error)
{
    ObjectReader r(json, path, Strictness::Lenient, error);
    Rejection x;
    r.integer("mutation_id"_L1, &x.mutationId, true, 1, kMaxJsonInteger);
    r.string("code"_L1, &x.code, true, 1, 100);
    r.string("message"_L1, &x.message, true, 0, 10'000);
    if (!r.finish())
        return false;
    *out = x;
    return true;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray items;
    for (const Rejection &x : rejected)
        items.append(x.toJson());
    return {{u"applied"_s, applied}, {u"skipped"_s, skipped}, {u"rejected"_s, items},
        {u"last_applied_mutation_id"_s, lastAppliedMutationId}};
}

bool PushResponse::fromJson(const QJsonObject &json, PushResponse *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Lenient, error);
    PushResponse p;
    r.integer("applied"_L1, &p.applied, true, 0, kMaxJsonInteger);
    r.integer("skipped"_L1, &p.skipped, true, 0, kMaxJsonInteger);
    QJsonArray items;
    r.array("rejected"_L1, &items, true, kUnbounded);
    r.integer("last_applied_mutation_id"_L1, &p.lastAppliedMutationId, true, 0, kMaxJsonInteger);
    if (!r.finish())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Rejection x;
        if (!Rejection::fromJson(items.at(i).toObject(), itemPath(u"rejected"_s, i), &x, error))
            return false;
        p.rejected.append(x);
    }
    *out = p;
    return true;
}

// --- pull ---------------------------------------------------------------------------------

QJsonObject PullRequest::toJson() const
{
    QJsonObject json {{kProtocolVersion, kVersion}, {u"cursor"_s, cursor}, {u"limit"_s, limit}};
    if (full)
        json.insert(u"full"_s, true);
    if (!pageToken.isEmpty())
        json.insert(u"page_token"_s, pageToken);
    return json;
}

QUrlQuery PullRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, QString::number(cursor));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (full)
        query.addQueryItem(u"full"_s, u"1"_s);
    if (!pageToken.isEmpty())
        query.addQueryItem(u"page_token"_s, pageToken);
    return query;
}

bool PullRequest::fromJson(const QJsonObject &json, PullRequest *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Strict, error);
    PullRequest p;
    readVersion(r);
    r.integer("cursor"_L1, &p.cursor, true, 0, kMaxJsonInteger);
    r.integer("limit"_L1, &p.limit, false, 1, kMaxPullLimit);
    r.boolean("full"_L1, &p.full, false);
    r.string("page_token"_L1, &p.pageToken, false, 1, kMaxPageTokenLength);
    if (!r.finish())
        return false;
    *out = p;
    return true;
}

bool PullRequest::fromQuery(const QUrlQuery &query, PullRequest *out, ValidationError *error)
{
    QueryReader r(query, error);
    PullRequest p;
    p.cursor = -1;
    r.integer("cursor"_L1, &p.cursor, 0, kMaxJsonInteger);
    r.integer("limit"_L1, &p.limit, 1, kMaxPullLimit);
    r.boolean("full"_L1, &p.full);
    r.string("page_token"_L1, &p.pageToken, kMaxPageTokenLength);
    if (!r.finish())
        return false;
    if (p.cursor < 0) {
        error->code = error::MissingField;
        error->path = u"cursor"_s;
        error->message = u"cursor: missing query parameter"_s;
        return false;
    }
    *out = p;
    return true;
}

QJsonObject Change::toJson() const
{
    return {{u"seq"_s, seq}, {u"entity"_s, entity}, {u"entity_id"_s, entityId}, {u"op"_s, opName(op)},
        {u"origin"_s, origin}, {u"payload"_s, payload}};
}

bool Change::fromJson(const QJsonObject &json, const QString &path, Change *out, ValidationError *error)
{
    ObjectReader r(json, path, Strictness::Lenient, error);
    Change c;
    r.integer("seq"_L1, &c.seq, true, 0, kMaxJsonInteger);
    r.string("entity"_L1, &c.entity, true, 1, 64);
    readId(r, "entity_id"_L1, &c.entityId, true, kMaxRecordIdLength);
    readOp(r, "op"_L1, &c.op, true);
    r.string("origin"_L1, &c.origin, true, 1, 32);
    r.object("payload"_L1, &c.payload, true);
    if (!r.finish())
        return false;
    *out = std::move(c);
    return true;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray items;
    for (const Change &c : changes)
        items.append(c.toJson());
    QJsonObject json {
        {u"changes"_s, items}, {u"cursor"_s, cursor}, {u"more"_s, more}, {u"full_resync"_s, fullResync}};
    if (!pageToken.isEmpty())
        json.insert(u"page_token"_s, pageToken);
    return json;
}

bool PullResponse::fromJson(const QJsonObject &json, PullResponse *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Lenient, error);
    PullResponse p;
    QJsonArray items;
    r.array("changes"_L1, &items, true, kUnbounded);
    r.integer("cursor"_L1, &p.cursor, true, 0, kMaxJsonInteger);
    r.boolean("more"_L1, &p.more, true);
    r.boolean("full_resync"_L1, &p.fullResync, true);
    r.string("page_token"_L1, &p.pageToken, false, 1, kMaxPageTokenLength);
    if (!r.finish())
        return false;
    p.changes.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Change c;
        if (!Change::fromJson(items.at(i).toObject(), itemPath(u"changes"_s, i), &c, error))
            return false;
        p.changes.append(std::move(c));
    }
    *out = std::move(p);
    return true;
}

// --- conflicts ----------------------------------------------------------------------------

QUrlQuery ConflictsRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return query;
}

bool ConflictsRequest::fromQuery(const QUrlQuery &query, ConflictsRequest *out, ValidationError *error)
{
    QueryReader r(query, error);
    ConflictsRequest c;
    r.integer("since"_L1, &c.since, 0, kMaxJsonInteger);
    r.integer("limit"_L1, &c.limit, 1, kMaxPullLimit);
    if (!r.finish())
        return false;
    *out = c;
    return true;
}

QJsonObject Conflict::toJson() const
{
    return {{u"id"_s, id}, {u"entity"_s, entity}, {u"entity_id"_s, entityId}, {u"field"_s, field},
        {u"kept_value"_s, keptValue}, {u"overwritten_value"_s, overwrittenValue},
        {u"overwritten_by"_s, overwrittenBy}, {u"at"_s, at}};
}

bool Conflict::fromJson(const QJsonObject &json, const QString &path, Conflict *out, ValidationError *error)
{
    ObjectReader r(json, path, Strictness::Lenient, error);
    Conflict c;
    r.integer("id"_L1, &c.id, true, 1, kMaxJsonInteger);
    r.string("entity"_L1, &c.entity, true, 1, 64);
    readId(r, "entity_id"_L1, &c.entityId, true, kMaxRecordIdLength);
    r.string("field"_L1, &c.field, true, 1, 200);
    r.value("kept_value"_L1, &c.keptValue, true);
    r.value("overwritten_value"_L1, &c.overwrittenValue, true);
    r.string("overwritten_by"_L1, &c.overwrittenBy, true, 1, 32);
    r.string("at"_L1, &c.at, true, 1, 64);
    if (!r.finish())
        return false;
    *out = c;
    return true;
}

QJsonObject ConflictsResponse::toJson() const
{
    QJsonArray items;
    for (const Conflict &c : conflicts)
        items.append(c.toJson());
    return {{u"conflicts"_s, items}, {u"more"_s, more}};
}

bool ConflictsResponse::fromJson(const QJsonObject &json, ConflictsResponse *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Lenient, error);
    ConflictsResponse c;
    QJsonArray items;
    r.array("conflicts"_L1, &items, true, kUnbounded);
    r.boolean("more"_L1, &c.more, true);
    if (!r.finish())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Conflict x;
        if (!Conflict::fromJson(items.at(i).toObject(), itemPath(u"conflicts"_s, i), &x, error))
            return false;
        c.conflicts.append(x);
    }
    *out = c;
    return true;
}

// --- head office --------------------------------------------------------------------------

QJsonObject HqChangeRequest::toJson() const
{
    QJsonObject json {{kProtocolVersion, kVersion}, {u"entity_id"_s, entityId}, {u"op"_s, opName(op)},
        {u"payload"_s, payload}};
    if (!locationId.isEmpty())
        json.insert(u"location_id"_s, locationId);
    return json;
}

bool HqChangeRequest::fromJson(const QJsonObject &json, HqChangeRequest *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Strict, error);
    HqChangeRequest h;
    readVersion(r);
    readId(r, "location_id"_L1, &h.locationId, false, kMaxIdLength);
    readId(r, "entity_id"_L1, &h.entityId, true, kMaxRecordIdLength);
    readOp(r, "op"_L1, &h.op, false);
    readPayload(r, &h.payload);
    if (!r.finish())
        return false;
    *out = std::move(h);
    return true;
}

QJsonObject HqChangeResponse::toJson() const
{
    return {{u"seq"_s, seq}};
}

bool HqChangeResponse::fromJson(const QJsonObject &json, HqChangeResponse *out, ValidationError *error)
{
    ObjectReader r(json, QString(), Strictness::Lenient, error);
    HqChangeResponse h;
    r.integer("seq"_L1, &h.seq, true, 1, kMaxJsonInteger);
    if (!r.finish())
        return false;
    *out = h;
    return true;
}

} // namespace spoke::protocol
