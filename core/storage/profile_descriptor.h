#pragma once

#include "core/security/secret.h"
#include "core/util/result.h"

#include <QString>

namespace spoke {

/// How the database key is kept.
enum class KeySource { Keychain, Passphrase };

/// The small plaintext file beside the encrypted database (`spoke.id`). It holds no
/// customer data: the profile id, where the key lives, the database's 16-byte KDF salt,
/// and a key check. SQLCipher reports a wrong key and a damaged first page with the same
/// code (26); the key check tells the two apart without touching the database.
struct ProfileDescriptor
{
    QString profileId;
    KeySource keySource = KeySource::Keychain;
    QByteArray salt; ///< first 16 bytes of the database file
    QByteArray keyCheck; ///< keyed BLAKE2b (raw key) or Argon2id (passphrase) over the salt

    static QString fileName() { return QStringLiteral("spoke.id"); }
    QString keychainAccount() const { return QStringLiteral("location-db/") + profileId; }

    /// Computes the key check for a secret of this descriptor's key source and salt.
    QByteArray computeKeyCheck(const Secret &secret) const;
    bool matches(const Secret &secret) const;

    Status save(const QString &path) const;
    static Result<ProfileDescriptor> load(const QString &path);
};

} // namespace spoke
