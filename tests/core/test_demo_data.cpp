// The demo location: a plausible profile and one account per role, each able to sign in
// with the PIN the README prints.

#include "core/billing/invoice_service.h"
#include "core/billing/payment_service.h"
#include "core/billing/receivables_service.h"
#include "core/billing/sales_journal.h"
#include "core/customers/customer_list_model.h"
#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/staff/staff_service.h"

#include <QSqlQuery>
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

    void hasBillingHistory()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        auto db = demo::create(dir.filePath(QStringLiteral("demo")), store, KeySource::Keychain, m_hasher);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        LocationDatabase &d = *db.value();
        const QTimeZone zone(QByteArrayLiteral("America/New_York"));
        const Actor manager {QStringLiteral("x"), QStringLiteral("X"), Role::Manager};
        InvoiceService invoices(d, zone, QStringLiteral("USD"));
        const auto settings = invoices.settings();
        QVERIFY(settings.ok());
        QCOMPARE(settings.value().taxClasses.front().rates.size(), size_t(3)); // NYS + NYC + MCTD
        QVERIFY(!settings.value().footer.isEmpty());
        QVERIFY(settings.value().logoPng.startsWith("\x89PNG"));
        QVERIFY(SalesJournal::verify(d).ok);
        QVERIFY(SalesJournal::head(d).first > 40);

        const auto count = [&](const QString &sql) {
            QSqlQuery q = d.query(sql);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM invoices WHERE kind = 'invoice' AND status <> 'draft'"))
            > 40);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'void'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(DISTINCT method) FROM payments WHERE kind = 'payment'")), 5);
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM allocations a JOIN payments p ON p.id = a.source_id "
                                 "WHERE p.amount_minor > a.amount_minor"))
            >= 1); // partly used / overpaid
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM sales_journal WHERE kind = 'credit_applied'")), 1);
        // Numbers follow the issue dates.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices a JOIN invoices b ON a.kind = b.kind "
                                      "AND a.number_seq < b.number_seq WHERE a.issued_at > b.issued_at")),
            0);
        // Overdue in every bucket.
        ReceivablesService receivables(d, zone, QStringLiteral("USD"));
        const auto aging
            = receivables.aging(manager, QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
        QVERIFY(aging.ok());
        for (int b = 0; b < 5; ++b)
            QVERIFY2(aging.value().bucketCount[b] > 0, qPrintable(agingBucketName(AgingBucket(b))));
        // Something left for the front desk: a draft, and completed jobs not invoiced yet.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'")) >= 1);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'invoiced'")) > 10);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM jobs j WHERE status = 'completed' AND NOT EXISTS "
                                     "(SELECT 1 FROM invoice_jobs ij WHERE ij.job_id = j.id)"))
            >= 1);
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
