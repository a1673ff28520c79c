#pragma once

#include "core/util/result.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace spoke {

/// How an exact amount that falls between two minor units is rounded. Every rounding in
/// billing (percent discounts, taxes, tax-inclusive back-calculation) uses one of these.
enum class RoundingMode {
    /// 0.5 of a minor unit goes away from zero: 0.125 -> 0.13, -0.125 -> -0.13 (the default).
    HalfUp,
    /// 0.5 of a minor unit goes to the even neighbour: 0.125 -> 0.12, 0.135 -> 0.14.
    HalfEven,
};

/// An exact non-negative ratio (a rate, a share). Never a floating-point number.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    /// Parts per million: 5% is 50'000, 9.975% is 99'750.
    static Ratio ppm(qint64 partsPerMillion) { return Ratio {partsPerMillion, 1'000'000}; }
    /// A percentage written as text with a '.' decimal point ("9.975" -> 9975/100000).
    static Result<Ratio> fromPercentText(const QString &text);
    bool isValid() const { return numerator >= 0 && denominator > 0; }
};

/// Rounds numerator/denominator (denominator > 0) to an integer with `mode`.
/// Refused with InvalidInput when the result does not fit in 64 bits.
Result<qint64> divideRounded(qint64 numerator, qint64 denominator, RoundingMode mode);

/// An amount of money: whole minor units (cents, yen, fils) of an ISO 4217 currency.
/// Arithmetic is exact and checked: a different currency or a result that does not fit in
/// 64 bits is an error, never a silently wrong number.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    { }

    /// Decimals of a currency: 0 for JPY and KRW; 3 for KWD, BHD, JOD, OMR and TND; 2 for
    /// every other code. -1 when `code` is not three capital letters A-Z.
    static int minorDigits(const QString &code);
    static bool isCurrencyCode(const QString &code) { return minorDigits(code) >= 0; }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    /// A well-formed currency code.
    bool isValid() const { return isCurrencyCode(m_currency); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    /// Times a whole quantity (negative allowed).
    Result<Money> times(qint64 quantity) const;
    /// Times an exact ratio, rounded once with `mode`.
    Result<Money> times(Ratio ratio, RoundingMode mode = RoundingMode::HalfUp) const;

    /// Splits this amount into parts proportional to `weights` that add up to it exactly
    /// (largest remainder: every part gets its share rounded toward zero, then the units left
    /// over go one each to the parts with the largest remainders, earlier parts first on a
    /// tie). Weights must be non-negative with a positive sum.
    Result<std::vector<Money>> allocate(const std::vector<qint64> &weights) const;
    /// Splits into `parts` equal parts that add up exactly (the first parts get the extra units).
    Result<std::vector<Money>> split(int parts) const;

    /// Parses "129.50", "-3", "0.5" the same way in every locale: an optional '-', digits, and
    /// optionally '.' followed by at most as many digits as the currency has decimals.
    /// No grouping, no symbols, no exponent.
    static Result<Money> parse(const QString &text, const QString &currency);
    /// "129.50" (the inverse of parse): '.' decimal point, no grouping, no currency.
    QString toPlainString() const;
    /// For people: the locale's digits, separators and currency pattern, with the locale's
    /// symbol when the locale's own currency is this one ("$1,234.50" in en_CA for CAD) and the
    /// ISO code otherwise ("USD 1,234.50" style placement follows the locale).
    QString format(const QLocale &locale = QLocale()) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace spoke
