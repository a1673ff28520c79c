#pragma once

#include "core/billing/billing_types.h"
#include "core/schedule/printed_document.h"
#include "core/util/result.h"

#include <QLocale>
#include <QPageSize>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace spoke {

/// Paper a billing document is laid out for. Thermal80 is a continuous 80 mm roll
/// (72 mm printable): one narrow column, no page breaks, for receipts and cash-ups.
enum class PaperFormat { A4, Letter, Thermal80 };

/// Turns billing views into printable HTML (QTextDocument's subset) in the document's
/// language and direction: invoices, credit notes, receipts, statements and the daily
/// cash-up, with the letterhead (logo, address, tax ids) and footer.
class BillingDocuments
{
public:
    /// locale: language, number and date formats, and direction (Arabic is right to left).
    BillingDocuments(Letterhead letterhead, QLocale locale, QTimeZone zone);

    QString invoiceHtml(const InvoiceView &invoice, PaperFormat paper) const; ///< also credit notes
    QString receiptHtml(const PaymentView &payment, PaperFormat paper) const; ///< also refunds
    QString statementHtml(const Statement &statement, PaperFormat paper) const;
    QString cashUpHtml(const CashUp &cashUp, PaperFormat paper) const;

    /// The page size for a paper format (Thermal80: 80 mm wide, tall enough for the content).
    static QPageSize pageSize(PaperFormat paper, const QString &html = QString());
    /// Writes one document as a PDF file (atomically).
    static Status writePdf(const QString &html, PaperFormat paper, const QString &path);
    /// How paintHtml() and writePdf() put a document on this paper (margins; no page footer
    /// on a roll), for the print preview and the printer.
    static PrintOptions printOptions(PaperFormat paper);

private:
    Letterhead m_letterhead;
    QLocale m_locale;
    QTimeZone m_zone;
};

/// Exports many documents to PDF files, one per document, reporting progress and stopping
/// at the next document when cancelled. Safe to run on a worker thread (it paints with
/// QPdfWriter only). Returns the files written; a cancelled run keeps the files finished
/// so far and returns ErrorCode::Cancelled.
struct BatchItem
{
    QString html;
    QString fileName; ///< in the target folder, e.g. "INV-000123.pdf"
};
Result<QStringList> exportPdfBatch(const std::vector<BatchItem> &items, PaperFormat paper,
    const QString &folder, const std::function<void(int done, int total)> &progress,
    const std::atomic_bool *cancel);

} // namespace spoke
