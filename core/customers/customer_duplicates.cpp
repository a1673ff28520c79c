// Likely duplicates (same phone, same email, similar name at the same address), their
// review, and merging two customers into one. Part of CustomerService.

#include "core/customers/customer_service.h"

#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>
#include <tuple>
#include <vector>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CustomerService)
};

Error denied(const QString &what)
{
    return makeError(ErrorCode::PermissionDenied, what);
}

// Levenshtein distance, capped: enough to call "Jon Smith" and "John Smith" similar.
int editDistance(const QString &a, const QString &b, int cap)
{
    if (qAbs(a.size() - b.size()) > cap)
        return cap + 1;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)]
                = std::min({prev[size_t(j)] + 1, cur[size_t(j) - 1] + 1, prev[size_t(j) - 1] + cost});
            rowMin = std::min(rowMin, cur[size_t(j)]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

} // namespace

Status CustomerService::findDuplicates(WriteTx &tx, const QString &id) const
{
    struct Found
    {
        QString other;
        QString reason;
    };
    std::vector<Found> found;
    auto collect = [&](const QString &sql, const QString &reason) -> Status {
        auto q = tx.exec(sql, {id});
        if (!q)
            return q.error();
        while (q.value().next())
            found.push_back({q.value().value(0).toString(), reason});
        return {};
    };
    if (auto s
        = collect(QStringLiteral(
                      "SELECT DISTINCT p2.customer_id FROM customer_phones p1 "
                      "JOIN customer_phones p2 ON p2.e164 = p1.e164 AND p2.customer_id <> p1.customer_id "
                      "JOIN customers c ON c.id = p2.customer_id AND c.deleted_at IS NULL "
                      "WHERE p1.customer_id = ?"),
            QStringLiteral("phone"));
        !s)
        return s;
    if (auto s = collect(QStringLiteral("SELECT DISTINCT e2.customer_id FROM customer_emails e1 "
                                        "JOIN customer_emails e2 ON e2.normalized = e1.normalized "
                                        "AND e2.customer_id <> e1.customer_id "
                                        "JOIN customers c ON c.id = e2.customer_id AND c.deleted_at IS NULL "
                                        "WHERE e1.customer_id = ?"),
            QStringLiteral("email"));
        !s)
        return s;
    // Similar name at the same address.
    auto mine = tx.exec(QStringLiteral("SELECT c.sort_name, a.street, a.postal_code FROM customers c "
                                       "JOIN customer_addresses a ON a.customer_id = c.id "
                                       "WHERE c.id = ? AND a.street <> ''"),
        {id});
    if (!mine)
        return mine.error();
    std::vector<std::tuple<QString, QString, QString>> places;
    while (mine.value().next())
        places.emplace_back(mine.value().value(0).toString(), mine.value().value(1).toString(),
            mine.value().value(2).toString());
    for (const auto &[sortName, street, postal] : places) {
        auto others
            = tx.exec(QStringLiteral("SELECT DISTINCT c.id, c.sort_name FROM customer_addresses a "
                                     "JOIN customers c ON c.id = a.customer_id AND c.deleted_at IS NULL "
                                     "WHERE a.street = ? COLLATE NOCASE AND a.postal_code = ? AND c.id <> ?"),
                {street, postal, id});
        if (!others)
            return others.error();
        while (others.value().next()) {
            const QString otherName = others.value().value(1).toString();
            if (editDistance(sortName, otherName, 2) <= 2)
                found.push_back({others.value().value(0).toString(), QStringLiteral("name+address")});
        }
    }
    for (const Found &f : found) {
        const QString a = std::min(id, f.other);
        const QString b = std::max(id, f.other);
        auto r = tx.exec(
            QStringLiteral("INSERT OR IGNORE INTO customer_duplicates (a_id, b_id, reason, status, found_at) "
                           "VALUES (?, ?, ?, 'open', ?)"),
            {a, b, f.reason, tx.nowIso()});
        if (!r)
            return r.error();
    }
    return {};
}

Result<std::vector<DuplicateCandidate>> CustomerService::openDuplicates(const Actor &actor, int limit) const
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow reviewing duplicates."));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT d.a_id, d.b_id, d.reason FROM customer_duplicates d "
                                            "JOIN customers a ON a.id = d.a_id AND a.deleted_at IS NULL "
                                            "JOIN customers b ON b.id = d.b_id AND b.deleted_at IS NULL "
                                            "WHERE d.status = 'open' ORDER BY d.found_at DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<DuplicateCandidate> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status CustomerService::dismissDuplicate(const Actor &actor, const QString &a, const QString &b)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow reviewing duplicates."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral("UPDATE customer_duplicates SET status = 'dismissed' WHERE a_id = ? AND b_id = ?"),
            {std::min(a, b), std::max(a, b)});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("customer.duplicate_dismissed"), QStringLiteral("customer"), a,
            {{QStringLiteral("other"), b}});
    });
}

