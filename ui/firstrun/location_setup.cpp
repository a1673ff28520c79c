#include "ui/firstrun/location_setup.h"

#include <QDir>
#include <QFile>

namespace spoke::ui {

namespace {

void removeLocation(const QString &folder, KeyStore &keyStore, const ProfileDescriptor &descriptor)
{
    const QDir dir(folder);
    const QString file = LocationDatabase::databaseFileName();
    for (const QString &name : QStringList {file, QString(file + QStringLiteral("-wal")),
             QString(file + QStringLiteral("-shm")), ProfileDescriptor::fileName()})
        QFile::remove(dir.filePath(name));
    if (descriptor.keySource == KeySource::Keychain)
        (void)keyStore.remove(descriptor.keychainAccount());
}

} // namespace

Result<CreatedLocation> createLocation(
    const QString &folder, KeyStore &keyStore, const NewLocation &setup, PasswordHasher hasher)
{
    if (const QString why = LocationService::validate(setup.profile); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    if (const QString why = StaffService::validateSecret(setup.ownerSecretKind, setup.ownerSecret);
        !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);

    auto created = LocationDatabase::create(folder, keyStore, setup.keySource,
        setup.keySource == KeySource::Passphrase ? Secret::fromUtf8(setup.passphrase) : Secret());
    if (!created)
        return created.error();
    std::unique_ptr<LocationDatabase> db = std::move(created).value();
    auto fail = [&](const Error &error) -> Result<CreatedLocation> {
        const ProfileDescriptor descriptor = db->descriptor();
        db.reset();
        removeLocation(folder, keyStore, descriptor);
        return error;
    };
    if (auto s = LocationService(*db).createProfile(setup.profile); !s)
        return fail(s.error());
    StaffService staff(*db, hasher);
    auto ownerId = staff.createFirstOwner(setup.ownerName, setup.ownerSecretKind, setup.ownerSecret);
    if (!ownerId)
        return fail(ownerId.error());
    CreatedLocation result;
    result.owner = Actor {ownerId.value(), setup.ownerName.trimmed(), Role::Owner};
    result.database = std::move(db);
    return result;
}

} // namespace spoke::ui
