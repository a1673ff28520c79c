// Staff accounts, sign-in throttling, the idle lock, and the permission matrix: every
// guarded core service called as every role.

#include "core/location/location_service.h"
#include "core/staff/session.h"
#include "core/staff/staff_service.h"
#include "core/storage/audit_log.h"
#include "core/storage/backup_service.h"
#include "support/test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace spoke;

namespace {

const PasswordHasher kFastHasher(PasswordHasher::Cost::Minimum);

Actor as(Role role)
{
    return Actor {QStringLiteral("actor-") + roleKey(role), roleDisplayName(role), role};
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    ManualClock m_clock;
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<StaffService> m_staff;
    QString m_ownerId;
    int m_folderCounter = 0;

    qint64 countAudit(const QString &action)
    {
        QSqlQuery q = m_db->query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::createDatabase(m_dir.filePath(QStringLiteral("loc-%1").arg(++m_folderCounter)), m_store);
        m_db->setClock(&m_clock);
        m_staff = std::make_unique<StaffService>(*m_db, kFastHasher);
        auto owner = m_staff->createFirstOwner(
            QStringLiteral("Dana Whitfield"), SecretKind::Pin, QStringLiteral("1234"));
        QVERIFY2(owner.ok(), qPrintable(owner.ok() ? QString() : owner.error().message));
        m_ownerId = owner.value();
    }

    void cleanup()
    {
        m_staff.reset();
        m_db.reset();
    }

    void firstOwnerOnlyOnce()
    {
        auto again
            = m_staff->createFirstOwner(QStringLiteral("Eve"), SecretKind::Pin, QStringLiteral("9999"));
        QVERIFY(!again.ok());
        QCOMPARE(again.code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_staff->list().size(), size_t(1));
    }

    void secretRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pin 4 digits") << int(SecretKind::Pin) << QStringLiteral("1234") << true;
        QTest::newRow("pin 8 digits") << int(SecretKind::Pin) << QStringLiteral("12345678") << true;
        QTest::newRow("pin 3 digits") << int(SecretKind::Pin) << QStringLiteral("123") << false;
        QTest::newRow("pin 9 digits") << int(SecretKind::Pin) << QStringLiteral("123456789") << false;
        QTest::newRow("pin with letter") << int(SecretKind::Pin) << QStringLiteral("12a4") << false;
        QTest::newRow("pin arabic-indic digits") << int(SecretKind::Pin) << QStringLiteral("١٢٣٤") << false;
        QTest::newRow("password 8") << int(SecretKind::Password) << QStringLiteral("abcdefgh") << true;
        QTest::newRow("password 7") << int(SecretKind::Password) << QStringLiteral("abcdefg") << false;
    }

    void secretRules()
    {
        QFETCH(int, kind);
        QFETCH(QString, secret);
        QFETCH(bool, valid);
        QCOMPARE(StaffService::validateSecret(SecretKind(kind), secret).isEmpty(), valid);
        auto r = m_staff->createStaff(
            as(Role::Owner), QStringLiteral("Pat"), Role::FrontDesk, SecretKind(kind), secret);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QCOMPARE(r.code(), ErrorCode::InvalidInput);
    }

