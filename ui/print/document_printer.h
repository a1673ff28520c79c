#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <optional>

class QPrintPreviewDialog;
class QWidget;

namespace spoke::ui {

/// Prints, previews and saves as PDF a document made of HTML (a work order, a route sheet,
/// an invoice), laid out by core's paintHtml() so the preview, the paper and the PDF are the
/// same pages. Every dialog goes through PrintPrompter, so tests never block.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::DocumentPrinter)
public:
    enum class Outcome { Printed, SavedAsPdf, Cancelled, Failed };

    /// The paper a printout starts on: the one set with setPreferredPageSize() (the app's
    /// setting), else US Letter or A4 by the locale's measurement system.
    static QPageSize::PageSizeId pageSizeId();
    static void setPreferredPageSize(std::optional<QPageSize::PageSizeId> size);

    /// The print preview (QPrintPreviewDialog), from which the person may print. In scripted
    /// mode the dialog is opened without blocking and returned, so a test can look at it and
    /// close it; otherwise it runs modally and nullptr is returned.
    static QPrintPreviewDialog *preview(QWidget *parent, const QString &html, const QString &title);
    /// The print dialog, then printing. Without any installed printer it says so and offers
    /// to save a PDF instead.
    static Outcome print(QWidget *parent, const QString &html, const QString &title);
    /// Asks where to save (suggesting `suggestedFileName` in Documents) and writes the PDF.
    /// Returns the file written, or an empty string when cancelled or failed (the failure is
    /// shown).
    static QString savePdf(QWidget *parent, const QString &html, const QString &suggestedFileName);

    /// A file name made from a document title: characters file systems refuse become "-",
    /// and ".pdf" is added.
    static QString fileNameFor(const QString &title);
};

} // namespace spoke::ui
