// PaymentService: taking payments, applying customer credit and refunds. Each is one unit
// of work with its allocations, receipt number, customer timeline, sales journal entry,
// audit and outbox. Reads are in payment_queries.cpp.

#include "core/billing/payment_service.h"

#include "core/billing/billing_sql.h"
#include "core/billing/sales_journal.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QLocale>

namespace spoke {

using namespace billing_sql;

namespace {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

Status checkAmount(const Money &amount, const QString &currency)
{
    if (amount.currency() != currency)
        return invalid(
            Tr::tr("Money is taken and given back in %1, the location's currency; an amount in %2 "
                   "cannot be recorded.")
                .arg(currency, amount.currency().isEmpty() ? Tr::tr("no currency") : amount.currency()));
    if (amount.minor() <= 0)
        return invalid(Tr::tr("The amount must be more than zero."));
    return {};
}

/// An issued invoice that money can settle, as read in the unit of work.
struct OpenDoc
{
    QString number;
    QString customerId;
    qint64 balance = 0;
};

Result<OpenDoc> issuedInvoice(WriteTx &tx, const QString &invoiceId)
{
    auto q = tx.exec(QStringLiteral("SELECT kind, status, coalesce(number, ''), customer_id, balance_minor "
                                    "FROM invoices WHERE id = ?"),
        {invoiceId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("The invoice does not exist."));
    const QString kind = q->value(0).toString();
    const QString status = q->value(1).toString();
    OpenDoc d {q->value(2).toString(), q->value(3).toString(), q->value(4).toLongLong()};
    q->finish();
    if (kind != QLatin1String("invoice"))
        return invalid(Tr::tr("%1 is a credit note: payments settle invoices.").arg(d.number));
    if (status == QLatin1String("draft"))
        return invalid(Tr::tr("Issue the invoice before taking payment for it."));
    if (status == QLatin1String("void"))
        return invalid(Tr::tr("Invoice %1 is void: nothing is owed on it.").arg(d.number));
    return d;
}

Status lowerBalance(WriteTx &tx, const QString &invoiceId, qint64 amount)
{
    auto up = tx.exec(QStringLiteral("UPDATE invoices SET balance_minor = balance_minor - ?, updated_at = ? "
                                     "WHERE id = ? AND balance_minor >= ?"),
        {amount, tx.nowIso(), invoiceId, amount});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, Tr::tr("The invoice's balance changed meanwhile."));
    return {};
}

/// Lowers what is unused on a payment or credit note.
Status lowerUnused(WriteTx &tx, const QString &sourceKind, const QString &sourceId, qint64 amount)
{
    auto up = sourceKind == QLatin1String("payment")
        ? tx.exec(
            QStringLiteral(
                "UPDATE payments SET unused_minor = unused_minor - ? WHERE id = ? AND unused_minor >= ?"),
            {amount, sourceId, amount})
        : tx.exec(QStringLiteral(
                      "UPDATE invoices SET balance_minor = balance_minor - ?, updated_at = ? WHERE id = ? "
                      "AND kind = 'credit_note' AND balance_minor >= ?"),
            {amount, tx.nowIso(), sourceId, amount});
    if (!up)
        return up.error();
    if (up->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, Tr::tr("The customer's credit changed meanwhile."));
    return {};
}

} // namespace

PaymentService::PaymentService(LocationDatabase &db, QTimeZone zone, QString currency)
    : m_db(db)
    , m_zone(std::move(zone))
    , m_currency(std::move(currency))
{ }

Result<QString> PaymentService::recordPayment(const Actor &actor, const PaymentInput &input)
{
    if (!allows(actor.role, Permission::TakePayments))
        return denied(Tr::tr("Your role does not allow taking payments."));
    if (input.customerId.isEmpty())
        return invalid(Tr::tr("Choose the customer who pays."));
    if (Status s = checkAmount(input.amount, m_currency); !s)
        return s.error();
    QString paymentId;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        const QDateTime received = input.receivedAtUtc.isValid() ? input.receivedAtUtc.toUTC() : tx.now();
        if (received > tx.now().addSecs(300))
            return invalid(Tr::tr("A payment cannot be dated in the future."));
        auto customer = tx.exec(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {input.customerId});
        if (!customer)
            return customer.error();
        if (!customer->next())
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist."));
        customer->finish();
        const qint64 amount = input.amount.minor();
        qint64 settle = 0;
        OpenDoc invoice;
        if (!input.invoiceId.isEmpty()) {
            auto inv = issuedInvoice(tx, input.invoiceId);
            if (!inv)
                return inv.error();
            invoice = *inv;
            if (invoice.customerId != input.customerId)
                return invalid(Tr::tr("Invoice %1 belongs to another customer.").arg(invoice.number));
            if (amount > invoice.balance && !input.excessToCredit)
                return invalid(invoice.balance == 0
                        ? Tr::tr("Invoice %1 is already paid in full. Record the money as customer credit "
                                 "instead.")
                              .arg(invoice.number)
                        : Tr::tr(
                            "The payment (%1) is more than the balance of invoice %2 (%3). Take %3, or keep "
                            "the difference as customer credit.")
                              .arg(money(amount, m_currency), invoice.number,
                                  money(invoice.balance, m_currency)));
            settle = std::min(amount, invoice.balance);
        }
        auto settings = loadSettings(m_db);
        if (!settings)
            return settings.error();
        auto seq = takeNumber(tx, receiptSequence());
        if (!seq)
            return seq.error();
        const QString receipt = formatNumber(settings->receiptPrefix, *seq);
        paymentId = tx.newId();
        auto ins
            = tx.exec(QStringLiteral("INSERT INTO payments (id, kind, receipt_number, customer_id, method, "
                                     "amount_minor, currency, unused_minor, reference, note, received_at, "
                                     "staff_id, staff_name, created_at) "
                                     "VALUES (?, 'payment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {paymentId, receipt, input.customerId, paymentMethodKey(input.method), amount, m_currency,
                    amount - settle, nonNull(input.reference.trimmed()), nonNull(input.note.trimmed()),
                    isoUtc(received), nonNull(actor.staffId), nonNull(actor.name), tx.nowIso()});
        if (!ins)
            return ins.error();
        auto view = loadPayment(m_db, paymentId);
        if (!view)
            return view.error();
        if (Status s = tx.outbox(
                QStringLiteral("payment"), paymentId, QStringLiteral("upsert"), paymentPayload(*view));
            !s)
            return s;
        if (settle > 0) {
            auto a = addAllocation(
                tx, QStringLiteral("payment"), paymentId, input.invoiceId, invoice.number, settle);
            if (!a)
                return a.error();
            if (Status s = lowerBalance(tx, input.invoiceId, settle); !s)
                return s;
        }
        const QString summary = input.invoiceId.isEmpty()
            ? Tr::tr("Payment %1 received: %2 (%3), kept as credit")
                  .arg(receipt, money(amount, m_currency), paymentMethodName(input.method))
            : Tr::tr("Payment %1 received: %2 (%3) for invoice %4")
                  .arg(receipt, money(amount, m_currency), paymentMethodName(input.method), invoice.number);
        if (Status s = addTimeline(tx, input.customerId, QStringLiteral("payment"), summary,
                QStringLiteral("payment"), paymentId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("payment");
        e.documentId = paymentId;
        e.documentNumber = receipt;
        e.customerId = input.customerId;
        e.amountMinor = amount;
        e.currency = m_currency;
        e.details = {{QStringLiteral("method"), paymentMethodKey(input.method)},
            {QStringLiteral("invoiceId"), input.invoiceId}, {QStringLiteral("invoiceNumber"), invoice.number},
            {QStringLiteral("settled"), minorText(settle)},
            {QStringLiteral("unused"), minorText(amount - settle)},
            {QStringLiteral("receivedAt"), isoUtc(received)}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        return tx.audit(QStringLiteral("payment.record"), QStringLiteral("payment"), paymentId,
            {{QStringLiteral("receipt"), receipt}, {QStringLiteral("customerId"), input.customerId},
                {QStringLiteral("amount"), minorText(amount)},
                {QStringLiteral("method"), paymentMethodKey(input.method)},
                {QStringLiteral("invoiceId"), input.invoiceId}});
    });
    if (!st)
        return st.error();
    return paymentId;
}

Status PaymentService::applyCredit(const Actor &actor, const QString &invoiceId, const Money &amount)
{
    if (!allows(actor.role, Permission::TakePayments))
        return denied(Tr::tr("Your role does not allow taking payments."));
    if (Status s = checkAmount(amount, m_currency); !s)
        return s;
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto inv = issuedInvoice(tx, invoiceId);
        if (!inv)
            return inv.error();
        if (amount.minor() > inv->balance)
            return invalid(
                Tr::tr("%1 is more than the balance of invoice %2 (%3).")
                    .arg(money(amount.minor(), m_currency), inv->number, money(inv->balance, m_currency)));
        // The customer's unused money, oldest first.
        auto src = tx.exec(
            QStringLiteral(
                "SELECT 'payment', id, unused_minor, received_at FROM payments WHERE customer_id = ? "
                "AND kind = 'payment' AND unused_minor > 0 "
                "UNION ALL SELECT 'credit_note', id, balance_minor, issued_at FROM invoices "
                "WHERE customer_id = ? AND kind = 'credit_note' AND status = 'issued' "
                "AND balance_minor > 0 ORDER BY 4, 2"),
            {inv->customerId, inv->customerId});
        if (!src)
            return src.error();
        struct Source
        {
            QString kind, id;
            qint64 unused;
        };
        std::vector<Source> sources;
        qint64 available = 0;
        while (src->next()) {
            sources.push_back(
                {src->value(0).toString(), src->value(1).toString(), src->value(2).toLongLong()});
            available += sources.back().unused;
        }
        src->finish();
        if (available < amount.minor())
            return invalid(available == 0
                    ? Tr::tr("The customer has no credit to apply.")
                    : Tr::tr("The customer has only %1 of credit.").arg(money(available, m_currency)));
        qint64 left = amount.minor();
        QJsonArray used;
        for (const Source &s : sources) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, s.unused);
            auto a = addAllocation(tx, s.kind, s.id, invoiceId, inv->number, take);
            if (!a)
                return a.error();
            if (Status st = lowerUnused(tx, s.kind, s.id, take); !st)
                return st;
            used.append(QJsonObject {{QStringLiteral("kind"), s.kind}, {QStringLiteral("id"), s.id},
                {QStringLiteral("amount"), minorText(take)}, {QStringLiteral("allocationId"), a->id}});
            left -= take;
        }
        if (Status s = lowerBalance(tx, invoiceId, amount.minor()); !s)
            return s;
        if (Status s = addTimeline(tx, inv->customerId, QStringLiteral("payment"),
                Tr::tr("Credit of %1 applied to invoice %2")
                    .arg(money(amount.minor(), m_currency), inv->number),
                QStringLiteral("invoice"), invoiceId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("credit_applied");
        e.documentId = invoiceId;
        e.documentNumber = inv->number;
        e.customerId = inv->customerId;
        e.amountMinor = amount.minor();
        e.currency = m_currency;
        e.details = {{QStringLiteral("sources"), used}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        return tx.audit(QStringLiteral("credit.apply"), QStringLiteral("invoice"), invoiceId,
            {{QStringLiteral("number"), inv->number}, {QStringLiteral("amount"), minorText(amount.minor())},
                {QStringLiteral("sources"), used}});
    });
}

Result<QString> PaymentService::refund(const Actor &actor, const QString &sourceKind, const QString &sourceId,
    const Money &amount, PaymentMethod method, const QString &reason)
{
    if (!allows(actor.role, Permission::VoidRefund))
        return denied(Tr::tr("Only a manager can give refunds."));
    if (reason.trimmed().isEmpty())
        return invalid(Tr::tr("Say why the money is refunded."));
    if (sourceKind != QLatin1String("payment") && sourceKind != QLatin1String("credit_note"))
        return invalid(Tr::tr("Refunds are made from a payment or a credit note."));
    if (Status s = checkAmount(amount, m_currency); !s)
        return s.error();
    QString refundId;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        const bool fromPayment = sourceKind == QLatin1String("payment");
        auto src = tx.exec(fromPayment
                ? QStringLiteral(
                    "SELECT kind = 'payment', customer_id, unused_minor, receipt_number FROM payments "
                    "WHERE id = ?")
                : QStringLiteral(
                    "SELECT kind = 'credit_note' AND status = 'issued', customer_id, balance_minor, "
                    "coalesce(number, '') FROM invoices WHERE id = ?"),
            {sourceId});
        if (!src)
            return src.error();
        if (!src->next())
            return makeError(ErrorCode::NotFound,
                fromPayment ? Tr::tr("The payment does not exist.")
                            : Tr::tr("The credit note does not exist."));
        const bool usable = src->value(0).toBool();
        const QString customerId = src->value(1).toString();
        const qint64 unused = src->value(2).toLongLong();
        const QString sourceNumber = src->value(3).toString();
        src->finish();
        if (!usable)
            return invalid(fromPayment ? Tr::tr("A refund cannot itself be refunded.")
                                       : Tr::tr("Only an issued credit note can be refunded."));
        if (amount.minor() > unused)
            return invalid(
                unused == 0 ? Tr::tr(
                    "Nothing of %1 is unused: money that settles an invoice cannot be refunded. Credit the "
                    "invoice first; that makes the money unused.")
                                  .arg(sourceNumber)
                            : Tr::tr("Only %1 of %2 is unused and can be refunded; money that settles an "
                                     "invoice cannot be "
                                     "refunded until the invoice is credited.")
                                  .arg(money(unused, m_currency), sourceNumber));
        if (Status s = lowerUnused(tx, sourceKind, sourceId, amount.minor()); !s)
            return s;
        auto settings = loadSettings(m_db);
        if (!settings)
            return settings.error();
        auto seq = takeNumber(tx, receiptSequence());
        if (!seq)
            return seq.error();
        const QString receipt = formatNumber(settings->receiptPrefix, *seq);
        refundId = tx.newId();
        auto ins
            = tx.exec(QStringLiteral("INSERT INTO payments (id, kind, receipt_number, customer_id, method, "
                                     "amount_minor, currency, unused_minor, reason, source_kind, source_id, "
                                     "received_at, staff_id, staff_name, created_at) "
                                     "VALUES (?, 'refund', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"),
                {refundId, receipt, customerId, paymentMethodKey(method), amount.minor(), m_currency,
                    reason.trimmed(), sourceKind, sourceId, tx.nowIso(), nonNull(actor.staffId),
                    nonNull(actor.name), tx.nowIso()});
        if (!ins)
            return ins.error();
        auto view = loadPayment(m_db, refundId);
        if (!view)
            return view.error();
        if (Status s
            = tx.outbox(QStringLiteral("refund"), refundId, QStringLiteral("upsert"), paymentPayload(*view));
            !s)
            return s;
        if (Status s = addTimeline(tx, customerId, QStringLiteral("refund"),
                Tr::tr("Refund %1: %2 (%3) from %4: %5")
                    .arg(receipt, money(amount.minor(), m_currency), paymentMethodName(method), sourceNumber,
                        reason.trimmed()),
                QStringLiteral("refund"), refundId);
            !s)
            return s;
        JournalEntry e;
        e.kind = QStringLiteral("refund");
        e.documentId = refundId;
        e.documentNumber = receipt;
        e.customerId = customerId;
        e.amountMinor = amount.minor();
        e.currency = m_currency;
        e.details = {{QStringLiteral("method"), paymentMethodKey(method)},
            {QStringLiteral("sourceKind"), sourceKind}, {QStringLiteral("sourceId"), sourceId},
            {QStringLiteral("sourceNumber"), sourceNumber}, {QStringLiteral("reason"), reason.trimmed()}};
        if (Status s = SalesJournal::append(tx, e); !s)
            return s;
        return tx.audit(QStringLiteral("payment.refund"), QStringLiteral("refund"), refundId,
            {{QStringLiteral("receipt"), receipt}, {QStringLiteral("amount"), minorText(amount.minor())},
                {QStringLiteral("sourceKind"), sourceKind}, {QStringLiteral("sourceId"), sourceId},
                {QStringLiteral("reason"), reason.trimmed()}});
    });
    if (!st)
        return st.error();
    return refundId;
}

} // namespace spoke
