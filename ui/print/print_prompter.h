#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <optional>

class QPrinter;
class QWidget;

namespace spoke::ui {

/// The questions, messages and file and print dialogs of printing and exporting documents,
/// so tests can answer in advance and never block on a modal dialog (KeePassXC's MessageBox
/// habit; the same shape as the shell's Prompter, which screen libraries cannot link). In
/// scripted mode a dialog with no queued answer is cancelled and logged, never shown.
class PrintPrompter
{
public:
    static PrintPrompter &instance();

    // --- for tests
    void setScripted(bool scripted) { m_scripted = scripted; }
    bool isScripted() const { return m_scripted; }
    void queueButton(QMessageBox::StandardButton button) { m_buttons.enqueue(button); }
    /// The answer of the next save dialog; a null QString answers "Cancel".
    void queueFileName(const QString &path) { m_files.enqueue(path); }
    /// The answer of the next print dialog: a file the "printer" writes as PDF, or a null
    /// QString for "Cancel".
    void queuePrintTo(const QString &pdfPath) { m_prints.enqueue(pdfPath); }
    /// Pretends printers are (or are not) installed; nullopt asks the system again.
    void setPrintersAvailable(std::optional<bool> available) { m_printers = available; }
    /// Texts of every message and question, and the titles of the dialogs, shown so far.
    QStringList log() const { return m_log; }
    void clear();

    // --- for screens
    QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    void inform(QWidget *parent, const QString &title, const QString &text);
    void warn(QWidget *parent, const QString &title, const QString &text);
    QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    /// Whether any printer is installed (QPrinterInfo), unless a test said otherwise.
    bool printersAvailable() const;
    /// The print dialog for `printer`; true when the person chose to print.
    bool printDialog(QWidget *parent, QPrinter &printer, const QString &title);

private:
    PrintPrompter() = default;
    void message(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);

    bool m_scripted = false;
    QQueue<QMessageBox::StandardButton> m_buttons;
    QQueue<QString> m_files;
    QQueue<QString> m_prints;
    std::optional<bool> m_printers;
    QStringList m_log;
};

} // namespace spoke::ui
