// Recurrence rules: expansion (weekly, every N weeks, monthly by date with the short-month
// rule, nth and last weekday, UNTIL, COUNT, windows, DST in New York and Paris), the RRULE
// text both ways, validation and the description.
//
// The expected dates of the table were cross-checked with python-dateutil's rrule (same
// RRULE text, WKST=MO); the DST instants were worked out by hand from the 2027 transitions.

#include "core/schedule/recurrence.h"

#include <QLocale>
#include <QTest>

using namespace spoke;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(spoke::RecurrenceRule)

namespace {

RecurrenceRule weekly(QList<Qt::DayOfWeek> days, int interval = 1)
{
    RecurrenceRule r;
    r.frequency = RecurrenceRule::Frequency::Weekly;
    r.interval = interval;
    r.weekdays = std::move(days);
    return r;
}

RecurrenceRule monthlyOnDay(int day, int interval = 1)
{
    RecurrenceRule r;
    r.frequency = RecurrenceRule::Frequency::Monthly;
    r.monthlyBy = RecurrenceRule::MonthlyBy::MonthDay;
    r.interval = interval;
    r.monthDay = day;
    return r;
}

RecurrenceRule monthlyOnWeekday(int ordinal, Qt::DayOfWeek day, int interval = 1)
{
    RecurrenceRule r;
    r.frequency = RecurrenceRule::Frequency::Monthly;
    r.monthlyBy = RecurrenceRule::MonthlyBy::NthWeekday;
    r.interval = interval;
    r.weekdayOrdinal = ordinal;
    r.weekday = day;
    return r;
}

RecurrenceRule counted(RecurrenceRule r, int count)
{
    r.count = count;
    return r;
}

RecurrenceRule until(RecurrenceRule r, QDate date)
{
    r.until = date;
    return r;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

/// "2027-01-05" -> "2027-01-05T10:00:00Z" for each date.
QStringList at(const char *time, const QStringList &dates)
{
    QStringList out;
    for (const QString &d : dates)
        out << d + u'T' + QLatin1String(time) + u'Z';
    return out;
}

QStringList iso(const std::vector<QDateTime> &instants)
{
    QStringList out;
    for (const QDateTime &i : instants) {
        if (i.timeSpec() != Qt::UTC)
            out << QStringLiteral("not UTC: ") + i.toString(Qt::ISODate);
        else
            out << i.toString(Qt::ISODate);
    }
    return out;
}

const QByteArray kUtc = QByteArrayLiteral("UTC");
const QByteArray kNewYork = QByteArrayLiteral("America/New_York");
const QByteArray kParis = QByteArrayLiteral("Europe/Paris");

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

    /// The shared table: each row is expanded and also written as RRULE text and read back.
    void addRows()
    {
        QTest::addColumn<RecurrenceRule>("rule");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("rrule");

        const QTime ten(10, 0);
        using D = Qt::DayOfWeek;

        QTest::newRow("weekly on Tuesday")
            << weekly({D::Tuesday}) << kUtc << QDate(2027, 1, 5) << ten << utc(2027, 1, 1) << utc(2027, 2, 1)
            << at("10:00:00", {u"2027-01-05"_s, u"2027-01-12"_s, u"2027-01-19"_s, u"2027-01-26"_s})
            << u"FREQ=WEEKLY;BYDAY=TU"_s;
        QTest::newRow("weekly on the first day's weekday")
            << weekly({}) << kUtc << QDate(2027, 1, 6) << ten << utc(2027, 1, 1) << utc(2027, 2, 1)
            << at("10:00:00", {u"2027-01-06"_s, u"2027-01-13"_s, u"2027-01-20"_s, u"2027-01-27"_s})
            << u"FREQ=WEEKLY"_s;
        QTest::newRow("every 2 weeks on Tuesday and Thursday")
            << weekly({D::Tuesday, D::Thursday}, 2) << kUtc << QDate(2027, 1, 5) << ten << utc(2027, 1, 1)
            << utc(2027, 2, 10)
            << at("10:00:00",
                   {u"2027-01-05"_s, u"2027-01-07"_s, u"2027-01-19"_s, u"2027-01-21"_s, u"2027-02-02"_s,
                       u"2027-02-04"_s})
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"_s;
        QTest::newRow("every 3 weeks on Mon Wed Fri, first on a Wednesday")
            << weekly({D::Monday, D::Wednesday, D::Friday}, 3) << kUtc << QDate(2027, 1, 6) << ten
            << utc(2027, 1, 1) << utc(2027, 2, 20)
            << at("10:00:00",
                   {u"2027-01-06"_s, u"2027-01-08"_s, u"2027-01-25"_s, u"2027-01-27"_s, u"2027-01-29"_s,
                       u"2027-02-15"_s, u"2027-02-17"_s, u"2027-02-19"_s})
            << u"FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR"_s;
        // Weeks start on Monday: Sunday 3 January closes the week of Monday 28 December.
        QTest::newRow("every 2 weeks on Monday and Sunday, weeks from Monday")
            << weekly({D::Monday, D::Sunday}, 2) << kUtc << QDate(2027, 1, 3) << ten << utc(2027, 1, 1)
            << utc(2027, 2, 1)
            << at("10:00:00",
                   {u"2027-01-03"_s, u"2027-01-11"_s, u"2027-01-17"_s, u"2027-01-25"_s, u"2027-01-31"_s})
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU"_s;
        QTest::newRow("monthly on the 15th")
            << monthlyOnDay(15) << kUtc << QDate(2027, 1, 15) << ten << utc(2027, 1, 1) << utc(2027, 7, 1)
            << at("10:00:00",
                   {u"2027-01-15"_s, u"2027-02-15"_s, u"2027-03-15"_s, u"2027-04-15"_s, u"2027-05-15"_s,
                       u"2027-06-15"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=15"_s;
        QTest::newRow("monthly on the 31st, 2027")
            << monthlyOnDay(31) << kUtc << QDate(2027, 1, 31) << ten << utc(2027, 1, 1) << utc(2028, 1, 1)
            << at("10:00:00",
                   {u"2027-01-31"_s, u"2027-02-28"_s, u"2027-03-31"_s, u"2027-04-30"_s, u"2027-05-31"_s,
                       u"2027-06-30"_s, u"2027-07-31"_s, u"2027-08-31"_s, u"2027-09-30"_s, u"2027-10-31"_s,
                       u"2027-11-30"_s, u"2027-12-31"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"_s;
        QTest::newRow("monthly on the 31st, leap 2028")
            << monthlyOnDay(31) << kUtc << QDate(2028, 1, 31) << ten << utc(2028, 1, 1) << utc(2028, 5, 1)
            << at("10:00:00", {u"2028-01-31"_s, u"2028-02-29"_s, u"2028-03-31"_s, u"2028-04-30"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"_s;
        QTest::newRow("monthly on the 30th")
            << monthlyOnDay(30) << kUtc << QDate(2027, 1, 30) << ten << utc(2027, 1, 1) << utc(2027, 5, 1)
            << at("10:00:00", {u"2027-01-30"_s, u"2027-02-28"_s, u"2027-03-30"_s, u"2027-04-30"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"_s;
        QTest::newRow("monthly on the 29th, 2027")
            << monthlyOnDay(29) << kUtc << QDate(2027, 1, 29) << ten << utc(2027, 1, 1) << utc(2027, 4, 1)
            << at("10:00:00", {u"2027-01-29"_s, u"2027-02-28"_s, u"2027-03-29"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1"_s;
        QTest::newRow("monthly on the 29th, leap 2028")
            << monthlyOnDay(29) << kUtc << QDate(2028, 1, 29) << ten << utc(2028, 1, 1) << utc(2028, 4, 1)
            << at("10:00:00", {u"2028-01-29"_s, u"2028-02-29"_s, u"2028-03-29"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1"_s;
        QTest::newRow("first Monday")
            << monthlyOnWeekday(1, D::Monday) << kUtc << QDate(2027, 1, 4) << ten << utc(2027, 1, 1)
            << utc(2027, 5, 1)
            << at("10:00:00", {u"2027-01-04"_s, u"2027-02-01"_s, u"2027-03-01"_s, u"2027-04-05"_s})
            << u"FREQ=MONTHLY;BYDAY=1MO"_s;
        QTest::newRow("second Tuesday")
            << monthlyOnWeekday(2, D::Tuesday) << kUtc << QDate(2027, 1, 12) << ten << utc(2027, 1, 1)
            << utc(2027, 5, 1)
            << at("10:00:00", {u"2027-01-12"_s, u"2027-02-09"_s, u"2027-03-09"_s, u"2027-04-13"_s})
            << u"FREQ=MONTHLY;BYDAY=2TU"_s;
        QTest::newRow("third Thursday")
            << monthlyOnWeekday(3, D::Thursday) << kUtc << QDate(2027, 1, 21) << ten << utc(2027, 1, 1)
            << utc(2027, 5, 1)
            << at("10:00:00", {u"2027-01-21"_s, u"2027-02-18"_s, u"2027-03-18"_s, u"2027-04-15"_s})
            << u"FREQ=MONTHLY;BYDAY=3TH"_s;
        QTest::newRow("fourth Friday")
            << monthlyOnWeekday(4, D::Friday) << kUtc << QDate(2027, 1, 22) << ten << utc(2027, 1, 1)
            << utc(2027, 5, 1)
            << at("10:00:00", {u"2027-01-22"_s, u"2027-02-26"_s, u"2027-03-26"_s, u"2027-04-23"_s})
            << u"FREQ=MONTHLY;BYDAY=4FR"_s;
        QTest::newRow("last Wednesday")
            << monthlyOnWeekday(-1, D::Wednesday) << kUtc << QDate(2027, 1, 27) << ten << utc(2027, 1, 1)
            << utc(2027, 6, 1)
            << at("10:00:00",
                   {u"2027-01-27"_s, u"2027-02-24"_s, u"2027-03-31"_s, u"2027-04-28"_s, u"2027-05-26"_s})
            << u"FREQ=MONTHLY;BYDAY=-1WE"_s;
        QTest::newRow("every 2 months on the last Wednesday")
            << monthlyOnWeekday(-1, D::Wednesday, 2) << kUtc << QDate(2027, 1, 27) << ten << utc(2027, 1, 1)
            << utc(2027, 12, 1)
            << at("10:00:00",
                   {u"2027-01-27"_s, u"2027-03-31"_s, u"2027-05-26"_s, u"2027-07-28"_s, u"2027-09-29"_s,
                       u"2027-11-24"_s})
            << u"FREQ=MONTHLY;INTERVAL=2;BYDAY=-1WE"_s;
        // UNTIL is the end of the local day in New York: 26 Jan 23:59:59 EST = 27 Jan 04:59:59Z.
        QTest::newRow("until, inclusive of the last day")
            << until(weekly({D::Tuesday}), QDate(2027, 1, 26)) << kNewYork << QDate(2027, 1, 5) << ten
            << utc(2027, 1, 1) << utc(2027, 3, 1)
            << at("15:00:00", {u"2027-01-05"_s, u"2027-01-12"_s, u"2027-01-19"_s, u"2027-01-26"_s})
            << u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20270127T045959Z"_s;
        QTest::newRow("until the day before an occurrence")
            << until(weekly({D::Tuesday}), QDate(2027, 1, 25)) << kNewYork << QDate(2027, 1, 5) << ten
            << utc(2027, 1, 1) << utc(2027, 3, 1)
            << at("15:00:00", {u"2027-01-05"_s, u"2027-01-12"_s, u"2027-01-19"_s})
            << u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126T045959Z"_s;
        // UNTIL in summer time in Paris: 30 June 23:59:59 CEST = 21:59:59Z.
        QTest::newRow("until, summer time")
            << until(monthlyOnDay(30), QDate(2027, 6, 30)) << kParis << QDate(2027, 4, 30) << ten
            << utc(2027, 1, 1) << utc(2028, 1, 1)
            << at("08:00:00", {u"2027-04-30"_s, u"2027-05-30"_s, u"2027-06-30"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;UNTIL=20270630T215959Z"_s;
        QTest::newRow("count") << counted(weekly({D::Tuesday}), 3) << kUtc << QDate(2027, 1, 5) << ten
                               << utc(2027, 1, 1) << utc(2027, 3, 1)
                               << at("10:00:00", {u"2027-01-05"_s, u"2027-01-12"_s, u"2027-01-19"_s})
                               << u"FREQ=WEEKLY;BYDAY=TU;COUNT=3"_s;
        QTest::newRow("count, window after five occurrences")
            << counted(weekly({D::Monday, D::Thursday}), 10) << kUtc << QDate(2027, 1, 4) << ten
            << utc(2027, 1, 20) << utc(2027, 3, 1)
            << at("10:00:00",
                   {u"2027-01-21"_s, u"2027-01-25"_s, u"2027-01-28"_s, u"2027-02-01"_s, u"2027-02-04"_s})
            << u"FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10"_s;
        QTest::newRow("count, window a year later")
            << counted(weekly({D::Tuesday, D::Friday}, 2), 60) << kUtc << QDate(2027, 1, 5) << ten
            << utc(2028, 1, 1) << utc(2029, 1, 1)
            << at("10:00:00",
                   {u"2028-01-04"_s, u"2028-01-07"_s, u"2028-01-18"_s, u"2028-01-21"_s, u"2028-02-01"_s,
                       u"2028-02-04"_s, u"2028-02-15"_s, u"2028-02-18"_s})
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR;COUNT=60"_s;
        QTest::newRow("monthly count, window 17 months later")
            << counted(monthlyOnDay(31), 24) << kUtc << QDate(2027, 1, 31) << ten << utc(2028, 6, 1)
            << utc(2030, 1, 1)
            << at("10:00:00",
                   {u"2028-06-30"_s, u"2028-07-31"_s, u"2028-08-31"_s, u"2028-09-30"_s, u"2028-10-31"_s,
                       u"2028-11-30"_s, u"2028-12-31"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=24"_s;
        QTest::newRow("count used up before the window")
            << counted(weekly({D::Tuesday}), 5) << kUtc << QDate(2027, 1, 5) << ten << utc(2027, 6, 1)
            << utc(2027, 7, 1) << QStringList() << u"FREQ=WEEKLY;BYDAY=TU;COUNT=5"_s;
        // DTSTART is the first occurrence even off the pattern, and COUNT includes it.
        QTest::newRow("first occurrence off the pattern counts")
            << counted(monthlyOnDay(15), 3) << kUtc << QDate(2027, 1, 10) << ten << utc(2027, 1, 1)
            << utc(2027, 12, 1) << at("10:00:00", {u"2027-01-10"_s, u"2027-01-15"_s, u"2027-02-15"_s})
            << u"FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3"_s;
        QTest::newRow("window years ahead")
            << weekly({D::Tuesday}) << kNewYork << QDate(2027, 1, 5) << QTime(9, 0) << utc(2040, 7, 1)
            << utc(2040, 7, 15) << at("13:00:00", {u"2040-07-03"_s, u"2040-07-10"_s})
            << u"FREQ=WEEKLY;BYDAY=TU"_s;
        QTest::newRow("every 5 months on the last Sunday, years ahead")
            << monthlyOnWeekday(-1, D::Sunday, 5) << kNewYork << QDate(2027, 1, 31) << QTime(9, 0)
            << utc(2040, 1, 1) << utc(2041, 1, 1) << at("13:00:00", {u"2040-05-27"_s, u"2040-10-28"_s})
            << u"FREQ=MONTHLY;INTERVAL=5;BYDAY=-1SU"_s;

        // DST: the wall-clock time stays, the UTC hour moves.
        QTest::newRow("New York 09:00 across 14 March 2027")
            << weekly({D::Sunday}) << kNewYork << QDate(2027, 3, 7) << QTime(9, 0) << utc(2027, 3, 1)
            << utc(2027, 3, 22)
            << QStringList {u"2027-03-07T14:00:00Z"_s, u"2027-03-14T13:00:00Z"_s, u"2027-03-21T13:00:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        QTest::newRow("New York 09:00 across 7 November 2027")
            << weekly({D::Sunday}) << kNewYork << QDate(2027, 10, 31) << QTime(9, 0) << utc(2027, 10, 1)
            << utc(2027, 11, 15)
            << QStringList {u"2027-10-31T13:00:00Z"_s, u"2027-11-07T14:00:00Z"_s, u"2027-11-14T14:00:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        QTest::newRow("New York weekly Thursday 09:00 around the March change")
            << weekly({D::Thursday}) << kNewYork << QDate(2027, 3, 4) << QTime(9, 0) << utc(2027, 3, 1)
            << utc(2027, 3, 19)
            << QStringList {u"2027-03-04T14:00:00Z"_s, u"2027-03-11T14:00:00Z"_s, u"2027-03-18T13:00:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=TH"_s;
        QTest::newRow("Paris 10:00 across 28 March 2027")
            << weekly({D::Sunday}) << kParis << QDate(2027, 3, 21) << ten << utc(2027, 3, 1)
            << utc(2027, 4, 5)
            << QStringList {u"2027-03-21T09:00:00Z"_s, u"2027-03-28T08:00:00Z"_s, u"2027-04-04T08:00:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        QTest::newRow("Paris 10:00 across 31 October 2027")
            << weekly({D::Sunday}) << kParis << QDate(2027, 10, 24) << ten << utc(2027, 10, 1)
            << utc(2027, 11, 8)
            << QStringList {u"2027-10-24T08:00:00Z"_s, u"2027-10-31T09:00:00Z"_s, u"2027-11-07T09:00:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        // 02:30 does not exist on 14 March in New York: 03:30 EDT (07:30Z), the gap's hour later.
        QTest::newRow("New York 02:30 on the spring-forward day")
            << weekly({D::Sunday}) << kNewYork << QDate(2027, 3, 7) << QTime(2, 30) << utc(2027, 3, 1)
            << utc(2027, 3, 22)
            << QStringList {u"2027-03-07T07:30:00Z"_s, u"2027-03-14T07:30:00Z"_s, u"2027-03-21T06:30:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        // 01:30 happens twice on 7 November: the first one, 01:30 EDT (05:30Z).
        QTest::newRow("New York 01:30 on the fall-back day")
            << weekly({D::Sunday}) << kNewYork << QDate(2027, 10, 31) << QTime(1, 30) << utc(2027, 10, 1)
            << utc(2027, 11, 15)
            << QStringList {u"2027-10-31T05:30:00Z"_s, u"2027-11-07T05:30:00Z"_s, u"2027-11-14T06:30:00Z"_s}
            << u"FREQ=WEEKLY;BYDAY=SU"_s;
        QTest::newRow("Paris monthly last Sunday 02:30")
            << monthlyOnWeekday(-1, D::Sunday) << kParis << QDate(2027, 2, 28) << QTime(2, 30)
            << utc(2027, 1, 1) << utc(2027, 5, 1)
            << QStringList {u"2027-02-28T01:30:00Z"_s, u"2027-03-28T01:30:00Z"_s, u"2027-04-25T00:30:00Z"_s}
            << u"FREQ=MONTHLY;BYDAY=-1SU"_s;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(QTimeZone(kNewYork).isValid(), "tzdata is missing");
        QVERIFY(QTimeZone(kParis).isValid());
    }

    void expand_data() { addRows(); }
    void expand()
    {
        QFETCH(RecurrenceRule, rule);
        QFETCH(QByteArray, zone);
        QFETCH(QDate, first);
        QFETCH(QTime, time);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QStringList, expected);
        QVERIFY(rule.problems(first).isEmpty());
        const QTimeZone tz(zone);
        const auto got = expandRecurrence(rule, QDateTime(first, time, tz), tz, from, to);
        QCOMPARE(iso(got), expected);
    }

    void roundTrip_data() { addRows(); }
    void roundTrip()
    {
        QFETCH(RecurrenceRule, rule);
        QFETCH(QByteArray, zone);
        QFETCH(QString, rrule);
        const QTimeZone tz(zone);
        QCOMPARE(rule.toRRule(tz), rrule);
        const auto back = RecurrenceRule::fromRRule(rrule, tz);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->toRRule(tz), rrule);
        QVERIFY(back.value() == rule);
    }

    // Windows cut anywhere into a series give exactly the matching part of the whole series,
    // so skipping the periods before a window (and counting them for COUNT) loses nothing.
    void windowsAgreeWithTheWholeSeries_data()
    {
        QTest::addColumn<RecurrenceRule>("rule");
        QTest::addColumn<QDate>("first");
        using D = Qt::DayOfWeek;
        QTest::newRow("every 3 weeks, 3 days")
            << weekly({D::Monday, D::Wednesday, D::Saturday}, 3) << QDate(2027, 1, 6);
        QTest::newRow("every 2 weeks, count 100")
            << counted(weekly({D::Sunday, D::Monday}, 2), 100) << QDate(2027, 1, 3);
        QTest::newRow("weekly until") << until(weekly({D::Friday}), QDate(2030, 5, 17)) << QDate(2027, 1, 1);
        QTest::newRow("monthly 31st, count 40") << counted(monthlyOnDay(31), 40) << QDate(2027, 1, 31);
        QTest::newRow("every 7 months, 29th") << monthlyOnDay(29, 7) << QDate(2027, 1, 29);
        QTest::newRow("every 3 months, last Friday, count 13")
            << counted(monthlyOnWeekday(-1, D::Friday, 3), 13) << QDate(2027, 2, 26);
        QTest::newRow("second Tuesday, off-pattern start")
            << monthlyOnWeekday(2, D::Tuesday) << QDate(2027, 1, 1);
    }
    void windowsAgreeWithTheWholeSeries()
    {
        QFETCH(RecurrenceRule, rule);
        QFETCH(QDate, first);
        const QTimeZone tz(kNewYork);
        const QDateTime start(first, QTime(8, 15), tz);
        const QDateTime end = utc(2034, 1, 1); // after the last window
        const auto all = expandRecurrence(rule, start, tz, utc(2026, 1, 1), end, 5000);
        QVERIFY(all.size() > 10);
        QCOMPARE(all.front(), spoke::localToUtc(first, QTime(8, 15), tz));
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1] < all[i]);
        for (int days = 0; days < 6 * 366; days += 23) {
            const QDateTime from = utc(2027, 1, 1).addDays(days).addSecs(days * 617 % 86400);
            const QDateTime to = from.addDays(17 + days % 70);
            std::vector<QDateTime> expected;
            for (const QDateTime &t : all) {
                if (t >= from && t < to)
                    expected.push_back(t);
            }
            const auto got = expandRecurrence(rule, start, tz, from, to);
            QCOMPARE(iso(got), iso(expected));
        }
    }

    // Expansion resolves each date exactly as localToUtc() does (it caches the offset between
    // transitions), every day for 16 years, past 2037 where Qt's zone data becomes rules.
    void expansionMatchesLocalToUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QTime>("time");
        for (const char *zone : {"America/New_York", "Europe/Paris", "Australia/Lord_Howe",
                 "America/Santiago", "Africa/Casablanca", "Asia/Tokyo"}) {
            for (const QTime time : {QTime(0, 0), QTime(0, 30), QTime(1, 30), QTime(2, 30), QTime(23, 59)})
                QTest::addRow("%s %s", zone, qPrintable(time.toString(u"HH:mm"_s)))
                    << QByteArray(zone) << time;
        }
    }
    void expansionMatchesLocalToUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QTime, time);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const QDate first(2026, 1, 1);
        const RecurrenceRule everyDay = weekly(
            {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday});
        const auto got = expandRecurrence(
            everyDay, QDateTime(first, time, Qt::UTC), tz, QDateTime(), utc(2042, 1, 1), 100000);
        QVERIFY(got.size() > 16 * 365);
        for (size_t i = 0; i < got.size(); ++i) {
            const QDate date = first.addDays(qint64(i));
            const QDateTime expected = spoke::localToUtc(date, time, tz);
            if (got[i] != expected)
                QFAIL(qPrintable(u"%1: %2, not %3"_s.arg(date.toString(Qt::ISODate),
                    got[i].toString(Qt::ISODate), expected.toString(Qt::ISODate))));
        }
    }

    void limit()
    {
        const QTimeZone tz(kUtc);
        const auto got = expandRecurrence(weekly({Qt::Monday, Qt::Friday}),
            QDateTime(QDate(2027, 1, 4), QTime(9, 0), tz), tz, utc(2027, 1, 1), utc(2030, 1, 1), 3);
        QCOMPARE(iso(got), at("09:00:00", {u"2027-01-04"_s, u"2027-01-08"_s, u"2027-01-11"_s}));
        QVERIFY(expandRecurrence(weekly({}), QDateTime(QDate(2027, 1, 4), QTime(9, 0), tz), tz,
            utc(2027, 1, 1), utc(2030, 1, 1), 0)
                    .empty());
    }

    void windowIsHalfOpen()
    {
        const QTimeZone tz(kUtc);
        const QDateTime first(QDate(2027, 1, 5), QTime(10, 0), tz);
        // [12 Jan 10:00, 26 Jan 10:00): the 12th in, the 26th out.
        const auto got
            = expandRecurrence(weekly({Qt::Tuesday}), first, tz, utc(2027, 1, 12, 10), utc(2027, 1, 26, 10));
        QCOMPARE(iso(got), at("10:00:00", {u"2027-01-12"_s, u"2027-01-19"_s}));
    }

    // A rule that cannot be expanded still has its first occurrence, and nothing else.
    void invalidRuleGivesOnlyTheFirstOccurrence()
    {
        const QTimeZone tz(kUtc);
        const QDateTime first(QDate(2027, 1, 5), QTime(10, 0), tz);
        for (const RecurrenceRule &rule : {weekly({Qt::Tuesday}, 0), monthlyOnDay(0), monthlyOnDay(32),
                 monthlyOnWeekday(5, Qt::Monday), monthlyOnWeekday(0, Qt::Monday)}) {
            const auto got = expandRecurrence(rule, first, tz, utc(2027, 1, 1), utc(2028, 1, 1));
            QCOMPARE(iso(got), QStringList {u"2027-01-05T10:00:00Z"_s});
        }
    }

    // Duplicates in the weekday list are the same rule, written once.
    void duplicateWeekdaysAreNormalised()
    {
        const QTimeZone tz(kUtc);
        const RecurrenceRule messy = weekly({Qt::Thursday, Qt::Tuesday, Qt::Thursday});
        QVERIFY(messy.problems(QDate(2027, 1, 5)).isEmpty());
        QCOMPARE(messy.toRRule(tz), u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
        const QDateTime first(QDate(2027, 1, 5), QTime(10, 0), tz);
        QCOMPARE(iso(expandRecurrence(messy, first, tz, utc(2027, 1, 1), utc(2027, 1, 15))),
            at("10:00:00", {u"2027-01-05"_s, u"2027-01-07"_s, u"2027-01-12"_s, u"2027-01-14"_s}));
    }

    void localToUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("NY winter") << kNewYork << QDate(2027, 1, 5) << QTime(9, 0) << utc(2027, 1, 5, 14);
        QTest::newRow("NY summer") << kNewYork << QDate(2027, 7, 5) << QTime(9, 0) << utc(2027, 7, 5, 13);
        QTest::newRow("NY just before the gap")
            << kNewYork << QDate(2027, 3, 14) << QTime(1, 59) << utc(2027, 3, 14, 6, 59);
        QTest::newRow("NY gap 02:00") << kNewYork << QDate(2027, 3, 14) << QTime(2, 0) << utc(2027, 3, 14, 7);
        QTest::newRow("NY gap 02:30")
            << kNewYork << QDate(2027, 3, 14) << QTime(2, 30) << utc(2027, 3, 14, 7, 30);
        QTest::newRow("NY after the gap")
            << kNewYork << QDate(2027, 3, 14) << QTime(3, 0) << utc(2027, 3, 14, 7);
        QTest::newRow("NY overlap 01:00")
            << kNewYork << QDate(2027, 11, 7) << QTime(1, 0) << utc(2027, 11, 7, 5);
        QTest::newRow("NY overlap 01:30")
            << kNewYork << QDate(2027, 11, 7) << QTime(1, 30) << utc(2027, 11, 7, 5, 30);
        QTest::newRow("NY after the overlap")
            << kNewYork << QDate(2027, 11, 7) << QTime(2, 0) << utc(2027, 11, 7, 7);
        QTest::newRow("Paris gap 02:30")
            << kParis << QDate(2027, 3, 28) << QTime(2, 30) << utc(2027, 3, 28, 1, 30);
        QTest::newRow("Paris overlap 02:30")
            << kParis << QDate(2027, 10, 31) << QTime(2, 30) << utc(2027, 10, 31, 0, 30);
        QTest::newRow("Paris overlap 02:59")
            << kParis << QDate(2027, 10, 31) << QTime(2, 59) << utc(2027, 10, 31, 0, 59);
        QTest::newRow("Paris after the overlap")
            << kParis << QDate(2027, 10, 31) << QTime(3, 0) << utc(2027, 10, 31, 2);
        // Lord Howe Island moves by 30 minutes.
        QTest::newRow("Lord Howe gap") << QByteArrayLiteral("Australia/Lord_Howe") << QDate(2027, 10, 3)
                                       << QTime(2, 15) << utc(2027, 10, 2, 15, 45);
        QTest::newRow("Lord Howe overlap") << QByteArrayLiteral("Australia/Lord_Howe") << QDate(2027, 4, 4)
                                           << QTime(1, 45) << utc(2027, 4, 3, 14, 45);
        QTest::newRow("UTC") << kUtc << QDate(2027, 3, 14) << QTime(2, 30) << utc(2027, 3, 14, 2, 30);
    }
    void localToUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, expected);
        const QDateTime got = spoke::localToUtc(date, time, QTimeZone(zone));
        QCOMPARE(got.timeSpec(), Qt::UTC);
        QCOMPARE(got, expected);
    }

    void foreignForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<RecurrenceRule>("expected");
        using D = Qt::DayOfWeek;
        QTest::newRow("BYDAY=-1WE") << u"FREQ=MONTHLY;BYDAY=-1WE"_s << kUtc
                                    << monthlyOnWeekday(-1, D::Wednesday);
        QTest::newRow("BYDAY=WE;BYSETPOS=-1")
            << u"FREQ=MONTHLY;BYDAY=WE;BYSETPOS=-1"_s << kUtc << monthlyOnWeekday(-1, D::Wednesday);
        QTest::newRow("BYDAY=TU;BYSETPOS=3")
            << u"FREQ=MONTHLY;BYSETPOS=3;BYDAY=TU"_s << kUtc << monthlyOnWeekday(3, D::Tuesday);
        QTest::newRow("BYDAY=+2TU") << u"FREQ=MONTHLY;BYDAY=+2TU"_s << kUtc
                                    << monthlyOnWeekday(2, D::Tuesday);
        QTest::newRow("BYMONTHDAY=-1") << u"FREQ=MONTHLY;BYMONTHDAY=-1"_s << kUtc << monthlyOnDay(31);
        QTest::newRow("BYMONTHDAY=28") << u"FREQ=MONTHLY;BYMONTHDAY=28"_s << kUtc << monthlyOnDay(28);
        QTest::newRow("BYSETPOS before BYMONTHDAY, any order")
            << u"FREQ=MONTHLY;BYSETPOS=-1;BYMONTHDAY=30,28,29"_s << kUtc << monthlyOnDay(30);
        QTest::newRow("UNTIL as a date") << u"FREQ=WEEKLY;BYDAY=MO;UNTIL=20270131"_s << kNewYork
                                         << until(weekly({D::Monday}), QDate(2027, 1, 31));
        QTest::newRow("UNTIL in UTC, the next UTC day")
            << u"FREQ=WEEKLY;UNTIL=20270201T045959Z"_s << kNewYork << until(weekly({}), QDate(2027, 1, 31));
        QTest::newRow("UNTIL floating")
            << u"FREQ=WEEKLY;UNTIL=20270131T235959"_s << kNewYork << until(weekly({}), QDate(2027, 1, 31));
        QTest::newRow("lower case, RRULE: prefix, WKST=MO, unsorted days")
            << u"RRULE:freq=weekly;interval=2;byday=th,tu;wkst=mo"_s << kUtc
            << weekly({D::Tuesday, D::Thursday}, 2);
        QTest::newRow("duplicate days")
            << u"FREQ=WEEKLY;BYDAY=FR,MO,MO"_s << kUtc << weekly({D::Monday, D::Friday});
        QTest::newRow("WKST=SU with one day")
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU"_s << kUtc << weekly({D::Tuesday}, 2);
        QTest::newRow("WKST=SU, days on one side")
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;WKST=SU"_s << kUtc << weekly({D::Monday, D::Friday}, 2);
        QTest::newRow("COUNT") << u"FREQ=MONTHLY;BYMONTHDAY=5;COUNT=12"_s << kUtc
                               << counted(monthlyOnDay(5), 12);
        QTest::newRow("large interval parses; problems() flags it")
            << u"FREQ=WEEKLY;INTERVAL=60"_s << kUtc << weekly({}, 60);
    }
    void foreignForms()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, zone);
        QFETCH(RecurrenceRule, expected);
        const auto rule = RecurrenceRule::fromRRule(text, QTimeZone(zone));
        QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
        QCOMPARE(rule->toRRule(QTimeZone(zone)), expected.toRRule(QTimeZone(zone)));
        QVERIFY(rule.value() == expected);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"FREQ=DAILY", "FREQ=YEARLY;BYMONTH=3", "FREQ=HOURLY;INTERVAL=2", "garbage",
                 "", "RRULE:", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=-2",
                 "FREQ=WEEKLY;INTERVAL=two", "FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY;COUNT=3;UNTIL=20270131",
                 "FREQ=WEEKLY;BYHOUR=9", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYDAY=1MO",
                 "FREQ=WEEKLY;BYMONTHDAY=3", "FREQ=WEEKLY;FREQ=MONTHLY", "FREQ=WEEKLY;UNTIL=2027-01-31",
                 "FREQ=WEEKLY;UNTIL=20270231", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU", "BYDAY=MO",
                 "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=5FR", "FREQ=MONTHLY;BYDAY=-2FR",
                 "FREQ=MONTHLY;BYDAY=MO,TU", "FREQ=MONTHLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=5",
                 "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=0", "FREQ=MONTHLY;BYMONTHDAY=1,15",
                 "FREQ=MONTHLY;BYMONTHDAY=29,30,31;BYSETPOS=-1", "FREQ=MONTHLY;BYMONTHDAY=15;BYDAY=MO",
                 "FREQ=WEEKLY;BYDAY="})
            QTest::newRow(*text ? text : "(empty)") << QString::fromLatin1(text);
    }
    void refusals()
    {
        QFETCH(QString, text);
        const auto rule = RecurrenceRule::fromRRule(text, QTimeZone(kUtc));
        QVERIFY(!rule.ok());
        QCOMPARE(rule.code(), ErrorCode::InvalidInput);
        QVERIFY(!rule.error().message.isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<RecurrenceRule>("rule");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QString>("problem"); // empty: valid
        const QDate first(2027, 1, 5);
        using D = Qt::DayOfWeek;
        QTest::newRow("valid weekly") << weekly({D::Tuesday}, 52) << first << QString();
        QTest::newRow("valid monthly") << counted(monthlyOnDay(31, 24), 1000) << first << QString();
        QTest::newRow("valid until on the first day") << until(weekly({}), first) << first << QString();
        QTest::newRow("valid, off-pattern first day")
            << monthlyOnWeekday(-1, D::Friday) << first << QString();
        QTest::newRow("every 0 weeks") << weekly({}, 0) << first << u"Every 0 weeks is not a schedule."_s;
        QTest::newRow("every -1 months")
            << monthlyOnDay(3, -1) << first << u"Every -1 months is not a schedule."_s;
        QTest::newRow("every 53 weeks")
            << weekly({}, 53) << first << u"A weekly schedule can repeat at most every 52 weeks."_s;
        QTest::newRow("every 25 months")
            << monthlyOnDay(3, 25) << first << u"A monthly schedule can repeat at most every 24 months."_s;
        QTest::newRow("negative count")
            << counted(weekly({}), -1) << first << u"The number of visits cannot be negative."_s;
        QTest::newRow("count over 1000")
            << counted(weekly({}), 1001) << first << u"A series can have at most 1000 visits."_s;
        QTest::newRow("count and until") << until(counted(weekly({}), 3), QDate(2027, 3, 1)) << first
                                         << u"Choose either an end date or a number of visits, not both."_s;
        QTest::newRow("until before first")
            << until(weekly({}), QDate(2027, 1, 4)) << first << u"The series ends before it starts."_s;
        QTest::newRow("month day 0") << monthlyOnDay(0) << first
                                     << u"Choose a day of the month from 1 to 31."_s;
        QTest::newRow("month day 32")
            << monthlyOnDay(32) << first << u"Choose a day of the month from 1 to 31."_s;
        for (int ordinal : {0, 5, -2}) {
            QTest::addRow("ordinal %d", ordinal)
                << monthlyOnWeekday(ordinal, D::Monday) << first
                << u"Choose the first, second, third, fourth or last weekday of the month."_s;
        }
        QTest::newRow("not a weekday")
            << weekly({D(0)}) << first << u"Choose the weekdays from Monday to Sunday."_s;
    }
    void problems()
    {
        QFETCH(RecurrenceRule, rule);
        QFETCH(QDate, first);
        QFETCH(QString, problem);
        const QStringList got = rule.problems(first);
        if (problem.isEmpty())
            QCOMPARE(got, QStringList());
        else
            QCOMPARE(got, QStringList {problem});
    }

    void severalProblemsAtOnce()
    {
        RecurrenceRule r = until(counted(weekly({}, 0), 2000), QDate(2026, 1, 1));
        QCOMPARE(r.problems(QDate(2027, 1, 5)).size(), 4);
    }

    void describe_data()
    {
        QTest::addColumn<RecurrenceRule>("rule");
        QTest::addColumn<QString>("expected");
        using D = Qt::DayOfWeek;
        QTest::newRow("weekly") << weekly({D::Tuesday}) << u"Weekly on Tuesday"_s;
        QTest::newRow("weekly, first day") << weekly({}) << u"Weekly"_s;
        QTest::newRow("every 2 weeks, 10 times") << counted(weekly({D::Thursday, D::Tuesday}, 2), 10)
                                                 << u"Every 2 weeks on Tuesday and Thursday, 10 times"_s;
        QTest::newRow("three days") << weekly({D::Friday, D::Monday, D::Wednesday})
                                    << u"Weekly on Monday, Wednesday, and Friday"_s;
        QTest::newRow("once") << counted(weekly({D::Monday}, 3), 1) << u"Every 3 weeks on Monday, 1 time"_s;
        QTest::newRow("last Wednesday")
            << monthlyOnWeekday(-1, D::Wednesday) << u"Monthly on the last Wednesday"_s;
        QTest::newRow("second Tuesday, every 3 months")
            << monthlyOnWeekday(2, D::Tuesday, 3) << u"Every 3 months on the second Tuesday"_s;
        QTest::newRow("15th") << monthlyOnDay(15) << u"Monthly on day 15"_s;
        QTest::newRow("31st") << monthlyOnDay(31) << u"Monthly on day 31 (the last day in shorter months)"_s;
        QTest::newRow("until") << until(weekly({D::Monday}), QDate(2027, 1, 31))
                               << u"Weekly on Monday, until "_s
                + QLocale().toString(QDate(2027, 1, 31), QLocale::LongFormat);
    }
    void describe()
    {
        QFETCH(RecurrenceRule, rule);
        QFETCH(QString, expected);
        QCOMPARE(rule.describe(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "test_recurrence.moc"
