#include "ui/schedule/board_painter.h"

#include "ui/common/theme.h"
#include "ui/schedule/board_style.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace spoke::ui::board {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::DispatchBoard)
};

constexpr int kDayMinutes = 24 * 60;
constexpr double kMinTextWidth = 40;

QColor gridColor()
{
    return QColor(0xE9, 0xEC, 0xF2);
}

QColor halfHourColor()
{
    return QColor(0xF2, 0xF4, 0xF8);
}

QColor daySeparatorColor()
{
    return QColor(0xC3, 0xCA, 0xD6);
}

struct Fonts
{
    explicit Fonts(const QFont &base)
        : normal(base)
        , bold(base)
        , struck(base)
        , small(base)
        , smallBold(base)
        , fm(normal)
        , fmBold(bold)
        , fmSmall(small)
    {
        bold.setWeight(QFont::DemiBold);
        struck.setWeight(QFont::DemiBold);
        struck.setStrikeOut(true);
        small.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
        smallBold = small;
        smallBold.setWeight(QFont::Bold);
        fmBold = QFontMetrics(bold);
        fmSmall = QFontMetrics(small);
    }
    QFont normal;
    QFont bold;
    QFont struck;
    QFont small;
    QFont smallBold;
    QFontMetrics fm;
    QFontMetrics fmBold;
    QFontMetrics fmSmall;
};

class Painter
{
public:
    Painter(QPainter &p, const QRect &dirty, const PaintState &s)
        : m_p(p)
        , m_dirty(dirty)
        , m_s(s)
        , m_map(s.map)
        , m_area(s.map.timeArea)
        , m_rtl(s.map.rightToLeft)
        , m_fonts(s.font)
    {
        const double top = m_map.scrollY;
        const double bottom = top + m_area.height();
        const auto &lanes = s.layout->lanes();
        m_firstLane = std::max(0, s.layout->laneAt(top));
        m_lastLane = int(lanes.size()) - 1;
        for (int l = m_firstLane; l < int(lanes.size()); ++l)
            if (lanes[size_t(l)].top > bottom) {
                m_lastLane = l - 1;
                break;
            }
        const double dayWidth = s.axis->dayWidth();
        m_firstDay = dayWidth > 0 ? std::clamp(int(m_map.scrollX / dayWidth), 0, s.axis->days - 1) : 0;
        m_lastDay = dayWidth > 0
            ? std::clamp(int((m_map.scrollX + m_area.width()) / dayWidth), 0, s.axis->days - 1)
            : s.axis->days - 1;
    }

