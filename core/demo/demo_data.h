#pragma once

#include "core/location/location_service.h"
#include "core/security/key_store.h"
#include "core/staff/password_hasher.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace spoke::demo {

/// One demo staff account and the PIN printed in the README.
struct DemoAccount
{
    QString name;
    Role role = Role::None;
    QString pin;
};

/// The demo location's profile: a cleaning franchise in Riverside.
LocationProfile profile();

/// The demo staff, owner first. The owner is Dana Whitfield with PIN 1234.
std::vector<DemoAccount> accounts();

/// The passphrase of a demo location made where no keychain answers. The demo holds no real
/// data, so its passphrase is public (printed in the README).
QString passphrase();

/// The demo's catalog, crews, working hours and a week of jobs around `nowUtc` (done,
/// running, booked, unassigned requests, a head-office booking, a recurring service).
Status addSchedule(LocationDatabase &db, const Actor &owner, const QDateTime &nowUtc);

/// The demo's billing: New York City sales tax and the letterhead, four months of invoices
/// and payments before `nowUtc` (paid by every method, partly paid, overdue in every aging
/// bucket, a credit note and its refund, a void, an overpayment kept as credit and applied),
/// and the last two weeks' completed jobs invoiced. Past documents are issued on their day
/// (the database clock is moved for them), in time order.
Status addBilling(LocationDatabase &db, const Actor &owner, const QDateTime &nowUtc);

/// Fills a new, empty location with the demo profile and staff. Refused when the location
/// already has a profile or staff.
Status populate(LocationDatabase &db, PasswordHasher hasher = PasswordHasher());

/// Creates the demo location in folder (key in the key store, or the demo passphrase) and
/// fills it. Refused when folder already holds a location.
Result<std::unique_ptr<LocationDatabase>> create(
    const QString &folder, KeyStore &keyStore, KeySource source, PasswordHasher hasher = PasswordHasher());

} // namespace spoke::demo
