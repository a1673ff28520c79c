#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace spoke::ui {

/// Prices as people read and type them, converted to and from integer minor units exactly
/// (text is parsed digit by digit; no floating point anywhere).
namespace money_text {

/// How many decimals a currency has (ISO 4217): 2 for most, 0 for JPY, 3 for KWD...
int decimals(const QString &currency);
/// "1,234.50" in the locale's digits and separators, exact. Grouping separators only when
/// `grouped` (for tables; edit fields show the plain number).
QString format(
    qint64 minor, const QString &currency, const QLocale &locale = QLocale(), bool grouped = false);
/// Parses what someone typed ("129.50", "129,5", "1 234", "$129.50") into minor units;
/// nullopt when it is not a number or has more decimals than the currency allows.
std::optional<qint64> parse(const QString &text, const QString &currency, const QLocale &locale = QLocale());

} // namespace money_text

} // namespace spoke::ui
