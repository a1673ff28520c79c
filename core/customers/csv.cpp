#include "core/customers/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Csv)
};

// Windows-1252 differs from Latin-1 only in 0x80..0x9F.
constexpr std::array<char16_t, 32> kCp1252High {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        d[i] = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// Control characters other than tab and line ends mark a binary file, not text.
bool looksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            ++controls;
    }
    return n > 0 && controls * 100 > n; // more than 1%: not something a person typed
}

} // namespace

Result<QString> decodeImportText(const QByteArray &bytes, QString *encoding)
{
    auto done = [&](QString text, const char *name) -> Result<QString> {
        if (encoding)
            *encoding = QString::fromLatin1(name);
        if (looksBinary(text))
            return makeError(ErrorCode::InvalidInput,
                Tr::tr(
                    "The file is not text (it looks like a spreadsheet or another binary file). Save it as "
                    "CSV first."));
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return done(QString::fromUtf8(bytes.mid(3)), "UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return done(QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(2)), "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return done(QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2)), "UTF-16BE");
    // UTF-16 without a BOM: ASCII text has a zero in every other byte.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < sample; ++i)
        if (bytes.at(i) == 0)
            ++((i % 2) ? oddZeros : evenZeros);
    if (sample >= 4 && oddZeros * 3 > sample && evenZeros * 20 < sample)
        return done(QStringDecoder(QStringDecoder::Utf16LE).decode(bytes), "UTF-16LE");
    if (sample >= 4 && evenZeros * 3 > sample && oddZeros * 20 < sample)
        return done(QStringDecoder(QStringDecoder::Utf16BE).decode(bytes), "UTF-16BE");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return done(std::move(text), "UTF-8");
    return done(fromCp1252(bytes), "Windows-1252");
}

QChar detectCsvDelimiter(const QString &text)
{
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestScore = -1;
    for (const QChar d : candidates) {
        // Field counts of the first lines, quotes respected.
        std::vector<int> counts;
        int fields = 1;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 20; ++i) {
            const QChar c = text.at(i);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == d)
                ++fields;
            else if (!quoted && (c == u'\n' || c == u'\r')) {
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                counts.push_back(fields);
                fields = 1;
            }
        }
        if (counts.size() < 20 && fields > 1)
            counts.push_back(fields);
        if (counts.empty() || counts.front() < 2)
            continue;
        int same = 0;
        for (int n : counts)
            same += n == counts.front() ? 1 : 0;
        const int score = same * 100 + counts.front();
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

Result<CsvDocument> parseCsv(const QByteArray &bytes, QChar delimiter, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("The file is %1 MB; Spoke imports files of up to %2 MB. Split it into smaller files.")
                .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 1));
    CsvDocument doc;
    auto decoded = decodeImportText(bytes, &doc.encoding);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The file is empty."));
    doc.delimiter = delimiter.isNull() ? detectCsvDelimiter(text) : delimiter;

    std::vector<QStringList> records;
    std::vector<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            records.push_back(record);
            lines.push_back(recordLine);
        }
        record.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == doc.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("Line %1: a quoted field is never closed (a \" is missing). Nothing was imported.")
                .arg(quoteLine));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.empty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The file is empty."));
    doc.header = records.front();
    for (QString &h : doc.header)
        h = h.trimmed();
    doc.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    doc.lines.assign(lines.begin() + 1, lines.end());
    return doc;
}

QString csvLine(const QStringList &fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        const bool needsQuotes = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n')
            || f.contains(u'\r') || f.startsWith(u' ') || f.endsWith(u' ');
        if (!needsQuotes) {
            out << f;
            continue;
        }
        QString q = f;
        q.replace(u'"', QStringLiteral("\"\""));
        out << QStringLiteral("\"") + q + QStringLiteral("\"");
    }
    return out.join(delimiter);
}

} // namespace spoke
