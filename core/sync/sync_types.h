#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace spoke::sync {

/// What the status bar says about sync.
enum class SyncState {
    NotEnrolled, ///< no hub: the location works on its own
    Idle, ///< enrolled; the last run succeeded (or none ran yet)
    Syncing, ///< a run is under way
    Offline, ///< the hub could not be reached; retrying with backoff
    Error, ///< the hub or this PC refused something; see lastError
    NeedsReenrollment, ///< the device was revoked or its history diverged: enroll again
};

QString syncStateKey(SyncState state);
/// Short translated words for the status bar ("Synced", "Offline", ...).
QString syncStateLabel(SyncState state);

/// Local error codes, next to the hub's (protocol::error::*), so every failure has a code
/// the app translates.
namespace code {
inline constexpr QLatin1String Network("network");
inline constexpr QLatin1String Timeout("timeout");
inline constexpr QLatin1String TlsUntrusted("tls_untrusted");
inline constexpr QLatin1String TlsExpired("tls_expired");
inline constexpr QLatin1String TlsHost("tls_host");
inline constexpr QLatin1String TlsFailed("tls_failed");
inline constexpr QLatin1String PinMismatch("pin_mismatch");
inline constexpr QLatin1String BadAnswer("bad_answer");
inline constexpr QLatin1String Storage("storage");
inline constexpr QLatin1String Keychain("keychain");
inline constexpr QLatin1String HistoryDiverged("history_diverged");
inline constexpr QLatin1String ServerError("server_error");
inline constexpr QLatin1String HttpError("http_error");
} // namespace code

/// The translated sentence for an error code (a hub code or a local one). `hubMessage` is
/// the hub's English message, shown for codes that have no better words (and for 426,
/// whose message is written for users).
QString errorMessage(const QString &code, const QString &hubMessage = QString());

/// What the status bar and Settings show.
struct SyncStatus
{
    SyncState state = SyncState::NotEnrolled;
    QString hubUrl;
    QString locationName;
    QString deviceId;
    QDateTime lastSuccess; ///< UTC; invalid when none
    qint64 pending = 0; ///< outbox entries not yet accepted by the hub
    QString lastErrorCode; ///< empty when the last run succeeded
    QString lastError; ///< translated
    QDateTime lastErrorAt;
    QDateTime nextAttempt; ///< UTC; when a retry (backoff) is scheduled
    qint64 parked = 0; ///< changes from the hub waiting for a record they need
};

/// One sync run, as kept in the local history (sync_runs).
struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString trigger; ///< "timer", "manual", "network", "startup", "retry", "enroll"
    QString outcome; ///< "ok", "offline", "error", "stopped"
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 rejected = 0;
    qint64 conflicts = 0;
    QString errorCode;
    QString errorDetail; ///< the hub's English message or the transport's error text
    QString requestId; ///< X-Request-Id of the failing answer, for head office
};

/// A value head office or the location overwrote, from the hub's conflict log.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString field;
    QString keptValue; ///< JSON text
    QString overwrittenValue; ///< JSON text
    QString overwrittenBy; ///< "location" | "head_office"
    QDateTime at;
};

/// A change that did not take effect: a push the hub consumed without applying it
/// (direction "push"), or a change from the hub this PC could not apply ("pull").
struct SyncRejection
{
    qint64 id = 0;
    QString direction;
    qint64 mutationId = 0; ///< push
    qint64 seq = 0; ///< pull
    QString entity;
    QString entityId;
    QString code;
    QString message;
    QDateTime at;
};

/// A change from the hub waiting for a record it needs (a job whose customer has not
/// arrived yet). Retried after every page; applied as soon as it can be.
struct ParkedChange
{
    QString entity;
    QString entityId;
    qint64 seq = 0;
    QString reason;
    QDateTime parkedAt;
};

} // namespace spoke::sync

Q_DECLARE_METATYPE(spoke::sync::SyncRun)
