#include "hub/storage/hub_store.h"

#include "core/protocol/entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace {

// Rows per multi-row statement: few round trips (PostgreSQL) and few statements (SQLite),
// well under both engines' limits on bound values.
constexpr qsizetype kRowsPerStatement = 250;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// A null QString binds as SQL NULL, and nothing compares to NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString textOf(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QString() : q.value(column).toString();
}

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(protocol::canonicalPayload(object));
}

QString jsonValueText(const QJsonValue &value)
{
    // A bare value is wrapped in an array so any JSON value survives the round trip.
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValueOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

constexpr auto kDeviceColumns = "id, location_id, name, created_at, revoked_at, last_push_at, last_pull_at,"
                                " last_mutation_id, ack_cursor"_L1;

DeviceInfo readDevice(const QSqlQuery &q)
{
    DeviceInfo d;
    d.id = q.value(0).toString();
    d.locationId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.createdAt = q.value(3).toString();
    d.revokedAt = textOf(q, 4);
    d.lastPushAt = textOf(q, 5);
    d.lastPullAt = textOf(q, 6);
    d.lastMutationId = q.value(7).toLongLong();
    d.ackCursor = q.value(8).toLongLong();
    return d;
}

constexpr auto kRecordColumns
    = "rid, location_id, entity, entity_id, origin, payload, deleted, field_writers,"
      " location_base, feed_seq"_L1;

StoredRecord readRecord(const QSqlQuery &q)
{
    StoredRecord r;
    r.rid = q.value(0).toLongLong();
    r.locationId = q.value(1).toString();
    r.entity = q.value(2).toString();
    r.entityId = q.value(3).toString();
    r.origin = q.value(4).toString();
    r.payload = objectOf(q.value(5));
    r.deleted = q.value(6).toInt() != 0;
    if (!q.isNull(7))
        r.fieldWriters = objectOf(q.value(7));
    if (!q.isNull(8))
        r.locationBase = objectOf(q.value(8));
    r.feedSeq = q.isNull(9) ? 0 : q.value(9).toLongLong();
    return r;
}

FeedRow readFeedRow(const QSqlQuery &q)
{
    FeedRow row;
    row.seq = q.value(0).toLongLong();
    row.entity = q.value(1).toString();
    row.entityId = q.value(2).toString();
    row.origin = q.value(3).toString();
    row.deleted = q.value(4).toInt() != 0;
    if (!row.deleted)
        row.payload = objectOf(q.value(5));
    return row;
}

} // namespace

HubStore::HubStore(HubDatabase &db)
    : m_db(db)
{ }

// --- locations and enrollment ---------------------------------------------------------------

bool HubStore::addLocation(const LocationInfo &location, QString *error)
{
    return m_db.exec(u"INSERT INTO locations (id, name, created_at) VALUES (?, ?, ?)"_s,
               {location.id, location.name, location.createdAt}, error)
        != nullptr;
}

