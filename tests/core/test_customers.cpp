// Customers: validation, one transaction per change with audit and outbox, local-only
// fields never in sync payloads, soft delete, erase, timeline, consent, duplicates, merge.

#include "core/customers/customer_service.h"
#include "core/customers/phone_numbers.h"
#include "core/storage/audit_log.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const Actor kManager {QStringLiteral("m1"), QStringLiteral("Maria Manager"), Role::Manager};
const Actor kDesk {QStringLiteral("f1"), QStringLiteral("Fran Desk"), Role::FrontDesk};
const Actor kTech {QStringLiteral("t1"), QStringLiteral("Tom Tech"), Role::Technician};

Customer helene()
{
    Customer c;
    c.givenName = QStringLiteral("Hélène");
    c.familyName = QStringLiteral("Dubois");
    c.phones.push_back({{}, QStringLiteral("mobile"), QStringLiteral("(555) 010-2345"), {}, true});
    c.emails.push_back({{}, QStringLiteral("home"), QStringLiteral("helene@example.com"), true});
    CustomerAddress home;
    home.label = QStringLiteral("Home");
    home.street = QStringLiteral("12 Rue des Lilas");
    home.city = QStringLiteral("Springfield");
    home.postalCode = QStringLiteral("62701");
    home.accessNotes = QStringLiteral("Knock on the side door");
    home.gateCode = QStringLiteral("GATE-4471");
    home.alarmCode = QStringLiteral("ALARM-9902");
    home.preferredCrew = QStringLiteral("Crew B");
    c.addresses.push_back(home);
    c.preferences.push_back(
        {{}, {}, QStringLiteral("Downstairs bathroom"), PreferenceKind::Do, QStringLiteral("clean")});
    c.preferences.push_back({{}, {}, QStringLiteral("Kitchen, oven"), PreferenceKind::Dont,
        QStringLiteral("do not clean the oven")});
    c.tags = QStringList {QStringLiteral("vip"), QStringLiteral("weekly")};
    c.source = QStringLiteral("referral");
    return c;
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<CustomerService> m_customers;
    int m_n = 0;

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = m_db->query(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir.filePath(QStringLiteral("loc%1").arg(++m_n)), m_store);
        m_customers = std::make_unique<CustomerService>(*m_db, QStringLiteral("US"));
    }

    void cleanup()
    {
        m_customers.reset();
        m_db.reset();
    }

    void phonesNormaliseToE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::newRow("us parentheses")
            << QStringLiteral("(555) 010-2345") << QStringLiteral("US") << QStringLiteral("+15550102345");
        QTest::newRow("us digits") << QStringLiteral("5550102345") << QStringLiteral("US")
                                   << QStringLiteral("+15550102345");
        QTest::newRow("us international")
            << QStringLiteral("+1 555 010 2345") << QStringLiteral("US") << QStringLiteral("+15550102345");
        QTest::newRow("korea mobile")
            << QStringLiteral("010-1234-5678") << QStringLiteral("KR") << QStringLiteral("+821012345678");
        QTest::newRow("france") << QStringLiteral("01 42 68 53 00") << QStringLiteral("FR")
                                << QStringLiteral("+33142685300");
        QTest::newRow("foreign number at a us location")
            << QStringLiteral("+33 1 42 68 53 00") << QStringLiteral("US") << QStringLiteral("+33142685300");
        QTest::newRow("too short") << QStringLiteral("555-01") << QStringLiteral("US") << QString();
        QTest::newRow("letters") << QStringLiteral("call me maybe") << QStringLiteral("US") << QString();
        QTest::newRow("too long") << QStringLiteral("5550102345555555555") << QStringLiteral("US")
                                  << QString();
    }

    void phonesNormaliseToE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        auto n = normalizePhone(typed, region);
        QCOMPARE(n.ok(), !e164.isEmpty());
        if (n.ok())
            QCOMPARE(n.value().e164, e164);
        else
            QVERIFY(n.error().message.contains(typed.trimmed()));
    }

    void emailSyntax_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("a.b@example.com") << true;
        QTest::newRow("plus") << QStringLiteral("a+tag@sub.example.co.uk") << true;
        QTest::newRow("idn") << QStringLiteral("hélène@exemple.fr") << true;
        QTest::newRow("no at") << QStringLiteral("example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("space") << QStringLiteral("a b@example.com") << false;
        QTest::newRow("no tld") << QStringLiteral("a@localhost") << false;
        QTest::newRow("double dot") << QStringLiteral("a..b@example.com") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a@example.com.") << false;
    }

    void emailSyntax()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(CustomerService::isValidEmail(email), valid);
    }

    void wrongValuesAreFlaggedNotDropped()
    {
        Customer c = helene();
        c.phones.push_back({{}, QStringLiteral("work"), QStringLiteral("12"), {}, false});
        c.emails.push_back({{}, QStringLiteral("work"), QStringLiteral("not-an-email"), false});
        const auto issues = m_customers->validate(c);
        QCOMPARE(issues.size(), size_t(2));
        QCOMPARE(issues[0].field, QStringLiteral("phones[1]"));
        QCOMPARE(issues[1].field, QStringLiteral("emails[1]"));
        auto r = m_customers->create(kDesk, c);
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY(r.error().message.contains(QStringLiteral("not-an-email")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 0);
    }

    void createWritesEverythingInOneTransaction()
    {
        const qint64 audit = AuditLog::head(*m_db).first;
        auto id = m_customers->create(kDesk, helene());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(AuditLog::head(*m_db).first, audit + 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'customer' AND entity_id = ?"),
                {id.value()}),
            1);
        auto c = m_customers->get(kTech, id.value());
        QVERIFY(c.ok());
        QCOMPARE(c.value().displayName(), QStringLiteral("Hélène Dubois"));
        QCOMPARE(c.value().phones.at(0).e164, QStringLiteral("+15550102345"));
        QCOMPARE(c.value().phones.at(0).number, QStringLiteral("(555) 010-2345")); // as typed, kept
        QCOMPARE(c.value().preferences.size(), size_t(2));
        QCOMPARE(c.value().preferences.at(1).kind, PreferenceKind::Dont);
        QCOMPARE(c.value().addresses.at(0).gateCode, QStringLiteral("GATE-4471"));
        QCOMPARE(c.value().tags, (QStringList {QStringLiteral("vip"), QStringLiteral("weekly")}));
        QCOMPARE(c.value().customerSince, m_db->clock().nowUtc().date());
    }

    void localOnlyCodesNeverReachTheOutbox()
    {
        auto id = m_customers->create(kDesk, helene());
        QVERIFY(id.ok());
        Customer c = m_customers->get(kDesk, id.value()).value();
        c.addresses[0].gateCode = QStringLiteral("GATE-5582");
        QVERIFY(m_customers->update(kDesk, c).ok());
        QSqlQuery q = m_db->query(QStringLiteral("SELECT payload FROM outbox"));
        QVERIFY(q.exec());
        int payloads = 0;
        while (q.next()) {
            ++payloads;
            const QString payload = q.value(0).toString();
            QVERIFY2(!payload.contains(QStringLiteral("GATE-")), qPrintable(payload));
            QVERIFY2(!payload.contains(QStringLiteral("ALARM-")), qPrintable(payload));
            QVERIFY(!payload.contains(QStringLiteral("gateCode")));
        }
        QCOMPARE(payloads, 2);
        // ...while the rest of the address does go up.
        const QJsonObject p = CustomerService::syncPayload(c);
        QCOMPARE(p[QStringLiteral("addresses")][0][QStringLiteral("accessNotes")].toString(),
            QStringLiteral("Knock on the side door"));
    }

    void failedWriteLeavesNothing()
    {
        m_db->setFaultInjector(
            [](const QString &sql) { return sql.contains(QStringLiteral("INTO customer_preferences")); });
        auto r = m_customers->create(kDesk, helene());
        QVERIFY(!r.ok());
        m_db->setFaultInjector({});
        for (const char *table :
            {"customers", "customer_phones", "customer_addresses", "customer_search_map", "outbox"})
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(AuditLog::head(*m_db).first, 0);
    }

    void permissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("canEdit");
        QTest::addColumn<bool>("canDelete");
        QTest::newRow("technician") << int(Role::Technician) << false << false;
        QTest::newRow("front desk") << int(Role::FrontDesk) << true << false;
        QTest::newRow("manager") << int(Role::Manager) << true << true;
        QTest::newRow("owner") << int(Role::Owner) << true << true;
    }

    void permissions()
    {
        QFETCH(int, role);
        QFETCH(bool, canEdit);
        QFETCH(bool, canDelete);
        const Actor actor {QStringLiteral("x"), QStringLiteral("X"), Role(role)};
        auto created = m_customers->create(actor, helene());
        QCOMPARE(created.ok(), canEdit);
        const QString id = m_customers->create(kManager, helene()).value();
        QCOMPARE(
            m_customers
                ->addTimelineEntry(actor, id, QStringLiteral("call"), QStringLiteral("asked about Tuesday"))
                .ok(),
            canEdit);
        QCOMPARE(m_customers->erasePersonalData(actor, id).ok(), canDelete);
        QCOMPARE(m_customers->remove(actor, id, QStringLiteral("test")).ok(), canDelete);
        QVERIFY(m_customers->get(actor, id).ok() != canDelete); // deleted ones are gone for everyone
    }

    void softDeleteHidesButKeeps()
    {
        const QString id = m_customers->create(kDesk, helene()).value();
        QCOMPARE(
            m_customers->remove(kDesk, id, QStringLiteral("moved away")).code(), ErrorCode::PermissionDenied);
        QVERIFY(m_customers->remove(kManager, id, QStringLiteral("moved away")).ok());
        QCOMPARE(m_customers->get(kManager, id).code(), ErrorCode::NotFound);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NOT NULL"),
                {id}),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM customer_search_map WHERE customer_id = ?"), {id}),
            0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.delete'")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete' AND entity_id = ?"), {id}),
            1);
    }

    void eraseRemovesPersonalDataButKeepsTheRecord()
    {
        const QString id = m_customers->create(kDesk, helene()).value();
        QVERIFY(m_customers
                    ->addTimelineEntry(
                        kDesk, id, QStringLiteral("note"), QStringLiteral("Hélène prefers mornings"))
                    .ok());
        QVERIFY(m_customers->erasePersonalData(kManager, id).ok());
        auto c = m_customers->get(kManager, id);
        QVERIFY(c.ok()); // the record stays, so sales keep their customer
        QVERIFY(c.value().erased);
        QVERIFY(c.value().givenName.isEmpty());
        QVERIFY(c.value().phones.empty());
        QVERIFY(c.value().addresses.empty());
        QVERIFY(c.value().preferences.empty());
        QSqlQuery q = m_db->query(
            QStringLiteral("SELECT group_concat(summary, '|') FROM customer_timeline WHERE customer_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("Hélène")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.erase'")), 1);
        // Editing an erased record is refused.
        Customer again = helene();
        again.id = id;
        QCOMPARE(m_customers->update(kManager, again).code(), ErrorCode::NotFound);
    }

    void timelineIsChronologicalWithWhoAndWhen()
    {
        auto *clock = new ManualClock;
        m_db->setClock(clock);
        const QString id = m_customers->create(kDesk, helene()).value();
        clock->advanceSecs(60);
        QVERIFY(
            m_customers
                ->addTimelineEntry(kDesk, id, QStringLiteral("call"), QStringLiteral("Booked a deep clean"))
                .ok());
        clock->advanceSecs(60);
        QVERIFY(m_customers
                    ->addTimelineEntry(
                        kManager, id, QStringLiteral("note"), QStringLiteral("Gave a 10% discount"))
                    .ok());
        QCOMPARE(
            m_customers->addTimelineEntry(kDesk, id, QStringLiteral("note"), QStringLiteral("   ")).code(),
            ErrorCode::InvalidInput);
        auto t = m_customers->timeline(kTech, id);
        m_db->setClock(nullptr);
        delete clock;
        QVERIFY(t.ok());
        QCOMPARE(t.value().size(), size_t(3));
        QCOMPARE(t.value()[0].kind, QStringLiteral("note"));
        QCOMPARE(t.value()[0].actorName, QStringLiteral("Maria Manager"));
        QCOMPARE(t.value()[1].summary, QStringLiteral("Booked a deep clean"));
        QCOMPARE(t.value()[2].kind, QStringLiteral("created"));
        QVERIFY(t.value()[0].at > t.value()[1].at);
    }

    void consentIsKeptApartWithWhenAndHow()
    {
        const QString id = m_customers->create(kDesk, helene()).value();
        Consent k;
        k.channel = ConsentChannel::Email;
        k.granted = true;
        QCOMPARE(m_customers->setConsent(kDesk, id, k).code(), ErrorCode::InvalidInput); // how is required
        k.method = QStringLiteral("paper form");
        QVERIFY(m_customers->setConsent(kDesk, id, k).ok());
        k.channel = ConsentChannel::Sms;
        k.granted = false;
        k.method = QStringLiteral("phone call");
        QVERIFY(m_customers->setConsent(kDesk, id, k).ok());
        auto c = m_customers->get(kDesk, id).value();
        QCOMPARE(c.consents.size(), size_t(2));
        QCOMPARE(c.consents[0].channel, ConsentChannel::Email);
        QVERIFY(c.consents[0].granted);
        QCOMPARE(c.consents[0].method, QStringLiteral("paper form"));
        QCOMPARE(c.consents[0].recordedBy, QStringLiteral("Fran Desk"));
        QVERIFY(!c.consents[1].granted);
    }

    void hostileTextIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE customers;--");
        QTest::newRow("bidi override") << QStringLiteral("Ann\u202Egnp.exe\u202C");
        QTest::newRow("control characters") << QStringLiteral("line1\nline2\ttab\u0007bell");
        QTest::newRow("very long") << QString(20000, u'x');
        QTest::newRow("korean") << QStringLiteral("김민준");
        QTest::newRow("arabic") << QStringLiteral("فاطمة الزهراء");
    }

    void hostileTextIsStoredVerbatim()
    {
        QFETCH(QString, text);
        Customer c = helene();
        c.familyName = text;
        c.notes = text;
        c.preferences[0].text = text;
        const QString id = m_customers->create(kDesk, c).value();
        const Customer back = m_customers->get(kDesk, id).value();
        QCOMPARE(back.familyName, text.trimmed());
        QCOMPARE(back.notes, text);
        QCOMPARE(back.preferences[0].text, text);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), 1);
    }

    void duplicatesAreFlaggedOnCreate()
    {
        const QString a = m_customers->create(kDesk, helene()).value();
        // Same phone, typed differently.
        Customer samePhone;
        samePhone.givenName = QStringLiteral("H.");
        samePhone.familyName = QStringLiteral("Dubois-Martin");
        samePhone.phones.push_back({{}, {}, QStringLiteral("+1 555 010 2345"), {}, false});
        const QString b = m_customers->create(kDesk, samePhone).value();
        // Same email, other case.
        Customer sameEmail;
        sameEmail.companyName = QStringLiteral("Lilas Holdings");
        sameEmail.company = true;
        sameEmail.emails.push_back({{}, {}, QStringLiteral("HELENE@example.com"), false});
        const QString c = m_customers->create(kDesk, sameEmail).value();
        // Similar name at the same address.
        Customer sameHome;
        sameHome.givenName = QStringLiteral("Helene");
        sameHome.familyName = QStringLiteral("Dubos");
        CustomerAddress home;
        home.street = QStringLiteral("12 rue des lilas");
        home.postalCode = QStringLiteral("62701");
        sameHome.addresses.push_back(home);
        const QString d = m_customers->create(kDesk, sameHome).value();
        // Someone else entirely.
        Customer other;
        other.givenName = QStringLiteral("Zed");
        other.familyName = QStringLiteral("Quill");
        other.addresses.push_back(home);
        QVERIFY(m_customers->create(kDesk, other).ok());

        auto dups = m_customers->openDuplicates(kDesk);
        QVERIFY(dups.ok());
        QSet<QString> reasons;
        for (const DuplicateCandidate &x : dups.value()) {
            const QSet<QString> pair {x.customerId, x.otherId};
            QVERIFY(pair.contains(a));
            reasons << x.reason;
            QVERIFY(pair.contains(b) || pair.contains(c) || pair.contains(d));
        }
        QCOMPARE(dups.value().size(), size_t(3));
        QCOMPARE(reasons,
            (QSet<QString> {
                QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("name+address")}));
        QVERIFY(m_customers->dismissDuplicate(kDesk, a, d).ok());
        QCOMPARE(m_customers->openDuplicates(kDesk).value().size(), size_t(2));
    }

    void mergeKeepsEverythingOfBoth()
    {
        const QString keep = m_customers->create(kDesk, helene()).value();
        Customer dup;
        dup.givenName = QStringLiteral("Helene");
        dup.familyName = QStringLiteral("Dubois");
        dup.phones.push_back({{}, {}, QStringLiteral("555.010.2345"), {}, false}); // same number
        dup.phones.push_back({{}, QStringLiteral("work"), QStringLiteral("555-010-9999"), {}, false});
        dup.emails.push_back({{}, {}, QStringLiteral("h.dubois@work.example"), false});
        CustomerAddress cottage;
        cottage.label = QStringLiteral("Cottage");
        cottage.street = QStringLiteral("1 Lake Rd");
        dup.addresses.push_back(cottage);
        dup.preferences.push_back(
            {{}, {}, QStringLiteral("Porch"), PreferenceKind::Note, QStringLiteral("Dog is friendly")});
        dup.tags = QStringList {QStringLiteral("weekly"), QStringLiteral("cottage")};
        const QString other = m_customers->create(kDesk, dup).value();
        QVERIFY(
            m_customers
                ->addTimelineEntry(kDesk, other, QStringLiteral("call"), QStringLiteral("Asked for a quote"))
                .ok());

        QCOMPARE(m_customers->merge(kDesk, keep, other).code(), ErrorCode::PermissionDenied);
        const Status merged0 = m_customers->merge(kManager, keep, other);
        QVERIFY2(merged0.ok(), qPrintable(merged0.ok() ? QString() : merged0.error().message));
        const Customer merged = m_customers->get(kManager, keep).value();
        QCOMPARE(merged.phones.size(), size_t(2)); // the shared number once, the work number added
        QCOMPARE(merged.emails.size(), size_t(2));
        QCOMPARE(merged.addresses.size(), size_t(2));
        QCOMPARE(merged.preferences.size(), size_t(3));
        QCOMPARE(merged.tags,
            (QStringList {QStringLiteral("cottage"), QStringLiteral("vip"), QStringLiteral("weekly")}));
        const auto timeline = m_customers->timeline(kManager, keep).value();
        QStringList summaries;
        for (const TimelineEntry &e : timeline)
            summaries << e.summary;
        QVERIFY2(summaries.contains(QStringLiteral("Asked for a quote")), qPrintable(summaries.join(u'|')));
        QCOMPARE(m_customers->get(kManager, other).code(), ErrorCode::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND merged_into = ?"),
                     {other, keep}),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.merge'")), 1);
        QVERIFY(m_customers->openDuplicates(kManager).value().empty());
        QVERIFY(AuditLog::verify(*m_db).ok);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "test_customers.moc"
