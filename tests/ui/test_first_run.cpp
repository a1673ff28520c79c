// The first-run wizard end to end: profile, owner, key in the (memory) keychain; and the
// path where the keychain does not answer, which must say why and use a passphrase.

#include "core/location/location_service.h"
#include "core/staff/staff_service.h"
#include "support/test_support.h"
#include "ui/common/profile_form.h"
#include "ui/common/time_zone_combo.h"
#include "ui/common/widgets.h"
#include "ui/firstrun/first_run_pages.h"
#include "ui/firstrun/first_run_wizard.h"
#include "ui/firstrun/key_page.h"
#include "ui/shell/header_bar.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QRadioButton>
#include <QSignalSpy>

using namespace spoke;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void fillBusiness(ui::FirstRunWizard *wizard)
{
    ui::BusinessPage *page = wizard->businessPage();
    child<QLineEdit>(page, "businessName")->setText(QStringLiteral("Fresh Lawns — Oakville"));
    child<QLineEdit>(page, "phone")->setText(QStringLiteral("(905) 555-0199"));
    child<QLineEdit>(page, "invoicePrefix")->setText(QStringLiteral("OAK-"));
    child<QLineEdit>(page, "taxIds")->setText(QStringLiteral("GST 123456789"));
    QVERIFY(child<ui::TimeZoneCombo>(page, "timeZone")->setTimeZoneId(QStringLiteral("America/Toronto")));
    child<ui::CurrencyCombo>(page, "currency")->setCurrencyCode(QStringLiteral("CAD"));
}