bool HubStore::location(const QString &id, std::optional<LocationInfo> *out, QString *error)
{
    QSqlQuery *q = m_db.exec(u"SELECT id, name, created_at FROM locations WHERE id = ?"_s, {id}, error);
    if (!q)
        return false;
    out->reset();
    if (q->next())
        *out = LocationInfo {q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    q->finish();
    return true;
}

bool HubStore::locations(QList<LocationInfo> *out, QString *error)
{
    QSqlQuery *q
        = m_db.exec(u"SELECT id, name, created_at FROM locations ORDER BY created_at, id"_s, {}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return true;
}

bool HubStore::addEnrollmentCode(const QString &codeHash, const QString &locationId, const QString &now,
    const QString &expiresAt, QString *error)
{
    return m_db.exec(u"INSERT INTO enrollment_codes (code_hash, location_id, created_at, expires_at) "
                     "VALUES (?, ?, ?, ?)"_s,
               {codeHash, locationId, now, expiresAt}, error)
        != nullptr;
}

bool HubStore::enrollmentCode(const QString &codeHash, std::optional<EnrollmentCodeInfo> *out, QString *error)
{
    QSqlQuery *q
        = m_db.exec(u"SELECT location_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"_s,
            {codeHash}, error);
    if (!q)
        return false;
    out->reset();
    if (q->next())
        *out = EnrollmentCodeInfo {q->value(0).toString(), q->value(1).toString(), textOf(*q, 2)};
    q->finish();
    return true;
}

bool HubStore::claimEnrollmentCode(
    const QString &codeHash, const QString &deviceId, const QString &now, bool *claimed, QString *error)
{
    QSqlQuery *q = m_db.exec(u"UPDATE enrollment_codes SET used_at = ?, device_id = ? "
                             "WHERE code_hash = ? AND used_at IS NULL"_s,
        {now, deviceId, codeHash}, error);
    if (!q)
        return false;
    *claimed = q->numRowsAffected() == 1;
    return true;
}

// --- devices and head-office tokens -----------------------------------------------------------

bool HubStore::addDevice(const DeviceInfo &device, const QString &tokenHash, QString *error)
{
    return m_db.exec(
               u"INSERT INTO devices (id, location_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s,
               {device.id, device.locationId, device.name, tokenHash, device.createdAt}, error)
        != nullptr;
}

bool HubStore::deviceByTokenHash(const QString &tokenHash, std::optional<DeviceInfo> *out, QString *error)
{
    QSqlQuery *q = m_db.exec(
        u"SELECT "_s + kDeviceColumns + u" FROM devices WHERE token_hash = ?"_s, {tokenHash}, error);
    if (!q)
        return false;
    out->reset();
    if (q->next())
        *out = readDevice(*q);
    q->finish();
    return true;
}

bool HubStore::deviceForUpdate(const QString &id, std::optional<DeviceInfo> *out, QString *error)
{
    const QString lock = m_db.dialect() == Dialect::Postgres ? u" FOR UPDATE"_s : QString();
    QSqlQuery *q
        = m_db.exec(u"SELECT "_s + kDeviceColumns + u" FROM devices WHERE id = ?"_s + lock, {id}, error);
    if (!q)
        return false;
    out->reset();
    if (q->next())
        *out = readDevice(*q);
    q->finish();
    return true;
}

bool HubStore::devices(const QString &locationId, QList<DeviceInfo> *out, QString *error)
{
    QSqlQuery *q = locationId.isEmpty()
        ? m_db.exec(u"SELECT "_s + kDeviceColumns + u" FROM devices ORDER BY location_id, created_at, id"_s,
            {}, error)
        : m_db.exec(
            u"SELECT "_s + kDeviceColumns + u" FROM devices WHERE location_id = ? ORDER BY created_at, id"_s,
            {locationId}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->append(readDevice(*q));
    return true;
}

bool HubStore::revokeDevice(const QString &id, const QString &now, bool *found, QString *error)
{
    QSqlQuery *q = m_db.exec(
        u"UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"_s, {now, id}, error);
    if (!q)
        return false;
    *found = q->numRowsAffected() == 1;
    return true;
}

bool HubStore::recordPush(const QString &deviceId, qint64 lastMutationId, const QString &now, QString *error)
{
    return m_db.exec(u"UPDATE devices SET last_mutation_id = ?, last_push_at = ? WHERE id = ?"_s,
               {lastMutationId, now, deviceId}, error)
        != nullptr;
}

bool HubStore::recordPull(const QString &deviceId, qint64 ackCursor, const QString &now, QString *error)
{
    return m_db.exec(u"UPDATE devices SET ack_cursor = CASE WHEN ack_cursor < ? THEN ? ELSE ack_cursor END, "
                     "last_pull_at = ? WHERE id = ?"_s,
               {ackCursor, ackCursor, now, deviceId}, error)
        != nullptr;
}

bool HubStore::addHqToken(
    const QString &id, const QString &name, const QString &tokenHash, const QString &now, QString *error)
{
    return m_db.exec(u"INSERT INTO hq_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)"_s,
               {id, name, tokenHash, now}, error)
        != nullptr;
}

bool HubStore::hqTokenExists(const QString &tokenHash, bool *found, QString *error)
{
    QSqlQuery *q = m_db.exec(
        u"SELECT id FROM hq_tokens WHERE token_hash = ? AND revoked_at IS NULL"_s, {tokenHash}, error);
    if (!q)
        return false;
    *found = q->next();
    q->finish();
    return true;
}

// --- push ---------------------------------------------------------------------------------------

bool HubStore::appliedMutations(
    const QString &deviceId, qint64 from, qint64 to, QHash<qint64, QString> *hashes, QString *error)
{
    QSqlQuery *q = m_db.exec(u"SELECT mutation_id, payload_hash FROM applied_mutations "
                             "WHERE device_id = ? AND mutation_id >= ? AND mutation_id <= ?"_s,
        {deviceId, from, to}, error);
    if (!q)
        return false;
    hashes->clear();
    while (q->next())
        hashes->insert(q->value(0).toLongLong(), q->value(1).toString());
    return true;
}

bool HubStore::insertAppliedMutations(
    const QString &deviceId, const QList<AppliedMutation> &rows, const QString &now, QString *error)
{
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows.size() - start);
        QVariantList values;
        values.reserve(n * 5);
        for (qsizetype i = start; i < start + n; ++i) {
            const AppliedMutation &row = rows.at(i);
            values << deviceId << row.mutationId << row.payloadHash << row.outcome << now;
        }
        if (!m_db.exec(
                u"INSERT INTO applied_mutations (device_id, mutation_id, payload_hash, outcome, applied_at) "
                "VALUES "_s
                    + valuesPlaceholders(n, 5),
                values, error))
            return false;
    }
    return true;
}

bool HubStore::recordsByEntityIds(const QStringList &entityIds, QList<StoredRecord> *out, QString *error)
{
    out->clear();
    for (qsizetype start = 0; start < entityIds.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, entityIds.size() - start);
        QVariantList values;
        values.reserve(n);
        for (qsizetype i = start; i < start + n; ++i)
            values << entityIds.at(i);
        QSqlQuery *q = m_db.exec(
            u"SELECT "_s + kRecordColumns + u" FROM records WHERE entity_id IN ("_s + placeholders(n) + u')',
            values, error);
        if (!q)
            return false;
        while (q->next())
            out->append(readRecord(*q));
    }
    return true;
}

