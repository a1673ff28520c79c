// Invoices on the billing screens over a real location database: a draft typed in the editor
// with totals that follow every keystroke and a wrong price marked without losing anything;
// a manager issuing it (numbers confirmed first) and the number in the list; invoicing
// completed jobs; voiding with a reason and core's refusal of a paid invoice; a credit note;
// a batch export of three invoices to PDF files on a worker thread, and a cancelled one.

#include "billing_test_support.h"
#include "ui/billing/batch_export.h"
#include "ui/billing/billing_context.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/credit_note_dialog.h"
#include "ui/billing/draft_editor.h"
#include "ui/billing/invoice_dialog.h"
#include "ui/billing/invoice_list_model.h"
#include "ui/billing/invoices_page.h"
#include "ui/billing/money_input.h"
#include "ui/billing/payment_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace spoke;

class TestBillingInvoices : public QObject
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

    QLineEdit *field(ui::DraftEditor *editor, int row, ui::DraftEditor::LineColumn column)
    {
        return qobject_cast<QLineEdit *>(editor->lineField(row, column));
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_fx.current = m_fx.manager();
    }

    void cleanup()
    {
        m_page.reset();
        ui::BillingPrompter::instance().clear();
        ui::PrintPrompter::instance().clear();
    }

    void draftTotalsFollowTypingAndABadPriceLosesNothing()
    {
        m_fx.current = m_fx.frontDesk(); // the front desk prepares drafts
        openPage();
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_N, Qt::ControlModifier);
        ui::DraftEditor *editor = newest<ui::DraftEditor>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTRY_VERIFY(editor->customerSearch()->hasFocus());
        QTest::keyClicks(editor->customerSearch(), QStringLiteral("customer7@example.com"));
        QVERIFY(editor->customerResults()->count() >= 1);
        editor->customerResults()->setFocus();
        QTest::keyClick(editor->customerResults(), Qt::Key_Return);
        QVERIFY(!editor->customerId().isEmpty());
        QCOMPARE(editor->customerId(), m_fx.customer(7));
        QCOMPARE(editor->lineCount(), 1);

        QLineEdit *description = field(editor, 0, ui::DraftEditor::Description);
        QTRY_VERIFY(description->hasFocus());
        QTest::keyClicks(description, QStringLiteral("Window cleaning"));
        auto previewTotal = [&](qint64 unitPrice) {
            InvoiceDraft probe;
            probe.customerId = editor->customerId();
            InvoiceLine line;
            line.description = QStringLiteral("Window cleaning");
            line.unitPriceMinor = unitPrice;
            probe.lines.push_back(line);
            auto preview = m_fx.invoices().previewTotals(probe);
            return preview ? ui::DraftEditor::tr("Total %1")
                                 .arg(Money(preview->total, test::kCurrency).format(QLocale()))
                           : QString();
        };
        // The total is core's preview of what is typed, after every keystroke.
        QTest::keyClicks(field(editor, 0, ui::DraftEditor::UnitPrice), QStringLiteral("80"));
        QCOMPARE(editor->totalText(), previewTotal(8000));
        QTest::keyClicks(field(editor, 0, ui::DraftEditor::UnitPrice), QStringLiteral(".5"));
        QCOMPARE(editor->totalText(), previewTotal(8050));
        QVERIFY(previewTotal(8050) != previewTotal(8000));

        // A second line with a price that is not an amount: marked, explained, nothing lost.
        const int row = editor->addLine();
        QTest::keyClicks(field(editor, row, ui::DraftEditor::Description), QStringLiteral("Oven"));
        QTest::keyClicks(field(editor, row, ui::DraftEditor::UnitPrice), QStringLiteral("12,,5"));
        QVERIFY(editor->problemText().contains(QStringLiteral("Line 2")));
        QVERIFY(field(editor, row, ui::DraftEditor::UnitPrice)->property("invalid").toBool());
        QVERIFY(!editor->save());
        QVERIFY(editor->invoiceId().isEmpty());
        QCOMPARE(field(editor, row, ui::DraftEditor::UnitPrice)->text(), QStringLiteral("12,,5"));
        QCOMPARE(field(editor, 0, ui::DraftEditor::Description)->text(), QStringLiteral("Window cleaning"));

        // Fixed, it saves as a draft the front desk cannot issue.
        field(editor, row, ui::DraftEditor::UnitPrice)->clear();
        QTest::keyClicks(field(editor, row, ui::DraftEditor::UnitPrice), QStringLiteral("12.5"));
        QTest::keyClicks(field(editor, row, ui::DraftEditor::LineDiscount), QStringLiteral("10%"));
        QVERIFY(editor->problemText().isEmpty());
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!editor->invoiceId().isEmpty(), qPrintable(editor->problemText()));
        const InvoiceView saved = m_fx.view(editor->invoiceId());
        QCOMPARE(saved.status, InvoiceStatus::Draft);
        QCOMPARE(int(saved.lines.size()), 2);
        QCOMPARE(saved.lines[1].line.unitPriceMinor, qint64(1250));
        QCOMPARE(saved.lines[1].line.discount.kind, Discount::Kind::Percent);
        QCOMPARE(saved.lines[1].line.discount.value, qint64(100'000));
        QVERIFY(!editor->issueButton()->isVisible());
        m_page->setFilter(ui::InvoicesPage::Filter::Drafts);
        QVERIFY(m_page->model()->rowOf(editor->invoiceId()) >= 0);
    }

    void managerIssuesADraftAndTheNumberAppears()
    {
        const QString customer = m_fx.customer(8);
        const QString draftId = m_fx.draft(customer, 19900, QStringLiteral("Move-out clean"));
        QVERIFY(!draftId.isEmpty());
        openPage();
        m_page->setFilter(ui::InvoicesPage::Filter::Drafts);
        QVERIFY(m_page->selectInvoice(draftId));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        ui::DraftEditor *editor = newest<ui::DraftEditor>();
        QVERIFY(editor);
        QCOMPARE(editor->invoiceId(), draftId);
        QCOMPARE(field(editor, 0, ui::DraftEditor::Description)->text(), QStringLiteral("Move-out clean"));
        QVERIFY(editor->issueButton()->isVisible());

        // Declining the confirmation issues nothing.
        ui::BillingPrompter &prompter = ui::BillingPrompter::instance();
        prompter.queueButton(QMessageBox::No);
        QVERIFY(editor->issue().isEmpty());
        QVERIFY(prompter.log().last().contains(QStringLiteral("can't be reused")));
        QCOMPARE(m_fx.view(draftId).status, InvoiceStatus::Draft);

        prompter.queueButton(QMessageBox::Yes);
        QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
        const InvoiceView view = m_fx.view(draftId);
        QCOMPARE(view.status, InvoiceStatus::Issued);
        QVERIFY(!view.number.isEmpty());
        QVERIFY(m_page->statusText().contains(view.number));
        // The list shows the number (the drafts filter no longer holds it: all does).
        m_page->setFilter(ui::InvoicesPage::Filter::All);
        const int row = m_page->model()->rowOf(draftId);
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model()->data(m_page->model()->index(row, ui::InvoiceListModel::Number)).toString(),
            view.number);
        QCOMPARE(m_page->model()->data(m_page->model()->index(row, ui::InvoiceListModel::Status)).toString(),
            ui::billing_ui::Tr::tr("Open"));
        // Search by number finds it.
        m_page->searchField()->setText(view.number);
        m_page->reload();
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void invoicesCompletedJobs()
    {
        // Find a demo customer with completed jobs waiting for an invoice.
        QString customer;
        QStringList jobs;
        for (int n = 1; n <= 120 && jobs.isEmpty(); ++n) {
            customer = m_fx.customer(n);
            auto ids = m_fx.invoices().uninvoicedJobs(m_fx.manager(), customer);
            if (ids && !ids->empty())
                for (const QString &id : ids.value())
                    jobs << id;
        }
        QVERIFY(!jobs.isEmpty());
        openPage();
        ui::DraftEditor *editor = m_page->newDraft(customer);
        QVERIFY(editor);
        QVERIFY(editor->jobsButton()->isEnabled());
        auto *picker = editor->chooseJobs();
        QVERIFY(picker);
        auto *list = picker->findChild<QListWidget *>(QStringLiteral("jobList"));
        QVERIFY(list);
        QCOMPARE(list->count(), jobs.size());
        auto *box = picker->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!editor->invoiceId().isEmpty());
        const InvoiceView draft = m_fx.view(editor->invoiceId());
        QCOMPARE(draft.status, InvoiceStatus::Draft);
        QCOMPARE(draft.jobIds.size(), jobs.size());
        QVERIFY(editor->lineCount() >= jobs.size());
        QVERIFY(!editor->totalText().isEmpty());
        auto left = m_fx.invoices().uninvoicedJobs(m_fx.manager(), customer);
        QVERIFY(left.ok());
        QVERIFY(left->empty());
    }

    void voidsWithAReasonAndCoreRefusesAPaidInvoice()
    {
        const QString customer = m_fx.customer(9);
        const QString unpaid = m_fx.issued(customer, 10000);
        const QString paid = m_fx.issued(customer, 20000);
        QVERIFY(!unpaid.isEmpty());
        QVERIFY(!paid.isEmpty());
        PaymentInput payment;
        payment.customerId = customer;
        payment.invoiceId = paid;
        payment.amount = Money(5000, test::kCurrency);
        QVERIFY(m_fx.payments().recordPayment(m_fx.frontDesk(), payment).ok());
        openPage();

        auto *dialog = qobject_cast<ui::InvoiceDialog *>(m_page->openInvoice(unpaid));
        QVERIFY(dialog);
        QVERIFY(dialog->voidButton()->isVisible());
        QVERIFY(!dialog->preview()->toPlainText().isEmpty());
        ui::BillingPrompter &prompter = ui::BillingPrompter::instance();
        // Cancelled: nothing happens.
        prompter.queueText(QString());
        QVERIFY(!dialog->voidInvoice());
        QCOMPARE(m_fx.view(unpaid).status, InvoiceStatus::Issued);
        prompter.queueText(QStringLiteral("Billed to the wrong customer"));
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        const InvoiceView voided = m_fx.view(unpaid);
        QCOMPARE(voided.status, InvoiceStatus::Void);
        QCOMPARE(voided.voidReason, QStringLiteral("Billed to the wrong customer"));
        QVERIFY(!dialog->voidButton()->isVisible());
        QCOMPARE(
            m_page->model()
                ->data(m_page->model()->index(m_page->model()->rowOf(unpaid), ui::InvoiceListModel::Status))
                .toString(),
            ui::billing_ui::Tr::tr("Void"));
        dialog->close();

        // A paid invoice: core refuses and its message is shown as it came.
        auto *paidDialog = qobject_cast<ui::InvoiceDialog *>(m_page->openInvoice(paid));
        QVERIFY(paidDialog);
        prompter.queueText(QStringLiteral("Customer changed their mind"));
        QVERIFY(!paidDialog->voidInvoice());
        auto direct = m_fx.invoices().voidInvoice(m_fx.manager(), paid, QStringLiteral("again"));
        QVERIFY(!direct.ok());
        QCOMPARE(paidDialog->messageText(), direct.error().message);
        QCOMPARE(m_fx.view(paid).status, InvoiceStatus::Issued);
    }

    void creditsAnInvoice()
    {
        const QString customer = m_fx.customer(10);
        const QString id = m_fx.issued(customer, 40000);
        QVERIFY(!id.isEmpty());
        openPage();
        auto *dialog = qobject_cast<ui::InvoiceDialog *>(m_page->openInvoice(id));
        QVERIFY(dialog);
        ui::CreditNoteDialog *credit = dialog->creditNote();
        QVERIFY(credit);
        QVERIFY(!credit->create()); // a reason is required
        QVERIFY(!credit->problemText().isEmpty());
        credit->reasonField()->setText(QStringLiteral("Oven not cleaned"));
        ui::BillingPrompter::instance().queueButton(QMessageBox::Yes);
        QVERIFY2(credit->create(), qPrintable(credit->problemText()));
        const InvoiceView note = m_fx.view(credit->creditNoteId());
        QCOMPARE(note.kind, InvoiceKind::CreditNote);
        QCOMPARE(note.reason, QStringLiteral("Oven not cleaned"));
        QCOMPARE(m_fx.view(id).balanceMinor, qint64(0));
        QVERIFY(m_page->model()->rowOf(credit->creditNoteId()) >= 0);
    }

    void exportsThreeInvoicesToPdfInTheBackground()
    {
        QStringList ids;
        for (int n = 11; n <= 13; ++n)
            ids << m_fx.issued(m_fx.customer(n), 10000 + n * 100);
        QVERIFY(!ids.contains(QString()));
        openPage();
        auto *selection = m_page->table()->selectionModel();
        selection->clearSelection();
        for (const QString &id : ids)
            selection->select(m_page->model()->index(m_page->model()->rowOf(id), 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_page->selectedIds().size(), 3);
        QTemporaryDir folder;
        ui::BillingPrompter::instance().queuePath(folder.path());
        QTest::mouseClick(m_page->exportButton(), Qt::LeftButton);
        ui::BatchExport *job = m_page->findChild<ui::BatchExport *>();
        QVERIFY(job);
        QVERIFY(job->isRunning()); // the click returned while the export runs
        QVERIFY(job->progressDialog());
        QSignalSpy progressed(job, &ui::BatchExport::progressed);
        QSignalSpy finished(job, &ui::BatchExport::finished);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(progressed.count() >= 3);
        QCOMPARE(job->progressValue(), job->progressMaximum());
        QCOMPARE(job->files().size(), 3);
        const QStringList pdfs = QDir(folder.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 3);
        for (const QString &id : ids) {
            const QString number = m_fx.view(id).number;
            const auto match = std::find_if(
                pdfs.begin(), pdfs.end(), [&](const QString &f) { return f.contains(number); });
            QVERIFY2(match != pdfs.end(), qPrintable(number));
            QVERIFY(test::pdfText(QDir(folder.path()).filePath(*match)).contains(number));
        }
        QVERIFY(m_page->statusText().contains(QStringLiteral("3")));
    }

    void cancellingAnExportStopsIt()
    {
        QStringList ids;
        for (int n = 20; n <= 31; ++n)
            ids << m_fx.issued(m_fx.customer(n), 9900);
        QVERIFY(!ids.contains(QString()));
        openPage();
        QTemporaryDir folder;
        ui::BatchExport *job = m_page->exportPdfs(ids, folder.path(), PaperFormat::A4);
        QVERIFY(job);
        QSignalSpy finished(job, &ui::BatchExport::finished);
        job->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(job->error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(folder.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() < ids.size());
        QVERIFY(m_page->statusText().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestBillingInvoices)
#include "test_billing_invoices.moc"
