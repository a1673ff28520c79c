#pragma once

#include "core/customers/customer.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace spoke {

class LocationDatabase;
class WriteTx;

/// A value the profile editor must flag: which field, and why, translated.
struct FieldIssue
{
    QString field; ///< "givenName", "phones[1]", "emails[0]", ...
    QString message;
};

/// A likely duplicate found when a customer is created, imported or edited.
struct DuplicateCandidate
{
    QString customerId;
    QString otherId;
    QString reason; ///< "phone", "email", "name+address"
};

/// Customers and everything remembered about them. Every change is permission-checked,
/// validated, and written with its search index entry, an audit entry and an outbox entry
/// in one transaction.
class CustomerService
{
public:
    /// phoneRegion: where numbers without a country code are dialled (see
    /// phoneRegionForTimeZone()).
    CustomerService(LocationDatabase &db, QString phoneRegion);

    const QString &phoneRegion() const { return m_region; }

    /// Every problem with the customer's values; empty when it can be saved. Phones are
    /// normalised to E.164 in place when valid.
    std::vector<FieldIssue> validate(Customer &customer) const;
    static bool isValidEmail(const QString &email);

    /// Creates the customer; returns the new id. InvalidInput lists the flagged fields.
    Result<QString> create(const Actor &actor, Customer customer);
    Status update(const Actor &actor, Customer customer);
    Result<Customer> get(const Actor &actor, const QString &id) const;

    /// Soft delete (manager): hidden from lists and search, kept for sales history.
    Status remove(const Actor &actor, const QString &id, const QString &reason);
    /// "Erase personal data" for a privacy request (manager): names, contacts,
    /// addresses, preferences, notes and timeline text go; the id and sales stay.
    Status erasePersonalData(const Actor &actor, const QString &id);

    /// A call or a note on the timeline, from the keyboard.
    Result<QString> addTimelineEntry(
        const Actor &actor, const QString &customerId, const QString &kind, const QString &summary);
    Result<std::vector<TimelineEntry>> timeline(
        const Actor &actor, const QString &customerId, int limit = 200) const;

    Status setConsent(const Actor &actor, const QString &customerId, const Consent &consent);

    /// Open duplicate candidates for the review screen, newest first.
    Result<std::vector<DuplicateCandidate>> openDuplicates(const Actor &actor, int limit = 200) const;
    Status dismissDuplicate(const Actor &actor, const QString &a, const QString &b);
    /// Merges `other` into `keep`: every phone, email, address, preference, tag, consent
    /// and timeline entry of both stays on `keep`; `other` is soft-deleted as merged.
    Status merge(const Actor &actor, const QString &keep, const QString &other);

    // For importers, which batch many customers into one unit of work: the same steps
    // create() takes, inside the caller's transaction. The customer must be validated.
    Result<QString> insertInTx(WriteTx &tx, Customer &customer, bool audit);
    /// Sync recovery: writes a customer exactly as head office holds it (its id, phones,
    /// emails, addresses, preferences, tags and consents), with its search entry and list
    /// columns, inside the caller's transaction. No timeline entry, audit or outbox entry:
    /// the record came from the hub and must not go back up. Phones must be valid.
    Status restoreInTx(WriteTx &tx, Customer &customer);

    /// The sync payload: the customer without local-only fields (gate and alarm codes).
    static QJsonObject syncPayload(const Customer &customer);

private:
    Status writeChildren(WriteTx &tx, const QString &id, Customer &customer, bool fresh) const;
    /// Rewrites the customer's search entry, from `known` when the caller has the whole
    /// customer at hand (create, update), else from the rows.
    Status reindex(WriteTx &tx, const QString &id, const Customer *known = nullptr) const;
    Status findDuplicates(WriteTx &tx, const QString &id) const;
    /// Keeps the list columns (first phone, email, address, tags) of the customers row
    /// current, so lists and search results read one row per customer.
    Status refreshListColumns(WriteTx &tx, const QString &id, const Customer &customer) const;
    Result<Customer> load(const QString &id) const;

    LocationDatabase &m_db;
    QString m_region;
};

} // namespace spoke
