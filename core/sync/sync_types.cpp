#include "core/sync/sync_types.h"

#include "core/protocol/api_error.h"

#include <QCoreApplication>

namespace spoke::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::sync::Sync)
};
} // namespace

QString syncStateKey(SyncState state)
{
    switch (state) {
    case SyncState::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case SyncState::Idle:
        return QStringLiteral("idle");
    case SyncState::Syncing:
        return QStringLiteral("syncing");
    case SyncState::Offline:
        return QStringLiteral("offline");
    case SyncState::Error:
        return QStringLiteral("error");
    case SyncState::NeedsReenrollment:
        return QStringLiteral("needs_reenrollment");
    }
    return QStringLiteral("unknown");
}

QString syncStateLabel(SyncState state)
{
    switch (state) {
    case SyncState::NotEnrolled:
        return Tr::tr("Not enrolled with a hub");
    case SyncState::Idle:
        return Tr::tr("Synced");
    case SyncState::Syncing:
        return Tr::tr("Syncing…");
    case SyncState::Offline:
        return Tr::tr("Offline");
    case SyncState::Error:
        return Tr::tr("Sync problem");
    case SyncState::NeedsReenrollment:
        return Tr::tr("Enroll again");
    }
    return {};
}

QString errorMessage(const QString &c, const QString &hubMessage)
{
    namespace e = protocol::error;
    if (c.isEmpty())
        return {};
    if (c == code::Network)
        return Tr::tr("The hub could not be reached. Spoke keeps working and retries on its own.");
    if (c == code::Timeout)
        return Tr::tr("The hub did not answer in time. Spoke retries on its own.");
    if (c == code::TlsUntrusted)
        return Tr::tr("The hub's certificate is not trusted. Check the CA certificate in Settings → Sync.");
    if (c == code::TlsExpired)
        return Tr::tr(
            "The hub's certificate has expired (or is not valid yet). Ask head office to renew it.");
    if (c == code::TlsHost)
        return Tr::tr("The hub's certificate is for another server name. Check the hub address.");
    if (c == code::TlsFailed)
        return Tr::tr("A secure connection to the hub could not be made.");
    if (c == code::PinMismatch)
        return Tr::tr("The hub's public key does not match the pinned key. Spoke refused to talk to it.");
    if (c == code::BadAnswer)
        return Tr::tr("The hub sent an answer Spoke does not understand.");
    if (c == code::Storage)
        return Tr::tr("Changes from the hub could not be saved on this PC; Spoke will try again.");
    if (c == code::Keychain)
        return Tr::tr("The hub's access token could not be read from the system keychain. Unlock the "
                      "keychain, or enroll again.");
    if (c == code::HistoryDiverged || c == e::MutationReused)
        return Tr::tr("This PC's history diverged from head office's. Enroll this PC again.");
    if (c == e::DeviceRevoked)
        return Tr::tr("This PC was removed from head office. Enroll it again.");
    if (c == e::Unauthorized)
        return Tr::tr("Head office does not recognise this PC. Enroll it again.");
    if (c == e::Forbidden)
        return Tr::tr("Head office refused this change. Contact head office.");
    if (c == e::EnrollmentCodeInvalid)
        return Tr::tr("This enrollment code is not valid. Check it, or ask head office for a new one.");
    if (c == e::EnrollmentCodeUsed)
        return Tr::tr("This enrollment code was already used. Ask head office for a new one.");
    if (c == e::EnrollmentCodeExpired)
        return Tr::tr("This enrollment code has expired. Ask head office for a new one.");
    if (c == e::RateLimited)
        return Tr::tr("The hub asked Spoke to slow down; it will try again shortly.");
    if (c == e::UnsupportedProtocolVersion)
        return hubMessage.isEmpty()
            ? Tr::tr("This hub speaks another version of the sync protocol. Update Spoke or the hub.")
            : hubMessage;
    if (c == e::Internal || c == code::ServerError)
        return Tr::tr("The hub had a problem; nothing was lost. Spoke retries on its own.");
    if (c == e::ShuttingDown)
        return Tr::tr("The hub is restarting. Spoke retries on its own.");
    if (c == e::MutationGap)
        return Tr::tr("The hub is missing earlier changes of this PC that are no longer here. Enroll this "
                      "PC again.");
    if (c == e::TooLarge || c == e::BatchTooLarge)
        return Tr::tr("A change is too large for the hub. Contact head office.");
    if (c == e::NotOwner)
        return Tr::tr("Head office owns this record; the change made here was not taken.");
    if (c == e::ImmutableRecord)
        return Tr::tr("An issued document cannot change; the change made here was not taken.");
    if (c == e::ChainRewound || c == e::ChainForked)
        return Tr::tr("The audit or sales history of this PC does not continue the one head office has.");
    if (c == e::NotFound || c == e::MethodNotAllowed)
        return Tr::tr("The address does not point to a Spoke Hub. Check the hub address.");
    return hubMessage.isEmpty() ? Tr::tr("Sync failed (%1).").arg(c)
                                : Tr::tr("Sync failed (%1): %2").arg(c, hubMessage);
}

} // namespace spoke::sync
