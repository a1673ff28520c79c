#include "ui/shell/idle_monitor.h"

#include "core/staff/session.h"

#include <QCoreApplication>
#include <QEvent>

namespace spoke::ui {

IdleMonitor::IdleMonitor(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(10 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::poll);
    m_timer.start();
}

IdleMonitor::~IdleMonitor()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::poll()
{
    m_session.checkIdle();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_session.touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace spoke::ui
