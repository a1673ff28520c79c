#pragma once

#include <QJsonObject>
#include <QString>

namespace spoke::protocol {

/// The protocol version this build speaks; the hub answers it on /health and under /api/v1.
inline constexpr int kVersion = 1;

/// The body of GET /health, so client and hub agree on its shape.
struct Health
{
    QString status;
    int protocolVersion = 0;
    QString serverVersion;

    [[nodiscard]] QJsonObject toJson() const;
    /// Parses a /health body; returns false and fills *error for a missing or mistyped field.
    [[nodiscard]] static bool fromJson(const QJsonObject &json, Health *out, QString *error);
};

} // namespace spoke::protocol
