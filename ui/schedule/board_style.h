#pragma once

#include "core/schedule/schedule_types.h"

#include <QColor>
#include <QLocale>
#include <QString>

/// Colours and words of the dispatch board: one palette per job status, lane colours, and
/// the texts a job shows in its box, its tooltip and to assistive technology.
namespace spoke::ui::board {

struct StatusColors
{
    QColor fill;
    QColor accent; ///< the stripe on the leading edge
    QColor border;
    QColor text;
    QColor subtext;
    bool faded = false; ///< cancelled, no-show: drawn translucent and struck through
    bool dashed = false; ///< requested: not confirmed yet
};

StatusColors statusColors(JobStatus status);
/// The lane's crew colour, or a stable one picked from its key when the crew has none.
QColor laneColor(const BoardLane &lane);
/// Red for conflicts that must not be booked over lightly, orange for the others.
QColor conflictColor(const std::vector<Conflict> &conflicts);
QColor nowLineColor();
QColor offHoursColor();
QColor timeOffColor();
QColor timeOffHatchColor();

/// "9:00 AM – 11:00 AM" in the zone's local time, the locale's short format.
QString timeRangeText(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone,
    const QLocale &locale = QLocale());
/// The second line of a job's box: its time, and its status unless it is plainly scheduled.
QString itemTimeLine(const BoardItem &item, const QTimeZone &zone, const QLocale &locale = QLocale());
/// A rich-text tooltip: customer, date and time, services, lane, status, who booked, conflicts.
QString itemToolTip(const BoardItem &item, const QTimeZone &zone, const QLocale &locale = QLocale());
/// One line for assistive technology: the same facts as the tooltip.
QString itemSummary(const BoardItem &item, const QTimeZone &zone, const QLocale &locale = QLocale());
QString laneKindLabel(BoardLane::Kind kind);
/// "Crew · 12 jobs"
QString laneSubtitle(const BoardLane &lane, int jobCount);
QString headOfficeBadge();
/// Day header text, long (day view) or short (week view), localized.
QString dayLabel(const QDate &date, bool longForm, const QLocale &locale = QLocale());
QString hourLabel(int hour, const QLocale &locale = QLocale());
/// "9:00 AM": a job's start alone, for boxes too narrow for the range.
QString startTimeText(const QDateTime &startUtc, const QTimeZone &zone, const QLocale &locale = QLocale());
/// "Tuesday 11:15 AM – 1:15 PM · Crew B": what a dragged job would become.
QString ghostLabel(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone,
    const QString &laneTitle, const QLocale &locale = QLocale());
/// "Overlaps Dupont (9:00 AM – 10:00 AM)"
QString overlapHint(const BoardItem &other, const QTimeZone &zone, const QLocale &locale = QLocale());
/// Why a job can't be moved ("In progress jobs can't be moved.").
QString notMovableText(JobStatus status);

} // namespace spoke::ui::board
