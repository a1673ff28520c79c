#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace spoke::ui {

/// The questions and choosers of the billing screens (a confirmation, a reason, a folder for
/// a batch export, a logo file), so tests answer them in advance and never block on a modal
/// dialog: the same shape as PrintPrompter, which handles the print and save dialogs. In
/// scripted mode a question with no queued answer is cancelled and logged, never shown.
class BillingPrompter
{
public:
    static BillingPrompter &instance();

    // --- for tests
    void setScripted(bool scripted) { m_scripted = scripted; }
    bool isScripted() const { return m_scripted; }
    void queueButton(QMessageBox::StandardButton button) { m_buttons.enqueue(button); }
    /// The answer of the next text question (a reason); a null QString answers "Cancel".
    void queueText(const QString &text) { m_texts.enqueue(text); }
    /// The answer of the next folder or file chooser; a null QString answers "Cancel".
    void queuePath(const QString &path) { m_paths.enqueue(path); }
    /// Texts of every message and question shown (or answered) so far.
    QStringList log() const { return m_log; }
    void clear();

    // --- for screens
    QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    void inform(QWidget *parent, const QString &title, const QString &text);
    void warn(QWidget *parent, const QString &title, const QString &text);
    /// Asks for a line of text (a reason); nullopt when cancelled.
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);
    /// An existing folder; empty when cancelled.
    QString folder(QWidget *parent, const QString &caption, const QString &start);
    /// An existing file; empty when cancelled.
    QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);

private:
    BillingPrompter() = default;
    void message(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);

    bool m_scripted = false;
    QQueue<QMessageBox::StandardButton> m_buttons;
    QQueue<QString> m_texts;
    QQueue<QString> m_paths;
    QStringList m_log;
};

} // namespace spoke::ui
