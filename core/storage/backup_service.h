#pragma once

#include "core/security/key_store.h"
#include "core/storage/actor.h"
#include "core/storage/profile_descriptor.h"
#include "core/util/result.h"

#include <QString>

#include <memory>

namespace spoke {

class LocationDatabase;

/// Encrypted backups: a standalone SQLCipher file protected by its own passphrase, so it
/// can be restored on a new PC that has none of this PC's keychain.
class BackupService
{
public:
    /// Writes a backup of the open database to path (atomically: a temp file renamed into
    /// place). Owner only; audited.
    static Status createBackup(
        LocationDatabase &db, const Actor &actor, const QString &path, const Secret &backupPassphrase);

    /// Checks a backup without changing anything: the passphrase, SQLCipher's page HMACs,
    /// SQLite's integrity check, and that it is a Spoke database this version can read.
    static Status verifyBackup(const QString &path, const Secret &backupPassphrase);

    /// Replaces the location in folder with the backup's content, encrypted under a new key
    /// (keychain) or the given passphrase. The backup is verified first; until the final
    /// rename nothing in folder changes, and the replaced file is kept as spoke.db.replaced.
    /// The database in folder must be closed. The restore is audited in the restored database.
    static Result<std::unique_ptr<LocationDatabase>> restoreBackup(const QString &path,
        const Secret &backupPassphrase, const QString &folder, KeyStore &keyStore, KeySource source,
        const Secret &newPassphrase = Secret());
};

} // namespace spoke
