// The hash-chained sales journal: one entry per issue, credit note, void, payment, refund
// and credit applied, in the same unit of work; verify() passes after a realistic day and
// finds an edited amount, a deleted entry, an inserted entry, a removed tail and an edited
// head; the head is queued for sync.

#include "billing_fixture.h"

class TestSalesJournal : public BillingFixture
{
    Q_OBJECT

    /// A day at the front desk: every kind of entry, in this order.
    void realisticDay()
    {
        const QString a = issuedInvoice(12000); // 1 invoice_issued
        (void)pay(a, 5000, PaymentMethod::Card); // 2 payment
        const QString b = issuedInvoice(3000); // 3 invoice_issued
        QVERIFY(m_invoices->voidInvoice(kManager, b, u"Duplicate"_s)); // 4 invoice_voided
        (void)must(m_invoices->creditNote(kManager, a, {line(2000)}, u"Late arrival"_s), "credit"); // 5
        const QString c = issuedInvoice(4000); // 6 invoice_issued
        const QString over = pay(c, 6000, PaymentMethod::Cash, true); // 7 payment, 2000 unused
        (void)must(m_payments->refund(kManager, u"payment"_s, over, Money(500, u"USD"_s), PaymentMethod::Cash,
                       u"Change given back"_s),
            "refund"); // 8 refund
        QVERIFY(m_payments->applyCredit(kDesk, a, Money(1500, u"USD"_s))); // 9 credit_applied
    }

    void dropTriggers()
    {
        QVERIFY(raw(u"DROP TRIGGER sales_journal_no_update"_s).isEmpty());
        QVERIFY(raw(u"DROP TRIGGER sales_journal_no_delete"_s).isEmpty());
    }

private slots:
    void init() { setUpBilling(); }
    void cleanup() { tearDownBilling(); }

