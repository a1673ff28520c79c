// The iCalendar export: CRLF line ends, folding at 75 octets that never splits a UTF-8
// character and unfolds back to the original, TEXT escaping, UTC times, one VEVENT per
// event with the required properties, and an empty calendar.

#include "core/schedule/ics.h"

#include <QTest>
#include <QTimeZone>

using namespace spoke;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

IcsEvent makeEvent(const QString &uid)
{
    IcsEvent e;
    e.uid = uid;
    e.startUtc = utc(2027, 3, 15, 13, 30);
    e.endUtc = utc(2027, 3, 15, 15, 0);
    e.stampUtc = utc(2027, 3, 1, 8, 0, 5);
    e.sequence = 2;
    e.summary = u"Deep clean — Hélène Dubois"_s;
    e.location = u"12 Rue des Lilas, Springfield"_s;
    e.description = u"Kitchen and bathrooms"_s;
    e.status = u"CONFIRMED"_s;
    return e;
}

/// RFC 5545 3.1: a CRLF followed by one space or tab is removed.
QByteArray unfold(QByteArray ics)
{
    ics.replace("\r\n ", "");
    ics.replace("\r\n\t", "");
    return ics;
}

/// The unfolded content lines (without the final empty one).
QList<QByteArray> lines(const QByteArray &ics)
{
    QList<QByteArray> out = unfold(ics).split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray &l : out) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return out;
}

/// The raw values of every property called `name`, in order (no parameters are written).
QStringList values(const QByteArray &ics, const QByteArray &name)
{
    QStringList out;
    for (const QByteArray &l : lines(ics)) {
        if (l.startsWith(QByteArray(name + ':')))
            out << QString::fromUtf8(l.mid(name.size() + 1));
    }
    return out;
}

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

/// True when the bytes are whole UTF-8 characters: a cut one (at either end) decodes to
/// U+FFFD and does not survive the round trip.
bool validUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

class TestIcs : public QObject
{
    Q_OBJECT

private slots:
    void crlfEverywhere()
    {
        IcsEvent e = makeEvent(u"a@spoke"_s);
        e.description = u"Line one\nLine two\r\nLine three\rLine four, "_s + QString(300, u'x');
        const QByteArray ics = toIcs({e, makeEvent(u"b@spoke"_s)}, u"Spoke"_s);
        QVERIFY(ics.endsWith("\r\n"));
        QVERIFY(!ics.endsWith("\r\n\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', "a bare LF");
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', "a bare CR");
        }
        // The value's own line breaks are escaped, not written.
        QCOMPARE(unescape(values(ics, "DESCRIPTION").value(0)),
            u"Line one\nLine two\nLine three\nLine four, "_s + QString(300, u'x'));
    }

    void calendarProperties()
    {
        const QByteArray ics = toIcs({makeEvent(u"a@spoke"_s)}, u"Springfield; North, crew"_s);
        const QList<QByteArray> l = lines(ics);
        QCOMPARE(l.first(), QByteArray("BEGIN:VCALENDAR"));
        QCOMPARE(l.last(), QByteArray("END:VCALENDAR"));
        QCOMPARE(values(ics, "VERSION"), QStringList {u"2.0"_s});
        QCOMPARE(values(ics, "PRODID"), QStringList {u"-//Spoke//Spoke Dispatch//EN"_s});
        QCOMPARE(values(ics, "CALSCALE"), QStringList {u"GREGORIAN"_s});
        QCOMPARE(values(ics, "METHOD"), QStringList {u"PUBLISH"_s});
        QCOMPARE(values(ics, "X-WR-CALNAME"), QStringList {u"Springfield\\; North\\, crew"_s});
        // No VTIMEZONE: every time is in UTC.
        QVERIFY(!ics.contains("VTIMEZONE"));
        QVERIFY(!ics.contains("TZID"));
    }

    void oneEventPerJob()
    {
        std::vector<IcsEvent> events;
        for (int i = 0; i < 3; ++i) {
            IcsEvent e = makeEvent(u"job-%1@spoke"_s.arg(i));
            e.startUtc = utc(2027, 3, 15 + i, 13, 30);
            e.endUtc = e.startUtc.addSecs(3600);
            e.summary = u"Job %1"_s.arg(i);
            events.push_back(e);
        }
        const QByteArray ics = toIcs(events, u"Spoke"_s);
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 3);
        QCOMPARE(ics.count("END:VEVENT\r\n"), 3);
        QCOMPARE(values(ics, "UID"), (QStringList {u"job-0@spoke"_s, u"job-1@spoke"_s, u"job-2@spoke"_s}));
        QCOMPARE(values(ics, "SUMMARY"), (QStringList {u"Job 0"_s, u"Job 1"_s, u"Job 2"_s}));
        QCOMPARE(values(ics, "DTSTART"),
            (QStringList {u"20270315T133000Z"_s, u"20270316T133000Z"_s, u"20270317T133000Z"_s}));
        QCOMPARE(values(ics, "DTEND"),
            (QStringList {u"20270315T143000Z"_s, u"20270316T143000Z"_s, u"20270317T143000Z"_s}));

        // Each VEVENT, between its BEGIN and END, has the required properties exactly once.
        const QList<QByteArray> l = lines(ics);
        int begin = -1;
        int seen = 0;
        for (int i = 0; i < l.size(); ++i) {
            if (l.at(i) == "BEGIN:VEVENT") {
                begin = i;
            } else if (l.at(i) == "END:VEVENT") {
                QVERIFY(begin >= 0);
                const QList<QByteArray> body = l.mid(begin + 1, i - begin - 1);
                for (const QByteArray &name :
                    {QByteArray("UID"), QByteArray("DTSTAMP"), QByteArray("DTSTART"), QByteArray("DTEND"),
                        QByteArray("SEQUENCE"), QByteArray("SUMMARY"), QByteArray("STATUS")}) {
                    const auto n = std::count_if(body.cbegin(), body.cend(),
                        [&](const QByteArray &p) { return p.startsWith(QByteArray(name + ':')); });
                    QVERIFY2(n == 1, name.constData());
                }
                begin = -1;
                ++seen;
            }
        }
        QCOMPARE(seen, 3);
    }

