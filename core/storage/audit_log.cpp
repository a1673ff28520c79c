#include "core/storage/audit_log.h"

#include "core/staff/role.h"
#include "core/util/text.h"

#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace spoke {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

QString chainHash(const QString &prevHash, qint64 seq, const QString &id, const QString &at,
    const QString &actorId, const QString &actorName, const QString &action, const QString &entity,
    const QString &entityId, const QString &details)
{
    // A JSON array is an unambiguous encoding of the fields: no separator can be forged.
    const QJsonArray fields {
        prevHash, QString::number(seq), id, at, actorId, actorName, action, entity, entityId, details};
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::AuditLog)
};

} // namespace

Status AuditLog::append(WriteTx &tx, const QString &action, const QString &entity, const QString &entityId,
    const QJsonObject &details)
{
    auto head = tx.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    qint64 seq = 1;
    QString prev = kGenesis;
    if (head.value().next()) {
        seq = head.value().value(0).toLongLong() + 1;
        prev = head.value().value(1).toString();
    }
    head.value().finish();
    const QString id = tx.newId();
    const QString at = tx.nowIso();
    // A null QString binds as SQL NULL: the system actor and sign-in attempts by an
    // unknown name have no staff id, which the log records as an empty string.
    Actor actor = tx.actor();
    actor.staffId = nonNull(actor.staffId);
    actor.name = nonNull(actor.name);
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString hash = chainHash(
        prev, seq, id, at, actor.staffId, actor.name, action, entity, nonNull(entityId), detailText);
    auto ins = tx.exec(
        QStringLiteral("INSERT INTO audit_log (seq, id, at, actor_id, actor_name, action, entity, "
                       "entity_id, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        {seq, id, at, actor.staffId, actor.name, action, entity, nonNull(entityId), detailText, prev, hash});
    if (!ins)
        return ins.error();
    auto up
        = tx.exec(QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
            {seq, hash});
    if (!up)
        return up.error();
    return {};
}

AuditVerification AuditLog::verify(const LocationDatabase &db)
{
    AuditVerification v;
    QSqlQuery q
        = db.query(QStringLiteral("SELECT seq, id, at, actor_id, actor_name, action, entity, entity_id, "
                                  "details, prev_hash, hash FROM audit_log ORDER BY seq"));
    if (!q.exec()) {
        v.problem = Tr::tr("The audit log cannot be read.");
        return v;
    }
    qint64 expected = 1;
    QString prev = kGenesis;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const auto fail = [&](const QString &problem) {
            v.firstBadSeq = seq;
            v.problem = problem;
            return v;
        };
        if (seq != expected)
            return fail(Tr::tr("Audit entries %1 to %2 are missing.").arg(expected).arg(seq - 1));
        if (q.value(9).toString() != prev)
            return fail(Tr::tr("Audit entry %1 does not follow the entry before it.").arg(seq));
        const QString hash = chainHash(prev, seq, q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toString(), q.value(8).toString());
        if (hash != q.value(10).toString())
            return fail(Tr::tr("Audit entry %1 was changed after it was written.").arg(seq));
        prev = hash;
        ++expected;
        ++v.entriesChecked;
    }
    const auto [headSeq, headHash] = head(db);
    if (headSeq != expected - 1 || (headSeq > 0 && headHash != prev)) {
        v.firstBadSeq = expected;
        v.problem = Tr::tr("The newest audit entries (after %1) were removed.").arg(expected - 1);
        return v;
    }
    v.ok = true;
    return v;
}

Result<std::vector<AuditEntry>> AuditLog::browse(const LocationDatabase &db, const Actor &actor, int limit)
{
    if (!allows(actor.role, Permission::ViewAudit))
        return makeError(ErrorCode::PermissionDenied,
            QCoreApplication::translate(
                "spoke::AuditLog", "Your role does not allow viewing the audit log."));
    return recent(db, limit);
}

Result<AuditVerification> AuditLog::verifyAs(const LocationDatabase &db, const Actor &actor)
{
    if (!allows(actor.role, Permission::ViewAudit))
        return makeError(ErrorCode::PermissionDenied,
            QCoreApplication::translate(
                "spoke::AuditLog", "Your role does not allow viewing the audit log."));
    return verify(db);
}

std::vector<AuditEntry> AuditLog::recent(const LocationDatabase &db, int limit)
{
    std::vector<AuditEntry> out;
    QSqlQuery q
        = db.query(QStringLiteral("SELECT seq, id, at, actor_id, actor_name, action, entity, entity_id, "
                                  "details FROM audit_log ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.at = q.value(2).toString();
        e.actorId = q.value(3).toString();
        e.actorName = q.value(4).toString();
        e.action = q.value(5).toString();
        e.entity = q.value(6).toString();
        e.entityId = q.value(7).toString();
        e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        out.push_back(std::move(e));
    }
    return out;
}

std::pair<qint64, QString> AuditLog::head(const LocationDatabase &db)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString()};
    return {0, QString()};
}

} // namespace spoke
