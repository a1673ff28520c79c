#pragma once

#include "core/schedule/schedule_types.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <vector>

namespace spoke {

class LocationDatabase;

/// Who goes to jobs: technicians (staff accounts with the technician role), the crews they
/// form, what each is trained for, when they work and when they are off. Managers change
/// it; everyone who sees the board reads it.
class CrewService
{
public:
    explicit CrewService(LocationDatabase &db);

    /// Active technicians with their skills and weekly hours, by name.
    Result<std::vector<Technician>> technicians(const Actor &actor) const;
    /// Crews (active unless includeInactive) with their members, by name.
    Result<std::vector<Crew>> crews(const Actor &actor, bool includeInactive = false) const;

    /// Creates (empty id) or updates a crew; returns its id. Members must be technicians.
    Result<QString> saveCrew(const Actor &actor, Crew crew);
    /// Soft delete: past jobs keep their crew.
    Status removeCrew(const Actor &actor, const QString &crewId);

    /// Replaces the person's weekly hours. Intervals must not overlap on a weekday and must
    /// end after they start.
    Status setWorkingHours(const Actor &actor, const QString &staffId, std::vector<WorkingInterval> hours);
    Status setSkills(const Actor &actor, const QString &staffId, const QStringList &serviceIds);

    Result<QString> addTimeOff(const Actor &actor, TimeOff off);
    Status removeTimeOff(const Actor &actor, const QString &timeOffId);
    Result<std::vector<TimeOff>> timeOff(
        const Actor &actor, const QDateTime &fromUtc, const QDateTime &toUtc) const;

    /// Problems with a week of hours (translated), empty when valid.
    static QStringList hoursProblems(const std::vector<WorkingInterval> &hours);

private:
    LocationDatabase &m_db;
};

/// Loading helpers shared with JobService (same tables, one place for the SQL).
namespace crew_sql {
Result<std::vector<Technician>> loadTechnicians(const LocationDatabase &db);
Result<std::vector<Crew>> loadCrews(const LocationDatabase &db, bool includeInactive);
Result<std::vector<TimeOff>> loadTimeOff(
    const LocationDatabase &db, const QDateTime &fromUtc, const QDateTime &toUtc);
} // namespace crew_sql

} // namespace spoke
