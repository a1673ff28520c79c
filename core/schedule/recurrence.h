#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace spoke {

/// How a recurring service repeats. A subset of RFC 5545 RRULE that covers what a
/// home-service location books: weekly / every N weeks on one or more weekdays, monthly on
/// a date, monthly on the nth or last weekday; ending on a date, after a count, or never.
struct RecurrenceRule
{
    enum class Frequency { Weekly, Monthly };
    enum class MonthlyBy { MonthDay, NthWeekday };

    Frequency frequency = Frequency::Weekly;
    int interval = 1; ///< every N weeks / months (INTERVAL)
    /// Weekly: the weekdays (BYDAY); empty means the weekday of the first occurrence.
    QList<Qt::DayOfWeek> weekdays;
    MonthlyBy monthlyBy = MonthlyBy::MonthDay;
    /// Monthly by date: 1..31. Stated rule for short months: a day the month does not have
    /// becomes the month's last day ("the 31st" is 30 April, 28/29 February). It is written
    /// as BYMONTHDAY=28,...,N;BYSETPOS=-1, which is the same rule in RFC 5545 terms.
    int monthDay = 0;
    /// Monthly by weekday: 1..4 for first..fourth, -1 for last (BYDAY=-1WE).
    int weekdayOrdinal = 0;
    Qt::DayOfWeek weekday = Qt::Monday;
    QDate until; ///< last local date an occurrence may fall on (inclusive); null: none
    int count = 0; ///< number of occurrences; 0: none

    /// Every problem, translated ("Every 0 weeks is not a schedule", "ends before it
    /// starts", "choose either an end date or a number of visits"); empty when valid.
    /// `firstLocal` is the first occurrence's local date (DTSTART).
    QStringList problems(const QDate &firstLocal) const;

    /// "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270131T235959Z" style text (no "RRULE:").
    /// UNTIL is written as the end of the `until` local day in `zone`, in UTC.
    QString toRRule(const QTimeZone &zone) const;
    /// Reads what toRRule() writes and the common RFC 5545 forms of the same rules
    /// (BYMONTHDAY=N, BYMONTHDAY=-1, BYDAY=2TU, BYDAY=TU;BYSETPOS=-1, UNTIL as date or UTC
    /// date-time, COUNT, WKST). Anything else (FREQ=DAILY, BYHOUR, ...) is InvalidInput with
    /// a clear message. Also refused: BYMONTHDAY=29/30/31 alone (RFC 5545 skips the months
    /// without that day, which is not Spoke's rule), COUNT with UNTIL (RFC: MUST NOT), and a
    /// WKST other than MO where it would give other dates than Monday-based weeks (every N>1
    /// weeks on days on both sides of that week start). A large INTERVAL or COUNT parses;
    /// problems() reports it.
    static Result<RecurrenceRule> fromRRule(const QString &text, const QTimeZone &zone);

    /// "Every 2 weeks on Tuesday and Thursday, 10 times", "Monthly on the last Wednesday",
    /// translated.
    QString describe() const;

    bool operator==(const RecurrenceRule &) const = default;
};

/// Expands a rule: the start instants (UTC) of every occurrence that starts in
/// [fromUtc, toUtc). The series starts at `firstLocal` (a local date and wall-clock time in
/// `zone`, which is DTSTART and always the first occurrence). Each occurrence keeps the
/// wall-clock time across DST changes; a wall-clock time that does not exist that day (the
/// spring-forward gap) moves forward by the gap's length, and an ambiguous one (fall back)
/// takes the first (daylight) instant, as RFC 5545 says. COUNT counts from the first
/// occurrence even when the window starts later. At most `limit` results.
/// `firstLocal.date()` and `.time()` are read as the wall clock in `zone` whatever its time
/// spec (Qt 6.4 makes QDateTime(date, time, zone) invalid in a DST gap but it keeps both).
/// DTSTART counts as the first occurrence even when it is off the pattern (monthly on the
/// 15th starting on the 10th: 10th, 15th, next 15th...); later ones are the rule's dates
/// after it. A rule that cannot be expanded (interval < 1, month day outside 1..31, ordinal
/// or weekday out of range) yields only DTSTART. A null fromUtc / toUtc leaves that side open.
std::vector<QDateTime> expandRecurrence(const RecurrenceRule &rule, const QDateTime &firstLocal,
    const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc, int limit = 1000);

/// The local date-time in `zone` for `date` at wall-clock `time`, resolving the DST gap and
/// overlap by the rules above (as a UTC QDateTime). An invalid zone is read as UTC.
QDateTime localToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace spoke
