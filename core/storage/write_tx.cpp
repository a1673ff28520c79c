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

Result<QSqlQuery> WriteTx::exec(const QString &sql, const QVariantList &values)
{
    if (m_db.shouldFail(sql))
        return makeError(ErrorCode::Storage,
            QCoreApplication::translate("spoke::WriteTx", "The database could not be written (disk full?)."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q.lastError(), sql.left(60));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q.lastError(), sql.left(60));
    return q;
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
