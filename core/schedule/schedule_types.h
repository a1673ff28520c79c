#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <vector>

namespace spoke {

/// Who writes a record: the location itself, or head office through sync.
enum class RecordOwner { Location, HeadOffice };
QString recordOwnerKey(RecordOwner owner);
RecordOwner recordOwnerFromKey(const QString &key);

/// One entry of the service catalog.
struct ServiceItem
{
    QString id;
    RecordOwner owner = RecordOwner::Location;
    QString code; ///< short code head office uses ("DC-2"); may be empty for local items
    QString name; ///< "Deep clean"
    QString category; ///< "Cleaning", "Lawn care", "Plumbing"
    int durationMinutes = 60; ///< default expected duration
    qint64 priceMinor = 0; ///< in the location's currency, integer minor units
    QString currency; ///< ISO 4217
    QString taxClass; ///< "standard", "reduced", "exempt"...
    bool active = true;
};

/// Working hours of one technician on one weekday, in the location's local time. A day may
/// have several intervals (a split shift); a weekday with none is a day off.
struct WorkingInterval
{
    Qt::DayOfWeek weekday = Qt::Monday;
    QTime start;
    QTime end;
};

struct TimeOff
{
    QString id;
    QString staffId;
    QDateTime startUtc;
    QDateTime endUtc;
    QString reason;
};

/// A technician: a staff account with the technician role (or anyone who is sent to jobs).
struct Technician
{
    QString staffId;
    QString name;
    bool active = true;
    QStringList skillServiceIds; ///< services this person is trained for
    std::vector<WorkingInterval> hours;
};

struct Crew
{
    QString id;
    QString name; ///< "Crew A", "Blue team"
    QString color; ///< "#3b82f6"; empty: Spoke picks one
    bool active = true;
    QStringList memberStaffIds;
};

/// The life of a job. Moves that are allowed: see JobStatusMachine.
enum class JobStatus { Requested, Scheduled, EnRoute, InProgress, Completed, Invoiced, Cancelled, NoShow };
QString jobStatusKey(JobStatus status);
JobStatus jobStatusFromKey(const QString &key, bool *ok = nullptr);
/// "Scheduled", "En route"..., translated.
QString jobStatusLabel(JobStatus status);
/// Whether a job in this status occupies its crew's time (requested, cancelled and no-show
/// jobs don't block a slot).
bool jobStatusOccupies(JobStatus status);
/// Whether the job can still be moved on the board (not yet started, not closed).
bool jobStatusMovable(JobStatus status);

/// The status machine: requested -> scheduled -> en route -> in progress -> completed ->
/// invoiced, plus cancelled (before work starts) and no-show (when the crew arrives).
/// A scheduled job may go back to requested (unscheduled); en route may go back to
/// scheduled (the crew turned around). Everything else is refused with a reason.
struct JobStatusMachine
{
    static bool allowed(JobStatus from, JobStatus to);
    /// Empty when allowed, else why not (translated), e.g. "A completed job can't go back
    /// to en route."
    static QString refusal(JobStatus from, JobStatus to);
    static std::vector<JobStatus> nextStatuses(JobStatus from);
};

/// One line of a job: a service, a quantity, and its unit price (the catalog price unless a
/// manager overrode it).
struct JobLine
{
    QString id;
    QString serviceId;
    QString description; ///< the service name when booked; kept if the catalog changes
    int quantity = 1;
    qint64 unitPriceMinor = 0;
    QString currency;
    bool priceOverridden = false;
    int durationMinutes = 0; ///< per unit, from the catalog when booked
};

/// Which lane of the board a job sits in.
struct Assignment
{
    QString crewId; ///< empty: not a crew job
    QStringList technicianIds; ///< individual technicians (also allowed with a crew)
    bool isEmpty() const { return crewId.isEmpty() && technicianIds.isEmpty(); }
};

/// Kinds of scheduling conflict the board shows. Each one warns; a manager may book over it
/// with a recorded reason.
enum class ConflictKind { DoubleBooked, OutsideHours, TimeOff, MissingSkill, NotPreferredCrew, DoNotService };
QString conflictKindKey(ConflictKind kind);
ConflictKind conflictKindFromKey(const QString &key, bool *ok = nullptr);

struct Conflict
{
    ConflictKind kind = ConflictKind::DoubleBooked;
    QString staffId; ///< the person it concerns; empty for the whole job
    QString otherJobId; ///< DoubleBooked: the job it overlaps
    QString message; ///< translated, for the board's tooltip and the booking dialog
};

/// A job: one visit to one service address.
struct Job
{
    QString id;
    QString customerId;
    QString addressId;
    JobStatus status = JobStatus::Requested;
    QDateTime startUtc; ///< null while requested and not yet placed
    QDateTime endUtc;
    QDateTime windowStartUtc; ///< arrival window promised to the customer; null: none
    QDateTime windowEndUtc;
    Assignment assignment;
    std::vector<JobLine> lines;
    QString crewNotes; ///< "bring the ladder"
    RecordOwner bookedBy = RecordOwner::Location; ///< head office books central jobs
    QString bookedByStaffId;
    QString seriesId; ///< recurring service this is an occurrence of
    QDateTime occurrenceUtc; ///< the occurrence's original start (RECURRENCE-ID)
    bool detached = false; ///< edited on its own: series edits leave it alone
    QString statusReason; ///< why cancelled / no-show
    QStringList overriddenConflicts; ///< conflict keys a manager booked over
    int revision = 0; ///< bumped on every change (the .ics SEQUENCE)
    QDateTime createdAt;
    QDateTime updatedAt;

