#pragma once

#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

namespace spoke {

class LocationDatabase;

/// One open unit of work (see LocationDatabase::write). Services write their domain rows
/// through exec(), and record what they did with audit() and outbox(); all of it commits
/// or rolls back together.
class WriteTx
{
public:
    WriteTx(LocationDatabase &db, Actor actor);

    const Actor &actor() const { return m_actor; }
    /// The instant of this unit of work, so every row it writes carries the same stamp.
    QDateTime now() const { return m_now; }
    QString nowIso() const;
    QString newId() const;

    /// Prepares, binds positionally and executes one statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

    /// Appends a hash-chained audit entry.
    Status audit(const QString &action, const QString &entity, const QString &entityId,
        const QJsonObject &details = {});
    /// Queues a change for sync to the hub. Payloads must never carry local-only fields.
    Status outbox(
        const QString &entity, const QString &entityId, const QString &op, const QJsonObject &payload);

private:
    LocationDatabase &m_db;
    Actor m_actor;
    QDateTime m_now;
};

} // namespace spoke
