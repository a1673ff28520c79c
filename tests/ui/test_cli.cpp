// The `spoke` command line, run as a real process: --version, backup and restore round
// trip and rekey on a passphrase location (no keychain needed), refusals with the right
// exit codes, and --screenshots.

#include "core/demo/demo_data.h"
#include "core/location/location_service.h"
#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/storage/backup_service.h"
#include "core/sync/sync_store.h"
#include "hub/hub_process.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const QString kLocationPass = QStringLiteral("front desk passphrase");
const QString kBackupPass = QStringLiteral("usb stick passphrase");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString spokeBinary()
{
    return qEnvironmentVariable("SPOKE_BINARY_DIR") + QStringLiteral("/app/spoke");
}

Run run(const QStringList &args, const QString &stdinText = QString())
{
    QProcess p;
    p.setProgram(spokeBinary());
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted())
        qFatal("cannot start %s", qPrintable(spokeBinary()));
    p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("spoke did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8() + '\n');
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    QString folder(const QString &data) const
    {
        return QDir(data).filePath(QStringLiteral("locations/main"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(spokeBinary()), qPrintable(spokeBinary()));
        // A passphrase location made with core in this process (then closed).
        m_data = m_dir.filePath(QStringLiteral("data"));
        MemoryKeyStore store;
        auto db = LocationDatabase::create(
            folder(m_data), store, KeySource::Passphrase, Secret::fromUtf8(kLocationPass));
        QVERIFY(db.ok());
        QVERIFY(demo::populate(*db.value(), PasswordHasher(PasswordHasher::Cost::Minimum)).ok());
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("spoke ") + QStringLiteral(SPOKE_VERSION)));
        QVERIFY(r.out.contains(spoke::sql::sqlcipherVersion()));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("backup")}).exitCode, 2); // no --out
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--no-such-option")}).exitCode, 2);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--data-dir")));
    }

    void backupRestoreRoundTrip()
    {
        const QString backup = m_dir.filePath(QStringLiteral("riverside.spokebackup"));
        const QString passFile = writeFile(m_dir, QStringLiteral("backup-pass"), kBackupPass);
        Run r = run({QStringLiteral("--data-dir"), m_data, QStringLiteral("backup"), QStringLiteral("--out"),
                        backup, QStringLiteral("--user"), QStringLiteral("Dana Whitfield"),
                        QStringLiteral("--passphrase-file"), passFile},
            kLocationPass + QStringLiteral("\n1234\n"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(BackupService::verifyBackup(backup, Secret::fromUtf8(kBackupPass)).ok());
        QVERIFY(
            !BackupService::verifyBackup(backup, Secret::fromUtf8(QStringLiteral("other passphrase"))).ok());

        // Restore into a fresh data folder, protected by a new passphrase.
        const QString data2 = m_dir.filePath(QStringLiteral("data2"));
        const QString newPass
            = writeFile(m_dir, QStringLiteral("new-pass"), QStringLiteral("replacement pc passphrase"));
        r = run({QStringLiteral("--data-dir"), data2, QStringLiteral("restore"), backup,
            QStringLiteral("--to-passphrase"), QStringLiteral("--passphrase-file"), passFile,
            QStringLiteral("--new-passphrase-file"), newPass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        MemoryKeyStore store;
        auto restored = LocationDatabase::open(
            folder(data2), store, Secret::fromUtf8(QStringLiteral("replacement pc passphrase")));
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QCOMPARE(
            LocationService(*restored.value()).profile().value().businessName, demo::profile().businessName);
        restored.value().reset();

        // Restoring over a location that opens needs its owner.
        r = run({QStringLiteral("--data-dir"), data2, QStringLiteral("--location-passphrase-file"), newPass,
            QStringLiteral("restore"), backup, QStringLiteral("--to-passphrase"),
            QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--new-passphrase-file"), newPass});
        QCOMPARE(r.exitCode, 2);
        r = run(
            {QStringLiteral("--data-dir"), data2, QStringLiteral("--location-passphrase-file"), newPass,
                QStringLiteral("restore"), backup, QStringLiteral("--user"), QStringLiteral("Luis Ortega"),
                QStringLiteral("--to-passphrase"), QStringLiteral("--passphrase-file"), passFile,
                QStringLiteral("--new-passphrase-file"), newPass},
            QStringLiteral("4567\n"));
        QCOMPARE(r.exitCode, 3);
        r = run(
            {QStringLiteral("--data-dir"), data2, QStringLiteral("--location-passphrase-file"), newPass,
                QStringLiteral("restore"), backup, QStringLiteral("--user"), QStringLiteral("Dana Whitfield"),
                QStringLiteral("--to-passphrase"), QStringLiteral("--passphrase-file"), passFile,
                QStringLiteral("--new-passphrase-file"), newPass},
            QStringLiteral("1234\n"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(QDir(folder(data2)).filePath(QStringLiteral("spoke.db.replaced"))));
    }

    void backupIsRefusedWithoutTheOwner()
    {
        const QString backup = m_dir.filePath(QStringLiteral("refused.spokebackup"));
        const QStringList args {QStringLiteral("--data-dir"), m_data, QStringLiteral("backup"),
            QStringLiteral("--out"), backup, QStringLiteral("--user")};
        // Wrong PIN.
        Run r = run(QStringList(args) << QStringLiteral("Dana Whitfield"),
            kLocationPass + QStringLiteral("\n0000\n") + kBackupPass + QStringLiteral("\n"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("Wrong PIN")));
        // Right PIN, but a manager may not make backups.
        r = run(QStringList(args) << QStringLiteral("Marcus Bell"),
            kLocationPass + QStringLiteral("\n2345\n") + kBackupPass + QStringLiteral("\n"));
        QCOMPARE(r.exitCode, 3);
        // Wrong location passphrase.
        r = run(QStringList(args) << QStringLiteral("Dana Whitfield"),
            QStringLiteral("nope nope nope\n1234\n") + kBackupPass + QStringLiteral("\n"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFile::exists(backup));
    }

    void rekeyToANewPassphrase()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        {
            MemoryKeyStore store;
            auto db = LocationDatabase::create(
                folder(data), store, KeySource::Passphrase, Secret::fromUtf8(kLocationPass));
            QVERIFY(db.ok());
            QVERIFY(demo::populate(*db.value(), PasswordHasher(PasswordHasher::Cost::Minimum)).ok());
        }
        const Run r = run(
            {QStringLiteral("--data-dir"), data, QStringLiteral("rekey"), QStringLiteral("--to-passphrase"),
                QStringLiteral("--user"), QStringLiteral("Dana Whitfield")},
            kLocationPass + QStringLiteral("\n1234\nsecond passphrase\n"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        MemoryKeyStore store;
        QCOMPARE(LocationDatabase::open(folder(data), store, Secret::fromUtf8(kLocationPass)).code(),
            ErrorCode::WrongKey);
        QVERIFY(
            LocationDatabase::open(folder(data), store, Secret::fromUtf8(QStringLiteral("second passphrase")))
                .ok());
    }

    void enrollWithTheHub()
    {
        spoke::test::HubProcess hub;
        QVERIFY2(hub.start(), qPrintable(hub.errorString()));
        const QString locationId = hub.addLocation(QStringLiteral("CLI location"));
        const QString code = hub.enrollmentCode(locationId);
        const QString url = hub.baseUrl().toString();
        const QString secrets = kLocationPass + QStringLiteral("\n1234\n");
        auto enroll = [&](const QStringList &extra) {
            return run(QStringList {QStringLiteral("--data-dir"), m_data, QStringLiteral("enroll"),
                           QStringLiteral("--user"), QStringLiteral("Dana Whitfield")}
                    + extra,
                secrets);
        };
        // Usage errors never reach the hub.
        QCOMPARE(enroll({QStringLiteral("--code"), code}).exitCode, 2); // no --hub
        Run r = enroll(
            {QStringLiteral("--hub"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--code"), code});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("https://")));
        // The wrong PIN is refused before anything else.
        r = run({QStringLiteral("--data-dir"), m_data, QStringLiteral("enroll"), QStringLiteral("--user"),
                    QStringLiteral("Dana Whitfield"), QStringLiteral("--hub"), url, QStringLiteral("--code"),
                    code},
            kLocationPass + QStringLiteral("\n9999\n"));
        QCOMPARE(r.exitCode, 3);

        const QStringList good {QStringLiteral("--hub"), url, QStringLiteral("--code"), code,
            QStringLiteral("--hub-ca"), hub.caCertificatePath(), QStringLiteral("--device-name"),
            QStringLiteral("CLI test PC")};
        r = enroll(good);
        MemoryKeyStore store;
        auto db = LocationDatabase::open(folder(m_data), store, Secret::fromUtf8(kLocationPass));
        QVERIFY(db.ok());
        const sync::SyncConfig config = sync::SyncStore(*db.value()).config().value();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // No keychain here: the token has nowhere safe to go, so nothing is enrolled.
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
            QVERIFY(!config.enrolled());
            if (qEnvironmentVariableIsSet("SPOKE_REQUIRE_KEYCHAIN"))
                QFAIL("no D-Bus session: run the tests through scripts/with-keyring.sh");
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("CLI test PC")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("First sync")), qPrintable(r.out));
        QCOMPARE(config.hubUrl, url);
        QCOMPARE(config.locationId, locationId);
        QCOMPARE(config.deviceName, QStringLiteral("CLI test PC"));
        QVERIFY(!config.trust.caPem.isEmpty());
        QJsonValue devices;
        QVERIFY(hub.admin({QStringLiteral("devices"), locationId}, &devices));
        QCOMPARE(devices.toArray().size(), 1);
        // The code works once.
        r = enroll(good);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already used")), qPrintable(r.err));
        hub.stop();
    }

    void screenshotsRenderEveryScreen()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--screenshots"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *name : {"wizard-1-welcome", "wizard-5-key-no-keychain", "sign-in", "today",
                 "customers", "schedule", "invoices", "reports", "settings", "settings-staff",
                 "settings-audit", "about", "lock", "open-error-corrupted"}) {
            const QImage image(dir.filePath(QLatin1String(name) + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), name);
            QVERIFY(image.width() >= 400 && image.height() >= 300);
        }
        const QImage today(dir.filePath(QStringLiteral("today.png")));
        QCOMPARE(today.size(), QSize(1280, 800));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
