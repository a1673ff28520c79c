#include "ui/print/document_printer.h"

#include "core/schedule/work_orders.h"
#include "ui/print/print_prompter.h"

#include <QDir>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace spoke::ui {

namespace {

std::optional<QPageSize::PageSizeId> &preferredSize()
{
    static std::optional<QPageSize::PageSizeId> size;
    return size;
}

void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Spoke"));
    printer.setPageSize(QPageSize(DocumentPrinter::pageSizeId()));
    printer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
}

} // namespace

QPageSize::PageSizeId DocumentPrinter::pageSizeId()
{
    return preferredSize().value_or(defaultPageSizeId(QLocale()));
}

void DocumentPrinter::setPreferredPageSize(std::optional<QPageSize::PageSizeId> size)
{
    preferredSize() = size;
}

QString DocumentPrinter::fileNameFor(const QString &title)
{
    QString name = title.simplified();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    if (name.isEmpty())
        name = tr("document");
    if (!name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name += QStringLiteral(".pdf");
    return name;
}

QPrintPreviewDialog *DocumentPrinter::preview(QWidget *parent, const QString &html, const QString &title)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    preparePrinter(*printer, title);
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print preview — %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [html, dialog](QPrinter *target) {
        if (Status st = paintHtml(html, *target); !st)
            PrintPrompter::instance().warn(dialog, tr("Print"), st.error().message);
    });
    dialog->resize(900, 1000);
    PrintPrompter &prompter = PrintPrompter::instance();
    if (prompter.isScripted()) {
        prompter.inform(nullptr, tr("Print preview"), dialog->windowTitle());
        dialog->open();
        return dialog;
    }
    dialog->exec();
    return nullptr;
}

DocumentPrinter::Outcome DocumentPrinter::print(QWidget *parent, const QString &html, const QString &title)
{
    PrintPrompter &prompter = PrintPrompter::instance();
    if (!prompter.printersAvailable()) {
        const auto answer = prompter.ask(parent, tr("Print"),
            tr("No printer is installed on this computer. Save as PDF instead?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return Outcome::Cancelled;
        return savePdf(parent, html, fileNameFor(title)).isEmpty() ? Outcome::Cancelled : Outcome::SavedAsPdf;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, title);
    if (!prompter.printDialog(parent, printer, tr("Print %1").arg(title)))
        return Outcome::Cancelled;
    if (Status st = paintHtml(html, printer); !st) {
        prompter.warn(
            parent, tr("Print"), tr("The document could not be printed: %1").arg(st.error().message));
        return Outcome::Failed;
    }
    return Outcome::Printed;
}

QString DocumentPrinter::savePdf(QWidget *parent, const QString &html, const QString &suggestedFileName)
{
    PrintPrompter &prompter = PrintPrompter::instance();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompter.saveFileName(parent, tr("Save as PDF"),
        QDir(folder).filePath(fileNameFor(suggestedFileName)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status st = writePdf(html, path, QPageSize(pageSizeId())); !st) {
        prompter.warn(parent, tr("Save as PDF"), st.error().message);
        return {};
    }
    return path;
}

} // namespace spoke::ui
