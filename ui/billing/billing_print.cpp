#include "ui/billing/billing_print.h"

#include "core/schedule/printed_document.h"
#include "ui/print/print_prompter.h"

#include <QComboBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace spoke::ui {

namespace {

void preparePrinter(QPrinter &printer, const QString &html, PaperFormat paper, const QString &title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Spoke"));
    // The page and margins core lays the document out for (a roll is cut to the content).
    printer.setPageSize(BillingDocuments::pageSize(paper, html));
    printer.setPageMargins(BillingDocuments::printOptions(paper).marginsMm, QPageLayout::Millimeter);
}

} // namespace

PaperFormat BillingPrint::defaultPaper()
{
    return DocumentPrinter::pageSizeId() == QPageSize::Letter ? PaperFormat::Letter : PaperFormat::A4;
}

QString BillingPrint::paperName(PaperFormat paper)
{
    switch (paper) {
    case PaperFormat::A4:
        return tr("A4");
    case PaperFormat::Letter:
        return tr("US Letter");
    case PaperFormat::Thermal80:
        return tr("80 mm receipt");
    }
    return {};
}

QComboBox *BillingPrint::paperCombo(QWidget *parent, bool thermal, PaperFormat current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("paperCombo"));
    combo->setAccessibleName(tr("Paper"));
    if (thermal)
        combo->addItem(paperName(PaperFormat::Thermal80), int(PaperFormat::Thermal80));
    combo->addItem(paperName(PaperFormat::A4), int(PaperFormat::A4));
    combo->addItem(paperName(PaperFormat::Letter), int(PaperFormat::Letter));
    combo->setCurrentIndex(qMax(0, combo->findData(int(current))));
    return combo;
}

PaperFormat BillingPrint::paperOf(const QComboBox *combo)
{
    return PaperFormat(combo->currentData().toInt());
}

QPrintPreviewDialog *BillingPrint::preview(
    QWidget *parent, const QString &html, PaperFormat paper, const QString &title)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    preparePrinter(*printer, html, paper, title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print preview — %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    QObject::connect(
        dialog, &QPrintPreviewDialog::paintRequested, dialog, [html, paper, dialog](QPrinter *target) {
            if (Status st = paintHtml(html, *target, BillingDocuments::printOptions(paper)); !st)
                PrintPrompter::instance().warn(dialog, tr("Print"), st.error().message);
        });
    dialog->resize(paper == PaperFormat::Thermal80 ? 520 : 900, 1000);
    PrintPrompter &prompter = PrintPrompter::instance();
    if (prompter.isScripted()) {
        prompter.inform(nullptr, tr("Print preview"), dialog->windowTitle());
        dialog->open();
        return dialog;
    }
    dialog->exec();
    return nullptr;
}

BillingPrint::Outcome BillingPrint::print(
    QWidget *parent, const QString &html, PaperFormat paper, const QString &title)
{
    PrintPrompter &prompter = PrintPrompter::instance();
    if (!prompter.printersAvailable()) {
        const auto answer = prompter.ask(parent, tr("Print"),
            tr("No printer is installed on this computer. Save as PDF instead?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return Outcome::Cancelled;
        return savePdf(parent, html, paper, title).isEmpty() ? Outcome::Cancelled : Outcome::SavedAsPdf;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, html, paper, title);
    if (!prompter.printDialog(parent, printer, tr("Print %1").arg(title)))
        return Outcome::Cancelled;
    if (Status st = paintHtml(html, printer, BillingDocuments::printOptions(paper)); !st) {
        prompter.warn(
            parent, tr("Print"), tr("The document could not be printed: %1").arg(st.error().message));
        return Outcome::Failed;
    }
    return Outcome::Printed;
}

QString BillingPrint::savePdf(QWidget *parent, const QString &html, PaperFormat paper, const QString &title)
{
    PrintPrompter &prompter = PrintPrompter::instance();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompter.saveFileName(parent, tr("Save as PDF"),
        QDir(folder).filePath(DocumentPrinter::fileNameFor(title)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status st = BillingDocuments::writePdf(html, paper, path); !st) {
        prompter.warn(parent, tr("Save as PDF"), st.error().message);
        return {};
    }
    return path;
}

BillingPrint::Outcome BillingPrint::send(
    QWidget *parent, const QString &html, PaperFormat paper, const QString &title, Output output)
{
    switch (output) {
    case Output::Preview:
        preview(parent, html, paper, title);
        return Outcome::Printed;
    case Output::Print:
        return print(parent, html, paper, title);
    case Output::Pdf:
        return savePdf(parent, html, paper, title).isEmpty() ? Outcome::Cancelled : Outcome::SavedAsPdf;
    }
    return Outcome::Cancelled;
}

} // namespace spoke::ui
