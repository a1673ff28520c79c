#include "ui/customers/customers_context.h"

#include "core/storage/location_database.h"

namespace spoke::ui {

CustomersContext::CustomersContext(
    LocationDatabase &db, std::function<Actor()> currentActor, QString phoneRegion)
    : m_db(db)
    , m_currentActor(std::move(currentActor))
    , m_region(std::move(phoneRegion))
    , m_service(db, m_region)
    , m_search(db, m_region)
    , m_importer(db, m_region)
{ }

Actor CustomersContext::actor() const
{
    return m_currentActor ? m_currentActor() : Actor {};
}

bool CustomersContext::can(Permission permission) const
{
    return allows(actor().role, permission);
}

} // namespace spoke::ui
