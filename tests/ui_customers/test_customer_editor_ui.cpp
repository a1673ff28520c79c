// The profile and its editor: preferences saved and shown as chips, bad values flagged
// next to their field with nothing saved, a new customer from Ctrl+N, calls and notes from
// the keyboard, masked local-only codes, consent, delete and erase.

#include "customers_test_support.h"
#include "ui/customers/address_editor.h"
#include "ui/customers/confirm_dialog.h"
#include "ui/customers/consent_editor.h"
#include "ui/customers/contact_list_editor.h"
#include "ui/customers/customer_editor.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/preference_chips.h"
#include "ui/customers/preference_list_editor.h"
#include "ui/customers/secret_field.h"
#include "ui/customers/timeline_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

using namespace spoke;

class TestCustomerEditorUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CustomersFixture> m_f;
    QString m_id;

    ui::CustomersPage *page() const { return m_f->page.get(); }

    Customer stored() const
    {
        auto r = m_f->service->get(test::kManager, m_id);
        return r ? r.value() : Customer {};
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::CustomersFixture>();
        m_id = m_f->add(test::helene());
        m_f->open();
        page()->openCustomer(m_id);
    }

    void cleanup() { m_f.reset(); }

    void preferencesShowAsColouredChips()
    {
        ui::PreferenceChips *chips = page()->profileView()->preferenceChips();
        // DON'T first: it is what costs a customer.
        QCOMPARE(chips->chipTexts().first(), QStringLiteral("DON'T · Kitchen, oven: no oven cleaning"));
        QVERIFY(chips->chipTexts().contains(QStringLiteral("DO · Downstairs bathroom: deep clean")));
        QVERIFY(chips->chipTexts().contains(QStringLiteral("NOTE · Shoes: shoe covers inside")));
        QStringList kinds;
        for (QFrame *chip : chips->findChildren<QFrame *>(QStringLiteral("preferenceChip")))
            kinds << chip->property("kind").toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList {QStringLiteral("do"), QStringLiteral("dont"), QStringLiteral("note")}));
    }

    void addsADontPreferenceThatShowsAfterSaving()
    {
        QPointer<ui::CustomerEditor> editor = page()->editCustomer(m_id);
        QVERIFY(editor && editor->isVisible());
        QVERIFY(test::activate(editor));
        ui::PreferenceListEditor *prefs = editor->preferenceEditor();
        QTest::mouseClick(prefs->addButton(), Qt::LeftButton);
        const int row = prefs->rowCount() - 1;
        QCOMPARE(row, 3);
        prefs->kindCombo(row)->setCurrentIndex(prefs->kindCombo(row)->findData(QStringLiteral("dont")));
        // About the home address only, not every address.
        const QString home = stored().addresses.front().id;
        prefs->addressCombo(row)->setCurrentIndex(prefs->addressCombo(row)->findData(home));
        QTest::keyClicks(prefs->areaField(row), QStringLiteral("Upstairs bedroom"));
        QTest::keyClicks(prefs->textField(row), QStringLiteral("do not move the piano"));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor); // saved and closed

        const Customer c = stored();
        QCOMPARE(c.preferences.size(), size_t(4));
        const CustomerPreference &added = c.preferences.back();
        QCOMPARE(added.kind, PreferenceKind::Dont);
        QCOMPARE(added.area, QStringLiteral("Upstairs bedroom"));
        QCOMPARE(added.addressId, home);
        // The profile shows it at once, as a red DON'T chip under its address.
        ui::PreferenceChips *chips = page()->profileView()->preferenceChips();
        QVERIFY(
            chips->chipTexts().contains(QStringLiteral("DON'T · Upstairs bedroom: do not move the piano")));
        int dont = 0;
        for (QFrame *chip : chips->findChildren<QFrame *>(QStringLiteral("preferenceChip")))
            dont += chip->property("kind").toString() == QLatin1String("dont") && chip->isVisibleTo(chips)
                ? 1
                : 0;
        QCOMPARE(dont, 2);
    }

    void aBadEmailIsFlaggedAndNothingIsSaved()
    {
        QPointer<ui::CustomerEditor> editor = page()->editCustomer(m_id);
        QVERIFY(editor);
        QVERIFY(test::activate(editor));
        editor->givenNameField()->setText(QStringLiteral("Changed"));
        ui::ContactListEditor *emails = editor->emailEditor();
        QTest::mouseClick(emails->addButton(), Qt::LeftButton);
        QCOMPARE(emails->rowCount(), 2);
        QTest::keyClicks(emails->valueField(1), QStringLiteral("helene.work@@example"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

        QVERIFY(editor && editor->isVisible());
        QVERIFY(editor->flags().isFlagged(QStringLiteral("emails[1]")));
        QVERIFY(editor->flags()
                    .message(QStringLiteral("emails[1]"))
                    .contains(QLatin1String("not a valid email")));
        QCOMPARE(editor->flags().field(QStringLiteral("emails[1]")), emails->valueField(1));
        QVERIFY(emails->valueField(1)->property("invalid").toBool());
        QVERIFY(!emails->valueField(0)->property("invalid").toBool());
        QVERIFY(!editor->flags().isFlagged(QStringLiteral("givenName")));
        QVERIFY(editor->bannerText().contains(QLatin1String("nothing was saved")));
        QCOMPARE(QApplication::focusWidget(), emails->valueField(1));
        // The value is kept as typed, and the database did not change.
        QCOMPARE(emails->valueField(1)->text(), QStringLiteral("helene.work@@example"));
        QCOMPARE(stored().givenName, QStringLiteral("Hélène"));
        QCOMPARE(stored().emails.size(), size_t(1));

        // Fixing it clears the flag and saves.
        emails->valueField(1)->setText(QStringLiteral("helene.work@example.com"));
        QVERIFY(editor->save());
        QCOMPARE(stored().givenName, QStringLiteral("Changed"));
        QCOMPARE(stored().emails.size(), size_t(2));
    }

    void everyBadValueIsFlaggedAtOnce()
    {
        QPointer<ui::CustomerEditor> editor = page()->editCustomer(m_id);
        editor->givenNameField()->clear();
        editor->familyNameField()->clear();
        editor->phoneEditor()->valueField(0)->setText(QStringLiteral("12"));
        editor->birthdayField()->setText(QStringLiteral("last spring"));
        editor->doNotServiceBox()->setChecked(true);
        QVERIFY(!editor->save());
        for (const char *key : {"givenName", "phones[0]", "birthday", "doNotServiceReason"})
            QVERIFY2(editor->flags().isFlagged(QLatin1String(key)), key);
        QCOMPARE(editor->phoneEditor()->valueField(0)->text(), QStringLiteral("12"));
        QCOMPARE(stored().familyName, QStringLiteral("Dubois"));
        QCOMPARE(stored().phones.front().number, QStringLiteral("(555) 010-2345"));
    }

    void ctrlNAddsACustomerAndOpensTheProfile()
    {
        page()->showList();
        QTest::keySequence(page()->searchField(), QKeySequence::New);
        auto editors = page()->findChildren<ui::CustomerEditor *>();
        QCOMPARE(editors.size(), 1);
        QPointer<ui::CustomerEditor> editor = editors.first();
        QVERIFY(editor->isNew());
        QVERIFY(test::activate(editor));
        QCOMPARE(QApplication::focusWidget(), editor->givenNameField());
        QTest::keyClicks(editor->givenNameField(), QStringLiteral("Ana"));
        QTest::keyClicks(editor->familyNameField(), QStringLiteral("Lima"));
        QTest::mouseClick(editor->phoneEditor()->addButton(), Qt::LeftButton);
        QTest::keyClicks(editor->phoneEditor()->valueField(0), QStringLiteral("555 010 4444"));
        QComboBox *consent = editor->consentEditor()->stateCombo(ConsentChannel::Sms);
        consent->setCurrentIndex(consent->findData(1)); // yes
        // A decision without "how" is flagged, not guessed.
        QVERIFY(!editor->save());
        QVERIFY(editor->flags().isFlagged(ui::ConsentEditor::fieldKey(ConsentChannel::Sms)));
        editor->consentEditor()->methodCombo(ConsentChannel::Sms)->setEditText(QStringLiteral("phone call"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor);

        QCOMPARE(page()->view(), ui::CustomersPage::View::Profile);
        const Customer ana = page()->profileView()->customer();
        QCOMPARE(ana.displayName(), QStringLiteral("Ana Lima"));
        QCOMPARE(ana.phones.front().e164, QStringLiteral("+15550104444"));
        QCOMPARE(ana.consents.size(), size_t(1));
        QVERIFY(ana.consents.front().granted);
        QCOMPARE(ana.consents.front().method, QStringLiteral("phone call"));
        QCOMPARE(page()->listModel()->totalCount(), 2);
    }

    void consentChangesAreRecordedWithHow()
    {
        QPointer<ui::CustomerEditor> editor = page()->editCustomer(m_id);
        QComboBox *state = editor->consentEditor()->stateCombo(ConsentChannel::Email);
        state->setCurrentIndex(state->findData(1));
        editor->consentEditor()->methodCombo(ConsentChannel::Email)->setEditText(QStringLiteral("web form"));
        QVERIFY(editor->save());
        const Customer c = stored();
        QCOMPARE(c.consents.size(), size_t(1));
        QVERIFY(c.consents.front().granted);
        QCOMPARE(c.consents.front().recordedBy, test::kManager.name);
    }

    void callsAndNotesFromTheKeyboard()
    {
        ui::CustomerProfileView *profile = page()->profileView();
        ui::TimelineWidget *timeline = profile->timeline();
        const int before = timeline->entryCount();
        profile->setFocus();
        QTest::keyClick(profile, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), timeline->quickAddField());
        QTest::keyClicks(timeline->quickAddField(), QStringLiteral("Moved Friday to 9:00"));
        QTest::keyClick(timeline->quickAddField(), Qt::Key_Return);
        QCOMPARE(timeline->entryCount(), before + 1);
        QCOMPARE(timeline->entries().front().kind, QStringLiteral("call"));
        QCOMPARE(timeline->entries().front().summary, QStringLiteral("Moved Friday to 9:00"));
        QCOMPARE(timeline->entries().front().actorName, test::kManager.name);

        profile->setFocus();
        QTest::keyClick(profile, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(timeline->quickAddField(), QStringLiteral("draft"));
        QTest::keyClick(timeline->quickAddField(), Qt::Key_Escape); // cancels, does not leave the profile
        QCOMPARE(page()->view(), ui::CustomersPage::View::Profile);
        QCOMPARE(timeline->entryCount(), before + 1);
    }

    void codesAreMaskedUntilRevealed()
    {
        auto *gate = page()->profileView()->findChild<ui::SecretField *>(QStringLiteral("gateCode"));
        QVERIFY(gate);
        QCOMPARE(gate->lineEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(gate->text(), QStringLiteral("4471"));
        QTest::mouseClick(gate->revealButton(), Qt::LeftButton);
        QCOMPARE(gate->lineEdit()->echoMode(), QLineEdit::Normal);
        QVERIFY(gate->lineEdit()->isReadOnly());
    }

    void deleteNeedsAReason()
    {
        QPointer<ui::ConfirmDialog> dialog = page()->profileView()->requestDelete();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("Moved away"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(page()->view(), ui::CustomersPage::View::List);
        QCOMPARE(page()->listModel()->totalCount(), 0);
        QCOMPARE(m_f->service->get(test::kManager, m_id).code(), ErrorCode::NotFound);
    }

    void eraseAsksForAnExplicitYes()
    {
        QPointer<ui::ConfirmDialog> dialog = page()->profileView()->requestErase();
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->acknowledgement()->setChecked(true);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        const Customer c = stored();
        QVERIFY(c.erased);
        QVERIFY(c.phones.empty());
        QVERIFY(c.preferences.empty());
        QVERIFY(!test::shown(page()->profileView()->editButton()));
        QCOMPARE(page()->listModel()->totalCount(), 0);
    }

    void aFrontDeskCannotDeleteEvenIfAsked()
    {
        m_f->actor = test::kFrontDesk;
        page()->refreshPermissions();
        QPointer<ui::ConfirmDialog> dialog = page()->profileView()->requestDelete();
        dialog->reasonField()->setText(QStringLiteral("Trying"));
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible()); // core refused; the dialog says why
        QVERIFY(m_f->service->get(test::kManager, m_id).ok());
        dialog->reject();
    }
};

QTEST_MAIN(TestCustomerEditorUi)
#include "test_customer_editor_ui.moc"
