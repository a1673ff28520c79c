#include "core/schedule/catalog_service.h"

#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QSqlError>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CatalogService)
};

const QString kColumns
    = QStringLiteral("id, owner, code, name, category, duration_min, price_minor, currency, tax_class, "
                     "(active = 1 AND hidden_here = 0) FROM services");

ServiceItem readItem(const QSqlQuery &q)
{
    ServiceItem s;
    s.id = q.value(0).toString();
    s.owner = recordOwnerFromKey(q.value(1).toString());
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.category = q.value(4).toString();
    s.durationMinutes = q.value(5).toInt();
    s.priceMinor = q.value(6).toLongLong();
    s.currency = q.value(7).toString();
    s.taxClass = q.value(8).toString();
    s.active = q.value(9).toBool();
    return s;
}

} // namespace

CatalogService::CatalogService(LocationDatabase &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
{ }

QStringList CatalogService::problems(const ServiceItem &item)
{
    QStringList out;
    if (item.name.trimmed().isEmpty())
        out << Tr::tr("Give the service a name.");
    if (item.durationMinutes <= 0)
        out << Tr::tr("A service takes at least one minute.");
    else if (item.durationMinutes > 24 * 60)
        out << Tr::tr("A service can't take longer than a day; book several visits instead.");
    if (item.priceMinor < 0)
        out << Tr::tr("A price can't be negative.");
    if (item.currency.size() != 3)
        out << Tr::tr("The currency must be a three-letter ISO code, such as USD.");
    return out;
}

QJsonObject CatalogService::syncPayload(const ServiceItem &s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("owner"), recordOwnerKey(s.owner)},
        {QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
        {QStringLiteral("category"), s.category}, {QStringLiteral("durationMinutes"), s.durationMinutes},
        {QStringLiteral("priceMinor"), QString::number(s.priceMinor)},
        {QStringLiteral("currency"), s.currency}, {QStringLiteral("taxClass"), s.taxClass},
        {QStringLiteral("active"), s.active}};
}

Result<std::vector<ServiceItem>> CatalogService::services(const Actor &actor, bool includeInactive) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow seeing the catalog."));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(
            " WHERE deleted_at IS NULL AND ((active = 1 AND hidden_here = 0) OR ?) ORDER BY category, name"));
    q.addBindValue(includeInactive ? 1 : 0);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<ServiceItem> out;
    while (q.next())
        out.push_back(readItem(q));
    return out;
}

Result<ServiceItem> CatalogService::service(const Actor &actor, const QString &id) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow seeing the catalog."));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The service does not exist."));
    return readItem(q);
}

