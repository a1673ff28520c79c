#include "core/schedule/recurrence.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <limits>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Recurrence)
};

constexpr int kMaxWeeklyInterval = 52;
constexpr int kMaxMonthlyInterval = 24;
constexpr int kMaxCount = 1000;
constexpr qint64 kSecsPerDay = 86400;

/// Resolves the "(s)" of a %n message when no translation supplied the plural forms
/// (English runs untranslated). A translation never keeps the English marker. tr() leaves
/// %n alone for a negative n, so that is filled in here.
QString plural(QString text, int n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    if (n < 0)
        text.replace(QLatin1String("%n"), QLocale().toString(n));
    return text;
}

bool isWeekday(int day)
{
    return day >= Qt::Monday && day <= Qt::Sunday;
}

bool isOrdinal(int ordinal)
{
    return ordinal == -1 || (ordinal >= 1 && ordinal <= 4);
}

/// Sorted Monday..Sunday, without duplicates or values that are not weekdays.
QList<Qt::DayOfWeek> normalisedDays(const QList<Qt::DayOfWeek> &days)
{
    QList<Qt::DayOfWeek> out;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        if (days.contains(Qt::DayOfWeek(d)))
            out << Qt::DayOfWeek(d);
    }
    return out;
}

const char *const kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString dayCode(Qt::DayOfWeek day)
{
    return QLatin1String(kDayCodes[int(day) - 1]);
}

int dayFromCode(QStringView code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(kDayCodes[i]))
            return i + 1;
    }
    return 0;
}

/// The date of the nth (1..4) or last (-1) `weekday` of a month.
QDate nthWeekdayOfMonth(int year, int month, int ordinal, Qt::DayOfWeek weekday)
{
    if (ordinal > 0) {
        const QDate first(year, month, 1);
        const int shift = (int(weekday) - first.dayOfWeek() + 7) % 7;
        return first.addDays(shift + 7 * (ordinal - 1));
    }
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    const int back = (last.dayOfWeek() - int(weekday) + 7) % 7;
    return last.addDays(-back);
}

