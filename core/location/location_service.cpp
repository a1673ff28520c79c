#include "core/location/location_service.h"

#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QTimeZone>

namespace spoke {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::LocationService)
};

QJsonObject toJson(const LocationProfile &p)
{
    return {{QStringLiteral("businessName"), p.businessName}, {QStringLiteral("address"), p.address},
        {QStringLiteral("phone"), p.phone}, {QStringLiteral("email"), p.email},
        {QStringLiteral("timeZone"), p.timeZone}, {QStringLiteral("currency"), p.currency},
        {QStringLiteral("taxIds"), p.taxIds}, {QStringLiteral("invoicePrefix"), p.invoicePrefix}};
}
} // namespace

LocationService::LocationService(LocationDatabase &db)
    : m_db(db)
{ }

QString LocationService::validate(const LocationProfile &p)
{
    if (p.businessName.trimmed().isEmpty())
        return Tr::tr("Enter the business name.");
    if (!QTimeZone::isTimeZoneIdAvailable(p.timeZone.toLatin1()))
        return Tr::tr("\"%1\" is not a known time zone.").arg(p.timeZone);
    static const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (p.currency.size() != 3 || !letters.contains(p.currency.at(0)) || !letters.contains(p.currency.at(1))
        || !letters.contains(p.currency.at(2)))
        return Tr::tr("The currency is a three-letter ISO code such as USD, EUR or KRW.");
    if (p.invoicePrefix.size() > 12)
        return Tr::tr("The invoice prefix has at most 12 characters.");
    return {};
}

Status LocationService::createProfile(const LocationProfile &profile)
{
    if (const QString why = validate(profile); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    return m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto existing = tx.exec(QStringLiteral("SELECT 1 FROM location_profile"));
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return makeError(ErrorCode::Conflict, Tr::tr("This location already has a profile."));
        const QString id = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO location_profile (id, business_name, address, phone, email, "
                           "time_zone, currency, tax_ids, invoice_prefix, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
            {id, profile.businessName.trimmed(), nonNull(profile.address), nonNull(profile.phone),
                nonNull(profile.email), profile.timeZone, profile.currency, nonNull(profile.taxIds),
                nonNull(profile.invoicePrefix), tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
        if (auto s
            = tx.audit(QStringLiteral("location.create"), QStringLiteral("location"), id, toJson(profile));
            !s)
            return s;
        return tx.outbox(QStringLiteral("location"), id, QStringLiteral("upsert"), toJson(profile));
    });
}

Status LocationService::updateProfile(const Actor &actor, const LocationProfile &profile)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow changing settings."));
    if (const QString why = validate(profile); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral("UPDATE location_profile SET business_name = ?, address = ?, phone = ?, "
                           "email = ?, time_zone = ?, currency = ?, tax_ids = ?, invoice_prefix = ?, "
                           "updated_at = ? WHERE id = ?"),
            {profile.businessName.trimmed(), nonNull(profile.address), nonNull(profile.phone),
                nonNull(profile.email), profile.timeZone, profile.currency, nonNull(profile.taxIds),
                nonNull(profile.invoicePrefix), tx.nowIso(), profile.id});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, Tr::tr("The location profile was not found."));
        if (auto s = tx.audit(
                QStringLiteral("settings.profile"), QStringLiteral("location"), profile.id, toJson(profile));
            !s)
            return s;
        return tx.outbox(QStringLiteral("location"), profile.id, QStringLiteral("upsert"), toJson(profile));
    });
}

Result<LocationProfile> LocationService::profile() const
{
    QSqlQuery q
        = m_db.query(QStringLiteral("SELECT id, business_name, address, phone, email, time_zone, currency, "
                                    "tax_ids, invoice_prefix FROM location_profile LIMIT 1"));
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("This location has no profile yet."));
    LocationProfile p;
    p.id = q.value(0).toString();
    p.businessName = q.value(1).toString();
    p.address = q.value(2).toString();
    p.phone = q.value(3).toString();
    p.email = q.value(4).toString();
    p.timeZone = q.value(5).toString();
    p.currency = q.value(6).toString();
    p.taxIds = q.value(7).toString();
    p.invoicePrefix = q.value(8).toString();
    return p;
}

QString LocationService::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status LocationService::setSetting(const Actor &actor, const QString &key, const QString &value)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow changing settings."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                        "updated_at = excluded.updated_at"),
            {key, nonNull(value), tx.nowIso()});
        if (!r)
            return r.error();
        return tx.audit(QStringLiteral("settings.change"), QStringLiteral("settings"), key,
            {{QStringLiteral("value"), value}});
    });
}

} // namespace spoke
