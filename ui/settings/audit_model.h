#pragma once

#include "core/storage/audit_log.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <vector>

namespace spoke::ui {

/// The newest audit entries as a table, times shown in the location's time zone.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, When, Who, Action, Subject, Details, ColumnCount };

    AuditModel(const LocationDatabase &db, const QTimeZone &zone, QObject *parent = nullptr);

    void reload(int limit = 500);
    /// A readable name for an action key ("signin.success" → "Signed in").
    static QString actionText(const QString &action);
    /// A readable name for what an entry is about ("staff" → "Staff").
    static QString entityText(const QString &entity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LocationDatabase &m_db;
    QTimeZone m_zone;
    std::vector<AuditEntry> m_entries;
};

} // namespace spoke::ui
