#pragma once

#include "core/protocol/sync_messages.h"
#include "hub/storage/hub_database.h"
#include "hub/sync/record_rules.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace spoke::hub {

struct LocationInfo
{
    QString id;
    QString name;
    QString createdAt;
};

struct DeviceInfo
{
    QString id;
    QString locationId;
    QString name;
    QString createdAt;
    QString revokedAt; ///< empty while active
    QString lastPushAt;
    QString lastPullAt;
    qint64 lastMutationId = 0;
    qint64 ackCursor = 0;
};

struct EnrollmentCodeInfo
{
    QString locationId;
    QString expiresAt;
    QString usedAt;
};

/// What `spoke-hub admin status` shows for one location.
struct LocationStatus
{
    QString id;
    QString name;
    qint64 activeDevices = 0;
    qint64 revokedDevices = 0;
    QString lastPushAt;
    QString lastPullAt;
    qint64 records = 0;
    qint64 pendingDown = 0; ///< feed entries past the slowest active device's cursor
    qint64 conflicts = 0;
    QJsonObject chainHeads; ///< {"audit_head": {"seq", "hash"}, ...}
};

/// One applied (or rejected) mutation, for replay detection.
struct AppliedMutation
{
    qint64 mutationId = 0;
    QString payloadHash;
    QString outcome; ///< "applied" or a rejection code
};

/// One conflict to log.
struct ConflictEntry
{
    QString entity;
    QString entityId;
    FieldConflict conflict;
};

/// One record as pull returns it.
struct FeedRow
{
    qint64 seq = 0; ///< feed sequence, or the row id inside a full pass
    QString entity;
    QString entityId;
    QString origin;
    bool deleted = false;
    QJsonObject payload;
};

/// The hub's queries. Callers hold the transaction (HubDatabase::begin/commit); every
/// function returns false with *error set on a database error.
class HubStore
{
public:
    explicit HubStore(HubDatabase &db);

    [[nodiscard]] HubDatabase &database() { return m_db; }

    // Locations and enrollment.
    bool addLocation(const LocationInfo &location, QString *error);
    bool location(const QString &id, std::optional<LocationInfo> *out, QString *error);
    bool locations(QList<LocationInfo> *out, QString *error);
    bool addEnrollmentCode(const QString &codeHash, const QString &locationId, const QString &now,
        const QString &expiresAt, QString *error);
    bool enrollmentCode(const QString &codeHash, std::optional<EnrollmentCodeInfo> *out, QString *error);
    /// Marks the code used unless it already is; *claimed says whether this call did it.
    bool claimEnrollmentCode(
        const QString &codeHash, const QString &deviceId, const QString &now, bool *claimed, QString *error);

    // Devices and head-office tokens.
    bool addDevice(const DeviceInfo &device, const QString &tokenHash, QString *error);
    bool deviceByTokenHash(const QString &tokenHash, std::optional<DeviceInfo> *out, QString *error);
    /// Reads a device inside a write transaction (locks the row on PostgreSQL).
    bool deviceForUpdate(const QString &id, std::optional<DeviceInfo> *out, QString *error);
    bool devices(const QString &locationId, QList<DeviceInfo> *out, QString *error);
    bool revokeDevice(const QString &id, const QString &now, bool *found, QString *error);
    bool recordPush(const QString &deviceId, qint64 lastMutationId, const QString &now, QString *error);
    bool recordPull(const QString &deviceId, qint64 ackCursor, const QString &now, QString *error);
    bool addHqToken(
        const QString &id, const QString &name, const QString &tokenHash, const QString &now, QString *error);
    bool hqTokenExists(const QString &tokenHash, bool *found, QString *error);

    // Push.
    bool appliedMutations(
        const QString &deviceId, qint64 from, qint64 to, QHash<qint64, QString> *hashes, QString *error);
    bool insertAppliedMutations(
        const QString &deviceId, const QList<AppliedMutation> &rows, const QString &now, QString *error);
    /// Every stored record (any location, tombstones too) with one of these entity ids.
    bool recordsByEntityIds(const QStringList &entityIds, QList<StoredRecord> *out, QString *error);
    bool record(const QString &locationId, const QString &entity, const QString &entityId,
        std::optional<StoredRecord> *out, QString *error);
    /// Writes the dirty records; those with bumpFeed get new feed sequences, in order.
    bool writeRecords(const QList<StoredRecord *> &records, const QString &now, QString *error);
    bool chainHeads(const QString &locationId, QHash<QString, ChainHead> *out, QString *error);
    bool upsertChainHead(const QString &locationId, const QString &kind, const ChainHead &head,
        const QString &now, QString *error);
    bool insertConflicts(const QString &locationId, const QString &deviceId,
        const QList<ConflictEntry> &entries, const QString &now, QString *error);

    // Pull and conflicts.
    bool feedState(qint64 *feedSeq, qint64 *horizon, QString *error);
    /// The location's feed (its own scope and every location's) after cursor, oldest first.
    bool feedPage(
        const QString &locationId, qint64 cursor, qint64 limit, QList<FeedRow> *out, QString *error);
    /// Live records of one scope (the location, or kEveryLocation) after (entity, entityId),
    /// in that order; seq is the record's feed position or 0.
    bool fullStatePage(const QString &scope, const QString &afterEntity, const QString &afterEntityId,
        qint64 limit, QList<FeedRow> *out, QString *error);
    bool conflicts(const QString &locationId, qint64 since, qint64 limit, QList<protocol::Conflict> *out,
        QString *error);

    // Operations.
    bool status(QList<LocationStatus> *out, QString *error);
    /// Purges head-office tombstones older than cutoff and raises the horizon past them.
    bool compact(const QString &cutoff, qint64 *purged, qint64 *horizon, QString *error);

private:
    bool allocateFeedSeqs(qint64 count, qint64 *first, QString *error);

    HubDatabase &m_db;
};

} // namespace spoke::hub
