#include "ui/billing/money_input.h"

#include <QCoreApplication>

#include <limits>

namespace spoke::ui::billing_text {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::BillingText)
};

/// Removes grouping typed by habit from the whole part ("1,234,567"), only where it groups
/// thousands; anything else ("12,,5") is left for core to refuse.
QString ungrouped(const QString &whole, const QString &group)
{
    if (group.isEmpty() || !whole.contains(group))
        return whole;
    const QStringList chunks = whole.split(group);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const qsizetype size = chunks.at(i).size() - (i == 0 && chunks.at(i).startsWith(u'-') ? 1 : 0);
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return whole;
    }
    return chunks.join(QString());
}

/// The typed number in the form core parses: ASCII digits, '.' as the decimal mark, no
/// spaces or grouping.
QString normalized(const QString &input, const QLocale &locale)
{
    QString text;
    for (const QChar c : input.trimmed()) {
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0))
            continue;
        const int digit = c.digitValue();
        text += digit >= 0 ? QChar(u'0' + digit) : c;
    }
    if (text.startsWith(locale.negativeSign()) && locale.negativeSign() != QStringLiteral("-"))
        text.replace(0, locale.negativeSign().size(), QStringLiteral("-"));
    // The decimal mark: the locale's when it is there ("129,50" in French, "1.234,50" in
    // German); otherwise a '.' is always read as one ("129.50" anywhere).
    const QString point = locale.decimalPoint();
    QString mark;
    if (point != QStringLiteral(".") && text.contains(point))
        mark = point;
    else if (text.contains(u'.'))
        mark = QStringLiteral(".");
    if (!mark.isEmpty() && text.count(mark) > 1)
        return text; // not a number core reads: it says so
    const qsizetype at = mark.isEmpty() ? -1 : text.indexOf(mark);
    QString whole = at < 0 ? text : text.left(at);
    const QString group = locale.groupSeparator();
    if (group != mark && !group.isEmpty() && !group.at(0).isSpace() && group.at(0) != QChar(0x202F))
        whole = ungrouped(whole, group);
    return at < 0 ? whole : QString(whole + u'.' + text.mid(at + mark.size()));
}

QString localized(QString plain, const QLocale &locale)
{
    plain.replace(u'.', locale.decimalPoint());
    return plain;
}

} // namespace

Result<Money> parseMoney(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString plain = normalized(text, locale);
    auto parsed = Money::parse(plain, currency);
    if (plain.isEmpty() || !parsed)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("Type an amount such as %1.")
                .arg(editText(Money::minorDigits(currency) == 0 ? 1295 : 12950, currency, locale)));
    return parsed;
}

QString editText(qint64 minor, const QString &currency, const QLocale &locale)
{
    return localized(Money(minor, currency).toPlainString(), locale);
}

Result<qint64> parsePercent(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.endsWith(u'%') || text.endsWith(locale.percent()))
        text.chop(1);
    const QString plain = normalized(text, locale);
    auto ratio = Ratio::fromPercentText(plain);
    if (!ratio)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("Type a percentage such as %1.").arg(percentText(88'750, locale)));
    // The ratio is the rate itself (8.875 % is 71/800); in parts per million, ratio × 10⁶ exactly.
    const qint64 scaled = ratio->numerator * 1'000'000;
    if (ratio->numerator > std::numeric_limits<qint64>::max() / 1'000'000 || scaled % ratio->denominator != 0)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("\"%1\" has more decimals than a rate can keep (at most four).").arg(input.trimmed()));
    return scaled / ratio->denominator;
}

QString percentText(qint64 ppm, const QLocale &locale)
{
    QString digits = QString::number(ppm / 10'000);
    QString fraction = QString::number(ppm % 10'000).rightJustified(4, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        digits += u'.' + fraction;
    return localized(digits, locale);
}

Result<Discount> parseDiscount(const QString &input, const QString &currency, const QLocale &locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Discount::none();
    if (text.endsWith(u'%') || text.endsWith(locale.percent())) {
        auto ppm = parsePercent(text, locale);
        if (!ppm)
            return ppm.error();
        return *ppm == 0 ? Discount::none() : Discount::percent(*ppm);
    }
    auto amount = parseMoney(text, currency, locale);
    if (!amount)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("Type a discount as a percentage such as 10% or an amount such as %1.")
                .arg(editText(500, currency, locale)));
    return amount->isZero() ? Discount::none() : Discount::amount(amount->minor());
}

QString discountText(const Discount &discount, const QString &currency, const QLocale &locale)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        return {};
    case Discount::Kind::Percent:
        return percentText(discount.value, locale) + u'%';
    case Discount::Kind::Amount:
        return editText(discount.value, currency, locale);
    }
    return {};
}

} // namespace spoke::ui::billing_text
