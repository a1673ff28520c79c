#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace spoke::ui {

/// A gate or alarm code: masked until someone presses the eye (and masked again when the
/// field is reset), editable or read-only.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    explicit SecretField(bool editable, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
    bool m_revealed = false;
};

} // namespace spoke::ui