bool HubStore::record(const QString &locationId, const QString &entity, const QString &entityId,
    std::optional<StoredRecord> *out, QString *error)
{
    QSqlQuery *q = m_db.exec(u"SELECT "_s + kRecordColumns
            + u" FROM records WHERE location_id = ? AND entity = ? AND entity_id = ?"_s,
        {locationId, entity, entityId}, error);
    if (!q)
        return false;
    out->reset();
    if (q->next())
        *out = readRecord(*q);
    q->finish();
    return true;
}

bool HubStore::allocateFeedSeqs(qint64 count, qint64 *first, QString *error)
{
    // One row, updated in the writer's transaction: on PostgreSQL its row lock orders feed
    // writers, so a committed sequence never hides a smaller one still uncommitted.
    QSqlQuery *q = m_db.exec(
        u"UPDATE hub_state SET value = value + ? WHERE name = 'feed_seq' RETURNING value"_s, {count}, error);
    if (!q)
        return false;
    if (!q->next()) {
        *error = u"hub_state has no feed_seq row"_s;
        return false;
    }
    *first = q->value(0).toLongLong() - count + 1;
    q->finish();
    return true;
}

bool HubStore::writeRecords(const QList<StoredRecord *> &records, const QString &now, QString *error)
{
    qint64 bumps = 0;
    for (const StoredRecord *r : records)
        bumps += r->bumpFeed ? 1 : 0;
    qint64 next = 0;
    if (bumps > 0 && !allocateFeedSeqs(bumps, &next, error))
        return false;
    for (StoredRecord *r : records) {
        if (r->bumpFeed) {
            r->feedSeq = next++;
            r->bumpFeed = false;
        }
    }
    for (qsizetype start = 0; start < records.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, records.size() - start);
        QVariantList values;
        values.reserve(n * 11);
        for (qsizetype i = start; i < start + n; ++i) {
            const StoredRecord *r = records.at(i);
            const QByteArray payload
                = r->payloadText.isEmpty() ? protocol::canonicalPayload(r->payload) : r->payloadText;
            values << r->locationId << r->entity << r->entityId << r->origin << QString::fromUtf8(payload)
                   << (r->payloadHash.isEmpty() ? protocol::sha256Hex(payload) : r->payloadHash)
                   << (r->deleted ? 1 : 0)
                   << (r->fieldWriters.isEmpty() ? QVariant() : QVariant(jsonText(r->fieldWriters)))
                   << (r->locationBase ? QVariant(jsonText(*r->locationBase)) : QVariant())
                   << (r->feedSeq != 0 ? QVariant(r->feedSeq) : QVariant()) << now;
        }
        if (!m_db.exec(u"INSERT INTO records (location_id, entity, entity_id, origin, payload, payload_hash, "
                       u"deleted, "
                       "field_writers, location_base, feed_seq, updated_at) VALUES "_s
                    + valuesPlaceholders(n, 11)
                    + u" ON CONFLICT (location_id, entity, entity_id) DO UPDATE SET origin = "
                      u"excluded.origin, "
                      "payload = excluded.payload, payload_hash = excluded.payload_hash, deleted = "
                      "excluded.deleted, "
                      "field_writers = excluded.field_writers, location_base = excluded.location_base, "
                      "feed_seq = excluded.feed_seq, updated_at = excluded.updated_at"_s,
                values, error))
            return false;
    }
    for (StoredRecord *r : records)
        r->dirty = false;
    return true;
}

