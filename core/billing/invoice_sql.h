#pragma once

// Helpers shared by the files that implement InvoiceService (not a public header).

#include "core/billing/billing_types.h"
#include "core/util/result.h"

namespace spoke {
class WriteTx;
} // namespace spoke

namespace spoke::invoice_sql {

/// Checks what a draft can hold without the database (lines, currency, terms).
Status validateDraft(const InvoiceDraft &draft, const QString &locationCurrency);
/// The lines as the tax arithmetic takes them.
std::vector<PriceLine> priceLines(const std::vector<InvoiceLine> &lines, const QString &currency);
/// The totals of a draft with the given settings (refused like computeTotals()).
Result<InvoiceTotals> draftTotals(
    const InvoiceDraft &draft, const BillingSettings &settings, const QString &currency);
/// Writes a draft's row, lines and jobs (replacing what it had). Refuses a missing customer and
/// jobs that are not completed, belong to someone else or are on another invoice.
Status saveDraft(WriteTx &tx, InvoiceDraft &draft, const BillingSettings &settings, bool fresh);

} // namespace spoke::invoice_sql
