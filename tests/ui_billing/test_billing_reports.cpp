// Settings → Billing, the daily cash-up and receivables over a real location database: a tax
// class typed as "8.875" percent saved through core and read back the same; the day's payments
// and refunds by method with their totals, printed to PDF; the aging chart and open invoices
// most overdue first, and a customer's statement printed.

#include "billing_test_support.h"
#include "core/billing/receivables_service.h"
#include "ui/billing/aging_chart.h"
#include "ui/billing/billing_settings_section.h"
#include "ui/billing/cash_up_view.h"
#include "ui/billing/invoices_page.h"
#include "ui/billing/money_input.h"
#include "ui/billing/receivables_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace spoke;

class TestBillingReports : public QObject
{
    Q_OBJECT

    test::BillingFixture m_fx;

    std::unique_ptr<ui::BillingSettingsSection> section()
    {
        auto s = std::make_unique<ui::BillingSettingsSection>(
            *m_fx.db, [this] { return m_fx.current; }, test::kZone, test::kCurrency, m_fx.clock);
        s->resize(900, 1200);
        s->show();
        return s;
    }

    std::unique_ptr<ui::InvoicesPage> page()
    {
        auto p = std::make_unique<ui::InvoicesPage>(
            *m_fx.db, [this] { return m_fx.current; }, test::kZone, test::kCurrency, QStringLiteral("US"),
            m_fx.clock);
        p->resize(1200, 800);
        p->show();
        return p;
    }