bool HubStore::chainHeads(const QString &locationId, QHash<QString, ChainHead> *out, QString *error)
{
    QSqlQuery *q
        = m_db.exec(u"SELECT kind, seq, hash FROM chain_heads WHERE location_id = ?"_s, {locationId}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->insert(q->value(0).toString(), ChainHead {q->value(1).toLongLong(), q->value(2).toString()});
    return true;
}

bool HubStore::upsertChainHead(
    const QString &locationId, const QString &kind, const ChainHead &head, const QString &now, QString *error)
{
    return m_db.exec(
               u"INSERT INTO chain_heads (location_id, kind, seq, hash, updated_at) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (location_id, kind) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
               "updated_at = excluded.updated_at"_s,
               {locationId, kind, head.seq, head.hash, now}, error)
        != nullptr;
}

bool HubStore::insertConflicts(const QString &locationId, const QString &deviceId,
    const QList<ConflictEntry> &entries, const QString &now, QString *error)
{
    for (qsizetype start = 0; start < entries.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, entries.size() - start);
        QVariantList values;
        values.reserve(n * 9);
        for (qsizetype i = start; i < start + n; ++i) {
            const ConflictEntry &e = entries.at(i);
            values << locationId << e.entity << e.entityId << e.conflict.field
                   << jsonValueText(e.conflict.kept) << jsonValueText(e.conflict.overwritten)
                   << e.conflict.overwrittenBy << nullable(deviceId) << now;
        }
        if (!m_db.exec(u"INSERT INTO conflicts (location_id, entity, entity_id, field, kept_value, "
                       u"overwritten_value, "
                       "overwritten_by, device_id, at) VALUES "_s
                    + valuesPlaceholders(n, 9),
                values, error))
            return false;
    }
    return true;
}

// --- pull and conflicts ---------------------------------------------------------------------------

bool HubStore::feedState(qint64 *feedSeq, qint64 *horizon, QString *error)
{
    QSqlQuery *q
        = m_db.exec(u"SELECT name, value FROM hub_state WHERE name IN ('feed_seq', 'horizon')"_s, {}, error);
    if (!q)
        return false;
    while (q->next()) {
        if (q->value(0).toString() == "feed_seq"_L1)
            *feedSeq = q->value(1).toLongLong();
        else
            *horizon = q->value(1).toLongLong();
    }
    return true;
}

