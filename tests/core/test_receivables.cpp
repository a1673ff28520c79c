// Receivables: aging buckets at their boundaries (0, 1, 30, 31, 60, 61, 90, 91 days past
// due), totals, what is left out (settled, void, issued later), open invoices most overdue
// first, the index aging reads, and statements of account (opening, running, closing).

#include "billing_fixture.h"

namespace {
const QDate kAsOf(2027, 6, 30);
}

class TestReceivables : public BillingFixture
{
    Q_OBJECT

    /// Issues an exempt invoice at noon (New York) on `day` with the given terms.
    QString issuedOn(const QDate &day, qint64 minor, int termsDays, const QString &customerId = QString())
    {
        m_clock.set(QDateTime(day, QTime(12, 0), kNY));
        return issuedInvoice(minor, customerId, termsDays);
    }

    void at(const QDate &day, int hour = 12) { m_clock.set(QDateTime(day, QTime(hour, 0), kNY)); }

private slots:
    void init() { setUpBilling(); }
    void cleanup() { tearDownBilling(); }

    void agingBucketsAtTheirBoundaries()
    {
        QCOMPARE(agingBucketFor(-3), AgingBucket::Current);
        QCOMPARE(agingBucketFor(0), AgingBucket::Current);
        QCOMPARE(agingBucketFor(1), AgingBucket::Days1To30);
        QCOMPARE(agingBucketFor(30), AgingBucket::Days1To30);
        QCOMPARE(agingBucketFor(31), AgingBucket::Days31To60);
        QCOMPARE(agingBucketFor(60), AgingBucket::Days31To60);
        QCOMPARE(agingBucketFor(61), AgingBucket::Days61To90);
        QCOMPARE(agingBucketFor(90), AgingBucket::Days61To90);
        QCOMPARE(agingBucketFor(91), AgingBucket::Over90);

        // One invoice per boundary, due (terms 0) that many days before kAsOf.
        const QList<int> days {0, 1, 30, 31, 60, 61, 90, 91};
        QHash<int, QString> ids;
        for (int i = 0; i < days.size(); ++i)
            ids.insert(days[i], issuedOn(kAsOf.addDays(-days[i]), 1000 * (i + 1), 0));
        // Not yet due: issued 10 days ago on 15-day terms.
        const QString notDue = issuedOn(kAsOf.addDays(-10), 100, 15);
        // Left out: a paid one, a void one, one issued after kAsOf. A partly paid one counts its balance.
        const QString paid = issuedOn(kAsOf.addDays(-45), 77, 0);
        (void)pay(paid, 77);
        const QString voided = issuedOn(kAsOf.addDays(-45), 55, 0);
        QVERIFY(m_invoices->voidInvoice(kManager, voided, u"Duplicate"_s));
        (void)issuedOn(kAsOf.addDays(1), 999, 0);
        const QString partly = issuedOn(kAsOf.addDays(-100), 50000, 0);
        (void)pay(partly, 49000);

        QCOMPARE(m_receivables->aging(kDesk, kAsOf).code(), ErrorCode::PermissionDenied);
        auto r = m_receivables->aging(kManager, kAsOf);
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(r->asOf, kAsOf);
        QCOMPARE(r->currency, u"USD"_s);
        const auto minor = [&](AgingBucket b) { return r->bucketMinor[int(b)]; };
        const auto count = [&](AgingBucket b) { return r->bucketCount[int(b)]; };
        QCOMPARE(minor(AgingBucket::Current), qint64(1000 + 100)); // 0 days, not yet due
        QCOMPARE(count(AgingBucket::Current), 2);
        QCOMPARE(minor(AgingBucket::Days1To30), qint64(2000 + 3000)); // 1, 30
        QCOMPARE(minor(AgingBucket::Days31To60), qint64(4000 + 5000)); // 31, 60
        QCOMPARE(minor(AgingBucket::Days61To90), qint64(6000 + 7000)); // 61, 90
        QCOMPARE(minor(AgingBucket::Over90), qint64(8000 + 1000)); // 91, and the partly paid one's 10.00
        QCOMPARE(count(AgingBucket::Over90), 2);
        QCOMPARE(r->openCount, 10);
        QCOMPARE(r->totalMinor, qint64(1100 + 5000 + 9000 + 13000 + 9000));
        // The same invoices a day later move along.
        auto later = m_receivables->aging(kManager, kAsOf.addDays(1));
        QCOMPARE(later->bucketMinor[int(AgingBucket::Current)], qint64(100 + 999));
        QCOMPARE(later->bucketMinor[int(AgingBucket::Days1To30)], qint64(1000 + 2000));
        QCOMPARE(later->bucketMinor[int(AgingBucket::Days31To60)], qint64(3000 + 4000));

        auto open = m_receivables->openInvoices(kManager, kAsOf);
        QVERIFY2(open, qPrintable(why(open)));
        QCOMPARE(open->size(), size_t(10));
        QCOMPARE(open->front().invoiceId, partly); // most overdue first
        QCOMPARE(open->front().daysPastDue, 100);
        QCOMPARE(open->front().balanceMinor, qint64(1000));
        QCOMPARE(open->front().totalMinor, qint64(50000));
        QCOMPARE(open->at(1).invoiceId, ids.value(91));
        QCOMPARE(open->at(1).bucket, AgingBucket::Over90);
        QCOMPARE(open->back().invoiceId, notDue);
        QCOMPARE(open->back().daysPastDue, -5);
        QCOMPARE(open->back().bucket, AgingBucket::Current);
        QCOMPARE(open->back().customerName, u"Hélène Dubois"_s);
        for (const OpenInvoice &o : *open)
            QCOMPARE(o.bucket, agingBucketFor(o.daysPastDue));
        QCOMPARE(m_receivables->openInvoices(kManager, kAsOf, QString(), 3)->size(), size_t(3));
        QVERIFY(m_receivables->openInvoices(kManager, kAsOf, m_other)->empty());
    }

