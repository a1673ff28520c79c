#pragma once

#include "core/protocol/sync_messages.h"
#include "core/storage/actor.h"
#include "core/sync/hub_trust.h"
#include "core/sync/sync_types.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace spoke {
class LocationDatabase;
}

namespace spoke::sync {

/// The enrollment of this location database with its one hub (settings keys sync.*).
/// The device token is not here: it lives in the OS keychain (SyncStore::tokenAccount()).
struct SyncConfig
{
    QString hubUrl;
    QString locationId;
    QString locationName;
    QString deviceId;
    QString deviceName;
    HubTrust trust;
    QDateTime enrolledAt;

    bool enrolled() const { return !deviceId.isEmpty() && !hubUrl.isEmpty(); }
};

/// Where sync stands (the single row of sync_state).
struct SyncCursor
{
    qint64 cursor = 0; ///< the last pull cursor stored
    bool fullPending = false; ///< the next pull asks for the location's full state
    qint64 conflictsSince = 0; ///< the last conflict id fetched
    bool needsReenroll = false;
    QDateTime lastSuccess;
    QString lastErrorCode;
    QString lastErrorDetail;
    QDateTime lastErrorAt;
};

/// One outbox row on its way up.
struct OutboxEntry
{
    qint64 mutationId = 0;
    QString entity;
    QString entityId;
    QString op;
    QByteArray payload; ///< the stored canonical JSON
    QString payloadHash;
};

/// The sync tables (migration 5), the outbox as the pusher sees it, and the sync.* settings.
class SyncStore
{
public:
    explicit SyncStore(LocationDatabase &db);

    /// The keychain entry of this profile's device token ("sync-token/<profile id>").
    QString tokenAccount() const;

    Result<SyncConfig> config() const;
    Result<SyncCursor> state() const;

    /// Stores a new enrollment (replacing any earlier one), asks for a full pull, clears the
    /// re-enrollment flag. Audited as sync.enroll.
    Status saveEnrollment(const Actor &actor, const SyncConfig &config);
    /// Forgets the hub (settings, cursor); history and logs stay. Audited as sync.unenroll.
    Status clearEnrollment(const Actor &actor);

    Result<qint64> pendingCount() const;
    /// The oldest pending outbox rows, at most `limit`, consecutive ids only.
    Result<std::vector<OutboxEntry>> pendingBatch(int limit) const;
    /// After a 200: the batch is on the hub (applied, skipped or rejected) up to
    /// lastApplied; rejected mutations go to the rejection log. One transaction.
    Status markPushed(const std::vector<OutboxEntry> &batch, qint64 lastApplied,
        const QList<protocol::Rejection> &rejected);
    /// After mutation_gap: makes rows from `fromId` pending again. False when row
    /// `fromId` is no longer here (it was purged), so the gap cannot be filled.
    Result<bool> rewindOutbox(qint64 fromId);
    Status setNeedsReenroll(bool needed);

    /// Appends a run to the history (keeping the newest kRunsKept) and records the last
    /// success or error in sync_state.
    Status recordRun(const SyncRun &run);
    static constexpr int kRunsKept = 200;

    /// Stores conflicts from the hub's log (ids already here are skipped) and advances
    /// conflicts_since; returns how many were new.
    Result<qint64> addConflicts(const QList<protocol::Conflict> &conflicts);

    /// Sent outbox rows older than this are dropped (kept meanwhile so a mutation_gap
    /// after a hub restore can be filled).
    Status purgeSent(const QDateTime &olderThan);

    // Read models for the status bar and the Sync screen. Runs: anyone signed in;
    // conflicts, rejections and parked changes: who may change settings.
    Result<std::vector<SyncRun>> runs(const Actor &actor, int limit = 100) const;
    Result<std::vector<SyncConflict>> conflicts(const Actor &actor, int limit = 500) const;
    Result<std::vector<SyncRejection>> rejections(const Actor &actor, int limit = 500) const;
    Result<std::vector<ParkedChange>> parked(const Actor &actor, int limit = 500) const;
    Result<qint64> parkedCount() const;

private:
    LocationDatabase &m_db;
};

} // namespace spoke::sync