bool HubStore::feedPage(
    const QString &locationId, qint64 cursor, qint64 limit, QList<FeedRow> *out, QString *error)
{
    // Two index ranges (the location's own scope and every location's), each already in
    // feed order, merged: no scan over other locations' entries.
    QSqlQuery *q = m_db.exec(u"SELECT feed_seq, entity, entity_id, origin, deleted, payload FROM "
                             "(SELECT feed_seq, entity, entity_id, origin, deleted, payload FROM records "
                             "WHERE location_id = ? AND feed_seq > ? ORDER BY feed_seq LIMIT ?) own "
                             "UNION ALL SELECT feed_seq, entity, entity_id, origin, deleted, payload FROM "
                             "(SELECT feed_seq, entity, entity_id, origin, deleted, payload FROM records "
                             "WHERE location_id = '*' AND feed_seq > ? ORDER BY feed_seq LIMIT ?) everyone "
                             "ORDER BY feed_seq LIMIT ?"_s,
        {locationId, cursor, limit, cursor, limit, limit}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->append(readFeedRow(*q));
    return true;
}

bool HubStore::fullStatePage(const QString &scope, const QString &afterEntity, const QString &afterEntityId,
    qint64 limit, QList<FeedRow> *out, QString *error)
{
    // Keyset paging on the unique key: each page is one index range.
    QSqlQuery *q
        = m_db.exec(u"SELECT COALESCE(feed_seq, 0), entity, entity_id, origin, deleted, payload FROM records "
                    "WHERE location_id = ? AND (entity, entity_id) > (?, ?) AND deleted = 0 "
                    "ORDER BY entity, entity_id LIMIT ?"_s,
            {scope, notNull(afterEntity), notNull(afterEntityId), limit}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next())
        out->append(readFeedRow(*q));
    return true;
}

bool HubStore::conflicts(
    const QString &locationId, qint64 since, qint64 limit, QList<protocol::Conflict> *out, QString *error)
{
    QSqlQuery *q
        = m_db.exec(u"SELECT id, entity, entity_id, field, kept_value, overwritten_value, overwritten_by, at "
                    "FROM conflicts WHERE location_id = ? AND id > ? ORDER BY id LIMIT ?"_s,
            {locationId, since, limit}, error);
    if (!q)
        return false;
    out->clear();
    while (q->next()) {
        protocol::Conflict c;
        c.id = q->value(0).toLongLong();
        c.entity = q->value(1).toString();
        c.entityId = q->value(2).toString();
        c.field = q->value(3).toString();
        c.keptValue = jsonValueOf(q->value(4).toString());
        c.overwrittenValue = jsonValueOf(q->value(5).toString());
        c.overwrittenBy = q->value(6).toString();
        c.at = q->value(7).toString();
        out->append(c);
    }
    return true;
}

// --- operations -----------------------------------------------------------------------------------

bool HubStore::status(QList<LocationStatus> *out, QString *error)
{
    QList<LocationInfo> all;
    if (!locations(&all, error))
        return false;
    QHash<QString, LocationStatus> byId;
    QHash<QString, qint64> slowestCursor;
    for (const LocationInfo &l : std::as_const(all)) {
        LocationStatus s;
        s.id = l.id;
        s.name = l.name;
        byId.insert(l.id, s);
    }

    QSqlQuery *q = m_db.exec(u"SELECT location_id, "
                             "SUM(CASE WHEN revoked_at IS NULL THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END), "
                             "MAX(last_push_at), MAX(last_pull_at), "
                             "MIN(CASE WHEN revoked_at IS NULL THEN ack_cursor END) "
                             "FROM devices GROUP BY location_id"_s,
        {}, error);
    if (!q)
        return false;
    while (q->next()) {
        auto it = byId.find(q->value(0).toString());
        if (it == byId.end())
            continue;
        it->activeDevices = q->value(1).toLongLong();
        it->revokedDevices = q->value(2).toLongLong();
        it->lastPushAt = textOf(*q, 3);
        it->lastPullAt = textOf(*q, 4);
        if (!q->isNull(5))
            slowestCursor.insert(it->id, q->value(5).toLongLong());
    }

    q = m_db.exec(
        u"SELECT location_id, COUNT(*) FROM records WHERE deleted = 0 GROUP BY location_id"_s, {}, error);
    if (!q)
        return false;
    while (q->next()) {
        auto it = byId.find(q->value(0).toString());
        if (it != byId.end())
            it->records = q->value(1).toLongLong();
    }

    q = m_db.exec(u"SELECT location_id, COUNT(*) FROM conflicts GROUP BY location_id"_s, {}, error);
    if (!q)
        return false;
    while (q->next()) {
        auto it = byId.find(q->value(0).toString());
        if (it != byId.end())
            it->conflicts = q->value(1).toLongLong();
    }

    q = m_db.exec(u"SELECT location_id, kind, seq, hash FROM chain_heads"_s, {}, error);
    if (!q)
        return false;
    while (q->next()) {
        auto it = byId.find(q->value(0).toString());
        if (it != byId.end())
            it->chainHeads.insert(q->value(1).toString(),
                QJsonObject {{u"seq"_s, q->value(2).toLongLong()}, {u"hash"_s, q->value(3).toString()}});
    }

    for (auto it = slowestCursor.cbegin(); it != slowestCursor.cend(); ++it) {
        q = m_db.exec(u"SELECT COUNT(*) FROM records WHERE location_id IN (?, '*') AND feed_seq > ?"_s,
            {it.key(), it.value()}, error);
        if (!q)
            return false;
        if (q->next())
            byId[it.key()].pendingDown = q->value(0).toLongLong();
        q->finish();
    }

    out->clear();
    for (const LocationInfo &l : std::as_const(all))
        out->append(byId.value(l.id));
    return true;
}

bool HubStore::compact(const QString &cutoff, qint64 *purged, qint64 *horizon, QString *error)
{
    QSqlQuery *q = m_db.exec(u"SELECT COALESCE(MAX(feed_seq), 0), COUNT(*) FROM records "
                             "WHERE deleted = 1 AND updated_at < ?"_s,
        {cutoff}, error);
    if (!q || !q->next())
        return q ? (*error = u"compact: no result"_s, false) : false;
    const qint64 newest = q->value(0).toLongLong();
    *purged = q->value(1).toLongLong();
    q->finish();
    if (!m_db.exec(u"DELETE FROM records WHERE deleted = 1 AND updated_at < ?"_s, {cutoff}, error))
        return false;
    if (!m_db.exec(u"UPDATE hub_state SET value = ? WHERE name = 'horizon' AND value < ?"_s, {newest, newest},
            error))
        return false;
    qint64 feedSeq = 0;
    return feedState(&feedSeq, horizon, error);
}

} // namespace spoke::hub
