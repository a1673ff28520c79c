#pragma once

// Shared by the sync tests: a location with a profile, staff, a service, customers and jobs
// written through core services (so their outbox entries are the real ones), an engine
// configured for tests, and helpers that run the engine and wait for it.

#include "core/customers/customer_service.h"
#include "core/location/location_service.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/job_service.h"
#include "core/security/key_store.h"
#include "core/staff/staff_service.h"
#include "core/storage/location_database.h"
#include "core/sync/sync_engine.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace spoke::test {

using namespace Qt::StringLiterals;

inline const Actor kSyncOwner {u"owner-1"_s, u"Olga Owner"_s, Role::Owner};
inline const Actor kSyncManager {u"manager-1"_s, u"Maria Manager"_s, Role::Manager};
inline const Actor kSyncDesk {u"desk-1"_s, u"Fran Desk"_s, Role::FrontDesk};
inline const QTimeZone kSyncZone(QByteArrayLiteral("America/New_York"));

template<typename T> inline T need(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s failed: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

inline void need(const Status &s, const char *what)
{
    if (!s)
        qFatal("%s failed: %s", what, qPrintable(s.error().message));
}

/// One location profile on disk with the core services a sync test needs.
struct TestLocation
{
    MemoryKeyStore keys;
    std::unique_ptr<LocationDatabase> db;
    std::unique_ptr<CustomerService> customers;
    std::unique_ptr<CatalogService> catalog;
    std::unique_ptr<JobService> jobs;
    QString serviceId; ///< a location service: "Deep clean", 120 min, 150.00

    /// A fresh profile in folder. withService: a catalog item (a replacement PC starts empty).
    explicit TestLocation(const QString &folder, bool withService = true)
    {
        db = createDatabase(folder, keys);
        LocationProfile p;
        p.businessName = u"Riverside Cleaning"_s;
        p.timeZone = u"America/New_York"_s;
        p.currency = u"USD"_s;
        need(LocationService(*db).createProfile(p), "profile");
        customers = std::make_unique<CustomerService>(*db, u"US"_s);
        catalog = std::make_unique<CatalogService>(*db, u"USD"_s);
        jobs = std::make_unique<JobService>(*db, kSyncZone, u"USD"_s);
        if (withService) {
            ServiceItem s;
            s.name = u"Deep clean"_s;
            s.category = u"Cleaning"_s;
            s.durationMinutes = 120;
            s.priceMinor = 15000;
            serviceId = need(catalog->save(kSyncManager, s), "service");
        }
    }

    QString addCustomer(const QString &given, const QString &family, const QString &phone = QString())
    {
        Customer c;
        c.givenName = given;
        c.familyName = family;
        if (!phone.isEmpty())
            c.phones.push_back({{}, u"mobile"_s, phone, {}, true});
        CustomerAddress a;
        a.street = u"12 Elm St"_s;
        a.city = u"Springfield"_s;
        a.postalCode = u"01101"_s;
        a.accessNotes = u"knock on the side door"_s;
        a.gateCode = u"4321"_s; // local-only
        c.addresses.push_back(a);
        c.preferences.push_back({{}, {}, u"Kitchen"_s, PreferenceKind::Dont, u"not the oven"_s});
        c.tags << u"vip"_s;
        return need(customers->create(kSyncManager, c), "customer");
    }

    QString firstAddress(const QString &customerId)
    {
        return scalarText(
            u"SELECT id FROM customer_addresses WHERE customer_id = ? ORDER BY position LIMIT 1"_s,
            {customerId});
    }

    QString bookJob(const QString &customerId, const QDateTime &startUtc)
    {
        Job j;
        j.customerId = customerId;
        j.addressId = firstAddress(customerId);
        j.lines.push_back({{}, serviceId, {}, 1, 0, {}, false, 0});
        j.startUtc = startUtc;
        return need(jobs->book(kSyncManager, j, u"test"_s), "job");
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = db->query(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString scalarText(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q = db->query(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    }

    qint64 pending() const { return scalar(u"SELECT count(*) FROM outbox WHERE sent_at IS NULL"_s); }
    qint64 outboxRows() const { return scalar(u"SELECT count(*) FROM outbox"_s); }

    /// What the location last wrote for every record, as its outbox says: the state the hub
    /// must hold after sync (deletes are absent).
    QHash<QString, QJsonObject> latestOutbox() const
    {
        QHash<QString, QJsonObject> out;
        QSqlQuery q = db->query(u"SELECT entity, entity_id, op, payload FROM outbox ORDER BY mutation_id"_s);
        if (!q.exec())
            qFatal("outbox unreadable");
        while (q.next()) {
            const QString key = q.value(0).toString() + u'/' + q.value(1).toString();
            if (q.value(2).toString() == "delete"_L1)
                out.remove(key);
            else
                out.insert(key, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        }
        return out;
    }
};

/// Engine options for tests: no timer runs, no startup run, quick backoff.
inline sync::SyncEngine::Options testOptions(quint32 seed = 1)
{
    sync::SyncEngine::Options o;
    o.intervalMs = 24 * 3600 * 1000;
    o.startupDelayMs = -1;
    o.requestTimeoutMs = 10'000;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    o.seed = seed;
    o.watchNetwork = false;
    return o;
}

/// Starts a run with "Sync now" and waits for it (and for nothing else).
inline sync::SyncRun runOnce(sync::SyncEngine &engine, int timeoutMs = 60'000)
{
    QSignalSpy spy(&engine, &sync::SyncEngine::runFinished);
    engine.syncNow();
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        qFatal("no sync run finished within %d ms", timeoutMs);
    return spy.takeFirst().at(0).value<sync::SyncRun>();
}

/// Runs until a run succeeds with nothing left to push (retries through injected faults).
inline bool syncUntilClean(sync::SyncEngine &engine, TestLocation &loc, int maxRuns = 60)
{
    for (int i = 0; i < maxRuns; ++i) {
        const sync::SyncRun r = runOnce(engine);
        if (r.outcome == "ok"_L1 && loc.pending() == 0)
            return true;
    }
    return false;
}

} // namespace spoke::test
