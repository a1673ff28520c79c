#pragma once

#include "core/schedule/recurrence.h"
#include "core/schedule/schedule_types.h"
#include "core/schedule/scheduling_rules.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QTimeZone>

#include <vector>

namespace spoke {

class LocationDatabase;
class WriteTx;

/// Which occurrences of a recurring service an edit changes.
enum class SeriesScope { ThisOccurrence, ThisAndFollowing, All };

/// What the Today screen shows.
struct TodaySummary
{
    std::vector<JobView> jobs; ///< today's placed jobs, by start
    std::vector<JobView> unassigned; ///< requests and jobs with nobody sent, oldest first
    std::vector<JobView> late; ///< should have started (or finished) by now and haven't
};

/// Jobs: booking, rescheduling, assignment, status, recurring service and the read models
/// of the board. Every change is one unit of work (job rows + audit + outbox). Conflicts
/// (double booking, hours, time off, skills, preferred crew, do-not-service) refuse a
/// change with ErrorCode::Conflict and the list of what is wrong; a manager may make it
/// anyway by giving a reason, which is recorded with the job.
class JobService
{
public:
    /// zone: the location's IANA zone; currency: its ISO code.
    JobService(LocationDatabase &db, QTimeZone zone, QString currency);

    const QTimeZone &zone() const { return m_zone; }

    /// Books a job. Lines without a price or duration take the catalog's; a price that
    /// differs from the catalog needs a manager. A job with a start time becomes
    /// scheduled; without one it is a request. The end defaults to start + the lines'
    /// durations. Returns the new id.
    Result<QString> book(const Actor &actor, Job job, const QString &overrideReason = QString());
    /// Moves a job to a new start (keeping its length) and assignment: the board's drag and
    /// drop and keyboard moves. Occurrences of a series are detached (edited on their own).
    Status reschedule(const Actor &actor, const QString &jobId, const QDateTime &newStartUtc,
        const Assignment &assignment, const QString &overrideReason = QString());
    /// Changes a job's details (time, length, lines, notes, window, assignment). For an
    /// occurrence of a series, `scope` says which occurrences change.
    Status update(const Actor &actor, Job job, SeriesScope scope = SeriesScope::ThisOccurrence,
        const QString &overrideReason = QString());
    /// Moves the status; illegal moves are refused with the reason. Cancelling and no-show
    /// take a reason. Technicians may move only their own jobs.
    Status setStatus(
        const Actor &actor, const QString &jobId, JobStatus to, const QString &reason = QString());

    Result<Job> job(const Actor &actor, const QString &jobId) const;
    Result<JobView> jobView(const Actor &actor, const QString &jobId) const;
    /// Status moves, overrides and edits of a job: (when, who, what) lines for its history.
    Result<std::vector<QStringList>> history(const Actor &actor, const QString &jobId) const;

    /// The conflicts the job would have as it stands (nothing is written). A draft with a
    /// start but no end ends as booking would make it end (its services' durations).
    Result<std::vector<Conflict>> conflicts(const Actor &actor, const Job &job) const;
    /// The next free slots (see suggestSlots()).
    Result<std::vector<SlotSuggestion>> suggest(const Actor &actor, const SlotRequest &request) const;
    /// Everything the board shows for `days` local days from `firstDay`.
    Result<BoardSnapshot> board(const Actor &actor, const QDate &firstDay, int days) const;
    /// A person's jobs (their own and their crews') that start in the range, by start: for
    /// route sheets and calendar export.
    Result<std::vector<JobView>> jobsFor(
        const Actor &actor, const QString &staffId, const QDateTime &fromUtc, const QDateTime &toUtc) const;
    /// A crew's (or, with a technician lane key, a person's) jobs on one local day.
    Result<std::vector<JobView>> laneDay(const Actor &actor, const QString &laneKey, const QDate &day) const;
    Result<TodaySummary> today(const Actor &actor, const QDateTime &nowUtc) const;

    // Recurring service.
    /// Books the series whose first occurrence is `job` (which must have a start time) and
    /// materialises its occurrences a year ahead. Conflicts of any occurrence refuse it
    /// (listing the dates) unless a manager overrides.
    Result<QString> bookRecurring(
        const Actor &actor, Job job, const RecurrenceRule &rule, const QString &overrideReason = QString());
    /// Skips one occurrence (it is cancelled as "skipped" and never materialised again).
    Status skipOccurrence(const Actor &actor, const QString &jobId);
    /// Ends a series after the given occurrence (it and earlier ones stay).
    Result<RecurrenceRule> seriesRule(const Actor &actor, const QString &seriesId) const;
    /// Materialises every open series up to a year after `nowUtc` (run at start-up and
    /// daily). Returns how many occurrences were added.
    Result<int> extendSeries(const Actor &actor, const QDateTime &nowUtc);

    /// The resources (people, hours, skills, time off, busy time) for a range. `people`
    /// limits the busy time to jobs of those staff (empty: everyone).
    Result<ScheduleResources> resources(
        const QDateTime &fromUtc, const QDateTime &toUtc, const QStringList &people = {}) const;

    static QJsonObject syncPayload(const Job &job);

private:
    struct Context; // what a check needs about the customer and address
    Result<Job> load(const QString &jobId) const;
    Result<std::vector<JobView>> views(
        const QString &where, const QVariantList &binds, const QString &order) const;
    Status validate(const Job &job) const;
    /// Prices, durations and descriptions from the catalog. `before`: the job's lines as
    /// booked (an edit), which keep their quoted prices unless the caller changes them.
    Status prepareLines(
        WriteTx &tx, const Actor &actor, Job &job, const std::vector<JobLine> *before = nullptr) const;
    Status saveRow(WriteTx &tx, Job &job, bool fresh);
    Status event(WriteTx &tx, const QString &jobId, const QString &kind, const QString &detail) const;
    /// Checks the jobs' conflicts against the database (and each other); on conflicts
    /// refuses, or with a manager's reason records the override on each job.
    Status checkConflicts(
        WriteTx &tx, const Actor &actor, std::vector<Job> &jobs, const QString &overrideReason) const;
    Status materialize(WriteTx &tx, const QString &seriesId, const Job &templ, const RecurrenceRule &rule,
        const QDateTime &firstLocal, const QDateTime &fromUtc, const QDateTime &toUtc,
        std::vector<Job> *touched);
    Status updateSeries(
        WriteTx &tx, const Actor &actor, Job job, SeriesScope scope, const QString &overrideReason);

    LocationDatabase &m_db;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace spoke
