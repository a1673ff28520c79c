#pragma once

#include "core/protocol/sync_messages.h"
#include "core/util/result.h"

namespace spoke {
class LocationDatabase;
class WriteTx;
} // namespace spoke

namespace spoke::sync {

/// Where a page sits in a pull.
struct PageContext
{
    bool fullPass = false; ///< part of a full-state pass (full_resync)
    bool firstPage = false; ///< the first page of that pass (no page token sent)
};

/// What applying a page did.
struct PageResult
{
    qint64 applied = 0; ///< records written (inserted, updated, removed)
    qint64 kept = 0; ///< the location's own records this PC already has (its copy is newer)
    qint64 archived = 0; ///< records kept aside, not rebuilt (invoices, payments, ...)
    qint64 parked = 0; ///< waiting for a record they need
    qint64 rejected = 0; ///< could not be applied; in the rejection log
    qint64 unparked = 0; ///< parked changes applied at last
    bool jobsChanged = false;
    bool catalogChanged = false;
    bool customersChanged = false;
    bool settingsChanged = false;
};

/// Applies one pull page inside the caller's transaction (the engine's, as the System
/// actor): head-office records are written (central bookings into jobs, the catalog into
/// services with hidden_here untouched, managed settings), the location's own records
/// fill only what this PC lacks (recovery), tombstones remove. Nothing is queued in the
/// outbox. After the last page of a full pass, head-office records the pass did not list
/// are removed; then the cursor is stored — all in the same transaction.
Result<PageResult> applyPage(
    LocationDatabase &db, WriteTx &tx, const protocol::PullResponse &page, const PageContext &context);

/// The settings head office manages (location_settings payload key -> settings key).
/// invoiceFooter -> billing.footer, defaultTermsDays -> billing.default_terms_days.
QList<std::pair<QString, QString>> managedSettings();

} // namespace spoke::sync