    void hashIsArgon2idAndNeverTheSecret()
    {
        auto id = m_staff->createStaff(as(Role::Owner), QStringLiteral("Pat"), Role::FrontDesk,
            SecretKind::Password, QStringLiteral("correct horse"));
        QVERIFY(id.ok());
        QSqlQuery q = m_db->query(QStringLiteral("SELECT secret_hash FROM staff WHERE id = ?"));
        q.addBindValue(id.value());
        QVERIFY(q.exec() && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("correct horse")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
    }

    void signInSucceedsAndIsAudited()
    {
        auto who = m_staff->signIn(m_ownerId, QStringLiteral("1234"));
        QVERIFY(who.ok());
        QCOMPARE(who.value().role, Role::Owner);
        QCOMPARE(who.value().name, QStringLiteral("Dana Whitfield"));
        QCOMPARE(countAudit(QStringLiteral("signin.success")), 1);
    }

    void failuresSlowDownThenLock()
    {
        // The first kFreeFailures failures answer at once.
        for (int i = 1; i < StaffService::kFreeFailures; ++i) {
            auto r = m_staff->signIn(m_ownerId, QStringLiteral("0000"));
            QCOMPARE(r.code(), ErrorCode::BadCredentials);
        }
        QCOMPARE(m_staff->signIn(m_ownerId, QStringLiteral("0000")).code(), ErrorCode::BadCredentials);
        // Now even the right PIN has to wait...
        auto early = m_staff->signIn(m_ownerId, QStringLiteral("1234"));
        QCOMPARE(early.code(), ErrorCode::RateLimited);
        // ...until the clock has moved past the back-off.
        m_clock.advanceSecs(StaffService::backoffSeconds(StaffService::kFreeFailures) + 1);
        QVERIFY(m_staff->signIn(m_ownerId, QStringLiteral("1234")).ok());

        // Success resets the count; ten wrong answers in a row lock the account for good.
        ErrorCode last = ErrorCode::None;
        for (int i = 0; i < StaffService::kLockAfterFailures; ++i) {
            m_clock.advanceSecs(301);
            last = m_staff->signIn(m_ownerId, QStringLiteral("0000")).code();
        }
        QCOMPARE(last, ErrorCode::AccountLocked);
        m_clock.advanceSecs(3600);
        QCOMPARE(m_staff->signIn(m_ownerId, QStringLiteral("1234")).code(), ErrorCode::AccountLocked);
        QCOMPARE(countAudit(QStringLiteral("signin.failure")),
            StaffService::kFreeFailures + StaffService::kLockAfterFailures);
        QVERIFY(countAudit(QStringLiteral("signin.refused")) >= 1);

        // A second owner unlocks it.
        auto other = m_staff->createStaff(as(Role::Owner), QStringLiteral("Sam Owner"), Role::Owner,
            SecretKind::Pin, QStringLiteral("5678"));
        QVERIFY(other.ok());
        QVERIFY(m_staff->unlock(as(Role::Owner), m_ownerId).ok());
        QVERIFY(m_staff->signIn(m_ownerId, QStringLiteral("1234")).ok());
    }

    void backoffDoublesUpToFiveMinutes()
    {
        QCOMPARE(StaffService::backoffSeconds(1), 0);
        QCOMPARE(StaffService::backoffSeconds(StaffService::kFreeFailures), 5);
        QCOMPARE(StaffService::backoffSeconds(StaffService::kFreeFailures + 1), 10);
        QCOMPARE(StaffService::backoffSeconds(StaffService::kFreeFailures + 2), 20);
        QCOMPARE(StaffService::backoffSeconds(50), 300);
    }

    void inactiveStaffCannotSignIn()
    {
        auto id = m_staff->createStaff(as(Role::Manager), QStringLiteral("Tom Tech"), Role::Technician,
            SecretKind::Pin, QStringLiteral("4321"));
        QVERIFY(id.ok());
        QVERIFY(m_staff->setActive(as(Role::Manager), id.value(), false).ok());
        QCOMPARE(m_staff->signIn(id.value(), QStringLiteral("4321")).code(), ErrorCode::AccountInactive);
        QVERIFY(m_staff->setActive(as(Role::Manager), id.value(), true).ok());
        QVERIFY(m_staff->signIn(id.value(), QStringLiteral("4321")).ok());
    }

    void lastOwnerCannotBeDeactivatedOrDemoted()
    {
        QVERIFY(!m_staff->setActive(as(Role::Owner), m_ownerId, false).ok());
        QVERIFY(!m_staff->setRole(as(Role::Owner), m_ownerId, Role::Manager).ok());
        auto owner = m_staff->find(m_ownerId);
        QVERIFY(owner.ok());
        QCOMPARE(owner.value().role, Role::Owner);
        QVERIFY(owner.value().active);
    }

    void staffChangesAreAudited()
    {
        const qint64 before = AuditLog::head(*m_db).first;
        auto id = m_staff->createStaff(as(Role::Manager), QStringLiteral("Fran Desk"), Role::FrontDesk,
            SecretKind::Pin, QStringLiteral("2468"));
        QVERIFY(id.ok());
        QVERIFY(m_staff->setRole(as(Role::Manager), id.value(), Role::Technician).ok());
        QVERIFY(m_staff->resetSecret(as(Role::Manager), id.value(), SecretKind::Pin, QStringLiteral("1357"))
                    .ok());
        QCOMPARE(countAudit(QStringLiteral("staff.create")), 2); // the owner and Fran
        QCOMPARE(countAudit(QStringLiteral("staff.role")), 1);
        QCOMPARE(countAudit(QStringLiteral("staff.secret_reset")), 1);
        QCOMPARE(AuditLog::head(*m_db).first, before + 3);
        QVERIFY(AuditLog::verify(*m_db).ok);
        QVERIFY(m_staff->signIn(id.value(), QStringLiteral("1357")).ok());
        QCOMPARE(m_staff->signIn(id.value(), QStringLiteral("2468")).code(), ErrorCode::BadCredentials);
    }

    // Every guarded core service, called as every role: allowed calls succeed, the others
    // are refused with PermissionDenied, in core, whatever the UI shows.
    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        struct Row
        {
            const char *action;
            bool technician, frontDesk, manager, owner;
        };
        const Row rows[] = {
            {"staff.create", false, false, true, true},
            {"staff.createOwner", false, false, false, true},
            {"staff.setRole", false, false, true, true},
            {"staff.setActive", false, false, true, true},
            {"staff.resetSecret", false, false, true, true},
            {"staff.unlock", false, false, true, true},
            {"location.updateProfile", false, false, true, true},
            {"location.setSetting", false, false, true, true},
            {"backup.create", false, false, false, true},
            {"key.change", false, false, false, true},
        };
        const std::pair<Role, const char *> roles[] = {{Role::Technician, "technician"},
            {Role::FrontDesk, "front desk"}, {Role::Manager, "manager"}, {Role::Owner, "owner"}};
        for (const Row &row : rows) {
            const bool allowed[] = {row.technician, row.frontDesk, row.manager, row.owner};
            for (int i = 0; i < 4; ++i)
                QTest::addRow("%s as %s", row.action, roles[i].second)
                    << QString::fromLatin1(row.action) << int(roles[i].first) << allowed[i];
        }
    }

