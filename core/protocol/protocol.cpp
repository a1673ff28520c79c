#include "core/protocol/protocol.h"

namespace spoke::protocol {

QJsonObject Health::toJson() const
{
    return QJsonObject {{QStringLiteral("status"), status},
        {QStringLiteral("protocolVersion"), protocolVersion},
        {QStringLiteral("serverVersion"), serverVersion}};
}

bool Health::fromJson(const QJsonObject &json, Health *out, QString *error)
{
    const auto status = json.value(QStringLiteral("status"));
    const auto version = json.value(QStringLiteral("protocolVersion"));
    const auto server = json.value(QStringLiteral("serverVersion"));
    if (!status.isString() || !version.isDouble() || !server.isString()) {
        if (error)
            *error = QStringLiteral(
                "health: expected string status, integer protocolVersion and string serverVersion");
        return false;
    }
    out->status = status.toString();
    out->protocolVersion = version.toInt();
    out->serverVersion = server.toString();
    return true;
}

} // namespace spoke::protocol
