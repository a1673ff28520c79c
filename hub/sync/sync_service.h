#pragma once

#include "core/protocol/api_error.h"
#include "core/protocol/sync_messages.h"
#include "hub/storage/hub_store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace spoke::hub {

/// Who is calling, from the bearer token; the location always comes from here.
struct Caller
{
    enum class Kind { Device, HeadOffice };
    Kind kind = Kind::Device;
    DeviceInfo device; ///< for Kind::Device
};

/// What a request did that the log must show (never payloads, never tokens).
struct SyncReport
{
    QList<QJsonObject> events; ///< extra log records: tenant_violation, mutation_rejected, chain_rewrite
    qint64 conflicts = 0;
};

/// Which head-office endpoint a change came through.
enum class HqKind { Booking, Service, Settings };

/// The sync protocol on the hub's side (docs/sync-protocol.md): enrollment, token checks,
/// push applied once in one transaction, the pull feed and full passes, the conflict log
/// and head-office writes. Each call is one unit of work; the location is the caller's.
class SyncService
{
public:
    explicit SyncService(HubStore &store);

    /// Checks "Authorization: Bearer <token>" against device and head-office tokens.
    [[nodiscard]] bool authenticate(const QByteArray &authorization, Caller *out, protocol::ApiError *error);

    [[nodiscard]] bool enroll(
        const protocol::EnrollRequest &request, protocol::EnrollResponse *out, protocol::ApiError *error);
    [[nodiscard]] bool push(const Caller &caller, const protocol::PushRequest &request,
        protocol::PushResponse *out, SyncReport *report, protocol::ApiError *error);
    [[nodiscard]] bool pull(const Caller &caller, const protocol::PullRequest &request,
        protocol::PullResponse *out, protocol::ApiError *error);
    [[nodiscard]] bool conflicts(const Caller &caller, const protocol::ConflictsRequest &request,
        protocol::ConflictsResponse *out, protocol::ApiError *error);
    [[nodiscard]] bool headOfficeChange(HqKind kind, const protocol::HqChangeRequest &request,
        protocol::HqChangeResponse *out, SyncReport *report, protocol::ApiError *error);

    /// Writes the pull bookkeeping (each device's acknowledged cursor and last pull time)
    /// gathered since the last call, in one transaction. Pulls only read; the hub calls this
    /// every second and when it stops, so a pull never waits for a disk flush.
    bool flushPullBookkeeping(QString *error);

private:
    struct PullMark
    {
        qint64 ackCursor = 0;
        QString at;
    };
    void notePull(const QString &deviceId, qint64 ackCursor, const QString &at);

    [[nodiscard]] bool fullPass(const Caller &caller, qint64 snapshot, int phase, QString afterEntity,
        QString afterEntityId, qint64 limit, protocol::PullResponse *out, protocol::ApiError *error);
    bool internalError(const QString &what, const QString &detail, protocol::ApiError *error);

    HubStore &m_store;
    QHash<QString, PullMark> m_pendingPulls;
};

} // namespace spoke::hub
