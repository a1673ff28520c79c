#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace spoke {

/// A parsed CSV file: the header, the data rows, and the line each row started on (for
/// messages that point at the file the user knows).
struct CsvDocument
{
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter;
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines; ///< 1-based line of each row
};

/// Files larger than this are refused with a clear message instead of being read into memory.
inline constexpr qint64 kMaxImportBytes = 256ll * 1024 * 1024;

/// Decodes text as exported by the tools users come from: a byte-order mark decides
/// (UTF-8, UTF-16LE/BE); otherwise strict UTF-8, UTF-16 recognised by its zero bytes, and
/// Windows-1252 (Excel's "CSV" on Western Windows) as the fallback. Binary junk is refused.
Result<QString> decodeImportText(const QByteArray &bytes, QString *encoding = nullptr);

/// The delimiter (comma, semicolon, tab or pipe) that splits the first lines into the most
/// consistent number of fields, quotes respected.
QChar detectCsvDelimiter(const QString &text);

/// RFC 4180 with the usual leniencies: quoted fields with delimiters, doubled quotes and
/// line breaks; CRLF, LF or CR line ends; blank lines skipped. An unbalanced quote is a
/// file-level error naming the line where the field began. delimiter: {} to detect.
Result<CsvDocument> parseCsv(
    const QByteArray &bytes, QChar delimiter = {}, qint64 maxBytes = kMaxImportBytes);

/// One CSV line (no line end) with fields quoted where needed.
QString csvLine(const QStringList &fields, QChar delimiter = u',');

} // namespace spoke
