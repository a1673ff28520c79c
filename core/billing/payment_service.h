#pragma once

#include "core/billing/billing_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QTimeZone>

namespace spoke {

class LocationDatabase;

/// Payments, customer credit, refunds, receipts and the daily cash-up.
///
/// Permissions: the front desk takes payments, applies credit and prints receipts
/// (TakePayments); refunds need a manager and a reason (VoidRefund). All audited and
/// journaled.
class PaymentService
{
public:
    PaymentService(LocationDatabase &db, QTimeZone zone, QString currency);

    /// Records a payment. Against an invoice: refused above its balance unless
    /// excessToCredit, then the excess is customer credit. Without an invoice: all of it
    /// is customer credit. Returns the payment id (its receipt number is on the view).
    Result<QString> recordPayment(const Actor &actor, const PaymentInput &input);
    /// Settles an invoice from the customer's unused credit (oldest first). Refused above
    /// the credit or the invoice's balance.
    Status applyCredit(const Actor &actor, const QString &invoiceId, const Money &amount);
    /// Gives money back from the unused part of a payment or credit note (sourceKind
    /// "payment" or "credit_note"): managers, with a reason. Money already settling an
    /// invoice is not refundable: credit the invoice first. Returns the refund's id.
    Result<QString> refund(const Actor &actor, const QString &sourceKind, const QString &sourceId,
        const Money &amount, PaymentMethod method, const QString &reason);

    Result<PaymentView> payment(const Actor &actor, const QString &paymentId) const;
    /// A customer's payments and refunds, newest first.
    Result<std::vector<PaymentView>> payments(const Actor &actor, const QString &customerId) const;
    Result<CustomerAccount> account(const Actor &actor, const QString &customerId) const;
    /// Payments and refunds by method for a local day.
    Result<CashUp> cashUp(const Actor &actor, const QDate &localDay) const;

private:
    LocationDatabase &m_db;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace spoke
