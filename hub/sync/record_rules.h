#pragma once

#include "core/protocol/sync_messages.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace spoke::hub {

/// The location id under which head office keeps what it publishes to every location.
inline constexpr QLatin1String kEveryLocation("*");

/// One synced record as the hub keeps it (table records), plus what a batch did to it.
struct StoredRecord
{
    qint64 rid = 0; ///< 0: not stored yet
    QString locationId;
    QString entity;
    QString entityId;
    QString origin; ///< who created it: "location" | "head_office"
    QJsonObject payload;
    bool deleted = false;
    /// Last writer per top-level field, kept once both sides have written the record.
    QJsonObject fieldWriters;
    /// The last payload the location pushed for a record head office also writes.
    std::optional<QJsonObject> locationBase;
    qint64 feedSeq = 0; ///< 0: not in the down-going feed
    /// canonicalPayload(payload) and its hash when known (a payload taken whole from a
    /// mutation); empty after a merge, so the store computes them.
    QByteArray payloadText;
    QString payloadHash;

    bool created = false; ///< made by this unit of work, not stored yet
    bool dirty = false; ///< must be written back
    bool bumpFeed = false; ///< needs a new feed sequence (the location must see it)

    [[nodiscard]] bool exists() const { return rid != 0 || created; }
    [[nodiscard]] bool live() const { return exists() && !deleted; }
    /// True when head office has written any field (so edits merge field by field).
    [[nodiscard]] bool sharedWithHeadOffice() const;
};

/// A value one writer's arrival overwrote, for the conflict log.
struct FieldConflict
{
    QString field;
    QJsonValue kept;
    QJsonValue overwritten;
    QString overwrittenBy; ///< the writer whose arrival won
};

/// What applying one mutation did.
struct MutationOutcome
{
    bool applied = true;
    QString code; ///< rejection code when !applied
    QString message; ///< English, for the push answer and the log
    QList<FieldConflict> conflicts;
};

/// The newest chain head the hub holds for a location (audit log or sales journal).
struct ChainHead
{
    qint64 seq = 0;
    QString hash;
};

/// Applies a location's mutation to the record it targets (already loaded, possibly not
/// existing), following docs/sync-protocol.md: head-office-only records are refused,
/// issued invoices, payments and credit notes are append-only, chain heads never go back,
/// and records head office also writes merge field by field (the later arrival wins each
/// field it changed; ackCursor is the feed position the device has acknowledged).
[[nodiscard]] MutationOutcome applyLocationMutation(StoredRecord *record, const protocol::Mutation &mutation,
    qint64 ackCursor, const std::optional<ChainHead> &storedHead);

/// Applies head office's write (booking, catalog item, settings) to a record: its fields
/// replace the stored ones, fields it leaves out stay; overwriting what the location wrote is
/// a conflict. Always needs a new feed sequence.
[[nodiscard]] QList<FieldConflict> applyHeadOfficeChange(
    StoredRecord *record, protocol::Op op, const QJsonObject &payload);

/// The {"seq", "hash"} of an audit_head / journal_head payload; nullopt when malformed.
[[nodiscard]] std::optional<ChainHead> chainHeadOf(const QJsonObject &payload);

} // namespace spoke::hub
