// Renders the billing screens to PNG with the application's theme (QWidget::grab), left to
// right and right to left, into $SPOKE_BILLING_SHOTS or /tmp/billing-ui: the Invoices list,
// an invoice, a draft, taking a payment, receivables with the aging chart, the cash-up,
// Settings → Billing and a customer's billing card. Each picture must be written and not blank.

#include "billing_test_support.h"
#include "ui/billing/aging_chart.h"
#include "ui/billing/billing_settings_section.h"
#include "ui/billing/cash_up_view.h"
#include "ui/billing/customer_billing_card.h"
#include "ui/billing/draft_editor.h"
#include "ui/billing/invoice_dialog.h"
#include "ui/billing/invoice_list_model.h"
#include "ui/billing/invoices_page.h"
#include "ui/billing/money_input.h"
#include "ui/billing/payment_dialog.h"
#include "ui/billing/receivables_view.h"
#include "ui/common/theme.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/customers_page.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace spoke;

class TestBillingScreenshots : public QObject
{
    Q_OBJECT

    test::BillingFixture m_fx;
    QDir m_out;

    void shoot(QWidget *w, const QString &name)
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        // Not blank: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        QVERIFY(image.save(m_out.filePath(name + QStringLiteral(".png"))));
    }

    /// A location with a few weeks of billing: paid, part-paid, overdue, a draft, a void, a credit note.
    void fill()
    {
        const Actor manager = m_fx.manager();
        QStringList ids;
        for (int n = 1; n <= 6; ++n)
            ids << m_fx.issued(m_fx.customer(n), 8000 + n * 2350, QStringLiteral("Deep clean"));
        m_fx.clock.advanceSecs(20 * 24 * 3600);
        for (int n = 7; n <= 10; ++n)
            ids << m_fx.issued(m_fx.customer(n), 12000 + n * 1100, QStringLiteral("Move-out clean"));
        m_fx.clock.advanceSecs(30 * 24 * 3600);
        for (int n = 11; n <= 13; ++n)
            ids << m_fx.issued(m_fx.customer(n), 9500, QStringLiteral("Window cleaning"));
        m_fx.draft(m_fx.customer(14), 15000, QStringLiteral("Carpet shampoo"));
        auto pay = [&](int index, qint64 minor, PaymentMethod method) {
            PaymentInput in;
            in.invoiceId = ids.at(index);
            in.customerId = m_fx.view(ids.at(index)).customerId;
            in.amount = Money(minor, test::kCurrency);
            in.method = method;
            QVERIFY(m_fx.payments().recordPayment(m_fx.frontDesk(), in).ok());
        };
        pay(0, m_fx.view(ids.at(0)).balanceMinor, PaymentMethod::Card);
        pay(2, 5000, PaymentMethod::Cash);
        pay(7, m_fx.view(ids.at(7)).balanceMinor, PaymentMethod::Cheque);
        pay(11, 3000, PaymentMethod::Cash);
        pay(12, m_fx.view(ids.at(12)).balanceMinor, PaymentMethod::BankTransfer);
        QVERIFY(m_fx.invoices().voidInvoice(manager, ids.at(10), QStringLiteral("Duplicate")).ok());
        QVERIFY(m_fx.invoices().creditNote(manager, ids.at(9), {}, QStringLiteral("Service not done")).ok());
    }

    std::unique_ptr<ui::InvoicesPage> page()
    {
        auto p = std::make_unique<ui::InvoicesPage>(
            *m_fx.db, [this] { return m_fx.current; }, test::kZone, test::kCurrency, QStringLiteral("US"),
            m_fx.clock);
        p->resize(1280, 760);
        p->show();
        return p;
    }

    void shootAll(const QString &suffix)
    {
        auto p = page();
        shoot(p.get(), QStringLiteral("invoices-page") + suffix);
        // The layout mirrors: "New invoice" ends the toolbar, at the right in English and at
        // the left in Arabic.
        const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
        const int newX = p->newButton()->mapTo(p.get(), QPoint()).x();
        const int searchX = p->searchField()->mapTo(p.get(), QPoint()).x();
        QCOMPARE(newX < searchX, rtl);

        QString open;
        for (const InvoiceSummary &row : p->model()->rows())
            if (open.isEmpty() && row.kind == InvoiceKind::Invoice && row.status == InvoiceStatus::Issued
                && row.balance.minor() > 5000)
                open = row.id;
        QVERIFY(!open.isEmpty());
        auto *invoice = qobject_cast<ui::InvoiceDialog *>(p->openInvoice(open));
        QVERIFY(invoice);
        shoot(invoice, QStringLiteral("invoice-dialog") + suffix);
        ui::PaymentDialog *payment = invoice->takePayment();
        QVERIFY(payment);
        payment->referenceField()->setText(QStringLiteral("Cheque 1042"));
        shoot(payment, QStringLiteral("take-payment") + suffix);
        payment->amountField()->setText(QStringLiteral("20"));
        QVERIFY(payment->record());
        shoot(payment, QStringLiteral("take-payment-done") + suffix);
        payment->close();
        invoice->close();

        ui::DraftEditor *draft = p->newDraft(m_fx.customer(15));
        QVERIFY(draft);
        qobject_cast<QLineEdit *>(draft->lineField(0, ui::DraftEditor::Description))
            ->setText(QStringLiteral("Deep clean, 3 bedrooms"));
        qobject_cast<QLineEdit *>(draft->lineField(0, ui::DraftEditor::UnitPrice))
            ->setText(QStringLiteral("289.00"));
        const int second = draft->addLine();
        qobject_cast<QLineEdit *>(draft->lineField(second, ui::DraftEditor::Description))
            ->setText(QStringLiteral("Oven clean"));
        qobject_cast<QLineEdit *>(draft->lineField(second, ui::DraftEditor::UnitPrice))
            ->setText(QStringLiteral("65"));
        qobject_cast<QLineEdit *>(draft->lineField(second, ui::DraftEditor::LineDiscount))
            ->setText(QStringLiteral("10%"));
        draft->invoiceDiscountField()->setText(QStringLiteral("5"));
        draft->invoiceDiscountField()->textEdited(draft->invoiceDiscountField()->text());
        shoot(draft, QStringLiteral("draft-editor") + suffix);
        ui::BillingPrompter::instance().queueButton(QMessageBox::Discard);
        draft->close();

        QVERIFY(p->showTab(ui::InvoicesPage::Tab::Receivables));
        shoot(p.get(), QStringLiteral("receivables") + suffix);
        // The chart reads in the direction of the language: "current" comes first.
        const ui::AgingChart *chart = p->receivablesView()->chart();
        QCOMPARE(chart->barRect(AgingBucket::Current).x() < chart->barRect(AgingBucket::Over90).x(), !rtl);
        QVERIFY(p->showTab(ui::InvoicesPage::Tab::CashUp));
        shoot(p.get(), QStringLiteral("cash-up") + suffix);

        QWidget holder;
        holder.resize(560, 620);
        auto *column = new QVBoxLayout(&holder);
        ui::CustomerBillingCard *card = p->customerCard(m_fx.customer(3), &holder);
        QVERIFY(card);
        column->addWidget(card);
        column->addStretch(1);
        holder.show();
        shoot(&holder, QStringLiteral("customer-card") + suffix);

        // The card where the shell puts it: on the customer's profile, above the timeline.
        ui::CustomersPage customers(
            *m_fx.db, [this] { return m_fx.current; }, QStringLiteral("US"));
        customers.profileView()->setBillingPart(
            [&p](const QString &id, QWidget *host) -> QWidget * { return p->customerCard(id, host); });
        customers.resize(1280, 900);
        customers.show();
        customers.openCustomer(m_fx.customer(3));
        QVERIFY(customers.profileView()->billingPart());
        shoot(&customers, QStringLiteral("customer-profile") + suffix);

        ui::BillingSettingsSection settings(
            *m_fx.db, [this] { return m_fx.current; }, test::kZone, test::kCurrency, m_fx.clock);
        QScrollArea scroll;
        scroll.setWidgetResizable(true);
        scroll.resize(900, 1300);
        settings.setParent(&scroll);
        scroll.setWidget(&settings);
        scroll.show();
        shoot(&scroll, QStringLiteral("settings-billing") + suffix);
        scroll.takeWidget();
    }

private slots:
    void initTestCase()
    {
        ui::applyTheme(*qApp);
        const QString dir = qEnvironmentVariableIsSet("SPOKE_BILLING_SHOTS")
            ? qEnvironmentVariable("SPOKE_BILLING_SHOTS")
            : QStringLiteral("/tmp/billing-ui");
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
        QVERIFY(m_fx.open());
        m_fx.current = m_fx.manager();
        fill();
    }

    void leftToRight()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        shootAll(QString());
    }

    void rightToLeft()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        shootAll(QStringLiteral("-rtl"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestBillingScreenshots)
#include "test_billing_screenshots.moc"
