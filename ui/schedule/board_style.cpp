#include "ui/schedule/board_style.h"

#include "ui/common/theme.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace spoke::ui::board {

namespace {

// Every board text shares the widget's translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::DispatchBoard)
};

QString plural(QString text, int n)
{
    // A translation never keeps the English marker, so this only touches source text.
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

struct TimeFormats
{
    QLocale locale;
    QString time;
    QString hour;
};

// The board shows minutes, never seconds (the short format of some locales, C among them,
// has seconds); hour ticks drop ":mm" where the locale says AM/PM ("8 AM").
const TimeFormats &timeFormats(const QLocale &locale)
{
    static TimeFormats cached {QLocale::c(), {}, {}};
    if (cached.time.isEmpty() || !(cached.locale == locale)) {
        static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
        static const QRegularExpression minutes(QStringLiteral("[:.]mm"));
        cached.locale = locale;
        cached.time = locale.timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
        cached.hour = cached.time;
        if (cached.time.contains(QLatin1String("ap"), Qt::CaseInsensitive))
            cached.hour.remove(minutes);
    }
    return cached;
}

QString formatTime(const QDateTime &local, const QLocale &locale)
{
    return locale.toString(local.time(), timeFormats(locale).time);
}

} // namespace

StatusColors statusColors(JobStatus status)
{
    // Soft fills with dark text of the same hue: readable, and the hue tells the status.
    switch (status) {
    case JobStatus::Requested:
        return {QColor(0xFF, 0xF6, 0xE0), QColor(0xD9, 0x8E, 0x04), QColor(0xE9, 0xB9, 0x5C),
            QColor(0x5C, 0x3B, 0x00), QColor(0x7A, 0x55, 0x12), false, true};
    case JobStatus::Scheduled:
        return {QColor(0xE0, 0xF2, 0xF3), theme::brand(), QColor(0x9F, 0xD0, 0xD4), QColor(0x07, 0x3B, 0x40),
            QColor(0x2F, 0x5F, 0x64), false, false};
    case JobStatus::EnRoute:
        return {QColor(0xE7, 0xEC, 0xFF), QColor(0x44, 0x4C, 0xE7), QColor(0xB4, 0xBD, 0xF7),
            QColor(0x1E, 0x22, 0x6E), QColor(0x3F, 0x46, 0x91), false, false};
    case JobStatus::InProgress:
        return {QColor(0xF1, 0xE8, 0xFD), QColor(0x7C, 0x3A, 0xED), QColor(0xCF, 0xB5, 0xF7),
            QColor(0x3B, 0x17, 0x7A), QColor(0x5B, 0x3A, 0x94), false, false};
    case JobStatus::Completed:
        return {QColor(0xE4, 0xF5, 0xEA), theme::success(), QColor(0xA6, 0xDB, 0xBA),
            QColor(0x05, 0x47, 0x2C), QColor(0x2B, 0x63, 0x49), false, false};
    case JobStatus::Invoiced:
        return {QColor(0xEE, 0xF0, 0xF3), QColor(0x4B, 0x55, 0x63), QColor(0xC8, 0xCD, 0xD5),
            QColor(0x1F, 0x29, 0x37), QColor(0x4B, 0x55, 0x63), false, false};
    case JobStatus::Cancelled:
        return {QColor(0xF3, 0xF4, 0xF6), QColor(0x9C, 0xA3, 0xAF), QColor(0xD1, 0xD5, 0xDB),
            QColor(0x4B, 0x55, 0x63), QColor(0x6B, 0x72, 0x80), true, false};
    case JobStatus::NoShow:
        return {QColor(0xFB, 0xEE, 0xEC), QColor(0xC2, 0x41, 0x36), QColor(0xEE, 0xC3, 0xBE),
            QColor(0x6E, 0x1D, 0x16), QColor(0x8A, 0x3A, 0x33), true, false};
    }
    return statusColors(JobStatus::Scheduled);
}

