#pragma once

#include "core/schedule/schedule_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <vector>

namespace spoke {

class LocationDatabase;

/// The service catalog. Two owners write it: head office (items arrive through sync, the
/// System actor applies them) and the location (its own items, managers only). A location
/// may switch a head-office item off locally but never changes its name, price or duration.
class CatalogService
{
public:
    CatalogService(LocationDatabase &db, QString currency);

    Result<std::vector<ServiceItem>> services(const Actor &actor, bool includeInactive = false) const;
    Result<ServiceItem> service(const Actor &actor, const QString &id) const;

    /// Creates (empty id) or updates an item; returns its id.
    Result<QString> save(const Actor &actor, ServiceItem item);
    /// Soft delete of a location item; jobs keep their lines.
    Status remove(const Actor &actor, const QString &id);

    /// Problems with an item (translated), empty when it can be saved.
    static QStringList problems(const ServiceItem &item);
    static QJsonObject syncPayload(const ServiceItem &item);

private:
    LocationDatabase &m_db;
    QString m_currency;
};

} // namespace spoke
