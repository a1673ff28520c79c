#include "core/staff/staff_service.h"

#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::StaffService)
};

QString kindKey(SecretKind kind)
{
    return kind == SecretKind::Pin ? QStringLiteral("pin") : QStringLiteral("password");
}

Error denied()
{
    return makeError(
        ErrorCode::PermissionDenied, Tr::tr("Your role does not allow managing staff accounts."));
}

StaffMember memberFrom(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.role = roleFromKey(q.value(2).toString());
    m.active = q.value(3).toBool();
    m.usesPin = q.value(4).toString() == QLatin1String("pin");
    m.locked = q.value(5).toBool();
    return m;
}

// Refuses a change that would leave the location without an active owner.
Status requireAnotherOwner(WriteTx &tx)
{
    auto owners = tx.exec(QStringLiteral("SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1 "
                                         "AND deleted_at IS NULL"));
    if (!owners)
        return owners.error();
    if (owners.value().next() && owners.value().value(0).toInt() <= 1)
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("A location always keeps at least one active owner."));
    return {};
}

const QString kSelect = QStringLiteral("SELECT id, name, role, active, secret_kind, locked FROM staff ");

} // namespace

StaffService::StaffService(LocationDatabase &db, PasswordHasher hasher)
    : m_db(db)
    , m_hasher(hasher)
{ }

QString StaffService::validateSecret(SecretKind kind, const QString &secret)
{
    if (kind == SecretKind::Pin) {
        static const QRegularExpression pin(QStringLiteral("^[0-9]{4,8}$"));
        if (!pin.match(secret).hasMatch())
            return Tr::tr("A PIN has 4 to 8 digits.");
        return {};
    }
    if (secret.size() < 8)
        return Tr::tr("A password has at least 8 characters.");
    return {};
}

qint64 StaffService::backoffSeconds(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int step = failures - kFreeFailures;
    return step >= 6 ? 300 : qint64(5) << step;
}

Status StaffService::requireManage(const Actor &actor, Role targetRole) const
{
    if (!allows(actor.role, Permission::ManageStaff))
        return denied();
    if (targetRole == Role::Owner && !allows(actor.role, Permission::ManageOwners))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only an owner can manage owner accounts."));
    return {};
}

Result<QString> StaffService::createFirstOwner(const QString &name, SecretKind kind, const QString &secret)
{
    if (hasAnyStaff())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("This location already has an owner."));
    return createStaff(Actor::system(), name, Role::Owner, kind, secret);
}

Result<QString> StaffService::createStaff(
    const Actor &actor, const QString &name, Role role, SecretKind kind, const QString &secret)
{
    if (auto s = requireManage(actor, role); !s)
        return s.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter the person's name."));
    if (role == Role::None || role == Role::System)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a role."));
    if (const QString why = validateSecret(kind, secret); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    const QString hash = m_hasher.hash(secret);
    if (hash.isEmpty())
        return makeError(
            ErrorCode::Storage, Tr::tr("The PIN or password could not be protected (out of memory)."));
    QString id;
    Status s = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto dup = tx.exec(
            QStringLiteral("SELECT 1 FROM staff WHERE lower(name) = lower(?) AND deleted_at IS NULL"),
            {trimmed});
        if (!dup)
            return dup.error();
        if (dup.value().next())
            return makeError(
                ErrorCode::Conflict, Tr::tr("There is already a staff member called %1.").arg(trimmed));
        id = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO staff (id, name, role, secret_kind, secret_hash, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, trimmed, roleKey(role), kindKey(kind), hash, tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("staff.create"), QStringLiteral("staff"), id,
            {{QStringLiteral("name"), trimmed}, {QStringLiteral("role"), roleKey(role)}});
    });
    if (!s)
        return s.error();
    return id;
}

Status StaffService::setRole(const Actor &actor, const QString &staffId, Role role)
{
    auto member = find(staffId);
    if (!member)
        return member.error();
    if (auto s = requireManage(actor, member.value().role); !s)
        return s;
    if (auto s = requireManage(actor, role); !s)
        return s;
    if (role == Role::None || role == Role::System)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a role."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (member.value().role == Role::Owner && role != Role::Owner) {
            if (auto s = requireAnotherOwner(tx); !s)
                return s;
        }
        auto r = tx.exec(QStringLiteral("UPDATE staff SET role = ?, updated_at = ? WHERE id = ?"),
            {roleKey(role), tx.nowIso(), staffId});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("staff.role"), QStringLiteral("staff"), staffId,
            {{QStringLiteral("from"), roleKey(member.value().role)}, {QStringLiteral("to"), roleKey(role)}});
    });
}

Status StaffService::setActive(const Actor &actor, const QString &staffId, bool active)
{
    auto member = find(staffId);
    if (!member)
        return member.error();
    if (auto s = requireManage(actor, member.value().role); !s)
        return s;
    if (!active && staffId == actor.staffId)
        return makeError(ErrorCode::InvalidInput, Tr::tr("You cannot deactivate your own account."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (!active && member.value().role == Role::Owner) {
            if (auto s = requireAnotherOwner(tx); !s)
                return s;
        }
        auto r = tx.exec(QStringLiteral("UPDATE staff SET active = ?, updated_at = ? WHERE id = ?"),
            {active ? 1 : 0, tx.nowIso(), staffId});
        if (!r)
            return r.error();
        return tx.audit(active ? QStringLiteral("staff.activate") : QStringLiteral("staff.deactivate"),
            QStringLiteral("staff"), staffId);
    });
}

