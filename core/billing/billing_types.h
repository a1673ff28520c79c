#pragma once

#include "core/billing/money.h"
#include "core/billing/tax.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace spoke {

// The records of billing: invoices and credit notes, payments and refunds, how payments
// and credit notes settle invoices, and the views that screens and documents show. The
// rules are stated in docs/invoices-and-payments.md.

/// An invoice, or a credit note that corrects one (an issued document never changes).
enum class InvoiceKind { Invoice, CreditNote };
/// draft (editable, no number) → issued (numbered, immutable) → void (manager, reason, unpaid only).
enum class InvoiceStatus { Draft, Issued, Void };

QString invoiceKindKey(InvoiceKind kind);
InvoiceKind invoiceKindFromKey(const QString &key);
QString invoiceStatusKey(InvoiceStatus status);
InvoiceStatus invoiceStatusFromKey(const QString &key);
/// Translated names for screens and documents.
QString invoiceStatusName(InvoiceStatus status);

/// How money was taken or given back. Card is recorded only (there is no card processor).
enum class PaymentMethod { Cash, Card, Cheque, BankTransfer, Other };
QString paymentMethodKey(PaymentMethod method);
/// Returns false for an unknown key.
bool paymentMethodFromKey(const QString &key, PaymentMethod *out);
QString paymentMethodName(PaymentMethod method);
const std::vector<PaymentMethod> &allPaymentMethods();

/// One line of an invoice or credit note as entered (totals are computed, never typed).
struct InvoiceLine
{
    QString id;
    QString jobId; ///< the job this line bills; empty for a standalone line
    QString serviceId;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0; ///< with or without tax, per the invoice's tax settings
    Discount discount;
    QString taxClass = QStringLiteral("standard");
};

/// What a draft holds; also what createDraft/updateDraft take.
struct InvoiceDraft
{
    QString id; ///< empty when creating
    QString customerId;
    QString currency; ///< empty: the location's
    std::vector<InvoiceLine> lines;
    Discount invoiceDiscount;
    int termsDays = -1; ///< days from issue to due; -1: the location's default
    QString notes; ///< printed on the document
};

/// The location's billing settings (Settings → Billing; managers).
struct BillingSettings
{
    TaxSettings tax; ///< prices with or without tax, rounding mode, per line or per invoice
    std::vector<TaxClass> taxClasses; ///< "standard" must exist
    int defaultTermsDays = 14;
    QString invoicePrefix; ///< e.g. "DT-"; numbers continue when it changes
    QString creditNotePrefix; ///< e.g. "DT-CN-"
    QString receiptPrefix; ///< e.g. "DT-R-"
    QString footer; ///< printed at the foot of every document (bank details, thanks...)
    QByteArray logoPng; ///< optional; printed at the top of documents
};

/// A stored line with its computed amounts (minor units of the invoice's currency).
struct InvoiceLineView
{
    InvoiceLine line;
    LineTotals totals;
};

/// An invoice or credit note as read back, with its settlement.
struct InvoiceView
{
    QString id;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString number; ///< empty for a draft
    QString customerId;
    QString customerName; ///< as billed (kept at issue)
    QString billingAddress; ///< as billed (kept at issue), lines separated by '\n'
    QString currency;
    QDate issueDate; ///< local date; invalid for a draft
    QDate dueDate;
    int termsDays = 0;
    QString notes;
    TaxSettings taxSettings; ///< the settings the totals were computed with
    std::vector<InvoiceLineView> lines;
    Discount invoiceDiscount;
    InvoiceTotals totals;
    QStringList jobIds;
    QString creditedInvoiceId; ///< for a credit note: the invoice it corrects
    QString creditedInvoiceNumber;
    QString reason; ///< credit note reason
    QString voidReason;
    QDateTime voidedAtUtc;
    QString issuedBy;
    QDateTime issuedAtUtc;
    qint64 paidMinor = 0; ///< settled by payments and customer credit
    qint64 creditedMinor = 0; ///< settled by credit notes against it
    qint64 balanceMinor = 0; ///< what is still owed (invoice) or still unused (credit note)
};

/// One row of an invoice list.
struct InvoiceSummary
{
    QString id;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString number;
    QString customerId;
    QString customerName;
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money balance;
};

struct InvoiceFilter
{
    QString customerId; ///< empty: all customers
    bool draftsOnly = false;
    bool openOnly = false; ///< issued invoices with a balance
    QString text; ///< number or customer name contains
    int limit = 500;
};