    QString payment(const QString &customer, const QString &invoice, qint64 minor, PaymentMethod method)
    {
        PaymentInput in;
        in.customerId = customer;
        in.invoiceId = invoice;
        in.amount = Money(minor, test::kCurrency);
        in.method = method;
        auto id = m_fx.payments().recordPayment(m_fx.frontDesk(), in);
        return id ? id.value() : QString();
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.open());
        m_fx.current = m_fx.manager();
    }

    void cleanup()
    {
        ui::BillingPrompter::instance().clear();
        ui::PrintPrompter::instance().clear();
    }

    void percentTextRoundTrips()
    {
        using namespace ui::billing_text;
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(parsePercent(QStringLiteral("8.875"), en).value(), qint64(88'750));
        QCOMPARE(parsePercent(QStringLiteral("8,875"), fr).value(), qint64(88'750));
        QCOMPARE(parsePercent(QStringLiteral("5 %"), fr).value(), qint64(50'000));
        QCOMPARE(percentText(88'750, en), QStringLiteral("8.875"));
        QCOMPARE(percentText(88'750, fr), QStringLiteral("8,875"));
        QCOMPARE(percentText(50'000, en), QStringLiteral("5"));
        QVERIFY(!parsePercent(QStringLiteral("8.87501"), en).ok()); // finer than a ppm
        QVERIFY(!parsePercent(QStringLiteral("abc"), en).ok());
        QCOMPARE(parseMoney(QStringLiteral("1,234.50"), QStringLiteral("USD"), en)->minor(), qint64(123'450));
        QCOMPARE(parseMoney(QStringLiteral("1 234,5"), QStringLiteral("EUR"), fr)->minor(), qint64(123'450));
        QCOMPARE(parseMoney(QStringLiteral("129.50"), QStringLiteral("EUR"), fr)->minor(), qint64(12'950));
        QVERIFY(!parseMoney(QStringLiteral("12.345"), QStringLiteral("USD"), en).ok());
        QCOMPARE(editText(12'950, QStringLiteral("EUR"), fr), QStringLiteral("129,50"));
        QCOMPARE(
            parseDiscount(QStringLiteral("10%"), QStringLiteral("USD"), en)->kind, Discount::Kind::Percent);
        QCOMPARE(parseDiscount(QStringLiteral("5"), QStringLiteral("USD"), en)->value, qint64(500));
    }

    void taxClassTypedAsPercentTextIsSavedAndReadBack()
    {
        auto s = section();
        QVERIFY(s->saveButton()->isEnabled());
        const int before = s->classTable()->rowCount();
        ui::TaxClassDialog *dialog = s->addClass();
        QVERIFY(dialog);
        dialog->codeField()->setText(QStringLiteral("nyc"));
        dialog->nameField()->setText(QStringLiteral("New York City"));
        qobject_cast<QLineEdit *>(dialog->rateField(0, ui::TaxClassDialog::RateCode))
            ->setText(QStringLiteral("CITY"));
        qobject_cast<QLineEdit *>(dialog->rateField(0, ui::TaxClassDialog::RateName))
            ->setText(QStringLiteral("City sales tax"));
        auto *percent = qobject_cast<QLineEdit *>(dialog->rateField(0, ui::TaxClassDialog::RatePercent));
        // A typo is refused in the dialog and kept for fixing.
        percent->setText(QStringLiteral("8.8.75"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problemText().isEmpty());
        percent->setText(QStringLiteral("8.875"));
        dialog->accept();
        QCOMPARE(s->classTable()->rowCount(), before + 1);
        s->invoicePrefixField()->setText(QStringLiteral("RV-"));
        s->receiptPrefixField()->setText(QStringLiteral("RV-R-"));
        s->termsField()->setValue(30);
        s->footerField()->setPlainText(QStringLiteral("Thank you — Riverside Cleaning"));
        s->pricesIncludeTax()->setChecked(false);
        s->roundingCombo()->setCurrentIndex(s->roundingCombo()->findData(int(RoundingMode::HalfEven)));
        QVERIFY2(s->save(), qPrintable(s->messageText()));

        // Core has exactly what was typed.
        auto settings = m_fx.invoices().settings();
        QVERIFY(settings.ok());
        const auto it = std::find_if(settings->taxClasses.begin(), settings->taxClasses.end(),
            [](const TaxClass &c) { return c.code == QStringLiteral("nyc"); });
        QVERIFY(it != settings->taxClasses.end());
        QCOMPARE(it->name, QStringLiteral("New York City"));
        QCOMPARE(int(it->rates.size()), 1);
        QCOMPARE(it->rates[0].ppm, qint64(88'750));
        QCOMPARE(it->rates[0].code, QStringLiteral("CITY"));
        QCOMPARE(settings->invoicePrefix, QStringLiteral("RV-"));
        QCOMPARE(settings->receiptPrefix, QStringLiteral("RV-R-"));
        QCOMPARE(settings->defaultTermsDays, 30);
        QCOMPARE(settings->tax.rounding, RoundingMode::HalfEven);
        QCOMPARE(settings->footer, QStringLiteral("Thank you — Riverside Cleaning"));

        // A new section reads it back as typed.
        auto again = section();
        int row = -1;
        for (int r = 0; r < again->classTable()->rowCount(); ++r)
            if (again->classTable()->item(r, ui::BillingSettingsSection::ClassCode)->text()
                == QStringLiteral("nyc"))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(again->classTable()
                    ->item(row, ui::BillingSettingsSection::ClassRates)
                    ->text()
                    .contains(QStringLiteral("8.875")));
        ui::TaxClassDialog *edit = again->editClass(row);
        QVERIFY(edit);
        QCOMPARE(qobject_cast<QLineEdit *>(edit->rateField(0, ui::TaxClassDialog::RatePercent))->text(),
            QStringLiteral("8.875"));
        QVERIFY(!edit->codeField()->isEnabled());
        edit->reject();
        QCOMPARE(again->invoicePrefixField()->text(), QStringLiteral("RV-"));
        QCOMPARE(again->termsField()->value(), 30);

        // New invoices use it: a line in the class is taxed 8.875 %.
        InvoiceDraft d;
        d.customerId = m_fx.customer(1);
        InvoiceLine line;
        line.description = QStringLiteral("Deep clean");
        line.unitPriceMinor = 10000;
        line.taxClass = QStringLiteral("nyc");
        d.lines.push_back(line);
        auto totals = m_fx.invoices().previewTotals(d);
        QVERIFY(totals.ok());
        QCOMPARE(totals->taxTotal, qint64(888)); // 887.5 rounded half to even
    }

    void logoIsChosenPreviewedAndSaved()
    {
        auto s = section();
        QImage logo(320, 120, QImage::Format_ARGB32);
        logo.fill(QColor(0x0E, 0x7C, 0x86));
        const QString path = m_fx.dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(path));
        ui::BillingPrompter::instance().queuePath(path);
        QVERIFY(s->chooseLogo());
        QVERIFY(!s->logoPreview()->pixmap().isNull());
        QVERIFY(s->save());
        auto settings = m_fx.invoices().settings();
        QVERIFY(settings.ok());
        QImage stored;
        QVERIFY(stored.loadFromData(settings->logoPng, "PNG"));
        QCOMPARE(stored.size(), QSize(320, 120));
        // A file that is not a picture is refused, and the saved logo stays.
        const QString bogus = m_fx.dir.filePath(QStringLiteral("not-a-logo.png"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        ui::BillingPrompter::instance().queuePath(bogus);
        QVERIFY(!s->chooseLogo());
        QVERIFY(!s->messageText().isEmpty());
    }

    void frontDeskHasNoBillingSettingsAndCoreRefuses()
    {
        m_fx.current = m_fx.frontDesk();
        auto s = section();
        QVERIFY(!s->saveButton()->isEnabled());
        auto settings = m_fx.invoices().settings();
        QVERIFY(settings.ok());
        QCOMPARE(m_fx.invoices().saveSettings(m_fx.frontDesk(), settings.value()).code(),
            ErrorCode::PermissionDenied);
    }

    void cashUpShowsTheDayByMethod()
    {
        const QDate day = test::kNow.toTimeZone(test::kZone).date();
        // The demo may already have taken money today: the test adds to what is there.
        auto before = m_fx.payments().cashUp(m_fx.frontDesk(), day);
        QVERIFY(before.ok());
        auto lineOf = [](const CashUp &c, PaymentMethod m) {
            for (const CashUpLine &l : c.lines)
                if (l.method == m)
                    return l;
            return CashUpLine {};
        };
        const QString a = m_fx.customer(1);
        const QString b = m_fx.customer(2);
        const QString inv1 = m_fx.issued(a, 50000);
        const QString inv2 = m_fx.issued(b, 50000);
        QVERIFY(!inv1.isEmpty() && !inv2.isEmpty());
        QVERIFY(!payment(a, inv1, 10000, PaymentMethod::Cash).isEmpty());
        QVERIFY(!payment(a, inv1, 2550, PaymentMethod::Cash).isEmpty());
        QVERIFY(!payment(b, inv2, 20000, PaymentMethod::Card).isEmpty());
        const QString advance = payment(b, QString(), 3000, PaymentMethod::Cheque);
        QVERIFY(!advance.isEmpty());
        auto refund = m_fx.payments().refund(m_fx.manager(), QStringLiteral("payment"), advance,
            Money(1000, test::kCurrency), PaymentMethod::Cash, QStringLiteral("Overpaid"));
        QVERIFY(refund.ok());

        m_fx.current = m_fx.frontDesk();
        auto p = page();
        QVERIFY(p->showTab(ui::InvoicesPage::Tab::CashUp));
        ui::CashUpView *view = p->cashUpView();
        QCOMPARE(view->dayField()->date(), day);
        QVERIFY2(view->problemText().isEmpty(), qPrintable(view->problemText()));
        const CashUp &c = view->cashUp();
        QCOMPARE(c.takenMinor - before->takenMinor, qint64(35550));
        QCOMPARE(c.refundedMinor - before->refundedMinor, qint64(1000));
        QCOMPARE(c.netMinor - before->netMinor, qint64(34550));
        QCOMPARE(view->netLabel()->text(), Money(c.netMinor, test::kCurrency).format(QLocale()));
        // One row per method and the totals row, as shown.
        QTableWidget *t = view->methodTable();
        QCOMPARE(t->rowCount(), int(allPaymentMethods().size()) + 1);
        auto rowOf = [t](const QString &name) {
            for (int r = 0; r < t->rowCount(); ++r)
                if (t->item(r, ui::CashUpView::Method)->text() == name)
                    return r;
            return -1;
        };
        const CashUpLine cashBefore = lineOf(before.value(), PaymentMethod::Cash);
        const int cash = rowOf(paymentMethodName(PaymentMethod::Cash));
        QVERIFY(cash >= 0);
        QCOMPARE(
            t->item(cash, ui::CashUpView::Payments)->text(), QLocale().toString(cashBefore.payments + 2));
        QCOMPARE(t->item(cash, ui::CashUpView::Taken)->text(),
            Money(cashBefore.takenMinor + 12550, test::kCurrency).format(QLocale()));
        QCOMPARE(t->item(cash, ui::CashUpView::Refunded)->text(),
            Money(cashBefore.refundedMinor + 1000, test::kCurrency).format(QLocale()));
        QCOMPARE(t->item(cash, ui::CashUpView::Net)->text(),
            Money(cashBefore.netMinor + 11550, test::kCurrency).format(QLocale()));
        const int card = rowOf(paymentMethodName(PaymentMethod::Card));
        QCOMPARE(t->item(card, ui::CashUpView::Net)->text(),
            Money(lineOf(before.value(), PaymentMethod::Card).netMinor + 20000, test::kCurrency)
                .format(QLocale()));
        QCOMPARE(t->item(t->rowCount() - 1, ui::CashUpView::Net)->text(),
            Money(c.netMinor, test::kCurrency).format(QLocale()));
        QCOMPARE(view->entryTable()->rowCount(), int(before->entries.size()) + 5);

        // The next day is empty (the demo stops at now).
        view->showDay(day.addDays(1));
        QCOMPARE(view->cashUp().netMinor, qint64(0));
        QCOMPARE(view->entryTable()->rowCount(), 0);

        // Printed to PDF on the receipt roll.
        view->showDay(day);
        view->paperCombo()->setCurrentIndex(view->paperCombo()->findData(int(PaperFormat::Thermal80)));
        const QString pdf = m_fx.dir.filePath(QStringLiteral("cashup.pdf"));
        ui::PrintPrompter::instance().queueFileName(pdf);
        QCOMPARE(view->output(ui::BillingPrint::Output::Pdf), ui::BillingPrint::Outcome::SavedAsPdf);
        const QString text = test::pdfText(pdf);
        QVERIFY2(
            text.contains(Money(view->cashUp().netMinor, test::kCurrency).toPlainString()), qPrintable(text));
    }

    void receivablesShowAgingMostOverdueFirst()
    {
        const QString a = m_fx.customer(1);
        const QString b = m_fx.customer(2);
        const QString old = m_fx.issued(a, 30000); // issued today, due in the default terms
        m_fx.clock.advanceSecs(40 * 24 * 3600);
        const QString recent = m_fx.issued(b, 10000);
        QVERIFY(!old.isEmpty() && !recent.isEmpty());
        m_fx.clock.advanceSecs(10 * 24 * 3600);

        // The front desk has no receivables; managers do.
        m_fx.current = m_fx.frontDesk();
        auto desk = page();
        QVERIFY(!desk->hasTab(ui::InvoicesPage::Tab::Receivables));
        m_fx.current = m_fx.manager();
        auto p = page();
        QVERIFY(p->showTab(ui::InvoicesPage::Tab::Receivables));
        ui::ReceivablesView *view = p->receivablesView();
        QCOMPARE(view->asOfField()->date(), m_fx.clock.nowUtc().toTimeZone(test::kZone).date());
        QVERIFY2(view->problemText().isEmpty(), qPrintable(view->problemText()));
        ReceivablesService receivables(*m_fx.db, test::kZone, test::kCurrency);
        const QDate asOf = view->asOfField()->date();
        auto open = receivables.openInvoices(m_fx.manager(), asOf);
        auto aging = receivables.aging(m_fx.manager(), asOf);
        QVERIFY(open.ok() && aging.ok());
        // Every open invoice, most overdue first, as core lists them.
        QCOMPARE(view->table()->rowCount(), int(open->size()));
        for (int r = 0; r < view->table()->rowCount(); ++r) {
            QCOMPARE(view->table()->item(r, ui::ReceivablesView::Number)->text(), open->at(size_t(r)).number);
            if (r > 0)
                QVERIFY(open->at(size_t(r)).daysPastDue <= open->at(size_t(r - 1)).daysPastDue);
        }
        int mine = -1;
        for (int r = 0; r < view->table()->rowCount(); ++r)
            if (view->openInvoices().at(size_t(r)).invoiceId == old)
                mine = r;
        QVERIFY(mine >= 0);
        const OpenInvoice &first = view->openInvoices().at(size_t(mine));
        QCOMPARE(first.daysPastDue, int(m_fx.view(old).dueDate.daysTo(asOf)));
        QVERIFY(first.daysPastDue > 30);
        QCOMPARE(first.bucket, AgingBucket::Days31To60);
        // The chart shows core's aging; a larger bucket is drawn taller.
        const AgingReport &report = view->chart()->report();
        QCOMPARE(report.totalMinor, aging->totalMinor);
        QCOMPARE(report.openCount, aging->openCount);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(report.bucketMinor[i], aging->bucketMinor[i]);
        int largest = 0;
        int smallest = 0;
        for (int i = 0; i < 5; ++i) {
            if (report.bucketMinor[i] > report.bucketMinor[largest])
                largest = i;
            if (report.bucketMinor[i] < report.bucketMinor[smallest])
                smallest = i;
        }
        QVERIFY(report.bucketMinor[largest] > report.bucketMinor[smallest]);
        QVERIFY(view->chart()->barRect(AgingBucket(largest)).height()
            > view->chart()->barRect(AgingBucket(smallest)).height());
        QCOMPARE(view->totalLabel()->text(), Money(report.totalMinor, test::kCurrency).format(QLocale()));

        // A statement for the selected customer, saved as PDF.
        view->table()->selectRow(mine);
        ui::StatementDialog *statement = view->printStatement();
        QVERIFY(statement);
        const QString pdf = m_fx.dir.filePath(QStringLiteral("statement.pdf"));
        ui::PrintPrompter::instance().queueFileName(pdf);
        QCOMPARE(statement->output(ui::BillingPrint::Output::Pdf), ui::BillingPrint::Outcome::SavedAsPdf);
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(m_fx.view(old).number), qPrintable(text));
    }
};

QTEST_MAIN(TestBillingReports)
#include "test_billing_reports.moc"
