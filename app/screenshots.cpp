#include "app/screenshots.h"

#include "core/demo/demo_data.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/invoice_dialog.h"
#include "ui/billing/invoice_list_model.h"
#include "ui/billing/invoices_page.h"
#include "ui/billing/payment_dialog.h"
#include "ui/common/profile_form.h"
#include "ui/common/prompter.h"
#include "ui/firstrun/first_run_pages.h"
#include "ui/firstrun/first_run_wizard.h"
#include "ui/schedule/booking_dialog.h"
#include "ui/schedule/dispatch_board.h"
#include "ui/schedule/job_dialog.h"
#include "ui/schedule/schedule_context.h"
#include "ui/schedule/schedule_page.h"
#include "ui/settings/settings_page.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/app_controller.h"
#include "ui/shell/location_context.h"
#include "ui/shell/lock_screen.h"
#include "ui/shell/main_window.h"
#include "ui/shell/workspace.h"
#include "ui/startup/open_error_page.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

#include <cstdio>

namespace spoke::app {

namespace {

class Shooter
{
public:
    explicit Shooter(const QString &dir)
        : m_dir(dir)
    { }

    void shoot(QWidget *widget, const QString &name)
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            std::printf("%s\n", qPrintable(path));
        } else {
            std::fprintf(stderr, "spoke: could not write %s\n", qPrintable(path));
            ++m_failures;
        }
    }
    int failures() const { return m_failures; }

private:
    QDir m_dir;
    int m_failures = 0;
};

void shootWizard(Shooter &shooter, const QString &folder, MemoryKeyStore &store, PasswordHasher hasher)
{
    ui::FirstRunWizard wizard(folder, store, hasher);
    wizard.resize(860, 660);
    wizard.show();
    shooter.shoot(&wizard, QStringLiteral("wizard-1-welcome"));
    wizard.next();
    wizard.businessPage()->form()->setProfile(demo::profile());
    shooter.shoot(&wizard, QStringLiteral("wizard-2-business"));
    wizard.next();
    wizard.ownerPage()
        ->findChild<QLineEdit *>(QStringLiteral("ownerName"))
        ->setText(demo::accounts().front().name);
    wizard.ownerPage()
        ->findChild<QLineEdit *>(QStringLiteral("ownerSecret"))
        ->setText(QStringLiteral("1234"));
    wizard.ownerPage()
        ->findChild<QLineEdit *>(QStringLiteral("ownerSecretConfirm"))
        ->setText(QStringLiteral("1234"));
    shooter.shoot(&wizard, QStringLiteral("wizard-3-owner"));
    wizard.next();
    shooter.shoot(&wizard, QStringLiteral("wizard-4-key"));
    store.setAvailable(false);
    wizard.back();
    wizard.next();
    shooter.shoot(&wizard, QStringLiteral("wizard-5-key-no-keychain"));
    store.setAvailable(true);
}

} // namespace