QColor laneColor(const BoardLane &lane)
{
    const QColor own(lane.color);
    if (own.isValid())
        return own;
    static const std::array<QColor, 8> kPicks {QColor(0x3B, 0x82, 0xF6), QColor(0x10, 0xB9, 0x81),
        QColor(0xF5, 0x9E, 0x0B), QColor(0x8B, 0x5C, 0xF6), QColor(0xEC, 0x48, 0x99),
        QColor(0x14, 0xB8, 0xA6), QColor(0xEF, 0x44, 0x44), QColor(0x64, 0x74, 0x8B)};
    if (lane.kind == BoardLane::Kind::Unassigned)
        return theme::muted();
    return kPicks[qHash(lane.key) % kPicks.size()];
}

QColor conflictColor(const std::vector<Conflict> &conflicts)
{
    for (const Conflict &c : conflicts)
        if (c.kind == ConflictKind::DoubleBooked || c.kind == ConflictKind::DoNotService
            || c.kind == ConflictKind::TimeOff)
            return QColor(0xD9, 0x2D, 0x20);
    return QColor(0xE0, 0x6C, 0x00);
}

QColor nowLineColor()
{
    return QColor(0xE1, 0x1D, 0x48);
}

QColor offHoursColor()
{
    return QColor(0xEC, 0xEF, 0xF4);
}

QColor timeOffColor()
{
    return QColor(0xF6, 0xEE, 0xEE);
}

QColor timeOffHatchColor()
{
    return QColor(0xD8, 0xB4, 0xB0);
}

QString timeRangeText(
    const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone, const QLocale &locale)
{
    if (!startUtc.isValid())
        return Tr::tr("Not placed");
    const QDateTime start = startUtc.toTimeZone(zone);
    if (!endUtc.isValid())
        return formatTime(start, locale);
    const QDateTime end = endUtc.toTimeZone(zone);
    //: A time range on the dispatch board, e.g. "9:00 AM – 11:00 AM"
    return Tr::tr("%1 – %2").arg(formatTime(start, locale), formatTime(end, locale));
}

QString itemTimeLine(const BoardItem &item, const QTimeZone &zone, const QLocale &locale)
{
    const Job &job = item.view.job;
    const QString range = timeRangeText(job.startUtc, job.endUtc, zone, locale);
    if (job.status == JobStatus::Scheduled)
        return range;
    //: Time and status of a job on the dispatch board: "9:00 AM – 11:00 AM · In progress"
    return Tr::tr("%1 · %2").arg(range, jobStatusLabel(job.status));
}

QString itemToolTip(const BoardItem &item, const QTimeZone &zone, const QLocale &locale)
{
    const JobView &v = item.view;
    const Job &job = v.job;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(v.customerName.toHtmlEscaped());
    if (job.startUtc.isValid()) {
        const QDate day = job.startUtc.toTimeZone(zone).date();
        lines << Tr::tr("%1, %2")
                     .arg(locale.toString(day, QLocale::LongFormat),
                         timeRangeText(job.startUtc, job.endUtc, zone, locale))
                     .toHtmlEscaped();
    }
    if (!v.servicesSummary.isEmpty())
        lines << v.servicesSummary.toHtmlEscaped();
    if (!v.addressLine.isEmpty())
        lines << v.addressLine.toHtmlEscaped();
    QStringList who;
    if (!v.crewName.isEmpty())
        who << v.crewName;
    who << v.technicianNames;
    if (!who.isEmpty())
        lines << Tr::tr("Assigned: %1").arg(who.join(QStringLiteral(", "))).toHtmlEscaped();
    lines << Tr::tr("Status: %1").arg(jobStatusLabel(job.status)).toHtmlEscaped();
    if (job.bookedBy == RecordOwner::HeadOffice)
        lines << Tr::tr("Booked by head office").toHtmlEscaped();
    if (v.customerDoNotService)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(
                         theme::danger().name(), Tr::tr("Customer is marked do not service").toHtmlEscaped());
    if (!item.conflicts.empty()) {
        const QString colour = conflictColor(item.conflicts).name();
        lines << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                     .arg(colour, Tr::tr("Conflicts:").toHtmlEscaped());
        for (const Conflict &c : item.conflicts)
            lines << QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                         .arg(colour, c.message.toHtmlEscaped());
    }
    if (!jobStatusMovable(job.status))
        lines << QStringLiteral("<i>%1</i>").arg(notMovableText(job.status).toHtmlEscaped());
    return QStringLiteral("<qt>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</qt>");
}

