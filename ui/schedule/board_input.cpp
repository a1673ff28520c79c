// DispatchBoard's input: keyboard, mouse, and drag and drop (internal drags with a ghost,
// drops of job ids from other widgets). Kept apart from dispatch_board.cpp, which holds the
// data, geometry, selection and painting.

#include "ui/schedule/board_style.h"
#include "ui/schedule/dispatch_board.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace spoke::ui {

using namespace board;

namespace {

constexpr int kDayMinutes = 24 * 60;
constexpr int kAutoScrollMargin = 28;

/// How long a job lasts; a job not placed yet lasts as long as its lines.
int durationOf(const Job &job)
{
    if (job.durationMinutes() > 0)
        return job.durationMinutes();
    int minutes = 0;
    for (const JobLine &line : job.lines)
        minutes += line.durationMinutes * std::max(1, line.quantity);
    return minutes > 0 ? minutes : 60;
}

} // namespace

// Keyboard

void DispatchBoard::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_drag.phase != Drag::Phase::None && key == Qt::Key_Escape) {
        cancelDrag();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) || (ctrl && (key == Qt::Key_Equal || key == Qt::Key_Plus))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || (ctrl && key == Qt::Key_Minus)) {
        zoomOut();
        return;
    }
    if (ctrl && key == Qt::Key_0) {
        zoomToFit();
        return;
    }
    // Arrows follow the screen: in right-to-left, Right goes towards earlier times.
    const int forward = isRightToLeft() ? Qt::Key_Left : Qt::Key_Right;
    if (mods & Qt::AltModifier) {
        const bool shift = mods & Qt::ShiftModifier;
        switch (key) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const int direction = key == forward ? 1 : -1;
            if (shift)
                keyboardMove(0, direction, 0);
            else
                keyboardMove(direction * kSnapMinutes, 0, 0);
            return;
        }
        case Qt::Key_Up:
            keyboardMove(0, 0, -1);
            return;
        case Qt::Key_Down:
            keyboardMove(0, 0, 1);
            return;
        default:
            break;
        }
    }
    if (!(mods & ~Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!m_selectedJob.isEmpty()) {
                const QString job = m_selectedJob;
                emit openRequested(job);
            }
            return;
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (navigate(key))
                return;
            break;
        case Qt::Key_Escape:
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            // Nothing destructive happens on the board; let a dialog or the page use them.
            event->ignore();
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool DispatchBoard::navigate(int key)
{
    const int current = selectedIndex();
    if (current < 0) {
        const std::vector<int> order = m_layout.readingOrder();
        if (order.empty())
            return false;
        selectIndex(order.front());
        return true;
    }
    const int forward = isRightToLeft() ? Qt::Key_Left : Qt::Key_Right;
    const auto &laneItems = m_layout.lanes()[size_t(m_layout.items()[size_t(current)].lane)].items;
    int next = -1;
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        next = neighbourInLane(current, key == forward ? 1 : -1);
        break;
    case Qt::Key_Up:
        next = neighbourLane(current, -1);
        break;
    case Qt::Key_Down:
        next = neighbourLane(current, 1);
        break;
    case Qt::Key_Home:
        next = laneItems.front();
        break;
    case Qt::Key_End:
        next = laneItems.back();
        break;
    default:
        return false;
    }
    if (next >= 0)
        selectIndex(next);
    return true;
}

int DispatchBoard::neighbourInLane(int index, int direction) const
{
    const auto &items = m_layout.lanes()[size_t(m_layout.items()[size_t(index)].lane)].items;
    const auto it = std::find(items.begin(), items.end(), index);
    const auto at = std::distance(items.begin(), it) + direction;
    return (at >= 0 && at < std::ssize(items)) ? items[size_t(at)] : -1;
}

