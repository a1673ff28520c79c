#pragma once

#include "core/protocol/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace spoke::protocol {

/// Limits every side enforces (docs/sync-protocol.md).
inline constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
inline constexpr qsizetype kMaxMutationsPerPush = 1000;
inline constexpr qsizetype kRecommendedPushBatch = 500;
inline constexpr qint64 kMaxPayloadBytes = 256 * 1024;
inline constexpr qint64 kMaxPullLimit = 1000;
inline constexpr qint64 kDefaultPullLimit = 500;
inline constexpr qsizetype kMaxDeviceNameLength = 100;
inline constexpr qsizetype kMaxRecordIdLength = 128;
inline constexpr qsizetype kMaxIdLength = 64; ///< location and device ids
inline constexpr qsizetype kMaxPageTokenLength = 256;
inline constexpr qsizetype kTokenLength = 43; ///< 32 bytes in base64url without padding

enum class Op { Upsert, Delete };
[[nodiscard]] QString opName(Op op);

/// Checks "protocol_version" of a POST body first, so that a body from another protocol
/// version gets 426 rather than "unknown field". Missing or mistyped is a ValidationError;
/// another number sets *clientVersion and fails with unsupported_protocol_version.
[[nodiscard]] bool checkProtocolVersion(
    const QJsonObject &body, qint64 *clientVersion, ValidationError *error);

// --- enrollment ---------------------------------------------------------------------------

struct EnrollRequest
{
    QString code; ///< as typed; see normalizeEnrollmentCode()
    QString deviceName;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, EnrollRequest *out, ValidationError *error);
};

struct EnrollResponse
{
    QString locationId;
    QString locationName;
    QString deviceId;
    QString token;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, EnrollResponse *out, ValidationError *error);
};

/// Upper-case, without dashes and spaces; empty when what is left is not 16 characters of
/// Crockford base32 (0-9, A-Z without I, L, O, U).
[[nodiscard]] QString normalizeEnrollmentCode(const QString &typed);
/// "ABCD-EFGH-JKMN-PQRS" from 16 normalized characters.
[[nodiscard]] QString formatEnrollmentCode(const QString &normalized);

// --- push ---------------------------------------------------------------------------------

struct Mutation
{
    qint64 mutationId = 0;
    QString entity;
    QString entityId;
    Op op = Op::Upsert;
    QJsonObject payload;
    QString payloadHash;
    /// canonicalPayload(payload) as fromJson() computed it to check the hash (not sent).
    QByteArray canonicalBytes;

    [[nodiscard]] QJsonObject toJson() const;
    /// Validates shape, entity name, id format, payload size and that payloadHash is the
    /// hash of payload (payload_hash_mismatch otherwise).
    /// rawPayload, when given, is the payload's bytes as they came in the body: if they hash
    /// to payloadHash the payload is not serialized again (the common case, and the costly
    /// part of a push).
    [[nodiscard]] static bool fromJson(const QJsonObject &json, const QString &path, Mutation *out,
        ValidationError *error, QByteArrayView rawPayload = {});
};

struct PushRequest
{
    QString deviceId; ///< optional; empty when absent
    QList<Mutation> mutations;

    [[nodiscard]] QJsonObject toJson() const;
    /// Also checks that mutation ids are strictly increasing and consecutive. rawPayloads:
    /// see pushPayloadSpans().
    [[nodiscard]] static bool fromJson(const QJsonObject &json, PushRequest *out, ValidationError *error,
        const QList<QByteArrayView> &rawPayloads = {});
};

/// The bytes of each mutations[i].payload in a push body, in order, found with a small
/// scanner; empty when the body has another shape (the parser then reports it).
[[nodiscard]] QList<QByteArrayView> pushPayloadSpans(QByteArrayView body);

/// One mutation the hub consumed without effect (a record-level rule refused it).
struct Rejection
{
    qint64 mutationId = 0;
    QString code;
    QString message;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(
        const QJsonObject &json, const QString &path, Rejection *out, ValidationError *error);
};

struct PushResponse
{
    qint64 applied = 0;
    qint64 skipped = 0;
    QList<Rejection> rejected;
    qint64 lastAppliedMutationId = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, PushResponse *out, ValidationError *error);
};

// --- pull ---------------------------------------------------------------------------------

struct PullRequest
{
    qint64 cursor = 0;
    qint64 limit = kDefaultPullLimit;
    bool full = false;
    QString pageToken;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QUrlQuery toQuery() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, PullRequest *out, ValidationError *error);
    /// The GET form: the same fields as query parameters; unknown parameters are refused.
    [[nodiscard]] static bool fromQuery(const QUrlQuery &query, PullRequest *out, ValidationError *error);
};

struct Change
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    Op op = Op::Upsert;
    QString origin; ///< "location" | "head_office"
    QJsonObject payload; ///< {} for a tombstone

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(
        const QJsonObject &json, const QString &path, Change *out, ValidationError *error);
};

struct PullResponse
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;
    bool fullResync = false;
    QString pageToken; ///< only in a full pass with more pages

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, PullResponse *out, ValidationError *error);
};

// --- conflicts ----------------------------------------------------------------------------

struct ConflictsRequest
{
    qint64 since = 0;
    qint64 limit = 100;

    [[nodiscard]] QUrlQuery toQuery() const;
    [[nodiscard]] static bool fromQuery(
        const QUrlQuery &query, ConflictsRequest *out, ValidationError *error);
};

struct Conflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString field;
    QJsonValue keptValue;
    QJsonValue overwrittenValue;
    QString overwrittenBy; ///< the writer whose arrival won: "location" | "head_office"
    QString at; ///< UTC ISO 8601

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(
        const QJsonObject &json, const QString &path, Conflict *out, ValidationError *error);
};

struct ConflictsResponse
{
    QList<Conflict> conflicts;
    bool more = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(
        const QJsonObject &json, ConflictsResponse *out, ValidationError *error);
};

// --- head office --------------------------------------------------------------------------

/// POST /api/v1/hq/bookings | services | settings.
struct HqChangeRequest
{
    QString locationId; ///< empty: every location (services only)
    QString entityId;
    Op op = Op::Upsert;
    QJsonObject payload;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(const QJsonObject &json, HqChangeRequest *out, ValidationError *error);
};

struct HqChangeResponse
{
    qint64 seq = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static bool fromJson(
        const QJsonObject &json, HqChangeResponse *out, ValidationError *error);
};

} // namespace spoke::protocol