int renderScreenshots(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "spoke: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    ui::Prompter::instance().setScripted(true);
    ui::BillingPrompter::instance().setScripted(true);
    QTemporaryDir temp;
    MemoryKeyStore store;
    // Mid-morning in New York, so the Today page greets the way a front desk would see it.
    const QDateTime morning(QDate::currentDate(), QTime(14, 30), Qt::UTC);
    ManualClock clock(std::max(morning, QDateTime::currentDateTimeUtc().addSecs(60)));
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    Shooter shooter(dir);

    shootWizard(shooter, temp.filePath(QStringLiteral("wizard")), store, hasher);

    const QString folder = temp.filePath(QStringLiteral("demo"));
    if (auto made = demo::create(folder, store, KeySource::Keychain, hasher); !made) {
        std::fprintf(stderr, "spoke: %s\n", qPrintable(made.error().message));
        return 1;
    }
    ui::AppController controller(folder, store, clock, hasher);
    controller.start();
    ui::MainWindow *window = controller.window();
    window->resize(1280, 800);
    shooter.shoot(window, QStringLiteral("sign-in"));

    window->lockScreen()->selectStaff(demo::accounts().front().name);
    window->lockScreen()->secretField()->setText(demo::accounts().front().pin);
    window->lockScreen()->submit();
    if (window->screen() != ui::MainWindow::Screen::Workspace) {
        std::fprintf(stderr, "spoke: the demo owner could not sign in: %s\n",
            qPrintable(window->lockScreen()->problem()));
        return 1;
    }
    for (ui::PageId page : ui::kAllPages) {
        window->goTo(page);
        shooter.shoot(window, ui::pageKey(page));
    }
    // The Schedule screen's day view and dialogs, on the demo's jobs.
    window->goTo(ui::PageId::Schedule);
    if (ui::SchedulePage *schedule = window->workspace()->schedulePage()) {
        schedule->showDay(clock.nowUtc().toTimeZone(schedule->context().zone()).date());
        shooter.shoot(window, QStringLiteral("schedule-day"));
        if (!schedule->board()->snapshot().items.empty()) {
            const QString jobId = schedule->board()->snapshot().items.front().view.job.id;
            ui::JobDialog *job = schedule->openJob(jobId);
            shooter.shoot(job, QStringLiteral("schedule-job"));
            job->close();
        }
        ui::BookingDialog *booking = schedule->bookJob();
        booking->findCustomer(QStringLiteral("Dubois"));
        if (booking->customerResults()->count() > 0)
            booking->customerResults()->setCurrentRow(0);
        booking->selectService(QStringLiteral("Deep clean"));
        booking->refreshSlots();
        shooter.shoot(booking, QStringLiteral("schedule-booking"));
        booking->close();
    }
    // The Invoices screen: an open invoice, taking a payment on it, receivables and the cash-up.
    window->goTo(ui::PageId::Invoices);
    if (ui::InvoicesPage *invoices = window->workspace()->invoicesPage()) {
        QString open;
        for (const InvoiceSummary &row : invoices->model()->rows())
            if (open.isEmpty() && row.kind == InvoiceKind::Invoice && row.status == InvoiceStatus::Issued
                && row.balance.minor() > 0)
                open = row.id;
        if (auto *invoice = qobject_cast<ui::InvoiceDialog *>(invoices->openInvoice(open))) {
            shooter.shoot(invoice, QStringLiteral("invoices-invoice"));
            if (ui::PaymentDialog *payment = invoice->takePayment()) {
                shooter.shoot(payment, QStringLiteral("invoices-take-payment"));
                payment->reject();
            }
            invoice->close();
        }
        invoices->showTab(ui::InvoicesPage::Tab::Receivables);
        shooter.shoot(window, QStringLiteral("invoices-receivables"));
        invoices->showTab(ui::InvoicesPage::Tab::CashUp);
        shooter.shoot(window, QStringLiteral("invoices-cash-up"));
        invoices->showTab(ui::InvoicesPage::Tab::Invoices);
    }
    using Section = ui::SettingsPage::Section;
    const std::pair<Section, const char *> sections[]
        = {{Section::Location, "settings-location"}, {Section::Preferences, "settings-preferences"},
            {Section::Staff, "settings-staff"}, {Section::Security, "settings-security"},
            {Section::Audit, "settings-audit"}, {Section::Services, "settings-services"},
            {Section::Team, "settings-team"}, {Section::Billing, "settings-billing"}};
    window->goTo(ui::PageId::Settings);
    for (const auto &[section, name] : sections) {
        window->workspace()->settingsPage()->showSection(section);
        shooter.shoot(window, QLatin1String(name));
    }
    window->goTo(ui::PageId::Today);

    window->showAbout();
    shooter.shoot(window->aboutDialog(), QStringLiteral("about"));
    window->aboutDialog()->close();

    controller.context()->session().lock();
    shooter.shoot(window, QStringLiteral("lock"));

    window->showPassphrasePrompt(QStringLiteral("The passphrase is wrong."));
    shooter.shoot(window, QStringLiteral("open-passphrase"));
    const std::pair<ErrorCode, const char *> errors[] = {{ErrorCode::WrongKey, "open-error-wrong-key"},
        {ErrorCode::KeyMissing, "open-error-key-missing"}, {ErrorCode::Corrupted, "open-error-corrupted"},
        {ErrorCode::NotSpokeDatabase, "open-error-not-spoke"},
        {ErrorCode::SchemaTooNew, "open-error-schema-too-new"},
        {ErrorCode::FolderNotWritable, "open-error-folder-not-writable"}};
    for (const auto &[code, name] : errors) {
        window->showOpenError(Error {
            code, QStringLiteral("(%1) %2").arg(QLatin1String(name), ui::OpenErrorPage::titleFor(code))});
        shooter.shoot(window, QLatin1String(name));
    }
    return shooter.failures();
}

} // namespace spoke::app
