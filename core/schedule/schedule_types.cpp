#include "core/schedule/schedule_types.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Schedule)
};

constexpr std::array kStatuses {JobStatus::Requested, JobStatus::Scheduled, JobStatus::EnRoute,
    JobStatus::InProgress, JobStatus::Completed, JobStatus::Invoiced, JobStatus::Cancelled,
    JobStatus::NoShow};

constexpr std::array kConflicts {ConflictKind::DoubleBooked, ConflictKind::OutsideHours,
    ConflictKind::TimeOff, ConflictKind::MissingSkill, ConflictKind::NotPreferredCrew,
    ConflictKind::DoNotService};

} // namespace

QString shortTimeText(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    format.remove(QStringLiteral(" t"));
    return locale.toString(time, format);
}

QString recordOwnerKey(RecordOwner owner)
{
    return owner == RecordOwner::HeadOffice ? QStringLiteral("head_office") : QStringLiteral("location");
}

RecordOwner recordOwnerFromKey(const QString &key)
{
    return key == QLatin1String("head_office") ? RecordOwner::HeadOffice : RecordOwner::Location;
}

QString jobStatusKey(JobStatus status)
{
    switch (status) {
    case JobStatus::Requested:
        return QStringLiteral("requested");
    case JobStatus::Scheduled:
        return QStringLiteral("scheduled");
    case JobStatus::EnRoute:
        return QStringLiteral("en_route");
    case JobStatus::InProgress:
        return QStringLiteral("in_progress");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Invoiced:
        return QStringLiteral("invoiced");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return QStringLiteral("requested");
}

JobStatus jobStatusFromKey(const QString &key, bool *ok)
{
    for (JobStatus s : kStatuses) {
        if (jobStatusKey(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return JobStatus::Requested;
}

QString jobStatusLabel(JobStatus status)
{
    switch (status) {
    case JobStatus::Requested:
        return Tr::tr("Requested");
    case JobStatus::Scheduled:
        return Tr::tr("Scheduled");
    case JobStatus::EnRoute:
        return Tr::tr("En route");
    case JobStatus::InProgress:
        return Tr::tr("In progress");
    case JobStatus::Completed:
        return Tr::tr("Completed");
    case JobStatus::Invoiced:
        return Tr::tr("Invoiced");
    case JobStatus::Cancelled:
        return Tr::tr("Cancelled");
    case JobStatus::NoShow:
        return Tr::tr("No-show");
    }
    return {};
}

bool jobStatusOccupies(JobStatus status)
{
    return status == JobStatus::Scheduled || status == JobStatus::EnRoute || status == JobStatus::InProgress
        || status == JobStatus::Completed || status == JobStatus::Invoiced;
}

bool jobStatusMovable(JobStatus status)
{
    return status == JobStatus::Requested || status == JobStatus::Scheduled;
}

bool JobStatusMachine::allowed(JobStatus from, JobStatus to)
{
    switch (from) {
    case JobStatus::Requested:
        return to == JobStatus::Scheduled || to == JobStatus::Cancelled;
    case JobStatus::Scheduled:
        return to == JobStatus::EnRoute || to == JobStatus::Requested || to == JobStatus::Cancelled
            || to == JobStatus::NoShow;
    case JobStatus::EnRoute:
        return to == JobStatus::InProgress || to == JobStatus::Scheduled || to == JobStatus::NoShow
            || to == JobStatus::Cancelled;
    case JobStatus::InProgress:
        return to == JobStatus::Completed;
    case JobStatus::Completed:
        return to == JobStatus::Invoiced;
    case JobStatus::Invoiced:
    case JobStatus::Cancelled:
    case JobStatus::NoShow:
        return false;
    }
    return false;
}

QString JobStatusMachine::refusal(JobStatus from, JobStatus to)
{
    if (allowed(from, to))
        return {};
    if (from == to)
        return Tr::tr("The job is already %1.").arg(jobStatusLabel(to).toLower());
    switch (from) {
    case JobStatus::Invoiced:
        return Tr::tr("An invoiced job is closed; correct it with a credit note instead.");
    case JobStatus::Cancelled:
        return Tr::tr("A cancelled job is closed; book a new job instead.");
    case JobStatus::NoShow:
        return Tr::tr("A no-show is closed; book a new job instead.");
    case JobStatus::Completed:
        return Tr::tr("A completed job can only be invoiced.");
    case JobStatus::InProgress:
        return Tr::tr("Work has started: the job can only be completed.");
    default:
        break;
    }
    if (to == JobStatus::Invoiced)
        return Tr::tr("Only a completed job can be invoiced.");
    if (to == JobStatus::Completed)
        return Tr::tr("A job must be in progress before it is completed.");
    if (to == JobStatus::InProgress)
        return Tr::tr("The crew must be en route before work starts.");
    if (to == JobStatus::EnRoute)
        return Tr::tr("A job must be scheduled before the crew sets off.");
    if (to == JobStatus::NoShow)
        return Tr::tr("A no-show is recorded only for a scheduled job.");
    return Tr::tr("A job can't go from %1 to %2.").arg(jobStatusLabel(from), jobStatusLabel(to));
}

std::vector<JobStatus> JobStatusMachine::nextStatuses(JobStatus from)
{
    std::vector<JobStatus> out;
    for (JobStatus s : kStatuses)
        if (allowed(from, s))
            out.push_back(s);
    return out;
}

QString conflictKindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::DoubleBooked:
        return QStringLiteral("double_booked");
    case ConflictKind::OutsideHours:
        return QStringLiteral("outside_hours");
    case ConflictKind::TimeOff:
        return QStringLiteral("time_off");
    case ConflictKind::MissingSkill:
        return QStringLiteral("missing_skill");
    case ConflictKind::NotPreferredCrew:
        return QStringLiteral("not_preferred_crew");
    case ConflictKind::DoNotService:
        return QStringLiteral("do_not_service");
    }
    return {};
}

ConflictKind conflictKindFromKey(const QString &key, bool *ok)
{
    for (ConflictKind k : kConflicts) {
        if (conflictKindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return ConflictKind::DoubleBooked;
}

} // namespace spoke
