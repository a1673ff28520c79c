#pragma once

#include "app/command_line.h"
#include "core/security/key_store.h"

namespace spoke::app {

/// Exit codes of the command line commands, for scripts.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, ///< the operation failed (message on stderr)
    ExitUsage = 2, ///< wrong arguments
    ExitDenied = 3, ///< wrong PIN/password or a role that may not do this
    ExitCannotOpen = 4, ///< the location cannot be opened (wrong key, damaged...)
};

/// `spoke backup --out FILE --user NAME`: an encrypted backup with its own passphrase.
int runBackup(const CommandLine &cl, KeyStore &keyStore);
/// `spoke restore FILE`: verifies the backup, then replaces the location with it.
int runRestore(const CommandLine &cl, KeyStore &keyStore);
/// `spoke rekey [--to-passphrase] --user NAME`: re-encrypts the database under a new key.
int runRekey(const CommandLine &cl, KeyStore &keyStore);

/// `spoke enroll --hub URL --code CODE [--hub-ca FILE] [--hub-pin PIN] --user NAME`: enrolls
/// the location with head office's hub (the token goes to the keychain) and syncs once.
int runEnroll(const CommandLine &cl, KeyStore &keyStore);

/// Creates the demo location in the folder when absent: key in the keychain if it answers,
/// otherwise the demo's public passphrase. Returns false (and prints why) on failure.
bool ensureDemoLocation(const QString &folder, KeyStore &keyStore);

} // namespace spoke::app
