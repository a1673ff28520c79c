#include "core/customers/search_text.h"

namespace spoke {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x0640: // Arabic tatweel
            continue;
        case 0x0649: // alef maksura -> yeh
            kept.append(QChar(0x064A));
            continue;
        case 0x0629: // teh marbuta -> heh
            kept.append(QChar(0x0647));
            continue;
        default:
            kept.append(c);
        }
    }
    // Back to composed form so Hangul syllables index as syllables.
    // QString::toCaseFolded() folds one code unit to one: finish the full folds that
    // matter for names by hand.
    return kept.normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .replace(QChar(0x00DF), QStringLiteral("ss"));
}

QStringList searchTokens(const QString &text)
{
    const QString folded = foldForSearch(text);
    QStringList tokens;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString ftsPrefixQuery(const QStringList &tokens, const QString &column)
{
    QStringList parts;
    parts.reserve(tokens.size());
    for (const QString &t : tokens) {
        QString quoted = t;
        quoted.replace(u'"', QStringLiteral("\"\""));
        parts << QStringLiteral("\"") + quoted + QStringLiteral("\"*");
    }
    const QString all = parts.join(QStringLiteral(" AND "));
    if (column.isEmpty() || all.isEmpty())
        return all;
    return column + QStringLiteral(" : (") + all + QStringLiteral(")");
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const int d = c.digitValue();
        if (d >= 0 && d <= 9)
            out.append(QChar(u'0' + d));
    }
    return out;
}

} // namespace spoke