    void paint()
    {
        m_p.fillRect(m_dirty, theme::window());
        if (m_area.intersects(m_dirty)) {
            m_p.save();
            m_p.setClipRect(m_area & m_dirty);
            paintLaneBackgrounds();
            paintGrid();
            paintTimeOffLabels();
            paintItems();
            paintGhost();
            paintNowLine();
            m_p.restore();
        }
        paintTimeHeader();
        paintLaneHeader();
        paintCorner();
    }

private:
    double vx(double x) const { return std::round(m_map.viewX(x)); }
    double vy(double y) const { return std::round(m_map.viewY(y)); }
    QRectF view(const QRectF &r) const
    {
        const QRectF v = m_map.toView(r);
        return QRectF(QPointF(std::round(v.left()), std::round(v.top())),
            QPointF(std::round(v.right()), std::round(v.bottom())));
    }
    double lanesBottom() const { return std::min<double>(m_area.bottom() + 1, vy(m_s.layout->height())); }
    /// The leading side on screen. Absolute: QPainter would otherwise swap Left and Right
    /// again for text laid out right to left.
    Qt::Alignment leading() const
    {
        return (m_rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter;
    }
    /// Every string takes its own direction, like HTML's dir="auto" (a Latin name in an
    /// Arabic board, an Arabic name or a translation in an English one), and sits on the
    /// layout's leading side.
    static int direction(const QString &text)
    {
        return text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight;
    }
    int userText(const QString &text) const { return int(leading()) | direction(text); }

    void paintLaneBackgrounds()
    {
        const auto &lanes = m_s.layout->lanes();
        const double width = m_s.axis->width();
        for (int l = m_firstLane; l <= m_lastLane; ++l) {
            const LaidLane &lane = lanes[size_t(l)];
            const QRectF row = view(QRectF(0, lane.top, width, lane.height));
            m_p.fillRect(row, (l % 2) ? QColor(0xFA, 0xFB, 0xFD) : theme::card());
            for (const Shade &shade : lane.shades) {
                if (shade.x2 < m_map.scrollX || shade.x1 > m_map.scrollX + m_area.width())
                    continue;
                const QRectF r = view(QRectF(shade.x1, lane.top, shade.x2 - shade.x1, lane.height));
                if (shade.kind == Shade::Kind::OffHours) {
                    m_p.fillRect(r, offHoursColor());
                    continue;
                }
                m_p.fillRect(r, timeOffColor());
                m_p.setBrushOrigin(0, 0);
                m_p.fillRect(r, QBrush(timeOffHatchColor(), Qt::BDiagPattern));
            }
        }
    }

    void paintTimeOffLabels()
    {
        // After the grid, so hour lines don't cross the words.
        const auto &lanes = m_s.layout->lanes();
        m_p.setFont(m_fonts.small);
        m_p.setPen(QColor(0x8A, 0x3A, 0x33));
        for (int l = m_firstLane; l <= m_lastLane; ++l) {
            const LaidLane &lane = lanes[size_t(l)];
            for (const Shade &shade : lane.shades) {
                if (shade.kind != Shade::Kind::TimeOff || shade.x2 < m_map.scrollX
                    || shade.x1 > m_map.scrollX + m_area.width())
                    continue;
                const QRectF r = view(QRectF(shade.x1, lane.top, shade.x2 - shade.x1, lane.height));
                if (r.width() <= 40)
                    continue;
                const QString text
                    = shade.text.isEmpty() ? Tr::tr("Time off") : Tr::tr("Time off: %1").arg(shade.text);
                const QString shown = m_fonts.fmSmall.elidedText(text, Qt::ElideRight, int(r.width() - 12));
                const double w = m_fonts.fmSmall.horizontalAdvance(shown) + 6;
                const double h = m_fonts.fmSmall.height();
                const QRectF textRect(m_rtl ? r.right() - 4 - w : r.left() + 4, r.bottom() - h - 3, w, h);
                m_p.fillRect(textRect, timeOffColor());
                m_p.drawText(textRect, Qt::AlignCenter | direction(shown), shown);
            }
        }
    }

    void paintGrid()
    {
        const TimeAxis &axis = *m_s.axis;
        const double top = m_area.top();
        const double bottom = lanesBottom();
        if (bottom <= top)
            return;
        const bool halfHours = axis.pixelsPerHour >= 48;
        for (int d = m_firstDay; d <= m_lastDay; ++d) {
            const double dayX = d * axis.dayWidth();
            for (int m = ((axis.visibleStart + 29) / 30) * 30; m < axis.visibleEnd; m += 30) {
                const bool hour = m % 60 == 0;
                if (!hour && !halfHours)
                    continue;
                const double x = vx(dayX + (m - axis.visibleStart) * axis.pixelsPerMinute());
                m_p.setPen(hour ? gridColor() : halfHourColor());
                m_p.drawLine(QPointF(x, top), QPointF(x, bottom));
            }
            m_p.setPen(daySeparatorColor());
            const double x = vx(dayX);
            m_p.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
        m_p.setPen(daySeparatorColor());
        const double end = vx(axis.width());
        m_p.drawLine(QPointF(end, top), QPointF(end, bottom));
        // Lane separators.
        const auto &lanes = m_s.layout->lanes();
        const double x1 = vx(0);
        const double x2 = vx(axis.width());
        m_p.setPen(theme::border());
        for (int l = m_firstLane; l <= m_lastLane; ++l) {
            const double y = vy(lanes[size_t(l)].top + lanes[size_t(l)].height) - 1;
            m_p.drawLine(QPointF(std::min(x1, x2), y), QPointF(std::max(x1, x2), y));
        }
    }

    void paintItems()
    {
        const auto &lanes = m_s.layout->lanes();
        const auto &items = m_s.layout->items();
        const double left = m_map.scrollX - 1;
        const double right = m_map.scrollX + m_area.width() + 1;
        m_p.setRenderHint(QPainter::Antialiasing, true);
        for (int l = m_firstLane; l <= m_lastLane; ++l)
            for (int id : lanes[size_t(l)].items) {
                const QRectF &r = items[size_t(id)].rect;
                if (r.right() < left || r.left() > right)
                    continue;
                paintItem(id);
            }
        m_p.setOpacity(1);
        m_p.setRenderHint(QPainter::Antialiasing, false);
    }

    void paintWarning(const QRectF &r, const QColor &colour)
    {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        m_p.fillPath(triangle, colour);
        m_p.setPen(QPen(Qt::white, 1.5));
        const double cx = r.center().x();
        m_p.drawLine(QPointF(cx, r.top() + r.height() * 0.35), QPointF(cx, r.top() + r.height() * 0.68));
        m_p.drawPoint(QPointF(cx, r.top() + r.height() * 0.84));
    }

    void paintItem(int id)
    {
        const LaidItem &laid = m_s.layout->items()[size_t(id)];
        const BoardItem &item = m_s.snapshot->items[size_t(laid.source)];
        const JobView &v = item.view;
        const StatusColors c = statusColors(v.job.status);
        QRectF r = view(laid.rect).adjusted(1, 0, -1, 0);
        if (r.width() < 3)
            r.setWidth(3);
        double opacity = c.faded ? 0.6 : 1.0;
        if (id == m_s.dragSource)
            opacity *= 0.4;
        m_p.setOpacity(opacity);
        const double radius = std::min(5.0, r.width() / 2);

        m_p.setPen(Qt::NoPen);
        m_p.setBrush(c.accent);
        m_p.drawRoundedRect(r, radius, radius);
        if (r.width() > 10) {
            const QRectF inner = m_rtl ? r.adjusted(0, 0, -4, 0) : r.adjusted(4, 0, 0, 0);
            m_p.setBrush(c.fill);
            m_p.drawRoundedRect(inner, radius, radius);
            m_p.drawRect(m_rtl ? QRectF(inner.right() - radius, inner.top(), radius, inner.height())
                               : QRectF(inner.left(), inner.top(), radius, inner.height()));
        }
        QPen border(c.border, 1);
        if (c.dashed)
            border.setStyle(Qt::DashLine);
        m_p.setPen(border);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

        // Text needs room for a few letters; a narrower box shows its colour only (the
        // tooltip and the keyboard summary carry the rest).
        const bool hq = v.job.bookedBy == RecordOwner::HeadOffice;
        const bool conflicts = !item.conflicts.empty();
        const QColor conflict = conflicts ? conflictColor(item.conflicts) : QColor();
        if (r.width() >= kMinTextWidth) {
            const QRectF text = m_rtl ? r.adjusted(5, 4, -9, -3) : r.adjusted(9, 4, -5, -3);
            const int line = m_fonts.fm.height();
            const QString hqText = headOfficeBadge();
            const double hqWidth = hq ? m_fonts.fmSmall.horizontalAdvance(hqText) + 8 : 0;
            const double warnWidth = conflicts ? m_fonts.fmSmall.height() : 0;
            // Badges go next to the name when it keeps room to be read, else on the last line.
            double badges = hqWidth + warnWidth + (hq && conflicts ? 3 : 0);
            const int badgeRow = text.width() - badges >= 56 ? 0 : 2;
            bool showHq = hq;
            if (badgeRow == 2 && text.width() - badges < 20) {
                showHq = false;
                badges = warnWidth;
            }
            if (badges > 0)
                badges += 4;

            auto row = [&](int i) { return QRectF(text.left(), text.top() + i * line, text.width(), line); };
            auto draw = [&](int i, const QString &str, const QFont &font, const QFontMetrics &fm,
                            const QColor &colour) {
                QRectF box = row(i);
                if (i == badgeRow)
                    box = m_rtl ? box.adjusted(badges, 0, 0, 0) : box.adjusted(0, 0, -badges, 0);
                if (box.width() < 12 || box.bottom() > r.bottom() + 1 || str.isEmpty())
                    return;
                m_p.setFont(font);
                m_p.setPen(colour);
                m_p.drawText(box, userText(str), fm.elidedText(str, Qt::ElideRight, int(box.width())));
            };
            draw(0, v.customerName, c.faded ? m_fonts.struck : m_fonts.bold, m_fonts.fmBold, c.text);
            // The time line shortens before it elides: range and status, range, start.
            const double timeWidth = row(1).width();
            QString time = itemTimeLine(item, m_s.clock->zone());
            if (m_fonts.fm.horizontalAdvance(time) > timeWidth && v.job.status != JobStatus::Scheduled)
                time = timeRangeText(v.job.startUtc, v.job.endUtc, m_s.clock->zone());
            if (m_fonts.fm.horizontalAdvance(time) > timeWidth)
                time = startTimeText(v.job.startUtc, m_s.clock->zone());
            draw(1, time, m_fonts.normal, m_fonts.fm, c.subtext);
            draw(2, v.servicesSummary, m_fonts.normal, m_fonts.fm, c.subtext);

            // Badges in the trailing corner of their row: head office, then the warning.
            const QRectF badgeLine = row(badgeRow);
            double edge = m_rtl ? badgeLine.left() : badgeLine.right();
            const double h = m_fonts.fmSmall.height() + 1;
            const double top = badgeLine.top() + (line - h) / 2;
            if (showHq && badgeLine.bottom() <= r.bottom() + 1) {
                const QRectF pill(m_rtl ? edge : edge - hqWidth, top, hqWidth, h);
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(theme::sidebar());
                m_p.drawRoundedRect(pill, h / 2, h / 2);
                m_p.setPen(Qt::white);
                m_p.setFont(m_fonts.smallBold);
                m_p.drawText(pill, Qt::AlignCenter, hqText);
                edge = m_rtl ? edge + hqWidth + 3 : edge - hqWidth - 3;
            }
            if (conflicts && badgeLine.bottom() <= r.bottom() + 1 && text.width() >= warnWidth)
                paintWarning(QRectF(m_rtl ? edge : edge - warnWidth, top, warnWidth, h - 1), conflict);
        }
        m_p.setOpacity(1);

        if (conflicts) {
            m_p.setPen(QPen(conflict, 2));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRoundedRect(r.adjusted(-0.5, -0.5, 0.5, 0.5), radius + 1, radius + 1);
        }
        if (id == m_s.selected) {
            if (m_s.focused) {
                m_p.setPen(QPen(Qt::white, 1));
                m_p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), radius + 1, radius + 1);
                m_p.setPen(QPen(theme::brandDark(), 2.5));
                m_p.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2);
            } else {
                m_p.setPen(QPen(theme::muted(), 2));
                m_p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
            }
        }
    }

    void paintGhost()
    {
        const Ghost &g = m_s.ghost;
        if (!g.active || g.lane < 0)
            return;
        const QRectF r = view(m_s.layout->rowRect(g.lane, 0, g.x1, g.x2));
        const QColor colour = g.overlaps ? theme::danger() : theme::brand();
        QColor fill = colour;
        fill.setAlpha(48);
        m_p.setRenderHint(QPainter::Antialiasing, true);
        m_p.setBrush(fill);
        m_p.setPen(QPen(colour, 2, Qt::DashLine));
        m_p.drawRoundedRect(r, 5, 5);

        // A bubble next to the ghost says where the job would land and what it overlaps.
        QStringList lines {g.label};
        if (!g.hint.isEmpty())
            lines << g.hint;
        const QFontMetrics &fm = m_fonts.fm;
        double w = 0;
        for (int i = 0; i < lines.size(); ++i)
            w = std::max<double>(w, (i == 0 ? m_fonts.fmBold : fm).horizontalAdvance(lines[i]));
        w = std::min<double>(w + 24, m_area.width() - 8);
        const double h = lines.size() * fm.height() + 10;
        double y = r.top() - h - 4;
        if (y < m_area.top() + 2)
            y = r.bottom() + 4;
        double x = m_rtl ? r.right() - w : r.left();
        x = std::clamp(
            x, double(m_area.left() + 4), std::max(double(m_area.left() + 4), m_area.right() - w - 4));
        const QRectF bubble(x, y, w, h);
        m_p.setPen(QPen(g.overlaps ? theme::danger() : theme::border(), 1));
        m_p.setBrush(theme::card());
        m_p.drawRoundedRect(bubble, 6, 6);
        QRectF row(bubble.left() + 10, bubble.top() + 5, bubble.width() - 20, fm.height());
        for (int i = 0; i < lines.size(); ++i) {
            m_p.setFont(i == 0 ? m_fonts.bold : m_fonts.normal);
            m_p.setPen(i == 0 ? theme::text() : theme::danger());
            m_p.drawText(row, userText(lines[i]),
                (i == 0 ? m_fonts.fmBold : fm).elidedText(lines[i], Qt::ElideRight, int(row.width())));
            row.translate(0, fm.height());
        }
        m_p.setRenderHint(QPainter::Antialiasing, false);
    }

    std::optional<double> nowX() const
    {
        if (!m_s.nowWall)
            return std::nullopt;
        const TimeAxis &axis = *m_s.axis;
        const qint64 wall = *m_s.nowWall;
        const qint64 day = wall >= 0 ? wall / kDayMinutes : -1;
        const qint64 minute = wall - day * kDayMinutes;
        if (day < 0 || day >= axis.days || minute < axis.visibleStart || minute > axis.visibleEnd)
            return std::nullopt;
        return vx(axis.x(wall));
    }

    void paintNowLine()
    {
        const auto x = nowX();
        if (!x)
            return;
        m_p.setPen(QPen(nowLineColor(), 2));
        m_p.drawLine(QPointF(*x, m_area.top()), QPointF(*x, lanesBottom()));
    }

    int hourStep() const
    {
        const TimeAxis &axis = *m_s.axis;
        double widest = 0;
        for (int h = axis.visibleStart / 60; h <= std::min(23, axis.visibleEnd / 60); ++h)
            widest = std::max<double>(widest, m_fonts.fmSmall.horizontalAdvance(hourLabel(h)));
        for (int step : {1, 2, 3, 4, 6, 12})
            if (step * axis.pixelsPerHour >= widest + 10)
                return step;
        return 0;
    }

    void paintTimeHeader()
    {
        const Metrics &mt = m_s.metrics;
        const QRect header(m_area.left(), 0, m_area.width(), mt.headerHeight());
        if (!header.intersects(m_dirty))
            return;
        const TimeAxis &axis = *m_s.axis;
        m_p.save();
        m_p.setClipRect(header & m_dirty);
        m_p.fillRect(header, theme::card());
        const QDate first = m_s.clock->firstDay();
        const int step = hourStep();
        for (int d = m_firstDay; d <= m_lastDay; ++d) {
            const QDate date = first.addDays(d);
            const double dayX = d * axis.dayWidth();
            const double a = vx(dayX);
            const double b = vx(dayX + axis.dayWidth());
            const QRectF block(std::min(a, b), 0, std::abs(b - a), mt.dayHeaderHeight);
            const bool today = date == m_s.today;
            if (today)
                m_p.fillRect(block, theme::brandSoft());
            // The date stays readable while its day is partly scrolled away.
            const QRectF visible = block.intersected(QRectF(header));
            m_p.setFont(today ? m_fonts.bold : m_fonts.normal);
            m_p.setPen(today ? theme::brandDark() : theme::text());
            const QRectF textBox = visible.adjusted(8, 0, -8, 0);
            const QFontMetrics &fm = today ? m_fonts.fmBold : m_fonts.fm;
            const QString dayText = dayLabel(date, axis.days == 1);
            m_p.drawText(
                textBox, userText(dayText), fm.elidedText(dayText, Qt::ElideRight, int(textBox.width())));

            m_p.setFont(m_fonts.small);
            const double rowTop = mt.dayHeaderHeight;
            const double rowHeight = mt.hourHeaderHeight;
            for (int h = (axis.visibleStart + 59) / 60; step > 0 && h * 60 < axis.visibleEnd; ++h) {
                const double x = vx(dayX + (h * 60 - axis.visibleStart) * axis.pixelsPerMinute());
                m_p.setPen(gridColor());
                m_p.drawLine(QPointF(x, rowTop + rowHeight * 0.55), QPointF(x, rowTop + rowHeight));
                if (h % step != 0)
                    continue;
                // A label that would run into the next day is left out.
                const QString text = hourLabel(h);
                const double w = m_fonts.fmSmall.horizontalAdvance(text) + 2;
                if ((h * 60 - axis.visibleStart) * axis.pixelsPerMinute() + 5 + w > axis.dayWidth())
                    continue;
                const QRectF label
                    = m_rtl ? QRectF(x - 5 - w, rowTop, w, rowHeight) : QRectF(x + 3, rowTop, w, rowHeight);
                m_p.setPen(theme::muted());
                m_p.drawText(label, userText(text), text);
            }
            m_p.setPen(daySeparatorColor());
            const double sx = vx(dayX);
            m_p.drawLine(QPointF(sx, 0), QPointF(sx, mt.headerHeight()));
        }
        m_p.setPen(daySeparatorColor());
        const double end = vx(axis.width());
        m_p.drawLine(QPointF(end, 0), QPointF(end, mt.headerHeight()));
        if (const auto x = nowX()) {
            m_p.setRenderHint(QPainter::Antialiasing, true);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(nowLineColor());
            m_p.drawEllipse(QPointF(*x, mt.headerHeight() - 4), 4, 4);
            m_p.setRenderHint(QPainter::Antialiasing, false);
        }
        m_p.setPen(theme::border());
        m_p.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()));
        m_p.restore();
    }

    void paintLaneHeader()
    {
        const Metrics &mt = m_s.metrics;
        const QRect column(m_rtl ? m_area.right() + 1 : 0, m_area.top(), mt.headerWidth, m_area.height());
        if (!column.intersects(m_dirty))
            return;
        m_p.save();
        m_p.setClipRect(column & m_dirty);
        m_p.fillRect(column, theme::card());
        const auto &lanes = m_s.layout->lanes();
        const int selectedLane = m_s.selected >= 0 ? m_s.layout->items()[size_t(m_s.selected)].lane : -1;
        m_p.setRenderHint(QPainter::Antialiasing, true);
        for (int l = m_firstLane; l <= m_lastLane; ++l) {
            const LaidLane &lane = lanes[size_t(l)];
            const BoardLane &src = m_s.snapshot->lanes[size_t(l)];
            const QRectF row(column.left(), vy(lane.top), column.width(), lane.height);
            if (l == selectedLane)
                m_p.fillRect(row, theme::brandSoft());
            const double lineTop = row.top() + mt.lanePadding + 4;
            const double swatch = 10;
            const double swatchX = m_rtl ? row.right() - 14 - swatch : row.left() + 14;
            const QRectF dot(swatchX, lineTop + (m_fonts.fmBold.height() - swatch) / 2, swatch, swatch);
            const QColor colour = laneColor(src);
            switch (src.kind) {
            case BoardLane::Kind::Crew:
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(colour);
                m_p.drawRoundedRect(dot, 3, 3);
                break;
            case BoardLane::Kind::Technician:
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(colour);
                m_p.drawEllipse(dot);
                break;
            case BoardLane::Kind::Unassigned:
                m_p.setPen(QPen(theme::muted(), 1.5, Qt::DotLine));
                m_p.setBrush(Qt::NoBrush);
                m_p.drawEllipse(dot.adjusted(1, 1, -1, -1));
                break;
            }
            const QRectF title = m_rtl
                ? QRectF(row.left() + 10, lineTop, row.width() - 10 - 34, m_fonts.fmBold.height())
                : QRectF(row.left() + 34, lineTop, row.width() - 34 - 10, m_fonts.fmBold.height());
            m_p.setFont(m_fonts.bold);
            m_p.setPen(theme::text());
            m_p.drawText(title, userText(src.title),
                m_fonts.fmBold.elidedText(src.title, Qt::ElideRight, int(title.width())));
            const QRectF sub = title.translated(0, m_fonts.fmBold.height() + 1);
            m_p.setFont(m_fonts.small);
            m_p.setPen(theme::muted());
            const QString subtitle = laneSubtitle(src, int(lane.items.size()));
            m_p.drawText(sub, userText(subtitle),
                m_fonts.fmSmall.elidedText(subtitle, Qt::ElideRight, int(sub.width())));
            m_p.setPen(theme::border());
            const double y = row.bottom() - 1;
            m_p.drawLine(QPointF(row.left(), y), QPointF(row.right(), y));
        }
        m_p.setRenderHint(QPainter::Antialiasing, false);
        m_p.setPen(theme::border());
        const double edge = m_rtl ? column.left() : column.right();
        m_p.drawLine(QPointF(edge, column.top()), QPointF(edge, column.bottom()));
        m_p.restore();
    }

    void paintCorner()
    {
        const Metrics &mt = m_s.metrics;
        const QRect corner(m_rtl ? m_area.right() + 1 : 0, 0, mt.headerWidth, mt.headerHeight());
        if (!corner.intersects(m_dirty))
            return;
        m_p.fillRect(corner, theme::card());
        const QDate first = m_s.clock->firstDay();
        const QRectF top(corner.left() + 14, 0, corner.width() - 28, mt.dayHeaderHeight);
        m_p.setFont(m_fonts.bold);
        m_p.setPen(theme::text());
        if (m_s.axis->days > 1) {
            const QString week = Tr::tr("Week %1").arg(first.weekNumber());
            m_p.drawText(top, userText(week), week);
        }
        // The hours are the location's: name its zone where the hour labels are.
        const QDateTime at(first, QTime(12, 0), m_s.clock->zone());
        const QString zone = m_s.clock->zone().displayName(at, QTimeZone::ShortName);
        const QRectF bottom(corner.left() + 14, mt.dayHeaderHeight, corner.width() - 28, mt.hourHeaderHeight);
        m_p.setFont(m_fonts.small);
        m_p.setPen(theme::muted());
        m_p.drawText(
            bottom, userText(zone), m_fonts.fmSmall.elidedText(zone, Qt::ElideRight, int(bottom.width())));
        m_p.setPen(theme::border());
        m_p.drawLine(QPointF(corner.left(), corner.bottom()), QPointF(corner.right(), corner.bottom()));
        const double edge = m_rtl ? corner.left() : corner.right();
        m_p.drawLine(QPointF(edge, corner.top()), QPointF(edge, corner.bottom()));
    }

    QPainter &m_p;
    QRect m_dirty;
    const PaintState &m_s;
    const ViewMap &m_map;
    QRect m_area;
    bool m_rtl;
    Fonts m_fonts;
    int m_firstLane = 0;
    int m_lastLane = -1;
    int m_firstDay = 0;
    int m_lastDay = -1;
};

} // namespace

void paintBoard(QPainter &p, const QRect &dirty, const PaintState &s)
{
    if (!s.snapshot || !s.layout || !s.axis || !s.clock)
        return;
    Painter(p, dirty, s).paint();
}

} // namespace spoke::ui::board
