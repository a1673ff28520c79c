#pragma once

#include "core/location/location_service.h"
#include "core/schedule/printed_document.h"
#include "core/schedule/schedule_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QString>

namespace spoke {

class CustomerService;
class JobService;
class LocationDatabase;

/// Printed paperwork for crews: a work order per job and a route sheet per lane and day, as
/// HTML in the subset QTextDocument renders (tables, headings, paragraphs). They carry the
/// gate and alarm codes (local-only fields, printed on paper, never synced), so every
/// composition is permission-checked and audited without the code values; technicians get
/// only their own jobs and lanes.
class WorkOrderComposer
{
public:
    WorkOrderComposer(
        LocationDatabase &db, JobService &jobs, CustomerService &customers, LocationProfile profile);

    /// One job's work order: location header, time in the location's zone with the arrival
    /// window, customer and phones, service address, access, parking, pets, entry, the gate
    /// and alarm codes, DO / DON'T / NOTE preferences, services, crew notes, who goes, and a
    /// checklist with a signature line. Audited as "workorder.print".
    Result<QString> workOrderHtml(const Actor &actor, const QString &jobId);
    /// A lane's day ("crew:<id>" or "tech:<staffId>"): a day summary (jobs, hours) and one
    /// section per job in time order with times, address, phone, key preferences and codes.
    /// Audited as "routesheet.print".
    Result<QString> routeSheetHtml(const Actor &actor, const QString &laneKey, const QDate &day);

private:
    struct Site; // the customer and service address a job goes to
    Result<Site> site(const Actor &actor, const JobView &view) const;
    QString header(const QString &documentTitle, const QString &subtitle) const;
    QString printedBy(const Actor &actor) const;
    QString localTime(const QDateTime &utc) const;
    QString timeRange(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    LocationDatabase &m_db;
    JobService &m_jobs;
    CustomerService &m_customers;
    LocationProfile m_profile;
};

} // namespace spoke
