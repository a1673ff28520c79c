#include "core/schedule/ics.h"

#include <algorithm>

namespace spoke {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

/// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash,
/// a line break (CRLF, LF or CR) becomes \n, other control characters are dropped.
QString escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QLatin1String("\\n");
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\t' || c.unicode() >= 0x20) {
            if (c.unicode() != 0x7F)
                out += c;
        }
    }
    return out;
}

QByteArray utcStamp(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf(
        "%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
        .toLatin1();
}

/// Writes one content line, folded so that no line is longer than 75 octets and no UTF-8
/// sequence is split, with CRLF line ends.
void writeLine(QByteArray &out, const QByteArray &line)
{
    qsizetype pos = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Step back off UTF-8 continuation bytes (10xxxxxx) so the cut falls between characters.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos)
            cut = pos + room; // not UTF-8; cannot happen for text we encoded ourselves
        out.append(line.constData() + pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxLineOctets - 1; // the leading space counts
    }
    out.append(line.constData() + pos, line.size() - pos);
    out += "\r\n";
}

void writeProperty(QByteArray &out, const char *name, const QByteArray &value)
{
    writeLine(out, QByteArray(name) + ':' + value);
}

void writeText(QByteArray &out, const char *name, const QString &value)
{
    writeProperty(out, name, escapeText(value).toUtf8());
}

} // namespace

QByteArray toIcs(const std::vector<IcsEvent> &events, const QString &calendarName)
{
    QByteArray out;
    out.reserve(512 + qsizetype(events.size()) * 512);
    writeProperty(out, "BEGIN", "VCALENDAR");
    writeProperty(out, "VERSION", "2.0");
    writeProperty(out, "PRODID", "-//Spoke//Spoke Dispatch//EN");
    writeProperty(out, "CALSCALE", "GREGORIAN");
    writeProperty(out, "METHOD", "PUBLISH");
    writeText(out, "X-WR-CALNAME", calendarName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IcsEvent &e : events) {
        writeProperty(out, "BEGIN", "VEVENT");
        writeText(out, "UID", e.uid);
        // DTSTAMP is required; an event without one gets the time the file is made.
        writeProperty(out, "DTSTAMP", utcStamp(e.stampUtc.isValid() ? e.stampUtc : now));
        if (e.startUtc.isValid())
            writeProperty(out, "DTSTART", utcStamp(e.startUtc));
        // DTEND must be later than DTSTART; without it the event is an instant.
        if (e.startUtc.isValid() && e.endUtc.isValid() && e.endUtc > e.startUtc)
            writeProperty(out, "DTEND", utcStamp(e.endUtc));
        if (e.lastModifiedUtc.isValid())
            writeProperty(out, "LAST-MODIFIED", utcStamp(e.lastModifiedUtc));
        writeProperty(out, "SEQUENCE", QByteArray::number(std::max(0, e.sequence)));
        writeText(out, "SUMMARY", e.summary);
        if (!e.location.isEmpty())
            writeText(out, "LOCATION", e.location);
        if (!e.description.isEmpty())
            writeText(out, "DESCRIPTION", e.description);
        const QString status = e.status.toUpper();
        if (status == QLatin1String("CONFIRMED") || status == QLatin1String("TENTATIVE")
            || status == QLatin1String("CANCELLED"))
            writeProperty(out, "STATUS", status.toLatin1());
        writeProperty(out, "END", "VEVENT");
    }
    writeProperty(out, "END", "VCALENDAR");
    return out;
}

} // namespace spoke