int DispatchBoard::neighbourLane(int index, int direction) const
{
    // The job nearest in time in the next lane up or down that has any (stacked sub-rows of
    // one lane are reached with Left/Right, which walk the lane by time).
    const auto &lanes = m_layout.lanes();
    const auto &items = m_layout.items();
    const LaidItem &from = items[size_t(index)];
    const double centre = from.rect.center().x();
    for (int lane = from.lane + direction; lane >= 0 && lane < int(lanes.size()); lane += direction) {
        int best = -1;
        double bestDistance = 0;
        for (int id : lanes[size_t(lane)].items) {
            const double distance = std::abs(items[size_t(id)].rect.center().x() - centre);
            if (best < 0 || distance < bestDistance) {
                best = id;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

void DispatchBoard::keyboardMove(int minutes, int days, int lanes)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const BoardItem &item = itemOf(index);
    if (!jobStatusMovable(item.view.job.status)) {
        refuseMove(index);
        return;
    }
    // Copies: a slot may replace the snapshot these would point into.
    const QString jobId = item.view.job.id;
    const QString fromLane = item.laneKey;
    QString toLane = fromLane;
    QDateTime start = item.view.job.startUtc;
    if (lanes != 0) {
        const int target = m_layout.items()[size_t(index)].lane + lanes;
        if (target < 0 || target >= int(m_snapshot.lanes.size()))
            return;
        toLane = m_snapshot.lanes[size_t(target)].key;
    }
    if (minutes != 0) {
        // To the next (or previous) quarter hour of local time, so an odd start lands on the grid.
        const qint64 wall = m_clock.wallMinutes(start);
        const qint64 step = std::abs(minutes);
        const qint64 base = wall >= 0 ? wall / step : -((-wall + step - 1) / step);
        const qint64 snapped = base * step;
        const qint64 target = minutes > 0 ? snapped + step : (snapped == wall ? wall - step : snapped);
        start = m_clock.utcAt(target);
    }
    if (days != 0)
        start = start.toTimeZone(m_clock.zone()).addDays(days).toUTC();
    emit moveRequested(jobId, fromLane, toLane, start.toUTC());
}

void DispatchBoard::refuseMove(int layoutIndex)
{
    const QRect r = viewRect(layoutIndex);
    QToolTip::showText(viewport()->mapToGlobal(r.center()),
        notMovableText(itemOf(layoutIndex).view.job.status), viewport(), r);
}

bool DispatchBoard::focusNextPrevChild(bool next)
{
    // Tab walks the jobs in reading order; past the last one it leaves the board.
    if (m_drag.phase != Drag::Phase::None)
        return true;
    const std::vector<int> order = m_layout.readingOrder();
    if (!order.empty()) {
        const int current = selectedIndex();
        if (current < 0) {
            selectIndex(next ? order.front() : order.back());
            return true;
        }
        const auto at
            = std::distance(order.begin(), std::find(order.begin(), order.end(), current)) + (next ? 1 : -1);
        if (at >= 0 && at < std::ssize(order)) {
            selectIndex(order[size_t(at)]);
            return true;
        }
    }
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void DispatchBoard::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (selectedIndex() < 0
        && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)) {
        const std::vector<int> order = m_layout.readingOrder();
        if (!order.empty())
            selectIndex(event->reason() == Qt::TabFocusReason ? order.front() : order.back());
    }
    viewport()->update();
}

void DispatchBoard::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    if (m_drag.phase == Drag::Phase::Dragging || m_drag.phase == Drag::Phase::Pressed)
        cancelDrag();
    viewport()->update();
}

// Mouse

void DispatchBoard::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int index = itemAtView(pos);
    if (event->button() == Qt::RightButton) {
        if (index >= 0)
            selectIndex(index, false);
        event->accept();
        return;
    }
    selectIndex(index, false);
    m_drag = Drag {};
    if (index >= 0) {
        const LaidItem &laid = m_layout.items()[size_t(index)];
        const BoardItem &item = itemOf(index);
        m_drag.phase = Drag::Phase::Pressed;
        m_drag.item = index;
        m_drag.jobId = item.view.job.id;
        m_drag.fromLane = item.laneKey;
        m_drag.pressPos = pos;
        m_drag.durationMinutes = durationOf(item.view.job);
        const double grabbed = m_axis.wallAt(viewMap().logicalX(pos.x()));
        m_drag.grabMinutes
            = std::clamp(grabbed - double(laid.wallStart), 0.0, double(m_drag.durationMinutes));
    }
    event->accept();
}

