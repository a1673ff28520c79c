#include "ui/shell/location_context.h"

namespace spoke::ui {

LocationContext::LocationContext(std::unique_ptr<LocationDatabase> db, KeyStore &keyStore, Clock &clock,
    PasswordHasher hasher, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_keyStore(keyStore)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_staff(*m_db, hasher)
    , m_location(*m_db)
    , m_session(clock)
{
    m_db->setClock(&clock);
    if (auto p = m_location.profile())
        m_profile = p.value();
    m_session.setIdleTimeoutSecs(qint64(idleMinutes()) * 60);
    m_sync = std::make_unique<sync::SyncEngine>(*m_db, keyStore);
    // Changes from head office may include the location's settings or, on a replacement PC,
    // its profile: headers re-read them.
    connect(m_sync.get(), &sync::SyncEngine::dataChanged, this, [this](bool, bool, bool, bool settings) {
        if (settings)
            reloadProfile();
    });
}

LocationContext::~LocationContext()
{
    m_sync.reset();
}

void LocationContext::startSync()
{
    m_sync->start();
}

void LocationContext::reloadProfile()
{
    if (auto p = m_location.profile())
        m_profile = p.value();
    emit profileChanged();
}

int LocationContext::idleMinutes() const
{
    bool ok = false;
    const int minutes = m_location.setting(idleMinutesKey()).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultIdleMinutes;
}

Status LocationContext::setIdleMinutes(int minutes)
{
    if (auto s = m_location.setSetting(actor(), idleMinutesKey(), QString::number(minutes)); !s)
        return s;
    m_session.setIdleTimeoutSecs(qint64(minutes) * 60);
    return {};
}

} // namespace spoke::ui
