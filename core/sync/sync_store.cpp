#include "core/sync/sync_store.h"

#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace spoke::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::sync::SyncStore)
};

const QString kHubUrl = QStringLiteral("sync.hub_url");
const QString kLocationId = QStringLiteral("sync.location_id");
const QString kLocationName = QStringLiteral("sync.location_name");
const QString kDeviceId = QStringLiteral("sync.device_id");
const QString kDeviceName = QStringLiteral("sync.device_name");
const QString kCaPem = QStringLiteral("sync.ca_pem");
const QString kPin = QStringLiteral("sync.pin_sha256");
const QString kEnrolledAt = QStringLiteral("sync.enrolled_at");

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString jsonText(const QJsonValue &v)
{
    // A bare JSON value as text: wrap it in an array and strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

Error denied()
{
    return makeError(
        ErrorCode::PermissionDenied, Tr::tr("Only a manager or the owner can see sync details."));
}

} // namespace

SyncStore::SyncStore(LocationDatabase &db)
    : m_db(db)
{ }

QString SyncStore::tokenAccount() const
{
    return QStringLiteral("sync-token/") + m_db.descriptor().profileId;
}

Result<SyncConfig> SyncStore::config() const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'sync.%'"));
    if (!q.exec())
        return storageError(q.lastError());
    std::map<QString, QString> values;
    while (q.next())
        values[q.value(0).toString()] = q.value(1).toString();
    auto get = [&](const QString &k) {
        auto it = values.find(k);
        return it == values.end() ? QString() : it->second;
    };
    SyncConfig c;
    c.hubUrl = get(kHubUrl);
    c.locationId = get(kLocationId);
    c.locationName = get(kLocationName);
    c.deviceId = get(kDeviceId);
    c.deviceName = get(kDeviceName);
    c.trust.caPem = get(kCaPem).toUtf8();
    c.trust.pinSha256 = get(kPin);
    c.enrolledAt = fromIso(get(kEnrolledAt));
    return c;
}

Result<SyncCursor> SyncStore::state() const
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT cursor, full_pending, conflicts_since, needs_reenroll, last_success_at, last_error_code, "
        "last_error_detail, last_error_at FROM sync_state WHERE id = 1"));
    if (!q.exec())
        return storageError(q.lastError());
    SyncCursor s;
    if (q.next()) {
        s.cursor = q.value(0).toLongLong();
        s.fullPending = q.value(1).toBool();
        s.conflictsSince = q.value(2).toLongLong();
        s.needsReenroll = q.value(3).toBool();
        s.lastSuccess = fromIso(q.value(4));
        s.lastErrorCode = q.value(5).toString();
        s.lastErrorDetail = q.value(6).toString();
        s.lastErrorAt = fromIso(q.value(7));
    }
    return s;
}

Status SyncStore::saveEnrollment(const Actor &actor, const SyncConfig &c)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Only a manager or the owner can enroll this PC."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        const std::pair<QString, QString> values[] {{kHubUrl, c.hubUrl}, {kLocationId, c.locationId},
            {kLocationName, c.locationName}, {kDeviceId, c.deviceId}, {kDeviceName, c.deviceName},
            {kCaPem, QString::fromUtf8(c.trust.caPem)}, {kPin, c.trust.pinSha256},
            {kEnrolledAt, tx.nowIso()}};
        for (const auto &[key, value] : values) {
            auto r = tx.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                            "updated_at = excluded.updated_at"),
                {key, nonNull(value), tx.nowIso()});
            if (!r)
                return r.error();
        }
        // A new device: ask for the location's full state once (a replacement PC rebuilds
        // from it; an existing one only fills what it lacks). Earlier errors are history.
        auto s = tx.exec(QStringLiteral("UPDATE sync_state SET full_pending = 1, needs_reenroll = 0, "
                                        "last_error_code = '', last_error_detail = '', last_error_at = NULL "
                                        "WHERE id = 1"));
        if (!s)
            return s.error();
        return tx.audit(QStringLiteral("sync.enroll"), QStringLiteral("sync"), c.deviceId,
            {{QStringLiteral("hub"), c.hubUrl}, {QStringLiteral("locationId"), c.locationId},
                {QStringLiteral("deviceName"), c.deviceName},
                {QStringLiteral("trust"),
                    c.trust.pinSha256.isEmpty()
                        ? (c.trust.caPem.isEmpty() ? QStringLiteral("system CAs") : QStringLiteral("hub CA"))
                        : QStringLiteral("hub CA or system CAs, pinned key")}});
    });
}

