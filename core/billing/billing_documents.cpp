// Paper, PDF files and batch export of billing documents. The HTML of each document is built
// in billing_documents_invoice.cpp, billing_documents_payments.cpp and
// billing_documents_statement.cpp from the pieces in billing_documents_layout.cpp.

#include "core/billing/billing_documents.h"

#include "core/billing/billing_documents_layout.h"

#include <QDir>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>

namespace spoke {

using namespace billingdoc;

namespace {

// An 80 mm roll prints on 72 mm; a little paper is left before the cut.
constexpr qreal kRollWidthMm = 80;
const QMarginsF kRollMarginsMm(4, 4, 4, 8);
// Never longer than a PDF page may be (200 inches); longer content goes on to more pages.
constexpr qreal kRollMaxLengthMm = 5000;
constexpr qreal kRollMinLengthMm = 60;

} // namespace

BillingDocuments::BillingDocuments(Letterhead letterhead, QLocale locale, QTimeZone zone)
    : m_letterhead(std::move(letterhead))
    , m_locale(std::move(locale))
    , m_zone(std::move(zone))
{ }

PrintOptions BillingDocuments::printOptions(PaperFormat paper)
{
    PrintOptions options;
    if (paper == PaperFormat::Thermal80) {
        options.pageFooter = false;
        options.marginsMm = kRollMarginsMm;
    } else {
        options.marginsMm = QMarginsF(15, 12, 15, 10);
    }
    return options;
}

QPageSize BillingDocuments::pageSize(PaperFormat paper, const QString &html)
{
    switch (paper) {
    case PaperFormat::A4:
        return QPageSize(QPageSize::A4);
    case PaperFormat::Letter:
        return QPageSize(QPageSize::Letter);
    case PaperFormat::Thermal80:
        break;
    }
    const qreal printable = kRollWidthMm - kRollMarginsMm.left() - kRollMarginsMm.right();
    // Without content: an A4-long strip. With content: its height, plus the margins and a
    // millimetre or two so rounding to device pixels never pushes the last line onto a
    // second page.
    qreal length = 297;
    if (!html.isEmpty())
        length = htmlHeightMm(html, printable) + kRollMarginsMm.top() + kRollMarginsMm.bottom() + 2;
    length = std::clamp(std::ceil(length), kRollMinLengthMm, kRollMaxLengthMm);
    return QPageSize(QSizeF(kRollWidthMm, length), QPageSize::Millimeter, Tr::tr("Receipt roll 80 mm"),
        QPageSize::ExactMatch);
}

Status BillingDocuments::writePdf(const QString &html, PaperFormat paper, const QString &path)
{
    return spoke::writePdf(html, path, pageSize(paper, html), printOptions(paper));
}

Result<QStringList> exportPdfBatch(const std::vector<BatchItem> &items, PaperFormat paper,
    const QString &folder, const std::function<void(int done, int total)> &progress,
    const std::atomic_bool *cancel)
{
    if (folder.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a folder to save the PDF files in."));
    // Every name is checked before anything is written: a bad name half-way through would
    // leave a partial export behind.
    QSet<QString> names;
    for (const BatchItem &item : items) {
        const QString name = item.fileName;
        if (name.trimmed().isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")
            || name.contains(u'/') || name.contains(u'\\'))
            return makeError(
                ErrorCode::InvalidInput, Tr::tr("“%1” is not a file name for a PDF document.").arg(name));
        if (names.contains(name.toLower()))
            return makeError(
                ErrorCode::InvalidInput, Tr::tr("Two documents would both be saved as “%1”.").arg(name));
        names.insert(name.toLower());
    }

    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return makeError(ErrorCode::FolderNotWritable,
            Tr::tr("The folder %1 does not exist and could not be created.")
                .arg(QDir::toNativeSeparators(folder)));
    {
        // Permissions alone do not tell (administrators, read-only mounts): try it.
        QTemporaryFile probe(dir.filePath(QStringLiteral(".spoke-write-check-XXXXXX")));
        if (!probe.open())
            return makeError(ErrorCode::FolderNotWritable,
                Tr::tr("The folder %1 cannot be written to: %2")
                    .arg(QDir::toNativeSeparators(folder), probe.errorString()));
    }

    const int total = int(items.size());
    QStringList written;
    if (progress)
        progress(0, total);
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled,
                Tr::tr("Export cancelled: %1 of %2 documents were saved in %3.")
                    .arg(written.size())
                    .arg(total)
                    .arg(QDir::toNativeSeparators(folder)));
        const QString path = dir.filePath(items[size_t(i)].fileName);
        if (Status st = BillingDocuments::writePdf(items[size_t(i)].html, paper, path); !st)
            return makeError(st.code(),
                Tr::tr("%1 (%2 of %3 documents were saved before this.)")
                    .arg(st.error().message, QString::number(written.size()), QString::number(total)));
        written << path;
        if (progress)
            progress(i + 1, total);
    }
    return written;
}

} // namespace spoke
