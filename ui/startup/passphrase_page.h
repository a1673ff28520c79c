#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace spoke::ui {

class Banner;

/// Asks for the passphrase of a location that keeps its key as a passphrase.
class PassphrasePage : public QWidget
{
    Q_OBJECT
public:
    explicit PassphrasePage(const QString &folder, QWidget *parent = nullptr);

    /// Clears the field and shows why the last attempt failed (empty: first attempt).
    void reset(const QString &problem);
    QLineEdit *field() const { return m_field; }
    QString problem() const;

signals:
    void submitted(const QString &passphrase);
    void quitRequested();

private:
    QLineEdit *m_field;
    QPushButton *m_open;
    Banner *m_banner;
};

} // namespace spoke::ui
