#pragma once

#include "core/schedule/schedule_types.h"

#include <QHash>
#include <QPointF>
#include <QRect>
#include <QRectF>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

/// Geometry of the dispatch board, kept apart from the widget so it is plain data: where a
/// job, a lane, a shaded stretch sits for a snapshot, a zoom and a range of visible hours.
///
/// Time runs on a wall-clock axis in the location's zone: "wall minutes" count from 00:00
/// local of the snapshot's first day, one day is always 1440 of them, so 09:00 on any day
/// lands on that day's 09:00 tick whatever the UTC offset of the day (DST weeks included).
namespace spoke::ui::board {

/// Converts between UTC and wall minutes for one snapshot range. The zone's offsets around
/// the range are read once, so laying out thousands of jobs costs a binary search each.
class ZoneClock
{
public:
    ZoneClock() = default;
    ZoneClock(const QTimeZone &zone, const QDate &firstDay, int days);

    const QTimeZone &zone() const { return m_zone; }
    QDate firstDay() const { return m_firstDay; }
    /// Minutes since 00:00 local of the first day (floored; negative before the range).
    qint64 wallMinutes(const QDateTime &utc) const;
    /// The UTC instant of a wall minute (a time in a spring-forward gap moves past the gap).
    QDateTime utcAt(qint64 wallMinutes) const;
    /// Local date and time of a wall minute.
    QDate dateAt(qint64 wallMinutes) const;
    QTime timeAt(qint64 wallMinutes) const;
    qint64 wallOf(const QDate &date, const QTime &time) const;

private:
    int offsetAt(qint64 utcSecs) const;

    QTimeZone m_zone;
    QDate m_firstDay;
    qint64 m_wallEpoch = 0; ///< first day 00:00 read as if it were UTC, in seconds
    qint64 m_cacheFrom = 0;
    qint64 m_cacheTo = 0;
    std::vector<std::pair<qint64, int>> m_offsets; ///< (from UTC second, offset) sorted
};

/// The horizontal axis: days side by side, each showing the same visible hours.
struct TimeAxis
{
    int days = 7;
    int visibleStart = 7 * 60; ///< minute of the day
    int visibleEnd = 19 * 60;
    double pixelsPerHour = 60;

    double pixelsPerMinute() const { return pixelsPerHour / 60.0; }
    int visibleMinutes() const { return visibleEnd - visibleStart; }
    double dayWidth() const { return visibleMinutes() * pixelsPerMinute(); }
    double width() const { return days * dayWidth(); }
    /// Logical x of a wall minute, clamped into its day's visible hours; before or after the
    /// range it clamps to 0 or width().
    double x(qint64 wallMinutes) const;
    /// Wall minute at a logical x (x clamped into the axis; fractional).
    double wallAt(double x) const;
    /// Day index under a logical x, clamped to [0, days).
    int dayAt(double x) const;
};

/// Sizes that follow the font (set by the widget from its font metrics).
struct Metrics
{
    int headerWidth = 200; ///< the lane-title column
    int dayHeaderHeight = 26;
    int hourHeaderHeight = 22;
    int itemHeight = 54;
    int itemGap = 4;
    int lanePadding = 5;
    double minItemWidth = 6;

    int headerHeight() const { return dayHeaderHeight + hourHeaderHeight; }
};

/// A shaded stretch of a lane: outside working hours, or time off (hatched).
struct Shade
{
    enum class Kind { OffHours, TimeOff };
    Kind kind = Kind::OffHours;
    double x1 = 0;
    double x2 = 0;
    QString text; ///< time off: the reason
};

struct LaidItem
{
    int source = -1; ///< index in BoardSnapshot::items
    int lane = -1;
    int subRow = 0;
    qint64 wallStart = 0;
    qint64 wallEnd = 0;
    QRectF rect; ///< logical: x on the axis, y from the top of the first lane
};

struct LaidLane
{
    double top = 0;
    double height = 0;
    int subRows = 1;
    std::vector<int> items; ///< layout item indices, by start then sub-row
    std::vector<Shade> shades;
};

/// Everything placed, in logical coordinates (no scrolling, no mirroring).
class BoardLayout
{
public:
    void build(
        const BoardSnapshot &snapshot, const ZoneClock &clock, const TimeAxis &axis, const Metrics &metrics);

    const std::vector<LaidItem> &items() const { return m_items; }
    const std::vector<LaidLane> &lanes() const { return m_lanes; }
    double height() const { return m_height; }

    /// Lane under a logical y, or -1 outside the lanes.
    int laneAt(double y) const;
    /// The topmost item under a logical point, or -1.
    int itemAt(const QPointF &p) const;
    /// Layout index of a job in a lane, or -1.
    int find(const QString &jobId, const QString &laneKey) const;
    /// Layout index of a job in the first lane it shows in, or -1.
    int findAny(const QString &jobId) const;
    /// Every item in reading order: lane by lane, by start.
    std::vector<int> readingOrder() const;
    /// Logical rect of a sub-row of a lane (for the drag ghost).
    QRectF rowRect(int lane, int subRow, double x1, double x2) const;

private:
    std::vector<LaidItem> m_items;
    std::vector<LaidLane> m_lanes;
    QHash<QString, int> m_byLaneAndJob;
    QHash<QString, int> m_byJob;
    Metrics m_metrics;
    double m_height = 0;
};

/// Maps logical coordinates to the viewport: scrolled, and mirrored in right-to-left.
struct ViewMap
{
    QRect timeArea; ///< viewport rect where lanes' time runs (under the headers, beside titles)
    double scrollX = 0;
    double scrollY = 0;
    bool rightToLeft = false;

    double viewX(double x) const
    {
        return rightToLeft ? timeArea.x() + timeArea.width() - (x - scrollX) : timeArea.x() + (x - scrollX);
    }
    double viewY(double y) const { return timeArea.y() + (y - scrollY); }
    double logicalX(double vx) const
    {
        return rightToLeft ? timeArea.x() + timeArea.width() - vx + scrollX : vx - timeArea.x() + scrollX;
    }
    double logicalY(double vy) const { return vy - timeArea.y() + scrollY; }
    QRectF toView(const QRectF &r) const
    {
        const double a = viewX(r.left());
        const double b = viewX(r.right());
        return QRectF(QPointF(std::min(a, b), viewY(r.top())), QPointF(std::max(a, b), viewY(r.bottom())));
    }
    QPointF toLogical(const QPointF &p) const { return QPointF(logicalX(p.x()), logicalY(p.y())); }
};

/// Rounds wall minutes to the nearest multiple of step.
qint64 snapMinutes(double wallMinutes, int step);

} // namespace spoke::ui::board