Status StaffService::resetSecret(
    const Actor &actor, const QString &staffId, SecretKind kind, const QString &secret)
{
    auto member = find(staffId);
    if (!member)
        return member.error();
    // Everyone may change their own secret; changing someone else's needs the permission.
    if (staffId != actor.staffId) {
        if (auto s = requireManage(actor, member.value().role); !s)
            return s;
    }
    if (const QString why = validateSecret(kind, secret); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    const QString hash = m_hasher.hash(secret);
    if (hash.isEmpty())
        return makeError(
            ErrorCode::Storage, Tr::tr("The PIN or password could not be protected (out of memory)."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral("UPDATE staff SET secret_kind = ?, secret_hash = ?, failed_attempts = 0, "
                           "retry_after = NULL, locked = 0, updated_at = ? WHERE id = ?"),
            {kindKey(kind), hash, tx.nowIso(), staffId});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("staff.secret_reset"), QStringLiteral("staff"), staffId);
    });
}

Status StaffService::unlock(const Actor &actor, const QString &staffId)
{
    auto member = find(staffId);
    if (!member)
        return member.error();
    if (auto s = requireManage(actor, member.value().role); !s)
        return s;
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r
            = tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, retry_after = NULL, locked = 0, "
                                     "updated_at = ? WHERE id = ?"),
                {tx.nowIso(), staffId});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("staff.unlock"), QStringLiteral("staff"), staffId);
    });
}

Result<Actor> StaffService::signIn(const QString &staffId, const QString &secret)
{
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT id, name, role, active, secret_hash, failed_attempts, "
                                    "retry_after, locked FROM staff WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(staffId);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::BadCredentials, Tr::tr("Unknown staff member."));
    const Actor who {q.value(0).toString(), q.value(1).toString(), roleFromKey(q.value(2).toString())};
    const bool active = q.value(3).toBool();
    const QString hash = q.value(4).toString();
    const int failures = q.value(5).toInt();
    const QDateTime retryAfter = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    const bool locked = q.value(7).toBool();
    q.finish();

    const QDateTime now = m_db.clock().nowUtc();
    const Actor anonymous {who.staffId, who.name, Role::None};
    auto record = [&](const QString &action, const QString &reason) {
        return m_db.write(anonymous, [&](WriteTx &tx) {
            return tx.audit(
                action, QStringLiteral("staff"), who.staffId, {{QStringLiteral("reason"), reason}});
        });
    };
    if (locked) {
        (void)record(QStringLiteral("signin.refused"), QStringLiteral("locked"));
        return makeError(ErrorCode::AccountLocked,
            Tr::tr("This account is locked after too many wrong attempts. Ask a manager to unlock it."));
    }
    if (retryAfter.isValid() && now < retryAfter) {
        const qint64 wait = now.secsTo(retryAfter) + 1;
        return makeError(ErrorCode::RateLimited,
            Tr::tr("Too many wrong attempts. Try again in %n second(s).", nullptr, int(wait)));
    }
    if (!active) {
        (void)record(QStringLiteral("signin.refused"), QStringLiteral("inactive"));
        return makeError(ErrorCode::AccountInactive, Tr::tr("This account is not active."));
    }
    if (!PasswordHasher::verify(hash, secret)) {
        const int n = failures + 1;
        const qint64 wait = backoffSeconds(n);
        const bool lockNow = n >= kLockAfterFailures;
        Status s = m_db.write(anonymous, [&](WriteTx &tx) -> Status {
            auto r = tx.exec(
                QStringLiteral("UPDATE staff SET failed_attempts = ?, retry_after = ?, locked = ? "
                               "WHERE id = ?"),
                {n, wait > 0 ? QVariant(isoUtc(now.addSecs(wait))) : QVariant(QMetaType(QMetaType::QString)),
                    lockNow ? 1 : 0, who.staffId});
            if (!r)
                return r.error();
            return tx.audit(QStringLiteral("signin.failure"), QStringLiteral("staff"), who.staffId,
                {{QStringLiteral("failures"), n}, {QStringLiteral("locked"), lockNow}});
        });
        if (!s)
            return s.error();
        if (lockNow)
            return makeError(ErrorCode::AccountLocked,
                Tr::tr("Wrong PIN or password. The account is now locked; ask a manager to unlock it."));
        return makeError(ErrorCode::BadCredentials, Tr::tr("Wrong PIN or password."));
    }
    Status s = m_db.write(who, [&](WriteTx &tx) -> Status {
        auto r
            = tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, retry_after = NULL WHERE id = ?"),
                {who.staffId});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("signin.success"), QStringLiteral("staff"), who.staffId);
    });
    if (!s)
        return s.error();
    return who;
}

std::vector<StaffMember> StaffService::list(bool includeInactive) const
{
    std::vector<StaffMember> out;
    QSqlQuery q = m_db.query(kSelect
        + (includeInactive ? QStringLiteral("WHERE deleted_at IS NULL ")
                           : QStringLiteral("WHERE deleted_at IS NULL AND active = 1 "))
        + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(memberFrom(q));
    return out;
}

Result<StaffMember> StaffService::find(const QString &staffId) const
{
    QSqlQuery q = m_db.query(kSelect + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(staffId);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("No such staff member."));
    return memberFrom(q);
}

bool StaffService::hasAnyStaff() const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff)"));
    return q.exec() && q.next() && q.value(0).toBool();
}

} // namespace spoke
