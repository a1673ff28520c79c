#include "ui/schedule/board_geometry.h"

#include <cmath>

namespace spoke::ui::board {

namespace {

constexpr qint64 kDayMinutes = 24 * 60;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int minuteOfDay(const QTime &t, bool endOfDay)
{
    if (!t.isValid())
        return endOfDay ? int(kDayMinutes) : 0;
    const int m = t.msecsSinceStartOfDay() / 60000;
    return (endOfDay && m == 0) ? int(kDayMinutes) : m;
}

QString laneJobKey(const QString &laneKey, const QString &jobId)
{
    return laneKey + QChar(u'\n') + jobId;
}

} // namespace

// ZoneClock

ZoneClock::ZoneClock(const QTimeZone &zone, const QDate &firstDay, int days)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_firstDay(firstDay)
    , m_wallEpoch(QDateTime(firstDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
{
    // Two days of margin each side: a zone's offset is at most ~14 h either way.
    const QDateTime from(firstDay.addDays(-2), QTime(0, 0), Qt::UTC);
    const QDateTime to(firstDay.addDays(days + 2), QTime(0, 0), Qt::UTC);
    m_cacheFrom = from.toSecsSinceEpoch();
    m_cacheTo = to.toSecsSinceEpoch();
    m_offsets.emplace_back(m_cacheFrom, m_zone.offsetFromUtc(from));
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
        for (const QTimeZone::OffsetData &t : transitions)
            m_offsets.emplace_back(t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc);
    }
}

int ZoneClock::offsetAt(qint64 utcSecs) const
{
    if (utcSecs < m_cacheFrom || utcSecs >= m_cacheTo || m_offsets.empty())
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
    auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), utcSecs,
        [](qint64 s, const std::pair<qint64, int> &o) { return s < o.first; });
    return std::prev(it)->second;
}

qint64 ZoneClock::wallMinutes(const QDateTime &utc) const
{
    const qint64 secs = utc.toSecsSinceEpoch();
    return floorDiv(secs + offsetAt(secs) - m_wallEpoch, 60);
}

QDate ZoneClock::dateAt(qint64 wallMinutes) const
{
    return m_firstDay.addDays(floorDiv(wallMinutes, kDayMinutes));
}

QTime ZoneClock::timeAt(qint64 wallMinutes) const
{
    const qint64 m = wallMinutes - floorDiv(wallMinutes, kDayMinutes) * kDayMinutes;
    return QTime(int(m / 60), int(m % 60));
}

qint64 ZoneClock::wallOf(const QDate &date, const QTime &time) const
{
    return m_firstDay.daysTo(date) * kDayMinutes + minuteOfDay(time, false);
}

QDateTime ZoneClock::utcAt(qint64 wallMinutes) const
{
    return QDateTime(dateAt(wallMinutes), timeAt(wallMinutes), m_zone).toUTC();
}

// TimeAxis

double TimeAxis::x(qint64 wallMinutes) const
{
    const qint64 day = floorDiv(wallMinutes, kDayMinutes);
    if (day < 0)
        return 0;
    if (day >= days)
        return width();
    const double m
        = std::clamp(double(wallMinutes - day * kDayMinutes), double(visibleStart), double(visibleEnd));
    return double(day) * dayWidth() + (m - visibleStart) * pixelsPerMinute();
}

int TimeAxis::dayAt(double x) const
{
    if (dayWidth() <= 0)
        return 0;
    return std::clamp(int(std::floor(x / dayWidth())), 0, std::max(0, days - 1));
}

double TimeAxis::wallAt(double x) const
{
    x = std::clamp(x, 0.0, width());
    const int day = dayAt(x);
    const double rest = x - day * dayWidth();
    return double(day) * kDayMinutes + visibleStart + (pixelsPerMinute() > 0 ? rest / pixelsPerMinute() : 0);
}

qint64 snapMinutes(double wallMinutes, int step)
{
    return qint64(std::llround(wallMinutes / step)) * step;
}

// BoardLayout