void DispatchBoard::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_lastDragPos = pos;
    if (m_drag.phase == Drag::Phase::Pressed && (event->buttons() & Qt::LeftButton)
        && (pos - m_drag.pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        if (jobStatusMovable(itemOf(m_drag.item).view.job.status)) {
            m_drag.phase = Drag::Phase::Dragging;
            viewport()->setCursor(Qt::ClosedHandCursor);
            m_autoScroll->start();
        } else {
            m_drag.phase = Drag::Phase::Refused;
            viewport()->setCursor(Qt::ForbiddenCursor);
        }
    }
    if (m_drag.phase == Drag::Phase::Dragging)
        updateGhost(pos);
    else if (m_drag.phase == Drag::Phase::None)
        updateCursor(pos);
    event->accept();
}

void DispatchBoard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (m_drag.phase == Drag::Phase::Dragging)
        finishDrag(pos);
    else if (m_drag.phase == Drag::Phase::Refused)
        refuseMove(m_drag.item);
    cancelDrag();
    updateCursor(pos);
    event->accept();
}

void DispatchBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = itemAtView(event->position().toPoint());
    if (event->button() != Qt::LeftButton || index < 0) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    selectIndex(index, false);
    const QString job = m_selectedJob;
    emit openRequested(job);
    event->accept();
}

void DispatchBoard::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomAround(m_axis.pixelsPerHour * (delta > 0 ? kZoomStep : 1 / kZoomStep), event->position().x());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void DispatchBoard::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const int index = selectedIndex();
        if (index < 0)
            return;
        const QRect r = viewRect(index) & timeArea();
        const QString job = m_selectedJob;
        emit contextMenuRequested(
            job, viewport()->mapToGlobal(r.isEmpty() ? timeArea().center() : r.center()));
        return;
    }
    const int index = itemAtView(event->pos());
    if (index >= 0) {
        selectIndex(index, false);
        const QString job = m_selectedJob;
        emit contextMenuRequested(job, event->globalPos());
    } else if (timeArea().contains(event->pos()) && laneAt(event->pos())) {
        emit contextMenuRequested(QString(), event->globalPos());
    }
}

void DispatchBoard::updateCursor(const QPoint &pos)
{
    const int index = itemAtView(pos);
    if (index >= 0 && jobStatusMovable(itemOf(index).view.job.status))
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

// Drag and drop

QDateTime DispatchBoard::ghostStartUtc() const
{
    return m_clock.utcAt(m_drag.wallStart);
}

void DispatchBoard::updateGhost(const QPoint &pos)
{
    const auto &lanes = m_layout.lanes();
    if (lanes.empty()) {
        m_ghost = Ghost {};
        m_drag.lane = -1;
        return;
    }
    const ViewMap map = viewMap();
    const QRect area = timeArea();
    const double y = map.logicalY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom())));
    int lane = m_layout.laneAt(y);
    if (lane < 0)
        lane = y < 0 ? 0 : int(lanes.size()) - 1;
    const qint64 start = snapMinutes(m_axis.wallAt(map.logicalX(pos.x())) - m_drag.grabMinutes, kSnapMinutes);
    m_drag.lane = lane;
    m_drag.wallStart = start;

    const qint64 day = start >= 0 ? start / kDayMinutes : -1;
    Ghost ghost;
    ghost.active = true;
    ghost.lane = lane;
    ghost.x1 = m_axis.x(start);
    ghost.x2 = m_axis.x(std::min<qint64>(start + m_drag.durationMinutes, (day + 1) * kDayMinutes));
    if (ghost.x2 - ghost.x1 < m_metrics.minItemWidth)
        ghost.x2 = ghost.x1 + m_metrics.minItemWidth;
    const QDateTime startUtc = ghostStartUtc();
    const QDateTime endUtc = startUtc.addSecs(qint64(m_drag.durationMinutes) * 60);
    for (int id : lanes[size_t(lane)].items) {
        const BoardItem &other = itemOf(id);
        const Job &job = other.view.job;
        if (job.id == m_drag.jobId || !jobStatusOccupies(job.status) || !job.endUtc.isValid())
            continue;
        if (job.startUtc < endUtc && startUtc < job.endUtc) {
            ghost.overlaps = true;
            ghost.hint = overlapHint(other, m_clock.zone());
            break;
        }
    }
    ghost.label = ghostLabel(startUtc, endUtc, m_clock.zone(), m_snapshot.lanes[size_t(lane)].title);
    m_ghost = ghost;
    viewport()->update();
}

