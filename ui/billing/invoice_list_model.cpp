#include "ui/billing/invoice_list_model.h"

#include "ui/billing/billing_widgets.h"

#include <QFont>
#include <QLocale>

namespace spoke::ui {

using namespace billing_ui;

InvoiceListModel::InvoiceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceListModel::setRows(std::vector<InvoiceSummary> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

const InvoiceSummary *InvoiceListModel::row(int index) const
{
    return index >= 0 && index < int(m_rows.size()) ? &m_rows[size_t(index)] : nullptr;
}

int InvoiceListModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    const InvoiceSummary *s = row(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            if (s->number.isEmpty())
                return Tr::tr("(draft)");
            return s->kind == InvoiceKind::CreditNote ? Tr::tr("%1 (credit note)").arg(s->number) : s->number;
        case Customer:
            return s->customerName;
        case Issued:
            return dateText(s->issueDate);
        case Due:
            return s->kind == InvoiceKind::Invoice ? dateText(s->dueDate) : QString();
        case Total:
            return s->total.format(QLocale());
        case Balance:
            return s->status == InvoiceStatus::Issued ? s->balance.format(QLocale()) : QString();
        case Status:
            return statusText(s->kind, s->status, s->balance.minor(), s->dueDate, m_today);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Balance)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return statusColor(s->kind, s->status, s->balance.minor(), s->dueDate, m_today);
        if (s->status == InvoiceStatus::Void)
            return QColor(0x6B, 0x72, 0x80);
        return {};
    case Qt::FontRole:
        if (index.column() == Status || index.column() == Number) {
            QFont f;
            f.setWeight(index.column() == Status ? QFont::DemiBold : QFont::Normal);
            f.setStrikeOut(s->status == InvoiceStatus::Void && index.column() == Number);
            return f;
        }
        return {};
    case IdRole:
        return s->id;
    case CustomerIdRole:
        return s->customerId;
    case KindRole:
        return int(s->kind);
    case StatusRole:
        return int(s->status);
    case BalanceRole:
        return s->balance.minor();
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Total || section == Balance ? Qt::AlignTrailing : Qt::AlignLeading)
            | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return Tr::tr("Number");
    case Customer:
        return Tr::tr("Customer");
    case Issued:
        return Tr::tr("Issued");
    case Due:
        return Tr::tr("Due");
    case Total:
        return Tr::tr("Total");
    case Balance:
        return Tr::tr("Balance");
    case Status:
        return Tr::tr("Status");
    default:
        return {};
    }
}

} // namespace spoke::ui
