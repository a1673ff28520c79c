#pragma once

#include "core/billing/money.h"
#include "core/billing/tax.h"
#include "core/util/result.h"

#include <QLocale>
#include <QString>

namespace spoke::ui::billing_text {

// What people type into billing fields, turned into core's exact values and back. The
// numbers themselves are parsed by core (Money::parse, Ratio::fromPercentText): this only
// accepts the locale's decimal mark and digits, and spaces or grouping typed by habit.

/// "129.50", "129,50" (French), "1,234.50", "١٢٩٫٥٠" → an amount of `currency`; a clear,
/// translated message when it is not an amount this currency can hold.
Result<Money> parseMoney(const QString &text, const QString &currency, const QLocale &locale = QLocale());
/// The text an amount field starts with: the number with the locale's decimal mark, no
/// grouping, no symbol ("129.50", "129,50").
QString editText(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

/// A percentage ("8.875", "8,875", "10 %") as parts per million (88'750).
Result<qint64> parsePercent(const QString &text, const QLocale &locale = QLocale());
/// 88'750 → "8.875" (the locale's decimal mark, no trailing zeros).
QString percentText(qint64 ppm, const QLocale &locale = QLocale());

/// A discount as typed: "" none, "10%" a percentage, "5.00" an amount.
Result<Discount> parseDiscount(
    const QString &text, const QString &currency, const QLocale &locale = QLocale());
QString discountText(const Discount &discount, const QString &currency, const QLocale &locale = QLocale());

} // namespace spoke::ui::billing_text
