#pragma once

#include "core/schedule/schedule_types.h"
#include "ui/schedule/board_geometry.h"
#include "ui/schedule/board_painter.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QPoint>

#include <optional>

class QMimeData;
class QTimer;

namespace spoke::ui {

/// The dispatch board: one lane per crew, technician and the unassigned jobs, time running
/// across (mirrored in right-to-left layouts), jobs as boxes placed by their local time in
/// the location's zone. A pure view over a BoardSnapshot: moving a job, by mouse or
/// keyboard, only emits moveRequested(); the page asks core and reloads the snapshot.
///
/// Keyboard: Tab/Shift+Tab and the arrows move the selection (Left/Right along a lane by
/// time, Up/Down to the nearest job in the lane above/below, Home/End first/last in the
/// lane); Alt+Left/Right move the job 15 minutes, Alt+Shift+Left/Right a day, Alt+Up/Down to
/// the previous/next lane; Enter opens it; the Menu key asks for its context menu;
/// Ctrl+=/Ctrl+- zoom, Ctrl+0 fits the range. Escape cancels a drag. In right-to-left the
/// arrows follow the screen (Right is earlier), as Qt's own sliders do.
class DispatchBoard : public QAbstractScrollArea
{
    Q_OBJECT
public:
    /// MIME type of a job id dragged in from another widget (a list of unassigned requests).
    static QString jobIdMimeType();
    static constexpr int kSnapMinutes = 15;
    static constexpr double kMinZoom = 6;
    static constexpr double kMaxZoom = 480;
    static constexpr double kZoomStep = 1.25; ///< zoomIn()/zoomOut() factor

    explicit DispatchBoard(QWidget *parent = nullptr);
    ~DispatchBoard() override;

    /// Shows a snapshot; the selection and the scroll position survive a reload.
    void setSnapshot(BoardSnapshot snapshot);
    const BoardSnapshot &snapshot() const { return m_snapshot; }
    /// The current time, for the now-line (injectable: the page's timer calls this).
    void setNow(const QDateTime &utc);
    QDateTime now() const { return m_now; }
    /// Pixels per hour.
    void setZoom(double pixelsPerHour);
    double zoom() const { return m_axis.pixelsPerHour; }
    /// The local hours each day shows (default 07:00–19:00); an end of 00:00 means midnight.
    void setVisibleHours(const QTime &start, const QTime &end);
    QTime visibleStart() const;
    QTime visibleEnd() const;

    QString selectedJobId() const { return m_selectedJob; }
    QString selectedLaneKey() const { return m_selectedLane; }
    /// Selects a job (in the first lane it shows in); an empty id clears the selection.
    void setSelectedJobId(const QString &jobId);
    /// Selects a job in one lane (a job given to two technicians shows in both lanes).
    void setSelection(const QString &jobId, const QString &laneKey);

    /// A job's box in viewport coordinates; null when it is not on the board.
    QRect jobRect(const QString &jobId, const QString &laneKey) const;
    QRect jobRect(const QString &jobId) const;
    /// The lane key under a viewport point ("" is the unassigned lane); nullopt outside lanes.
    std::optional<QString> laneAt(const QPoint &pos) const;
    /// The UTC time under a viewport point; invalid outside the time area.
    QDateTime timeAt(const QPoint &pos) const;
    /// Viewport x of a local date and time (its tick on the axis).
    int xForLocalTime(const QDate &date, const QTime &time) const;
    /// Where the lanes' time runs, in viewport coordinates (right of the titles, under the
    /// day and hour headers; left of the titles in right-to-left).
    QRect timeArea() const;
    /// Scrolls so the job's box is in view.
    void ensureVisible(const QString &jobId);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    /// Zooms so the whole range fits the width.
    void zoomToFit();

signals:
    void selectionChanged(const QString &jobId);
    void openRequested(const QString &jobId);
    /// Right click or the Menu key; jobId is empty over a lane's free time.
    void contextMenuRequested(const QString &jobId, const QPoint &globalPos);
    /// A drag, a drop from outside (fromLaneKey empty) or a keyboard move asks to move a job.
    void moveRequested(const QString &jobId, const QString &fromLaneKey, const QString &toLaneKey,
        const QDateTime &newStartUtc);
    void zoomChanged(double pixelsPerHour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Drag
    {
        enum class Phase { None, Pressed, Dragging, Refused, External };
        Phase phase = Phase::None;
        int item = -1; ///< layout index of the dragged job (internal drags)
        QString jobId;
        QString fromLane;
        QPoint pressPos;
        double grabMinutes = 0; ///< from the job's start to where it was grabbed
        int durationMinutes = 60;
        qint64 wallStart = 0; ///< the ghost's snapped start
        int lane = -1;
    };

    void relayout();
    void updateMetrics();
    void updateScrollBars();
    board::ViewMap viewMap() const;
    const BoardItem &itemOf(int layoutIndex) const;
    int selectedIndex() const;
    void selectIndex(int layoutIndex, bool scroll = true);
    QRect viewRect(int layoutIndex) const;
    int itemAtView(const QPoint &pos) const;
    void zoomAround(double pixelsPerHour, double viewX);

    // Keyboard
    bool navigate(int key);
    int neighbourInLane(int index, int direction) const;
    int neighbourLane(int index, int direction) const;
    void keyboardMove(int minutes, int days, int lanes);
    void refuseMove(int layoutIndex);

    // Drag and drop
    bool beginExternalDrag(const QMimeData *mime);
    void updateGhost(const QPoint &pos);
    void finishDrag(const QPoint &pos);
    void cancelDrag();
    void updateCursor(const QPoint &pos);
    void autoScroll();
    QDateTime ghostStartUtc() const;

    void announceSelection();

    BoardSnapshot m_snapshot;
    board::ZoneClock m_clock;
    board::TimeAxis m_axis;
    board::Metrics m_metrics;
    board::BoardLayout m_layout;
    board::Ghost m_ghost;
    Drag m_drag;
    QString m_selectedJob;
    QString m_selectedLane;
    QDateTime m_now;
    QPoint m_lastDragPos;
    QTimer *m_autoScroll;
};

} // namespace spoke::ui
