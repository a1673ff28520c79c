#pragma once

// Helpers shared by the files that implement billing (not a public header): how billing
// values are stored (dates, JSON of tax settings and totals), reading invoices and payments
// back, numbering, allocations, customer timeline entries and job status moves.

#include "core/billing/billing_types.h"
#include "core/schedule/schedule_types.h"
#include "core/util/ids.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QVariant>

#include <utility>

namespace spoke {
class LocationDatabase;
class WriteTx;
} // namespace spoke

namespace spoke::billing_sql {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Billing)
};

inline Error denied(const QString &message)
{
    return makeError(ErrorCode::PermissionDenied, message);
}

inline Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Sequences of gap-free numbers (number_sequences.kind).
inline QString invoiceSequence()
{
    return QStringLiteral("invoice");
}
inline QString creditNoteSequence()
{
    return QStringLiteral("credit_note");
}
inline QString receiptSequence()
{
    return QStringLiteral("receipt");
}

/// "yyyy-MM-dd" (a local date), or SQL NULL for an invalid date.
QVariant dateOrNull(const QDate &date);
QDate dateFrom(const QVariant &value);
/// ISO UTC text with milliseconds, or SQL NULL.
QVariant instantOrNull(const QDateTime &utc);
QDateTime instantFrom(const QVariant &value);
/// Money amounts travel in JSON as decimal text (no double rounding beyond 2^53).
inline QString minorText(qint64 minor)
{
    return QString::number(minor);
}
inline qint64 minorFrom(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}
QString compactJson(const QJsonObject &object);
QString compactJson(const QJsonArray &array);

QString discountKindKey(Discount::Kind kind);
Discount::Kind discountKindFromKey(const QString &key);

QJsonObject taxSettingsJson(const TaxSettings &settings);
TaxSettings taxSettingsFromJson(const QJsonObject &object);
QJsonArray ratesJson(const std::vector<TaxRate> &rates);
std::vector<TaxRate> ratesFromJson(const QJsonArray &array);
QJsonArray taxClassesJson(const std::vector<TaxClass> &classes);
std::vector<TaxClass> taxClassesFromJson(const QJsonArray &array);
QJsonArray taxAmountsJson(const std::vector<TaxAmount> &taxes);
std::vector<TaxAmount> taxAmountsFromJson(const QJsonArray &array);
QJsonObject lineTotalsJson(const LineTotals &totals);
LineTotals lineTotalsFromJson(const QJsonObject &object);
/// Invoice-level totals rebuilt from the lines' stored totals (the invoice's tax per rate
/// is the sum of its lines', in the order the codes first appear).
InvoiceTotals totalsFromLines(const QString &currency, const std::vector<LineTotals> &lines);

/// The location's billing settings as stored (settings keys billing.*, tax_classes and the
/// profile's invoice prefix), with the defaults for what was never saved.
Result<BillingSettings> loadSettings(const LocationDatabase &db);

/// Takes the next number of a sequence within the unit of work (rolled back with it).
Result<qint64> takeNumber(WriteTx &tx, const QString &sequence);
/// prefix + the number zero-padded to six digits: "RIV-000042".
QString formatNumber(const QString &prefix, qint64 number);

/// Adds an entry to the customer's timeline.
Status addTimeline(WriteTx &tx, const QString &customerId, const QString &kind, const QString &summary,
    const QString &refEntity, const QString &refId);

/// Name and billing address of a customer as printed on a document: the billing address,
/// else the first service address; lines separated by '\n'.
Result<std::pair<QString, QString>> billTo(const LocationDatabase &db, const QString &customerId);

/// An invoice or credit note with its lines, jobs and settlement. Drafts carry no totals
/// (the caller previews them).
Result<InvoiceView> loadInvoice(const LocationDatabase &db, const QString &id);
/// The stored tax classes snapshot of an issued document.
std::vector<TaxClass> invoiceTaxClasses(const LocationDatabase &db, const QString &id);
/// What syncs for an issued (or void) invoice or credit note: frozen fields only, so the
/// payload never changes after issue except for the void fields.
QJsonObject invoicePayload(const InvoiceView &invoice);

/// A payment or refund with its allocations (no customer balances).
Result<PaymentView> loadPayment(const LocationDatabase &db, const QString &id);
QJsonObject paymentPayload(const PaymentView &payment);
QJsonObject allocationPayload(const Allocation &allocation);

/// Records that a payment or credit note settles an invoice (row and outbox); balances are
/// the caller's.
Result<Allocation> addAllocation(WriteTx &tx, const QString &sourceKind, const QString &sourceId,
    const QString &invoiceId, const QString &invoiceNumber, qint64 amountMinor);

/// Moves jobs from one status to another within the unit of work: the rows, a job event
/// each, and the job's sync payload. A job not in `from` is refused.
Status moveJobs(WriteTx &tx, LocationDatabase &db, const QTimeZone &zone, const QString &currency,
    const QStringList &jobIds, JobStatus from, JobStatus to, const QString &detail);

/// What a customer owes and holds now (open balances; unused payments and credit notes).
Result<CustomerAccount> accountOf(
    const LocationDatabase &db, const QString &customerId, const QString &currency, const QDate &today);

/// What the customer owed and held just after the sales journal entry of a document (a
/// payment or refund: what its receipt prints).
std::pair<qint64, qint64> accountAfter(
    const LocationDatabase &db, const QString &customerId, const QString &documentId);

} // namespace spoke::billing_sql
