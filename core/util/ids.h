#pragma once

#include <QDateTime>
#include <QString>

namespace spoke {

/// A UUIDv7 (RFC 9562) as lower-case text: time-ordered, so ids sort by creation and
/// index well, and globally unique across locations and the hub.
QString newUuidV7(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

/// Current instant as ISO-8601 UTC text with milliseconds, the form every table stores.
QString isoUtc(const QDateTime &t);

} // namespace spoke
