#include "ui/settings/money_text.h"

#include <limits>

namespace spoke::ui::money_text {

int decimals(const QString &currency)
{
    static const QStringList none {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
        QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"),
        QStringLiteral("KRW"), QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"),
        QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
        QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
        QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    const QString code = currency.toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString format(qint64 minor, const QString &currency, const QLocale &locale, bool grouped)
{
    const int places = decimals(currency);
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    // Work on the magnitude as unsigned so the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const quint64 whole = magnitude / quint64(scale);
    const quint64 fraction = magnitude % quint64(scale);
    QLocale l = locale;
    l.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString text = l.toString(whole);
    if (places > 0) {
        QString digits = QString::number(fraction).rightJustified(places, u'0');
        // The locale's own digits (Arabic-Indic, ...) for the fraction too.
        const QString zero = l.zeroDigit();
        if (zero != QStringLiteral("0")) {
            QString local;
            for (QChar c : digits)
                local += l.toString(c.digitValue());
            digits = local;
        }
        text += l.decimalPoint() + digits;
    }
    return negative ? l.negativeSign() + text : text;
}

std::optional<qint64> parse(const QString &input, const QString &currency, const QLocale &locale)
{
    const int places = decimals(currency);
    QString text = input.trimmed();
    // Whatever currency marks people type around the number.
    for (const QString &mark : {locale.currencySymbol(QLocale::CurrencySymbol),
             locale.currencySymbol(QLocale::CurrencyIsoCode), currency})
        if (!mark.isEmpty())
            text.remove(mark, Qt::CaseInsensitive);
    text.remove(u'$');
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(locale.negativeSign()) || text.startsWith(u'-')) {
        negative = true;
        text = text.mid(text.startsWith(u'-') ? 1 : locale.negativeSign().size()).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;

    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // The locale's decimal mark; a '.' too when it cannot be a group separator here.
    qsizetype at = text.lastIndexOf(point);
    if (at < 0 && point != QStringLiteral(".") && group != QStringLiteral("."))
        at = text.lastIndexOf(u'.');
    const QString wholePart = at < 0 ? text : text.left(at);
    const QString fractionPart = at < 0 ? QString() : text.mid(at + 1);

    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 10 - 10;
    qint64 value = 0;
    int digits = 0;
    for (QChar c : wholePart) {
        const int d = c.digitValue();
        if (d >= 0) {
            if (value > kMax)
                return std::nullopt;
            value = value * 10 + d;
            ++digits;
        } else if (QString(c) == group || c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0)) {
            continue; // grouping, including narrow and non-breaking spaces
        } else {
            return std::nullopt;
        }
    }
    int fractionDigits = 0;
    for (QChar c : fractionPart) {
        const int d = c.digitValue();
        if (d < 0)
            return std::nullopt;
        if (fractionDigits >= places) {
            if (d != 0)
                return std::nullopt; // more precision than the currency has
            continue;
        }
        if (value > kMax)
            return std::nullopt;
        value = value * 10 + d;
        ++fractionDigits;
        ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    for (; fractionDigits < places; ++fractionDigits) {
        if (value > kMax)
            return std::nullopt;
        value *= 10;
    }
    return negative ? -value : value;
}

} // namespace spoke::ui::money_text
