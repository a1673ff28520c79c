#include "ui/customers/secret_field.h"

#include "ui/customers/customer_style.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace spoke::ui {

SecretField::SecretField(bool editable, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_edit->setReadOnly(!editable);
    m_edit->setAutoFillBackground(false);
    if (!editable)
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: none; background: transparent; padding: 0; "
                                             "font-family: monospace; }"));
    else
        m_edit->setPlaceholderText(tr("none"));
    row->addWidget(m_edit, 1);
    m_reveal->setProperty("variant", QStringLiteral("reveal"));
    m_reveal->setCursor(Qt::PointingHandCursor);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    row->addWidget(m_reveal);
    if (!editable) {
        m_edit->setMaximumWidth(110);
        row->addStretch(1);
    }
    connect(m_reveal, &QToolButton::clicked, this, [this] { setRevealed(!m_revealed); });
    setFocusProxy(m_edit);
    setRevealed(false);
}

QString SecretField::text() const
{
    return m_edit->text();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
    setRevealed(false);
}

void SecretField::setRevealed(bool revealed)
{
    m_revealed = revealed;
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(customers::icon(
        revealed ? QStringLiteral("eye-off") : QStringLiteral("eye"), QColor(0x6B, 0x72, 0x80)));
    m_reveal->setToolTip(revealed ? tr("Hide the code") : tr("Show the code"));
    m_reveal->setAccessibleName(m_reveal->toolTip());
}

} // namespace spoke::ui
