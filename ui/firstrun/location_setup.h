#pragma once

#include "core/location/location_service.h"
#include "core/security/key_store.h"
#include "core/staff/password_hasher.h"
#include "core/staff/staff_service.h"
#include "core/storage/location_database.h"

#include <memory>

namespace spoke::ui {

/// Everything the first-run wizard collects.
struct NewLocation
{
    LocationProfile profile;
    QString ownerName;
    SecretKind ownerSecretKind = SecretKind::Pin;
    QString ownerSecret;
    KeySource keySource = KeySource::Keychain;
    QString passphrase; ///< only with KeySource::Passphrase
};

/// A freshly made location and its signed-in owner.
struct CreatedLocation
{
    std::unique_ptr<LocationDatabase> database;
    Actor owner;
};

/// Creates the encrypted database, the profile and the owner's account. If any step
/// fails, what was made is removed again (files and keychain entry), so the wizard can
/// simply try again.
Result<CreatedLocation> createLocation(const QString &folder, KeyStore &keyStore, const NewLocation &setup,
    PasswordHasher hasher = PasswordHasher());

} // namespace spoke::ui
