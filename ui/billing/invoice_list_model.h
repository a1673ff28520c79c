#pragma once

#include "core/billing/billing_types.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace spoke::ui {

/// The rows of the Invoices list: invoices and credit notes as core lists them.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Customer, Issued, Due, Total, Balance, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole, KindRole, StatusRole, BalanceRole };

    explicit InvoiceListModel(QObject *parent = nullptr);

    void setRows(std::vector<InvoiceSummary> rows, const QDate &today);
    const InvoiceSummary *row(int index) const;
    int rowOf(const QString &id) const;
    const std::vector<InvoiceSummary> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<InvoiceSummary> m_rows;
    QDate m_today;
};

} // namespace spoke::ui