void BoardLayout::build(
    const BoardSnapshot &snapshot, const ZoneClock &clock, const TimeAxis &axis, const Metrics &metrics)
{
    m_metrics = metrics;
    m_items.clear();
    m_items.reserve(snapshot.items.size());
    m_byLaneAndJob.clear();
    m_byJob.clear();
    m_lanes.assign(snapshot.lanes.size(), LaidLane {});

    QHash<QString, int> laneIndex;
    laneIndex.reserve(qsizetype(snapshot.lanes.size()));
    for (int i = 0; i < int(snapshot.lanes.size()); ++i)
        laneIndex.insert(snapshot.lanes[size_t(i)].key, i);

    const qint64 rangeEnd = qint64(axis.days) * kDayMinutes;
    for (int i = 0; i < int(snapshot.items.size()); ++i) {
        const BoardItem &item = snapshot.items[size_t(i)];
        const Job &job = item.view.job;
        const auto lane = laneIndex.constFind(item.laneKey);
        if (lane == laneIndex.cend() || !job.startUtc.isValid())
            continue; // not placed yet, or in a lane this snapshot does not show
        LaidItem laid;
        laid.source = i;
        laid.lane = lane.value();
        laid.wallStart = clock.wallMinutes(job.startUtc);
        laid.wallEnd = job.endUtc.isValid() && job.endUtc > job.startUtc ? clock.wallMinutes(job.endUtc)
                                                                         : laid.wallStart + 30;
        if (laid.wallEnd <= 0 || laid.wallStart >= rangeEnd)
            continue;
        double x1 = axis.x(laid.wallStart);
        // A job that runs past midnight is drawn to the end of its first day.
        const qint64 startDay = std::clamp<qint64>(floorDiv(laid.wallStart, kDayMinutes), 0, axis.days - 1);
        double x2 = axis.x(std::min(laid.wallEnd, (startDay + 1) * kDayMinutes));
        if (x2 - x1 < metrics.minItemWidth) {
            // Too short to see, or outside the visible hours: a stub at the edge, so nothing hides.
            if (x1 + metrics.minItemWidth <= axis.width())
                x2 = x1 + metrics.minItemWidth;
            else
                x1 = x2 - metrics.minItemWidth;
        }
        laid.rect = QRectF(x1, 0, x2 - x1, metrics.itemHeight);
        m_items.push_back(laid);
    }

    // Stack overlapping items of a lane in sub-rows: the first row whose last item ends
    // before this one starts (interval colouring, as few rows as possible).
    std::vector<std::vector<int>> perLane(m_lanes.size());
    for (int i = 0; i < int(m_items.size()); ++i)
        perLane[size_t(m_items[size_t(i)].lane)].push_back(i);
    double y = 0;
    std::vector<double> rowEnds;
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        std::vector<int> &ids = perLane[l];
        std::sort(ids.begin(), ids.end(), [this](int a, int b) {
            const QRectF &ra = m_items[size_t(a)].rect;
            const QRectF &rb = m_items[size_t(b)].rect;
            if (ra.left() != rb.left())
                return ra.left() < rb.left();
            if (ra.right() != rb.right())
                return ra.right() > rb.right();
            return m_items[size_t(a)].source < m_items[size_t(b)].source;
        });
        rowEnds.clear();
        for (int id : ids) {
            LaidItem &it = m_items[size_t(id)];
            size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] > it.rect.left() + 1e-6)
                ++row;
            if (row == rowEnds.size())
                rowEnds.push_back(0);
            rowEnds[row] = it.rect.right();
            it.subRow = int(row);
        }
        LaidLane &lane = m_lanes[l];
        lane.subRows = std::max<int>(1, int(rowEnds.size()));
        lane.top = y;
        lane.height = 2 * metrics.lanePadding + lane.subRows * metrics.itemHeight
            + (lane.subRows - 1) * metrics.itemGap;
        y += lane.height;
        for (int id : ids) {
            LaidItem &it = m_items[size_t(id)];
            it.rect.moveTop(
                lane.top + metrics.lanePadding + it.subRow * (metrics.itemHeight + metrics.itemGap));
        }
        std::sort(ids.begin(), ids.end(), [this](int a, int b) {
            const LaidItem &ia = m_items[size_t(a)];
            const LaidItem &ib = m_items[size_t(b)];
            if (ia.wallStart != ib.wallStart)
                return ia.wallStart < ib.wallStart;
            return ia.subRow < ib.subRow;
        });
        lane.items = std::move(ids);
    }
    m_height = y;

    for (int i = 0; i < int(m_items.size()); ++i) {
        const BoardItem &item = snapshot.items[size_t(m_items[size_t(i)].source)];
        m_byLaneAndJob.insert(laneJobKey(item.laneKey, item.view.job.id), i);
    }
    for (const LaidLane &lane : m_lanes)
        for (int id : lane.items) {
            const QString &jobId = snapshot.items[size_t(m_items[size_t(id)].source)].view.job.id;
            if (!m_byJob.contains(jobId))
                m_byJob.insert(jobId, id);
        }

    // Shading: outside each weekday's working intervals, and time off.
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        const BoardLane &src = snapshot.lanes[l];
        LaidLane &lane = m_lanes[l];
        if (src.kind == BoardLane::Kind::Unassigned)
            continue;
        std::vector<std::pair<int, int>> spans;
        for (int d = 0; d < axis.days; ++d) {
            const int weekday = snapshot.firstDay.addDays(d).dayOfWeek();
            spans.clear();
            for (const WorkingInterval &w : src.hours) {
                if (int(w.weekday) != weekday)
                    continue;
                const int s = std::max(minuteOfDay(w.start, false), axis.visibleStart);
                const int e = std::min(minuteOfDay(w.end, true), axis.visibleEnd);
                if (s < e)
                    spans.emplace_back(s, e);
            }
            std::sort(spans.begin(), spans.end());
            int cursor = axis.visibleStart;
            const double dayX = d * axis.dayWidth();
            auto shade = [&](int from, int to) {
                if (from < to)
                    lane.shades.push_back(
                        {Shade::Kind::OffHours, dayX + (from - axis.visibleStart) * axis.pixelsPerMinute(),
                            dayX + (to - axis.visibleStart) * axis.pixelsPerMinute(), {}});
            };
            for (const auto &[s, e] : spans) {
                shade(cursor, s);
                cursor = std::max(cursor, e);
            }
            shade(cursor, axis.visibleEnd);
        }
        for (const TimeOff &off : src.timeOff) {
            if (!off.startUtc.isValid() || !off.endUtc.isValid())
                continue;
            const qint64 ws = clock.wallMinutes(off.startUtc);
            const qint64 we = clock.wallMinutes(off.endUtc);
            for (int d = 0; d < axis.days; ++d) {
                const qint64 a = std::max(ws, d * kDayMinutes + axis.visibleStart);
                const qint64 b = std::min(we, d * kDayMinutes + axis.visibleEnd);
                if (a < b)
                    lane.shades.push_back({Shade::Kind::TimeOff, axis.x(a), axis.x(b), off.reason});
            }
        }
    }
}

