#include "ui/customers/confirm_dialog.h"

#include "ui/customers/customer_style.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

ConfirmDialog::ConfirmDialog(
    const QString &title, const QString &message, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_reasonLabel(customers::label(QString(), "", this))
    , m_reason(new QLineEdit(this))
    , m_ack(new QCheckBox(this))
    , m_error(customers::label(QString(), "error", this))
    , m_confirm(customers::button(confirmText, "danger", this))
{
    setWindowTitle(title);
    setModal(true);
    setStyleSheet(customers::screenStyleSheet());
    setMinimumWidth(460);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 22, 24, 18);
    outer->setSpacing(12);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    auto *art = new QLabel(this);
    art->setPixmap(customers::iconPixmap(QStringLiteral("alert"), 28, QColor(0xB4, 0x23, 0x18)));
    top->addWidget(art, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    texts->addWidget(customers::label(title, "sectionTitle", this));
    auto *text = customers::label(message, "", this);
    text->setTextFormat(Qt::PlainText);
    texts->addWidget(text);
    top->addLayout(texts, 1);
    outer->addLayout(top);

    outer->addWidget(m_reasonLabel);
    outer->addWidget(m_reason);
    outer->addWidget(m_ack);
    m_reasonLabel->hide();
    m_reason->hide();
    m_ack->hide();
    m_error->hide();
    m_error->setTextFormat(Qt::PlainText);
    outer->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    outer->addSpacing(4);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit confirmed(m_reason->text().trimmed());
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ConfirmDialog::updateButton);
    connect(m_ack, &QCheckBox::toggled, this, &ConfirmDialog::updateButton);
    m_confirm->setDefault(false);
    m_confirm->setAutoDefault(false);
}

void ConfirmDialog::requireReason(const QString &label, const QString &placeholder)
{
    m_reasonLabel->setText(label);
    m_reasonLabel->show();
    m_reason->setPlaceholderText(placeholder);
    m_reason->show();
    m_reason->setFocus();
    updateButton();
}

void ConfirmDialog::requireAcknowledgement(const QString &text)
{
    m_ack->setText(text);
    m_ack->show();
    updateButton();
}

void ConfirmDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConfirmDialog::updateButton()
{
    const bool reasonOk = m_reason->isHidden() || !m_reason->text().trimmed().isEmpty();
    const bool ackOk = m_ack->isHidden() || m_ack->isChecked();
    m_confirm->setEnabled(reasonOk && ackOk);
}

} // namespace spoke::ui