void fillOwner(ui::FirstRunWizard *wizard, const QString &pin, const QString &confirmation)
{
    ui::OwnerPage *page = wizard->ownerPage();
    child<QLineEdit>(page, "ownerName")->setText(QStringLiteral("Jordan Avery"));
    child<QLineEdit>(page, "ownerSecret")->setText(pin);
    child<QLineEdit>(page, "ownerSecretConfirm")->setText(confirmation);
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initUiTest(); }

    void wizardCreatesLocationOwnerAndKeychainKey()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        ManualClock clock;
        const QString folder = dir.filePath(QStringLiteral("loc"));
        ui::AppController app(folder, store, clock, test::kFastHasher);
        app.start();
        ui::FirstRunWizard *wizard = app.wizard();
        QVERIFY(wizard);
        QVERIFY(!app.window()->isVisible());
        QCOMPARE(wizard->currentId(), int(ui::FirstRunWizard::Welcome));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::FirstRunWizard::Business));
        fillBusiness(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::FirstRunWizard::Owner));
        fillOwner(wizard, QStringLiteral("2468"), QStringLiteral("2468"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::FirstRunWizard::Key));
        QVERIFY(wizard->keyPage()->keychainAvailable());
        QCOMPARE(wizard->keyPage()->keySource(), KeySource::Keychain);
        QVERIFY(!store.contains(QStringLiteral("probe"))); // the probe cleaned up after itself

        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(app.context());
        QCOMPARE(app.window()->screen(), ui::MainWindow::Screen::Workspace);
        QVERIFY(app.window()->isVisible());
        QCOMPARE(app.context()->actor().name, QStringLiteral("Jordan Avery"));
        QCOMPARE(app.context()->actor().role, Role::Owner);
        QCOMPARE(
            app.window()->workspace()->header()->locationName(), QStringLiteral("Fresh Lawns — Oakville"));

        LocationDatabase &db = app.context()->database();
        QCOMPARE(db.descriptor().keySource, KeySource::Keychain);
        QVERIFY(store.contains(db.descriptor().keychainAccount()));
        const LocationProfile profile = LocationService(db).profile().value();
        QCOMPARE(profile.timeZone, QStringLiteral("America/Toronto"));
        QCOMPARE(profile.currency, QStringLiteral("CAD"));
        QCOMPARE(profile.invoicePrefix, QStringLiteral("OAK-"));
        QCOMPARE(profile.phone, QStringLiteral("(905) 555-0199"));
        StaffService staff(db);
        QCOMPARE(staff.list().size(), size_t(1));
        QVERIFY(staff.signIn(staff.list().front().id, QStringLiteral("2468")).ok());
        // Encrypted on disk: no SQLite header, no business name in the clear.
        const QByteArray bytes = test::fileBytes(db.filePath());
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Fresh Lawns"));
    }

    void wrongInputsKeepTheWizardOnThePage()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("loc")), store, test::kFastHasher);
        wizard.show();
        wizard.next();
        fillBusiness(&wizard);
        child<ui::CurrencyCombo>(wizard.businessPage(), "currency")->setCurrencyCode(QStringLiteral("C1"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Business));
        QVERIFY(!child<ui::Banner>(wizard.businessPage(), nullptr)->text().isEmpty());
        child<ui::CurrencyCombo>(wizard.businessPage(), "currency")->setCurrencyCode(QStringLiteral("CAD"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Owner));

        fillOwner(&wizard, QStringLiteral("12"), QStringLiteral("12"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Owner));
        QVERIFY(child<ui::Banner>(wizard.ownerPage(), nullptr)->text().contains(QStringLiteral("4 to 8")));
        fillOwner(&wizard, QStringLiteral("1234"), QStringLiteral("1243"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Owner));
        fillOwner(&wizard, QStringLiteral("1234"), QStringLiteral("1234"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Key));
        QVERIFY(!LocationDatabase::exists(dir.filePath(QStringLiteral("loc"))));
    }

    void keychainUnavailableSaysWhyAndUsesAPassphrase()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        store.setAvailable(false);
        ManualClock clock;
        const QString folder = dir.filePath(QStringLiteral("loc"));
        ui::AppController app(folder, store, clock, test::kFastHasher);
        app.start();
        ui::FirstRunWizard *wizard = app.wizard();
        wizard->next();
        fillBusiness(wizard);
        wizard->next();
        fillOwner(wizard, QStringLiteral("2468"), QStringLiteral("2468"));
        wizard->next();
        ui::KeyPage *page = wizard->keyPage();
        QVERIFY(!page->keychainAvailable());
        // It says why: the key store's own reason is on the page.
        QVERIFY(page->keychainProblem().contains(QStringLiteral("switched off")));
        const QList<ui::Banner *> banners = page->findChildren<ui::Banner *>();
        QVERIFY(std::any_of(banners.begin(), banners.end(),
            [](ui::Banner *b) { return b->text().contains(QStringLiteral("switched off")); }));
        QVERIFY(!child<QRadioButton>(page, "useKeychain")->isEnabled());
        QVERIFY(child<QRadioButton>(page, "usePassphrase")->isChecked());
        QCOMPARE(page->keySource(), KeySource::Passphrase);

        // Too short: refused, nothing created.
        child<QLineEdit>(page, "passphrase")->setText(QStringLiteral("short"));
        child<QLineEdit>(page, "passphraseConfirm")->setText(QStringLiteral("short"));
        wizard->button(QWizard::FinishButton)->click();
        QCOMPARE(wizard->currentId(), int(ui::FirstRunWizard::Key));
        QVERIFY(!LocationDatabase::exists(folder));

        child<QLineEdit>(page, "passphrase")->setText(QStringLiteral("maple leaf 2026"));
        child<QLineEdit>(page, "passphraseConfirm")->setText(QStringLiteral("maple leaf 2026"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(app.context());
        QCOMPARE(app.context()->database().descriptor().keySource, KeySource::Passphrase);
        store.setAvailable(true);
        QVERIFY(!store.contains(app.context()->database().descriptor().keychainAccount()));
        QVERIFY(!test::fileBytes(app.context()->database().filePath()).startsWith("SQLite format 3"));

        // The passphrase, and only the passphrase, opens it again.
        const QString descriptorFolder = app.context()->database().folder();
        QCOMPARE(
            LocationDatabase::open(descriptorFolder, store, Secret::fromUtf8(QStringLiteral("wrong one")))
                .code(),
            ErrorCode::WrongKey);
    }

    void cancellingTheWizardQuitsWithoutCreatingAnything()
    {
        QTemporaryDir dir;
        MemoryKeyStore store;
        ManualClock clock;
        const QString folder = dir.filePath(QStringLiteral("loc"));
        ui::AppController app(folder, store, clock, test::kFastHasher);
        QSignalSpy quit(&app, &ui::AppController::quitRequested);
        app.start();
        app.wizard()->reject();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!LocationDatabase::exists(folder));
    }

    void unwritableFolderIsReportedOnTheLastPage()
    {
        // A folder below a file cannot be created by anyone, root included.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        MemoryKeyStore store;
        ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("plain-file/loc")), store, test::kFastHasher);
        wizard.show();
        wizard.next();
        fillBusiness(&wizard);
        wizard.next();
        fillOwner(&wizard, QStringLiteral("2468"), QStringLiteral("2468"));
        wizard.next();
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::Key));
        QVERIFY(!wizard.takeDatabase());
        const QList<ui::Banner *> banners = wizard.keyPage()->findChildren<ui::Banner *>();
        QVERIFY(std::any_of(banners.begin(), banners.end(),
            [](ui::Banner *b) { return b->kind() == ui::Banner::Kind::Error && !b->text().isEmpty(); }));
        QVERIFY(store.contains(QStringLiteral("probe")) == false);
    }
};

QTEST_MAIN(TestFirstRun)
#include "test_first_run.moc"
