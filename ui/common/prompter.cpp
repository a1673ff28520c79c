#include "ui/common/prompter.h"

#include "ui/common/passphrase_dialog.h"

#include <QFileDialog>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrompter, "spoke.ui.prompter")

namespace spoke::ui {

Prompter &Prompter::instance()
{
    static Prompter prompter;
    return prompter;
}

void Prompter::clear()
{
    m_buttons.clear();
    m_files.clear();
    m_texts.clear();
    m_log.clear();
}

QMessageBox::StandardButton Prompter::ask(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    m_log.append(text);
    if (!m_buttons.isEmpty())
        return m_buttons.dequeue();
    if (m_scripted) {
        qCWarning(lcPrompter) << "unanswered question in scripted mode:" << title;
        return QMessageBox::Cancel;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Prompter::message(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    m_log.append(text);
    if (m_scripted)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Information, parent, title, text);
}

void Prompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Warning, parent, title, text);
}

QString Prompter::saveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (!m_files.isEmpty())
        return m_files.dequeue();
    if (m_scripted) {
        qCWarning(lcPrompter) << "unanswered save dialog in scripted mode:" << caption;
        return {};
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString Prompter::openFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (!m_files.isEmpty())
        return m_files.dequeue();
    if (m_scripted) {
        qCWarning(lcPrompter) << "unanswered open dialog in scripted mode:" << caption;
        return {};
    }
    return QFileDialog::getOpenFileName(parent, caption, path, filter);
}

std::optional<QString> Prompter::passphrase(
    QWidget *parent, const QString &title, const QString &explanation, bool confirm)
{
    if (!m_texts.isEmpty()) {
        QString text = m_texts.dequeue();
        if (text.isNull())
            return std::nullopt;
        return text;
    }
    if (m_scripted) {
        qCWarning(lcPrompter) << "unanswered passphrase dialog in scripted mode:" << title;
        return std::nullopt;
    }
    PassphraseDialog dialog(
        confirm ? PassphraseDialog::Mode::New : PassphraseDialog::Mode::Existing, title, explanation, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

} // namespace spoke::ui