/// A payment taken, or a refund given back (always a positive amount).
struct PaymentInput
{
    QString customerId;
    QString invoiceId; ///< empty: an advance, kept as customer credit
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference; ///< cheque number, card's last digits, transfer reference
    QString note;
    QDateTime receivedAtUtc; ///< invalid: now
    /// A payment above the invoice's balance is refused unless this is set; then the
    /// excess becomes customer credit (the stated rule).
    bool excessToCredit = false;
};

/// How one payment or credit note settled an invoice.
struct Allocation
{
    QString id;
    QString sourceKind; ///< "payment" or "credit_note"
    QString sourceId;
    QString invoiceId;
    QString invoiceNumber;
    qint64 amountMinor = 0;
    QDateTime atUtc;
};

struct PaymentView
{
    QString id;
    bool refund = false;
    QString receiptNumber; ///< payments and refunds are numbered for receipts
    QString customerId;
    QString customerName;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString note;
    QString reason; ///< refunds
    QString refundedSourceKind; ///< refunds: "payment" or "credit_note"
    QString refundedSourceId;
    QDateTime receivedAtUtc;
    QString takenBy;
    std::vector<Allocation> allocations; ///< payments: the invoices it settled
    qint64 unusedMinor = 0; ///< payments: still customer credit (after refunds)
    qint64 customerBalanceAfterMinor = 0; ///< what the customer owes after it, for receipts
    qint64 customerCreditAfterMinor = 0;
};

/// What a customer owes and holds, in the location's currency.
struct CustomerAccount
{
    QString customerId;
    Money owed; ///< open invoice balances
    Money credit; ///< unused payments and credit notes
    int openInvoices = 0;
    int overdueInvoices = 0;
};

/// Payments by method for one local day (the front desk's cash-up).
struct CashUpLine
{
    PaymentMethod method = PaymentMethod::Cash;
    int payments = 0;
    qint64 takenMinor = 0;
    int refunds = 0;
    qint64 refundedMinor = 0;
    qint64 netMinor = 0;
};

struct CashUp
{
    QDate day; ///< local date
    QString currency;
    std::vector<CashUpLine> lines; ///< every method, in allPaymentMethods() order
    qint64 takenMinor = 0;
    qint64 refundedMinor = 0;
    qint64 netMinor = 0;
    std::vector<PaymentView> entries; ///< the day's payments and refunds, oldest first
};

/// Receivables aging: open invoices by days past their due date on a day.
enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 };
QString agingBucketName(AgingBucket bucket);
AgingBucket agingBucketFor(int daysPastDue);

struct OpenInvoice
{
    QString invoiceId;
    QString number;
    QString customerId;
    QString customerName;
    QDate issueDate;
    QDate dueDate;
    int daysPastDue = 0; ///< 0 or less: not yet due
    AgingBucket bucket = AgingBucket::Current;
    qint64 totalMinor = 0;
    qint64 balanceMinor = 0;
};

struct AgingReport
{
    QDate asOf;
    QString currency;
    qint64 bucketMinor[5] = {0, 0, 0, 0, 0}; ///< indexed by AgingBucket
    int bucketCount[5] = {0, 0, 0, 0, 0};
    qint64 totalMinor = 0;
    int openCount = 0;
};

/// A customer's statement of account for a period.
struct StatementLine
{
    QDate date;
    QString kind; ///< "invoice", "credit_note", "payment", "refund", "void"
    QString reference; ///< number
    QString description;
    qint64 debitMinor = 0; ///< raises what the customer owes
    qint64 creditMinor = 0; ///< lowers it
    qint64 runningMinor = 0; ///< balance after the line (owed minus credit)
};

struct Statement
{
    QString customerId;
    QString customerName;
    QString billingAddress;
    QString currency;
    QDate from;
    QDate to;
    qint64 openingMinor = 0;
    std::vector<StatementLine> lines;
    qint64 closingMinor = 0;
    std::vector<OpenInvoice> open; ///< open invoices at `to`, with aging
    qint64 agingMinor[5] = {0, 0, 0, 0, 0};
};

/// One entry of the hash-chained sales journal.
struct JournalEntry
{
    qint64 seq = 0;
    QString id;
    QString at; ///< UTC ISO
    QString kind; ///< invoice_issued, credit_note_issued, invoice_voided, payment, refund, credit_applied
    QString documentId;
    QString documentNumber;
    QString customerId;
    qint64 amountMinor = 0;
    QString currency;
    QString staffId;
    QString staffName;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

struct JournalVerification
{
    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0; ///< 0 when ok
    QString problem; ///< translated, empty when ok
};

/// The location as printed at the top of documents.
struct Letterhead
{
    QString businessName;
    QString address;
    QString phone;
    QString email;
    QString taxIds;
    QString footer;
    QByteArray logoPng;
};

} // namespace spoke
