// Taking payments on the billing screens over a real location database: the keyboard path
// from the Invoices list to a recorded payment and the receipt offer; the receipt printed
// through the scriptable print path and read back with pdftotext; an overpayment kept as
// credit only after the person agrees; what the front desk sees and what core refuses it;
// the customer's balance and credit on their profile card.

#include "billing_test_support.h"
#include "core/billing/receivables_service.h"
#include "ui/billing/billing_context.h"
#include "ui/billing/customer_billing_card.h"
#include "ui/billing/draft_editor.h"
#include "ui/billing/invoice_dialog.h"
#include "ui/billing/invoice_list_model.h"
#include "ui/billing/invoices_page.h"
#include "ui/billing/money_input.h"
#include "ui/billing/payment_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace spoke;

class TestBillingPayments : public QObject
{
    Q_OBJECT

    test::BillingFixture m_fx;
    std::unique_ptr<ui::InvoicesPage> m_page;

    void openPage()
    {
        m_page = std::make_unique<ui::InvoicesPage>(
            *m_fx.db, [this] { return m_fx.current; }, test::kZone, test::kCurrency, QStringLiteral("US"),
            m_fx.clock);
        m_page->resize(1200, 760);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    template<typename T> T *newest() const
    {
        const auto all = m_page->findChildren<T *>();
        return all.isEmpty() ? nullptr : all.last();
    }

    qint64 balanceInList(const QString &id) const
    {
        const int row = m_page->model()->rowOf(id);
        return row < 0 ? -1 : m_page->model()->row(row)->balance.minor();
    }

private slots:
    void init() { QVERIFY(m_fx.open()); }

    void cleanup()
    {
        m_page.reset();
        ui::BillingPrompter::instance().clear();
        ui::PrintPrompter::instance().clear();
    }

    void takesAPaymentFromTheListWithTheKeyboard()
    {
        const QString customer = m_fx.customer(1);
        const QString id = m_fx.issued(customer, 25000);
        QVERIFY(!id.isEmpty());
        const qint64 balance = m_fx.view(id).balanceMinor;
        QVERIFY(balance >= 25000);
        openPage();
        QVERIFY(m_page->selectInvoice(id));
        QCOMPARE(balanceInList(id), balance);

        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ui::PaymentDialog *dialog = newest<ui::PaymentDialog>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // The amount starts at the balance, selected, so typing replaces it.
        QCOMPARE(dialog->amountField()->text(), ui::billing_text::editText(balance, test::kCurrency));
        QTRY_VERIFY(dialog->amountField()->hasFocus());
        QTest::keyClicks(dialog->amountField(), QStringLiteral("100"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Tab);
        QVERIFY(dialog->methodCombo()->hasFocus());
        QTest::keyClick(dialog->methodCombo(), Qt::Key_Down); // cash → card
        QCOMPARE(dialog->methodCombo()->currentData().toString(), paymentMethodKey(PaymentMethod::Card));
        QTest::keyClick(dialog->methodCombo(), Qt::Key_Tab);
        QTest::keyClicks(dialog->referenceField(), QStringLiteral("4242"));
        QTest::keyClick(dialog->referenceField(), Qt::Key_Return);

        QVERIFY2(dialog->isRecorded(), qPrintable(dialog->problemText()));
        // The balance dropped in core and in the list.
        QCOMPARE(m_fx.view(id).balanceMinor, balance - 10000);
        QCOMPARE(balanceInList(id), balance - 10000);
        const PaymentView &p = dialog->payment();
        QCOMPARE(p.amount.minor(), qint64(10000));
        QCOMPARE(p.method, PaymentMethod::Card);
        QCOMPARE(p.reference, QStringLiteral("4242"));
        QVERIFY(!p.receiptNumber.isEmpty());
        // The receipt is offered, on the 80 mm roll to start with, and Enter prints it.
        QVERIFY(dialog->printReceiptButton()->isVisible());
        QVERIFY(dialog->printReceiptButton()->isDefault());
        QCOMPARE(ui::BillingPrint::paperOf(dialog->receiptPaperCombo()), PaperFormat::Thermal80);
        QVERIFY(dialog->doneLabel()->text().contains(p.receiptNumber));
        QVERIFY(m_page->statusText().contains(QStringLiteral("Payment recorded")));
    }

    void printsTheReceiptToPdfThroughThePrintPath()
    {
        const QString customer = m_fx.customer(2);
        const QString id = m_fx.issued(customer, 12345);
        QVERIFY(!id.isEmpty());
        openPage();
        ui::PaymentDialog *dialog = m_page->takePayment(id);
        QVERIFY(dialog);
        QVERIFY(dialog->record());
        const QString receipt = dialog->payment().receiptNumber;

        // A printer is installed: the print dialog (answered with a PDF file) prints the roll.
        ui::PrintPrompter &print = ui::PrintPrompter::instance();
        print.setPrintersAvailable(true);
        const QString rollPdf = m_fx.dir.filePath(QStringLiteral("roll.pdf"));
        print.queuePrintTo(rollPdf);
        dialog->printReceiptButton()->setFocus();
        QTest::keyClick(dialog->printReceiptButton(), Qt::Key_Return);
        QVERIFY(QFile::exists(rollPdf));
        // One piece of an 80 mm roll (227 points wide), cut to the receipt.
        QCOMPARE(test::pdfPagesAndWidth(rollPdf), std::make_pair(1, 227));
        const QString roll = test::pdfText(rollPdf);
        QVERIFY2(roll.contains(receipt), qPrintable(roll));
        QVERIFY2(roll.contains(Money(m_fx.view(id).totals.total, test::kCurrency).toPlainString()),
            qPrintable(roll));

        // No printer: it says so, offers a PDF, and the A4 receipt is saved.
        print.setPrintersAvailable(false);
        ui::BillingPrompter::instance().clear();
        print.queueButton(QMessageBox::Yes);
        const QString sheetPdf = m_fx.dir.filePath(QStringLiteral("sheet.pdf"));
        print.queueFileName(sheetPdf);
        dialog->receiptPaperCombo()->setCurrentIndex(
            dialog->receiptPaperCombo()->findData(int(PaperFormat::A4)));
        QCOMPARE(
            dialog->printReceipt(ui::BillingPrint::Output::Print), ui::BillingPrint::Outcome::SavedAsPdf);
        QVERIFY(print.log().join(u'\n').contains(QStringLiteral("No printer is installed")));
        const QString sheet = test::pdfText(sheetPdf);
        QVERIFY2(sheet.contains(receipt), qPrintable(sheet));
    }

    void overpaymentBecomesCreditOnlyWhenConfirmed()
    {
        const QString customer = m_fx.customer(3);
        const QString id = m_fx.issued(customer, 20000);
        QVERIFY(!id.isEmpty());
        const qint64 balance = m_fx.view(id).balanceMinor;
        auto before = m_fx.payments().account(m_fx.frontDesk(), customer);
        QVERIFY(before.ok());
        const qint64 creditBefore = before->credit.minor();
        openPage();
        ui::PaymentDialog *dialog = m_page->takePayment(id);
        QVERIFY(dialog);
        const QString typed = ui::billing_text::editText(balance + 5000, test::kCurrency);
        dialog->amountField()->setText(typed);

        // "No": nothing recorded, nothing typed lost.
        ui::BillingPrompter &prompter = ui::BillingPrompter::instance();
        prompter.queueButton(QMessageBox::No);
        QVERIFY(!dialog->record());
        QVERIFY(prompter.log().last().contains(QStringLiteral("credit")));
        QCOMPARE(dialog->amountField()->text(), typed);
        QVERIFY(!dialog->problemText().isEmpty());
        QCOMPARE(m_fx.view(id).balanceMinor, balance);

        // "Yes": the invoice is paid and the excess is the customer's credit.
        prompter.queueButton(QMessageBox::Yes);
        QVERIFY2(dialog->record(), qPrintable(dialog->problemText()));
        QCOMPARE(m_fx.view(id).balanceMinor, qint64(0));
        auto account = m_fx.payments().account(m_fx.frontDesk(), customer);
        QVERIFY(account.ok());
        QCOMPARE(account->credit.minor(), creditBefore + 5000);
        QCOMPARE(dialog->payment().customerCreditAfterMinor, creditBefore + 5000);
        QVERIFY(dialog->doneLabel()->text().contains(
            Money(creditBefore + 5000, test::kCurrency).format(QLocale())));
    }

    void frontDeskSeesNoManagerActionsAndCoreRefusesThem()
    {
        const QString customer = m_fx.customer(4);
        const QString issuedId = m_fx.issued(customer, 15000);
        const QString draftId = m_fx.draft(customer, 9000);
        QVERIFY(!issuedId.isEmpty());
        QVERIFY(!draftId.isEmpty());
        openPage();
        QVERIFY(m_page->hasTab(ui::InvoicesPage::Tab::Invoices));
        QVERIFY(m_page->hasTab(ui::InvoicesPage::Tab::CashUp));
        QVERIFY(!m_page->hasTab(ui::InvoicesPage::Tab::Receivables));
        QVERIFY(!m_page->showTab(ui::InvoicesPage::Tab::Receivables));
        QVERIFY(m_page->paymentButton()->isVisible());
        QVERIFY(m_page->newButton()->isVisible());

        auto *editor = qobject_cast<ui::DraftEditor *>(m_page->openInvoice(draftId));
        QVERIFY(editor);
        QVERIFY(editor->saveButton()->isVisible());
        QVERIFY(!editor->issueButton()->isVisible());
        editor->close();

        auto *view = qobject_cast<ui::InvoiceDialog *>(m_page->openInvoice(issuedId));
        QVERIFY(view);
        QVERIFY(view->paymentButton()->isVisible());
        QVERIFY(view->printButton()->isVisible());
        QVERIFY(!view->voidButton()->isVisible());
        QVERIFY(!view->creditNoteButton()->isVisible());
        view->close();

        // Core refuses anyway.
        const Actor desk = m_fx.frontDesk();
        QCOMPARE(m_fx.invoices().issue(desk, draftId).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_fx.invoices().voidInvoice(desk, issuedId, QStringLiteral("test")).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(m_fx.invoices().creditNote(desk, issuedId, {}, QStringLiteral("test")).code(),
            ErrorCode::PermissionDenied);
        ReceivablesService receivables(*m_fx.db, test::kZone, test::kCurrency);
        QCOMPARE(receivables.aging(desk, test::kNow.date()).code(), ErrorCode::PermissionDenied);
        QVERIFY(m_fx.view(issuedId).status == InvoiceStatus::Issued);

        // A manager gets them.
        m_fx.current = m_fx.manager();
        m_page->refreshPermissions();
        QVERIFY(m_page->hasTab(ui::InvoicesPage::Tab::Receivables));
        auto *managerView = qobject_cast<ui::InvoiceDialog *>(m_page->openInvoice(issuedId));
        QVERIFY(managerView);
        QVERIFY(managerView->voidButton()->isVisible());
        QVERIFY(managerView->creditNoteButton()->isVisible());
    }

    void techniciansDoNotSeeInvoices()
    {
        m_fx.current = m_fx.actors.value(QStringLiteral("technician"));
        openPage();
        QVERIFY(!m_page->hasTab(ui::InvoicesPage::Tab::Invoices));
        QVERIFY(!m_page->customerCard(m_fx.customer(1), m_page.get()));
    }

    void customerCardShowsBalanceAndCreditAndTakesAnAdvance()
    {
        const QString customer = m_fx.customer(5);
        const QString id = m_fx.issued(customer, 30000);
        QVERIFY(!id.isEmpty());
        const QString number = m_fx.view(id).number;
        auto account = [&] {
            auto a = m_fx.payments().account(m_fx.frontDesk(), customer);
            return a ? a.value() : CustomerAccount {};
        };
        const CustomerAccount start = account();
        QVERIFY(start.owed.minor() >= m_fx.view(id).balanceMinor);
        openPage();
        QWidget host;
        ui::CustomerBillingCard *card = m_page->customerCard(customer, &host);
        QVERIFY(card);
        QCOMPARE(card->owedLabel()->text(), start.owed.format(QLocale()));
        QCOMPARE(card->creditLabel()->text(), start.credit.format(QLocale()));
        int row = -1;
        for (int r = 0; r < card->invoiceTable()->rowCount(); ++r)
            if (card->invoiceTable()->item(r, 0)->text() == number)
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(!card->refundButton()->isVisible()); // managers only

        // A payment on account becomes credit...
        QSignalSpy changed(card, &ui::CustomerBillingCard::changed);
        ui::PaymentDialog *advance = card->takePayment();
        QVERIFY(advance);
        QVERIFY(advance->amountField()->text().isEmpty());
        advance->amountField()->setText(QStringLiteral("50"));
        QVERIFY2(advance->record(), qPrintable(advance->problemText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account().credit.minor(), start.credit.minor() + 5000);
        QCOMPARE(card->creditLabel()->text(), account().credit.format(QLocale()));

        // ...which the front desk applies to the open invoice chosen in the card.
        card->invoiceTable()->selectRow(row);
        QVERIFY(card->applyCreditButton()->isEnabled());
        ui::ApplyCreditDialog *apply = card->applyCredit();
        QVERIFY(apply);
        apply->amountField()->setText(QStringLiteral("50"));
        QVERIFY2(apply->apply(), qPrintable(apply->problemText()));
        QCOMPARE(m_fx.view(id).balanceMinor, m_fx.view(id).totals.total - 5000);
        QCOMPARE(account().owed.minor(), start.owed.minor() - 5000);
        QCOMPARE(card->owedLabel()->text(), account().owed.format(QLocale()));
        QCOMPARE(card->creditLabel()->text(), start.credit.format(QLocale()));
    }
};

QTEST_MAIN(TestBillingPayments)
#include "test_billing_payments.moc"