Status CustomerService::merge(const Actor &actor, const QString &keep, const QString &other)
{
    if (!allows(actor.role, Permission::DeleteCustomers))
        return denied(Tr::tr("Only a manager can merge customers."));
    if (keep == other)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A customer cannot be merged with itself."));
    auto kept = load(keep);
    if (!kept)
        return kept.error();
    auto gone = load(other);
    if (!gone)
        return gone.error();
    if (kept.value().erased || gone.value().erased)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Erased customers cannot be merged."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        // Each statement binds keep and other in the order its placeholders appear
        // (Qt rewrites ?NNN placeholders, so plain ? it is).
        const std::vector<std::pair<QString, QVariantList>> steps {
            // Same number or address: one contact; different ones all move over.
            {QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ? AND e164 IN "
                            "(SELECT e164 FROM customer_phones WHERE customer_id = ?)"),
                {other, keep}},
            {QStringLiteral(
                 "UPDATE customer_phones SET customer_id = ?, preferred = 0, position = position + 1000 "
                 "WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("DELETE FROM customer_emails WHERE customer_id = ? AND normalized IN "
                            "(SELECT normalized FROM customer_emails WHERE customer_id = ?)"),
                {other, keep}},
            {QStringLiteral(
                 "UPDATE customer_emails SET customer_id = ?, preferred = 0, position = position + 1000 "
                 "WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("UPDATE customer_addresses SET customer_id = ?, position = position + 1000 "
                            "WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("UPDATE customer_preferences SET customer_id = ?, position = position + 1000 "
                            "WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag) "
                            "SELECT ?, tag FROM customer_tags WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), {other}},
            // The newer decision per channel wins.
            {QStringLiteral(
                 "INSERT OR REPLACE INTO customer_consents (customer_id, channel, granted, at, method, "
                 "recorded_by) SELECT ?, o.channel, o.granted, o.at, o.method, o.recorded_by "
                 "FROM customer_consents o LEFT JOIN customer_consents k ON k.customer_id = ? "
                 "AND k.channel = o.channel WHERE o.customer_id = ? AND (k.at IS NULL OR o.at > k.at)"),
                {keep, keep, other}},
            {QStringLiteral("DELETE FROM customer_consents WHERE customer_id = ?"), {other}},
            {QStringLiteral("UPDATE customer_timeline SET customer_id = ? WHERE customer_id = ?"),
                {keep, other}},
            // Their jobs and recurring services follow them (addresses kept their ids above).
            {QStringLiteral("UPDATE jobs SET customer_id = ?, revision = revision + 1 WHERE customer_id = ?"),
                {keep, other}},
            {QStringLiteral("UPDATE job_series SET customer_id = ? WHERE customer_id = ?"), {keep, other}},
            // So do their invoices, payments and credit (what was printed on them stays).
            {QStringLiteral("UPDATE invoices SET customer_id = ? WHERE customer_id = ?"), {keep, other}},
            {QStringLiteral("UPDATE payments SET customer_id = ? WHERE customer_id = ?"), {keep, other}},
            {QStringLiteral(
                 "UPDATE customers SET "
                 "customer_since = min(customer_since, (SELECT customer_since FROM customers WHERE id = ?)), "
                 "notes = trim(notes || char(10) || (SELECT notes FROM customers WHERE id = ?), char(10)), "
                 "last_activity_at = max(last_activity_at, "
                 "(SELECT last_activity_at FROM customers WHERE id = ?)) WHERE id = ?"),
                {other, other, other, keep}},
            {QStringLiteral("UPDATE customer_duplicates SET status = 'merged' WHERE status = 'open' AND "
                            "((a_id = ? AND b_id = ?) OR (a_id = ? AND b_id = ?))"),
                {keep, other, other, keep}},
        };
        for (const auto &[sql, values] : steps) {
            auto r = tx.exec(sql, values);
            if (!r)
                return r.error();
        }
        auto del = tx.exec(
            QStringLiteral(
                "UPDATE customers SET deleted_at = ?, merged_into = ?, updated_at = ? WHERE id = ?"),
            {tx.nowIso(), keep, tx.nowIso(), other});
        if (!del)
            return del.error();
        auto t = tx.exec(
            QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, actor_name, "
                           "summary) VALUES (?,?,?,'merged',?,?,?)"),
            {tx.newId(), keep, tx.nowIso(), nonNull(actor.staffId), nonNull(actor.name),
                Tr::tr("Merged with %1").arg(gone.value().displayName())});
        if (!t)
            return t.error();
        if (auto s = reindex(tx, keep); !s)
            return s;
        if (auto s = reindex(tx, other); !s)
            return s;
        if (auto s = tx.audit(QStringLiteral("customer.merge"), QStringLiteral("customer"), keep,
                {{QStringLiteral("merged"), other}});
            !s)
            return s;
        if (auto s = tx.outbox(QStringLiteral("customer"), other, QStringLiteral("delete"),
                {{QStringLiteral("id"), other}, {QStringLiteral("mergedInto"), keep}});
            !s)
            return s;
        // The kept customer's new state goes up as a whole (reads see this transaction).
        auto merged = load(keep);
        if (!merged)
            return merged.error();
        if (auto s = refreshListColumns(tx, keep, merged.value()); !s)
            return s;
        return tx.outbox(
            QStringLiteral("customer"), keep, QStringLiteral("upsert"), syncPayload(merged.value()));
    });
}

} // namespace spoke