Result<QString> CatalogService::save(const Actor &actor, ServiceItem item)
{
    const bool system = actor.role == Role::System;
    if (!system && !allows(actor.role, Permission::ManageCatalog))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Only a manager can change the service catalog."));
    if (item.currency.isEmpty())
        item.currency = m_currency;
    if (const QStringList p = problems(item); !p.isEmpty())
        return makeError(ErrorCode::InvalidInput, p.join(u'\n'));
    if (!system && item.id.isEmpty())
        item.owner = RecordOwner::Location;
    item.name = item.name.trimmed();
    if (item.taxClass.isEmpty())
        item.taxClass = QStringLiteral("standard"); // what the table stores for "none given"
    QString id = item.id;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (id.isEmpty()) {
            id = tx.newId();
        } else {
            auto cur = tx.exec(
                QStringLiteral("SELECT owner, name, code, category, duration_min, price_minor, "
                               "currency, tax_class FROM services WHERE id = ? AND deleted_at IS NULL"),
                {id});
            if (!cur)
                return cur.error();
            if (!cur->next()) {
                if (!system)
                    return makeError(ErrorCode::NotFound, Tr::tr("The service does not exist."));
                cur->finish();
            } else if (!system) {
                // The owner is what is stored, whatever the caller says.
                item.owner = recordOwnerFromKey(cur->value(0).toString());
                if (item.owner == RecordOwner::HeadOffice) {
                    // Head office owns these: the location may only switch them off and on.
                    const bool same = cur->value(1).toString() == item.name
                        && cur->value(2).toString() == item.code && cur->value(3).toString() == item.category
                        && cur->value(4).toInt() == item.durationMinutes
                        && cur->value(5).toLongLong() == item.priceMinor
                        && cur->value(6).toString() == item.currency
                        && cur->value(7).toString() == item.taxClass;
                    if (!same)
                        return makeError(ErrorCode::PermissionDenied,
                            Tr::tr("“%1” comes from head office: its name, price and duration are set there. "
                                   "You can only switch it off for this location.")
                                .arg(cur->value(1).toString()));
                    // Switched off (or on) here only: head office's own flag stays as it sent it.
                    cur->finish();
                    auto hide = tx.exec(
                        QStringLiteral("UPDATE services SET hidden_here = ?, updated_at = ? WHERE id = ?"),
                        {item.active ? 0 : 1, tx.nowIso(), id});
                    if (!hide)
                        return hide.error();
                    item.id = id;
                    return tx.audit(QStringLiteral("catalog.switch"), QStringLiteral("service"), id,
                        {{QStringLiteral("name"), item.name}, {QStringLiteral("active"), item.active}});
                }
                cur->finish();
            } else {
                cur->finish();
            }
        }
        // One name per owner (a location item may share a head-office item's name).
        auto dup
            = tx.exec(QStringLiteral("SELECT 1 FROM services WHERE owner = ? AND lower(name) = lower(?) AND "
                                     "deleted_at IS NULL AND id <> ?"),
                {recordOwnerKey(item.owner), item.name, id});
        if (!dup)
            return dup.error();
        if (dup->next())
            return makeError(
                ErrorCode::Conflict, Tr::tr("There is already a service called “%1”.").arg(item.name));
        dup->finish();
        auto r = tx.exec(
            QStringLiteral(
                "INSERT INTO services (id, owner, code, name, category, duration_min, price_minor, "
                "currency, tax_class, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                "category = excluded.category, duration_min = excluded.duration_min, "
                "price_minor = excluded.price_minor, currency = excluded.currency, "
                "tax_class = excluded.tax_class, active = excluded.active, "
                "updated_at = excluded.updated_at, deleted_at = NULL"),
            {id, recordOwnerKey(item.owner), nonNull(item.code), item.name, nonNull(item.category),
                item.durationMinutes, item.priceMinor, item.currency, item.taxClass, item.active ? 1 : 0,
                tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
        item.id = id;
        if (Status a = tx.audit(QStringLiteral("catalog.save"), QStringLiteral("service"), id,
                {{QStringLiteral("name"), item.name},
                    {QStringLiteral("priceMinor"), QString::number(item.priceMinor)}});
            !a)
            return a;
        // Head-office items came from the hub; only the location's own go back up.
        if (item.owner == RecordOwner::Location)
            return tx.outbox(QStringLiteral("service"), id, QStringLiteral("upsert"), syncPayload(item));
        return {};
    });
    if (!st)
        return st.error();
    return id;
}

Status CatalogService::remove(const Actor &actor, const QString &id)
{
    if (!allows(actor.role, Permission::ManageCatalog))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Only a manager can change the service catalog."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto cur = tx.exec(
            QStringLiteral("SELECT owner, name FROM services WHERE id = ? AND deleted_at IS NULL"), {id});
        if (!cur)
            return cur.error();
        if (!cur->next())
            return makeError(ErrorCode::NotFound, Tr::tr("The service does not exist."));
        if (recordOwnerFromKey(cur->value(0).toString()) == RecordOwner::HeadOffice
            && actor.role != Role::System)
            return makeError(ErrorCode::PermissionDenied,
                Tr::tr("“%1” comes from head office and can't be deleted here; switch it off instead.")
                    .arg(cur->value(1).toString()));
        cur->finish();
        auto r = tx.exec(
            QStringLiteral("UPDATE services SET deleted_at = ?, active = 0 WHERE id = ?"), {tx.nowIso(), id});
        if (!r)
            return r.error();
        if (Status a = tx.audit(QStringLiteral("catalog.remove"), QStringLiteral("service"), id); !a)
            return a;
        return tx.outbox(
            QStringLiteral("service"), id, QStringLiteral("delete"), {{QStringLiteral("id"), id}});
    });
}

} // namespace spoke
