#pragma once

#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace spoke {

class LocationDatabase;
class WriteTx;

/// One audit entry as read back.
struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QString at;
    QString actorId;
    QString actorName;
    QString action;
    QString entity;
    QString entityId;
    QJsonObject details;
};

/// The outcome of checking the chain.
struct AuditVerification
{
    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0; ///< 0 when ok
    QString problem; ///< translated, empty when ok
};

/// The append-only, hash-chained audit log. Each entry's hash covers its fields and the
/// previous entry's hash, and a head row remembers the last one, so an edited, inserted
/// or deleted entry breaks the chain. The head syncs to the hub (issue 6), which catches
/// a rewrite of the whole chain.
class AuditLog
{
public:
    static Status append(WriteTx &tx, const QString &action, const QString &entity, const QString &entityId,
        const QJsonObject &details);
    static AuditVerification verify(const LocationDatabase &db);
    /// The newest entries first (internal: no permission check).
    static std::vector<AuditEntry> recent(const LocationDatabase &db, int limit);
    /// What screens use: the newest entries and the chain check, for roles allowed to see
    /// the audit log (owner, manager); PermissionDenied for the others.
    static Result<std::vector<AuditEntry>> browse(const LocationDatabase &db, const Actor &actor, int limit);
    static Result<AuditVerification> verifyAs(const LocationDatabase &db, const Actor &actor);
    /// The hash of the last entry and its sequence number (what syncs up).
    static std::pair<qint64, QString> head(const LocationDatabase &db);
};

} // namespace spoke