/// The stated short-month rule: a day the month does not have is the month's last day.
QDate clampedMonthDay(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

/// What expansion needs to be well defined (problems() also holds policy limits).
bool expandable(const RecurrenceRule &rule)
{
    if (rule.interval < 1 || rule.count < 0)
        return false;
    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        for (const Qt::DayOfWeek d : rule.weekdays) {
            if (!isWeekday(int(d)))
                return false;
        }
        return true;
    }
    if (rule.monthlyBy == RecurrenceRule::MonthlyBy::MonthDay)
        return rule.monthDay >= 1 && rule.monthDay <= 31;
    return isOrdinal(rule.weekdayOrdinal) && isWeekday(int(rule.weekday));
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

/// Parses "20270131", "20270131T235959Z" (UTC) or "20270131T235959" (floating, local) into
/// the local date in `zone`; null on a malformed value.
QDate parseUntil(const QString &value, const QTimeZone &zone)
{
    if (value.size() == 8) {
        return QDate::fromString(value, QStringLiteral("yyyyMMdd"));
    }
    const bool utc = value.size() == 16 && value.endsWith(u'Z');
    if (!utc && value.size() != 15)
        return {};
    if (value.at(8) != u'T')
        return {};
    const QDate date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(value.mid(9, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    if (!utc)
        return date;
    const QDateTime instant(date, time, Qt::UTC);
    return zone.isValid() ? instant.toTimeZone(zone).date() : date;
}

bool parsePositive(const QString &value, int *out)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || value.startsWith(u'+'))
        return false;
    *out = n;
    return true;
}

/// "2TU", "-1WE", "+1MO", "TU": the ordinal (0 when absent) and the weekday (0 when
/// malformed).
std::pair<int, int> parseByDay(const QString &item)
{
    const qsizetype split = item.size() - 2;
    if (split < 0)
        return {0, 0};
    const int day = dayFromCode(QStringView(item).mid(split));
    if (split == 0)
        return {0, day};
    bool ok = false;
    const QString number = item.left(split);
    const int ordinal = number.toInt(&ok);
    if (!ok || ordinal == 0)
        return {0, 0};
    return {ordinal, day};
}

/// localToUtc() for many dates in one zone. Between two transitions the offset is constant;
/// when wall-clock minus that offset lands at least a day inside such a span, no other
/// offset can fit (offsets differ by less than a day), so the answer needs no more lookups.
/// Qt's zone lookups are slow (about 10 µs each past 2037, where rules replace the tables).
class ZoneResolver
{
public:
    explicit ZoneResolver(const QTimeZone &zone)
        : m_zone(zone)
    { }

    QDateTime toUtc(const QDate &date, const QTime &time)
    {
        if (!m_zone.isValid())
            return localToUtc(date, time, m_zone);
        const QDateTime wall(date, time, Qt::UTC);
        const qint64 wallMs = wall.toMSecsSinceEpoch();
        const qint64 guess = wallMs - qint64(m_offset) * 1000;
        if (m_known && guess >= m_safeFrom && guess < m_safeTo)
            return QDateTime::fromMSecsSinceEpoch(guess, Qt::UTC);
        const QDateTime resolved = localToUtc(date, time, m_zone);
        learn(resolved);
        return resolved;
    }

private:
    void learn(const QDateTime &instant)
    {
        constexpr qint64 kDayMs = kSecsPerDay * 1000;
        const qint64 ms = instant.toMSecsSinceEpoch();
        m_offset = m_zone.offsetFromUtc(instant);
        m_safeFrom = std::numeric_limits<qint64>::min();
        m_safeTo = std::numeric_limits<qint64>::max();
        if (m_zone.hasTransitions()) {
            // The transition at or before the instant, and the one after it.
            const QTimeZone::OffsetData previous = m_zone.previousTransition(instant.addMSecs(1));
            const QTimeZone::OffsetData next = m_zone.nextTransition(instant);
            if (previous.atUtc.isValid())
                m_safeFrom = previous.atUtc.toMSecsSinceEpoch() + kDayMs;
            if (next.atUtc.isValid())
                m_safeTo = next.atUtc.toMSecsSinceEpoch() - kDayMs;
        }
        m_known = ms >= m_safeFrom && ms < m_safeTo;
    }

    const QTimeZone &m_zone;
    bool m_known = false;
    int m_offset = 0;
    qint64 m_safeFrom = 0;
    qint64 m_safeTo = 0;
};

} // namespace

QStringList RecurrenceRule::problems(const QDate &firstLocal) const
{
    QStringList out;
    const bool weekly = frequency == Frequency::Weekly;
    if (interval < 1) {
        out << (weekly ? plural(Tr::tr("Every %n week(s) is not a schedule.", nullptr, interval), interval)
                       : plural(Tr::tr("Every %n month(s) is not a schedule.", nullptr, interval), interval));
    } else if (weekly && interval > kMaxWeeklyInterval) {
        out << plural(
            Tr::tr("A weekly schedule can repeat at most every %n week(s).", nullptr, kMaxWeeklyInterval),
            kMaxWeeklyInterval);
    } else if (!weekly && interval > kMaxMonthlyInterval) {
        out << plural(
            Tr::tr("A monthly schedule can repeat at most every %n month(s).", nullptr, kMaxMonthlyInterval),
            kMaxMonthlyInterval);
    }
    if (count < 0)
        out << Tr::tr("The number of visits cannot be negative.");
    else if (count > kMaxCount)
        out << plural(Tr::tr("A series can have at most %n visit(s).", nullptr, kMaxCount), kMaxCount);
    if (count > 0 && until.isValid())
        out << Tr::tr("Choose either an end date or a number of visits, not both.");
    if (until.isValid() && firstLocal.isValid() && until < firstLocal)
        out << Tr::tr("The series ends before it starts.");
    if (weekly) {
        for (const Qt::DayOfWeek d : weekdays) {
            if (!isWeekday(int(d))) {
                out << Tr::tr("Choose the weekdays from Monday to Sunday.");
                break;
            }
        }
    } else if (monthlyBy == MonthlyBy::MonthDay) {
        if (monthDay < 1 || monthDay > 31)
            out << Tr::tr("Choose a day of the month from 1 to 31.");
    } else {
        if (!isOrdinal(weekdayOrdinal))
            out << Tr::tr("Choose the first, second, third, fourth or last weekday of the month.");
        if (!isWeekday(int(weekday)))
            out << Tr::tr("Choose the weekdays from Monday to Sunday.");
    }
    return out;
}

