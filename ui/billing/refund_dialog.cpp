#include "ui/billing/refund_dialog.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/money_input.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

RefundDialog::RefundDialog(BillingContext &context, const QString &sourceKind, const QString &sourceId,
    qint64 unusedMinor, const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_sourceKind(sourceKind)
    , m_sourceId(sourceId)
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_refund(button(tr("Refund"), "danger", this))
{
    setObjectName(QStringLiteral("RefundDialog"));
    setWindowTitle(tr("Refund"));
    setMinimumWidth(480);
    auto *column = new QVBoxLayout(this);
    column->addWidget(label(tr("Refund from %1").arg(what), "sectionTitle", this));
    column->addWidget(label(tr("%1 is unused and can be given back. Money already settling an invoice is not "
                               "refundable: credit the invoice first.")
                                .arg(m_context.money(unusedMinor)),
        "hint", this));
    auto *form = new QFormLayout;
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_amount->setText(billing_text::editText(unusedMinor, m_context.currency()));
    form->addRow(tr("&Amount (%1)").arg(m_context.currency()), m_amount);
    m_method->setObjectName(QStringLiteral("refundMethod"));
    for (PaymentMethod method : allPaymentMethods())
        m_method->addItem(paymentMethodName(method), paymentMethodKey(method));
    form->addRow(tr("&Given back by"), m_method);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    form->addRow(tr("&Reason (required)"), m_reason);
    column->addLayout(form);
    m_problem->setObjectName(QStringLiteral("refundProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = button(tr("Cancel"), "", this);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setDefault(true);
    buttons->addWidget(m_refund);
    column->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::refund);
    m_reason->setFocus();
}

QString RefundDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool RefundDialog::refund()
{
    auto amount = billing_text::parseMoney(m_amount->text(), m_context.currency());
    if (!amount) {
        showMessage(m_problem, amount.error().message, true);
        m_amount->setFocus();
        return false;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(m_problem, tr("Say why the money is given back (it is recorded)."), true);
        m_reason->setFocus();
        return false;
    }
    PaymentMethod method = PaymentMethod::Cash;
    paymentMethodFromKey(m_method->currentData().toString(), &method);
    auto id = m_context.payments().refund(
        m_context.actor(), m_sourceKind, m_sourceId, amount.value(), method, reason);
    if (!id) {
        showMessage(m_problem, id.error().message, true);
        return false;
    }
    m_refundId = id.value();
    emit refunded(m_refundId);
    accept();
    return true;
}

} // namespace spoke::ui
