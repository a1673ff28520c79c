#pragma once

#include "core/billing/billing_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QTimeZone>

namespace spoke {

class LocationDatabase;
class WriteTx;

/// Invoices and credit notes: drafts, issuing with gap-free numbers, voiding, and the
/// location's billing settings. Every change is one unit of work with audit, outbox and
/// (for issued documents) a sales journal entry.
///
/// Permissions: front desk prepares drafts (DraftInvoices); managers issue, credit and void
/// (IssueInvoices, VoidRefund); viewing needs ViewInvoices.
class InvoiceService
{
public:
    /// zone: the location's IANA zone (issue and due dates are local); currency: its ISO code.
    InvoiceService(LocationDatabase &db, QTimeZone zone, QString currency);

    const QTimeZone &zone() const { return m_zone; }
    const QString &currency() const { return m_currency; }

    Result<BillingSettings> settings() const;
    /// Managers (ChangeSettings). Refuses a missing "standard" class or an invalid rate.
    Status saveSettings(const Actor &actor, const BillingSettings &settings);
    Result<Letterhead> letterhead() const;

    /// Starts a draft from completed jobs of one customer: one line per job line, the job's
    /// catalog prices and tax classes. Refuses jobs that are not completed, belong to
    /// another customer or are already on a draft or issued invoice.
    Result<QString> createDraftFromJobs(
        const Actor &actor, const QString &customerId, const QStringList &jobIds);
    /// Starts a standalone draft (or one with lines already given).
    Result<QString> createDraft(const Actor &actor, const InvoiceDraft &draft);
    Status updateDraft(const Actor &actor, const InvoiceDraft &draft);
    Status deleteDraft(const Actor &actor, const QString &invoiceId);
    /// The totals a draft would have if issued now (for the editor, as you type).
    Result<InvoiceTotals> previewTotals(const InvoiceDraft &draft) const;

    /// Issues a draft: computes and freezes the totals, takes the next number, sets issue
    /// and due dates, moves its jobs to invoiced. Returns the number. A zero or negative
    /// total is refused. The number and the issue are one transaction: a crash leaves both
    /// undone, so numbers have no gaps.
    Result<QString> issue(const Actor &actor, const QString &invoiceId);
    /// Issues a credit note against an issued invoice: lines (empty: the whole invoice),
    /// a reason. It settles the invoice's balance first; what is left becomes customer
    /// credit. Refused above what is still creditable. Returns the credit note's id.
    Result<QString> creditNote(const Actor &actor, const QString &invoiceId,
        const std::vector<InvoiceLine> &lines, const QString &reason);
    /// Voids an issued invoice that nothing has settled (no payment, no credit note):
    /// managers, with a reason. Its jobs go back to completed. The number stays used.
    Status voidInvoice(const Actor &actor, const QString &invoiceId, const QString &reason);

    Result<InvoiceView> view(const Actor &actor, const QString &invoiceId) const;
    Result<std::vector<InvoiceSummary>> list(const Actor &actor, const InvoiceFilter &filter) const;
    /// Completed jobs of a customer not yet on an invoice (what "Invoice jobs" offers).
    Result<std::vector<QString>> uninvoicedJobs(const Actor &actor, const QString &customerId) const;

private:
    LocationDatabase &m_db;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace spoke
