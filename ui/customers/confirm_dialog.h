#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace spoke::ui {

/// A confirmation for a serious action (delete, erase personal data, merge): says exactly
/// what will happen, can ask for a reason or an explicit acknowledgement, and stays open
/// to show the error when the action fails. Open it with open(); it emits confirmed()
/// and the caller calls accept() once the action succeeded, or showError().
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &message, const QString &confirmText, QWidget *parent);

    /// A required free-text reason (soft delete).
    void requireReason(const QString &label, const QString &placeholder);
    /// A box the person must tick ("I understand this cannot be undone").
    void requireAcknowledgement(const QString &text);
    /// Shows a failure and keeps the dialog open.
    void showError(const QString &message);

    QLineEdit *reasonField() const { return m_reason; }
    QCheckBox *acknowledgement() const { return m_ack; }
    QPushButton *confirmButton() const { return m_confirm; }

signals:
    void confirmed(const QString &reason);

private:
    void updateButton();

    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QCheckBox *m_ack;
    QLabel *m_error;
    QPushButton *m_confirm;
};

} // namespace spoke::ui
