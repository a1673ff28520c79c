#pragma once

#include "core/staff/password_hasher.h"
#include "core/staff/role.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QString>

#include <vector>

namespace spoke {

class LocationDatabase;

/// A staff account as shown on screens (never the hash).
struct StaffMember
{
    QString id;
    QString name;
    Role role = Role::None;
    bool active = true;
    bool usesPin = true;
    bool locked = false;
};

enum class SecretKind { Pin, Password };

/// Staff accounts and sign-in. Every change is permission-checked here, in core, and
/// audited in the same transaction.
class StaffService
{
public:
    /// After this many failures in a row the account locks until a manager unlocks it.
    static constexpr int kLockAfterFailures = 10;
    /// Failures allowed before each further attempt has to wait.
    static constexpr int kFreeFailures = 3;

    explicit StaffService(LocationDatabase &db, PasswordHasher hasher = PasswordHasher());

    /// Checks a PIN (4 to 8 digits) or password (8+ characters); returns an empty string or
    /// a translated reason.
    static QString validateSecret(SecretKind kind, const QString &secret);

    /// The owner made by the first-run wizard; refused once any staff account exists.
    Result<QString> createFirstOwner(const QString &name, SecretKind kind, const QString &secret);
    Result<QString> createStaff(
        const Actor &actor, const QString &name, Role role, SecretKind kind, const QString &secret);
    Status setRole(const Actor &actor, const QString &staffId, Role role);
    Status setActive(const Actor &actor, const QString &staffId, bool active);
    Status resetSecret(const Actor &actor, const QString &staffId, SecretKind kind, const QString &secret);
    Status unlock(const Actor &actor, const QString &staffId);

    /// Checks the secret; on success returns the signed-in actor. Failures are counted and
    /// audited; after kFreeFailures each attempt waits longer, after kLockAfterFailures the
    /// account locks.
    Result<Actor> signIn(const QString &staffId, const QString &secret);

    std::vector<StaffMember> list(bool includeInactive = false) const;
    Result<StaffMember> find(const QString &staffId) const;
    bool hasAnyStaff() const;

    /// Seconds to wait after n failures in a row: 0 up to kFreeFailures, then doubling from
    /// 5 s up to 5 minutes.
    static qint64 backoffSeconds(int failures);

private:
    Status requireManage(const Actor &actor, Role targetRole) const;

    LocationDatabase &m_db;
    PasswordHasher m_hasher;
};

} // namespace spoke
