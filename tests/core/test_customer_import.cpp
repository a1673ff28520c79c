// Import and export: encodings, delimiters, quoting, bad files, the dry run, the two
// policies, cancel, progress, an import on a worker thread, vCard, export permissions.

#include "core/customers/customer_import.h"
#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/customers/vcard.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace spoke;

namespace {

const Actor kDesk {QStringLiteral("f1"), QStringLiteral("Fran Desk"), Role::FrontDesk};
const Actor kManager {QStringLiteral("m1"), QStringLiteral("Maria Manager"), Role::Manager};

const QByteArray kOutlookCsv
    = QByteArrayLiteral("First Name,Last Name,E-mail Address,Mobile Phone,Home Street,Home City,Home Postal "
                        "Code,Categories,Notes\r\n"
                        "H\xC3\xA9l\xC3\xA8ne,Dubois,helene@example.com,(555) 010-2345,12 Rue des "
                        "Lilas,Springfield,62701,vip;weekly,"
                        "\"Side door, not the front\nDog: Biscuit\"\r\n"
                        "Ann,Ortiz,ann@example.org,555 010 2222,44 Oak Lane,Springfield,62702,,\r\n"
                        "Bad,Phone,bad@example.org,12,1 Elm St,Springfield,62703,,\r\n"
                        "Bad,Email,not-an-email,555 010 3333,2 Elm St,Springfield,62703,,\r\n"
                        "Short,Row,short@example.org\r\n");

} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    std::unique_ptr<LocationDatabase> m_db;
    int m_n = 0;

    qint64 count(const QString &table)
    {
        QSqlQuery q = m_db->query(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    ImportPlan plan(const QByteArray &bytes)
    {
        auto doc = parseCsv(bytes);
        if (!doc)
            qFatal("parse failed: %s", qPrintable(doc.error().message));
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        return importer.planCsv(doc.value(), ImportMapping::guess(doc.value().header));
    }

private slots:
    void init() { m_db = test::createDatabase(m_dir.filePath(QStringLiteral("loc%1").arg(++m_n)), m_store); }
    void cleanup() { m_db.reset(); }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Name,City\nHélène Ançel,Montréal\n김민준,서울\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("UTF-8");
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16le bom") << QByteArray(le.encode(text)) << QStringLiteral("UTF-16LE");
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16be bom") << QByteArray(be.encode(text)) << QStringLiteral("UTF-16BE");
        QStringEncoder leNoBom(QStringEncoder::Utf16LE);
        QTest::newRow("utf-16le no bom") << QByteArray(leNoBom.encode(text)) << QStringLiteral("UTF-16LE");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto doc = parseCsv(bytes);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc.value().encoding, encoding);
        QCOMPARE(doc.value().rows.size(), size_t(2));
        QCOMPARE(
            doc.value().rows[0], (QStringList {QStringLiteral("Hélène Ançel"), QStringLiteral("Montréal")}));
        QCOMPARE(doc.value().rows[1], (QStringList {QStringLiteral("김민준"), QStringLiteral("서울")}));
    }

    void windows1252()
    {
        // "Hélène;Zoë – “quoted”" as Excel on Western Windows saves it.
        const QByteArray bytes("Name;Note\r\nH\xE9l\xE8ne;Zo\xEB \x96 \x93quoted\x94\r\n");
        auto doc = parseCsv(bytes);
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(doc.value().delimiter, QChar(u';'));
        QCOMPARE(doc.value().rows[0].at(0), QStringLiteral("Hélène"));
        QCOMPARE(doc.value().rows[0].at(1), QStringLiteral("Zoë – “quoted”"));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon with commas in values") << QByteArray("a;b\n\"1,5\";2,5\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar(u'\t');
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << QChar(u'|');
    }

    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        auto doc = parseCsv(bytes);
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().delimiter, delimiter);
        QCOMPARE(doc.value().rows.at(0).size(), doc.value().header.size());
    }

    void quotedFieldsWithLineBreaksAndLineNumbers()
    {
        auto doc
            = parseCsv(QByteArray("Name,Notes\r\nA,\"two\r\nlines, \"\"quoted\"\"\"\r\n\r\nB,plain\r\n"));
        QVERIFY(doc.ok());
        QCOMPARE(doc.value().rows.size(), size_t(2)); // the blank line is skipped
        QCOMPARE(doc.value().rows[0].at(1), QStringLiteral("two\r\nlines, \"quoted\""));
        QCOMPARE(doc.value().lines, (std::vector<int> {2, 5}));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only whitespace") << QByteArray("\r\n  \n") << QStringLiteral("empty");
        QTest::newRow("unbalanced quote")
            << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << QStringLiteral("Line 3");
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 256);
        QTest::newRow("binary junk") << junk << QStringLiteral("not text");
        QTest::newRow("zip file") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14)
                                  << QStringLiteral("not text");
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto doc = parseCsv(bytes);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.code(), ErrorCode::InvalidInput);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    }

    void tooLargeIsRefusedClearly()
    {
        auto doc = parseCsv(QByteArray(2048, 'a'), {}, 1024);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QStringLiteral("MB")), qPrintable(doc.error().message));
    }

    void mappingGuessesCommonHeaders()
    {
        const ImportMapping m = ImportMapping::guess(
            {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail Address"),
                QStringLiteral("Mobile Phone"), QStringLiteral("Home Street"), QStringLiteral("ZIP"),
                QStringLiteral("Prénom"), QStringLiteral("Something else")});
        QCOMPARE(m.columns,
            (std::vector<ImportField> {ImportField::GivenName, ImportField::FamilyName, ImportField::Email,
                ImportField::MobilePhone, ImportField::Street, ImportField::PostalCode, ImportField::Ignore,
                ImportField::Ignore}));
        QCOMPARE(ImportMapping::fromJson(m.toJson()).columns, m.columns);
    }

    void dryRunReportsPerRowAndTouchesNothing()
    {
        const ImportPlan p = plan(kOutlookCsv);
        QCOMPARE(p.rows.size(), size_t(5));
        QCOMPARE(p.validCount(), 2);
        QCOMPARE(p.invalidCount(), 3);
        QVERIFY(p.rows[2].problems.join(u' ').contains(QStringLiteral("Line 5"))); // row 1 spans lines 2-3
        QVERIFY(p.rows[3].problems.join(u' ').contains(QStringLiteral("not-an-email")));
        QVERIFY(p.rows[4].problems.join(u' ').contains(QStringLiteral("3 fields")));
        QCOMPARE(p.rows[0].customer.notes, QStringLiteral("Side door, not the front\nDog: Biscuit"));
        QCOMPARE(p.rows[0].customer.tags, (QStringList {QStringLiteral("vip"), QStringLiteral("weekly")}));
        QCOMPARE(count(QStringLiteral("customers")), 0);
    }

    void validRowsOnly()
    {
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        std::vector<std::pair<int, int>> progress;
        auto report = importer.run(kDesk, plan(kOutlookCsv), ImportPolicy::ValidRowsOnly,
            [&](int done, int total) { progress.emplace_back(done, total); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().imported, 2);
        QCOMPARE(report.value().rejected, 3);
        QCOMPARE(report.value().rejectedRows.size(), 3);
        QCOMPARE(count(QStringLiteral("customers")), 2);
        QCOMPARE(progress.back(), std::make_pair(2, 2));
        // Imported customers are searchable at once and the import is audited once.
        CustomerSearch search(*m_db, QStringLiteral("US"));
        QCOMPARE(search.search(kDesk, QStringLiteral("helene")).value().size(), size_t(1));
        QSqlQuery q
            = m_db->query(QStringLiteral("SELECT details FROM audit_log WHERE action = 'customer.import'"));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("\"imported\":2")));
    }

    void allOrNothing()
    {
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        auto report = importer.run(kDesk, plan(kOutlookCsv), ImportPolicy::AllOrNothing);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(count(QStringLiteral("customers")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), 0);
    }

    void cancelLeavesNothing()
    {
        QByteArray csv("Name,Phone\n");
        for (int i = 0; i < 1200; ++i)
            csv += "Person " + QByteArray::number(i) + ",555 010 " + QByteArray::number(1000 + i) + "\n";
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        std::atomic<bool> cancel {false};
        auto report = importer.run(
            kDesk, plan(csv), ImportPolicy::ValidRowsOnly,
            [&](int done, int) {
                if (done >= 1000)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(report.code(), ErrorCode::Cancelled);
        QCOMPARE(count(QStringLiteral("customers")), 0);
        QCOMPARE(count(QStringLiteral("customer_search_map")), 0);
        QCOMPARE(count(QStringLiteral("outbox")), 0);
    }

    void importFlagsDuplicates()
    {
        CustomerService service(*m_db, QStringLiteral("US"));
        Customer existing;
        existing.givenName = QStringLiteral("Helen");
        existing.familyName = QStringLiteral("D");
        existing.phones.push_back({{}, {}, QStringLiteral("5550102345"), {}, true});
        QVERIFY(service.create(kDesk, existing).ok());
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        auto report = importer.run(kDesk, plan(kOutlookCsv), ImportPolicy::ValidRowsOnly);
        QVERIFY(report.ok());
        QCOMPARE(report.value().flaggedDuplicates, 1);
    }

    void importRunsOnAWorkerThread()
    {
        // The UI imports on a worker thread with a connection of its own.
        const ImportPlan p = plan(kOutlookCsv);
        int imported = -1;
        QString error;
        Qt::HANDLE workerThread = nullptr;
        QThread *thread = QThread::create([&] {
            workerThread = QThread::currentThreadId();
            auto sibling = m_db->openSibling();
            if (!sibling) {
                error = sibling.error().message;
                return;
            }
            CustomerImporter importer(*sibling.value(), QStringLiteral("US"));
            auto report = importer.run(kDesk, p, ImportPolicy::ValidRowsOnly);
            if (report)
                imported = report.value().imported;
            else
                error = report.error().message;
        });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(workerThread != QThread::currentThreadId());
        QCOMPARE(imported, 2);
        QCOMPARE(count(QStringLiteral("customers")), 2); // visible to the main connection
    }

    void vcards()
    {
        const QString text
            = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dubois;Hélène;;;\r\nFN:Hélène Dubois\r\n"
                             "TEL;TYPE=CELL,pref:(555) 010-2345\r\nEMAIL;TYPE=INTERNET:helene@example.com\r\n"
                             "ADR;TYPE=HOME:;;12 Rue des Lilas;Springfield;IL;62701;USA\r\nNOTE:Side door\\, "
                             "not the front\\nDog\r\n"
                             "CATEGORIES:vip,weekly\r\nBDAY:1980-04-02\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:김민준\r\nN:김;민준;;;\r\nTEL;VALUE=uri;TYPE="
                             "cell:tel:+1-555-010-4444\r\n"
                             "ORG:Acme\r\n  Cleaning\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Old;Format\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n");
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        const ImportPlan p = importer.planVCards(text);
        QCOMPARE(p.rows.size(), size_t(4));
        QCOMPARE(p.validCount(), 2);
        const Customer &h = p.rows[0].customer;
        QCOMPARE(h.givenName, QStringLiteral("Hélène"));
        QCOMPARE(h.phones.at(0).label, QStringLiteral("mobile"));
        QVERIFY(h.phones.at(0).preferred);
        QCOMPARE(h.addresses.at(0).postalCode, QStringLiteral("62701"));
        QCOMPARE(h.notes, QStringLiteral("Side door, not the front\nDog"));
        QCOMPARE(h.birthday, QDate(1980, 4, 2));
        QCOMPARE(p.rows[1].customer.companyName, QStringLiteral("Acme Cleaning")); // unfolded
        QCOMPARE(p.rows[1].customer.phones.at(0).e164, QStringLiteral("+15550104444"));
        QVERIFY(p.rows[2].problems.join(u' ').contains(QStringLiteral("2.1")));
        QVERIFY(p.rows[3].problems.join(u' ').contains(QStringLiteral("no name")));
        // And back out: what we write, we read.
        const QString card = toVCard(h);
        QVERIFY(card.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n")));
        const auto again = parseVCards(card);
        QCOMPARE(again.size(), size_t(1));
        QCOMPARE(again[0].customer.givenName, h.givenName);
        QCOMPARE(again[0].customer.notes, h.notes);
        QCOMPARE(again[0].customer.tags, h.tags);
        QVERIFY(again[0].problems.isEmpty());
    }

    void exportIsManagerOnlyAuditedAndRoundTrips()
    {
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        QVERIFY(importer.run(kDesk, plan(kOutlookCsv), ImportPolicy::ValidRowsOnly).ok());
        const QString path = m_dir.filePath(QStringLiteral("export%1.csv").arg(m_n));
        QCOMPARE(importer.exportCsv(kDesk, {}, path).code(), ErrorCode::PermissionDenied);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(importer.exportCsv(kManager, {}, path).ok());
        QSqlQuery q
            = m_db->query(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.export'"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The export reads back through the importer with its own header.
        auto doc = parseCsv(test::fileBytes(path));
        QVERIFY(doc.ok());
        const ImportPlan back = importer.planCsv(doc.value(), ImportMapping::guess(doc.value().header));
        QCOMPARE(back.validCount(), 2);
        QCOMPARE(back.rows[0].customer.notes, QStringLiteral("Side door, not the front\nDog: Biscuit"));
        const QString vcf = m_dir.filePath(QStringLiteral("export%1.vcf").arg(m_n));
        QVERIFY(importer.exportVCards(kManager, {}, vcf).ok());
        QCOMPARE(parseVCards(QString::fromUtf8(test::fileBytes(vcf))).size(), size_t(2));
    }

    void savedMappings()
    {
        CustomerImporter importer(*m_db, QStringLiteral("US"));
        ImportMapping m;
        m.columns = {ImportField::FullName, ImportField::Phone};
        QVERIFY(importer.saveMapping(kDesk, QStringLiteral("Old CRM"), m).ok());
        const auto saved = importer.savedMappings();
        QCOMPARE(saved.size(), size_t(1));
        QCOMPARE(saved[0].first, QStringLiteral("Old CRM"));
        QCOMPARE(saved[0].second.columns, m.columns);
    }
};

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "test_customer_import.moc"
