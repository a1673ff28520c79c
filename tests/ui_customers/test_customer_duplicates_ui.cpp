// The duplicates review: candidates side by side with the reason, merge into either side
// after a confirmation (everything of both kept), "Not a duplicate", and who may do what.

#include "core/customers/customer_list_model.h"
#include "customers_test_support.h"
#include "ui/customers/confirm_dialog.h"
#include "ui/customers/duplicates_screen.h"

#include <QListWidget>
#include <QPointer>
#include <QPushButton>

using namespace spoke;

class TestCustomerDuplicatesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CustomersFixture> m_f;
    QString m_first;
    QString m_second;

    ui::CustomersPage *page() const { return m_f->page.get(); }
    ui::DuplicatesScreen *screen() const { return page()->duplicatesScreen(); }

private slots:
    void init()
    {
        m_f = std::make_unique<test::CustomersFixture>();
        m_first = m_f->add(test::helene());
        // Entered again at the desk, with another email: the same phone flags it.
        m_second = m_f->add(test::person(QStringLiteral("Helene"), QStringLiteral("Dubois"),
            QStringLiteral("555.010.2345"), QStringLiteral("h.dubois@example.com")));
        m_f->add(
            test::person(QStringLiteral("Marc"), QStringLiteral("Dupont"), QStringLiteral("555-010-9999")));
        m_f->open();
        page()->showDuplicates();
    }

    void cleanup() { m_f.reset(); }

    void showsThePairWithTheReason()
    {
        QCOMPARE(page()->view(), ui::CustomersPage::View::Duplicates);
        QCOMPARE(screen()->candidateCount(), 1);
        QCOMPARE(screen()->list()->currentRow(), 0);
        QStringList both {screen()->customerOn(ui::DuplicatesScreen::Side::Left).id,
            screen()->customerOn(ui::DuplicatesScreen::Side::Right).id};
        both.sort();
        QStringList expected {m_first, m_second};
        expected.sort();
        QCOMPARE(both, expected);
        QVERIFY(screen()->list()->item(0)->text().contains(QLatin1String("Same phone number")));
        QVERIFY(page()->duplicatesButton()->text().contains(QLatin1String("1")));
    }

    void mergesIntoTheLeftAfterConfirming()
    {
        const Customer left = screen()->customerOn(ui::DuplicatesScreen::Side::Left);
        const Customer right = screen()->customerOn(ui::DuplicatesScreen::Side::Right);
        QCOMPARE(page()->listModel()->totalCount(), 3);
        QTest::mouseClick(screen()->mergeButton(ui::DuplicatesScreen::Side::Left), Qt::LeftButton);
        auto dialogs = screen()->findChildren<ui::ConfirmDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QPointer<ui::ConfirmDialog> dialog = dialogs.first();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(left.displayName()));
        // Nothing happens before the confirmation.
        QVERIFY(m_f->service->get(test::kManager, right.id).ok());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        QCOMPARE(screen()->candidateCount(), 0);
        QCOMPARE(m_f->service->get(test::kManager, right.id).code(), ErrorCode::NotFound);
        const Customer kept = m_f->service->get(test::kManager, left.id).value();
        QStringList emails;
        for (const CustomerEmail &e : kept.emails)
            emails << e.address;
        emails.sort();
        QCOMPARE(emails,
            (QStringList {QStringLiteral("h.dubois@example.com"), QStringLiteral("helene@example.com")}));
        QCOMPARE(kept.phones.size(), size_t(1)); // the same number once
        QCOMPARE(page()->listModel()->totalCount(), 2);
        QCOMPARE(page()->duplicatesButton()->text(), QStringLiteral("Duplicates"));
    }

    void mergesIntoTheRightToo()
    {
        const Customer right = screen()->customerOn(ui::DuplicatesScreen::Side::Right);
        QPointer<ui::ConfirmDialog> dialog = screen()->mergeInto(ui::DuplicatesScreen::Side::Right);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        const Customer kept = m_f->service->get(test::kManager, right.id).value();
        QCOMPARE(kept.emails.size(), size_t(2));
    }

    void cancellingTheConfirmationMergesNothing()
    {
        QPointer<ui::ConfirmDialog> dialog = screen()->mergeInto(ui::DuplicatesScreen::Side::Left);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(screen()->candidateCount(), 1);
        QCOMPARE(page()->listModel()->totalCount(), 3);
    }

    void notADuplicateDismissesThePair()
    {
        QTest::mouseClick(screen()->dismissButton(), Qt::LeftButton);
        QCOMPARE(screen()->candidateCount(), 0);
        QVERIFY(m_f->service->get(test::kManager, m_first).ok());
        QVERIFY(m_f->service->get(test::kManager, m_second).ok());
        QCOMPARE(page()->listModel()->totalCount(), 3);
    }

    void frontDeskReviewsButDoesNotMerge()
    {
        m_f->actor = test::kFrontDesk;
        page()->refreshPermissions();
        QVERIFY(!test::shown(screen()->mergeButton(ui::DuplicatesScreen::Side::Left)));
        QVERIFY(!test::shown(screen()->mergeButton(ui::DuplicatesScreen::Side::Right)));
        QVERIFY(test::shown(screen()->dismissButton()));
        // Core refuses a merge asked for anyway, and the dialog says why.
        QPointer<ui::ConfirmDialog> dialog = screen()->mergeInto(ui::DuplicatesScreen::Side::Left);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(screen()->candidateCount(), 1);
        dialog->reject();
    }

    void escGoesBackToTheList()
    {
        screen()->list()->setFocus();
        QTest::keyClick(screen()->list(), Qt::Key_Escape);
        QCOMPARE(page()->view(), ui::CustomersPage::View::List);
    }
};

QTEST_MAIN(TestCustomerDuplicatesUi)
#include "test_customer_duplicates_ui.moc"
