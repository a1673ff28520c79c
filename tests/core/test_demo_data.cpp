// The demo location: a plausible profile and one account per role, each able to sign in
// with the PIN the README prints.

#include "core/customers/customer_list_model.h"
#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/staff/staff_service.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace spoke;

class TestDemoData : public QObject
{
    Q_OBJECT

    const PasswordHasher m_hasher {PasswordHasher::Cost::Minimum};

private slots:
    void createsProfileAndOneAccountPerRole()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        auto db = demo::create(dir.filePath(QStringLiteral("demo")), store, KeySource::Keychain, m_hasher);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));

        auto profile = LocationService(*db.value()).profile();
        QVERIFY(profile.ok());
        QCOMPARE(profile.value().businessName, QStringLiteral("Sparkle & Shine Cleaning — Riverside"));
        QCOMPARE(profile.value().timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(profile.value().currency, QStringLiteral("USD"));
        QCOMPARE(profile.value().invoicePrefix, QStringLiteral("RIV-"));

        StaffService staff(*db.value(), m_hasher);
        const auto members = staff.list();
        QCOMPARE(members.size(), demo::accounts().size());
        for (const demo::DemoAccount &account : demo::accounts()) {
            const auto it = std::find_if(
                members.begin(), members.end(), [&](const StaffMember &m) { return m.name == account.name; });
            QVERIFY2(it != members.end(), qPrintable(account.name));
            QCOMPARE(it->role, account.role);
            auto who = staff.signIn(it->id, account.pin);
            QVERIFY2(who.ok(), qPrintable(account.name));
            QCOMPARE(who.value().role, account.role);
        }
        // Customers with preferences, and one likely duplicate for the review screen.
        const Actor desk {QStringLiteral("x"), QStringLiteral("X"), Role::FrontDesk};
        CustomerSearch search(*db.value(), QStringLiteral("US"));
        const auto helene = search.search(desk, QStringLiteral("Helene Dubois"));
        QVERIFY(helene.ok());
        QVERIFY(helene.value().size() >= 2);
        CustomerService customers(*db.value(), QStringLiteral("US"));
        const auto first = customers.get(desk, helene.value().front().id);
        QVERIFY(first.ok());
        QVERIFY(!first.value().preferences.empty());
        QCOMPARE(customers.openDuplicates(desk).value().size(), size_t(1));
        CustomerListModel list(*db.value());
        QCOMPARE(list.totalCount(), qint64(121));
        QCOMPARE(demo::accounts().front().name, QStringLiteral("Dana Whitfield"));
        QCOMPARE(demo::accounts().front().pin, QStringLiteral("1234"));
        QCOMPARE(demo::accounts().front().role, Role::Owner);
    }

    void passphraseDemoOpensWithThePublicPassphrase()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        const QString folder = dir.filePath(QStringLiteral("demo"));
        {
            auto db = demo::create(folder, store, KeySource::Passphrase, m_hasher);
            QVERIFY(db.ok());
        }
        auto reopened = LocationDatabase::open(folder, store, Secret::fromUtf8(demo::passphrase()));
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->descriptor().keySource, KeySource::Passphrase);
    }

    void refusesAnExistingLocation()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        const QString folder = dir.filePath(QStringLiteral("demo"));
        auto first = demo::create(folder, store, KeySource::Keychain, m_hasher);
        QVERIFY(first.ok());
        QVERIFY(!demo::populate(*first.value(), m_hasher).ok());
        first.value().reset();
        QCOMPARE(demo::create(folder, store, KeySource::Keychain, m_hasher).code(), ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
