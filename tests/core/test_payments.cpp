// Payments against a real SQLCipher database: partial and exact payments, a payment above
// the balance (refused, or the excess kept as customer credit), advances, applying credit
// oldest first, refunds only from unused money, currency and amount checks, receipt numbers,
// receipts' balances, and the cash-up of a local day in New York.

#include "billing_fixture.h"

class TestPayments : public BillingFixture
{
    Q_OBJECT

    PaymentInput input(const QString &invoiceId, qint64 minor, const QString &currency = u"USD"_s)
    {
        PaymentInput in;
        in.customerId = m_customer;
        in.invoiceId = invoiceId;
        in.amount = Money(minor, currency);
        return in;
    }

    qint64 unused(const QString &paymentId)
    {
        return must(m_payments->payment(kDesk, paymentId), "payment").unusedMinor;
    }

private slots:
    void init() { setUpBilling(); }
    void cleanup() { tearDownBilling(); }

    void partialThenExact()
    {
        const QString inv = issuedInvoice(10000);
        const QString first = pay(inv, 4000, PaymentMethod::Card);
        QCOMPARE(balance(inv), qint64(6000));
        PaymentView p = must(m_payments->payment(kDesk, first), "payment");
        QCOMPARE(p.receiptNumber, u"R-000001"_s);
        QCOMPARE(p.amount, Money(4000, u"USD"_s));
        QCOMPARE(p.method, PaymentMethod::Card);
        QCOMPARE(p.takenBy, kDesk.name);
        QCOMPARE(p.unusedMinor, qint64(0));
        QCOMPARE(p.allocations.size(), size_t(1));
        QCOMPARE(p.allocations[0].invoiceId, inv);
        QCOMPARE(p.allocations[0].invoiceNumber, u"INV-000001"_s);
        QCOMPARE(p.allocations[0].amountMinor, qint64(4000));
        QCOMPARE(p.customerBalanceAfterMinor, qint64(6000));
        QCOMPARE(p.customerCreditAfterMinor, qint64(0));
        QCOMPARE(p.receivedAtUtc, m_clock.nowUtc());
        // The unit of work: journal, audit, outbox (payment + allocation), timeline.
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'payment' AND document_id = ?"_s,
                     {first}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'payment.record' AND entity_id = ?"_s,
                     {first}),
            1);
        QCOMPARE(outboxPayloads(u"payment"_s, first).size(), 1);
        QCOMPARE(outboxPayloads(u"payment"_s, first)[0].value(u"amountMinor"_s).toString(), u"4000"_s);
        QCOMPARE(outboxPayloads(u"allocation"_s).size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE ref_id = ? AND kind = 'payment'"_s,
                     {first}),
            1);

        m_clock.advanceSecs(60);
        const QString second = pay(inv, 6000, PaymentMethod::Cheque);
        QCOMPARE(balance(inv), qint64(0));
        QCOMPARE(invoice(inv).paidMinor, qint64(10000));
        // The first receipt still shows the balance as it was after it.
        QCOMPARE(must(m_payments->payment(kDesk, first), "p").customerBalanceAfterMinor, qint64(6000));
        QCOMPARE(must(m_payments->payment(kDesk, second), "p").customerBalanceAfterMinor, qint64(0));
        // Paid in full: another payment against it is refused.
        auto again = m_payments->recordPayment(kDesk, input(inv, 1));
        QCOMPARE(again.code(), ErrorCode::InvalidInput);
        QVERIFY(again.error().message.contains(u"paid in full"_s));
        auto account = m_payments->account(kDesk, m_customer);
        QCOMPARE(account->owed.minor(), qint64(0));
        QCOMPARE(account->openInvoices, 0);
        QCOMPARE(m_payments->payments(kDesk, m_customer)->size(), size_t(2));
        QCOMPARE(m_payments->payments(kDesk, m_customer)->front().id, second); // newest first
    }

    void overpaymentIsRefusedOrKeptAsCredit()
    {
        const QString inv = issuedInvoice(10000);
        auto over = m_payments->recordPayment(kDesk, input(inv, 15000));
        QCOMPARE(over.code(), ErrorCode::InvalidInput);
        QVERIFY2(over.error().message.contains(u"credit"_s), qPrintable(over.error().message));
        QCOMPARE(balance(inv), qint64(10000));
        QCOMPARE(scalar(u"SELECT count(*) FROM payments"_s), 0);
        QCOMPARE(scalar(u"SELECT last FROM number_sequences WHERE kind = 'receipt'"_s), 0);

        const QString p = pay(inv, 15000, PaymentMethod::Cash, true);
        QCOMPARE(balance(inv), qint64(0));
        QCOMPARE(unused(p), qint64(5000));
        QCOMPARE(must(m_payments->payment(kDesk, p), "p").customerCreditAfterMinor, qint64(5000));
        auto account = m_payments->account(kDesk, m_customer);
        QCOMPARE(account->credit, Money(5000, u"USD"_s));
        QCOMPARE(account->owed.minor(), qint64(0));
    }

    void advanceAndAppliedCreditOldestFirst()
    {
        // An advance, then a credit note's unused amount: two kinds of customer credit.
        const QString advance = pay(QString(), 3000, PaymentMethod::BankTransfer);
        QCOMPARE(unused(advance), qint64(3000));
        QCOMPARE(must(m_payments->payment(kDesk, advance), "p").allocations.size(), size_t(0));
        m_clock.advanceSecs(3600);
        const QString paid = issuedInvoice(2000);
        (void)pay(paid, 2000);
        const QString cn
            = must(m_invoices->creditNote(kManager, paid, {line(1500)}, u"Goodwill"_s), "credit");
        QCOMPARE(invoice(cn).balanceMinor, qint64(1500));
        QCOMPARE(m_payments->account(kDesk, m_customer)->credit.minor(), qint64(4500));

        m_clock.advanceSecs(3600);
        const QString inv = issuedInvoice(4000);
        QCOMPARE(m_payments->applyCredit(kDesk, inv, Money(4001, u"USD"_s)).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_payments->applyCredit(kDesk, inv, Money(100, u"EUR"_s)).code(), ErrorCode::InvalidInput);
        QCOMPARE(
            m_payments->applyCredit(kTech(), inv, Money(100, u"USD"_s)).code(), ErrorCode::PermissionDenied);
        QVERIFY(m_payments->applyCredit(kDesk, inv, Money(3500, u"USD"_s)));
        // The advance (older) is used up first, then 500 of the credit note.
        QCOMPARE(unused(advance), qint64(0));
        QCOMPARE(invoice(cn).balanceMinor, qint64(1000));
        QCOMPARE(balance(inv), qint64(500));
        QCOMPARE(invoice(inv).paidMinor, qint64(3500)); // not a credit note of this invoice
        QCOMPARE(scalar(u"SELECT amount_minor FROM allocations WHERE source_id = ? AND invoice_id = ?"_s,
                     {advance, inv}),
            3000);
        QCOMPARE(scalar(u"SELECT amount_minor FROM allocations WHERE source_id = ? AND invoice_id = ?"_s,
                     {cn, inv}),
            500);
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'credit_applied'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'credit.apply'"_s), 1);
        // More than the credit left is refused.
        const QString more = issuedInvoice(5000);
        auto tooMuch = m_payments->applyCredit(kDesk, more, Money(1001, u"USD"_s));
        QCOMPARE(tooMuch.code(), ErrorCode::InvalidInput);
        QVERIFY(m_payments->applyCredit(kDesk, more, Money(1000, u"USD"_s)));
        QCOMPARE(m_payments->account(kDesk, m_customer)->credit.minor(), qint64(0));
        QCOMPARE(m_payments->applyCredit(kDesk, more, Money(1, u"USD"_s)).code(), ErrorCode::InvalidInput);
    }

    void refundsComeOnlyFromUnusedMoney()
    {
        const QString inv = issuedInvoice(10000);
        const QString settled = pay(inv, 10000);
        const QString reason = u"Customer moved away"_s;
        // Money that settles an invoice is not refundable.
        auto none = m_payments->refund(
            kManager, u"payment"_s, settled, Money(100, u"USD"_s), PaymentMethod::Cash, reason);
        QCOMPARE(none.code(), ErrorCode::InvalidInput);
        QVERIFY(none.error().message.contains(u"Credit the invoice"_s));

        const QString other = issuedInvoice(2000);
        const QString over = pay(other, 7000, PaymentMethod::Card, true); // 5000 unused
        QCOMPARE(
            m_payments->refund(kDesk, u"payment"_s, over, Money(100, u"USD"_s), PaymentMethod::Card, reason)
                .code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(m_payments
                     ->refund(kManager, u"payment"_s, over, Money(100, u"USD"_s), PaymentMethod::Card, u" "_s)
                     .code(),
            ErrorCode::InvalidInput);
        QCOMPARE(
            m_payments->refund(kManager, u"cheque"_s, over, Money(100, u"USD"_s), PaymentMethod::Card, reason)
                .code(),
            ErrorCode::InvalidInput);
        auto r1 = m_payments->refund(
            kManager, u"payment"_s, over, Money(3000, u"USD"_s), PaymentMethod::Card, reason);
        QVERIFY2(r1, qPrintable(why(r1)));
        QCOMPARE(unused(over), qint64(2000));
        QCOMPARE(
            m_payments
                ->refund(kManager, u"payment"_s, over, Money(2001, u"USD"_s), PaymentMethod::Card, reason)
                .code(),
            ErrorCode::InvalidInput);
        QVERIFY(m_payments->refund(
            kManager, u"payment"_s, over, Money(2000, u"USD"_s), PaymentMethod::Cash, reason));
        QCOMPARE(unused(over), qint64(0));
        const PaymentView rv = must(m_payments->payment(kManager, *r1), "refund");
        QVERIFY(rv.refund);
        QCOMPARE(rv.receiptNumber, u"R-000003"_s);
        QCOMPARE(rv.reason, reason);
        QCOMPARE(rv.refundedSourceKind, u"payment"_s);
        QCOMPARE(rv.refundedSourceId, over);
        QCOMPARE(rv.amount.minor(), qint64(3000));
        QCOMPARE(rv.customerCreditAfterMinor, qint64(2000));
        // A refund is not itself refunded.
        QCOMPARE(
            m_payments->refund(kManager, u"payment"_s, *r1, Money(1, u"USD"_s), PaymentMethod::Cash, reason)
                .code(),
            ErrorCode::InvalidInput);

        // From a credit note's unused amount.
        const QString cn
            = must(m_invoices->creditNote(kManager, inv, {line(2500)}, u"Damaged vase"_s), "credit");
        QCOMPARE(invoice(cn).balanceMinor, qint64(2500)); // the invoice was paid: all unused
        auto r3 = m_payments->refund(
            kManager, u"credit_note"_s, cn, Money(2500, u"USD"_s), PaymentMethod::Cheque, reason);
        QVERIFY2(r3, qPrintable(why(r3)));
        QCOMPARE(invoice(cn).balanceMinor, qint64(0));
        QCOMPARE(
            m_payments
                ->refund(kManager, u"credit_note"_s, inv, Money(1, u"USD"_s), PaymentMethod::Cash, reason)
                .code(),
            ErrorCode::InvalidInput); // an invoice is not a credit note
        QCOMPARE(m_payments->account(kDesk, m_customer)->credit.minor(), qint64(0));
        QCOMPARE(scalar(u"SELECT count(*) FROM payments WHERE kind = 'refund'"_s), 3);
        QCOMPARE(scalar(u"SELECT count(*) FROM sales_journal WHERE kind = 'refund'"_s), 3);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'payment.refund'"_s), 3);
        QCOMPARE(outboxPayloads(u"refund"_s).size(), 3);
        QCOMPARE(outboxPayloads(u"refund"_s, *r3)[0].value(u"sourceKind"_s).toString(), u"credit_note"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE kind = 'refund'"_s), 3);
    }

    void amountsAndCurrencyAreChecked()
    {
        const QString inv = issuedInvoice(10000);
        auto eur = m_payments->recordPayment(kDesk, input(inv, 1000, u"EUR"_s));
        QCOMPARE(eur.code(), ErrorCode::InvalidInput);
        QVERIFY(eur.error().message.contains(u"EUR"_s));
        QCOMPARE(m_payments->recordPayment(kDesk, input(inv, 0)).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_payments->recordPayment(kDesk, input(inv, -500)).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_payments->recordPayment(kTech(), input(inv, 500)).code(), ErrorCode::PermissionDenied);
        PaymentInput future = input(inv, 500);
        future.receivedAtUtc = m_clock.nowUtc().addDays(1);
        QCOMPARE(m_payments->recordPayment(kDesk, future).code(), ErrorCode::InvalidInput);
        PaymentInput wrong = input(inv, 500);
        wrong.customerId = m_other;
        QCOMPARE(m_payments->recordPayment(kDesk, wrong).code(), ErrorCode::InvalidInput);
        // Drafts and void invoices take no payments.
        QCOMPARE(m_payments->recordPayment(kDesk, input(standaloneDraft({line(100)}), 100)).code(),
            ErrorCode::InvalidInput);
        const QString voided = issuedInvoice(300);
        QVERIFY(m_invoices->voidInvoice(kManager, voided, u"Duplicate"_s));
        QCOMPARE(m_payments->recordPayment(kDesk, input(voided, 100)).code(), ErrorCode::InvalidInput);
        QCOMPARE(scalar(u"SELECT count(*) FROM payments"_s), 0);
        QCOMPARE(balance(inv), qint64(10000));
    }

    void receiptNumbersAreSequential()
    {
        BillingSettings s = nySettings();
        s.receiptPrefix = u"RCPT-"_s;
        QVERIFY(m_invoices->saveSettings(kManager, s));
        const QString inv = issuedInvoice(10000);
        QStringList numbers;
        const QString a = pay(inv, 1000);
        numbers << must(m_payments->payment(kDesk, a), "a").receiptNumber;
        const QString b = pay(QString(), 500);
        numbers << must(m_payments->payment(kDesk, b), "b").receiptNumber;
        // A refused payment takes no number.
        QVERIFY(!m_payments->recordPayment(kDesk, input(inv, 999999)));
        const QString r = must(m_payments->refund(kManager, u"payment"_s, b, Money(500, u"USD"_s),
                                   PaymentMethod::Cash, u"Changed mind"_s),
            "refund");
        numbers << must(m_payments->payment(kDesk, r), "r").receiptNumber;
        QCOMPARE(numbers, (QStringList {u"RCPT-000001"_s, u"RCPT-000002"_s, u"RCPT-000003"_s}));
        // A failure mid-payment undoes the number too.
        m_db->setFaultInjector(
            [](const QString &sql) { return sql.startsWith(u"INSERT INTO sales_journal"_s); });
        QCOMPARE(m_payments->recordPayment(kDesk, input(inv, 100)).code(), ErrorCode::Storage);
        m_db->setFaultInjector({});
        QCOMPARE(balance(inv), qint64(9000));
        const QString d = pay(inv, 100);
        QCOMPARE(must(m_payments->payment(kDesk, d), "d").receiptNumber, u"RCPT-000004"_s);
    }

    void cashUpCountsALocalDayByMethod()
    {
        const QString inv = issuedInvoice(100000);
        auto at = [&](const QDateTime &utc, qint64 minor, PaymentMethod method) {
            PaymentInput in = input(inv, minor);
            in.method = method;
            in.receivedAtUtc = utc;
            return must(m_payments->recordPayment(kDesk, in), "payment");
        };
        m_clock.set(ny(3, 3, 12));
        // 23:30 in New York on 1 March is 04:30 UTC on 2 March: it belongs to 1 March.
        at(ny(3, 1, 23, 30), 1000, PaymentMethod::Cash);
        at(ny(3, 1, 0, 0), 2000, PaymentMethod::Card); // the first instant of the day
        at(ny(2, 28, 23, 59), 4000, PaymentMethod::Card); // the day before
        at(ny(3, 2, 0, 0), 8000, PaymentMethod::Cash); // the day after
        at(ny(3, 1, 10, 0), 500, PaymentMethod::Cash);
        const QString over = at(ny(3, 1, 11, 0), 3000, PaymentMethod::Cheque);
        (void)over;
        // A refund given that day (from an advance).
        m_clock.set(ny(3, 1, 15, 0));
        const QString advance = pay(QString(), 700, PaymentMethod::BankTransfer);
        m_clock.advanceSecs(1);
        (void)must(m_payments->refund(kManager, u"payment"_s, advance, Money(200, u"USD"_s),
                       PaymentMethod::Cash, u"Overpaid"_s),
            "refund");
        m_clock.set(ny(3, 3, 12));

        QCOMPARE(m_payments->cashUp(kTech(), QDate(2027, 3, 1)).code(), ErrorCode::PermissionDenied);
        auto c = m_payments->cashUp(kDesk, QDate(2027, 3, 1));
        QVERIFY2(c, qPrintable(why(c)));
        QCOMPARE(c->day, QDate(2027, 3, 1));
        QCOMPARE(c->currency, u"USD"_s);
        QCOMPARE(c->lines.size(), allPaymentMethods().size()); // every method, even unused ones
        auto line = [&](PaymentMethod m) {
            return *std::find_if(
                c->lines.begin(), c->lines.end(), [&](const CashUpLine &l) { return l.method == m; });
        };
        QCOMPARE(line(PaymentMethod::Cash).payments, 2);
        QCOMPARE(line(PaymentMethod::Cash).takenMinor, qint64(1500));
        QCOMPARE(line(PaymentMethod::Cash).refunds, 1);
        QCOMPARE(line(PaymentMethod::Cash).refundedMinor, qint64(200));
        QCOMPARE(line(PaymentMethod::Cash).netMinor, qint64(1300));
        QCOMPARE(line(PaymentMethod::Card).takenMinor, qint64(2000));
        QCOMPARE(line(PaymentMethod::Cheque).takenMinor, qint64(3000));
        QCOMPARE(line(PaymentMethod::BankTransfer).takenMinor, qint64(700));
        QCOMPARE(line(PaymentMethod::Other).payments, 0);
        QCOMPARE(c->takenMinor, qint64(7200));
        QCOMPARE(c->refundedMinor, qint64(200));
        QCOMPARE(c->netMinor, qint64(7000));
        QCOMPARE(c->entries.size(), size_t(6));
        QCOMPARE(c->entries.front().receivedAtUtc, ny(3, 1, 0, 0)); // oldest first
        QVERIFY(c->entries[4].refund); // 15:00:01, before the 23:30 payment
        QCOMPARE(c->entries.back().receivedAtUtc, ny(3, 1, 23, 30));
        QCOMPARE(m_payments->cashUp(kDesk, QDate(2027, 3, 2))->takenMinor, qint64(8000));
        QCOMPARE(m_payments->cashUp(kDesk, QDate(2027, 2, 28))->takenMinor, qint64(4000));
    }

    void cashUpOnTheShortDstDay()
    {
        // 14 March 2027 has 23 hours in New York: 00:00 EST is 05:00Z, the next midnight
        // (EDT) is 04:00Z on the 15th.
        const QString inv = issuedInvoice(100000);
        m_clock.set(ny(3, 16, 12));
        PaymentInput late = input(inv, 1111);
        late.receivedAtUtc = QDateTime(QDate(2027, 3, 15), QTime(3, 59), Qt::UTC); // 23:59 EDT on the 14th
        QVERIFY(m_payments->recordPayment(kDesk, late));
        PaymentInput next = input(inv, 2222);
        next.receivedAtUtc = QDateTime(QDate(2027, 3, 15), QTime(4, 0), Qt::UTC); // 00:00 EDT on the 15th
        QVERIFY(m_payments->recordPayment(kDesk, next));
        QCOMPARE(m_payments->cashUp(kDesk, QDate(2027, 3, 14))->takenMinor, qint64(1111));
        QCOMPARE(m_payments->cashUp(kDesk, QDate(2027, 3, 15))->takenMinor, qint64(2222));
    }

private:
    static Actor kTech() { return Actor {u"t1"_s, u"Tess Tech"_s, Role::Technician}; }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "test_payments.moc"
