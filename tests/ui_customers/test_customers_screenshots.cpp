// Renders the Customers screens with the application's theme to PNG files under
// build/<preset>/screenshots/customers, for people to look at: the list, search results,
// a profile with preferences, the editor with a flagged value, the import wizard's pages,
// the duplicates review, and the profile in Arabic (right-to-left) layout.

#include "customers_test_support.h"
#include "ui/common/theme.h"
#include "ui/customers/address_editor.h"
#include "ui/customers/contact_list_editor.h"
#include "ui/customers/customer_editor.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/duplicates_screen.h"
#include "ui/customers/import_pages.h"
#include "ui/customers/import_run_pages.h"
#include "ui/customers/import_wizard.h"
#include "ui/customers/preference_list_editor.h"
#include "ui/customers/secret_field.h"
#include "ui/customers/timeline_widget.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>

using namespace spoke;

namespace {

QString shotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath())
        + QStringLiteral("/screenshots/customers");
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

bool save(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    const QPixmap shot = w->grab();
    return !shot.isNull() && shot.save(shotPath(name));
}

} // namespace

class TestCustomersScreenshots : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CustomersFixture> m_f;
    QString m_helene;
    QString m_csv;

    void seed()
    {
        m_helene = m_f->add(test::helene());
        struct Row
        {
            const char *given;
            const char *family;
            const char *phone;
            const char *email;
            const char *street;
            const char *tag;
        };
        const Row rows[] = {
            {"Marc", "Dupont", "555-010-9999", "marc.dupont@example.com", "48 Oak Avenue", "monthly"},
            {"Aisha", "Rahman", "(555) 013-4410", "aisha.r@example.net", "7 Birch Lane", "weekly"},
            {"Tomás", "García", "555 014 2201", "tomas@example.org", "301 Pine Street, Apt 4", "move-out"},
            {"Grace", "O'Neill", "555-016-8873", "grace.oneill@example.com", "19 Cedar Court", "vip"},
            {"Wei", "Zhang", "555 017 3009", "wei.zhang@example.com", "88 Maple Drive", "weekly"},
            {"Olivia", "Brooks", "555-018-5521", "obrooks@example.com", "5 Elm Street", "biweekly"},
            {"Samuel", "Okafor", "555 019 6642", "sam.okafor@example.net", "230 Willow Way", "monthly"},
            {"Nina", "Petrova", "555-020-7780", "nina.p@example.com", "14 Aspen Road", "weekly"},
            {"Jae-won", "Park", "555 021 1129", "jaewon.park@example.com", "62 Spruce Street", "vip"},
        };
        for (const Row &r : rows) {
            Customer c = test::person(QString::fromUtf8(r.given), QString::fromUtf8(r.family),
                QString::fromUtf8(r.phone), QString::fromUtf8(r.email));
            CustomerAddress a;
            a.street = QString::fromUtf8(r.street);
            a.city = QStringLiteral("Springfield");
            a.postalCode = QStringLiteral("62704");
            c.addresses.push_back(a);
            c.tags << QString::fromUtf8(r.tag);
            m_f->add(c);
        }
        Customer kim
            = test::person(QStringLiteral("민준"), QStringLiteral("김"), QStringLiteral("555 010 7777"));
        kim.tags << QStringLiteral("weekly");
        m_f->add(kim);
        Customer acme;
        acme.company = true;
        acme.companyName = QStringLiteral("Acme Property Management");
        acme.phones.push_back({{}, QStringLiteral("work"), QStringLiteral("555-030-1000"), {}, true});
        acme.tags << QStringLiteral("commercial");
        m_f->add(acme);
        // A likely duplicate of Hélène: same phone, entered again at the desk.
        Customer again = test::person(QStringLiteral("Helene"), QStringLiteral("Dubois"),
            QStringLiteral("555.010.2345"), QStringLiteral("h.dubois@example.com"));
        m_f->add(again);
        auto consent = m_f->service->setConsent(test::kManager, m_helene,
            Consent {ConsentChannel::Email, true, {}, QStringLiteral("web form"), {}});
        QVERIFY(consent.ok());
        QVERIFY(m_f->service
                    ->addTimelineEntry(test::kManager, m_helene, QStringLiteral("call"),
                        QStringLiteral("Asked to move Friday's clean to 9:00; confirmed."))
                    .ok());
        QVERIFY(m_f->service
                    ->addTimelineEntry(test::kFrontDesk, m_helene, QStringLiteral("note"),
                        QStringLiteral("Prefers unscented products (allergies)."))
                    .ok());
    }

