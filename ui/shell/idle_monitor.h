#pragma once

#include <QObject>
#include <QTimer>

namespace spoke {
class Session;
}

namespace spoke::ui {

/// Feeds user activity to the Session and asks it, from a timer, whether the idle time
/// has run out. The decision (and the clock) belong to core.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(Session &session, QObject *parent = nullptr);
    ~IdleMonitor() override;

public slots:
    /// Checks now; locks the session if it has been idle too long.
    void poll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session &m_session;
    QTimer m_timer;
};

} // namespace spoke::ui
