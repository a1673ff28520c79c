#include "ui/schedule/dispatch_board.h"

#include "ui/schedule/board_style.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace spoke::ui {

using namespace board;

namespace {

constexpr int kDayMinutes = 24 * 60;

int minuteOf(const QTime &t)
{
    return t.isValid() ? t.msecsSinceStartOfDay() / 60000 : 0;
}

} // namespace

QString DispatchBoard::jobIdMimeType()
{
    return QStringLiteral("application/x-spoke-job-id");
}

DispatchBoard::DispatchBoard(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_autoScroll(new QTimer(this))
{
    setAccessibleName(tr("Dispatch board"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    // Every pixel is painted, so Qt need not clear the background first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_autoScroll->setInterval(30);
    connect(m_autoScroll, &QTimer::timeout, this, &DispatchBoard::autoScroll);
    m_snapshot.firstDay = QDate::currentDate();
    m_snapshot.days = 7;
    m_clock = ZoneClock(m_snapshot.zone, m_snapshot.firstDay, m_snapshot.days);
    updateMetrics();
    relayout();
}

DispatchBoard::~DispatchBoard() = default;

// Data and settings

void DispatchBoard::setSnapshot(BoardSnapshot snapshot)
{
    if (!snapshot.firstDay.isValid())
        snapshot.firstDay = QDate::currentDate();
    snapshot.days = std::clamp(snapshot.days, 1, 31);
    const bool sameRange = snapshot.firstDay == m_snapshot.firstDay && snapshot.days == m_snapshot.days;
    // Layout indices die with the old snapshot: an internal drag can't go on.
    if (m_drag.phase != Drag::Phase::None && m_drag.phase != Drag::Phase::External)
        cancelDrag();
    m_snapshot = std::move(snapshot);
    m_clock = ZoneClock(m_snapshot.zone, m_snapshot.firstDay, m_snapshot.days);
    relayout();
    if (!sameRange)
        horizontalScrollBar()->setValue(0);

    // The selection follows its job: same lane if it is still there, else where it went.
    int index = m_layout.find(m_selectedJob, m_selectedLane);
    if (index < 0 && !m_selectedJob.isEmpty())
        index = m_layout.findAny(m_selectedJob);
    if (index >= 0)
        m_selectedLane = itemOf(index).laneKey;
    else if (!m_selectedJob.isEmpty())
        selectIndex(-1, false);
    announceSelection();
}

void DispatchBoard::setNow(const QDateTime &utc)
{
    m_now = utc.toUTC();
    viewport()->update();
}

void DispatchBoard::setZoom(double pixelsPerHour)
{
    zoomAround(pixelsPerHour, timeArea().center().x());
}

void DispatchBoard::setVisibleHours(const QTime &start, const QTime &end)
{
    const int from = std::clamp(minuteOf(start), 0, kDayMinutes - 60);
    int to = (end.isValid() && minuteOf(end) > 0) ? minuteOf(end) : kDayMinutes;
    to = std::clamp(to, from + 60, kDayMinutes);
    if (from == m_axis.visibleStart && to == m_axis.visibleEnd)
        return;
    m_axis.visibleStart = from;
    m_axis.visibleEnd = to;
    relayout();
}

QTime DispatchBoard::visibleStart() const
{
    return QTime(m_axis.visibleStart / 60, m_axis.visibleStart % 60);
}

QTime DispatchBoard::visibleEnd() const
{
    return m_axis.visibleEnd >= kDayMinutes ? QTime(0, 0)
                                            : QTime(m_axis.visibleEnd / 60, m_axis.visibleEnd % 60);
}

void DispatchBoard::zoomIn()
{
    setZoom(m_axis.pixelsPerHour * kZoomStep);
}

void DispatchBoard::zoomOut()
{
    setZoom(m_axis.pixelsPerHour / kZoomStep);
}

void DispatchBoard::zoomToFit()
{
    const double hours = double(m_axis.days) * m_axis.visibleMinutes() / 60.0;
    if (hours > 0)
        setZoom(std::floor(timeArea().width() / hours * 100) / 100);
}

void DispatchBoard::zoomAround(double pixelsPerHour, double viewX)
{
    pixelsPerHour = std::clamp(pixelsPerHour, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(pixelsPerHour, m_axis.pixelsPerHour))
        return;
    // Keep the time under viewX where it is on screen.
    const ViewMap before = viewMap();
    const double x = before.logicalX(viewX);
    const int day = m_axis.dayAt(x);
    const double minute = m_axis.wallAt(x) - double(day) * kDayMinutes - m_axis.visibleStart;
    const double offset = x - before.scrollX;
    m_axis.pixelsPerHour = pixelsPerHour;
    relayout();
    const double after = day * m_axis.dayWidth() + minute * m_axis.pixelsPerMinute();
    horizontalScrollBar()->setValue(int(std::lround(after - offset)));
    emit zoomChanged(pixelsPerHour);
}

void DispatchBoard::updateMetrics()
{
    const QFontMetrics fm(font());
    m_metrics.headerWidth = std::clamp(fm.averageCharWidth() * 26, 170, 280);
    m_metrics.dayHeaderHeight = fm.height() + 12;
    m_metrics.hourHeaderHeight = fm.height() + 6;
    m_metrics.itemHeight = 3 * fm.height() + 8;
    m_metrics.itemGap = 4;
    m_metrics.lanePadding = 6;
}

void DispatchBoard::relayout()
{
    m_axis.days = std::max(1, m_snapshot.days);
    m_layout.build(m_snapshot, m_clock, m_axis, m_metrics);
    updateScrollBars();
    viewport()->update();
}

void DispatchBoard::updateScrollBars()
{
    const QRect area = timeArea();
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, int(std::ceil(m_axis.width())) - area.width()));
    h->setPageStep(std::max(1, area.width()));
    h->setSingleStep(std::max(1, int(std::lround(m_axis.pixelsPerHour / 4))));
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, int(std::ceil(m_layout.height())) - area.height()));
    v->setPageStep(std::max(1, area.height()));
    v->setSingleStep(std::max(1, m_metrics.itemHeight / 2));
}

