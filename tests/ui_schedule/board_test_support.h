#pragma once

// Hand-built dispatch board snapshots for the board's tests: lanes, jobs at local times in
// America/New_York, conflicts, time off. No database: the board is a pure view.

#include "core/schedule/schedule_types.h"
#include "ui/schedule/dispatch_board.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

namespace spoke::test {

inline QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

/// A local time in New York as a UTC instant.
inline QDateTime nyc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, newYork()).toUTC();
}

/// Working hours on the given weekdays (1 = Monday).
inline std::vector<WorkingInterval> hours(
    const QTime &start, const QTime &end, std::initializer_list<int> weekdays)
{
    std::vector<WorkingInterval> out;
    for (int day : weekdays)
        out.push_back({Qt::DayOfWeek(day), start, end});
    return out;
}

struct BoardBuilder
{
    BoardSnapshot snapshot;

    BoardBuilder(const QDate &firstDay, int days)
    {
        snapshot.zone = newYork();
        snapshot.firstDay = firstDay;
        snapshot.days = days;
    }

    BoardLane &lane(BoardLane::Kind kind, const QString &key, const QString &title, const QString &color = {},
        std::vector<WorkingInterval> workHours = {})
    {
        BoardLane lane;
        lane.kind = kind;
        lane.key = key;
        lane.title = title;
        lane.color = color;
        lane.hours = std::move(workHours);
        snapshot.lanes.push_back(std::move(lane));
        return snapshot.lanes.back();
    }

    BoardItem &job(const QString &id, const QString &laneKey, const QDate &date, const QTime &start,
        const QTime &end, JobStatus status = JobStatus::Scheduled, const QString &customer = {},
        const QString &services = QStringLiteral("Deep clean"))
    {
        BoardItem item;
        item.laneKey = laneKey;
        Job &job = item.view.job;
        job.id = id;
        job.customerId = QStringLiteral("c-") + id;
        job.status = status;
        job.startUtc = nyc(date, start);
        job.endUtc = nyc(end < start ? date.addDays(1) : date, end);
        item.view.customerName = customer.isEmpty() ? QStringLiteral("Customer ") + id : customer;
        item.view.servicesSummary = services;
        if (laneKey.startsWith(QLatin1String("crew:")))
            job.assignment.crewId = laneKey.mid(5);
        else if (laneKey.startsWith(QLatin1String("tech:")))
            job.assignment.technicianIds << laneKey.mid(5);
        snapshot.items.push_back(std::move(item));
        return snapshot.items.back();
    }
};

/// A viewport y in the middle of a lane (its first sub-row), found through laneAt().
inline int laneY(const ui::DispatchBoard &board, const QString &key)
{
    const QRect area = board.timeArea();
    for (int y = area.top(); y <= area.bottom(); ++y)
        if (board.laneAt(QPoint(area.center().x(), y)) == key)
            return y + 20;
    return -1;
}

/// Scrolls a week view so that a day's column starts at the leading edge of the time area.
inline void scrollToDay(ui::DispatchBoard &board, int dayIndex)
{
    const int x0 = board.xForLocalTime(board.snapshot().firstDay, board.visibleStart());
    const int xd = board.xForLocalTime(board.snapshot().firstDay.addDays(dayIndex), board.visibleStart());
    board.horizontalScrollBar()->setValue(std::abs(xd - x0));
}

} // namespace spoke::test
