#pragma once

#include "core/billing/billing_documents.h"
#include "ui/print/document_printer.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QPrintPreviewDialog;
class QWidget;

namespace spoke::ui {

/// Prints, previews and saves billing documents on the paper they were laid out for (A4,
/// US Letter or an 80 mm receipt roll). Every dialog goes through PrintPrompter (ui/print),
/// so tests never block; with no printer installed, printing says so and offers a PDF.
class BillingPrint
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::BillingPrint)
public:
    enum class Output { Preview, Print, Pdf };
    using Outcome = DocumentPrinter::Outcome;

    /// A4 or Letter: the app's paper setting, else what the locale uses.
    static PaperFormat defaultPaper();
    static QString paperName(PaperFormat paper);
    /// A paper chooser: A4 and Letter, and the 80 mm roll when `thermal`; starts on `current`.
    static QComboBox *paperCombo(QWidget *parent, bool thermal, PaperFormat current);
    static PaperFormat paperOf(const QComboBox *combo);

    /// The print preview. In scripted mode it is opened without blocking and returned.
    static QPrintPreviewDialog *preview(
        QWidget *parent, const QString &html, PaperFormat paper, const QString &title);
    /// The print dialog, then printing; without a printer, offers a PDF instead.
    static Outcome print(QWidget *parent, const QString &html, PaperFormat paper, const QString &title);
    /// Asks where to save (in Documents) and writes the PDF; the file written, or empty.
    static QString savePdf(QWidget *parent, const QString &html, PaperFormat paper, const QString &title);
    /// One of the three (a preview that was shown counts as Printed).
    static Outcome send(
        QWidget *parent, const QString &html, PaperFormat paper, const QString &title, Output output);
};

} // namespace spoke::ui