    void timesAreUtc()
    {
        IcsEvent e = makeEvent(u"a@spoke"_s);
        // Given in New York time: written as the same instant in UTC.
        const QTimeZone ny("America/New_York");
        e.startUtc = QDateTime(QDate(2027, 3, 14), QTime(9, 0), ny); // EDT
        e.endUtc = QDateTime(QDate(2027, 3, 14), QTime(11, 30, 15, 900), ny);
        e.stampUtc = utc(2027, 1, 2, 3, 4, 5);
        e.lastModifiedUtc = QDateTime(QDate(2027, 1, 1), QTime(23, 0), ny); // EST, next UTC day
        const QByteArray ics = toIcs({e}, u"Spoke"_s);
        QCOMPARE(values(ics, "DTSTART"), QStringList {u"20270314T130000Z"_s});
        QCOMPARE(values(ics, "DTEND"), QStringList {u"20270314T153015Z"_s});
        QCOMPARE(values(ics, "DTSTAMP"), QStringList {u"20270102T030405Z"_s});
        QCOMPARE(values(ics, "LAST-MODIFIED"), QStringList {u"20270102T040000Z"_s});
        QCOMPARE(values(ics, "SEQUENCE"), QStringList {u"2"_s});
    }

    void optionalProperties()
    {
        IcsEvent e = makeEvent(u"a@spoke"_s);
        e.lastModifiedUtc = QDateTime();
        e.location.clear();
        e.description.clear();
        e.status = u"cancelled"_s;
        IcsEvent odd = makeEvent(u"b@spoke"_s);
        odd.status = u"MAYBE"_s; // not a VEVENT status: left out
        const QByteArray ics = toIcs({e, odd}, u"Spoke"_s);
        QCOMPARE(values(ics, "LAST-MODIFIED"), QStringList());
        QCOMPARE(values(ics, "LOCATION"), QStringList {u"12 Rue des Lilas\\, Springfield"_s});
        QCOMPARE(values(ics, "DESCRIPTION"), QStringList {u"Kitchen and bathrooms"_s});
        QCOMPARE(values(ics, "STATUS"), QStringList {u"CANCELLED"_s});
    }

