#include "core/demo/demo_data.h"

#include "core/customers/customer_service.h"
#include "core/customers/phone_numbers.h"

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
        // The rest of the field team; they share a PIN.
        {QStringLiteral("Ana Lopez"), Role::Technician, QStringLiteral("5678")},
        {QStringLiteral("Sam Reed"), Role::Technician, QStringLiteral("5678")},
        {QStringLiteral("Kenji Mori"), Role::Technician, QStringLiteral("5678")},
        {QStringLiteral("Zoe Park"), Role::Technician, QStringLiteral("5678")},
        {QStringLiteral("Omar Farouk"), Role::Technician, QStringLiteral("5678")},
    };
}

QString passphrase()
{
    return QStringLiteral("sparkle-riverside-demo");
}

namespace {

// Customers a Riverside cleaning franchise would have: several languages, real-looking
// preferences and access notes, a few likely duplicates for the review screen.
Status addCustomers(LocationDatabase &db, const Actor &actor)
{
    CustomerService customers(db, phoneRegionForTimeZone(profile().timeZone));
    const QStringList given {QStringLiteral("Hélène"), QStringLiteral("James"), QStringLiteral("Mary"),
        QStringLiteral("Minjun"), QStringLiteral("Fatima"), QStringLiteral("Carlos"), QStringLiteral("Priya"),
        QStringLiteral("Olivia"), QStringLiteral("Wei"), QStringLiteral("Chloé"), QStringLiteral("Noah"),
        QStringLiteral("Amara"), QStringLiteral("서연"), QStringLiteral("ليلى"), QStringLiteral("François")};
    const QStringList family {QStringLiteral("Dubois"), QStringLiteral("Smith"), QStringLiteral("Johnson"),
        QStringLiteral("Kim"), QStringLiteral("Haddad"), QStringLiteral("Garcia"), QStringLiteral("Patel"),
        QStringLiteral("Brown"), QStringLiteral("Chen"), QStringLiteral("Martin"), QStringLiteral("Walker"),
        QStringLiteral("Okafor"), QStringLiteral("박"), QStringLiteral("الزهراء"), QStringLiteral("Côté")};
    const QStringList streets {QStringLiteral("Riverside Drive"), QStringLiteral("Maple Avenue"),
        QStringLiteral("Oak Lane"), QStringLiteral("Elm Street"), QStringLiteral("Harbor View"),
        QStringLiteral("Cedar Court"), QStringLiteral("Willow Bend")};
    const QStringList tags {QStringLiteral("weekly"), QStringLiteral("biweekly"), QStringLiteral("monthly"),
        QStringLiteral("deep-clean"), QStringLiteral("vip"), QStringLiteral("pets")};
    struct Pref
    {
        const char *area;
        PreferenceKind kind;
        const char *text;
    };
    const Pref prefs[] {{"Downstairs bathroom", PreferenceKind::Do, "Clean thoroughly, including the grout"},
        {"Kitchen, oven", PreferenceKind::Dont, "Do not clean the oven"},
        {"Entry", PreferenceKind::Note, "Knock on the side door"},
        {"Living room", PreferenceKind::Dont, "Do not move the piano"},
        {"Bedrooms", PreferenceKind::Do, "Change the bed linen (spare set in the hall closet)"},
        {"Crew", PreferenceKind::Note, "Send the same crew as last time"}};
    for (int i = 0; i < 120; ++i) {
        Customer c;
        c.givenName = given.at(i % given.size());
        c.familyName = family.at((i * 7 + i / given.size()) % family.size());
        c.phones.push_back({{}, QStringLiteral("mobile"),
            QStringLiteral("(212) 555-%1").arg(1000 + i * 37 % 9000, 4, 10, QLatin1Char('0')), {}, true});
        c.emails.push_back(
            {{}, QStringLiteral("home"), QStringLiteral("customer%1@example.com").arg(i + 1), true});
        CustomerAddress home;
        home.label = QStringLiteral("Home");
        home.street = QStringLiteral("%1 %2").arg(10 + i * 13 % 890).arg(streets.at(i % streets.size()));
        home.city = QStringLiteral("Riverside");
        home.region = QStringLiteral("NY");
        home.postalCode = QStringLiteral("1%1").arg(2000 + i % 40);
        home.accessNotes = i % 3 == 0 ? QStringLiteral("Key under the blue planter") : QString();
        home.pets = i % 4 == 0 ? QStringLiteral("Friendly dog, Biscuit") : QString();
        home.preferredCrew = i % 5 == 0 ? QStringLiteral("Crew B") : QString();
        home.arrivalWindow = i % 2 == 0 ? QStringLiteral("Mornings 8-11") : QStringLiteral("Afternoons 1-4");
        home.gateCode = i % 6 == 0 ? QStringLiteral("#%1").arg(1000 + i) : QString();
        c.addresses.push_back(home);
        for (int k = 0; k < 1 + i % 3; ++k) {
            const Pref &p = prefs[(i + k) % 6];
            c.preferences.push_back({{}, {}, QString::fromUtf8(p.area), p.kind, QString::fromUtf8(p.text)});
        }
        c.tags = QStringList {tags.at(i % tags.size())};
        c.source = i % 4 == 0 ? QStringLiteral("head-office campaign") : QStringLiteral("referral");
        c.customerSince = QDate(2023, 1, 1).addDays(i * 7);
        auto id = customers.create(actor, c);
        if (!id)
            return id.error();
        if (i % 10 == 0) {
            auto call = customers.addTimelineEntry(actor, id.value(), QStringLiteral("call"),
                QStringLiteral("Asked to move next visit to Thursday"));
            if (!call)
                return call.error();
        }
    }
    // A likely duplicate: the same person entered again with the phone typed differently.
    Customer again;
    again.givenName = QStringLiteral("Helene");
    again.familyName = QStringLiteral("Dubois");
    again.phones.push_back({{}, QStringLiteral("mobile"), QStringLiteral("212-555-1000"), {}, true});
    auto dup = customers.create(actor, again);
    return dup ? Status() : Status(dup.error());
}

} // namespace

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
    if (auto s = addCustomers(db, ownerActor); !s)
        return s;
    const QDateTime now = db.clock().nowUtc();
    if (auto s = addSchedule(db, ownerActor, now); !s)
        return s;
    return addBilling(db, ownerActor, now);
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
