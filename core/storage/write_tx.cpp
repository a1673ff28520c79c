#include "core/storage/write_tx.h"

#include "core/storage/audit_log.h"
#include "core/storage/location_database.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace spoke {

WriteTx::WriteTx(LocationDatabase &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_now(db.clock().nowUtc())
{ }

QString WriteTx::nowIso() const
{
    return isoUtc(m_now);
}

QString WriteTx::newId() const
{
    return newUuidV7(m_now);
}

Result<TxQuery> WriteTx::exec(const QString &sql, const QVariantList &values)
{
    if (m_db.shouldFail(sql))
        return makeError(ErrorCode::Storage,
            QCoreApplication::translate("spoke::WriteTx", "The database could not be written (disk full?)."));
    // Statements are prepared once per connection and reused. One still in use (a caller
    // iterating its rows while running the same SQL again) is left alone: a fresh
    // statement serves the nested call.
    QSqlQuery *q = nullptr;
    std::unique_ptr<QSqlQuery> owned;
    auto cached = m_db.cachedStatement(sql);
    if (!cached)
        return cached.error();
    if (!cached.value()->isActive()) {
        q = cached.value();
    } else {
        owned = std::make_unique<QSqlQuery>(m_db.connection());
        owned->setForwardOnly(true);
        if (!owned->prepare(sql))
            return storageError(owned->lastError(), sql.left(60));
        q = owned.get();
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    if (!q->exec())
        return storageError(q->lastError(), sql.left(60));
    return owned ? TxQuery(std::move(owned)) : TxQuery(q);
}

Status WriteTx::audit(
    const QString &action, const QString &entity, const QString &entityId, const QJsonObject &details)
{
    return AuditLog::append(*this, action, entity, entityId, details);
}

Status WriteTx::outbox(
    const QString &entity, const QString &entityId, const QString &op, const QJsonObject &payload)
{
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    auto r
        = exec(QStringLiteral("INSERT INTO outbox (entity, entity_id, op, payload, payload_hash, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
            {entity, entityId, op, QString::fromUtf8(body), hash, nowIso()});
    if (!r)
        return r.error();
    return {};
}

} // namespace spoke