    void escaping()
    {
        IcsEvent e = makeEvent(u"a@spoke"_s);
        e.summary = u"Deep clean; kitchen, bath\\attic: 2 rooms"_s;
        e.description = u"Gate code: ask\nSide door, not front\r\nDog; \"Biscuit\""_s;
        const QByteArray ics = toIcs({e}, u"Spoke"_s);
        QCOMPARE(values(ics, "SUMMARY"), QStringList {u"Deep clean\\; kitchen\\, bath\\\\attic: 2 rooms"_s});
        QCOMPARE(values(ics, "DESCRIPTION"),
            QStringList {u"Gate code: ask\\nSide door\\, not front\\nDog\\; \"Biscuit\""_s});
        QCOMPARE(unescape(values(ics, "DESCRIPTION").value(0)),
            u"Gate code: ask\nSide door, not front\nDog; \"Biscuit\""_s);
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        const QString korean
            = u"거실 카펫 얼룩 제거, 주방 오븐은 제외. 뒷문으로 들어오세요; 강아지가 있습니다. "_s;
        const QString arabic
            = u"تنظيف عميق للمطبخ والحمامات، باستثناء الفرن. الرجاء الطرق على الباب الجانبي. "_s;
        QTest::newRow("Korean") << korean.repeated(8);
        QTest::newRow("Arabic") << arabic.repeated(8);
        // Characters of 1, 2, 3 and 4 octets in turn, so the 75-octet marks fall inside every kind.
        QTest::newRow("mixed") << u"aé한😀"_s.repeated(60) + u"\nb"_s;
        QTest::newRow("ASCII") << QString(400, u'z');
        for (int shift = 0; shift < 4; ++shift)
            QTest::addRow("Korean shifted by %d", shift) << QString(shift, u'.') + korean.repeated(3);
    }
    void folding()
    {
        QFETCH(QString, text);
        IcsEvent e = makeEvent(u"a@spoke"_s);
        e.description = text;
        e.summary = text;
        const QByteArray ics = toIcs({e}, text);
        const QList<QByteArray> physical = ics.split('\n');
        bool folded = false;
        bool shortened = false;
        for (QByteArray line : physical) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(validUtf8(line), "a line splits a UTF-8 character");
            if (line.startsWith(' ')) {
                folded = true;
                QVERIFY(line.size() > 1);
            }
            shortened = shortened || (line.size() < 75 && line.size() > 70);
        }
        QVERIFY(folded);
        if (text.contains(u'한') || text.contains(u'ت'))
            QVERIFY2(shortened, "no line had to step back from a character boundary");
        QCOMPARE(unescape(values(ics, "DESCRIPTION").value(0)), text);
        QCOMPARE(unescape(values(ics, "SUMMARY").value(0)), text);
        QCOMPARE(unescape(values(ics, "X-WR-CALNAME").value(0)), text);
    }

    void shortLinesAreNotFolded()
    {
        IcsEvent e = makeEvent(u"a@spoke"_s);
        e.summary = QString(75 - 8, u'y'); // "SUMMARY:" + 67 = 75 octets exactly
        const QByteArray ics = toIcs({e}, u"Spoke"_s);
        QVERIFY(ics.contains(QByteArray("\r\nSUMMARY:" + QByteArray(67, 'y') + "\r\nLOCATION:")));
        e.summary += u'y';
        const QByteArray longer = toIcs({e}, u"Spoke"_s);
        QVERIFY(longer.contains(QByteArray("\r\nSUMMARY:" + QByteArray(67, 'y') + "\r\n y\r\nLOCATION:")));
    }

    void emptyCalendar()
    {
        const QByteArray ics = toIcs({}, u"Spoke"_s);
        QCOMPARE(ics,
            QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spoke//Spoke Dispatch//EN\r\n"
                       "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Spoke\r\nEND:VCALENDAR\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestIcs)
#include "test_ics.moc"
