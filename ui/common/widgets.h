#pragma once

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QString>

class QVBoxLayout;

namespace spoke::ui {

/// A label styled by role: "pageTitle", "sectionTitle", "cardTitle", "hint", "error"...
QLabel *makeLabel(const QString &text, const char *role, QWidget *parent = nullptr);
/// A push button styled as "primary", "danger", "link" or plain (empty variant).
QPushButton *makeButton(const QString &text, const char *variant = "", QWidget *parent = nullptr);
/// A white rounded card with a vertical layout and comfortable padding.
QFrame *makeCard(QWidget *parent, QVBoxLayout **layout = nullptr);

/// A coloured strip with an icon and a message: info, warning, error or success.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error, Success };
    explicit Banner(QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    using QFrame::show;
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace spoke::ui
