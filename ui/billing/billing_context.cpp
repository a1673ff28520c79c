#include "ui/billing/billing_context.h"

#include <QLocale>

namespace spoke::ui {

BillingContext::BillingContext(LocationDatabase &db, std::function<Actor()> currentActor,
    const QTimeZone &zone, const QString &currency, const QString &phoneRegion, Clock &clock)
    : m_db(db)
    , m_currentActor(std::move(currentActor))
    , m_clock(clock)
    , m_invoices(db, zone, currency)
    , m_payments(db, zone, currency)
    , m_receivables(db, zone, currency)
    , m_jobs(db, zone, currency)
    , m_catalog(db, currency)
    , m_search(db, phoneRegion)
{ }

Actor BillingContext::actor() const
{
    return m_currentActor ? m_currentActor() : Actor {};
}

bool BillingContext::can(Permission permission) const
{
    return allows(actor().role, permission);
}

QDate BillingContext::today() const
{
    return m_clock.nowUtc().toTimeZone(zone()).date();
}

BillingDocuments BillingContext::documents()
{
    auto letterhead = m_invoices.letterhead();
    return BillingDocuments(letterhead ? letterhead.value() : Letterhead {}, QLocale(), zone());
}

QString BillingContext::money(qint64 minor) const
{
    return Money(minor, currency()).format(QLocale());
}

} // namespace spoke::ui
