#pragma once

#include "ui/schedule/board_geometry.h"

#include <QDateTime>
#include <QFont>
#include <QString>

#include <optional>

class QPainter;

namespace spoke::ui::board {

/// The drag ghost: where the dragged job would land.
struct Ghost
{
    bool active = false;
    int lane = -1;
    double x1 = 0;
    double x2 = 0;
    bool overlaps = false;
    QString label; ///< date, time and lane it would get
    QString hint; ///< what it overlaps, if anything
};

/// Everything one paint needs; the widget fills it, the painter only reads.
struct PaintState
{
    const BoardSnapshot *snapshot = nullptr;
    const BoardLayout *layout = nullptr;
    const TimeAxis *axis = nullptr;
    const ZoneClock *clock = nullptr;
    Metrics metrics;
    ViewMap map;
    QRect viewport;
    QFont font;
    int selected = -1; ///< layout index
    bool focused = false;
    int dragSource = -1; ///< layout index of the job being dragged (drawn faded)
    Ghost ghost;
    std::optional<qint64> nowWall;
    QDate today;
};

/// Paints the whole board (headers, lanes, shading, grid, jobs, ghost, now-line) for the
/// part of the viewport in `dirty`. Only what is visible is drawn.
void paintBoard(QPainter &p, const QRect &dirty, const PaintState &s);

} // namespace spoke::ui::board
