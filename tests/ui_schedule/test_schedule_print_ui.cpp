// Printing and calendar export from the Schedule screen, driven in-process with every dialog
// answered in advance (PrintPrompter): saving a work order as PDF, printing with and without
// an installed printer, the print preview's pages, the paper size, and the calendar export
// dialog writing an .ics without the local-only codes.

#include "core/customers/customer_service.h"
#include "core/location/location_service.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/schedule/work_orders.h"
#include "core/staff/staff_service.h"
#include "support/test_support.h"
#include "ui/print/document_printer.h"
#include "ui/print/print_prompter.h"
#include "ui/schedule/calendar_export_dialog.h"
#include "ui/schedule/schedule_context.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;
using namespace spoke::ui;
using namespace Qt::StringLiterals;

namespace {

/// The error message of a failed result (empty when it succeeded), for QVERIFY2.
template<typename R> QString why(const R &r)
{
    return r.ok() ? QString() : r.error().message;
}

const Actor kManager {u"m1"_s, u"Maria Manager"_s, Role::Manager};
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QString kGate = u"4471#"_s;
const QString kAlarm = u"8023*"_s;

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSchedulePrintUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    // Monday 14 June 2027, 08:00 in New York.
    ManualClock m_clock {QDateTime(QDate(2027, 6, 14), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<ScheduleContext> m_context;
    std::unique_ptr<WorkOrderComposer> m_composer;
    Actor m_actor = kManager;
    QString m_tom, m_job, m_html;

    PrintPrompter &prompter() { return PrintPrompter::instance(); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = test::createDatabase(m_dir.filePath(u"loc"_s), m_store);
        m_db->setClock(&m_clock);
        m_context = std::make_unique<ScheduleContext>(
            *m_db, [this] { return m_actor; }, kNewYork, u"USD"_s, u"US"_s, m_clock);

        ServiceItem s;
        s.name = u"Deep clean"_s;
        s.durationMinutes = 90;
        s.priceMinor = 9000;
        s.currency = u"USD"_s;
        s.taxClass = u"standard"_s;
        auto service = m_context->catalog().save(kManager, s);
        QVERIFY(service.ok());
        StaffService staff(*m_db, PasswordHasher(PasswordHasher::Cost::Minimum));
        auto tom = staff.createStaff(kManager, u"Tom Tech"_s, Role::Technician, SecretKind::Pin, u"2468"_s);
        QVERIFY(tom.ok());
        m_tom = tom.value();
        std::vector<WorkingInterval> hours;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
            hours.push_back({Qt::DayOfWeek(d), QTime(7, 0), QTime(19, 0)});
        QVERIFY(m_context->crews().setWorkingHours(kManager, m_tom, hours).ok());
        QVERIFY(m_context->crews().setSkills(kManager, m_tom, {service.value()}).ok());

        Customer c;
        c.givenName = u"김민준"_s;
        c.phones.push_back({{}, u"mobile"_s, u"(217) 555-0142"_s, {}, true});
        CustomerAddress a;
        a.street = u"221 Maple Avenue"_s;
        a.city = u"Springfield"_s;
        a.accessNotes = u"Knock on the side door"_s;
        a.gateCode = kGate;
        a.alarmCode = kAlarm;
        c.addresses = {a};
        c.preferences.push_back(
            {{}, {}, u"Kitchen, oven"_s, PreferenceKind::Dont, u"do not clean the oven"_s});
        auto customer = m_context->customers().create(kManager, c);
        QVERIFY(customer.ok());

        Job j;
        j.customerId = customer.value();
        j.startUtc = QDateTime(QDate(2027, 6, 15), QTime(9, 0), kNewYork).toUTC();
        j.assignment.technicianIds = {m_tom};
        j.lines.push_back({{}, service.value(), {}, 1, 0, {}, false, 0});
        auto job = m_context->jobs().book(kManager, j);
        QVERIFY2(job.ok(), qPrintable(why(job)));
        m_job = job.value();

        LocationProfile profile;
        profile.businessName = u"Spoke Home Services"_s;
        m_composer
            = std::make_unique<WorkOrderComposer>(*m_db, m_context->jobs(), m_context->customers(), profile);
        auto html = m_composer->workOrderHtml(kManager, m_job);
        QVERIFY(html.ok());
        m_html = html.value();
    }

    void init()
    {
        prompter().clear();
        prompter().setScripted(true);
        DocumentPrinter::setPreferredPageSize(std::nullopt);
        m_actor = kManager;
    }

    void cleanupTestCase()
    {
        m_composer.reset();
        m_context.reset();
        m_db.reset();
    }

    void savePdfWritesThePdf()
    {
        const QString asked = m_dir.filePath(u"work order"_s); // ".pdf" is added
        prompter().queueFileName(asked);
        const QString path = DocumentPrinter::savePdf(nullptr, m_html, u"Work order — 김민준"_s);
        QCOMPARE(path, asked + u".pdf"_s);
        QVERIFY(test::fileBytes(path).startsWith("%PDF-"));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.contains(u"김민준"_s), qPrintable(text));
        QVERIFY(text.contains(kGate));
        // US English: Letter paper.
        QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"(letter)"_s));
        QVERIFY(prompter().log().contains(u"Save as PDF"_s));
    }

    void savePdfFollowsThePaperSetting()
    {
        DocumentPrinter::setPreferredPageSize(QPageSize::A4);
        const QString path = m_dir.filePath(u"a4.pdf"_s);
        prompter().queueFileName(path);
        QCOMPARE(DocumentPrinter::savePdf(nullptr, m_html, u"x"_s), path);
        QVERIFY(run(u"pdfinfo"_s, {path}).contains(u"(A4)"_s));
    }

    void cancellingTheSaveDialogWritesNothing()
    {
        prompter().queueFileName(QString());
        QVERIFY(DocumentPrinter::savePdf(nullptr, m_html, u"x"_s).isEmpty());
        // Unanswered in scripted mode: cancelled, never shown.
        QVERIFY(DocumentPrinter::savePdf(nullptr, m_html, u"x"_s).isEmpty());
        QCOMPARE(QDir(m_dir.path()).entryList({u"x*.pdf"_s}).size(), 0);
    }

    void printWithoutPrinterOffersPdf()
    {
        prompter().setPrintersAvailable(false);
        prompter().queueButton(QMessageBox::Yes);
        const QString path = m_dir.filePath(u"instead.pdf"_s);
        prompter().queueFileName(path);
        QCOMPARE(
            DocumentPrinter::print(nullptr, m_html, u"Work order"_s), DocumentPrinter::Outcome::SavedAsPdf);
        QVERIFY(
            prompter().log().contains(u"No printer is installed on this computer. Save as PDF instead?"_s));
        QVERIFY(test::fileBytes(path).startsWith("%PDF-"));

        // Saying no does nothing more.
        prompter().queueButton(QMessageBox::No);
        const int logged = int(prompter().log().size());
        QCOMPARE(
            DocumentPrinter::print(nullptr, m_html, u"Work order"_s), DocumentPrinter::Outcome::Cancelled);
        QCOMPARE(prompter().log().size(), logged + 1); // the question only, no save dialog
    }

    void printWithPrinterGoesThroughThePrintDialog()
    {
        prompter().setPrintersAvailable(true);
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        prompter().queuePrintTo(path);
        QCOMPARE(DocumentPrinter::print(nullptr, m_html, u"Work order"_s), DocumentPrinter::Outcome::Printed);
        QVERIFY(prompter().log().contains(u"Print Work order"_s));
        const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.contains(u"Preferences respected"_s), qPrintable(text));
        QVERIFY(text.contains(u"do not clean the oven"_s));

        prompter().queuePrintTo(QString());
        QCOMPARE(
            DocumentPrinter::print(nullptr, m_html, u"Work order"_s), DocumentPrinter::Outcome::Cancelled);
    }

    void previewShowsThePages()
    {
        QPrintPreviewDialog *dialog = DocumentPrinter::preview(nullptr, m_html, u"Work order"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(u"Work order"_s));
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 1);
        QPointer<QPrintPreviewDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void fileNamesAreSafe()
    {
        QCOMPARE(DocumentPrinter::fileNameFor(u"Route sheet — Crew A/B: 6/15"_s),
            u"Route sheet — Crew A-B- 6-15.pdf"_s);
        QCOMPARE(DocumentPrinter::fileNameFor(u"a.pdf"_s), u"a.pdf"_s);
    }

    void calendarDialogWritesAnIcsFile()
    {
        CalendarExportDialog dialog(*m_context);
        // This week by default: Sunday 13 to Saturday 19 June in US English.
        QCOMPARE(dialog.fromEdit()->date(), QDate(2027, 6, 13));
        QCOMPARE(dialog.toEdit()->date(), QDate(2027, 6, 19));
        QVERIFY(dialog.selectTechnician(m_tom));
        const QString path = m_dir.filePath(u"tom"_s);
        prompter().queueFileName(path);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        const QByteArray ics = test::fileBytes(path + u".ics"_s);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains(QByteArray(m_job.toUtf8() + "@spoke")));
        QVERIFY(!ics.contains("4471") && !ics.contains("8023"));
        QVERIFY2(dialog.statusText().contains(u"Saved 1 job"_s), qPrintable(dialog.statusText()));

        // A range with no jobs still writes a valid, empty calendar.
        dialog.setRange(QDate(2027, 7, 1), QDate(2027, 7, 2));
        prompter().queueFileName(m_dir.filePath(u"empty.ics"_s));
        QVERIFY(!dialog.save().isEmpty());
        QCOMPARE(test::fileBytes(m_dir.filePath(u"empty.ics"_s)).count("BEGIN:VEVENT"), 0);

        // A backwards range can't be saved.
        dialog.setRange(QDate(2027, 7, 2), QDate(2027, 7, 1));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.statusText().isEmpty());
    }

    void technicianExportsOnlyTheirOwnCalendar()
    {
        m_actor = Actor {m_tom, u"Tom Tech"_s, Role::Technician};
        CalendarExportDialog dialog(*m_context);
        QCOMPARE(dialog.technicianBox()->count(), 1);
        QCOMPARE(dialog.technicianBox()->currentData().toString(), m_tom);
        QVERIFY(!dialog.technicianBox()->isEnabled());
        prompter().queueFileName(m_dir.filePath(u"mine.ics"_s));
        QVERIFY(!dialog.save().isEmpty());
    }
};

QTEST_MAIN(TestSchedulePrintUi)
#include "test_schedule_print_ui.moc"
