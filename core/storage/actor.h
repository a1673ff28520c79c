#pragma once

#include "core/staff/role.h"

#include <QString>

namespace spoke {

/// Who does a change: recorded in the audit log and checked by permissions.
struct Actor
{
    QString staffId; ///< empty for the system or an unknown person at the sign-in screen
    QString name;
    Role role = Role::None;

    static Actor system() { return Actor {QString(), QStringLiteral("system"), Role::System}; }
};

} // namespace spoke
