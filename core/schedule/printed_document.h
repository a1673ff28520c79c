#pragma once

#include "core/util/result.h"

#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace spoke {

// Printed documents made of HTML in the subset QTextDocument renders: work orders and
// route sheets now, invoices and receipts next. The same layout feeds the print preview, the
// printer and PDF files, so all three show the same pages.

/// The page size a printout defaults to in a locale: US Letter where the US customary
/// measurement system is used, A4 elsewhere.
QPageSize::PageSizeId defaultPageSizeId(const QLocale &locale);

/// How a document is put on paper. The defaults are those of work orders and sheets.
struct PrintOptions
{
    /// The document's <title> and "Page n of m" at the foot of each page. Off for a
    /// continuous roll (thermal receipts), where the whole document is one page.
    bool pageFooter = true;
    /// Direction of the page footer. Auto: the HTML's own (dir="rtl" on <body>), else the
    /// default locale's.
    Qt::LayoutDirection direction = Qt::LayoutDirectionAuto;
    /// Page margins writePdf() sets (paintHtml() uses the device's own).
    QMarginsF marginsMm {14, 12, 14, 10};
};

/// Lays out HTML (QTextDocument's subset) on a paged device (QPdfWriter, QPrinter), one page
/// after another, with the document's <title> and "Page n of m" at the foot of each page.
/// Fonts fall back through Noto and DejaVu so Korean and Arabic render. Images may be
/// embedded as data: URIs (<img src="data:image/png;base64,...">). Works on any thread.
Status paintHtml(const QString &html, QPagedPaintDevice &device, const PrintOptions &options = {});

/// Writes the HTML as a PDF file (atomically: an existing file is replaced only on success).
Status writePdf(
    const QString &html, const QString &path, QPageSize pageSize, const PrintOptions &options = {});

/// The height in millimetres the HTML takes laid out `widthMm` wide, as paintHtml() lays it
/// out (for paper cut to the content, such as an 80 mm receipt roll).
qreal htmlHeightMm(const QString &html, qreal widthMm);

} // namespace spoke
