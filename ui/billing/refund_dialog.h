#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace spoke::ui {

class BillingContext;

/// Gives money back (managers, with a reason) from the unused part of a payment or a credit
/// note; the amount starts at what is still unused.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    /// sourceKind: "payment" or "credit_note"; what: how the source is named ("Receipt R-0007").
    RefundDialog(BillingContext &context, const QString &sourceKind, const QString &sourceId,
        qint64 unusedMinor, const QString &what, QWidget *parent = nullptr);

    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *refundButton() const { return m_refund; }
    QString problemText() const;
    QString refundId() const { return m_refundId; }
    bool refund();

signals:
    void refunded(const QString &refundId);

private:
    BillingContext &m_context;
    QString m_sourceKind;
    QString m_sourceId;
    QString m_refundId;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_refund;
};

} // namespace spoke::ui