// Geometry

QRect DispatchBoard::timeArea() const
{
    const QRect vp = viewport()->rect();
    const int header = m_metrics.headerWidth;
    return QRect(isRightToLeft() ? 0 : header, m_metrics.headerHeight(), std::max(0, vp.width() - header),
        std::max(0, vp.height() - m_metrics.headerHeight()));
}

ViewMap DispatchBoard::viewMap() const
{
    return ViewMap {timeArea(), double(horizontalScrollBar()->value()), double(verticalScrollBar()->value()),
        isRightToLeft()};
}

const BoardItem &DispatchBoard::itemOf(int layoutIndex) const
{
    return m_snapshot.items[size_t(m_layout.items()[size_t(layoutIndex)].source)];
}

QRect DispatchBoard::viewRect(int layoutIndex) const
{
    if (layoutIndex < 0)
        return {};
    return viewMap().toView(m_layout.items()[size_t(layoutIndex)].rect).toRect();
}

int DispatchBoard::itemAtView(const QPoint &pos) const
{
    if (!timeArea().contains(pos))
        return -1;
    return m_layout.itemAt(viewMap().toLogical(pos));
}

QRect DispatchBoard::jobRect(const QString &jobId, const QString &laneKey) const
{
    return viewRect(m_layout.find(jobId, laneKey));
}

QRect DispatchBoard::jobRect(const QString &jobId) const
{
    return viewRect(m_layout.findAny(jobId));
}

std::optional<QString> DispatchBoard::laneAt(const QPoint &pos) const
{
    const QRect area = timeArea();
    if (pos.y() < area.top() || pos.y() > area.bottom())
        return std::nullopt;
    const int lane = m_layout.laneAt(viewMap().logicalY(pos.y()));
    if (lane < 0)
        return std::nullopt;
    return m_snapshot.lanes[size_t(lane)].key;
}

QDateTime DispatchBoard::timeAt(const QPoint &pos) const
{
    if (!timeArea().contains(pos))
        return {};
    const double x = viewMap().logicalX(pos.x());
    if (x < 0 || x > m_axis.width())
        return {};
    return m_clock.utcAt(qint64(std::floor(m_axis.wallAt(x))));
}

int DispatchBoard::xForLocalTime(const QDate &date, const QTime &time) const
{
    return int(std::lround(viewMap().viewX(m_axis.x(m_clock.wallOf(date, time)))));
}

void DispatchBoard::ensureVisible(const QString &jobId)
{
    const int index = jobId == m_selectedJob ? selectedIndex() : m_layout.findAny(jobId);
    if (index < 0)
        return;
    const QRectF r = m_layout.items()[size_t(index)].rect;
    const QRect area = timeArea();
    const int margin = 12;
    QScrollBar *h = horizontalScrollBar();
    if (r.left() < h->value() + margin)
        h->setValue(int(r.left()) - margin);
    else if (r.right() > h->value() + area.width() - margin)
        h->setValue(std::min(int(r.left()) - margin, int(std::ceil(r.right())) - area.width() + margin));
    QScrollBar *v = verticalScrollBar();
    if (r.top() < v->value() + margin)
        v->setValue(int(r.top()) - margin);
    else if (r.bottom() > v->value() + area.height() - margin)
        v->setValue(int(std::ceil(r.bottom())) - area.height() + margin);
}