    void permissionMatrix()
    {
        QFETCH(QString, action);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const Actor actor = as(Role(role));
        LocationService location(*m_db);
        LocationProfile profile;
        profile.businessName = QStringLiteral("Sparkle Riverside");
        profile.timeZone = QStringLiteral("America/New_York");
        profile.currency = QStringLiteral("USD");
        profile.invoicePrefix = QStringLiteral("RIV-");
        const Status created = location.createProfile(profile);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        auto target = m_staff->createStaff(as(Role::Owner), QStringLiteral("Target Person"), Role::FrontDesk,
            SecretKind::Pin, QStringLiteral("1111"));
        QVERIFY(target.ok());

        const std::map<QString, std::function<Status()>> calls {
            {QStringLiteral("staff.create"),
                [&]() -> Status {
                    auto r = m_staff->createStaff(actor, QStringLiteral("New Person"), Role::Technician,
                        SecretKind::Pin, QStringLiteral("2222"));
                    return r ? Status() : Status(r.error());
                }},
            {QStringLiteral("staff.createOwner"),
                [&]() -> Status {
                    auto r = m_staff->createStaff(actor, QStringLiteral("New Owner"), Role::Owner,
                        SecretKind::Pin, QStringLiteral("3333"));
                    return r ? Status() : Status(r.error());
                }},
            {QStringLiteral("staff.setRole"),
                [&] { return m_staff->setRole(actor, target.value(), Role::Technician); }},
            {QStringLiteral("staff.setActive"),
                [&] { return m_staff->setActive(actor, target.value(), false); }},
            {QStringLiteral("staff.resetSecret"),
                [&] {
                    return m_staff->resetSecret(
                        actor, target.value(), SecretKind::Pin, QStringLiteral("4444"));
                }},
            {QStringLiteral("staff.unlock"), [&] { return m_staff->unlock(actor, target.value()); }},
            {QStringLiteral("location.updateProfile"),
                [&] {
                    LocationProfile p = location.profile().value();
                    p.phone = QStringLiteral("+1 555 010 2345");
                    return location.updateProfile(actor, p);
                }},
            {QStringLiteral("location.setSetting"),
                [&] {
                    return location.setSetting(
                        actor, QStringLiteral("idle_lock_minutes"), QStringLiteral("3"));
                }},
            {QStringLiteral("backup.create"),
                [&] {
                    return BackupService::createBackup(*m_db, actor,
                        m_dir.filePath(QStringLiteral("b.spokebackup")),
                        Secret::fromUtf8(QStringLiteral("backup passphrase")));
                }},
            {QStringLiteral("key.change"),
                [&] { return m_db->changeKey(actor, m_store, KeySource::Keychain); }},
        };
        const auto it = calls.find(action);
        QVERIFY2(it != calls.end(), qPrintable(action));
        const qint64 auditBefore = AuditLog::head(*m_db).first;
        const Status s = it->second();
        if (allowed) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            QVERIFY2(AuditLog::head(*m_db).first > auditBefore, "an allowed change must be audited");
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.code(), ErrorCode::PermissionDenied);
            QCOMPARE(AuditLog::head(*m_db).first, auditBefore);
        }
        QVERIFY(AuditLog::verify(*m_db).ok);
    }

    void roleTableMatchesDesign()
    {
        // Spot checks of allows() that the services above rely on.
        QVERIFY(allows(Role::FrontDesk, Permission::TakePayments));
        QVERIFY(!allows(Role::FrontDesk, Permission::VoidRefund));
        QVERIFY(allows(Role::Manager, Permission::VoidRefund));
        QVERIFY(!allows(Role::Technician, Permission::EditCustomers));
        QVERIFY(allows(Role::Technician, Permission::ViewCustomers));
        QVERIFY(!allows(Role::None, Permission::ViewCustomers));
        QVERIFY(!allows(Role::Manager, Permission::ChangeKey));
    }

    void idleLockFollowsTheClock()
    {
        Session session(m_clock);
        session.setIdleTimeoutSecs(120);
        QSignalSpy locked(&session, &Session::locked);
        session.signIn(as(Role::FrontDesk));
        QVERIFY(session.isSignedIn());
        m_clock.advanceSecs(100);
        QVERIFY(!session.checkIdle());
        session.touch(); // activity restarts the idle time
        m_clock.advanceSecs(100);
        QVERIFY(!session.checkIdle());
        QVERIFY(session.isSignedIn());
        m_clock.advanceSecs(21);
        QVERIFY(session.checkIdle());
        QVERIFY(session.isLocked());
        QVERIFY(!session.isSignedIn());
        QCOMPARE(locked.count(), 1);
        QCOMPARE(session.actor().role, Role::None); // nobody may act while locked...
        QCOMPARE(session.lockedActor().role, Role::FrontDesk); // ...but unlock offers the same person

        // Quick user switch: signing out forgets who it was.
        QSignalSpy out(&session, &Session::signedOut);
        session.signOut();
        QCOMPARE(out.count(), 1);
        QCOMPARE(session.actor().role, Role::None);

        // Idle lock off.
        session.signIn(as(Role::Manager));
        session.setIdleTimeoutSecs(0);
        m_clock.advanceSecs(86400);
        QVERIFY(!session.checkIdle());
        QVERIFY(session.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "test_staff.moc"
