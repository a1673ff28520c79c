// Encrypted backups: made by the owner under their own passphrase, verified before a
// restore replaces anything, restored under a new key.

#include "core/location/location_service.h"
#include "core/staff/staff_service.h"
#include "core/storage/audit_log.h"
#include "core/storage/backup_service.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const Actor kOwner {QStringLiteral("owner-1"), QStringLiteral("Dana Whitfield"), Role::Owner};
const QString kMarker = QStringLiteral("Backup-Marker-Zebra-7731");

Secret pass(const char *text)
{
    return Secret::fromUtf8(QString::fromLatin1(text));
}

QString settingValue(LocationDatabase &db, const QString &key)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;

    QString folder(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<LocationDatabase> makeLocation(const QString &name)
    {
        auto db = test::createDatabase(folder(name), m_store);
        LocationService location(*db);
        if (!location.setSetting(kOwner, QStringLiteral("marker"), kMarker + name))
            return nullptr;
        return db;
    }

private slots:
    void backupOfAReopenedLocation()
    {
        // A location opened (not just created) has no SQLITE_OPEN_CREATE; backups must still work.
        makeLocation(QStringLiteral("reopened")).reset();
        auto db = LocationDatabase::open(folder(QStringLiteral("reopened")), m_store);
        QVERIFY(db.ok());
        const QString backup = m_dir.filePath(QStringLiteral("reopened.spokebackup"));
        const Status made
            = BackupService::createBackup(*db.value(), kOwner, backup, pass("backup passphrase"));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(BackupService::verifyBackup(backup, pass("backup passphrase")).ok());
    }

    void roundTripRestoresEverythingUnderANewKey()
    {
        auto db = makeLocation(QStringLiteral("a"));
        QVERIFY(db);
        const QString backup = m_dir.filePath(QStringLiteral("a.spokebackup"));
        const Status made = BackupService::createBackup(*db, kOwner, backup, pass("backup passphrase"));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
        // The backup is encrypted under its own passphrase: no marker in its bytes.
        QVERIFY(!test::fileBytes(backup).contains(kMarker.toUtf8()));
        QVERIFY(BackupService::verifyBackup(backup, pass("backup passphrase")).ok());
        const qint64 headBefore = AuditLog::head(*db).first;
        db.reset();

        auto restored = BackupService::restoreBackup(backup, pass("backup passphrase"),
            folder(QStringLiteral("restored")), m_store, KeySource::Keychain);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QCOMPARE(settingValue(*restored.value(), QStringLiteral("marker")), kMarker + QStringLiteral("a"));
        // The restore is audited in the restored database and the chain still verifies.
        // The snapshot holds every entry up to, not including, its own backup.create entry;
        // the restore appends backup.restore in its place.
        QCOMPARE(AuditLog::head(*restored.value()).first, headBefore);
        QVERIFY(AuditLog::verify(*restored.value()).ok);
        const auto recent = AuditLog::recent(*restored.value(), 1);
        QCOMPARE(recent.size(), size_t(1));
        QCOMPARE(recent.front().action, QStringLiteral("backup.restore"));
        restored.value().reset();

        // And it opens again from the keychain, like any location.
        auto reopened = LocationDatabase::open(folder(QStringLiteral("restored")), m_store);
        QVERIFY(reopened.ok());
    }

    void restoreToPassphrase()
    {
        auto db = makeLocation(QStringLiteral("b"));
        QVERIFY(db);
        const QString backup = m_dir.filePath(QStringLiteral("b.spokebackup"));
        QVERIFY(BackupService::createBackup(*db, kOwner, backup, pass("backup passphrase")).ok());
        db.reset();
        auto restored = BackupService::restoreBackup(backup, pass("backup passphrase"),
            folder(QStringLiteral("b2")), m_store, KeySource::Passphrase, pass("new location passphrase"));
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        restored.value().reset();
        QCOMPARE(LocationDatabase::open(folder(QStringLiteral("b2")), m_store, pass("not it at all")).code(),
            ErrorCode::WrongKey);
        auto opened
            = LocationDatabase::open(folder(QStringLiteral("b2")), m_store, pass("new location passphrase"));
        QVERIFY(opened.ok());
        QCOMPARE(settingValue(*opened.value(), QStringLiteral("marker")), kMarker + QStringLiteral("b"));
    }

    void badBackupsNeverReplaceTheLocation_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("wrong passphrase") << QStringLiteral("passphrase") << int(ErrorCode::WrongKey);
        QTest::newRow("flipped byte in a data page") << QStringLiteral("flip") << int(ErrorCode::Corrupted);
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(ErrorCode::WrongKey);
        QTest::newRow("not a backup at all") << QStringLiteral("foreign") << int(ErrorCode::WrongKey);
    }

    void badBackupsNeverReplaceTheLocation()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        const QString name = QStringLiteral("c-") + QString::number(QTest::currentDataTag()[0]);
        auto source = makeLocation(name + QStringLiteral("-src"));
        QVERIFY(source);
        const QString backup = m_dir.filePath(name + QStringLiteral(".spokebackup"));
        QVERIFY(BackupService::createBackup(*source, kOwner, backup, pass("backup passphrase")).ok());
        source.reset();

        // Break the backup.
        QFile file(backup);
        if (damage == QLatin1String("flip")) {
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 4096);
            file.seek(2 * 4096 + 100);
            char c = 0;
            QVERIFY(file.getChar(&c));
            file.seek(2 * 4096 + 100);
            QVERIFY(file.putChar(char(c ^ 0x5a)));
            file.close();
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(1000));
        } else if (damage == QLatin1String("foreign")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
            file.close();
        }
        const Secret backupPass
            = pass(damage == QLatin1String("passphrase") ? "a wrong passphrase" : "backup passphrase");
        const Status verified = BackupService::verifyBackup(backup, backupPass);
        QVERIFY(!verified.ok());
        QCOMPARE(int(verified.code()), expected);

        // The location we would restore over stays exactly as it was.
        auto target = makeLocation(name + QStringLiteral("-target"));
        QVERIFY(target);
        target.reset();
        const QString targetFile
            = QDir(folder(name + QStringLiteral("-target"))).filePath(QStringLiteral("spoke.db"));
        const QByteArray before = test::fileHash(targetFile);
        auto restored = BackupService::restoreBackup(
            backup, backupPass, folder(name + QStringLiteral("-target")), m_store, KeySource::Keychain);
        QVERIFY(!restored.ok());
        QCOMPARE(int(restored.code()), expected);
        QCOMPARE(test::fileHash(targetFile), before);
        auto reopened = LocationDatabase::open(folder(name + QStringLiteral("-target")), m_store);
        QVERIFY(reopened.ok());
        QCOMPARE(settingValue(*reopened.value(), QStringLiteral("marker")),
            kMarker + name + QStringLiteral("-target"));
    }

    void restoreOverAnExistingLocationKeepsTheOldFile()
    {
        auto source = makeLocation(QStringLiteral("d-src"));
        QVERIFY(source);
        const QString backup = m_dir.filePath(QStringLiteral("d.spokebackup"));
        QVERIFY(BackupService::createBackup(*source, kOwner, backup, pass("backup passphrase")).ok());
        source.reset();
        auto target = makeLocation(QStringLiteral("d-target"));
        QVERIFY(target);
        target.reset();
        const QString targetFolder = folder(QStringLiteral("d-target"));
        const QByteArray oldHash = test::fileHash(QDir(targetFolder).filePath(QStringLiteral("spoke.db")));

        auto restored = BackupService::restoreBackup(
            backup, pass("backup passphrase"), targetFolder, m_store, KeySource::Keychain);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QCOMPARE(
            settingValue(*restored.value(), QStringLiteral("marker")), kMarker + QStringLiteral("d-src"));
        QCOMPARE(test::fileHash(QDir(targetFolder).filePath(QStringLiteral("spoke.db.replaced"))), oldHash);
    }

    void onlyTheOwnerBacksUp_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("technician") << int(Role::Technician) << false;
        QTest::newRow("front desk") << int(Role::FrontDesk) << false;
        QTest::newRow("manager") << int(Role::Manager) << false;
        QTest::newRow("owner") << int(Role::Owner) << true;
    }

    void onlyTheOwnerBacksUp()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        auto db = makeLocation(QStringLiteral("e-") + QString::number(role));
        QVERIFY(db);
        const QString backup = m_dir.filePath(QStringLiteral("e-%1.spokebackup").arg(role));
        const Status s = BackupService::createBackup(*db,
            Actor {QStringLiteral("x"), QStringLiteral("X"), Role(role)}, backup, pass("backup passphrase"));
        QCOMPARE(s.ok(), allowed);
        QCOMPARE(QFileInfo::exists(backup), allowed);
        if (!allowed)
            QCOMPARE(s.code(), ErrorCode::PermissionDenied);
    }

    void shortBackupPassphraseIsRefused()
    {
        auto db = makeLocation(QStringLiteral("f"));
        QVERIFY(db);
        const QString backup = m_dir.filePath(QStringLiteral("f.spokebackup"));
        QCOMPARE(
            BackupService::createBackup(*db, kOwner, backup, pass("short")).code(), ErrorCode::InvalidInput);
        QVERIFY(!QFileInfo::exists(backup));
    }

    void failedWriteLeavesNoBackupAndTheLocationIntact()
    {
        // The staging file cannot be created (a folder stands in its place, which stops root
        // as well as anyone else): the backup fails cleanly and nothing is left behind.
        auto db = makeLocation(QStringLiteral("g"));
        QVERIFY(db);
        const QString backup = m_dir.filePath(QStringLiteral("g.spokebackup"));
        QVERIFY(QDir().mkpath(backup + QStringLiteral(".partial")));
        const qint64 head = AuditLog::head(*db).first;
        const Status s = BackupService::createBackup(*db, kOwner, backup, pass("backup passphrase"));
        QVERIFY(!s.ok());
        QVERIFY(!QFileInfo::exists(backup));
        QCOMPARE(AuditLog::head(*db).first, head); // a failed backup is not recorded as made
        QCOMPARE(settingValue(*db, QStringLiteral("marker")), kMarker + QStringLiteral("g"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
