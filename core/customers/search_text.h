#pragma once

#include <QString>
#include <QStringList>

namespace spoke {

/// Text as the customer search index and its queries see it: lower case (full case
/// folding), accents and other combining marks removed ("Hélène" -> "helene"), Arabic
/// diacritics and tatweel removed and letter variants unified, Hangul kept as syllables.
QString foldForSearch(const QString &text);

/// The words of a query, folded; punctuation separates words.
QStringList searchTokens(const QString &text);

/// An FTS5 MATCH expression that finds rows containing every token as a word prefix,
/// optionally limited to one column. Tokens are quoted, so no query text is ever parsed
/// as FTS syntax.
QString ftsPrefixQuery(const QStringList &tokens, const QString &column = QString());

/// Only the ASCII digits of text (other scripts' digits are converted first).
QString digitsOnly(const QString &text);

} // namespace spoke
