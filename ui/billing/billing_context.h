#pragma once

#include "core/billing/billing_documents.h"
#include "core/billing/invoice_service.h"
#include "core/billing/payment_service.h"
#include "core/billing/receivables_service.h"
#include "core/customers/customer_search.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/role.h"
#include "core/storage/actor.h"
#include "core/util/clock.h"

#include <QDate>
#include <QTimeZone>

#include <functional>

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

/// What every billing screen needs: the location's billing services over its database, its
/// zone and currency, the clock, and who is working now (asked each time, so a user switch
/// applies at once). The screens only call core through here; core checks permissions again.
class BillingContext
{
public:
    BillingContext(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
        const QString &currency, const QString &phoneRegion, Clock &clock);

    LocationDatabase &db() const { return m_db; }
    Actor actor() const;
    /// Whether the person working now may do it (hides controls; core refuses anyway).
    bool can(Permission permission) const;
    const QTimeZone &zone() const { return m_invoices.zone(); }
    const QString &currency() const { return m_invoices.currency(); }
    Clock &clock() const { return m_clock; }
    /// The location's local date now.
    QDate today() const;

    InvoiceService &invoices() { return m_invoices; }
    PaymentService &payments() { return m_payments; }
    ReceivablesService &receivables() { return m_receivables; }
    JobService &jobs() { return m_jobs; }
    CatalogService &catalog() { return m_catalog; }
    const CustomerSearch &search() const { return m_search; }

    /// Documents in the app's language and direction, with the location's letterhead as it
    /// is now (read each time, so a new logo or footer shows at once).
    BillingDocuments documents();
    /// An amount of the location's currency for people ("$1,234.50").
    QString money(qint64 minor) const;

private:
    LocationDatabase &m_db;
    std::function<Actor()> m_currentActor;
    Clock &m_clock;
    InvoiceService m_invoices;
    PaymentService m_payments;
    ReceivablesService m_receivables;
    JobService m_jobs;
    CatalogService m_catalog;
    CustomerSearch m_search;
};

} // namespace spoke::ui
