#pragma once

#include "core/protocol/sync_messages.h"
#include "core/storage/actor.h"
#include "core/sync/hub_transport.h"
#include "core/sync/sync_store.h"
#include "core/sync/sync_types.h"
#include "core/util/result.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>
#include <optional>

namespace spoke {
class KeyStore;
class LocationDatabase;
} // namespace spoke

namespace spoke::sync {

/// What the Settings → Sync form hands over to enroll this PC.
struct EnrollmentRequest
{
    QString hubUrl; ///< https://host[:port]
    QString code; ///< the one-time enrollment code, as typed
    QString deviceName; ///< how head office lists this PC
    HubTrust trust;
};

/// Sync of one location database with its hub, in the background of the GUI thread: all
/// network I/O is asynchronous (QNetworkAccessManager), database work is one short
/// transaction per batch or page, so it never blocks the UI.
///
/// A run pushes the outbox in mutation-id order (batches of kRecommendedPushBatch, marked
/// sent in one transaction after a 200), pulls head office's changes from the stored cursor
/// (one transaction per page, cursor stored with it; a full pass after enrollment), then
/// fetches the conflict log. Runs start on a timer, when the network comes back, and on
/// syncNow(). Failures back off exponentially with jitter (capped); 429 waits Retry-After;
/// a revoked device or a diverged history stops until the PC is enrolled again.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 60 * 1000; ///< a run every minute
        int startupDelayMs = 3 * 1000; ///< the first run after start()
        int requestTimeoutMs = 30 * 1000; ///< a call with no answer by then is abandoned
        int backoffBaseMs = 2 * 1000;
        int backoffCapMs = 5 * 60 * 1000;
        int pushBatch = int(protocol::kRecommendedPushBatch);
        int pullLimit = int(protocol::kDefaultPullLimit);
        int sentRetentionDays = 30; ///< sent outbox rows kept this long (mutation_gap recovery)
        quint32 seed = 0; ///< jitter; 0: random
        bool watchNetwork = true; ///< QNetworkInformation, when a backend loads
    };

    SyncEngine(LocationDatabase &db, KeyStore &keyStore, QObject *parent = nullptr);
    SyncEngine(LocationDatabase &db, KeyStore &keyStore, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Tests put a fault injector between the engine and the network here.
    void setTransportFactory(TransportFactory factory);

    /// Starts the timer (and the network watch); the first run follows startupDelayMs.
    void start();
    /// Stops timers and abandons a call under way (nothing half-applied: pages are atomic).
    void stop();
    /// A run now (the backoff wait is skipped); during a run, another follows it.
    void syncNow();

    bool isRunning() const { return m_run.has_value(); }
    /// The location's clock (what run times are recorded with).
    QDateTime now() const;
    /// The wait before the scheduled retry, in ms (0 when none was scheduled yet).
    qint64 lastBackoffMs() const { return m_lastBackoffMs; }
    /// True after a refusal that only "Sync now" (or enrolling again) retries.
    bool isBlocked() const { return m_blocked; }
    SyncStatus status() const;
    SyncStore &store() { return m_store; }
    const Options &options() const { return m_options; }

    /// A translated problem with the form, or empty (https URL, a code of 16 characters,
    /// usable trust settings).
    static QString checkEnrollment(const EnrollmentRequest &request);
    /// Trades the code for a device token (kept in the keychain, never in the database) and
    /// stores the hub, device and trust settings. Asynchronous: enrollFinished() tells.
    /// Managers and owners only. A location enrolls with one hub; enrolling again with the
    /// same hub (a replacement PC, a revoked device) replaces the token.
    void enroll(const Actor &actor, const EnrollmentRequest &request);
    bool isEnrolling() const { return m_enrollCall != 0; }
    /// Forgets the hub and removes the token (the hub still lists the device until head
    /// office revokes it).
    Status unenroll(const Actor &actor);

signals:
    void statusChanged();
    void runFinished(const spoke::sync::SyncRun &run);
    void enrollFinished(bool ok, const QString &message);
    /// Changes from the hub were applied: screens showing these re-read them.
    void dataChanged(bool jobs, bool catalog, bool customers, bool settings);

private:
    struct Run
    {
        SyncRun record;
        std::vector<OutboxEntry> batch;
        int rewinds = 0;
        qint64 cursor = 0;
        bool askFull = false;
        QString pageToken;
        qint64 conflictsSince = 0;
        bool jobs = false, catalog = false, customers = false, settings = false;
    };

    void reloadConfig();
    HubTransport *transport();
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
        std::function<void(const HubResponse &)> next);
    void startRun(const QString &trigger);
    void pushNext();
    void onPush(const HubResponse &r);
    void pullNext();
    void onPull(const HubResponse &r);
    void conflictsNext();
    void onConflicts(const HubResponse &r);
    void transportFailure(const HubResponse &r);
    void httpFailure(const HubResponse &r);
    void needsReenrollment(const QString &code, const QString &detail, const QString &requestId);
    void finishRun(const QString &outcome, const QString &code = {}, const QString &detail = {},
        const QString &requestId = {});
    void cancelRun();
    void scheduleBackoff(qint64 atLeastMs = 0);
    void onEnrollAnswer(const HubResponse &r);
    void finishEnroll(bool ok, const QString &message);
    void setState(SyncState state);
    void retire(std::unique_ptr<HubTransport> transport);

    LocationDatabase &m_db;
    KeyStore &m_keys;
    Options m_options;
    SyncStore m_store;
    TransportFactory m_factory;
    SyncConfig m_config;
    QByteArray m_token;
    std::unique_ptr<HubTransport> m_transport;
    std::unique_ptr<HubTransport> m_enrollTransport;
    std::vector<std::unique_ptr<HubTransport>> m_retired;
    QTimer m_interval;
    QTimer m_retry;
    QTimer m_callTimer;
    QTimer m_pendingWatch;
    quint64 m_callId = 0;
    quint64 m_generation = 0;
    std::optional<Run> m_run;
    bool m_rerun = false;
    bool m_blocked = false; ///< a refusal that retrying unchanged cannot fix: manual runs only
    int m_attempt = 0;
    QRandomGenerator m_rng;
    SyncState m_state = SyncState::NotEnrolled;
    QString m_errorCode;
    QString m_errorDetail;
    QDateTime m_errorAt;
    QDateTime m_nextAttempt;
    qint64 m_lastPending = -1;
    qint64 m_lastBackoffMs = 0;
    // Enrollment under way.
    quint64 m_enrollCall = 0;
    quint64 m_enrollGeneration = 0;
    QTimer m_enrollTimer;
    Actor m_enrollActor;
    EnrollmentRequest m_enrollRequest;
};

} // namespace spoke::sync