QSize DispatchBoard::sizeHint() const
{
    return QSize(1100, 640);
}

QSize DispatchBoard::minimumSizeHint() const
{
    return QSize(m_metrics.headerWidth + 240, m_metrics.headerHeight() + m_metrics.itemHeight * 2);
}

// Selection

int DispatchBoard::selectedIndex() const
{
    return m_selectedJob.isEmpty() ? -1 : m_layout.find(m_selectedJob, m_selectedLane);
}

void DispatchBoard::setSelectedJobId(const QString &jobId)
{
    selectIndex(jobId.isEmpty() ? -1 : m_layout.findAny(jobId));
}

void DispatchBoard::setSelection(const QString &jobId, const QString &laneKey)
{
    selectIndex(m_layout.find(jobId, laneKey));
}

void DispatchBoard::selectIndex(int layoutIndex, bool scroll)
{
    const QString job = layoutIndex >= 0 ? itemOf(layoutIndex).view.job.id : QString();
    const QString lane = layoutIndex >= 0 ? itemOf(layoutIndex).laneKey : QString();
    const bool changed = job != m_selectedJob;
    m_selectedJob = job;
    m_selectedLane = lane;
    if (scroll && layoutIndex >= 0)
        ensureVisible(job);
    viewport()->update();
    announceSelection();
    if (changed)
        emit selectionChanged(job);
}

void DispatchBoard::announceSelection()
{
    const int index = selectedIndex();
    // Screen readers read the description of the focused board: the selected job's facts.
    setAccessibleDescription(index >= 0 ? itemSummary(itemOf(index), m_clock.zone()) : QString());
}

// Painting

void DispatchBoard::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    PaintState s;
    s.snapshot = &m_snapshot;
    s.layout = &m_layout;
    s.axis = &m_axis;
    s.clock = &m_clock;
    s.metrics = m_metrics;
    s.map = viewMap();
    s.viewport = viewport()->rect();
    s.font = font();
    s.selected = selectedIndex();
    s.focused = hasFocus();
    s.dragSource = m_drag.phase == Drag::Phase::Dragging ? m_drag.item : -1;
    s.ghost = m_ghost;
    if (m_now.isValid()) {
        s.nowWall = m_clock.wallMinutes(m_now);
        s.today = m_now.toTimeZone(m_clock.zone()).date();
    }
    paintBoard(p, event->rect(), s);
}

void DispatchBoard::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DispatchBoard::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateMetrics();
        relayout();
        break;
    case QEvent::LayoutDirectionChange:
        updateScrollBars();
        viewport()->update();
        break;
    default:
        break;
    }
}

void DispatchBoard::scrollContentsBy(int, int)
{
    if (m_drag.phase == Drag::Phase::Dragging || m_drag.phase == Drag::Phase::External)
        updateGhost(m_lastDragPos);
    viewport()->update();
}

bool DispatchBoard::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QPoint pos = help->pos();
    if (const int index = itemAtView(pos); index >= 0) {
        QToolTip::showText(
            help->globalPos(), itemToolTip(itemOf(index), m_clock.zone()), viewport(), viewRect(index));
        return true;
    }
    const ViewMap map = viewMap();
    const int lane = m_layout.laneAt(map.logicalY(pos.y()));
    if (lane >= 0 && pos.y() >= timeArea().top()) {
        const BoardLane &src = m_snapshot.lanes[size_t(lane)];
        if (!timeArea().contains(pos)) {
            QToolTip::showText(help->globalPos(),
                src.title + u'\n' + laneSubtitle(src, int(m_layout.lanes()[size_t(lane)].items.size())),
                viewport());
            return true;
        }
        const double x = map.logicalX(pos.x());
        for (const Shade &shade : m_layout.lanes()[size_t(lane)].shades)
            if (shade.kind == Shade::Kind::TimeOff && x >= shade.x1 && x < shade.x2) {
                QToolTip::showText(help->globalPos(),
                    shade.text.isEmpty() ? tr("Time off") : tr("Time off: %1").arg(shade.text), viewport());
                return true;
            }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace spoke::ui
