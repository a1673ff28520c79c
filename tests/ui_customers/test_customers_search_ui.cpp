// The Customers page: search as you type (debounced, phone punctuation, accents, other
// scripts), Enter opens, the list with its count and filters, export, and what each role
// is offered.

#include "core/customers/customer_list_model.h"
#include "customers_test_support.h"
#include "ui/customers/customer_editor.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/customer_search_model.h"
#include "ui/customers/preference_chips.h"
#include "ui/customers/timeline_widget.h"

#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace spoke;

namespace {

QStringList names(const QTableView *view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, CustomerListModel::Name).data().toString();
    return out;
}

} // namespace

class TestCustomersSearchUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CustomersFixture> m_f;
    QString m_helene;
    QString m_marc;
    QString m_kim;

    ui::CustomersPage *page() const { return m_f->page.get(); }

    void type(const QString &text)
    {
        QLineEdit *box = page()->searchField();
        box->setFocus();
        box->clear();
        QTest::keyClicks(box, text);
    }

    /// Korean and Arabic arrive through an input method, as one committed string.
    void typeWithInputMethod(const QString &text)
    {
        QLineEdit *box = page()->searchField();
        box->setFocus();
        box->clear();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(box, &commit);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::CustomersFixture>();
        m_helene = m_f->add(test::helene());
        m_marc = m_f->add(test::person(QStringLiteral("Marc"), QStringLiteral("Dupont"),
            QStringLiteral("555-010-9999"), QStringLiteral("marc@example.com")));
        Customer kim
            = test::person(QStringLiteral("민준"), QStringLiteral("김"), QStringLiteral("555 010 7777"));
        kim.tags = QStringList {QStringLiteral("weekly")};
        m_kim = m_f->add(kim);
        m_f->open();
    }

    void cleanup() { m_f.reset(); }

    void listShowsEveryoneWithACount()
    {
        QVERIFY(!page()->isShowingResults());
        QCOMPARE(page()->listModel()->totalCount(), 3);
        QVERIFY(page()->countLabel()->text().contains(QLatin1String("3")));
        QCOMPARE(page()->listView()->model()->rowCount(), 3); // fetched as the view asked
        QVERIFY(page()->listView()->isVisible());
    }

    void searchesAsYouTypeAfterAPause()
    {
        type(QStringLiteral("Helene"));
        // Typing alone runs nothing: the search waits for the pause.
        QVERIFY(!page()->isShowingResults());
        QTRY_VERIFY(page()->isShowingResults());
        QCOMPARE(names(page()->resultsView()), QStringList {QStringLiteral("Hélène Dubois")});
        QVERIFY(page()->resultsView()->isVisible());
        QVERIFY(page()->countLabel()->text().contains(QLatin1String("1")));
    }

    void findsAPhoneNumberTypedWithPunctuation()
    {
        type(QStringLiteral("(555) 010-2345"));
        QTRY_COMPARE(page()->searchModel()->rowCount(), 1);
        QCOMPARE(page()->searchModel()->customerId(0), m_helene);

        type(QStringLiteral("+1 555 010 9999"));
        QTRY_COMPARE(page()->searchModel()->customerId(0), m_marc);
    }

    void findsKoreanNamesAndTags()
    {
        typeWithInputMethod(QStringLiteral("김"));
        QTRY_COMPARE(page()->searchModel()->rowCount(), 1);
        QCOMPARE(page()->searchModel()->customerId(0), m_kim);

        type(QStringLiteral("weekly"));
        QTRY_COMPARE(page()->searchModel()->rowCount(), 2);
        QStringList ids {page()->searchModel()->customerId(0), page()->searchModel()->customerId(1)};
        ids.sort();
        QStringList expected {m_helene, m_kim};
        expected.sort();
        QCOMPARE(ids, expected);
    }

    void showsWhenNothingMatches()
    {
        type(QStringLiteral("Zzyzx"));
        QTRY_VERIFY(page()->isShowingResults());
        QCOMPARE(page()->searchModel()->rowCount(), 0);
        QVERIFY(!page()->resultsView()->isVisible());
        QVERIFY(page()->countLabel()->text().contains(QLatin1String("No match")));
    }

    void enterOpensTheBestMatchAndEscGoesBack()
    {
        type(QStringLiteral("dubois"));
        QTest::keyClick(page()->searchField(), Qt::Key_Return); // before the pause: searches at once
        QCOMPARE(page()->view(), ui::CustomersPage::View::Profile);
        QCOMPARE(page()->profileView()->customerId(), m_helene);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(page()->view(), ui::CustomersPage::View::List);
        QCOMPARE(QApplication::focusWidget(), page()->searchField());
    }

    void downArrowThenEnterOpensFromTheList()
    {
        QTest::keyClick(page()->searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page()->listView());
        QTest::keyClick(page()->listView(), Qt::Key_Down);
        const QString second = page()->listModel()->customerId(1);
        QTest::keyClick(page()->listView(), Qt::Key_Return);
        QCOMPARE(page()->view(), ui::CustomersPage::View::Profile);
        QCOMPARE(page()->profileView()->customerId(), second);
    }

    void clearingTheBoxBringsBackTheList()
    {
        type(QStringLiteral("marc"));
        QTRY_VERIFY(page()->isShowingResults());
        QTest::keyClick(page()->searchField(), Qt::Key_Escape);
        QVERIFY(page()->searchField()->text().isEmpty());
        QTRY_VERIFY(!page()->isShowingResults());
        QVERIFY(page()->listView()->isVisible());
    }

    void shortcutsFocusTheSearchBox()
    {
        page()->listView()->setFocus();
        QTest::keySequence(page()->listView(), QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget(), page()->searchField());
        page()->listView()->setFocus();
        QTest::keyClick(page()->listView(), Qt::Key_Slash);
        QCOMPARE(QApplication::focusWidget(), page()->searchField());
        QVERIFY(page()->searchField()->text().isEmpty()); // "/" focuses, it is not typed
    }

    void filtersNarrowTheList()
    {
        QComboBox *tags = page()->tagFilter();
        const int vip = tags->findData(QStringLiteral("vip"));
        QVERIFY(vip > 0);
        tags->setCurrentIndex(vip);
        emit tags->activated(vip);
        QCOMPARE(page()->listModel()->totalCount(), 1);
        QCOMPARE(page()->listModel()->customerId(0), m_helene);

        tags->setCurrentIndex(tags->findData(QStringLiteral("weekly")));
        emit tags->activated(tags->currentIndex());
        QCOMPARE(page()->listModel()->totalCount(), 2);

        QComboBox *consent = page()->consentFilter();
        consent->setCurrentIndex(consent->findData(QStringLiteral("email")));
        emit consent->activated(consent->currentIndex());
        QCOMPARE(page()->listModel()->totalCount(), 0); // nobody agreed to marketing email
        QVERIFY(page()->countLabel()->text().contains(QLatin1String("filters")));
    }

    void exportsTheListToCsv()
    {
        const QString path = m_f->dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(page()->exportTo(ui::CustomerExport::Format::Csv, false, path));
        QTRY_VERIFY(!page()->exporter()->isRunning());
        QTRY_VERIFY(page()->statusText().contains(QLatin1String("Exported")));
        const QString csv = QString::fromUtf8(test::fileBytes(path));
        QVERIFY(csv.contains(QStringLiteral("Hélène")));
        QVERIFY(csv.contains(QStringLiteral("Dupont")));
    }

    void aTechnicianCanLookButNotChange()
    {
        m_f->actor = test::kTechnician;
        page()->refreshPermissions();
        QVERIFY(!test::shown(page()->newButton()));
        QVERIFY(!test::shown(page()->importButton()));
        QVERIFY(!test::shown(page()->exportButton()));
        QVERIFY(!test::shown(page()->duplicatesButton()));
        QTest::keySequence(page()->searchField(), QKeySequence::New);
        QVERIFY(page()->findChildren<ui::CustomerEditor *>().isEmpty());

        page()->openCustomer(m_helene);
        ui::CustomerProfileView *profile = page()->profileView();
        QVERIFY(!test::shown(profile->editButton()));
        QVERIFY(!test::shown(profile->moreButton())); // delete and erase live there
        QVERIFY(!test::shown(profile->findChild<QPushButton *>(QStringLiteral("logCallButton"))));
        QTest::keyClick(profile, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(page()->findChildren<ui::CustomerEditor *>().isEmpty());
        // ... but sees everything a crew needs.
        QVERIFY(profile->preferenceChips()->isVisible());
        QCOMPARE(profile->timeline()->entryCount(), 1); // "created"

        // Core refuses anyway: the hidden export still fails for this role.
        const QString path = m_f->dir.filePath(QStringLiteral("tech.csv"));
        QVERIFY(page()->exportTo(ui::CustomerExport::Format::Csv, false, path));
        QTRY_VERIFY(!page()->exporter()->isRunning());
        QTRY_VERIFY(!page()->statusText().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void frontDeskEditsButDoesNotDeleteOrExport()
    {
        m_f->actor = test::kFrontDesk;
        page()->refreshPermissions();
        QVERIFY(test::shown(page()->newButton()));
        QVERIFY(test::shown(page()->importButton()));
        QVERIFY(!test::shown(page()->exportButton()));
        page()->openCustomer(m_helene);
        QVERIFY(test::shown(page()->profileView()->editButton()));
        QVERIFY(!test::shown(page()->profileView()->moreButton()));

        m_f->actor = test::kManager; // a manager signs in on the same screen
        page()->refreshPermissions();
        QVERIFY(test::shown(page()->profileView()->moreButton()));
    }
};

QTEST_MAIN(TestCustomersSearchUi)
#include "test_customers_search_ui.moc"