QString RecurrenceRule::toRRule(const QTimeZone &zone) const
{
    QStringList parts;
    if (frequency == Frequency::Weekly) {
        parts << QStringLiteral("FREQ=WEEKLY");
        if (interval != 1)
            parts << QStringLiteral("INTERVAL=%1").arg(interval);
        const QList<Qt::DayOfWeek> days = normalisedDays(weekdays);
        if (!days.isEmpty()) {
            QStringList codes;
            for (const Qt::DayOfWeek d : days)
                codes << dayCode(d);
            parts << QStringLiteral("BYDAY=") + codes.join(u',');
        }
    } else {
        parts << QStringLiteral("FREQ=MONTHLY");
        if (interval != 1)
            parts << QStringLiteral("INTERVAL=%1").arg(interval);
        if (monthlyBy == MonthlyBy::MonthDay) {
            if (monthDay > 28 && monthDay <= 31) {
                // "The 31st, or the last day of a shorter month": the last of the days
                // 28..31 the month has.
                QStringList days;
                for (int d = 28; d <= monthDay; ++d)
                    days << QString::number(d);
                parts << QStringLiteral("BYMONTHDAY=") + days.join(u',') << QStringLiteral("BYSETPOS=-1");
            } else {
                parts << QStringLiteral("BYMONTHDAY=%1").arg(monthDay);
            }
        } else {
            parts << QStringLiteral("BYDAY=%1").arg(weekdayOrdinal)
                    + (isWeekday(int(weekday)) ? dayCode(weekday) : QString());
        }
    }
    if (count != 0)
        parts << QStringLiteral("COUNT=%1").arg(count);
    if (until.isValid()) {
        const QDateTime end = localToUtc(until, QTime(23, 59, 59), zone);
        const QDate d = end.date();
        const QTime t = end.time();
        parts << QString::asprintf("UNTIL=%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), t.hour(),
            t.minute(), t.second());
    }
    return parts.join(u';');
}