QString itemSummary(const BoardItem &item, const QTimeZone &zone, const QLocale &locale)
{
    const JobView &v = item.view;
    const Job &job = v.job;
    QStringList parts;
    parts << v.customerName;
    if (job.startUtc.isValid())
        parts << Tr::tr("%1, %2").arg(
            locale.toString(job.startUtc.toTimeZone(zone).date(), QLocale::LongFormat),
            timeRangeText(job.startUtc, job.endUtc, zone, locale));
    if (!v.servicesSummary.isEmpty())
        parts << v.servicesSummary;
    parts << jobStatusLabel(job.status);
    if (job.bookedBy == RecordOwner::HeadOffice)
        parts << Tr::tr("Booked by head office");
    if (!item.conflicts.empty()) {
        QStringList messages;
        for (const Conflict &c : item.conflicts)
            messages << c.message;
        parts << Tr::tr("Conflicts: %1").arg(messages.join(QStringLiteral("; ")));
    }
    return parts.join(QStringLiteral(". "));
}

QString laneKindLabel(BoardLane::Kind kind)
{
    switch (kind) {
    case BoardLane::Kind::Unassigned:
        return Tr::tr("Unassigned");
    case BoardLane::Kind::Crew:
        return Tr::tr("Crew");
    case BoardLane::Kind::Technician:
        return Tr::tr("Technician");
    }
    return {};
}

QString laneSubtitle(const BoardLane &lane, int jobCount)
{
    const QString count = plural(Tr::tr("%n job(s)", nullptr, jobCount), jobCount);
    if (lane.kind == BoardLane::Kind::Unassigned)
        return count;
    //: Under a lane's title: its kind and how many jobs it has in the range, "Crew · 12 jobs"
    return Tr::tr("%1 · %2").arg(laneKindLabel(lane.kind), count);
}

QString headOfficeBadge()
{
    //: Badge on a job booked by head office (short: it sits in a corner of the job's box)
    return Tr::tr("HQ");
}

QString dayLabel(const QDate &date, bool longForm, const QLocale &locale)
{
    if (longForm)
        return locale.toString(date, QLocale::LongFormat);
    //: QLocale date format of a day's column header in the week view ("Tue 9 Mar")
    return locale.toString(date, Tr::tr("ddd d MMM"));
}

QString hourLabel(int hour, const QLocale &locale)
{
    return locale.toString(QTime(hour, 0), timeFormats(locale).hour);
}

QString startTimeText(const QDateTime &startUtc, const QTimeZone &zone, const QLocale &locale)
{
    return startUtc.isValid() ? formatTime(startUtc.toTimeZone(zone), locale) : QString();
}

QString ghostLabel(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone,
    const QString &laneTitle, const QLocale &locale)
{
    const QString day = locale.toString(startUtc.toTimeZone(zone).date(), Tr::tr("ddd d MMM"));
    //: Where a dragged job would go: "Tue 9 Mar 11:15 AM – 1:15 PM · Crew B"
    return Tr::tr("%1 %2 · %3").arg(day, timeRangeText(startUtc, endUtc, zone, locale), laneTitle);
}

QString overlapHint(const BoardItem &other, const QTimeZone &zone, const QLocale &locale)
{
    return Tr::tr("Overlaps %1 (%2)")
        .arg(other.view.customerName,
            timeRangeText(other.view.job.startUtc, other.view.job.endUtc, zone, locale));
}

QString notMovableText(JobStatus status)
{
    return Tr::tr("A job that is %1 can't be moved.").arg(jobStatusLabel(status).toLower());
}

} // namespace spoke::ui::board
