#include "ui/print/print_prompter.h"

#include <QFileDialog>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

Q_LOGGING_CATEGORY(lcPrintPrompter, "spoke.ui.print")

namespace spoke::ui {

PrintPrompter &PrintPrompter::instance()
{
    static PrintPrompter prompter;
    return prompter;
}

void PrintPrompter::clear()
{
    m_buttons.clear();
    m_files.clear();
    m_prints.clear();
    m_printers.reset();
    m_log.clear();
}

QMessageBox::StandardButton PrintPrompter::ask(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    m_log.append(text);
    if (!m_buttons.isEmpty())
        return m_buttons.dequeue();
    if (m_scripted) {
        qCWarning(lcPrintPrompter) << "unanswered question in scripted mode:" << title;
        return QMessageBox::Cancel;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void PrintPrompter::message(
    QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    m_log.append(text);
    if (m_scripted)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void PrintPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Information, parent, title, text);
}

void PrintPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Warning, parent, title, text);
}

QString PrintPrompter::saveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    m_log.append(caption);
    if (!m_files.isEmpty())
        return m_files.dequeue();
    if (m_scripted) {
        qCWarning(lcPrintPrompter) << "unanswered save dialog in scripted mode:" << caption;
        return {};
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

bool PrintPrompter::printersAvailable() const
{
    if (m_printers)
        return *m_printers;
    return !QPrinterInfo::availablePrinters().isEmpty();
}

bool PrintPrompter::printDialog(QWidget *parent, QPrinter &printer, const QString &title)
{
    m_log.append(title);
    if (!m_prints.isEmpty()) {
        const QString path = m_prints.dequeue();
        if (path.isNull())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    }
    if (m_scripted) {
        // Not the title: it names the customer, and logs never carry customer data.
        qCWarning(lcPrintPrompter) << "unanswered print dialog in scripted mode";
        return false;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace spoke::ui
