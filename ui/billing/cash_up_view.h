#pragma once

#include "core/billing/billing_types.h"
#include "ui/billing/billing_print.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace spoke::ui {

class BillingContext;

/// The daily cash-up for the front desk: a day (today to start with), what was taken and
/// given back by method with the totals, the day's payments and refunds, and printing on a
/// sheet or the 80 mm receipt roll.
class CashUpView : public QWidget
{
    Q_OBJECT
public:
    enum MethodColumn { Method, Payments, Taken, Refunds, Refunded, Net, MethodColumns };

    explicit CashUpView(BillingContext &context, QWidget *parent = nullptr);

    QDateEdit *dayField() const { return m_day; }
    QTableWidget *methodTable() const { return m_methods; }
    QTableWidget *entryTable() const { return m_entries; }
    QLabel *netLabel() const { return m_net; }
    QComboBox *paperCombo() const { return m_paper; }
    const CashUp &cashUp() const { return m_cashUp; }
    QString problemText() const;
    void showDay(const QDate &day);
    BillingPrint::Outcome output(BillingPrint::Output output);

public slots:
    void reload();

private:
    BillingContext &m_context;
    CashUp m_cashUp;
    bool m_loaded = false;
    QDateEdit *m_day;
    QTableWidget *m_methods;
    QTableWidget *m_entries;
    QLabel *m_net;
    QLabel *m_counts;
    QComboBox *m_paper;
    QLabel *m_problem;
};

} // namespace spoke::ui
