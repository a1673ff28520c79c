#include "ui/customers/customer_search_model.h"

#include "core/customers/customer_list_model.h"

#include <QLocale>

namespace spoke::ui {

CustomerSearchModel::CustomerSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CustomerSearchModel::setResults(std::vector<CustomerSummary> results)
{
    beginResetModel();
    m_rows = std::move(results);
    endResetModel();
}

QString CustomerSearchModel::customerId(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].id : QString();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CustomerListModel::ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const CustomerSummary &s = m_rows[size_t(index.row())];
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole && s.doNotService && index.column() == CustomerListModel::Name)
        return tr("Do not service");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerListModel::Name:
        return s.displayName;
    case CustomerListModel::Phone:
        return s.phone;
    case CustomerListModel::Email:
        return s.email;
    case CustomerListModel::Address:
        return s.address;
    case CustomerListModel::Tags:
        return s.tags.join(QStringLiteral(", "));
    case CustomerListModel::LastActivity:
        return s.lastActivity.isValid()
            ? QLocale().toString(s.lastActivity.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerListModel::Name:
        return tr("Name");
    case CustomerListModel::Phone:
        return tr("Phone");
    case CustomerListModel::Email:
        return tr("Email");
    case CustomerListModel::Address:
        return tr("Address");
    case CustomerListModel::Tags:
        return tr("Tags");
    case CustomerListModel::LastActivity:
        return tr("Last activity");
    default:
        return {};
    }
}

} // namespace spoke::ui
