#pragma once

#include "core/billing/billing_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QTimeZone>

namespace spoke {

class LocationDatabase;

/// What customers owe: open invoices, aging buckets and statements of account.
/// Managers only (ViewReceivables), except a customer's own balance (see PaymentService).
class ReceivablesService
{
public:
    ReceivablesService(LocationDatabase &db, QTimeZone zone, QString currency);

    /// Totals per aging bucket on a local day. Reads only open invoices (an index), so it
    /// stays fast with hundreds of thousands of settled ones.
    Result<AgingReport> aging(const Actor &actor, const QDate &asOf) const;
    /// Open invoices on a local day, most overdue first; customerId empty: everyone.
    Result<std::vector<OpenInvoice>> openInvoices(
        const Actor &actor, const QDate &asOf, const QString &customerId = QString(), int limit = 1000) const;
    /// A customer's statement for [from, to] (local dates): opening balance, every
    /// invoice, credit note, payment and refund, the closing balance and aging at `to`.
    Result<Statement> statement(
        const Actor &actor, const QString &customerId, const QDate &from, const QDate &to) const;

private:
    LocationDatabase &m_db;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace spoke
