#include "ui/settings/staff_model.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"

namespace spoke::ui {

StaffModel::StaffModel(StaffService &staff, QObject *parent)
    : QAbstractTableModel(parent)
    , m_staff(staff)
{
    reload();
}

void StaffModel::reload()
{
    beginResetModel();
    m_members = m_staff.list(true);
    endResetModel();
}

const StaffMember *StaffModel::member(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() < 0 || std::size_t(index.row()) >= m_members.size())
        return nullptr;
    return &m_members[std::size_t(index.row())];
}

int StaffModel::rowOf(const QString &staffId) const
{
    for (std::size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].id == staffId)
            return int(i);
    return -1;
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int StaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    const StaffMember *m = member(index);
    if (!m)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return m->name;
        case RoleColumn:
            return roleDisplayName(m->role);
        case SignIn:
            return m->usesPin ? tr("PIN") : tr("Password");
        case Status:
            if (!m->active)
                return tr("Inactive");
            return m->locked ? tr("Locked out") : tr("Active");
        default:
            break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name)
        return QIcon(initialsAvatar(m->name, 24));
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (!m->active)
            return theme::muted();
        return m->locked ? theme::danger() : theme::success();
    }
    if (role == Qt::UserRole)
        return m->id;
    return {};
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SignIn:
        return tr("Signs in with");
    case Status:
        return tr("Status");
    default:
        break;
    }
    return {};
}

} // namespace spoke::ui
