#pragma once

#include "core/billing/billing_types.h"
#include "core/util/result.h"

#include <utility>
#include <vector>

namespace spoke {

class LocationDatabase;
class WriteTx;

/// The append-only, hash-chained sales journal: every issued invoice and credit note,
/// payment, refund, credit applied and void. Each entry's hash covers its fields and the
/// previous hash; a head row keeps the last one, and the head syncs to head office so
/// royalties can be trusted. verify() finds an edited, inserted or missing entry.
class SalesJournal
{
public:
    /// Appends within the caller's unit of work (fills seq, id, at, staff, hashes) and
    /// queues the new head for sync.
    static Status append(WriteTx &tx, JournalEntry entry);
    static JournalVerification verify(const LocationDatabase &db);
    static std::pair<qint64, QString> head(const LocationDatabase &db);
    /// Entries from seq onwards (for the hub and for screens).
    static std::vector<JournalEntry> entries(const LocationDatabase &db, qint64 fromSeq, int limit);
};

} // namespace spoke
