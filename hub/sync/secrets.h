#pragma once

#include <QString>

namespace spoke::hub {

/// 32 bytes from the system CSPRNG as base64url without padding (43 characters).
[[nodiscard]] QString newToken();
/// 16 characters of Crockford base32 (80 random bits), normalized (no dashes).
[[nodiscard]] QString newEnrollmentCode();
/// A random UUID as text, for locations, devices and head-office tokens.
[[nodiscard]] QString newId();
/// Lower-case hex SHA-256 of a token or code: all the hub stores of either.
[[nodiscard]] QString secretHash(const QString &secret);
/// The current UTC time as ISO 8601 with milliseconds ("2025-03-01T10:12:44.120Z").
[[nodiscard]] QString nowIso();

} // namespace spoke::hub