    int durationMinutes() const
    {
        return startUtc.isValid() && endUtc.isValid() ? int(startUtc.secsTo(endUtc) / 60) : 0;
    }
};

/// A job with what the board and work orders show next to it, read in one query.
struct JobView
{
    Job job;
    QString customerName;
    QString addressLine;
    QString crewName;
    QStringList technicianNames;
    QString servicesSummary; ///< "Deep clean, Oven clean ×2"
    bool customerDoNotService = false;
    QString preferredCrew; ///< the service address's "send the same crew"
};

/// A lane of the dispatch board: a crew, a technician, or the unassigned lane.
struct BoardLane
{
    enum class Kind { Unassigned, Crew, Technician };
    Kind kind = Kind::Unassigned;
    QString key; ///< "" (unassigned), "crew:<id>" or "tech:<staffId>"
    QString title; ///< crew or technician name; "Unassigned" translated
    QString color; ///< crew colour ("#rrggbb"); empty for others
    /// When the lane works, local time (crew lanes: when all its members work); the board
    /// shades the rest.
    std::vector<WorkingInterval> hours;
    std::vector<TimeOff> timeOff; ///< crew lanes: any member's time off
};

/// One job in one lane (a job given to two technicians shows in both of their lanes).
struct BoardItem
{
    JobView view;
    QString laneKey;
    std::vector<Conflict> conflicts; ///< open conflicts (the overridden ones are left out)
};

/// What the board shows for a range: read once, painted from memory.
struct BoardSnapshot
{
    QTimeZone zone; ///< the location's zone: the board shows local time
    QDate firstDay; ///< local date of the first column
    int days = 7; ///< 1 (day view) or 7 (week view)
    std::vector<BoardLane> lanes; ///< unassigned first, then crews, then technicians
    std::vector<BoardItem> items;
};

/// A wall-clock time as people read it on the board ("08:30", "8:30 AM"): the locale's
/// short format without seconds.
QString shortTimeText(const QTime &time);

/// Lane keys.
inline QString crewLaneKey(const QString &crewId)
{
    return QStringLiteral("crew:") + crewId;
}
inline QString technicianLaneKey(const QString &staffId)
{
    return QStringLiteral("tech:") + staffId;
}

} // namespace spoke
