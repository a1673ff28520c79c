#pragma once

#include "hub/storage/hub_database.h"

#include <QStringList>
#include <QTextStream>

namespace spoke::hub {

/// Exit codes of `spoke-hub admin`: 0 done, 1 the operation was refused (unknown location
/// or device), 2 bad usage or the database could not be opened.
inline constexpr int kAdminOk = 0;
inline constexpr int kAdminRefused = 1;
inline constexpr int kAdminUsage = 2;

/// The admin command line, against the same database the hub uses (SQLite in --data-dir or
/// --database-url), safe to run while the hub serves:
///   add-location NAME | add-locations [--with-codes] NAME... | locations
///   enroll-code LOCATION_ID [--expires-hours H]
///   devices [LOCATION_ID] | revoke DEVICE_ID | status | hq-token NAME | compact [--keep-days N]
/// `--json` prints one JSON document instead of text. arguments are what follows "admin".
[[nodiscard]] int runAdmin(
    const DatabaseLocation &database, const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The usage text of the admin commands.
[[nodiscard]] QString adminUsage();

} // namespace spoke::hub
