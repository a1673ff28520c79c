// Opening an existing location: each error from LocationDatabase::open gets its own
// screen, and none of them changes the file. A passphrase location asks again after a
// wrong passphrase; a damaged one can be restored from a backup on the spot.

#include "core/storage/backup_service.h"
#include "support/test_support.h"
#include "ui/startup/open_error_page.h"
#include "ui/startup/passphrase_page.h"
#include "widget_test_support.h"

#include <QProcess>
#include <QSqlQuery>

#include <unistd.h>

using namespace spoke;
using Screen = ui::MainWindow::Screen;

namespace {

enum class Damage { WrongKey, KeyMissing, KeychainOff, Corrupted, NotSpoke, SchemaTooNew, FolderNotWritable };

struct Hashes
{
    QByteArray db;
    QByteArray id;
    bool operator==(const Hashes &) const = default;
};

Hashes hashes(const QString &folder)
{
    return {test::fileHash(QDir(folder).filePath(QStringLiteral("spoke.db"))),
        test::fileHash(QDir(folder).filePath(QStringLiteral("spoke.id")))};
}

bool setImmutable(const QString &folder, bool on)
{
    return QProcess::execute(
               QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), folder})
        == 0;
}

} // namespace

class TestOpenErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initUiTest(); }

    void eachErrorHasItsScreen_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("restoreOffered");
        QTest::newRow("wrong key") << int(Damage::WrongKey) << int(ErrorCode::WrongKey) << true;
        QTest::newRow("key missing") << int(Damage::KeyMissing) << int(ErrorCode::KeyMissing) << true;
        QTest::newRow("keychain off")
            << int(Damage::KeychainOff) << int(ErrorCode::KeychainUnavailable) << false;
        QTest::newRow("corrupted") << int(Damage::Corrupted) << int(ErrorCode::Corrupted) << true;
        QTest::newRow("not spoke") << int(Damage::NotSpoke) << int(ErrorCode::NotSpokeDatabase) << true;
        QTest::newRow("schema too new") << int(Damage::SchemaTooNew) << int(ErrorCode::SchemaTooNew) << false;
        QTest::newRow("folder not writable")
            << int(Damage::FolderNotWritable) << int(ErrorCode::FolderNotWritable) << false;
    }

    void eachErrorHasItsScreen()
    {
        QFETCH(int, damage);
        QFETCH(int, code);
        QFETCH(bool, restoreOffered);
        test::DemoApp app;
        const QString dbPath = QDir(app.folder).filePath(QStringLiteral("spoke.db"));
        const QString account = LocationDatabase::inspect(app.folder).value().keychainAccount();
        switch (Damage(damage)) {
        case Damage::WrongKey:
            QVERIFY(app.store.write(account, Secret::random256()).ok());
            break;
        case Damage::KeyMissing:
            QVERIFY(app.store.remove(account).ok());
            break;
        case Damage::KeychainOff:
            app.store.setAvailable(false);
            break;
        case Damage::Corrupted: {
            QFile f(dbPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(2000); // inside page 1, after the salt: its HMAC no longer matches
            f.write(QByteArray(64, '\x5a'));
            break;
        }
        case Damage::NotSpoke: {
            QFile f(dbPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray page(4096, '\0');
            page.replace(0, 16, QByteArrayLiteral("SQLite format 3\0"));
            f.write(page);
            break;
        }
        case Damage::SchemaTooNew: {
            auto db = LocationDatabase::open(app.folder, app.store);
            QVERIFY(db.ok());
            {
                QSqlQuery q(db.value()->connection());
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9999")));
            }
            break;
        }
        case Damage::FolderNotWritable:
            if (::geteuid() == 0) {
                // Permission bits do not stop root; the immutable attribute does (where allowed).
                if (!setImmutable(app.folder, true))
                    QSKIP("running as root without chattr +i: cannot make the folder unwritable");
            } else {
                QVERIFY(QFile::setPermissions(app.folder, QFile::ReadOwner | QFile::ExeOwner));
            }
            break;
        }
        const Hashes before = hashes(app.folder);
        app.start();
        const Hashes after = hashes(app.folder);
        if (Damage(damage) == Damage::FolderNotWritable) {
            setImmutable(app.folder, false);
            QFile::setPermissions(app.folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        ui::MainWindow *window = app.window();
        QCOMPARE(window->screen(), Screen::OpenError);
        ui::OpenErrorPage *page = window->errorPage();
        QCOMPARE(int(page->code()), code);
        QCOMPARE(page->title(), ui::OpenErrorPage::titleFor(ErrorCode(code)));
        QVERIFY(!page->explanation().isEmpty());
        QCOMPARE(page->canRestore(), restoreOffered);
        QVERIFY(!app.context());
        QVERIFY2(after == before, "opening changed the database or its descriptor");
        window->resize(1100, 720);
        window->grab().save(test::screenshotPath(QStringLiteral("open-error-")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));

        // Once the cause is gone, "Try again" opens the location (where that is possible).
        if (Damage(damage) == Damage::KeychainOff) {
            app.store.setAvailable(true);
            emit page->retryRequested();
            QCOMPARE(window->screen(), Screen::Lock);
        }
    }

    void passphraseLocationAsksAgainAfterAWrongPassphrase()
    {
        test::DemoApp app(KeySource::Passphrase);
        const Hashes before = hashes(app.folder);
        app.start();
        ui::MainWindow *window = app.window();
        QCOMPARE(window->screen(), Screen::Passphrase);
        QVERIFY(window->passphrasePage()->problem().isEmpty());
        emit window->passphrasePage()->submitted(QStringLiteral("not the passphrase"));
        QCOMPARE(window->screen(), Screen::Passphrase);
        QVERIFY(window->passphrasePage()->problem().contains(QStringLiteral("wrong")));
        QVERIFY(window->passphrasePage()->field()->text().isEmpty());
        QVERIFY(hashes(app.folder) == before);

        window->passphrasePage()->field()->setText(demo::passphrase());
        QTest::keyClick(window->passphrasePage()->field(), Qt::Key_Return);
        QCOMPARE(window->screen(), Screen::Lock);
        QVERIFY(app.signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
    }

    void damagedLocationIsRestoredFromTheErrorScreen()
    {
        test::DemoApp app;
        const QString backup = app.dir.filePath(QStringLiteral("last-night.spokebackup"));
        {
            auto db = LocationDatabase::open(app.folder, app.store);
            QVERIFY(db.ok());
            const Actor owner {QStringLiteral("x"), QStringLiteral("Dana Whitfield"), Role::Owner};
            QVERIFY(BackupService::createBackup(
                *db.value(), owner, backup, Secret::fromUtf8(QStringLiteral("usb drive key")))
                        .ok());
        }
        QVERIFY(app.store.remove(LocationDatabase::inspect(app.folder).value().keychainAccount()).ok());
        app.start();
        QCOMPARE(app.window()->errorPage()->code(), ErrorCode::KeyMissing);

        ui::Prompter &prompter = ui::Prompter::instance();
        prompter.queueFileName(backup);
        prompter.queueText(QStringLiteral("usb drive key"));
        prompter.queueButton(QMessageBox::Yes); // keep the new key in the keychain
        prompter.queueButton(QMessageBox::Yes); // replace the unreadable location
        emit app.window()->errorPage()->restoreRequested();
        QCOMPARE(app.window()->screen(), Screen::Lock);
        QVERIFY(app.context());
        QVERIFY(app.signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
    }
};

QTEST_MAIN(TestOpenErrors)
#include "test_open_errors.moc"