private slots:
    void initTestCase()
    {
        ui::applyTheme(*qApp);
        m_f = std::make_unique<test::CustomersFixture>();
        seed();
        m_csv = m_f->dir.filePath(QStringLiteral("old-crm.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Mobile Phone,E-mail Address,Street,City,Tags\r\n"
                   "Lena,Fischer,(555) 040-1111,lena@example.com,3 Harbor View,Springfield,weekly\r\n"
                   "Omar,Haddad,555-040-2222,omar@@example,9 Lake Road,Springfield,\r\n"
                   "Chloé,Martin,555 040 3333,chloe@example.fr,\"21 Hill St, Unit 2\",Springfield,vip\r\n"
                   "Ravi,Iyer,12,ravi@example.com,40 Bay Street,Springfield,monthly\r\n");
        file.close();
        m_f->open(QSize(1280, 800));
    }

    void cleanupTestCase() { m_f.reset(); }

    void list() { QVERIFY(save(m_f->page.get(), QStringLiteral("01-list"))); }

    void searchResults()
    {
        QLineEdit *box = m_f->page->searchField();
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("du"));
        QTRY_VERIFY(m_f->page->isShowingResults());
        QVERIFY(save(m_f->page.get(), QStringLiteral("02-search")));
        box->clear();
        QTRY_VERIFY(!m_f->page->isShowingResults());
    }

    void profile()
    {
        m_f->page->openCustomer(m_helene);
        QVERIFY(save(m_f->page.get(), QStringLiteral("03-profile")));
        m_f->page->profileView()->timeline()->startQuickAdd(QStringLiteral("call"));
        QTest::keyClicks(
            m_f->page->profileView()->timeline()->quickAddField(), QStringLiteral("Left a voicemail about"));
        QVERIFY(save(m_f->page.get(), QStringLiteral("04-profile-quick-call")));
        m_f->page->profileView()->timeline()->cancelQuickAdd();
    }

    void editorWithAFlaggedValue()
    {
        ui::CustomerEditor *editor = m_f->page->editCustomer(m_helene);
        QVERIFY(editor);
        editor->resize(880, 820);
        editor->emailEditor()->addRow();
        editor->emailEditor()->valueField(1)->setText(QStringLiteral("helene.work@@example"));
        ui::PreferenceListEditor *prefs = editor->preferenceEditor();
        prefs->addRow();
        const int last = prefs->rowCount() - 1;
        prefs->kindCombo(last)->setCurrentIndex(prefs->kindCombo(last)->findData(QStringLiteral("dont")));
        prefs->areaField(last)->setText(QStringLiteral("Upstairs bedroom"));
        QVERIFY(!editor->save());
        QVERIFY(save(editor, QStringLiteral("05-editor-flagged")));
        auto *scroll = editor->findChild<QScrollArea *>();
        QApplication::processEvents();
        scroll->ensureWidgetVisible(editor->addressEditor(0)->alarmCodeField(), 50, 200);
        QVERIFY(save(editor, QStringLiteral("06-editor-address")));
        scroll->ensureWidgetVisible(prefs->textField(last), 50, 120);
        QVERIFY(save(editor, QStringLiteral("06b-editor-preferences")));
        editor->reject();
    }

    void importWizard()
    {
        ui::ImportWizard *wizard = m_f->page->startImport();
        wizard->setFilePath(m_csv);
        QTRY_VERIFY(wizard->sourcePage()->isComplete());
        QVERIFY(save(wizard, QStringLiteral("07-import-file")));
        wizard->next();
        QVERIFY(save(wizard, QStringLiteral("08-import-mapping")));
        wizard->next();
        QTRY_VERIFY(wizard->checkPage()->isComplete());
        QVERIFY(save(wizard, QStringLiteral("09-import-dry-run")));
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ReportPage));
        QVERIFY(save(wizard, QStringLiteral("10-import-report")));
        wizard->accept();

        ui::ImportWizard *bad = m_f->page->startImport();
        const QString broken = m_f->dir.filePath(QStringLiteral("broken.csv"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\r\n\"Ann Lee,555-010-1212\r\nBo Chan,555-010-3434\r\n");
        file.close();
        bad->setFilePath(broken);
        QTRY_VERIFY(!bad->sourcePage()->errorText().isEmpty());
        QVERIFY(save(bad, QStringLiteral("11-import-bad-file")));
        bad->reject();
    }

    void duplicates()
    {
        m_f->page->showDuplicates();
        QVERIFY(m_f->page->duplicatesScreen()->candidateCount() > 0);
        QVERIFY(save(m_f->page.get(), QStringLiteral("12-duplicates")));
    }

    void emptyLocation()
    {
        test::CustomersFixture fresh;
        fresh.open(QSize(1280, 800));
        QVERIFY(save(fresh.page.get(), QStringLiteral("15-empty")));
    }

    void rightToLeft()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        m_f->page->openCustomer(m_helene);
        QVERIFY(save(m_f->page.get(), QStringLiteral("13-profile-rtl")));
        m_f->page->showList();
        QVERIFY(save(m_f->page.get(), QStringLiteral("14-list-rtl")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestCustomersScreenshots)
#include "test_customers_screenshots.moc"
