#pragma once

#include "core/sync/sync_types.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace spoke::sync {
class SyncEngine;
}

namespace spoke::ui {

/// The sync state in the status bar: an icon and one line (state, last success, changes
/// waiting, the last problem in the tooltip). Clicking it (or Enter when focused) asks for
/// the Sync screen. Without an enrolled hub it says the location is not enrolled.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncIndicator(QWidget *parent = nullptr);

    /// The engine of the open location, or nullptr while none is open.
    void setEngine(sync::SyncEngine *engine);
    sync::SyncState state() const { return m_state; }
    QString text() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    QPointer<sync::SyncEngine> m_engine;
    sync::SyncState m_state = sync::SyncState::NotEnrolled;
    QLabel *m_icon;
    QLabel *m_text;
    QTimer m_tick; ///< "2 min ago" moves on
};

} // namespace spoke::ui
