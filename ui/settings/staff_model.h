#pragma once

#include "core/staff/staff_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace spoke::ui {

/// Staff accounts as a table (name, role, sign-in kind, status), read from StaffService.
class StaffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, RoleColumn, SignIn, Status, ColumnCount };

    explicit StaffModel(StaffService &staff, QObject *parent = nullptr);

    void reload();
    const StaffMember *member(const QModelIndex &index) const;
    int rowOf(const QString &staffId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StaffService &m_staff;
    std::vector<StaffMember> m_members;
};

} // namespace spoke::ui
