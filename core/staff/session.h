#pragma once

#include "core/storage/actor.h"
#include "core/util/clock.h"

#include <QObject>

#include <optional>

namespace spoke {

/// Who is signed in at this PC, and the idle lock. The UI calls touch() on user input and
/// checkIdle() from a timer; core decides, with an injectable clock, when to lock.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Clock &clock, QObject *parent = nullptr);

    void signIn(const Actor &actor);
    /// Locks the screen: the actor stays known (for quick unlock) but nothing may be done.
    void lock();
    /// Signs out completely (quick user switch).
    void signOut();

    bool isSignedIn() const { return m_actor.has_value() && !m_locked; }
    bool isLocked() const { return m_locked; }
    /// The signed-in actor; an Actor with Role::None when nobody is.
    /// While locked nobody may act (actor() has Role::None) but the lock screen knows whom
    /// to offer a quick unlock to.
    Actor actor() const;
    Actor lockedActor() const;

    /// Idle time after which the session locks; 0 turns idle lock off.
    void setIdleTimeoutSecs(qint64 secs) { m_idleTimeoutSecs = secs; }
    qint64 idleTimeoutSecs() const { return m_idleTimeoutSecs; }
    /// Records user activity now.
    void touch();
    /// Locks if the session has been idle for longer than the timeout; returns true if it locked.
    bool checkIdle();

signals:
    void signedIn(const spoke::Actor &actor);
    void locked();
    void signedOut();

private:
    Clock &m_clock;
    std::optional<Actor> m_actor;
    bool m_locked = false;
    qint64 m_idleTimeoutSecs = 300;
    QDateTime m_lastActivity;
};

} // namespace spoke
