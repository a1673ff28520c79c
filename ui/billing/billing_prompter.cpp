#include "ui/billing/billing_prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBillingPrompter, "spoke.ui.billing")

namespace spoke::ui {

BillingPrompter &BillingPrompter::instance()
{
    static BillingPrompter prompter;
    return prompter;
}

void BillingPrompter::clear()
{
    m_buttons.clear();
    m_texts.clear();
    m_paths.clear();
    m_log.clear();
}

QMessageBox::StandardButton BillingPrompter::ask(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    m_log.append(text);
    if (!m_buttons.isEmpty())
        return m_buttons.dequeue();
    if (m_scripted) {
        qCWarning(lcBillingPrompter) << "unanswered question in scripted mode:" << title;
        return QMessageBox::Cancel;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void BillingPrompter::message(
    QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    m_log.append(text);
    if (m_scripted)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void BillingPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Information, parent, title, text);
}

void BillingPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    message(QMessageBox::Warning, parent, title, text);
}

std::optional<QString> BillingPrompter::text(QWidget *parent, const QString &title, const QString &label)
{
    m_log.append(label);
    if (!m_texts.isEmpty()) {
        const QString answer = m_texts.dequeue();
        return answer.isNull() ? std::nullopt : std::optional<QString>(answer);
    }
    if (m_scripted) {
        qCWarning(lcBillingPrompter) << "unanswered text question in scripted mode:" << title;
        return std::nullopt;
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

QString BillingPrompter::folder(QWidget *parent, const QString &caption, const QString &start)
{
    m_log.append(caption);
    if (!m_paths.isEmpty())
        return m_paths.dequeue();
    if (m_scripted) {
        qCWarning(lcBillingPrompter) << "unanswered folder chooser in scripted mode:" << caption;
        return {};
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString BillingPrompter::openFile(
    QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    m_log.append(caption);
    if (!m_paths.isEmpty())
        return m_paths.dequeue();
    if (m_scripted) {
        qCWarning(lcBillingPrompter) << "unanswered file chooser in scripted mode:" << caption;
        return {};
    }
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

} // namespace spoke::ui
