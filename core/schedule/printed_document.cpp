#include "core/schedule/printed_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::PrintedDocument)
};

// Laid out at 96 dpi and drawn through a scaled painter (what QTextDocument::print does for
// paginated documents), so the px in the HTML (padding, borders) keep their size on a 1200 dpi
// PDF and the page looks the same in the preview, on paper and in the file.
constexpr qreal kLayoutDpi = 96;

QImage layoutReference()
{
    QImage reference(1, 1, QImage::Format_ARGB32_Premultiplied);
    reference.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    reference.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    return reference;
}

QFont documentFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans Arabic")});
    font.setPointSizeF(9.5);
    return font;
}

void prepare(QTextDocument &doc, QImage &reference, const QString &html)
{
    doc.documentLayout()->setPaintDevice(&reference);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(documentFont());
    doc.setHtml(html);
}

/// The direction the HTML states (dir="rtl" on <body> reaches every block), else the
/// default locale's.
bool rightToLeft(const QTextDocument &doc, Qt::LayoutDirection asked)
{
    if (asked != Qt::LayoutDirectionAuto)
        return asked == Qt::RightToLeft;
    int looked = 0;
    for (QTextBlock b = doc.begin(); b.isValid() && looked < 64; b = b.next(), ++looked) {
        const QTextBlockFormat format = b.blockFormat();
        if (format.hasProperty(QTextFormat::LayoutDirection)
            && format.layoutDirection() != Qt::LayoutDirectionAuto)
            return format.layoutDirection() == Qt::RightToLeft;
    }
    return QLocale().textDirection() == Qt::RightToLeft;
}

} // namespace

QPageSize::PageSizeId defaultPageSizeId(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status paintHtml(const QString &html, QPagedPaintDevice &device, const PrintOptions &options)
{
    QImage reference = layoutReference();
    QTextDocument doc;
    prepare(doc, reference, html);
    const QString title = doc.metaInformation(QTextDocument::DocumentTitle);
    if (auto *pdf = dynamic_cast<QPdfWriter *>(&device)) {
        pdf->setTitle(title);
        pdf->setCreator(QStringLiteral("Spoke"));
    }

    const int dpi = device.logicalDpiY();
    const qreal scale = qreal(dpi) / kLayoutDpi;
    const QRectF paint = device.pageLayout().paintRectPixels(dpi);
    QFont footerFont = documentFont();
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = options.pageFooter ? QFontMetricsF(footerFont, &reference).height() * 2.2 : 0;
    const QSizeF body(paint.width() / scale, paint.height() / scale - footerHeight);
    if (body.width() < 100 || body.height() < 100)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The page is too small to print on."));
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, Tr::tr("The printer or file could not be opened for printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    const bool rtl = rightToLeft(doc, options.direction);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return makeError(ErrorCode::Io, Tr::tr("The printer refused a new page."));
        painter.save();
        painter.scale(scale, scale);
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -slice.top());
        doc.drawContents(&painter, slice);
        painter.restore();
        if (!options.pageFooter)
            continue;

        // The footer, in device pixels with a point-sized font (the painter is not scaled).
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        const qreal top = paint.height() - footerHeight * scale * 0.6;
        painter.drawLine(QPointF(0, top), QPointF(paint.width(), top));
        const QRectF text(0, top, paint.width(), paint.height() - top);
        // The title at the start of the line, the page number at its end (mirrored in RTL).
        const Qt::Alignment start = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
        const Qt::Alignment end = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
        painter.drawText(text, start | Qt::AlignVCenter, title);
        painter.drawText(text, end | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, Tr::tr("The document could not be finished."));
    return {};
}

Status writePdf(const QString &html, const QString &path, QPageSize pageSize, const PrintOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageMargins(options.marginsMm, QPageLayout::Millimeter);
        if (Status st = paintHtml(html, writer, options); !st) {
            file.cancelWriting();
            return st;
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

qreal htmlHeightMm(const QString &html, qreal widthMm)
{
    QImage reference = layoutReference();
    QTextDocument doc;
    prepare(doc, reference, html);
    doc.setTextWidth(widthMm / 25.4 * kLayoutDpi);
    return doc.size().height() / kLayoutDpi * 25.4;
}

} // namespace spoke
