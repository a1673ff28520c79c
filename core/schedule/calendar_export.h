#pragma once

#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace spoke {

class CustomerService;
class JobService;
class LocationDatabase;

/// A technician's jobs (their own and their crews') that start in [fromUtc, toUtc) as an
/// RFC 5545 calendar for their phone: one VEVENT per job (UID jobId@spoke, SEQUENCE the job's
/// revision, CONFIRMED or CANCELLED), the services and customer as summary, the address as
/// location, and the arrival window, phone, preferences, access notes and crew notes as
/// description. Never the gate or alarm codes: a phone calendar syncs to somebody's cloud,
/// and local-only fields never leave the location (a code typed into a note is masked too).
/// Needs ViewSchedule; a technician may export only their own calendar. Audited as
/// "calendar.export".
Result<QByteArray> technicianCalendar(const Actor &actor, LocationDatabase &db, JobService &jobs,
    CustomerService &customers, const QString &staffId, const QDateTime &fromUtc, const QDateTime &toUtc,
    const QDateTime &nowUtc);

} // namespace spoke
