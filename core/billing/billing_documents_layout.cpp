#include "core/billing/billing_documents_layout.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>

namespace spoke::billingdoc {

namespace {

/// The Arabic letter mark (U+061C) Qt's Arabic locales put in numbers, money and percent
/// signs is in none of the document fonts: the fallback font it pulls in makes its line half
/// as tall again, so an amount sits lower than its neighbours. The right-to-left mark does
/// the same job for the bidi algorithm and is in the fonts.
QString bidiMarks(QString text)
{
    text.replace(QChar(0x061C), QChar(0x200F));
    return text;
}

} // namespace

Logo Logo::fromPng(const QByteArray &png, QSize box)
{
    Logo logo;
    if (png.isEmpty())
        return logo;
    // Only the header is read here (the size); QTextDocument decodes the image when it lays
    // the page out, as a QImage on a worker thread.
    QByteArray bytes = png;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return logo;
    logo.size = size;
    logo.uri = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    logo.size = logo.fittedInto(box);
    return logo;
}

QSize Logo::fittedInto(QSize box) const
{
    QSize out = size;
    // Small logos may be doubled (a 64 px logo on a 96 dpi page is tiny), never more.
    const QSize limit(std::min(box.width(), size.width() * 2), std::min(box.height(), size.height() * 2));
    return out.scaled(limit, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

Page::Page(const Letterhead &letterhead, const Logo &logo, const QLocale &locale, const QTimeZone &zone,
    PaperFormat paper)
    : m_letterhead(letterhead)
    , m_logo(logo)
    , m_locale(locale)
    , m_zone(zone)
    , m_paper(paper)
    , m_rtl(locale.textDirection() == Qt::RightToLeft)
    , m_narrow(paper == PaperFormat::Thermal80)
{ }

QString Page::esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Page::ltr(const QString &html)
{
    if (html.isEmpty())
        return html;
    return QChar(0x2066) + html + QChar(0x2069);
}

QString Page::data(const QString &text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines) {
        line = line.trimmed();
        if (!line.isEmpty())
            line = QChar(0x2068) + esc(line) + QChar(0x2069);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString Page::count(QString translated, int n) const
{
    translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    const QString plain = QString::number(n);
    if (const qsizetype at = translated.indexOf(plain); at >= 0)
        translated.replace(at, plain.size(), m_locale.toString(n));
    return esc(translated);
}

QString Page::money(qint64 minor, const QString &currency) const
{
    return esc(bidiMarks(Money(minor, currency).format(m_locale)));
}

QString Page::minus(qint64 minor, const QString &currency) const
{
    if (minor == 0)
        return QString();
    return money(-minor, currency);
}

QString Page::number(qint64 value) const
{
    return esc(bidiMarks(m_locale.toString(qlonglong(value))));
}

QString Page::percent(qint64 ppm) const
{
    // 9.975% is 99'750 ppm: whole percent 9, then up to four decimals without trailing zeros.
    const qint64 whole = ppm / 10'000;
    QString decimals = QStringLiteral("%1").arg(ppm % 10'000, 4, 10, QLatin1Char('0'));
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    QString text = m_locale.toString(qlonglong(whole));
    if (!decimals.isEmpty()) {
        const QString zero = m_locale.zeroDigit();
        QString digits;
        for (const QChar c : std::as_const(decimals)) {
            const int d = c.unicode() - u'0';
            digits += zero.size() == 1 ? QString(QChar(zero.at(0).unicode() + d)) : QString(c);
        }
        text += m_locale.decimalPoint() + digits;
    }
    // French and German put a narrow no-break space before the sign ("5 %").
    const bool spaced = m_locale.language() == QLocale::French || m_locale.language() == QLocale::German;
    return esc(bidiMarks(text + (spaced ? QString(QChar(0x202f)) : QString()) + m_locale.percent()));
}

QString Page::date(const QDate &d) const
{
    return esc(dateText(d));
}

QString Page::dateText(const QDate &d) const
{
    if (!d.isValid())
        return QString();
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return bidiMarks(m_locale.toString(d, format));
}

QString Page::time(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    QString format = m_locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return esc(bidiMarks(m_locale.toString(utc.toTimeZone(m_zone).time(), format)));
}

QString Page::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    return Tr::tr("%1 %2", "date and time").arg(date(utc.toTimeZone(m_zone).date()), time(utc));
}

QString Page::near() const
{
    return m_rtl ? QStringLiteral("right") : QStringLiteral("left");
}

QString Page::far() const
{
    return m_rtl ? QStringLiteral("left") : QStringLiteral("right");
}

QString Page::row(QStringList cells) const
{
    if (m_rtl)
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

QString Page::cell(const QString &html, const QString &align, const QString &attrs) const
{
    const QString a = align == QLatin1String("near") ? near() : align == QLatin1String("far") ? far() : align;
    return QStringLiteral("<td align=\"%1\" valign=\"top\"%2>%3</td>")
        .arg(a, attrs.isEmpty() ? QString() : QString(u' ' + attrs), html);
}

QString Page::headCell(const QString &text, const QString &align, const QString &attrs) const
{
    return cell(QStringLiteral("<span style=\"color: #ffffff; font-weight: bold;\">%1</span>").arg(esc(text)),
        align,
        QString(QStringLiteral("bgcolor=\"%1\"").arg(kBar) + (attrs.isEmpty() ? QString() : u' ' + attrs)));
}

QString Page::begin(const QString &title) const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                          "<body%2 style=\"font-size: %3pt; color: %4;\">")
        .arg(esc(title), m_rtl ? QStringLiteral(" dir=\"rtl\"") : QString(),
            m_narrow ? QStringLiteral("8") : QStringLiteral("9"), kInk);
}

QString Page::header(const QString &documentTitle, const Rows &facts) const
{
    QStringList who;
    if (!m_logo.isNull())
        who << QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                   .arg(m_logo.uri)
                   .arg(m_logo.size.width())
                   .arg(m_logo.size.height());
    if (!m_letterhead.businessName.trimmed().isEmpty())
        who << QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold;\">%2</span>")
                   .arg(m_narrow ? QStringLiteral("11") : QStringLiteral("15"),
                       data(m_letterhead.businessName));
    QStringList details;
    if (!m_letterhead.address.trimmed().isEmpty())
        details << data(m_letterhead.address);
    QStringList contact;
    for (const QString &c : {m_letterhead.phone, m_letterhead.email})
        if (!c.trimmed().isEmpty())
            contact << ltr(esc(c.trimmed()));
    if (!contact.isEmpty())
        details << contact.join(m_narrow ? QStringLiteral("<br>") : QStringLiteral(" · "));
    if (!m_letterhead.taxIds.trimmed().isEmpty())
        details << data(m_letterhead.taxIds);
    if (!details.isEmpty())
        who << QStringLiteral("<span style=\"color: %1;\">%2</span>")
                   .arg(kMuted, details.join(QStringLiteral("<br>")));

    const QString titleHtml
        = QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold; color: %2;\">%3</span>")
              .arg(m_narrow ? QStringLiteral("13") : QStringLiteral("20"), kBar, esc(documentTitle));
    QString factsHtml;
    Rows present;
    for (const auto &f : facts)
        if (!f.second.isEmpty())
            present.push_back(f);
    if (!present.empty()) {
        factsHtml
            = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\"%1>")
                  .arg(m_narrow ? QStringLiteral(" width=\"100%\"") : QString(u" align=\"" + far() + u'"'));
        for (const auto &[label, value] : present)
            factsHtml
                += row({cell(QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(kMuted, esc(label)),
                            QStringLiteral("near")),
                    cell(QStringLiteral("<b>%1</b>").arg(value), QStringLiteral("far"))});
        factsHtml += QStringLiteral("</table>");
    }

