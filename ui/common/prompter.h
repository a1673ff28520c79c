#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace spoke::ui {

/// Every question, message and file or passphrase dialog goes through here, so tests can
/// answer in advance and never block on a modal dialog (KeePassXC's MessageBox habit).
/// In scripted mode a dialog with no queued answer is cancelled and logged, never shown.
class Prompter
{
public:
    static Prompter &instance();

    // --- for tests
    void setScripted(bool scripted) { m_scripted = scripted; }
    bool isScripted() const { return m_scripted; }
    void queueButton(QMessageBox::StandardButton button) { m_buttons.enqueue(button); }
    void queueFileName(const QString &path) { m_files.enqueue(path); }
    /// A passphrase; a null QString answers "Cancel".
    void queueText(const QString &text) { m_texts.enqueue(text); }
    /// Texts of every message and question shown (or answered) so far.
    QStringList log() const { return m_log; }
    void clear();

    // --- for screens
    QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    void inform(QWidget *parent, const QString &title, const QString &text);
    void warn(QWidget *parent, const QString &title, const QString &text);
    QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    QString openFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    /// Asks for an existing passphrase (confirm=false) or a new one with a confirmation.
    std::optional<QString> passphrase(
        QWidget *parent, const QString &title, const QString &explanation, bool confirm);

private:
    Prompter() = default;
    void message(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);

    bool m_scripted = false;
    QQueue<QMessageBox::StandardButton> m_buttons;
    QQueue<QString> m_files;
    QQueue<QString> m_texts;
    QStringList m_log;
};

} // namespace spoke::ui
