#include "core/billing/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Billing)
};

__extension__ using Int128 = __int128;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Error tooLarge()
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("The amount is too large to be handled exactly."));
}

Error badCurrency(const QString &code)
{
    return makeError(ErrorCode::InvalidInput,
        Tr::tr("\"%1\" is not a currency code (three capital letters, such as CAD).").arg(code));
}

Error mismatch(const QString &a, const QString &b)
{
    return makeError(ErrorCode::InvalidInput,
        Tr::tr("Amounts in %1 and %2 cannot be combined; every amount must be in the same currency.")
            .arg(a, b));
}

bool fits(Int128 v)
{
    return v >= Int128(kMin) && v <= Int128(kMax);
}

/// |n| / d rounded with `mode`, then signed; d > 0.
Int128 roundDiv(Int128 n, Int128 d, RoundingMode mode)
{
    const bool negative = n < 0;
    const Int128 a = negative ? -n : n;
    Int128 q = a / d;
    const Int128 r = a % d;
    const Int128 rest = d - r; // distance to the next multiple
    if (r > rest || (r == rest && (mode == RoundingMode::HalfUp || (q % 2) != 0)))
        ++q;
    return negative ? -q : q;
}

int parts10(int digits)
{
    int p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

} // namespace

Result<Ratio> Ratio::fromPercentText(const QString &text)
{
    const QString t = text.trimmed();
    qint64 numerator = 0;
    qint64 denominator = 100;
    bool seenDot = false;
    int digits = 0;
    int decimals = 0;
    for (const QChar c : t) {
        if (c == u'.' && !seenDot && digits > 0) {
            seenDot = true;
            continue;
        }
        if (c < u'0' || c > u'9' || decimals >= 9 || numerator > kMax / 10)
            return makeError(
                ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a percentage such as 9.975.").arg(text));
        numerator = numerator * 10 + (c.unicode() - u'0');
        ++digits;
        if (seenDot) {
            ++decimals;
            denominator *= 10;
        }
    }
    if (digits == 0 || t.endsWith(u'.'))
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a percentage such as 9.975.").arg(text));
    const qint64 g = std::gcd(numerator, denominator);
    return Ratio {numerator / (g ? g : 1), denominator / (g ? g : 1)};
}

Result<qint64> divideRounded(qint64 numerator, qint64 denominator, RoundingMode mode)
{
    if (denominator <= 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A rate must have a positive denominator."));
    const Int128 q = roundDiv(numerator, denominator, mode);
    if (!fits(q))
        return tooLarge();
    return qint64(q);
}

int Money::minorDigits(const QString &code)
{
    if (code.size() != 3)
        return -1;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return -1;
    }
    if (code == u"JPY" || code == u"KRW")
        return 0;
    if (code == u"KWD" || code == u"BHD" || code == u"JOD" || code == u"OMR" || code == u"TND")
        return 3;
    return 2;
}

Result<Money> Money::plus(const Money &other) const
{
    if (!isValid())
        return badCurrency(m_currency);
    if (m_currency != other.m_currency)
        return mismatch(m_currency, other.m_currency);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return tooLarge();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!isValid())
        return badCurrency(m_currency);
    if (m_currency != other.m_currency)
        return mismatch(m_currency, other.m_currency);
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return tooLarge();
    return Money(diff, m_currency);
}

Result<Money> Money::times(qint64 quantity) const
{
    if (!isValid())
        return badCurrency(m_currency);
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, quantity, &product))
        return tooLarge();
    return Money(product, m_currency);
}

Result<Money> Money::times(Ratio ratio, RoundingMode mode) const
{
    if (!isValid())
        return badCurrency(m_currency);
    if (!ratio.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A rate cannot be negative."));
    const Int128 q = roundDiv(Int128(m_minor) * ratio.numerator, ratio.denominator, mode);
    if (!fits(q))
        return tooLarge();
    return Money(qint64(q), m_currency);
}

Result<std::vector<Money>> Money::allocate(const std::vector<qint64> &weights) const
{
    if (!isValid())
        return badCurrency(m_currency);
    Int128 total = 0;
    for (const qint64 w : weights) {
        if (w < 0)
            return makeError(ErrorCode::InvalidInput, Tr::tr("A share cannot be negative."));
        total += w;
    }
    if (weights.empty() || total == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("There is nothing to split the amount by."));
    // Work on the magnitude; a negative amount is split like a positive one and negated.
    const Int128 amount = m_minor < 0 ? -Int128(m_minor) : Int128(m_minor);
    std::vector<Int128> parts(weights.size());
    std::vector<Int128> remainders(weights.size());
    Int128 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const Int128 share = amount * weights[i]; // < 2^63 * 2^63: fits in 127 bits
        parts[i] = share / total;
        remainders[i] = share % total;
        given += parts[i];
    }
    std::vector<size_t> order(weights.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (Int128 left = amount - given, k = 0; left > 0; --left, ++k)
        ++parts[order[size_t(k)]];
    std::vector<Money> out;
    out.reserve(parts.size());
    for (const Int128 p : parts)
        out.emplace_back(qint64(m_minor < 0 ? -p : p), m_currency);
    return out;
}

Result<std::vector<Money>> Money::split(int parts) const
{
    if (parts < 1)
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("An amount can only be split into one part or more."));
    return allocate(std::vector<qint64>(size_t(parts), 1));
}

