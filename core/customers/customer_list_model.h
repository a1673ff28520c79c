#pragma once

#include "core/customers/customer.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace spoke {

class LocationDatabase;

/// What the customer list shows: every filter is optional.
struct CustomerListFilter
{
    QString tag;
    QString consentChannel; ///< "email", "sms", ...: only customers who granted it
    int activeWithinDays = 0; ///< > 0: last activity within so many days
    int inactiveForDays = 0; ///< > 0: no activity for so many days
};

/// The customer list as a lazily fetched table: pages of rows come from the database as
/// the view scrolls (keyset paging on the sort key, so page 500 costs what page 1 does),
/// which keeps 100,000+ customers smooth. A read model: it never writes.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, Email, Address, Tags, LastActivity, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 256;

    explicit CustomerListModel(const LocationDatabase &db, QObject *parent = nullptr);

    void setFilter(const CustomerListFilter &filter);
    const CustomerListFilter &filter() const { return m_filter; }
    /// How many customers match the filter (not how many are fetched yet).
    qint64 totalCount() const { return m_total; }
    /// Every tag in use, for the filter box.
    QStringList allTags() const;
    /// Re-reads from the start (after an edit or import).
    void reload();
    QString customerId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 total);

private:
    struct Row
    {
        CustomerSummary summary;
        QString sortKey;
    };
    QString whereClause(QVariantList &values) const;
    QString sortExpression() const;

    const LocationDatabase &m_db;
    CustomerListFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = false;
};

} // namespace spoke
