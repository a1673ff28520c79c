#include "ui/settings/audit_model.h"

#include <QJsonValue>
#include <QLocale>

namespace spoke::ui {

AuditModel::AuditModel(const LocationDatabase &db, const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_zone(zone)
{
    reload();
}

void AuditModel::reload(int limit)
{
    beginResetModel();
    m_entries = AuditLog::recent(m_db, limit);
    endResetModel();
}

QString AuditModel::actionText(const QString &action)
{
    static const std::pair<const char *, const char *> names[] = {
        {"signin.success", QT_TR_NOOP("Signed in")},
        {"signin.failure", QT_TR_NOOP("Wrong PIN or password")},
        {"signin.refused", QT_TR_NOOP("Sign-in refused")},
        {"staff.create", QT_TR_NOOP("Staff member added")},
        {"staff.role", QT_TR_NOOP("Role changed")},
        {"staff.activate", QT_TR_NOOP("Account activated")},
        {"staff.deactivate", QT_TR_NOOP("Account deactivated")},
        {"staff.secret_reset", QT_TR_NOOP("PIN or password reset")},
        {"staff.unlock", QT_TR_NOOP("Account unlocked")},
        {"location.create", QT_TR_NOOP("Location created")},
        {"settings.profile", QT_TR_NOOP("Location profile changed")},
        {"settings.change", QT_TR_NOOP("Setting changed")},
        {"key.change", QT_TR_NOOP("Database key changed")},
        {"backup.create", QT_TR_NOOP("Backup made")},
        {"backup.restore", QT_TR_NOOP("Backup restored")},
    };
    for (const auto &[key, text] : names)
        if (action == QLatin1String(key))
            return tr(text);
    return action;
}

QString AuditModel::entityText(const QString &entity)
{
    static const std::pair<const char *, const char *> names[] = {
        {"staff", QT_TR_NOOP("Staff")},
        {"location", QT_TR_NOOP("Location")},
        {"settings", QT_TR_NOOP("Settings")},
        {"backup", QT_TR_NOOP("Backup")},
        {"customer", QT_TR_NOOP("Customer")},
    };
    for (const auto &[key, text] : names)
        if (entity == QLatin1String(key))
            return tr(text);
    return entity;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return e.seq;
        case When: {
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toTimeZone(m_zone);
            return QLocale().toString(
                at, QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
        }
        case Who:
            return e.actorName;
        case Action:
            return actionText(e.action);
        case Subject:
            return entityText(e.entity);
        case Details: {
            QStringList parts;
            for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it) {
                const QJsonValue v = it.value();
                const QString text = v.isString() ? v.toString() : v.toVariant().toString();
                parts << it.key() + QStringLiteral(": ")
                        + QString(text).replace(QLatin1Char('\n'), QStringLiteral(", "));
            }
            return parts.join(QStringLiteral("  ·  "));
        }
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Action)
        return e.action;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace spoke::ui