Result<RecurrenceRule> RecurrenceRule::fromRRule(const QString &text, const QTimeZone &zone)
{
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        body = body.mid(6);
    if (body.isEmpty())
        return invalid(Tr::tr("The repeat rule is empty."));

    static const QStringList known {QStringLiteral("FREQ"), QStringLiteral("INTERVAL"),
        QStringLiteral("COUNT"), QStringLiteral("UNTIL"), QStringLiteral("BYDAY"),
        QStringLiteral("BYMONTHDAY"), QStringLiteral("BYSETPOS"), QStringLiteral("WKST")};
    QMap<QString, QString> parts;
    const QStringList items = body.split(u';', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return invalid(Tr::tr("The repeat rule cannot be read near \"%1\".").arg(item));
        const QString name = item.left(eq).trimmed().toUpper();
        const QString value = item.mid(eq + 1).trimmed().toUpper();
        if (!known.contains(name))
            return invalid(Tr::tr("Spoke cannot use %1 in a repeat rule; only weekly and monthly "
                                  "repeats on set days are supported.")
                               .arg(name));
        if (parts.contains(name))
            return invalid(Tr::tr("The repeat rule says %1 twice.").arg(name));
        if (value.isEmpty())
            return invalid(Tr::tr("The repeat rule has no value for %1.").arg(name));
        parts.insert(name, value);
    }

    RecurrenceRule rule;
    const QString freq = parts.value(QStringLiteral("FREQ"));
    if (freq == QLatin1String("WEEKLY"))
        rule.frequency = Frequency::Weekly;
    else if (freq == QLatin1String("MONTHLY"))
        rule.frequency = Frequency::Monthly;
    else if (freq.isEmpty())
        return invalid(Tr::tr("The repeat rule does not say how often it repeats (FREQ)."));
    else
        return invalid(Tr::tr("Only weekly and monthly repeats are supported, not %1.").arg(freq));

    if (parts.contains(QStringLiteral("INTERVAL"))
        && !parsePositive(parts.value(QStringLiteral("INTERVAL")), &rule.interval))
        return invalid(Tr::tr("The repeat interval must be a whole number of at least 1."));
    if (parts.contains(QStringLiteral("COUNT"))
        && !parsePositive(parts.value(QStringLiteral("COUNT")), &rule.count))
        return invalid(Tr::tr("The number of visits must be a whole number of at least 1."));
    if (parts.contains(QStringLiteral("UNTIL"))) {
        rule.until = parseUntil(parts.value(QStringLiteral("UNTIL")), zone);
        if (!rule.until.isValid())
            return invalid(Tr::tr("The end date of the repeat rule cannot be read."));
    }
    if (rule.count > 0 && rule.until.isValid())
        return invalid(Tr::tr("A repeat rule cannot have both an end date and a number of visits."));

    const QString byDay = parts.value(QStringLiteral("BYDAY"));
    const QString byMonthDay = parts.value(QStringLiteral("BYMONTHDAY"));
    const QString bySetPos = parts.value(QStringLiteral("BYSETPOS"));
    const QString wkst = parts.value(QStringLiteral("WKST"), QStringLiteral("MO"));
    const int weekStart = dayFromCode(wkst);
    if (weekStart == 0)
        return invalid(Tr::tr("The repeat rule names an unknown first day of the week."));
    const QString unsupported = Tr::tr("Spoke cannot repeat on this pattern: %1.").arg(body);

    if (rule.frequency == Frequency::Weekly) {
        if (!byMonthDay.isEmpty() || !bySetPos.isEmpty())
            return invalid(unsupported);
        if (!byDay.isEmpty()) {
            const QStringList codes = byDay.split(u',');
            for (const QString &code : codes) {
                const auto [ordinal, day] = parseByDay(code.trimmed());
                if (day == 0 || ordinal != 0)
                    return invalid(unsupported);
                rule.weekdays << Qt::DayOfWeek(day);
            }
            rule.weekdays = normalisedDays(rule.weekdays);
        }
        // Spoke's weeks start on Monday. Another WKST gives the same dates when every day of
        // the rule falls on the same side of that week start (and DTSTART is one of them, as
        // RFC 5545 requires for a defined result).
        if (weekStart != Qt::Monday && rule.interval > 1 && rule.weekdays.size() > 1) {
            const bool allBefore = std::all_of(rule.weekdays.cbegin(), rule.weekdays.cend(),
                [weekStart](Qt::DayOfWeek d) { return int(d) < weekStart; });
            const bool allAfter = std::all_of(rule.weekdays.cbegin(), rule.weekdays.cend(),
                [weekStart](Qt::DayOfWeek d) { return int(d) >= weekStart; });
            if (!allBefore && !allAfter)
                return invalid(Tr::tr("Spoke's weeks start on Monday; this rule needs weeks that start "
                                      "on another day."));
        }
        return rule;
    }

    // Monthly.
    if (!byDay.isEmpty() && !byMonthDay.isEmpty())
        return invalid(unsupported);
    if (!byMonthDay.isEmpty()) {
        rule.monthlyBy = MonthlyBy::MonthDay;
        const QStringList items2 = byMonthDay.split(u',');
        QList<int> days;
        for (const QString &item : items2) {
            bool ok = false;
            const int d = item.trimmed().toInt(&ok);
            if (!ok || d == 0 || d < -31 || d > 31)
                return invalid(Tr::tr("The day of the month in the repeat rule cannot be read."));
            days << d;
        }
        std::sort(days.begin(), days.end());
        if (bySetPos.isEmpty()) {
            if (days.size() != 1)
                return invalid(unsupported);
            if (days.first() == -1) {
                rule.monthDay = 31; // the last day of every month
            } else if (days.first() >= 1 && days.first() <= 28) {
                rule.monthDay = days.first();
            } else if (days.first() > 28) {
                // RFC 5545 skips the months without that day; Spoke's stated rule moves the
                // visit to the month's last day instead, so the two are not the same rule.
                return invalid(Tr::tr("This rule skips the months that have no day %1; Spoke moves such "
                                      "visits to the last day of the month instead.")
                                   .arg(days.first()));
            } else {
                return invalid(unsupported);
            }
            return rule;
        }
        // BYMONTHDAY=28,...,N;BYSETPOS=-1: day N, or the last day of a shorter month.
        if (bySetPos != QLatin1String("-1") || days.first() != 28 || days.last() < 29)
            return invalid(unsupported);
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (days.at(i) != 28 + i)
                return invalid(unsupported);
        }
        rule.monthDay = days.last();
        return rule;
    }
    if (byDay.isEmpty())
        return invalid(Tr::tr("The monthly repeat rule does not say on which day (BYMONTHDAY or BYDAY)."));
    rule.monthlyBy = MonthlyBy::NthWeekday;
    if (byDay.contains(u','))
        return invalid(unsupported);
    auto [ordinal, day] = parseByDay(byDay.trimmed());
    if (day == 0)
        return invalid(unsupported);
    if (!bySetPos.isEmpty()) {
        if (ordinal != 0)
            return invalid(unsupported);
        bool ok = false;
        ordinal = bySetPos.toInt(&ok);
        if (!ok)
            return invalid(unsupported);
    } else if (ordinal == 0) {
        return invalid(unsupported); // every Tuesday of the month
    }
    if (!isOrdinal(ordinal))
        return invalid(Tr::tr("Spoke repeats on the first, second, third, fourth or last weekday of the "
                              "month only."));
    rule.weekdayOrdinal = ordinal;
    rule.weekday = Qt::DayOfWeek(day);
    return rule;
}

