#pragma once

#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QString>

namespace spoke {

class LocationDatabase;

/// The location's own profile, as the first-run wizard and Settings edit it.
struct LocationProfile
{
    QString id;
    QString businessName;
    QString address;
    QString phone;
    QString email;
    QString timeZone = QStringLiteral("UTC"); ///< IANA id
    QString currency = QStringLiteral("USD"); ///< ISO 4217
    QString taxIds;
    QString invoicePrefix;
};

/// The location profile and key-value settings (language, idle lock...). Changes are
/// permission-checked and audited.
class LocationService
{
public:
    explicit LocationService(LocationDatabase &db);

    /// Checks a profile; returns a translated reason or an empty string.
    static QString validate(const LocationProfile &profile);

    /// Stores the first profile (first-run wizard); refused once one exists.
    Status createProfile(const LocationProfile &profile);
    Status updateProfile(const Actor &actor, const LocationProfile &profile);
    Result<LocationProfile> profile() const;

    QString setting(const QString &key, const QString &fallback = QString()) const;
    Status setSetting(const Actor &actor, const QString &key, const QString &value);

private:
    LocationDatabase &m_db;
};

} // namespace spoke
