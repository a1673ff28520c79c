#pragma once

#include "core/util/result.h"

#include <QString>

namespace spoke {

/// A phone number in E.164 ("+15550102345") and its national significant digits
/// ("5550102345"), the two forms search matches on.
struct NormalizedPhone
{
    QString e164;
    QString nationalDigits;
};

/// Parses a number as typed ("(555) 010-2345", "+1 555 010 2345", "010-1234-5678") with
/// libphonenumber, taking numbers without a country code as numbers of region (ISO 3166
/// alpha-2, e.g. "US", "KR", "FR"). A number that cannot exist there is InvalidInput with
/// a message that says why; it is never silently dropped or "fixed".
Result<NormalizedPhone> normalizePhone(const QString &typed, const QString &region);

/// A readable international form ("+1 555-010-2345") for screens.
QString formatPhoneInternational(const QString &e164);

/// The region whose numbers are dialled without a country code at a location in this
/// IANA time zone ("America/New_York" -> "US", "Asia/Seoul" -> "KR"); "US" if unknown.
QString phoneRegionForTimeZone(const QString &ianaId);

} // namespace spoke
