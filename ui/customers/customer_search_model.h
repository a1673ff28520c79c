#pragma once

#include "core/customers/customer.h"

#include <QAbstractTableModel>

#include <vector>

namespace spoke::ui {

/// Search results as a table with the same columns as the customer list, in the ranked
/// order core returns (not sortable: the ranking is the point).
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit CustomerSearchModel(QObject *parent = nullptr);

    void setResults(std::vector<CustomerSummary> results);
    QString customerId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CustomerSummary> m_rows;
};

} // namespace spoke::ui
