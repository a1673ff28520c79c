#include "core/customers/customer_search.h"

#include "core/customers/phone_numbers.h"
#include "core/customers/search_text.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"

#include <QCoreApplication>
#include <QSet>

#include <QSqlError>
#include <algorithm>
#include <tuple>

namespace spoke {

CustomerSearch::CustomerSearch(const LocationDatabase &db, QString phoneRegion)
    : m_db(db)
    , m_region(std::move(phoneRegion))
{ }

void CustomerSearch::exactContactMatches(const QString &query, QStringList &ids) const
{
    const QString trimmed = query.trimmed();
    if (trimmed.contains(u'@')) {
        QSqlQuery q
            = m_db.query(QStringLiteral("SELECT e.customer_id FROM customer_emails e "
                                        "JOIN customers c ON c.id = e.customer_id AND c.deleted_at IS NULL "
                                        "WHERE e.normalized = ? LIMIT 20"));
        q.addBindValue(trimmed.toCaseFolded());
        if (q.exec())
            while (q.next())
                ids << q.value(0).toString();
        return;
    }
    // A query of digits and phone punctuation only is a phone number being typed.
    const QString digits = digitsOnly(trimmed);
    if (digits.size() < 7)
        return;
    for (const QChar c : trimmed)
        if (c.isLetter())
            return;
    QStringList e164s;
    if (auto n = normalizePhone(trimmed, m_region))
        e164s << n.value().e164;
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT p.customer_id FROM customer_phones p "
                                    "JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL "
                                    "WHERE p.e164 = ? OR p.national_digits = ? LIMIT 20"));
    q.addBindValue(e164s.isEmpty() ? QStringLiteral("+") + digits : e164s.first());
    q.addBindValue(digits);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
}

void CustomerSearch::ftsMatches(const QString &match, int limit, QStringList &ids) const
{
    if (match.isEmpty())
        return;
    // Unranked FTS lookups (rowid order) are the fast path: ordering by bm25 over every
    // match of a short prefix costs ten times more. Names are ranked afterwards.
    QSqlQuery q = m_db.query(QStringLiteral("SELECT m.customer_id FROM customer_search s "
                                            "JOIN customer_search_map m ON m.rowid = s.rowid "
                                            "WHERE customer_search MATCH ? LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
}

Result<std::vector<CustomerSummary>> CustomerSearch::search(
    const Actor &actor, const QString &query, int limit) const
{
    if (!allows(actor.role, Permission::ViewCustomers))
        return makeError(ErrorCode::PermissionDenied,
            QCoreApplication::translate(
                "spoke::CustomerSearch", "Your role does not allow viewing customers."));
    QStringList tokens = searchTokens(query);
    // A number being typed ("555 010", "(555) 01") is one run of digits, however it is
    // spaced: search for the digits together, as the index stores them.
    bool hasLetter = false;
    for (const QChar c : query)
        hasLetter = hasLetter || c.isLetter();
    if (!hasLetter && tokens.size() > 1) {
        const QString digits = digitsOnly(query);
        if (digits.size() >= 3)
            tokens = QStringList {digits};
    }
    if (tokens.isEmpty())
        return std::vector<CustomerSummary> {};

    QStringList exact;
    exactContactMatches(query, exact);
    // An email address found exactly is the answer; its words ("example", "com") would
    // otherwise match half the customers.
    if (!exact.isEmpty() && query.contains(u'@')) {
        std::vector<CustomerSummary> found = summaries(exact);
        if (int(found.size()) > limit)
            found.resize(size_t(limit));
        return found;
    }
    QStringList byName;
    ftsMatches(ftsPrefixQuery(tokens, QStringLiteral("name")), limit * 2, byName);
    QStringList anywhere;
    if (byName.size() < limit)
        ftsMatches(ftsPrefixQuery(tokens), limit, anywhere);

    std::vector<CustomerSummary> out;
    QSet<QString> seen;
    auto add = [&](std::vector<CustomerSummary> rows) {
        for (CustomerSummary &r : rows) {
            if (int(out.size()) >= limit)
                return;
            if (seen.contains(r.id))
                continue;
            seen.insert(r.id);
            out.push_back(std::move(r));
        }
    };
    add(summaries(exact));
    // Names that start with the query before names that only contain a word starting
    // with it ("Ann Lee" before "Lee Annabel" for "ann"), then alphabetically.
    const QString folded = foldForSearch(query.trimmed());
    auto rankNames = [&](std::vector<CustomerSummary> rows) {
        // (not a name prefix, folded name, index): cheap to compare, no collator needed.
        std::vector<std::tuple<bool, QString, size_t>> keys;
        keys.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            QString key = foldForSearch(rows[i].displayName);
            const bool prefix = key.startsWith(folded);
            keys.emplace_back(!prefix, std::move(key), i);
        }
        std::sort(keys.begin(), keys.end());
        std::vector<CustomerSummary> sorted;
        sorted.reserve(rows.size());
        for (const auto &k : keys)
            sorted.push_back(std::move(rows[std::get<2>(k)]));
        return sorted;
    };
    add(rankNames(summaries(byName)));
    add(rankNames(summaries(anywhere)));
    return out;
}

std::vector<CustomerSummary> CustomerSearch::summaries(const QStringList &ids) const
{
    std::vector<CustomerSummary> out;
    if (ids.isEmpty())
        return out;
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT c.id, c.display_name, c.last_activity_at, c.do_not_service, "
                                    "c.list_phone, c.list_email, c.list_address, c.list_tags, c.sort_name "
                                    "FROM customers c WHERE c.deleted_at IS NULL AND c.id IN (")
            + placeholders.join(u',') + QStringLiteral(")"));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return out;
    QHash<QString, CustomerSummary> byId;
    while (q.next()) {
        CustomerSummary s;
        s.id = q.value(0).toString();
        s.displayName = q.value(1).toString();
        s.lastActivity = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        s.doNotService = q.value(3).toBool();
        s.phone = q.value(4).toString(); // as typed: what people recognise
        s.email = q.value(5).toString();
        s.address = q.value(6).toString();
        const QString tags = q.value(7).toString();
        if (!tags.isEmpty())
            s.tags = tags.split(QStringLiteral(", "));
        byId.insert(s.id, s);
    }
    for (const QString &id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.push_back(*it);
    }
    return out;
}

} // namespace spoke