QString RecurrenceRule::describe() const
{
    const QLocale locale;
    QString text;
    if (frequency == Frequency::Weekly) {
        const QList<Qt::DayOfWeek> days = normalisedDays(weekdays);
        QStringList names;
        for (const Qt::DayOfWeek d : days)
            names << locale.dayName(int(d), QLocale::LongFormat);
        const QString list = locale.createSeparatedList(names);
        if (interval == 1) {
            text = names.isEmpty() ? Tr::tr("Weekly") : Tr::tr("Weekly on %1").arg(list);
        } else {
            text = names.isEmpty()
                ? plural(Tr::tr("Every %n week(s)", nullptr, interval), interval)
                : plural(Tr::tr("Every %n week(s) on %1", nullptr, interval), interval).arg(list);
        }
    } else {
        QString on;
        if (monthlyBy == MonthlyBy::MonthDay) {
            on = monthDay > 28 ? Tr::tr("day %1 (the last day in shorter months)").arg(monthDay)
                               : Tr::tr("day %1").arg(monthDay);
        } else {
            const QString day
                = isWeekday(int(weekday)) ? locale.dayName(int(weekday), QLocale::LongFormat) : QString();
            switch (weekdayOrdinal) {
            case 1:
                on = Tr::tr("the first %1").arg(day);
                break;
            case 2:
                on = Tr::tr("the second %1").arg(day);
                break;
            case 3:
                on = Tr::tr("the third %1").arg(day);
                break;
            case 4:
                on = Tr::tr("the fourth %1").arg(day);
                break;
            default:
                on = Tr::tr("the last %1").arg(day);
                break;
            }
        }
        text = interval == 1 ? Tr::tr("Monthly on %1").arg(on)
                             : plural(Tr::tr("Every %n month(s) on %1", nullptr, interval), interval).arg(on);
    }
    if (count > 0)
        text = plural(Tr::tr("%1, %n time(s)", nullptr, count), count).arg(text);
    if (until.isValid())
        text = Tr::tr("%1, until %2").arg(text, locale.toString(until, QLocale::LongFormat));
    return text;
}

QDateTime localToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    // The wall clock read as if it were UTC; the instant is that minus the offset in force.
    const QDateTime wall(date, time, Qt::UTC);
    if (!zone.isValid())
        return wall;
    // Qt 6.4 gives an invalid QDateTime for a time in the spring-forward gap and the second
    // (standard-time) instant for an ambiguous one, so resolve both here. The offsets two days
    // either side are the ones before and after any transition near this wall-clock time.
    const int before = zone.offsetFromUtc(wall.addSecs(-2 * kSecsPerDay));
    const int after = zone.offsetFromUtc(wall.addSecs(2 * kSecsPerDay));
    const QDateTime withBefore = wall.addSecs(-before);
    const QDateTime withAfter = wall.addSecs(-after);
    const bool beforeFits = zone.offsetFromUtc(withBefore) == before;
    const bool afterFits = zone.offsetFromUtc(withAfter) == after;
    if (beforeFits && afterFits)
        return std::min(withBefore, withAfter); // ambiguous: the first instant
    if (beforeFits)
        return withBefore;
    if (afterFits)
        return withAfter;
    // In the gap: read with the offset before it, which moves the time forward by the gap's
    // length (02:30 EST is 03:30 EDT).
    return withBefore;
}

