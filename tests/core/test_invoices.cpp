// Invoices against a real SQLCipher database: billing settings, drafts from completed jobs and
// standalone, issuing (frozen totals, snapshots, jobs invoiced, one unit of work with journal,
// audit, outbox and timeline), gap-free numbering including an injected failure and a real
// crash of another process mid-issue, the triggers that freeze issued documents, credit
// notes, voids, and permissions per role.

#include "billing_fixture.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>
#include <thread>

namespace {

const Actor kTech {u"t1"_s, u"Tess Tech"_s, Role::Technician};
const QByteArray kCrashDb = QByteArrayLiteral("SPOKE_BILLING_CRASH_DB");
const QByteArray kCrashInvoice = QByteArrayLiteral("SPOKE_BILLING_CRASH_INVOICE");
const QByteArray kCrashAt = QByteArrayLiteral("SPOKE_BILLING_CRASH_AT");
const QByteArray kCrashHow = QByteArrayLiteral("SPOKE_BILLING_CRASH_HOW");
const QString kPassphrase = u"crash test passphrase"_s;

/// The child process of crashMidIssue: opens the database, starts issuing, and dies in the
/// middle of the unit of work (when the statement named by SPOKE_BILLING_CRASH_AT is about to
/// run) either by _exit() or by waiting there to be killed with SIGKILL.
int crashChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    MemoryKeyStore store;
    auto db = LocationDatabase::open(
        qEnvironmentVariable(kCrashDb.constData()), store, Secret::fromUtf8(kPassphrase));
    if (!db) {
        std::fprintf(stderr, "child: open failed: %s\n", qPrintable(db.error().message));
        return 2;
    }
    const QString at = qEnvironmentVariable(kCrashAt.constData());
    const bool kill = qEnvironmentVariable(kCrashHow.constData()) == u"kill"_s;
    db.value()->setFaultInjector([&](const QString &sql) {
        if (!sql.contains(at))
            return false;
        if (!kill)
            std::_Exit(42);
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    });
    InvoiceService invoices(*db.value(), kNY, u"USD"_s);
    auto r = invoices.issue(kManager, qEnvironmentVariable(kCrashInvoice.constData()));
    std::fprintf(stderr, "child: issue returned (%s)\n", r ? "ok" : qPrintable(r.error().message));
    return 1;
}

} // namespace

class TestInvoices : public BillingFixture
{
    Q_OBJECT

    qint64 lastNumber(const QString &kind = u"invoice"_s)
    {
        return scalar(u"SELECT last FROM number_sequences WHERE kind = ?"_s, {kind});
    }

private slots:
    void init() { setUpBilling(); }
    void cleanup() { tearDownBilling(); }

    // --- settings ---------------------------------------------------------------------

