#include "core/staff/session.h"

namespace spoke {

Session::Session(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void Session::signIn(const Actor &actor)
{
    m_actor = actor;
    m_locked = false;
    m_lastActivity = m_clock.nowUtc();
    emit signedIn(actor);
}

void Session::lock()
{
    if (!m_actor || m_locked)
        return;
    m_locked = true;
    emit locked();
}

void Session::signOut()
{
    if (!m_actor)
        return;
    m_actor.reset();
    m_locked = false;
    emit signedOut();
}

Actor Session::lockedActor() const
{
    if (!m_actor || !m_locked)
        return Actor {};
    return *m_actor;
}

Actor Session::actor() const
{
    if (!m_actor || m_locked)
        return Actor {};
    return *m_actor;
}

void Session::touch()
{
    if (isSignedIn())
        m_lastActivity = m_clock.nowUtc();
}

bool Session::checkIdle()
{
    if (!isSignedIn() || m_idleTimeoutSecs <= 0)
        return false;
    if (m_lastActivity.secsTo(m_clock.nowUtc()) < m_idleTimeoutSecs)
        return false;
    lock();
    return true;
}

} // namespace spoke
