#pragma once

#include "core/protocol/validation.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace spoke::protocol {

/// The stable error codes of docs/sync-protocol.md. The app translates by code; messages
/// are English for logs and operators.
namespace error {
inline constexpr QLatin1String BadJson("bad_json");
inline constexpr QLatin1String UnknownField("unknown_field");
inline constexpr QLatin1String MissingField("missing_field");
inline constexpr QLatin1String WrongType("wrong_type");
inline constexpr QLatin1String InvalidValue("invalid_value");
inline constexpr QLatin1String PayloadHashMismatch("payload_hash_mismatch");
inline constexpr QLatin1String Unauthorized("unauthorized");
inline constexpr QLatin1String DeviceRevoked("device_revoked");
inline constexpr QLatin1String Forbidden("forbidden");
inline constexpr QLatin1String EnrollmentCodeInvalid("enrollment_code_invalid");
inline constexpr QLatin1String EnrollmentCodeUsed("enrollment_code_used");
inline constexpr QLatin1String EnrollmentCodeExpired("enrollment_code_expired");
inline constexpr QLatin1String NotFound("not_found");
inline constexpr QLatin1String UnknownLocation("unknown_location");
inline constexpr QLatin1String MethodNotAllowed("method_not_allowed");
inline constexpr QLatin1String MutationGap("mutation_gap");
inline constexpr QLatin1String MutationReused("mutation_reused");
inline constexpr QLatin1String TooLarge("too_large");
inline constexpr QLatin1String BatchTooLarge("batch_too_large");
inline constexpr QLatin1String UnsupportedProtocolVersion("unsupported_protocol_version");
inline constexpr QLatin1String RateLimited("rate_limited");
inline constexpr QLatin1String Internal("internal");
inline constexpr QLatin1String ShuttingDown("shutting_down");

// Per-mutation rejections inside a 200 push answer.
inline constexpr QLatin1String NotOwner("not_owner");
inline constexpr QLatin1String ImmutableRecord("immutable_record");
inline constexpr QLatin1String ChainRewound("chain_rewound");
inline constexpr QLatin1String ChainForked("chain_forked");
} // namespace error

/// The HTTP status the hub answers with for an error code (400 for unknown codes).
[[nodiscard]] int httpStatusFor(const QString &code);

/// An error answer: {"error": {"code", "message", "path"?, "details"?}}.
struct ApiError
{
    QString code;
    QString message;
    QString path;
    QJsonObject details;

    [[nodiscard]] static ApiError fromValidation(const ValidationError &error);
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads an error answer (leniently: a newer hub may add fields).
    [[nodiscard]] static bool fromJson(const QJsonObject &json, ApiError *out, ValidationError *error);
};

/// The 426 answer for a client that speaks another protocol version; its message is fit to
/// show to a user.
[[nodiscard]] ApiError unsupportedVersionError(qint64 clientVersion);

} // namespace spoke::protocol