Status SyncStore::clearEnrollment(const Actor &actor)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Only a manager or the owner can un-enroll this PC."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        QString device;
        {
            auto d = tx.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kDeviceId});
            if (!d)
                return d.error();
            if (d->next())
                device = d->value(0).toString();
        }
        auto r = tx.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'sync.%'"));
        if (!r)
            return r.error();
        auto s = tx.exec(QStringLiteral(
            "UPDATE sync_state SET cursor = 0, full_pending = 0, conflicts_since = 0, needs_reenroll = 0, "
            "last_error_code = '', last_error_detail = '', last_error_at = NULL WHERE id = 1"));
        if (!s)
            return s.error();
        auto f = tx.exec(QStringLiteral("DELETE FROM sync_full_seen"));
        if (!f)
            return f.error();
        return tx.audit(QStringLiteral("sync.unenroll"), QStringLiteral("sync"), nonNull(device));
    });
}

Result<qint64> SyncStore::pendingCount() const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL"));
    if (!q.exec() || !q.next())
        return storageError(q.lastError());
    return q.value(0).toLongLong();
}

Result<std::vector<OutboxEntry>> SyncStore::pendingBatch(int limit) const
{
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT mutation_id, entity, entity_id, op, payload, payload_hash FROM outbox "
                       "WHERE sent_at IS NULL ORDER BY mutation_id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.mutationId = q.value(0).toLongLong();
        // The hub refuses a batch whose ids are not consecutive: stop at a hole.
        if (!out.empty() && e.mutationId != out.back().mutationId + 1)
            break;
        e.entity = q.value(1).toString();
        e.entityId = q.value(2).toString();
        e.op = q.value(3).toString();
        e.payload = q.value(4).toString().toUtf8();
        e.payloadHash = q.value(5).toString();
        out.push_back(std::move(e));
    }
    return out;
}

Status SyncStore::markPushed(
    const std::vector<OutboxEntry> &batch, qint64 lastApplied, const QList<protocol::Rejection> &rejected)
{
    if (batch.empty())
        return {};
    return m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        const qint64 last = std::min(lastApplied, batch.back().mutationId);
        auto r = tx.exec(QStringLiteral("UPDATE outbox SET sent_at = ? WHERE mutation_id BETWEEN ? AND ? "
                                        "AND sent_at IS NULL"),
            {tx.nowIso(), batch.front().mutationId, last});
        if (!r)
            return r.error();
        for (const protocol::Rejection &rej : rejected) {
            QString entity, entityId;
            for (const OutboxEntry &e : batch)
                if (e.mutationId == rej.mutationId) {
                    entity = e.entity;
                    entityId = e.entityId;
                }
            auto ins = tx.exec(
                QStringLiteral("INSERT INTO sync_rejections (direction, mutation_id, seq, entity, entity_id, "
                               "code, message, at) VALUES ('push', ?, NULL, ?, ?, ?, ?, ?)"),
                {rej.mutationId, nonNull(entity), nonNull(entityId), nonNull(rej.code), nonNull(rej.message),
                    tx.nowIso()});
            if (!ins)
                return ins.error();
        }
        return {};
    });
}

Result<bool> SyncStore::rewindOutbox(qint64 fromId)
{
    bool present = false;
    Status s = m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto q = tx.exec(QStringLiteral("SELECT 1 FROM outbox WHERE mutation_id = ?"), {fromId});
        if (!q)
            return q.error();
        present = q->next();
        q->finish();
        if (!present)
            return {};
        auto r = tx.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL WHERE mutation_id >= ?"), {fromId});
        return r ? Status() : Status(r.error());
    });
    if (!s)
        return s.error();
    return present;
}

Status SyncStore::setNeedsReenroll(bool needed)
{
    return m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral("UPDATE sync_state SET needs_reenroll = ? WHERE id = 1"), {needed ? 1 : 0});
        return r ? Status() : Status(r.error());
    });
}