    if (m_narrow) {
        return QStringLiteral(
            "<p align=\"center\">%1</p><hr><p align=\"center\" style=\"margin-bottom: 4px;\">%2</p>%3<hr>")
            .arg(who.join(QStringLiteral("<br>")), titleHtml, factsHtml);
    }
    const QString whoCell
        = cell(who.join(QStringLiteral("<br>")), QStringLiteral("near"), QStringLiteral("width=\"55%\""));
    const QString whatCell = cell(QString(titleHtml + QStringLiteral("<br>") + factsHtml),
        QStringLiteral("far"), QStringLiteral("width=\"45%\""));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
        + row({whoCell, whatCell}) + QStringLiteral("</table><hr>");
}

QString Page::facts(const Rows &rows, bool valuesFar, int labelPercent) const
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    int shown = 0;
    for (const auto &[label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        html += row({cell(QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(kMuted, esc(label)),
                         QStringLiteral("near"), QStringLiteral("width=\"%1%\"").arg(labelPercent)),
            cell(value, valuesFar ? QStringLiteral("far") : QStringLiteral("near"))});
        ++shown;
    }
    return shown == 0 ? QString() : QString(html + QStringLiteral("</table>"));
}

QString Page::signatures(const QStringList &labels) const
{
    // Tall rows with a rule to write on: a signature needs about 12 mm.
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 14px;\">");
    for (const QString &label : labels)
        html += row({cell(QStringLiteral("<br><br>%1").arg(esc(label)), QStringLiteral("near"),
                         QStringLiteral("width=\"%1%\"").arg(m_narrow ? 40 : 22)),
            cell(QStringLiteral("<br><br><span style=\"color: %1;\">%2</span>")
                     .arg(kRule, QString(m_narrow ? 24 : 48, u'_')),
                QStringLiteral("near"))});
    return html + QStringLiteral("</table>");
}