int BoardLayout::laneAt(double y) const
{
    if (m_lanes.empty() || y < 0 || y >= m_height)
        return -1;
    auto it = std::upper_bound(
        m_lanes.begin(), m_lanes.end(), y, [](double v, const LaidLane &lane) { return v < lane.top; });
    return int(std::distance(m_lanes.begin(), it)) - 1;
}

int BoardLayout::itemAt(const QPointF &p) const
{
    const int lane = laneAt(p.y());
    if (lane < 0)
        return -1;
    for (int id : m_lanes[size_t(lane)].items)
        if (m_items[size_t(id)].rect.contains(p))
            return id;
    return -1;
}

int BoardLayout::find(const QString &jobId, const QString &laneKey) const
{
    return m_byLaneAndJob.value(laneJobKey(laneKey, jobId), -1);
}

int BoardLayout::findAny(const QString &jobId) const
{
    return m_byJob.value(jobId, -1);
}

std::vector<int> BoardLayout::readingOrder() const
{
    std::vector<int> out;
    out.reserve(m_items.size());
    for (const LaidLane &lane : m_lanes)
        out.insert(out.end(), lane.items.begin(), lane.items.end());
    return out;
}

QRectF BoardLayout::rowRect(int lane, int subRow, double x1, double x2) const
{
    if (lane < 0 || lane >= int(m_lanes.size()))
        return {};
    const double top = m_lanes[size_t(lane)].top + m_metrics.lanePadding
        + subRow * (m_metrics.itemHeight + m_metrics.itemGap);
    return QRectF(x1, top, x2 - x1, m_metrics.itemHeight);
}

} // namespace spoke::ui::board
