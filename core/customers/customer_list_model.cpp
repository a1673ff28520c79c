#include "core/customers/customer_list_model.h"

#include "core/storage/location_database.h"

#include <QLocale>
#include <QSqlError>

namespace spoke {

CustomerListModel::CustomerListModel(const LocationDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void CustomerListModel::setFilter(const CustomerListFilter &filter)
{
    m_filter = filter;
    reload();
}

QString CustomerListModel::sortExpression() const
{
    switch (m_sortColumn) {
    case LastActivity:
        return QStringLiteral("c.last_activity_at");
    default:
        return QStringLiteral("c.sort_name");
    }
}

QString CustomerListModel::whereClause(QVariantList &values) const
{
    QString where = QStringLiteral("c.deleted_at IS NULL AND c.erased_at IS NULL");
    if (!m_filter.tag.isEmpty()) {
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = ?)");
        values << m_filter.tag;
    }
    if (!m_filter.consentChannel.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = c.id "
                                "AND k.channel = ? AND k.granted = 1)");
        values << m_filter.consentChannel;
    }
    const QDateTime now = m_db.clock().nowUtc();
    if (m_filter.activeWithinDays > 0) {
        where += QStringLiteral(" AND c.last_activity_at >= ?");
        values << now.addDays(-m_filter.activeWithinDays).toString(Qt::ISODateWithMs);
    }
    if (m_filter.inactiveForDays > 0) {
        where += QStringLiteral(" AND c.last_activity_at < ?");
        values << now.addDays(-m_filter.inactiveForDays).toString(Qt::ISODateWithMs);
    }
    return where;
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    QVariantList values;
    const QString where = whereClause(values);
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM customers c WHERE ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    m_total = (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    endResetModel();
    emit totalCountChanged(m_total);
}

QStringList CustomerListModel::allTags() const
{
    QStringList tags;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT tag FROM customer_tags ORDER BY tag"));
    if (q.exec())
        while (q.next())
            tags << q.value(0).toString();
    return tags;
}

QString CustomerListModel::customerId(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].summary.id : QString();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const CustomerSummary &s = m_rows[size_t(index.row())].summary;
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole && s.doNotService && index.column() == Name)
        return tr("Do not service");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.displayName;
    case Phone:
        return s.phone;
    case Email:
        return s.email;
    case Address:
        return s.address;
    case Tags:
        return s.tags.join(QStringLiteral(", "));
    case LastActivity:
        return QLocale().toString(s.lastActivity.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Address:
        return tr("Address");
    case Tags:
        return tr("Tags");
    case LastActivity:
        return tr("Last activity");
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QVariantList values;
    QString where = whereClause(values);
    const QString key = sortExpression();
    const bool asc = m_order == Qt::AscendingOrder;
    if (!m_rows.empty()) {
        // Keyset paging: continue after the last row fetched.
        where += QStringLiteral(" AND (%1, c.id) %2 (?, ?)")
                     .arg(key, asc ? QStringLiteral(">") : QStringLiteral("<"));
        values << m_rows.back().sortKey << m_rows.back().summary.id;
    }
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT c.id, c.display_name, c.last_activity_at, c.do_not_service, %1, "
                                    "c.list_phone, c.list_email, c.list_address, c.list_tags "
                                    "FROM customers c WHERE %2 ORDER BY %1 %3, c.id %3 LIMIT %4")
                         .arg(key, where, dir)
                         .arg(kPageSize));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("customer list: %s", qPrintable(q.lastError().text()));
        m_atEnd = true;
        return;
    }
    std::vector<Row> page;
    page.reserve(kPageSize);
    while (q.next()) {
        Row r;
        r.summary.id = q.value(0).toString();
        r.summary.displayName = q.value(1).toString();
        r.summary.lastActivity = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.summary.doNotService = q.value(3).toBool();
        r.sortKey = q.value(4).toString();
        r.summary.phone = q.value(5).toString(); // as typed
        r.summary.email = q.value(6).toString();
        r.summary.address = q.value(7).toString();
        const QString tags = q.value(8).toString();
        if (!tags.isEmpty())
            r.summary.tags = tags.split(QStringLiteral(", "));
        page.push_back(std::move(r));
    }
    if (page.size() < size_t(kPageSize))
        m_atEnd = true;
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (Row &r : page)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column == LastActivity ? LastActivity : Name;
    m_order = order;
    reload();
}

} // namespace spoke
