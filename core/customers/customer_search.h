#pragma once

#include "core/customers/customer.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QString>

#include <vector>

namespace spoke {

class LocationDatabase;

/// The one search box: finds customers by any part of the name, any formatting of a phone
/// number, email, street, postal code or tag, accent-insensitive, in any script.
/// Ranking: exact phone or email first, then names starting with the query, then the rest
/// of the matches (by name).
class CustomerSearch
{
public:
    CustomerSearch(const LocationDatabase &db, QString phoneRegion);

    static constexpr int kDefaultLimit = 50;
    Result<std::vector<CustomerSummary>> search(
        const Actor &actor, const QString &query, int limit = kDefaultLimit) const;

    /// Summaries of the given customers, in the given order (deleted ones skipped).
    std::vector<CustomerSummary> summaries(const QStringList &ids) const;

private:
    void exactContactMatches(const QString &query, QStringList &ids) const;
    void ftsMatches(const QString &match, int limit, QStringList &ids) const;

    const LocationDatabase &m_db;
    QString m_region;
};

} // namespace spoke
