#include "core/demo/demo_data.h"

#include "core/staff/staff_service.h"

#include <QDir>
#include <QFile>

namespace spoke::demo {

LocationProfile profile()
{
    LocationProfile p;
    p.businessName = QStringLiteral("Sparkle & Shine Cleaning — Riverside");
    p.address = QStringLiteral("418 Riverside Drive, Suite 2\nRiverside Heights, NY 10027");
    p.phone = QStringLiteral("(212) 555-0148");
    p.email = QStringLiteral("riverside@sparkleshine.example");
    p.timeZone = QStringLiteral("America/New_York");
    p.currency = QStringLiteral("USD");
    p.taxIds = QStringLiteral("EIN 12-3456789");
    p.invoicePrefix = QStringLiteral("RIV-");
    return p;
}

std::vector<DemoAccount> accounts()
{
    return {
        {QStringLiteral("Dana Whitfield"), Role::Owner, QStringLiteral("1234")},
        {QStringLiteral("Marcus Bell"), Role::Manager, QStringLiteral("2345")},
        {QStringLiteral("Priya Natarajan"), Role::FrontDesk, QStringLiteral("3456")},
        {QStringLiteral("Luis Ortega"), Role::Technician, QStringLiteral("4567")},
    };
}

QString passphrase()
{
    return QStringLiteral("sparkle-riverside-demo");
}

Status populate(LocationDatabase &db, PasswordHasher hasher)
{
    LocationService location(db);
    if (auto s = location.createProfile(profile()); !s)
        return s;
    StaffService staff(db, hasher);
    const auto people = accounts();
    auto owner = staff.createFirstOwner(people.front().name, SecretKind::Pin, people.front().pin);
    if (!owner)
        return owner.error();
    const Actor ownerActor {owner.value(), people.front().name, Role::Owner};
    for (std::size_t i = 1; i < people.size(); ++i) {
        auto id
            = staff.createStaff(ownerActor, people[i].name, people[i].role, SecretKind::Pin, people[i].pin);
        if (!id)
            return id.error();
    }
    return {};
}

Result<std::unique_ptr<LocationDatabase>> create(
    const QString &folder, KeyStore &keyStore, KeySource source, PasswordHasher hasher)
{
    auto created = LocationDatabase::create(folder, keyStore, source,
        source == KeySource::Passphrase ? Secret::fromUtf8(passphrase()) : Secret());
    if (!created)
        return created.error();
    std::unique_ptr<LocationDatabase> db = std::move(created).value();
    if (auto s = populate(*db, hasher); !s) {
        // Leave no half-made demo behind: the next start tries again from scratch.
        const ProfileDescriptor descriptor = db->descriptor();
        db.reset();
        const QDir dir(folder);
        const QString file = LocationDatabase::databaseFileName();
        for (const QString &name : QStringList {file, QString(file + QStringLiteral("-wal")),
                 QString(file + QStringLiteral("-shm")), ProfileDescriptor::fileName()})
            QFile::remove(dir.filePath(name));
        if (source == KeySource::Keychain)
            (void)keyStore.remove(descriptor.keychainAccount());
        return s.error();
    }
    return db;
}

} // namespace spoke::demo
