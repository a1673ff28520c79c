#pragma once

#include "core/customers/customer_import.h"
#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/staff/role.h"
#include "core/storage/actor.h"

#include <QString>

#include <functional>

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

/// What every part of the Customers screen needs: the location's database, the core
/// services over it, the phone region and who is working right now (asked each time, so
/// a quick user switch takes effect at once).
class CustomersContext
{
public:
    CustomersContext(LocationDatabase &db, std::function<Actor()> currentActor, QString phoneRegion);

    LocationDatabase &db() const { return m_db; }
    const QString &phoneRegion() const { return m_region; }
    Actor actor() const;
    /// Whether the person working now may do it (core checks again; this hides controls).
    bool can(Permission permission) const;

    CustomerService &service() { return m_service; }
    const CustomerSearch &search() const { return m_search; }
    CustomerImporter &importer() { return m_importer; }

private:
    LocationDatabase &m_db;
    std::function<Actor()> m_currentActor;
    QString m_region;
    CustomerService m_service;
    CustomerSearch m_search;
    CustomerImporter m_importer;
};

} // namespace spoke::ui
