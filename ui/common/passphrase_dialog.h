#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace spoke::ui {

/// Asks for a passphrase; in "new" mode also for a confirmation, and checks the length.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Existing, New };
    PassphraseDialog(Mode mode, const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString passphrase() const;
    /// Minimum length in New mode (SQLCipher passphrases and backups need 8).
    static constexpr int kMinimumLength = 8;

private:
    void revalidate();

    Mode m_mode;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace spoke::ui