void DispatchBoard::finishDrag(const QPoint &pos)
{
    updateGhost(pos);
    if (m_drag.lane < 0)
        return;
    const QString jobId = m_drag.jobId;
    const QString fromLane = m_drag.phase == Drag::Phase::External ? QString() : m_drag.fromLane;
    const QString toLane = m_snapshot.lanes[size_t(m_drag.lane)].key;
    const QDateTime start = ghostStartUtc();
    if (m_drag.phase == Drag::Phase::Dragging) {
        const Job &job = itemOf(m_drag.item).view.job;
        if (toLane == fromLane && start == job.startUtc)
            return; // dropped where it was
    }
    cancelDrag();
    emit moveRequested(jobId, fromLane, toLane, start);
}

void DispatchBoard::cancelDrag()
{
    const bool visible = m_ghost.active || m_drag.phase == Drag::Phase::Dragging;
    m_drag = Drag {};
    m_ghost = Ghost {};
    m_autoScroll->stop();
    viewport()->unsetCursor();
    if (visible)
        viewport()->update();
}

void DispatchBoard::autoScroll()
{
    if (m_drag.phase != Drag::Phase::Dragging && m_drag.phase != Drag::Phase::External) {
        m_autoScroll->stop();
        return;
    }
    const QRect area = timeArea();
    const QPoint pos = m_lastDragPos;
    const int step = std::max(4, int(m_axis.pixelsPerHour / 4));
    int dx = 0;
    if (pos.x() < area.left() + kAutoScrollMargin)
        dx = -step;
    else if (pos.x() > area.right() - kAutoScrollMargin)
        dx = step;
    if (isRightToLeft())
        dx = -dx;
    int dy = 0;
    if (pos.y() < area.top() + kAutoScrollMargin)
        dy = -m_metrics.itemHeight / 3;
    else if (pos.y() > area.bottom() - kAutoScrollMargin)
        dy = m_metrics.itemHeight / 3;
    if (dx != 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    if (dy != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

bool DispatchBoard::beginExternalDrag(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(jobIdMimeType()))
        return false;
    const QString jobId = QString::fromUtf8(mime->data(jobIdMimeType())).trimmed();
    if (jobId.isEmpty())
        return false;
    int duration = 60;
    for (const BoardItem &item : m_snapshot.items)
        if (item.view.job.id == jobId) {
            if (!jobStatusMovable(item.view.job.status))
                return false;
            duration = durationOf(item.view.job);
            break;
        }
    if (m_drag.phase == Drag::Phase::Dragging || m_drag.phase == Drag::Phase::Pressed)
        cancelDrag();
    m_drag = Drag {};
    m_drag.phase = Drag::Phase::External;
    m_drag.jobId = jobId;
    m_drag.durationMinutes = duration;
    return true;
}

void DispatchBoard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!beginExternalDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    m_lastDragPos = event->position().toPoint();
    updateGhost(m_lastDragPos);
    m_autoScroll->start();
    event->acceptProposedAction();
}

void DispatchBoard::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_drag.phase != Drag::Phase::External) {
        event->ignore();
        return;
    }
    m_lastDragPos = event->position().toPoint();
    if (!timeArea().contains(m_lastDragPos)) {
        m_ghost = Ghost {};
        viewport()->update();
        event->ignore(timeArea());
        return;
    }
    updateGhost(m_lastDragPos);
    event->acceptProposedAction();
}

void DispatchBoard::dragLeaveEvent(QDragLeaveEvent *event)
{
    cancelDrag();
    event->accept();
}

void DispatchBoard::dropEvent(QDropEvent *event)
{
    const QPoint pos = event->position().toPoint();
    // A drop may come without an enter first (tests, some platforms): start from the data.
    if (m_drag.phase != Drag::Phase::External && !beginExternalDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    if (!timeArea().contains(pos) || m_layout.lanes().empty()) {
        cancelDrag();
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    finishDrag(pos);
    cancelDrag();
}

} // namespace spoke::ui
