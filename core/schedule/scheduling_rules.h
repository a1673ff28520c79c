#pragma once

#include "core/schedule/schedule_types.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <utility>
#include <vector>

namespace spoke {

/// Everything the conflict rules and the slot finder look at, for a range of time, read
/// once from the database (JobService::resources) and then used from memory.
class ScheduleResources
{
public:
    struct Busy
    {
        qint64 startMs = 0; ///< UTC, milliseconds since the epoch
        qint64 endMs = 0;
        QString jobId;
    };

    explicit ScheduleResources(QTimeZone zone = QTimeZone(QByteArrayLiteral("UTC")));

    const QTimeZone &zone() const { return m_zone; }

    void addTechnician(Technician technician);
    void addCrew(Crew crew);
    void addTimeOff(TimeOff off);
    /// A job that occupies its people's time (jobStatusOccupies()). The crew's members are
    /// looked up in finish(), so crews may be added before or after their jobs.
    void addBusy(const QString &jobId, const Assignment &assignment, const QDateTime &startUtc,
        const QDateTime &endUtc);
    /// Call once everything is added (gives each person their busy time, sorted).
    void finish();

    const std::vector<Technician> &technicians() const { return m_technicians; }
    const std::vector<Crew> &crews() const { return m_crews; }
    const Technician *technician(const QString &staffId) const;
    const Crew *crew(const QString &crewId) const;
    /// The people a job with this assignment sends: the crew's members and the named
    /// technicians, each once.
    QStringList people(const Assignment &assignment) const;
    /// Services at least one technician is recorded as skilled for. Only these are
    /// checked: a location that records no skills for a service lets anyone do it.
    bool serviceNeedsSkill(const QString &serviceId) const { return m_skilledServices.contains(serviceId); }
    const std::vector<Busy> &busy(const QString &staffId) const;
    const std::vector<TimeOff> &timeOff(const QString &staffId) const;

    /// Whether the person works all of [start, end) by their weekly hours (local time).
    /// A person with no recorded hours is treated as always working: hours are optional.
    bool worksThrough(const QString &staffId, const QDateTime &startUtc, const QDateTime &endUtc) const;
    bool hasHours(const QString &staffId) const;

private:
    QTimeZone m_zone;
    std::vector<Technician> m_technicians;
    std::vector<Crew> m_crews;
    QHash<QString, int> m_techIndex;
    QHash<QString, int> m_crewIndex;
    QHash<QString, std::vector<Busy>> m_busy;
    std::vector<std::pair<Busy, Assignment>> m_pendingBusy; ///< added, not yet given to people
    QHash<QString, std::vector<TimeOff>> m_timeOff;
    QSet<QString> m_skilledServices;
};

/// What a job would break, checked against the resources. `preferredCrew` is the service
/// address's "send the same crew" (a crew or technician name, matched without regard to
/// case; a person matches when they go, alone or with their crew). Closed jobs (cancelled,
/// no-show, completed, invoiced) have no conflicts; jobs that are not placed or not assigned
/// have none but do-not-service.
std::vector<Conflict> findConflicts(const ScheduleResources &resources, const Job &job,
    const QString &preferredCrew = QString(), bool customerDoNotService = false);

/// The conflicts' messages on separate lines, for a refusal or a tooltip.
QString describeConflicts(const std::vector<Conflict> &conflicts);

struct SlotRequest
{
    int durationMinutes = 60;
    QStringList serviceIds; ///< skills needed
    QString preferredCrew; ///< a crew or technician name; its slots come first
    QDateTime fromUtc; ///< search from here (rounded up to the step)
    QDateTime toUtc; ///< ... to here
    int stepMinutes = 15; ///< starts are on this grid of local time
    int maxSuggestions = 8;
    int perCandidate = 2; ///< at most this many suggestions per crew or technician
    QString ignoreJobId; ///< when rescheduling: the job's own time is free
};

struct SlotSuggestion
{
    Assignment assignment;
    QString laneKey;
    QString laneTitle;
    QDateTime startUtc;
    QDateTime endUtc;
    bool preferred = false;
};

/// The next free slots that fit: long enough, inside every person's working hours (people
/// without recorded hours are not proposed), not during time off, not over another job, with
/// every needed skill. Crews (all members free) and single technicians are both
/// candidates. Order: the preferred crew's slots first, then by start time, then by lane.
/// Each candidate's suggestions fall on different days.
std::vector<SlotSuggestion> suggestSlots(const ScheduleResources &resources, const SlotRequest &request);

} // namespace spoke
