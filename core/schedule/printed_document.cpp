#include "core/schedule/printed_document.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::PrintedDocument)
};

bool rightToLeft()
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

} // namespace

QPageSize::PageSizeId defaultPageSizeId(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

Status paintHtml(const QString &html, QPagedPaintDevice &device)
{
    // Laid out at 96 dpi and drawn through a scaled painter (what QTextDocument::print does
    // for paginated documents), so the px in the HTML (padding, borders) keep their size on a
    // 1200 dpi PDF and the page looks the same in the preview, on paper and in the file.
    constexpr qreal kLayoutDpi = 96;
    QImage reference(1, 1, QImage::Format_ARGB32_Premultiplied);
    reference.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    reference.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&reference);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans Arabic")});
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    const QString title = doc.metaInformation(QTextDocument::DocumentTitle);
    if (auto *pdf = dynamic_cast<QPdfWriter *>(&device)) {
        pdf->setTitle(title);
        pdf->setCreator(QStringLiteral("Spoke"));
    }

    const int dpi = device.logicalDpiY();
    const qreal scale = qreal(dpi) / kLayoutDpi;
    const QRectF paint = device.pageLayout().paintRectPixels(dpi);
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &reference).height() * 2.2;
    const QSizeF body(paint.width() / scale, paint.height() / scale - footerHeight);
    if (body.width() < 100 || body.height() < 100)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The page is too small to print on."));
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, Tr::tr("The printer or file could not be opened for printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    const bool rtl = rightToLeft();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return makeError(ErrorCode::Io, Tr::tr("The printer refused a new page."));
        painter.save();
        painter.scale(scale, scale);
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -slice.top());
        doc.drawContents(&painter, slice);
        painter.restore();

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

Status writePdf(const QString &html, const QString &path, QPageSize pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
        if (Status st = paintHtml(html, writer); !st) {
            file.cancelWriting();
            return st;
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace spoke