QString Page::heading(const QString &text) const
{
    return QStringLiteral(
        "<p style=\"margin-top: 10px; margin-bottom: 3px; font-size: %1pt; font-weight: bold;\">%2</p>")
        .arg(m_narrow ? QStringLiteral("8.5") : QStringLiteral("10"), esc(text));
}

QString Page::banner(
    const QString &word, const QStringList &detailsHtml, const QString &ink, const QString &fill) const
{
    return QStringLiteral(
        "<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"6\" "
        "style=\"border-collapse: collapse; border-color: %1; border-style: solid; margin-top: 6px; "
        "margin-bottom: 6px;\"><tr><td align=\"center\" bgcolor=\"%2\"><span style=\"font-size: %3pt; "
        "font-weight: bold; color: %1;\">%4</span>%5</td></tr></table>")
        .arg(ink, fill, m_narrow ? QStringLiteral("18") : QStringLiteral("28"), esc(word),
            detailsHtml.isEmpty()
                ? QString()
                : QString(QStringLiteral("<br><span style=\"color: %1; font-weight: bold;\">").arg(ink)
                    + detailsHtml.join(QStringLiteral("<br>")) + QStringLiteral("</span>")));
}

QString Page::totals(const std::vector<TotalRow> &rows, const QString &besideHtml) const
{
    QString inner
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(m_narrow ? 2 : 3);
    for (const TotalRow &r : rows) {
        if (r.amount.isEmpty())
            continue;
        const QString attrs = r.strong ? QStringLiteral("bgcolor=\"%1\"").arg(kFill) : QString();
        const QString label = r.strong ? QStringLiteral("<b>%1</b>").arg(esc(r.label)) : esc(r.label);
        const QString amount = r.strong ? QStringLiteral("<b>%1</b>").arg(r.amount) : r.amount;
        inner
            += row({cell(label, QStringLiteral("near"), attrs), cell(amount, QStringLiteral("far"), attrs)});
    }
    inner += QStringLiteral("</table>");
    if (m_narrow)
        return inner + besideHtml;
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 8px;\">")
        + row({cell(besideHtml, QStringLiteral("near"), QStringLiteral("width=\"55%\"")),
            cell(inner, QStringLiteral("far"), QStringLiteral("width=\"45%\""))})
        + QStringLiteral("</table>");
}

QString Page::end() const
{
    QString html;
    if (!m_letterhead.footer.trimmed().isEmpty())
        html += QStringLiteral("<hr><p align=\"center\" style=\"color: %1; font-size: %2pt;\">%3</p>")
                    .arg(kMuted, m_narrow ? QStringLiteral("7.5") : QStringLiteral("8"),
                        data(m_letterhead.footer));
    return html + QStringLiteral("</body></html>");
}

} // namespace spoke::billingdoc
