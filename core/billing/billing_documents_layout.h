#pragma once

// Private to the billing documents (billing_documents*.cpp): the pieces every document is
// built from, in QTextDocument's HTML subset, in the document's locale and direction.

#include "core/billing/billing_documents.h"

#include <QCoreApplication>
#include <QSize>

namespace spoke::billingdoc {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::BillingDocuments)
};

// Colours: dark ink, muted grey for labels, soft fills. They print legibly in grey scale.
inline const QString kInk = QStringLiteral("#111827");
inline const QString kMuted = QStringLiteral("#4b5563");
inline const QString kRule = QStringLiteral("#9ca3af");
inline const QString kBar = QStringLiteral("#1f2937");
inline const QString kFill = QStringLiteral("#f3f4f6");
inline const QString kAlert = QStringLiteral("#b91c1c");
inline const QString kAlertBg = QStringLiteral("#fee2e2");

/// The letterhead's logo, decoded once: a data: URI QTextDocument renders on any thread, and
/// the size it is printed at (CSS px at 96 dpi, aspect kept).
struct Logo
{
    QString uri;
    QSize size;
    bool isNull() const { return uri.isEmpty(); }
    /// Fitted into `box` (never enlarged beyond twice its pixels).
    static Logo fromPng(const QByteArray &png, QSize box);
    QSize fittedInto(QSize box) const;
};

/// Label / value pairs; a row whose value is empty is left out.
using Rows = std::vector<std::pair<QString, QString>>;

/// Builds one document: escaping, the locale's numbers, money and dates, the direction
/// (table columns written in reverse for right-to-left, since QTextDocument mirrors text
/// but not tables), and the narrow single-column layout of an 80 mm roll.
class Page
{
public:
    Page(const Letterhead &letterhead, const Logo &logo, const QLocale &locale, const QTimeZone &zone,
        PaperFormat paper);

    bool rtl() const { return m_rtl; }
    bool narrow() const { return m_narrow; }
    const QLocale &locale() const { return m_locale; }

    static QString esc(const QString &text);
    /// Text that reads left to right wherever it stands (numbers of documents, phone
    /// numbers, e-mail, references), in a left-to-right isolate.
    static QString ltr(const QString &html);
    /// Text people typed (names, addresses, descriptions), escaped and in a first-strong
    /// isolate: it keeps its own direction inside a page of the other one ("120 King Street"
    /// on an Arabic invoice, an Arabic name on an English one). Line breaks are kept, each
    /// line isolated on its own.
    static QString data(const QString &text);
    /// A count in a %n message: "(s)" resolved when English runs untranslated, and the
    /// number in the document's digits.
    QString count(QString translated, int n) const;

    QString money(qint64 minor, const QString &currency) const;
    /// A reduction printed with a minus sign ("−$5.00"); nothing for zero.
    QString minus(qint64 minor, const QString &currency) const;
    QString number(qint64 value) const;
    /// 5% from 50'000 ppm, in the locale's digits and percent sign; exact, no rounding.
    QString percent(qint64 ppm) const;
    /// The locale's short date with a four-digit year (escaped; dateText() is not).
    QString date(const QDate &date) const;
    QString dateText(const QDate &date) const;
    /// Local date and time (minutes) of a UTC instant.
    QString dateTime(const QDateTime &utc) const;
    QString time(const QDateTime &utc) const;

    /// "left" in left-to-right, "right" in right-to-left: where a line starts.
    QString near() const;
    /// Where a line ends: numbers and totals are aligned there.
    QString far() const;
    /// A table row with its cells in reading order (reversed for right-to-left).
    QString row(QStringList cells) const;
    /// A cell; `align` "near", "far" or "center"; `attrs` more attributes (width...).
    QString cell(const QString &html, const QString &align = QStringLiteral("near"),
        const QString &attrs = QString()) const;
    /// A header cell on the dark bar.
    QString headCell(const QString &text, const QString &align = QStringLiteral("near"),
        const QString &attrs = QString()) const;

    /// <html>, <title> and <body> with the direction and the base font size.
    QString begin(const QString &title) const;
    /// The letterhead with the document's name and its key facts (label, value HTML) at the
    /// far end; in narrow layout everything stacked and centred.
    QString header(const QString &documentTitle, const Rows &facts) const;
    /// A two-column label/value table, labels muted, values at the far end when `valuesFar`.
    QString facts(const Rows &rows, bool valuesFar = false, int labelPercent = 40) const;
    /// Lines to sign on paper: a label and room to write, for each.
    QString signatures(const QStringList &labels) const;
    /// Cell padding of tables: tighter on a roll.
    int padding() const { return m_narrow ? 2 : 4; }
    /// A bold heading over a section.
    QString heading(const QString &text) const;
    /// A boxed banner (VOID, DRAFT, REFUND): big word, then lines of detail.
    QString banner(
        const QString &word, const QStringList &detailsHtml, const QString &ink, const QString &fill) const;
    /// Totals at the far end: label / amount rows; rows flagged strong are bold and ruled.
    struct TotalRow
    {
        QString label;
        QString amount;
        bool strong = false;
    };
    QString totals(const std::vector<TotalRow> &rows, const QString &besideHtml = QString()) const;
    /// The letterhead's footer (bank details, thanks) and </body></html>.
    QString end() const;

private:
    const Letterhead &m_letterhead;
    const Logo &m_logo;
    const QLocale &m_locale;
    const QTimeZone &m_zone;
    PaperFormat m_paper;
    bool m_rtl;
    bool m_narrow;
};

} // namespace spoke::billingdoc