    void verifiesARealisticDay()
    {
        QVERIFY(SalesJournal::verify(*m_db).ok); // empty
        QCOMPARE(SalesJournal::head(*m_db).first, qint64(0));
        realisticDay();
        const auto v = SalesJournal::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entriesChecked, qint64(9));
        QCOMPARE(v.firstBadSeq, qint64(0));
        const auto entries = SalesJournal::entries(*m_db, 1, 100);
        QStringList kinds;
        for (const JournalEntry &e : entries)
            kinds << e.kind;
        QCOMPARE(kinds,
            (QStringList {u"invoice_issued"_s, u"payment"_s, u"invoice_issued"_s, u"invoice_voided"_s,
                u"credit_note_issued"_s, u"invoice_issued"_s, u"payment"_s, u"refund"_s,
                u"credit_applied"_s}));
        QCOMPARE(entries[0].documentNumber, u"INV-000001"_s);
        QCOMPARE(entries[0].amountMinor, qint64(12000));
        QCOMPARE(entries[0].currency, u"USD"_s);
        QCOMPARE(entries[0].customerId, m_customer);
        QCOMPARE(entries[0].staffName, kManager.name);
        QCOMPARE(entries[1].staffName, kDesk.name);
        QCOMPARE(entries[1].details.value(u"method"_s).toString(), u"card"_s);
        QCOMPARE(entries[4].documentNumber, u"CN-000001"_s);
        QCOMPARE(entries[7].amountMinor, qint64(500));
        for (size_t i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries[i].seq, entries[i - 1].seq + 1);
            QCOMPARE(entries[i].prevHash, entries[i - 1].hash);
        }
        QCOMPARE(entries[0].prevHash, QString(64, u'0'));
        const auto [seq, hash] = SalesJournal::head(*m_db);
        QCOMPARE(seq, qint64(9));
        QCOMPARE(hash, entries.back().hash);
        // Every new head was queued for head office.
        const auto heads = outboxPayloads(u"journal_head"_s);
        QCOMPARE(heads.size(), 9);
        QCOMPARE(heads.last().value(u"hash"_s).toString(), hash);
        QCOMPARE(heads.last().value(u"seq"_s).toString(), u"9"_s);
        QCOMPARE(SalesJournal::entries(*m_db, 8, 10).size(), size_t(2));
        // Drafts, settings and views write nothing to it.
        (void)standaloneDraft({line(100)});
        QVERIFY(m_invoices->saveSettings(kManager, nySettings()));
        QCOMPARE(SalesJournal::head(*m_db).first, qint64(9));
    }

    void isAppendOnlyInTheSchema()
    {
        realisticDay();
        QVERIFY(raw(u"UPDATE sales_journal SET amount_minor = 1 WHERE seq = 1"_s).contains(u"append-only"_s));
        QVERIFY(raw(u"DELETE FROM sales_journal WHERE seq = 9"_s).contains(u"append-only"_s));
        QVERIFY(SalesJournal::verify(*m_db).ok);
    }

    void anEntryIsWrittenWithItsUnitOfWorkOrNotAtAll()
    {
        const QString a = issuedInvoice(12000);
        m_db->setFaultInjector(
            [](const QString &sql) { return sql.startsWith(u"INSERT INTO sales_journal_head"_s); });
        PaymentInput in;
        in.customerId = m_customer;
        in.invoiceId = a;
        in.amount = Money(100, u"USD"_s);
        QCOMPARE(m_payments->recordPayment(kDesk, in).code(), ErrorCode::Storage);
        m_db->setFaultInjector([](const QString &sql) { return sql.startsWith(u"INSERT INTO audit_log"_s); });
        QCOMPARE(m_payments->recordPayment(kDesk, in).code(), ErrorCode::Storage);
        m_db->setFaultInjector({});
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal"_s), 1);
        QCOMPARE(SalesJournal::head(*m_db).first, qint64(1));
        QCOMPARE(balance(a), qint64(12000));
        QVERIFY(SalesJournal::verify(*m_db).ok);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("badSeq");
        QTest::newRow("edited amount")
            << QStringList {u"UPDATE sales_journal SET amount_minor = 100 WHERE seq = 2"_s} << qint64(2);
        QTest::newRow("edited details")
            << QStringList {u"UPDATE sales_journal SET details = '{\"method\":\"cash\"}' WHERE seq = 7"_s}
            << qint64(7);
        QTest::newRow("edited customer")
            << QStringList {u"UPDATE sales_journal SET customer_id = 'x' WHERE seq = 5"_s} << qint64(5);
        QTest::newRow("edited time")
            << QStringList {u"UPDATE sales_journal SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 1"_s}
            << qint64(1);
        QTest::newRow("deleted entry")
            << QStringList {u"DELETE FROM sales_journal WHERE seq = 4"_s} << qint64(5);
        QTest::newRow("deleted first")
            << QStringList {u"DELETE FROM sales_journal WHERE seq = 1"_s} << qint64(2);
        QTest::newRow("deleted last")
            << QStringList {u"DELETE FROM sales_journal WHERE seq = 9"_s} << qint64(9);
        // An entry slipped in at the end with a plausible chain link but no head update.
        QTest::newRow("inserted at the end")
            << QStringList {u"INSERT INTO sales_journal (seq, id, at, kind, document_id, document_number, "
                            u"customer_id, "
                            "amount_minor, currency, staff_id, staff_name, details, prev_hash, hash) SELECT "
                            "10, 'forged', at, "
                            "'refund', 'x', 'R-999999', customer_id, 99900, currency, staff_id, staff_name, "
                            "'{}', hash, hash "
                            "FROM sales_journal WHERE seq = 9"_s}
            << qint64(10);
        // Two entries swapped, each keeping its own hashes.
        QTest::newRow("reordered") << QStringList {u"UPDATE sales_journal SET seq = 100 WHERE seq = 2"_s,
            u"UPDATE sales_journal SET seq = 2 WHERE seq = 3"_s,
            u"UPDATE sales_journal SET seq = 3 WHERE seq = 100"_s}
                                   << qint64(2);
        QTest::newRow("edited head hash")
            << QStringList {u"UPDATE sales_journal_head SET hash = (SELECT hash FROM sales_journal WHERE seq = 8)"_s}
            << qint64(10);
        QTest::newRow("head moved back")
            << QStringList {u"UPDATE sales_journal_head SET seq = 8, hash = (SELECT hash FROM "
                            "sales_journal WHERE seq = 8)"_s}
            << qint64(10);
    }

    void detectsTampering()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, badSeq);
        realisticDay();
        QVERIFY(SalesJournal::verify(*m_db).ok);
        dropTriggers();
        for (const QString &statement : sql) {
            const QString error = raw(statement);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const auto v = SalesJournal::verify(*m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, badSeq);
        QVERIFY(!v.problem.isEmpty());
    }

    void detectsAnEntryInsertedInTheMiddle()
    {
        realisticDay();
        dropTriggers();
        // Make room after entry 3 and forge an entry 4 that links to entry 3 correctly.
        for (int seq = 9; seq >= 4; --seq)
            QVERIFY(raw(u"UPDATE sales_journal SET seq = seq + 1 WHERE seq = ?"_s, {seq}).isEmpty());
        QVERIFY(raw(
            u"INSERT INTO sales_journal (seq, id, at, kind, document_id, document_number, customer_id, "
            "amount_minor, currency, staff_id, staff_name, details, prev_hash, hash) SELECT 4, 'forged', at, "
            "'payment', 'x', 'R-999999', customer_id, 100, currency, staff_id, staff_name, '{}', hash, "
            "'ab' FROM sales_journal WHERE seq = 3"_s)
                    .isEmpty());
        QVERIFY(raw(u"UPDATE sales_journal_head SET seq = 10"_s).isEmpty());
        const auto v = SalesJournal::verify(*m_db);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestSalesJournal)
#include "test_sales_journal.moc"
