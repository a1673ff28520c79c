#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace spoke {

/// One job as a VEVENT.
struct IcsEvent
{
    QString uid; ///< globally unique and stable (the job id + "@spoke")
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime stampUtc; ///< DTSTAMP: when the file was made
    QDateTime lastModifiedUtc; ///< LAST-MODIFIED; null: omitted
    int sequence = 0; ///< SEQUENCE: bump when the job changes
    QString summary; ///< "Deep clean — Hélène Dubois"
    QString location; ///< the service address on one line
    QString description; ///< services, arrival window, preferences, access notes
    QString status; ///< "CONFIRMED", "TENTATIVE" or "CANCELLED"
};

/// An RFC 5545 iCalendar file (VCALENDAR with VERSION, PRODID, CALSCALE, METHOD:PUBLISH,
/// X-WR-CALNAME and one VEVENT per event): times in UTC ("Z" form, so no VTIMEZONE is
/// needed), TEXT values escaped (backslash, semicolon, comma, newline), lines folded at 75
/// octets without splitting a UTF-8 character, CRLF line ends, UTF-8.
QByteArray toIcs(const std::vector<IcsEvent> &events, const QString &calendarName);

} // namespace spoke