    void agingReadsOnlyTheOpenInvoicesIndex()
    {
        (void)issuedOn(kAsOf.addDays(-40), 1000, 0);
        // The query aging runs, as the planner sees it: the partial index alone (covering).
        QSqlQuery q = m_db->query(
            u"EXPLAIN QUERY PLAN SELECT due_date, count(*), sum(balance_minor) FROM invoices INDEXED BY "
            "invoices_open WHERE kind = 'invoice' AND status = 'issued' AND balance_minor > 0 AND issue_date "
            "<= ? "
            "GROUP BY due_date"_s);
        q.addBindValue(kAsOf.toString(Qt::ISODate));
        QVERIFY(q.exec());
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"COVERING INDEX invoices_open"_s), qPrintable(plan));
        QCOMPARE(m_receivables->aging(kManager, kAsOf)->totalMinor, qint64(1000));
    }

    void statementOfAccount()
    {
        // January: before the period.
        const QString a = issuedOn(QDate(2027, 1, 10), 10000, 14);
        at(QDate(2027, 1, 20));
        (void)pay(a, 4000);
        // February: the period.
        const QString b = issuedOn(QDate(2027, 2, 5), 5000, 14);
        at(QDate(2027, 2, 10));
        (void)pay(a, 6000, PaymentMethod::Cheque);
        at(QDate(2027, 2, 12));
        (void)must(m_invoices->creditNote(kManager, b, {line(1000)}, u"Late"_s), "credit");
        at(QDate(2027, 2, 15));
        const QString advance = pay(QString(), 3000, PaymentMethod::BankTransfer);
        at(QDate(2027, 2, 16));
        (void)must(m_payments->refund(kManager, u"payment"_s, advance, Money(1000, u"USD"_s),
                       PaymentMethod::Cash, u"Asked for it back"_s),
            "refund");
        const QString c = issuedOn(QDate(2027, 2, 18), 2000, 14);
        at(QDate(2027, 2, 19), 23); // 23:00 in New York is already the 20th in UTC
        QVERIFY(m_invoices->voidInvoice(kManager, c, u"Wrong customer"_s));
        // March: after the period.
        (void)issuedOn(QDate(2027, 3, 3), 7000, 14);
        // Another customer's business never shows.
        (void)issuedOn(QDate(2027, 2, 7), 99999, 14, m_other);

        QCOMPARE(m_receivables->statement(kDesk, m_customer, QDate(2027, 2, 1), QDate(2027, 2, 28)).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(m_receivables->statement(kManager, m_customer, QDate(2027, 3, 1), QDate(2027, 2, 1)).code(),
            ErrorCode::InvalidInput);
        auto s = m_receivables->statement(kManager, m_customer, QDate(2027, 2, 1), QDate(2027, 2, 28));
        QVERIFY2(s, qPrintable(why(s)));
        QCOMPARE(s->customerName, u"Hélène Dubois"_s);
        QCOMPARE(s->billingAddress, u"12 Rue des Lilas\nSpringfield"_s);
        QCOMPARE(s->currency, u"USD"_s);
        QCOMPARE(s->openingMinor, qint64(6000)); // 100.00 invoiced - 40.00 paid
        QStringList kinds;
        QList<qint64> running;
        for (const StatementLine &l : s->lines) {
            kinds << l.kind;
            running << l.runningMinor;
        }
        QCOMPARE(kinds,
            (QStringList {u"invoice"_s, u"payment"_s, u"credit_note"_s, u"payment"_s, u"refund"_s,
                u"invoice"_s, u"void"_s}));
        QCOMPARE(running, (QList<qint64> {11000, 5000, 4000, 1000, 2000, 4000, 2000}));
        QCOMPARE(s->lines[0].debitMinor, qint64(5000));
        QCOMPARE(s->lines[0].date, QDate(2027, 2, 5));
        QCOMPARE(s->lines[1].creditMinor, qint64(6000));
        QCOMPARE(s->lines[1].reference, u"R-000002"_s);
        QCOMPARE(s->lines[2].reference, u"CN-000001"_s);
        QCOMPARE(s->lines[4].debitMinor, qint64(1000));
        QCOMPARE(s->lines[6].date, QDate(2027, 2, 19)); // the local day of the void
        QCOMPARE(s->lines[6].creditMinor, qint64(2000));
        QCOMPARE(s->closingMinor, qint64(2000));
        // Open at the end of the period: what is left of the February invoice, 9 days late.
        QCOMPARE(s->open.size(), size_t(1));
        QCOMPARE(s->open[0].invoiceId, b);
        QCOMPARE(s->open[0].balanceMinor, qint64(4000));
        QCOMPARE(s->open[0].daysPastDue, 9);
        QCOMPARE(s->agingMinor[int(AgingBucket::Days1To30)], qint64(4000));

        // Up to today the statement closes on what the account says: owed minus credit.
        auto all = m_receivables->statement(kManager, m_customer, QDate(2027, 1, 1), QDate(2027, 3, 31));
        QCOMPARE(all->openingMinor, qint64(0));
        QCOMPARE(all->lines.size(), size_t(10));
        const auto account = m_payments->account(kDesk, m_customer);
        QCOMPARE(account->owed.minor(), qint64(4000 + 7000));
        QCOMPARE(account->credit.minor(), qint64(2000));
        QCOMPARE(all->closingMinor, account->owed.minor() - account->credit.minor());
        // A period with no movement carries the balance.
        auto quiet = m_receivables->statement(kManager, m_customer, QDate(2027, 1, 25), QDate(2027, 1, 31));
        QCOMPARE(quiet->openingMinor, qint64(6000));
        QVERIFY(quiet->lines.empty());
        QCOMPARE(quiet->closingMinor, qint64(6000));
    }
};

QTEST_GUILESS_MAIN(TestReceivables)
#include "test_receivables.moc"
