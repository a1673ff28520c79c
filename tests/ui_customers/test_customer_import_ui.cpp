// The import wizard from file to report: encoding and delimiter shown, columns guessed and
// changed with a live preview, saved mappings, the dry run, both policies, the worker
// thread, and bad files refused on the first page with core's message.

#include "core/customers/customer_list_model.h"
#include "customers_test_support.h"
#include "ui/customers/import_pages.h"
#include "ui/customers/import_run_pages.h"
#include "ui/customers/import_wizard.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace spoke;

namespace {

// Three customers, one with a bad email (line 3), Windows line ends, a quoted comma.
const QByteArray kCsv = "First Name;Last Name;Mobile Phone;E-mail Address;Street;Tags\r\n"
                        "Lena;Fischer;(555) 040-1111;lena@example.com;3 Harbor View;weekly\r\n"
                        "Omar;Haddad;555-040-2222;omar@@example;9 Lake Road;\r\n"
                        "Chloé;Martin;555 040 3333;chloe@example.fr;\"21 Hill St; Unit 2\";vip\r\n";

} // namespace

class TestCustomerImportUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CustomersFixture> m_f;

    ui::CustomersPage *page() const { return m_f->page.get(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_f->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// Opens the wizard on the file and waits until the first page has read it.
    ui::ImportWizard *openOn(const QString &path)
    {
        ui::ImportWizard *wizard = page()->startImport();
        wizard->setFilePath(path);
        if (!QTest::qWaitFor([wizard] { return !wizard->sourcePage()->isLoading(); }))
            qWarning("the file was not read");
        return wizard;
    }

    /// Next from the mapping page, then waits for the dry run.
    bool toDryRun(ui::ImportWizard *wizard)
    {
        wizard->next();
        return wizard->currentId() == ui::ImportWizard::CheckPage
            && QTest::qWaitFor([wizard] { return !wizard->checkPage()->isChecking(); });
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::CustomersFixture>();
        m_f->add(
            test::person(QStringLiteral("Marc"), QStringLiteral("Dupont"), QStringLiteral("555-010-9999")));
        m_f->open();
    }

    void cleanup() { m_f.reset(); }

    void fromMappingToReport()
    {
        QCOMPARE(page()->listModel()->totalCount(), 1);
        QPointer<ui::ImportWizard> wizard = openOn(write(QStringLiteral("old-crm.csv"), kCsv));
        QVERIFY(wizard->isVisible());
        ui::ImportSourcePage *source = wizard->sourcePage();
        QVERIFY(source->isComplete());
        QVERIFY2(source->summaryText().contains(QLatin1String("UTF-8")), qPrintable(source->summaryText()));
        QVERIFY(source->summaryText().contains(QLatin1String("semicolon")));
        QVERIFY(source->summaryText().contains(QLatin1String("3 rows")));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::MappingPage));
        ui::ImportMappingPage *mapping = wizard->mappingPage();
        // Guessed from the header.
        QCOMPARE(mapping->columnCombo(0)->currentData().toString(), importFieldKey(ImportField::GivenName));
        QCOMPARE(mapping->columnCombo(2)->currentData().toString(), importFieldKey(ImportField::MobilePhone));
        QCOMPARE(mapping->columnCombo(3)->currentData().toString(), importFieldKey(ImportField::Email));
        // The preview reads the first rows as they will be imported, problems included.
        QTableWidget *preview = mapping->previewTable();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Lena Fischer"));
        QCOMPARE(preview->item(2, 3)->text().left(19), QStringLiteral("21 Hill St; Unit 2"));
        QVERIFY(preview->item(1, 4)->text().contains(QLatin1String("omar@@example")));
        // ... and follows every change of a column at once.
        mapping->setColumnField(0, ImportField::Ignore);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Fischer"));
        mapping->setColumnField(0, ImportField::GivenName);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Lena Fischer"));

        QVERIFY(mapping->saveMapping(QStringLiteral("Old CRM")));
        QCOMPARE(m_f->page->context().importer().savedMappings().size(), size_t(1));

        QVERIFY(toDryRun(wizard));
        ui::ImportCheckPage *check = wizard->checkPage();
        QCOMPARE(check->validCount(), 2);
        QCOMPARE(check->invalidCount(), 1);
        QCOMPARE(check->problems()->count(), 1);
        QVERIFY(check->problems()->item(0)->text().startsWith(QLatin1String("Line 3:")));
        QVERIFY(check->isComplete());
        QCOMPARE(page()->listModel()->totalCount(), 1); // a dry run writes nothing
        QVERIFY(check->validRowsOption()->isChecked());

        wizard->next(); // Import: runs on the worker, then shows the report by itself
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ReportPage));
        ui::ImportReportPage *report = wizard->reportPage();
        QCOMPARE(report->importedCount(), 2);
        QCOMPARE(report->rejectedCount(), 1);
        QCOMPARE(report->rejectedList()->count(), 1);
        QVERIFY(report->rejectedList()->item(0)->text().contains(QLatin1String("omar@@example")));
        QVERIFY(report->headline().contains(QLatin1String("2 customers imported")));
        QCOMPARE(wizard->runPage()->progressBar()->value(), 2);

        QCOMPARE(page()->listModel()->totalCount(), 3);
        wizard->accept();
    }

    void savedMappingsComeBack()
    {
        const QString path = write(QStringLiteral("again.csv"), kCsv);
        {
            QPointer<ui::ImportWizard> first = openOn(path);
            first->next();
            first->mappingPage()->setColumnField(5, ImportField::Notes);
            QVERIFY(first->mappingPage()->saveMapping(QStringLiteral("Tags as notes")));
            first->reject();
        }
        QPointer<ui::ImportWizard> wizard = openOn(path);
        wizard->next();
        ui::ImportMappingPage *mapping = wizard->mappingPage();
        QCOMPARE(mapping->columnCombo(5)->currentData().toString(), importFieldKey(ImportField::Tags));
        QCOMPARE(mapping->savedMappings()->count(), 2); // "Choose…" and the saved one
        mapping->applySavedMapping(1);
        QCOMPARE(mapping->columnCombo(5)->currentData().toString(), importFieldKey(ImportField::Notes));
        wizard->reject();
    }

    void allOrNothingImportsNothing()
    {
        QPointer<ui::ImportWizard> wizard = openOn(write(QStringLiteral("strict.csv"), kCsv));
        wizard->next();
        QVERIFY(toDryRun(wizard));
        wizard->checkPage()->allOrNothingOption()->setChecked(true);
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ReportPage));
        QCOMPARE(wizard->reportPage()->headline(), QStringLiteral("Nothing was imported"));
        QCOMPARE(wizard->reportPage()->importedCount(), 0);
        QCOMPARE(wizard->reportPage()->rejectedList()->count(), 1);
        QCOMPARE(page()->listModel()->totalCount(), 1);
        wizard->accept();
    }

    void vCardsSkipTheMapping()
    {
        const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jae-won Park\r\nN:Park;Jae-won;;;\r\n"
                               "TEL;TYPE=cell:555 021 1129\r\nEMAIL:jaewon@example.com\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace O'Neill\r\nN:O'Neill;Grace;;;\r\n"
                               "END:VCARD\r\n";
        QPointer<ui::ImportWizard> wizard = openOn(write(QStringLiteral("contacts.vcf"), vcf));
        QVERIFY(wizard->sourcePage()->isComplete());
        QVERIFY(wizard->sourcePage()->summaryText().contains(QLatin1String("vCard")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::CheckPage));
        QTRY_VERIFY(!wizard->checkPage()->isChecking());
        QCOMPARE(wizard->checkPage()->validCount(), 2);
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ui::ImportWizard::ReportPage));
        QCOMPARE(wizard->reportPage()->importedCount(), 2);
        QCOMPARE(page()->listModel()->totalCount(), 3);
        wizard->accept();
    }

    void badFilesAreRefusedOnTheFirstPage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << QStringLiteral("The file is empty.");
        QTest::newRow("unbalanced quote")
            << QByteArray("Name,Phone\r\n\"Ann Lee,555-010-1212\r\n") << QStringLiteral("never closed");
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 37) % 256);
        QTest::newRow("binary") << junk << QStringLiteral("not text");
    }

    void badFilesAreRefusedOnTheFirstPage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QPointer<ui::ImportWizard> wizard = openOn(write(QStringLiteral("bad.csv"), bytes));
        QVERIFY2(wizard->sourcePage()->errorText().contains(message),
            qPrintable(wizard->sourcePage()->errorText()));
        QVERIFY(!wizard->sourcePage()->isComplete());
        wizard->reject();
    }

    void aHugeFileIsRefusedWithoutReadingIt()
    {
        const QString path = m_f->dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxImportBytes + 1024 * 1024)); // sparse: no disk, no time
        file.close();
        QPointer<ui::ImportWizard> wizard = openOn(path);
        QVERIFY2(wizard->sourcePage()->errorText().contains(QLatin1String("Split it into smaller files")),
            qPrintable(wizard->sourcePage()->errorText()));
        QVERIFY(!wizard->sourcePage()->isComplete());
        wizard->reject();
    }

    void aMissingFileIsSaidSo()
    {
        QPointer<ui::ImportWizard> wizard = openOn(m_f->dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(wizard->sourcePage()->errorText().contains(QLatin1String("There is no file")));
        QVERIFY(!wizard->sourcePage()->isComplete());
        wizard->reject();
    }

    void aTechnicianIsNotOfferedTheImport()
    {
        m_f->actor = test::kTechnician;
        page()->refreshPermissions();
        QVERIFY(!test::shown(page()->importButton()));
    }
};

QTEST_MAIN(TestCustomerImportUi)
#include "test_customer_import_ui.moc"