Status SyncStore::recordRun(const SyncRun &run)
{
    return m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto r
            = tx.exec(QStringLiteral(
                          "INSERT INTO sync_runs (started_at, finished_at, trigger, outcome, pushed, pulled, "
                          "rejected, conflicts, error_code, error_detail, request_id) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                {isoUtc(run.startedAt), isoUtc(run.finishedAt), run.trigger, run.outcome, run.pushed,
                    run.pulled, run.rejected, run.conflicts, nonNull(run.errorCode), nonNull(run.errorDetail),
                    nonNull(run.requestId)});
        if (!r)
            return r.error();
        auto prune
            = tx.exec(QStringLiteral("DELETE FROM sync_runs WHERE id <= (SELECT max(id) FROM sync_runs) - ?"),
                {kRunsKept});
        if (!prune)
            return prune.error();
        const bool ok = run.outcome == QLatin1String("ok");
        auto st = ok
            ? tx.exec(QStringLiteral("UPDATE sync_state SET last_success_at = ?, last_error_code = '', "
                                     "last_error_detail = '', last_error_at = NULL WHERE id = 1"),
                {isoUtc(run.finishedAt)})
            : tx.exec(QStringLiteral("UPDATE sync_state SET last_error_code = ?, last_error_detail = ?, "
                                     "last_error_at = ? WHERE id = 1"),
                {nonNull(run.errorCode), nonNull(run.errorDetail), isoUtc(run.finishedAt)});
        return st ? Status() : Status(st.error());
    });
}

Result<qint64> SyncStore::addConflicts(const QList<protocol::Conflict> &list)
{
    qint64 added = 0;
    Status s = m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        qint64 maxId = 0;
        for (const protocol::Conflict &c : list) {
            auto r = tx.exec(
                QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, field, "
                               "kept_value, overwritten_value, overwritten_by, at, received_at) "
                               "VALUES (?,?,?,?,?,?,?,?,?)"),
                {c.id, c.entity, c.entityId, c.field, jsonText(c.keptValue), jsonText(c.overwrittenValue),
                    c.overwrittenBy, c.at, tx.nowIso()});
            if (!r)
                return r.error();
            added += r->numRowsAffected();
            maxId = std::max(maxId, c.id);
        }
        auto u = tx.exec(
            QStringLiteral("UPDATE sync_state SET conflicts_since = max(conflicts_since, ?) WHERE id = 1"),
            {maxId});
        return u ? Status() : Status(u.error());
    });
    if (!s)
        return s.error();
    return added;
}

Status SyncStore::purgeSent(const QDateTime &olderThan)
{
    return m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto r = tx.exec(QStringLiteral("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?"),
            {isoUtc(olderThan)});
        return r ? Status() : Status(r.error());
    });
}

Result<std::vector<SyncRun>> SyncStore::runs(const Actor &actor, int limit) const
{
    if (actor.role == Role::None)
        return denied();
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, started_at, finished_at, trigger, outcome, pushed, pulled, rejected, conflicts, "
        "error_code, error_detail, request_id FROM sync_runs ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<SyncRun> out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.startedAt = fromIso(q.value(1));
        r.finishedAt = fromIso(q.value(2));
        r.trigger = q.value(3).toString();
        r.outcome = q.value(4).toString();
        r.pushed = q.value(5).toLongLong();
        r.pulled = q.value(6).toLongLong();
        r.rejected = q.value(7).toLongLong();
        r.conflicts = q.value(8).toLongLong();
        r.errorCode = q.value(9).toString();
        r.errorDetail = q.value(10).toString();
        r.requestId = q.value(11).toString();
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<SyncConflict>> SyncStore::conflicts(const Actor &actor, int limit) const
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return denied();
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT id, entity, entity_id, field, kept_value, overwritten_value, "
                                    "overwritten_by, at FROM sync_conflicts ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<SyncConflict> out;
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), fromIso(q.value(7))});
    return out;
}

Result<std::vector<SyncRejection>> SyncStore::rejections(const Actor &actor, int limit) const
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return denied();
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, direction, coalesce(mutation_id, 0), coalesce(seq, 0), entity, entity_id, code, "
        "message, at FROM sync_rejections ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<SyncRejection> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toString(), fromIso(q.value(8))});
    return out;
}

Result<std::vector<ParkedChange>> SyncStore::parked(const Actor &actor, int limit) const
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return denied();
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT entity, entity_id, seq, reason, parked_at FROM sync_parked ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<ParkedChange> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(), fromIso(q.value(4))});
    return out;
}

Result<qint64> SyncStore::parkedCount() const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM sync_parked"));
    if (!q.exec() || !q.next())
        return storageError(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace spoke::sync
