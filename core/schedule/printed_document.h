#pragma once

#include "core/util/result.h"

#include <QLocale>
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

/// Lays out HTML (QTextDocument's subset) on a paged device (QPdfWriter, QPrinter), one page
/// after another, with the document's <title> and "Page n of m" at the foot of each page.
/// Fonts fall back through Noto and DejaVu so Korean and Arabic render.
Status paintHtml(const QString &html, QPagedPaintDevice &device);

/// Writes the HTML as a PDF file (atomically: an existing file is replaced only on success).
Status writePdf(const QString &html, const QString &path, QPageSize pageSize);

} // namespace spoke
