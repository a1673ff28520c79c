// Languages: the Settings choice is stored in QSettings and applied at once; Arabic turns
// the whole window right-to-left. Screenshots land in <build>/test-screenshots/ for people
// to check that Korean and Arabic glyphs render.

#include "core/customers/csv.h"
#include "core/customers/phone_numbers.h"
#include "core/location/location_service.h"
#include "core/staff/staff_service.h"
#include "ui/common/app_settings.h"
#include "ui/common/theme.h"
#include "ui/i18n/language.h"
#include "ui/settings/preferences_section.h"
#include "ui/settings/settings_page.h"
#include "ui/shell/navigation_bar.h"
#include "ui/shell/workspace.h"
#include "widget_test_support.h"

#include <QComboBox>
#include <QListWidget>

using namespace spoke;

class TestLanguage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoApp> m_app;

    QString sidebarText(ui::PageId page) const
    {
        auto *list = m_app->window()->workspace()->navigation()->findChild<QListWidget *>(
            QStringLiteral("Navigation"));
        return list->item(int(page))->text();
    }

    void chooseLanguage(const QString &code)
    {
        m_app->window()->goTo(ui::PageId::Settings);
        ui::SettingsPage *settings = m_app->window()->workspace()->settingsPage();
        QVERIFY(settings->showSection(ui::SettingsPage::Section::Preferences));
        auto *prefs = qobject_cast<ui::PreferencesSection *>(
            settings->section(ui::SettingsPage::Section::Preferences));
        QComboBox *combo = prefs->languageCombo();
        const int index = combo->findData(code);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        // The language is applied and the window rebuilt on the next turns of the event loop.
        QTRY_COMPARE(ui::currentLanguage(), ui::effectiveLanguage(code));
        // Let the rebuilt screens lay themselves out before anyone looks at them.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        test::initUiTest();
        ui::applyTheme(*qApp);
    }

    void init()
    {
        m_app = std::make_unique<test::DemoApp>();
        m_app->start();
        m_app->window()->resize(1280, 800);
        m_app->window()->show();
        QVERIFY(m_app->signIn(QStringLiteral("Dana Whitfield"), QStringLiteral("1234")));
    }

    void cleanup()
    {
        m_app.reset();
        ui::applyLanguage(QStringLiteral("en"));
        ui::app_settings::setLanguage(QString());
    }

    void arabicIsRightToLeft()
    {
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        chooseLanguage(QStringLiteral("ar"));
        QCOMPARE(ui::app_settings::language(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_app->window()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_app->window()->workspace()->layoutDirection(), Qt::RightToLeft);
        // The sidebar sits on the right in RTL.
        ui::Workspace *workspace = m_app->window()->workspace();
        QVERIFY(workspace->navigation()->geometry().left() > workspace->width() / 2);
        // The rebuilt screens speak Arabic, and we stayed on Settings.
        QCOMPARE(sidebarText(ui::PageId::Settings), ui::pageTitle(ui::PageId::Settings));
        QVERIFY(sidebarText(ui::PageId::Settings) != QStringLiteral("Settings"));
        QVERIFY(sidebarText(ui::PageId::Today).contains(QChar(0x0627))
            || sidebarText(ui::PageId::Today).contains(QChar(0x064A))
            || sidebarText(ui::PageId::Today).at(0).script() == QChar::Script_Arabic);
        QCOMPARE(workspace->currentPage(), ui::PageId::Settings);
        QVERIFY(m_app->window()->grab().save(test::screenshotPath(QStringLiteral("arabic-settings"))));
        m_app->window()->goTo(ui::PageId::Today);
        QVERIFY(m_app->window()->grab().save(test::screenshotPath(QStringLiteral("arabic-today"))));

        // Back to English, back to left-to-right.
        chooseLanguage(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(sidebarText(ui::PageId::Settings), QStringLiteral("Settings"));
    }

    void koreanAndFrenchAreTranslated()
    {
        chooseLanguage(QStringLiteral("ko"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        const QString today = sidebarText(ui::PageId::Today);
        QVERIFY(today != QStringLiteral("Today"));
        QCOMPARE(today.at(0).script(), QChar::Script_Hangul);
        m_app->window()->goTo(ui::PageId::Today);
        QVERIFY(m_app->window()->grab().save(test::screenshotPath(QStringLiteral("korean-today"))));

        chooseLanguage(QStringLiteral("fr"));
        QCOMPARE(sidebarText(ui::PageId::Today), QStringLiteral("Aujourd’hui"));
        QVERIFY(m_app->window()->grab().save(test::screenshotPath(QStringLiteral("french-settings"))));
    }

    void coreMessagesAreTranslated()
    {
        // Core phrases its errors with QCoreApplication::translate under contexts such as
        // "spoke::PhoneNumbers"; lupdate must file them under those same contexts, or they
        // stay English in every language. Texts as in translations/spoke_fr.ts.
        QCOMPARE(ui::applyLanguage(QStringLiteral("fr")), QStringLiteral("fr"));

        // Messages from file-local helpers outside any class.
        // (normalizePhone remembers its answers per thread: ask with a key no other test uses.)
        const auto phone = normalizePhone(QStringLiteral(" \t "), QStringLiteral("FR"));
        QVERIFY(!phone);
        QCOMPARE(phone.error().message, QStringLiteral("Saisissez un numéro de téléphone."));
        const auto csv = parseCsv(QByteArrayLiteral("  \n\n"));
        QVERIFY(!csv);
        QCOMPARE(csv.error().message, QStringLiteral("Le fichier est vide."));

        // Messages from a service's own members.
        LocationProfile profile;
        profile.timeZone = QStringLiteral("Europe/Paris");
        profile.currency = QStringLiteral("EUR");
        QCOMPARE(LocationService::validate(profile), QStringLiteral("Saisissez le nom de l’entreprise."));
        QCOMPARE(StaffService::validateSecret(SecretKind::Pin, QStringLiteral("12")),
            QStringLiteral("Un code PIN compte de 4 à 8 chiffres."));

        // And back in English once the translator is gone.
        QCOMPARE(ui::applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(parseCsv(QByteArrayLiteral("  \n\n")).error().message, QStringLiteral("The file is empty."));
    }

    void systemDefaultFollowsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(ui::effectiveLanguage(QStringLiteral("ar")), QStringLiteral("ar"));
        QCOMPARE(ui::effectiveLanguage(QStringLiteral("xx")), ui::effectiveLanguage(QString()));
        const QStringList supported {
            QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("fr"), QStringLiteral("ar")};
        QVERIFY(supported.contains(ui::effectiveLanguage(QString())));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