std::vector<QDateTime> expandRecurrence(const RecurrenceRule &rule, const QDateTime &firstLocal,
    const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc, int limit)
{
    std::vector<QDateTime> out;
    const QDate firstDate = firstLocal.date();
    const QTime time = firstLocal.time();
    if (!firstDate.isValid() || !time.isValid() || limit <= 0)
        return out;

    ZoneResolver resolver(zone);
    int index = 0; // the number of the next occurrence, counted from DTSTART
    // Returns false when the series (or the window) has ended.
    auto take = [&](const QDate &date) {
        if (!date.isValid() || date.year() > 9999)
            return false;
        if (rule.count > 0 && index >= rule.count)
            return false;
        if (index > 0 && rule.until.isValid() && date > rule.until)
            return false;
        const QDateTime start = resolver.toUtc(date, time);
        if (toUtc.isValid() && start >= toUtc)
            return false;
        ++index;
        if (!fromUtc.isValid() || start >= fromUtc)
            out.push_back(start);
        return int(out.size()) < limit;
    };

    // DTSTART is always the first occurrence, whether or not it matches the rule.
    if (!take(firstDate) || !expandable(rule))
        return out;

    // Periods that end before the window are skipped, counting their occurrences for COUNT.
    // A day before the window's first local date is enough margin for any offset or DST shift.
    const QDate low = fromUtc.isValid()
        ? (zone.isValid() ? fromUtc.toTimeZone(zone) : fromUtc.toUTC()).date().addDays(-1)
        : QDate();

    if (rule.frequency == RecurrenceRule::Frequency::Weekly) {
        QList<Qt::DayOfWeek> days = normalisedDays(rule.weekdays);
        if (days.isEmpty())
            days << Qt::DayOfWeek(firstDate.dayOfWeek());
        const QDate week0 = firstDate.addDays(1 - firstDate.dayOfWeek()); // WKST=MO
        const qint64 periodDays = 7LL * rule.interval;
        qint64 k = 0;
        if (low.isValid() && week0.daysTo(low) >= 2 * periodDays) {
            k = week0.daysTo(low) / periodDays;
            qint64 skipped = 0;
            for (const Qt::DayOfWeek d : days)
                skipped += week0.addDays(int(d) - 1) > firstDate ? 1 : 0;
            skipped += (k - 1) * days.size();
            if (rule.count > 0 && skipped + 1 >= rule.count)
                return out;
            index = int(skipped + 1);
        }
        for (;; ++k) {
            const QDate weekStart = week0.addDays(k * periodDays);
            for (const Qt::DayOfWeek d : days) {
                const QDate date = weekStart.addDays(int(d) - 1);
                if (date <= firstDate)
                    continue;
                if (!take(date))
                    return out;
            }
        }
    }

    const int month0 = firstDate.year() * 12 + firstDate.month() - 1;
    auto dateIn = [&](int monthIndex) {
        const int year = monthIndex / 12;
        const int month = monthIndex % 12 + 1;
        if (year > 9999)
            return QDate();
        return rule.monthlyBy == RecurrenceRule::MonthlyBy::MonthDay
            ? clampedMonthDay(year, month, rule.monthDay)
            : nthWeekdayOfMonth(year, month, rule.weekdayOrdinal, rule.weekday);
    };
    qint64 k = 0;
    if (low.isValid()) {
        const int lowMonth = low.year() * 12 + low.month() - 1;
        if (lowMonth - month0 >= 2 * rule.interval) {
            k = (lowMonth - month0) / rule.interval;
            const qint64 skipped = (dateIn(month0) > firstDate ? 1 : 0) + (k - 1);
            if (rule.count > 0 && skipped + 1 >= rule.count)
                return out;
            index = int(skipped + 1);
        }
    }
    for (;; ++k) {
        const qint64 monthIndex = month0 + k * rule.interval;
        if (monthIndex > 10000LL * 12)
            return out;
        const QDate date = dateIn(int(monthIndex));
        if (k == 0 && date <= firstDate)
            continue;
        if (!take(date))
            return out;
    }
}

} // namespace spoke
