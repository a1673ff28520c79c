#pragma once

#include "core/location/location_service.h"
#include "core/security/key_store.h"
#include "core/staff/password_hasher.h"
#include "core/staff/session.h"
#include "core/staff/staff_service.h"
#include "core/storage/location_database.h"
#include "core/sync/sync_engine.h"
#include "core/util/clock.h"

#include <QObject>

#include <memory>

namespace spoke::ui {

/// One open location while the app runs: its database, the core services over it, who is
/// signed in, and a cached copy of the profile for headers. Screens get this and call core
/// through it; they never see SQL.
class LocationContext : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIdleMinutes = 5;
    static QString idleMinutesKey() { return QStringLiteral("idle_lock_minutes"); }

    LocationContext(std::unique_ptr<LocationDatabase> db, KeyStore &keyStore, Clock &clock,
        PasswordHasher hasher = PasswordHasher(), QObject *parent = nullptr);
    ~LocationContext() override;

    LocationDatabase &database() { return *m_db; }
    StaffService &staff() { return m_staff; }
    LocationService &location() { return m_location; }
    Session &session() { return m_session; }
    KeyStore &keyStore() { return m_keyStore; }
    Clock &clock() { return m_clock; }
    /// Sync with head office's hub (idle until the location is enrolled).
    sync::SyncEngine &sync() { return *m_sync; }
    /// Starts sync's timer and network watch (the app does; in-process tests need not).
    void startSync();
    PasswordHasher hasher() const { return m_hasher; }

    /// The signed-in actor (Role::None when nobody is, or the screen is locked).
    Actor actor() const { return m_session.actor(); }
    bool can(Permission permission) const { return allows(m_session.actor().role, permission); }

    const LocationProfile &profile() const { return m_profile; }
    /// Re-reads the profile after an edit and tells the headers.
    void reloadProfile();

    int idleMinutes() const;
    /// Stores the idle lock time (audited) and applies it to the session.
    Status setIdleMinutes(int minutes);

signals:
    void profileChanged();

private:
    std::unique_ptr<LocationDatabase> m_db;
    KeyStore &m_keyStore;
    Clock &m_clock;
    PasswordHasher m_hasher;
    StaffService m_staff;
    LocationService m_location;
    Session m_session;
    LocationProfile m_profile;
    std::unique_ptr<sync::SyncEngine> m_sync; // last: it goes before the database
};

} // namespace spoke::ui