Result<Money> Money::parse(const QString &text, const QString &currency)
{
    const int digitsAllowed = minorDigits(currency);
    if (digitsAllowed < 0)
        return badCurrency(currency);
    const QString t = text.trimmed();
    const auto notAmount = [&] {
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not an amount; write it like 129.50 (digits and one '.').").arg(text));
    };
    int i = 0;
    const bool negative = t.startsWith(u'-');
    if (negative)
        ++i;
    Int128 value = 0;
    int whole = 0;
    int decimals = -1; // -1: no '.' yet
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'.' && decimals < 0 && whole > 0) {
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return notAmount();
        if (decimals >= 0) {
            if (++decimals > digitsAllowed) {
                return makeError(ErrorCode::InvalidInput,
                    digitsAllowed == 0
                        ? Tr::tr("%1 has no decimals; \"%2\" cannot be charged exactly.").arg(currency, text)
                        : Tr::tr("%1 has %n decimal(s); \"%2\" has more.", nullptr, digitsAllowed)
                              .arg(currency, text));
            }
        } else {
            ++whole;
        }
        value = value * 10 + (c.unicode() - u'0');
        if (value > Int128(kMax))
            return tooLarge();
    }
    if (whole == 0 || decimals == 0)
        return notAmount();
    for (int d = std::max(decimals, 0); d < digitsAllowed; ++d)
        value *= 10;
    if (value > Int128(kMax))
        return tooLarge();
    return Money(qint64(negative ? -value : value), currency);
}

QString Money::toPlainString() const
{
    const int digits = std::max(minorDigits(m_currency), 0);
    const Int128 a = m_minor < 0 ? -Int128(m_minor) : Int128(m_minor);
    const int scale = parts10(digits);
    QString out = QString::number(qulonglong(a / scale));
    if (digits > 0)
        out += u'.' + QString::number(qulonglong(a % scale)).rightJustified(digits, u'0');
    return m_minor < 0 ? u'-' + out : out;
}

QString Money::format(const QLocale &locale) const
{
    const int digits = std::max(minorDigits(m_currency), 0);
    const Int128 a = m_minor < 0 ? -Int128(m_minor) : Int128(m_minor);
    const int scale = parts10(digits);
    // The whole part in the locale's digits with grouping; the decimals digit by digit.
    QString number = locale.toString(qulonglong(a / scale));
    if (digits > 0) {
        QString fraction = locale.toString(qulonglong(a % scale));
        const QString zero = locale.zeroDigit();
        while (fraction.size() < digits * zero.size())
            fraction.prepend(zero);
        number += locale.decimalPoint() + fraction;
    }
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency;
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : m_currency;
    // The locale's currency pattern (symbol before or after, spacing, minus or brackets),
    // learned from formatting the integer 1 and putting the exact number in its place.
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), symbol);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0) // cannot happen with Qt's data; stay readable anyway
        return QString((m_minor < 0 ? QStringLiteral("-") : QString()) + number + u'\u00a0' + m_currency);
    pattern.replace(at, one.size(), number);
    if (!own) {
        // An ISO code needs a space where a symbol would touch the digits ("USD 12.00").
        const qsizetype s = pattern.indexOf(symbol);
        const qsizetype after = s + symbol.size();
        if (after < pattern.size() && !pattern.at(after).isSpace())
            pattern.insert(after, u'\u00a0');
        else if (s > 0 && !pattern.at(s - 1).isSpace())
            pattern.insert(s, u'\u00a0');
    }
    return pattern;
}

} // namespace spoke