    void settingsHaveDefaultsAndAreSavedByManagers()
    {
        // A location that never saved billing settings.
        QTemporaryDir dir;
        MemoryKeyStore store;
        auto fresh = test::createDatabase(dir.filePath(u"fresh"_s), store);
        auto defaults = InvoiceService(*fresh, kNY, u"USD"_s).settings();
        QVERIFY(defaults);
        QCOMPARE(defaults->taxClasses.size(), size_t(2));
        QCOMPARE(defaults->taxClasses[0].code, u"standard"_s);
        QVERIFY(defaults->taxClasses[0].rates.empty());
        QCOMPARE(defaults->taxClasses[1].code, u"exempt"_s);
        QCOMPARE(defaults->defaultTermsDays, 14);
        fresh.reset();

        auto saved = m_invoices->settings();
        QVERIFY(saved);
        QCOMPARE(saved->taxClasses.size(), size_t(2));
        QCOMPARE(saved->taxClasses[0].rates.size(), size_t(3));
        QCOMPARE(saved->taxClasses[0].rates[2].ppm, qint64(3750));
        QCOMPARE(saved->invoicePrefix, u"INV-"_s);
        QCOMPARE(saved->creditNotePrefix, u"CN-"_s);
        QCOMPARE(saved->receiptPrefix, u"R-"_s);
        QCOMPARE(saved->footer, u"Thank you! Bank: 000-111"_s);

        BillingSettings s = nySettings();
        s.invoicePrefix = u"NYC-"_s;
        s.tax.pricesIncludeTax = true;
        s.tax.scope = TaxRoundingScope::PerInvoice;
        s.logoPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(40, 'x');
        QCOMPARE(m_invoices->saveSettings(kDesk, s).code(), ErrorCode::PermissionDenied);
        QVERIFY(m_invoices->saveSettings(kManager, s));
        saved = m_invoices->settings();
        QVERIFY(saved->tax.pricesIncludeTax);
        QCOMPARE(saved->tax.scope, TaxRoundingScope::PerInvoice);
        QCOMPARE(saved->logoPng, s.logoPng);
        // The invoice prefix is the location profile's.
        QCOMPARE(LocationService(*m_db).profile()->invoicePrefix, u"NYC-"_s);
        auto head = m_invoices->letterhead();
        QVERIFY(head);
        QCOMPARE(head->businessName, u"Sparkle Test Co"_s);
        QCOMPARE(head->taxIds, u"EIN 12-3456789"_s);
        QCOMPARE(head->footer, s.footer);
        QCOMPARE(head->logoPng, s.logoPng);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'billing.settings'"_s), 2);

        // Refused: no "standard" class, a rate code at two percentages, equal prefixes, a
        // logo that is not a PNG, a class the catalog still uses.
        BillingSettings bad = nySettings();
        bad.taxClasses.erase(bad.taxClasses.begin());
        QCOMPARE(m_invoices->saveSettings(kManager, bad).code(), ErrorCode::InvalidInput);
        bad = nySettings();
        bad.taxClasses[1].rates.push_back({u"NYS"_s, u"NY State"_s, 50'000, false});
        QCOMPARE(m_invoices->saveSettings(kManager, bad).code(), ErrorCode::InvalidInput);
        bad = nySettings();
        bad.creditNotePrefix = bad.invoicePrefix;
        QCOMPARE(m_invoices->saveSettings(kManager, bad).code(), ErrorCode::InvalidInput);
        bad = nySettings();
        bad.logoPng = QByteArrayLiteral("GIF89a");
        QCOMPARE(m_invoices->saveSettings(kManager, bad).code(), ErrorCode::InvalidInput);
        ServiceItem reduced;
        reduced.name = u"Laundry"_s;
        reduced.priceMinor = 1000;
        reduced.taxClass = u"exempt"_s;
        QVERIFY(m_catalog->save(kManager, reduced));
        bad = nySettings();
        bad.taxClasses.pop_back();
        const Status used = m_invoices->saveSettings(kManager, bad);
        QCOMPARE(used.code(), ErrorCode::InvalidInput);
        QVERIFY2(used.error().message.contains(u"exempt"_s), qPrintable(used.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'billing.settings'"_s), 2);
    }

    // --- drafts -----------------------------------------------------------------------

    void draftFromCompletedJobs()
    {
        const QString a = completedJob(ny(2, 22, 9), {{m_clean, 1}});
        const QString b = completedJob(ny(2, 24, 9), {{m_clean, 1}, {m_oven, 2}});
        QCOMPARE(*m_invoices->uninvoicedJobs(kDesk, m_customer), (std::vector<QString> {a, b}));
        auto id = m_invoices->createDraftFromJobs(kDesk, m_customer, {b, a});
        QVERIFY2(id, qPrintable(why(id)));
        const InvoiceView v = invoice(*id);
        QCOMPARE(v.status, InvoiceStatus::Draft);
        QVERIFY(v.number.isEmpty());
        QCOMPARE(v.lines.size(), size_t(3));
        // In the order the jobs were done, with the catalog price and the service's tax class.
        QCOMPARE(v.lines[0].line.jobId, a);
        QCOMPARE(v.lines[0].line.serviceId, m_clean);
        QVERIFY(v.lines[0].line.description.startsWith(u"Deep clean"_s));
        QCOMPARE(v.lines[0].line.unitPriceMinor, qint64(15000));
        QCOMPARE(v.lines[0].line.taxClass, u"standard"_s);
        QCOMPARE(v.lines[2].line.jobId, b);
        QCOMPARE(v.lines[2].line.quantity, qint64(2));
        QCOMPARE(v.lines[2].line.unitPriceMinor, qint64(4500));
        QCOMPARE(v.jobIds, (QStringList {a, b}));
        QCOMPARE(v.termsDays, 14);
        // A draft previews what it would total now: 390.00 + 8.875% taxed per line.
        auto expected = computeTotals(
            {{Money(15000, u"USD"_s), 1, {}, u"standard"_s}, {Money(15000, u"USD"_s), 1, {}, u"standard"_s},
                {Money(4500, u"USD"_s), 2, {}, u"standard"_s}},
            {}, nySettings().taxClasses, {}, u"USD"_s);
        QCOMPARE(v.totals.total, expected->total);
        QCOMPARE(v.totals.subtotal, qint64(39000));
        QVERIFY(m_invoices->uninvoicedJobs(kDesk, m_customer)->empty());
        // Drafts do not sync.
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity IN ('invoice', 'credit_note')"_s), 0);

        // A job already on a draft, a job not completed, another customer's job.
        QCOMPARE(m_invoices->createDraftFromJobs(kDesk, m_customer, {a}).code(), ErrorCode::Conflict);
        const QString booked = must(m_jobs->book(kDesk, draft(ny(3, 2, 9))), "book");
        auto notDone = m_invoices->createDraftFromJobs(kDesk, m_customer, {booked});
        QCOMPARE(notDone.code(), ErrorCode::InvalidInput);
        QVERIFY(notDone.error().message.contains(u"completed"_s));
        const QString theirs = completedJob(ny(2, 23, 9), {}, m_other);
        QCOMPARE(
            m_invoices->createDraftFromJobs(kDesk, m_customer, {theirs}).code(), ErrorCode::InvalidInput);
        QCOMPARE(
            m_invoices->createDraftFromJobs(kTech, m_customer, {theirs}).code(), ErrorCode::PermissionDenied);
    }

    void draftsAreEditedAndDeleted()
    {
        const QString job = completedJob(ny(2, 22, 9));
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        InvoiceDraft d;
        d.id = id;
        d.customerId = m_customer;
        d.lines = {line(2000, 3, u"standard"_s, u"Ironing"_s), line(500)};
        d.invoiceDiscount = Discount::amount(500);
        d.termsDays = 30;
        d.notes = u"Gate code at the office"_s;
        QVERIFY(m_invoices->updateDraft(kDesk, d));
        InvoiceView v = invoice(id);
        QCOMPARE(v.lines.size(), size_t(2));
        QCOMPARE(v.lines[0].line.description, u"Ironing"_s);
        QCOMPARE(v.termsDays, 30);
        QCOMPARE(v.notes, d.notes);
        QCOMPARE(v.invoiceDiscount.value, qint64(500));
        auto preview = m_invoices->previewTotals(d);
        QVERIFY(preview);
        QCOMPARE(v.totals.total, preview->total);
        QCOMPARE(preview->subtotal, qint64(6500));
        // The job left the draft with its line: it can be invoiced again.
        QVERIFY(v.jobIds.isEmpty());
        QCOMPARE(*m_invoices->uninvoicedJobs(kDesk, m_customer), std::vector<QString> {job});
        // Bad lines are refused.
        InvoiceDraft bad = d;
        bad.lines = {line(-1)};
        QCOMPARE(m_invoices->updateDraft(kDesk, bad).code(), ErrorCode::InvalidInput);
        bad.lines = {line(100, 0)};
        QCOMPARE(m_invoices->updateDraft(kDesk, bad).code(), ErrorCode::InvalidInput);
        bad = d;
        bad.currency = u"EUR"_s;
        QCOMPARE(m_invoices->updateDraft(kDesk, bad).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_invoices->previewTotals(InvoiceDraft {}).code(), ErrorCode::InvalidInput); // no lines

        QCOMPARE(m_invoices->deleteDraft(kTech, id).code(), ErrorCode::PermissionDenied);
        QVERIFY(m_invoices->deleteDraft(kDesk, id));
        QCOMPARE(m_invoices->view(kDesk, id).code(), ErrorCode::NotFound);
        QCOMPARE(scalar(u"SELECT count(*) FROM invoice_lines WHERE invoice_id = ?"_s, {id}), 0);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM audit_log WHERE action = 'invoice.draft_delete' AND entity_id = ?"_s,
                {id}),
            1);
        // An issued invoice is never deleted or edited as a draft.
        const QString issued = issuedInvoice(1000);
        QCOMPARE(m_invoices->deleteDraft(kManager, issued).code(), ErrorCode::InvalidInput);
        d.id = issued;
        QCOMPARE(m_invoices->updateDraft(kManager, d).code(), ErrorCode::InvalidInput);
    }

    // --- issuing ----------------------------------------------------------------------

    void issueFreezesTotalsAndMovesJobs()
    {
        const QString job = completedJob(ny(2, 26, 9));
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        QCOMPARE(m_invoices->issue(kDesk, id).code(), ErrorCode::PermissionDenied);
        auto number = m_invoices->issue(kManager, id);
        QVERIFY2(number, qPrintable(why(number)));
        QCOMPARE(*number, u"INV-000001"_s);
        InvoiceView v = invoice(id);
        QCOMPARE(v.status, InvoiceStatus::Issued);
        QCOMPARE(v.number, u"INV-000001"_s);
        // 150.00: NY State 4% = 6.00, NYC 4.5% = 6.75, MCTD 0.375% = 0.5625 -> 0.56.
        QCOMPARE(v.totals.netTotal, qint64(15000));
        QCOMPARE(v.totals.taxTotal, qint64(1331));
        QCOMPARE(v.totals.total, qint64(16331));
        QCOMPARE(v.totals.taxes.size(), size_t(3));
        QCOMPARE(v.totals.taxes[2].code, u"MCTD"_s);
        QCOMPARE(v.totals.taxes[2].minor, qint64(56));
        QCOMPARE(v.lines[0].totals.gross, qint64(16331));
        QCOMPARE(v.balanceMinor, qint64(16331));
        // Local dates: 07:00 in New York on 1 March; due 14 days later.
        QCOMPARE(v.issueDate, QDate(2027, 3, 1));
        QCOMPARE(v.dueDate, QDate(2027, 3, 15));
        QCOMPARE(v.customerName, u"Hélène Dubois"_s);
        QCOMPARE(v.billingAddress, u"12 Rue des Lilas\nSpringfield"_s);
        QCOMPARE(v.issuedBy, kManager.name);
        QCOMPARE(load(job).status, JobStatus::Invoiced);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND detail LIKE '%invoiced%'"_s, {job}),
            1);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM customer_timeline WHERE ref_id = ? AND kind = 'invoice'"_s, {id}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'invoice.issue' AND entity_id = ?"_s,
                     {id}),
            1);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'invoice_issued' AND document_id = ? "
                   "AND amount_minor = 16331"_s,
                {id}),
            1);
        const auto payloads = outboxPayloads(u"invoice"_s, id);
        QCOMPARE(payloads.size(), 1);
        QCOMPARE(payloads[0].value(u"number"_s).toString(), u"INV-000001"_s);
        QCOMPARE(payloads[0].value(u"totalMinor"_s).toString(), u"16331"_s);
        QCOMPARE(payloads[0].value(u"jobIds"_s).toArray().size(), 1);
        QCOMPARE(payloads[0].value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(outboxPayloads(u"job"_s, job).last().value(u"status"_s).toString(), u"invoiced"_s);
        QCOMPARE(outboxPayloads(u"journal_head"_s).size(), 1);

        // New settings do not change an issued invoice: its rates were kept with it.
        BillingSettings s = nySettings();
        s.taxClasses[0].rates = {{u"NYS"_s, u"NY State"_s, 100'000, false}};
        QVERIFY(m_invoices->saveSettings(kManager, s));
        QCOMPARE(invoice(id).totals.total, qint64(16331));
        QCOMPARE(m_invoices->issue(kManager, id).code(), ErrorCode::InvalidInput); // already issued
    }

    void numbersIncreaseWithoutGaps()
    {
        QStringList numbers;
        for (int i = 0; i < 3; ++i)
            numbers << must(m_invoices->issue(kManager, standaloneDraft({line(1000 + i)})), "issue");
        QCOMPARE(numbers, (QStringList {u"INV-000001"_s, u"INV-000002"_s, u"INV-000003"_s}));

        // A refused issue takes no number.
        const QString free = standaloneDraft({line(0)});
        QCOMPARE(m_invoices->issue(kManager, free).code(), ErrorCode::InvalidInput);
        QCOMPARE(lastNumber(), 3);

        // A failure in the middle of the unit of work (the journal, then the outbox, then the
        // commit) undoes everything, the number included.
        const QString job = completedJob(ny(2, 26, 9));
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        for (const QString &failAt : {u"INSERT INTO sales_journal"_s, u"INSERT INTO outbox"_s, u"COMMIT"_s}) {
            m_db->setFaultInjector([&](const QString &sql) { return sql.startsWith(failAt); });
            QCOMPARE(m_invoices->issue(kManager, id).code(), ErrorCode::Storage);
            m_db->setFaultInjector({});
            QCOMPARE(lastNumber(), 3);
            QCOMPARE(invoice(id).status, InvoiceStatus::Draft);
            QCOMPARE(load(job).status, JobStatus::Completed);
            QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal"_s), 3);
            QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'invoice'"_s), 3);
            QVERIFY(SalesJournal::verify(*m_db).ok);
        }
        QCOMPARE(*m_invoices->issue(kManager, id), u"INV-000004"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE number IS NOT NULL"_s), 4);
        QCOMPARE(scalar(u"SELECT max(number_seq) - min(number_seq) + 1 FROM invoices WHERE kind = 'invoice' "
                        "AND number_seq IS NOT NULL"_s),
            4);
        // A new prefix continues the sequence.
        BillingSettings s = nySettings();
        s.invoicePrefix = u"B-"_s;
        QVERIFY(m_invoices->saveSettings(kManager, s));
        QCOMPARE(*m_invoices->issue(kManager, standaloneDraft({line(700)})), u"B-000005"_s);
    }

    void crashMidIssue_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("how");
        QTest::newRow("exit at the journal") << u"INSERT INTO sales_journal"_s << u"exit"_s;
        QTest::newRow("killed at the outbox") << u"INSERT INTO outbox"_s << u"kill"_s;
        QTest::newRow("killed at the job move") << u"UPDATE jobs"_s << u"kill"_s;
    }

    void crashMidIssue()
    {
        QFETCH(QString, at);
        QFETCH(QString, how);
        // A passphrase-keyed location, so another process can open it.
        const QString folder = m_dir.filePath(u"crash%1"_s.arg(m_n));
        {
            auto created = LocationDatabase::create(
                folder, m_store, KeySource::Passphrase, Secret::fromUtf8(kPassphrase));
            QVERIFY(created);
            std::swap(m_db, created.value());
            m_db->setClock(&m_clock);
            created.value().reset();
        }
        // Re-make the services on it (the fixture's point at the first database).
        m_catalog = std::make_unique<CatalogService>(*m_db, u"USD"_s);
        m_jobs = std::make_unique<JobService>(*m_db, kNY, u"USD"_s);
        m_customers = std::make_unique<CustomerService>(*m_db, u"US"_s);
        m_invoices = std::make_unique<InvoiceService>(*m_db, kNY, u"USD"_s);
        LocationProfile profile;
        profile.businessName = u"Crash Test Co"_s;
        profile.timeZone = u"America/New_York"_s;
        QVERIFY(LocationService(*m_db).createProfile(profile));
        QVERIFY(m_invoices->saveSettings(kOwner, nySettings()));
        m_clean = service(u"Deep clean"_s, 120, 15000);
        Customer c;
        c.givenName = u"Crash"_s;
        c.familyName = u"Test"_s;
        m_customer = must(m_customers->create(kDesk, c), "customer");
        m_address.clear();
        QCOMPARE(*m_invoices->issue(kManager, standaloneDraft({line(1000)})), u"INV-000001"_s);
        const QString job = completedJob(ny(2, 26, 9));
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        const qint64 outboxBefore = scalar(u"SELECT count(*) FROM outbox"_s);
        const qint64 auditBefore = scalar(u"SELECT count(*) FROM audit_log"_s);
        m_invoices.reset();
        m_customers.reset();
        m_jobs.reset();
        m_catalog.reset();
        m_db.reset(); // the child has the file to itself

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kCrashDb), folder);
        env.insert(QString::fromLatin1(kCrashInvoice), id);
        env.insert(QString::fromLatin1(kCrashAt), at);
        env.insert(QString::fromLatin1(kCrashHow), how);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        if (how == u"kill"_s) {
            QByteArray out;
            while (!out.contains("ready") && child.state() == QProcess::Running
                && child.waitForReadyRead(60'000))
                out += child.readAllStandardOutput();
            QVERIFY2(out.contains("ready"), child.readAllStandardError().constData());
            child.kill(); // SIGKILL: no destructor, no rollback, no close
            QVERIFY(child.waitForFinished(60'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        } else {
            QVERIFY(child.waitForFinished(60'000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QVERIFY2(child.exitCode() == 42, child.readAllStandardError().constData());
        }

        // Reopened: nothing of the half-done issue is there, and no number was used up.
        auto reopened = LocationDatabase::open(folder, m_store, Secret::fromUtf8(kPassphrase));
        QVERIFY2(reopened, qPrintable(why(reopened)));
        m_db = std::move(reopened).value();
        m_db->setClock(&m_clock);
        m_jobs = std::make_unique<JobService>(*m_db, kNY, u"USD"_s);
        m_invoices = std::make_unique<InvoiceService>(*m_db, kNY, u"USD"_s);
        QCOMPARE(lastNumber(), 1);
        QCOMPARE(invoice(id).status, InvoiceStatus::Draft);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM invoice_lines WHERE invoice_id = ? AND totals <> ''"_s, {id}), 0);
        QCOMPARE(load(job).status, JobStatus::Completed);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outboxBefore);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), auditBefore);
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal"_s), 1);
        QVERIFY(SalesJournal::verify(*m_db).ok);
        QCOMPARE(*m_invoices->issue(kManager, id), u"INV-000002"_s);
        QCOMPARE(load(job).status, JobStatus::Invoiced);
        QVERIFY(SalesJournal::verify(*m_db).ok);
        QVERIFY(AuditLog::verify(*m_db).ok);
    }

    // --- issued documents never change ----------------------------------------------------

    void issuedDocumentsAreFrozenInTheSchema()
    {
        const QString id = issuedInvoice(5000);
        const QString payment = pay(id, 2000);
        const QString lineId = invoice(id).lines[0].line.id;
        for (const QString &sql : {u"UPDATE invoices SET total_minor = 1 WHERE id = ?"_s,
                 u"UPDATE invoices SET notes = 'changed' WHERE id = ?"_s,
                 u"UPDATE invoices SET number = 'X-1' WHERE id = ?"_s,
                 u"UPDATE invoices SET status = 'draft' WHERE id = ?"_s,
                 u"DELETE FROM invoices WHERE id = ?"_s,
                 u"UPDATE invoice_lines SET unit_price_minor = 1 WHERE invoice_id = ?"_s,
                 u"DELETE FROM invoice_lines WHERE invoice_id = ?"_s})
            QVERIFY2(raw(sql, {id}).contains(u"issued document"_s), qPrintable(sql));
        QVERIFY(raw(u"INSERT INTO invoice_lines (id, invoice_id, position, description, quantity, "
                    "unit_price_minor, tax_class) VALUES ('l2', ?, 1, 'extra', 1, 100, 'exempt')"_s,
            {id})
                    .contains(u"issued document"_s));
        for (const QString &sql : {u"UPDATE payments SET amount_minor = 1 WHERE id = ?"_s,
                 u"UPDATE payments SET method = 'card' WHERE id = ?"_s,
                 u"DELETE FROM payments WHERE id = ?"_s})
            QVERIFY2(raw(sql, {payment}).contains(u"payment"_s), qPrintable(sql));
        QVERIFY(raw(u"UPDATE allocations SET amount_minor = 1 WHERE source_id = ?"_s, {payment})
                    .contains(u"allocation"_s));
        QVERIFY(raw(u"DELETE FROM allocations WHERE source_id = ?"_s, {payment}).contains(u"allocation"_s));
        // What may move: the balance, and the customer link (a merge).
        QVERIFY(raw(u"UPDATE invoices SET balance_minor = balance_minor WHERE id = ?"_s, {id}).isEmpty());
        InvoiceView v = invoice(id);
        QCOMPARE(v.totals.total, qint64(5000));
        QCOMPARE(v.lines[0].line.id, lineId);
        QCOMPARE(v.balanceMinor, qint64(3000));
        // A void invoice is frozen too.
        const QString other = issuedInvoice(700);
        QVERIFY(m_invoices->voidInvoice(kManager, other, u"Typed twice"_s));
        QVERIFY(!raw(u"UPDATE invoices SET status = 'issued' WHERE id = ?"_s, {other}).isEmpty());
        QVERIFY(!raw(u"UPDATE invoices SET void_reason = 'x' WHERE id = ?"_s, {other}).isEmpty());
    }

    // --- credit notes -------------------------------------------------------------------

    void creditNotes()
    {
        const QString job = completedJob(ny(2, 26, 9), {{m_clean, 1}, {m_oven, 1}});
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        (void)must(m_invoices->issue(kManager, id), "issue");
        const InvoiceView inv = invoice(id);
        QCOMPARE(m_invoices->creditNote(kManager, id, {}, u"  "_s).code(), ErrorCode::InvalidInput);
        QCOMPARE(
            m_invoices->creditNote(kDesk, id, {}, u"Oven not done"_s).code(), ErrorCode::PermissionDenied);

        // Part of it (the oven line, at the invoice's own rates) while unpaid: it settles the
        // balance and leaves no credit.
        std::vector<InvoiceLine> oven {inv.lines[1].line};
        auto cn = m_invoices->creditNote(kManager, id, oven, u"Oven not done"_s);
        QVERIFY2(cn, qPrintable(why(cn)));
        const InvoiceView c = invoice(*cn);
        QCOMPARE(c.kind, InvoiceKind::CreditNote);
        QCOMPARE(c.number, u"CN-000001"_s);
        QCOMPARE(c.creditedInvoiceId, id);
        QCOMPARE(c.creditedInvoiceNumber, inv.number);
        QCOMPARE(c.reason, u"Oven not done"_s);
        QCOMPARE(c.totals.total, inv.lines[1].totals.gross);
        QCOMPARE(c.balanceMinor, qint64(0));
        InvoiceView after = invoice(id);
        QCOMPARE(after.creditedMinor, c.totals.total);
        QCOMPARE(after.balanceMinor, inv.totals.total - c.totals.total);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM allocations WHERE source_id = ? AND invoice_id = ?"_s, {*cn, id}),
            1);
        QCOMPARE(outboxPayloads(u"credit_note"_s, *cn).size(), 1);
        QCOMPARE(outboxPayloads(u"allocation"_s).size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'credit_note_issued'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'credit_note.issue'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE kind = 'credit_note'"_s), 1);
        // The invoice itself did not change and its job stays invoiced.
        QCOMPARE(after.totals.total, inv.totals.total);
        QCOMPARE(load(job).status, JobStatus::Invoiced);

        // Paid in full, then the rest credited: the credit note's amount is customer credit.
        (void)pay(id, after.balanceMinor);
        const qint64 rest = inv.totals.total - c.totals.total;
        // More than what is left to credit is refused.
        std::vector<InvoiceLine> tooMuch {line(rest + 1)};
        QCOMPARE(
            m_invoices->creditNote(kManager, id, tooMuch, u"Goodwill"_s).code(), ErrorCode::InvalidInput);
        auto whole = m_invoices->creditNote(kManager, id, {line(rest)}, u"Goodwill"_s);
        QVERIFY2(whole, qPrintable(why(whole)));
        QCOMPARE(invoice(*whole).number, u"CN-000002"_s);
        QCOMPARE(invoice(*whole).balanceMinor, rest);
        QCOMPARE(m_payments->account(kDesk, m_customer)->credit.minor(), rest);
        QCOMPARE(m_invoices->creditNote(kManager, id, {line(1)}, u"Again"_s).code(), ErrorCode::InvalidInput);
        // A credit note is not credited, paid or voided.
        QCOMPARE(m_invoices->creditNote(kManager, *whole, {}, u"x"_s).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_invoices->voidInvoice(kManager, *whole, u"x"_s).code(), ErrorCode::InvalidInput);

        // The whole of an invoice at once mirrors it exactly (its discount included).
        const QString disc = standaloneDraft({line(3333, 3, u"standard"_s)});
        InvoiceDraft d;
        d.id = disc;
        d.customerId = m_customer;
        d.lines = {line(3333, 3, u"standard"_s), line(1999)};
        d.invoiceDiscount = Discount::percent(100'000);
        QVERIFY(m_invoices->updateDraft(kDesk, d));
        (void)must(m_invoices->issue(kManager, disc), "issue");
        const InvoiceView dv = invoice(disc);
        auto all = m_invoices->creditNote(kManager, disc, {}, u"Cancelled order"_s);
        QVERIFY2(all, qPrintable(why(all)));
        const InvoiceView av = invoice(*all);
        QCOMPARE(av.totals.total, dv.totals.total);
        QCOMPARE(av.totals.taxTotal, dv.totals.taxTotal);
        QCOMPARE(av.lines.size(), dv.lines.size());
        QCOMPARE(balance(disc), qint64(0));
        // Void invoices and drafts are not credited.
        const QString voided = issuedInvoice(800);
        QVERIFY(m_invoices->voidInvoice(kManager, voided, u"Wrong customer"_s));
        QCOMPARE(m_invoices->creditNote(kManager, voided, {}, u"x"_s).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_invoices->creditNote(kManager, standaloneDraft({line(5)}), {}, u"x"_s).code(),
            ErrorCode::InvalidInput);
    }

    // --- voids --------------------------------------------------------------------------

    void voidRules()
    {
        const QString job = completedJob(ny(2, 26, 9));
        const QString id = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        (void)must(m_invoices->issue(kManager, id), "issue");
        QCOMPARE(m_invoices->voidInvoice(kDesk, id, u"Wrong customer"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_invoices->voidInvoice(kManager, id, u" "_s).code(), ErrorCode::InvalidInput);
        QVERIFY(m_invoices->voidInvoice(kManager, id, u"Wrong customer"_s));
        const InvoiceView v = invoice(id);
        QCOMPARE(v.status, InvoiceStatus::Void);
        QCOMPARE(v.voidReason, u"Wrong customer"_s);
        QCOMPARE(v.voidedAtUtc, m_clock.nowUtc());
        QCOMPARE(v.balanceMinor, qint64(0));
        QCOMPARE(v.number, u"INV-000001"_s); // the number stays used
        QCOMPARE(load(job).status, JobStatus::Completed);
        QCOMPARE(scalar(u"SELECT active FROM invoice_jobs WHERE invoice_id = ?"_s, {id}), 0);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM job_events WHERE job_id = ? AND detail LIKE 'invoiced → completed%'"_s,
                {job}),
            1);
        QCOMPARE(*m_invoices->uninvoicedJobs(kDesk, m_customer), std::vector<QString> {job});
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'invoice_voided'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'invoice.void'"_s), 1);
        QCOMPARE(m_invoices->voidInvoice(kManager, id, u"again"_s).code(), ErrorCode::InvalidInput);
        // The synced payload changed only in its void fields.
        auto payloads = outboxPayloads(u"invoice"_s, id);
        QCOMPARE(payloads.size(), 2);
        QJsonObject voided = payloads[1];
        QCOMPARE(voided.value(u"status"_s).toString(), u"void"_s);
        QCOMPARE(voided.value(u"voidReason"_s).toString(), u"Wrong customer"_s);
        for (const QString &k : {u"status"_s, u"voidReason"_s, u"voidedAt"_s})
            voided.remove(k);
        QJsonObject issued = payloads[0];
        issued.remove(u"status"_s);
        QCOMPARE(voided, issued);
        // The job is invoiced again on a new invoice, with the next number.
        const QString again = must(m_invoices->createDraftFromJobs(kDesk, m_customer, {job}), "draft");
        QCOMPARE(*m_invoices->issue(kManager, again), u"INV-000002"_s);

        // A paid (or partly paid) invoice is not voided: credit it instead.
        (void)pay(again, 100);
        const Status paid = m_invoices->voidInvoice(kManager, again, u"Wrong customer"_s);
        QCOMPARE(paid.code(), ErrorCode::InvalidInput);
        QVERIFY2(paid.error().message.contains(u"credit note"_s), qPrintable(paid.error().message));
        QCOMPARE(invoice(again).status, InvoiceStatus::Issued);
        // Nor one a credit note settled.
        const QString credited = issuedInvoice(900);
        (void)must(m_invoices->creditNote(kManager, credited, {line(100)}, u"Late"_s), "credit");
        QCOMPARE(m_invoices->voidInvoice(kManager, credited, u"x"_s).code(), ErrorCode::InvalidInput);
        // A draft is deleted, not voided.
        QCOMPARE(m_invoices->voidInvoice(kManager, standaloneDraft({line(5)}), u"x"_s).code(),
            ErrorCode::InvalidInput);
    }

    // --- permissions ------------------------------------------------------------------

    void permissionsPerRole()
    {
        const QString id = issuedInvoice(1000);
        const QString d = standaloneDraft({line(500)});
        // Technicians see no invoices.
        QCOMPARE(m_invoices->view(kTech, id).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_invoices->list(kTech, {}).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_invoices->uninvoicedJobs(kTech, m_customer).code(), ErrorCode::PermissionDenied);
        QCOMPARE(
            m_invoices->createDraft(kTech, InvoiceDraft {{}, m_customer, {}, {line(1)}, {}, -1, {}}).code(),
            ErrorCode::PermissionDenied);
        // The front desk sees and prepares, but does not issue, credit or void.
        QVERIFY(m_invoices->view(kDesk, id));
        QCOMPARE(m_invoices->list(kDesk, {})->size(), size_t(2));
        QCOMPARE(m_invoices->issue(kDesk, d).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_invoices->creditNote(kDesk, id, {}, u"x"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_invoices->voidInvoice(kDesk, id, u"x"_s).code(), ErrorCode::PermissionDenied);
        // Managers and owners do all of it.
        QVERIFY(m_invoices->issue(kOwner, d));
        QVERIFY(m_invoices->creditNote(kManager, id, {line(100)}, u"x"_s));
        QVERIFY(m_invoices->voidInvoice(kOwner, d, u"x"_s));
        // Lists filter.
        InvoiceFilter open;
        open.openOnly = true;
        QCOMPARE(m_invoices->list(kDesk, open)->size(), size_t(1));
        InvoiceFilter text;
        text.text = u"CN-"_s;
        QCOMPARE(m_invoices->list(kDesk, text)->size(), size_t(1));
        text.text = u"dubois"_s;
        QCOMPARE(m_invoices->list(kDesk, text)->size(), size_t(3));
        InvoiceFilter theirs;
        theirs.customerId = m_other;
        QVERIFY(m_invoices->list(kDesk, theirs)->empty());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kCrashDb.constData()))
        return crashChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestInvoices test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_invoices.moc"
