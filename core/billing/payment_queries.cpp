// PaymentService: reading payments and refunds, a customer's account and the daily cash-up.

#include "core/billing/payment_service.h"

#include "core/billing/billing_sql.h"
#include "core/storage/location_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace spoke {

using namespace billing_sql;

namespace {

bool maySee(const Actor &actor)
{
    return allows(actor.role, Permission::TakePayments) || allows(actor.role, Permission::ViewInvoices);
}

/// A payment with what the customer owed and held right after it was recorded (receipts).
Result<PaymentView> withBalances(const LocationDatabase &db, const QString &id)
{
    auto p = loadPayment(db, id);
    if (!p)
        return p.error();
    const auto [owed, credit] = accountAfter(db, p->customerId, id);
    p->customerBalanceAfterMinor = owed;
    p->customerCreditAfterMinor = credit;
    return p;
}

} // namespace

Result<PaymentView> PaymentService::payment(const Actor &actor, const QString &paymentId) const
{
    if (!maySee(actor))
        return denied(Tr::tr("Your role does not allow seeing payments."));
    return withBalances(m_db, paymentId);
}

Result<std::vector<PaymentView>> PaymentService::payments(const Actor &actor, const QString &customerId) const
{
    if (!maySee(actor))
        return denied(Tr::tr("Your role does not allow seeing payments."));
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id FROM payments WHERE customer_id = ? ORDER BY received_at DESC, id DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return storageError(q.lastError());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    std::vector<PaymentView> out;
    for (const QString &id : ids) {
        auto p = withBalances(m_db, id);
        if (!p)
            return p.error();
        out.push_back(std::move(p).value());
    }
    return out;
}

Result<CustomerAccount> PaymentService::account(const Actor &actor, const QString &customerId) const
{
    if (!maySee(actor))
        return denied(Tr::tr("Your role does not allow seeing payments."));
    return accountOf(m_db, customerId, m_currency, m_db.clock().nowUtc().toTimeZone(m_zone).date());
}

Result<CashUp> PaymentService::cashUp(const Actor &actor, const QDate &localDay) const
{
    if (!allows(actor.role, Permission::TakePayments))
        return denied(Tr::tr("Your role does not allow the cash-up."));
    if (!localDay.isValid())
        return invalid(Tr::tr("Choose the day to count."));
    // The local day in the location's zone (23 or 25 hours on the days clocks change).
    const QDateTime from = QDateTime(localDay, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(localDay.addDays(1), QTime(0, 0), m_zone).toUTC();
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id FROM payments WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id"));
    q.addBindValue(isoUtc(from));
    q.addBindValue(isoUtc(to));
    if (!q.exec())
        return storageError(q.lastError());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    CashUp c;
    c.day = localDay;
    c.currency = m_currency;
    for (PaymentMethod m : allPaymentMethods())
        c.lines.push_back(CashUpLine {m, 0, 0, 0, 0, 0});
    for (const QString &id : ids) {
        auto p = loadPayment(m_db, id);
        if (!p)
            return p.error();
        auto line = std::find_if(
            c.lines.begin(), c.lines.end(), [&](const CashUpLine &l) { return l.method == p->method; });
        const qint64 amount = p->amount.minor();
        if (p->refund) {
            ++line->refunds;
            line->refundedMinor += amount;
            c.refundedMinor += amount;
        } else {
            ++line->payments;
            line->takenMinor += amount;
            c.takenMinor += amount;
        }
        line->netMinor = line->takenMinor - line->refundedMinor;
        c.entries.push_back(std::move(p).value());
    }
    c.netMinor = c.takenMinor - c.refundedMinor;
    return c;
}

} // namespace spoke
