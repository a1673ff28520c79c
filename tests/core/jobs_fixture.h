#pragma once

// The fixture the job tests share: a real SQLCipher location database on a ManualClock
// (Monday 1 March 2027 12:00Z), two technicians, two services and a customer, with helpers.
//
// Dates: the location is in America/New_York; 2 March 2027 is a Tuesday; clocks go forward on
// Sunday 14 March and back on Sunday 7 November 2027.

#include "core/customers/customer_service.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"
#include "core/util/ids.h"
#include "support/test_support.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace spoke;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kNY(QByteArrayLiteral("America/New_York"));
const Actor kOwner {u"o1"_s, u"Olga Owner"_s, Role::Owner};
const Actor kManager {u"m1"_s, u"Maria Manager"_s, Role::Manager};
const Actor kDesk {u"f1"_s, u"Fran Desk"_s, Role::FrontDesk};

/// Local wall-clock time in New York, as UTC.
inline QDateTime ny(int month, int day, int h, int min = 0, int year = 2027)
{
    return QDateTime(QDate(year, month, day), QTime(h, min), kNY).toUTC();
}

inline QDateTime local(const QDateTime &utc)
{
    return utc.toTimeZone(kNY);
}

inline Assignment techs(QStringList ids)
{
    return Assignment {{}, std::move(ids)};
}

inline Assignment crewOf(const QString &id)
{
    return Assignment {id, {}};
}

inline RecurrenceRule weekly(QList<Qt::DayOfWeek> days, int count = 0)
{
    RecurrenceRule r;
    r.frequency = RecurrenceRule::Frequency::Weekly;
    r.weekdays = std::move(days);
    r.count = count;
    return r;
}

/// The value of a step the test builds on; a failure there ends the run with the error.
template<typename T> inline T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s failed: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

template<typename R> inline QString why(const R &r)
{
    return r.ok() ? QString() : r.error().message;
}

/// One row of a series, as stored.
struct Row
{
    QString id;
    QDateTime start;
    QDateTime occurrence;
    QString status;
    bool detached = false;
    bool deleted = false;
    QString notes;
    QString seriesId;
};

} // namespace

class JobsFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    ManualClock m_clock;
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<CrewService> m_crews;
    std::unique_ptr<JobService> m_jobs;
    std::unique_ptr<CustomerService> m_customers;
    int m_n = 0;
    QString m_ann, m_bob; // technicians
    QString m_clean, m_oven; // services: 120 min at 150.00, 30 min at 45.00
    QString m_customer, m_address;

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = m_db->query(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString technician(const QString &name)
    {
        return must(
            m_staff->createStaff(kOwner, name, Role::Technician, SecretKind::Pin, u"4831"_s), "staff");
    }

    Actor techActor(const QString &staffId, const QString &name = u"Ann Lee"_s)
    {
        return Actor {staffId, name, Role::Technician};
    }

    QString service(const QString &name, int minutes, qint64 price)
    {
        ServiceItem s;
        s.name = name;
        s.category = u"Cleaning"_s;
        s.durationMinutes = minutes;
        s.priceMinor = price;
        return must(m_catalog->save(kManager, s), "service");
    }

    /// A job for the test customer with the given services (default: one deep clean).
    Job draft(const QDateTime &start, Assignment a = {}, const QList<std::pair<QString, int>> &lines = {})
    {
        Job j;
        j.customerId = m_customer;
        j.addressId = m_address;
        j.startUtc = start;
        j.assignment = std::move(a);
        for (const auto &[serviceId, quantity] :
            lines.isEmpty() ? QList<std::pair<QString, int>> {{m_clean, 1}} : lines) {
            JobLine l;
            l.serviceId = serviceId;
            l.quantity = quantity;
            j.lines.push_back(l);
        }
        return j;
    }

    Job load(const QString &id) { return must(m_jobs->job(kManager, id), "job"); }

    std::vector<Row> rows(const QString &seriesId, bool includeDeleted = false)
    {
        QSqlQuery q
            = m_db->query(u"SELECT id, start_utc, occurrence_utc, status, detached, deleted_at IS NOT NULL, "
                          "crew_notes, series_id FROM jobs WHERE series_id = ? "_s
                + (includeDeleted ? QString() : u"AND deleted_at IS NULL "_s) + u"ORDER BY occurrence_utc"_s);
        q.addBindValue(seriesId);
        std::vector<Row> out;
        if (!q.exec())
            return out;
        auto t = [](const QVariant &v) {
            return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
        };
        while (q.next())
            out.push_back({q.value(0).toString(), t(q.value(1)), t(q.value(2)), q.value(3).toString(),
                q.value(4).toBool(), q.value(5).toBool(), q.value(6).toString(), q.value(7).toString()});
        return out;
    }

    /// Every live (not deleted) row of the customer's series, by start.
    std::vector<Row> allSeriesRows()
    {
        std::vector<Row> out;
        QSqlQuery q = m_db->query(u"SELECT id FROM job_series ORDER BY created_at, id"_s);
        if (!q.exec())
            return out;
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        for (const QString &id : ids)
            for (Row &r : rows(id))
                out.push_back(std::move(r));
        std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
            const QDateTime x = a.start.isValid() ? a.start : a.occurrence;
            const QDateTime y = b.start.isValid() ? b.start : b.occurrence;
            return x < y;
        });
        return out;
    }

    QStringList lanesOf(const BoardSnapshot &snap, const QString &jobId)
    {
        QStringList out;
        for (const BoardItem &i : snap.items)
            if (i.view.job.id == jobId)
                out << i.laneKey;
        out.sort();
        return out;
    }

    const BoardItem *itemOf(const BoardSnapshot &snap, const QString &jobId)
    {
        for (const BoardItem &i : snap.items)
            if (i.view.job.id == jobId)
                return &i;
        return nullptr;
    }

    QStringList ids(const std::vector<JobView> &views)
    {
        QStringList out;
        for (const JobView &v : views)
            out << v.job.id;
        return out;
    }

    void setUp()
    {
        m_clock.set(QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
        m_db = test::createDatabase(m_dir.filePath(u"loc%1"_s.arg(++m_n)), m_store);
        m_db->setClock(&m_clock);
        m_staff = std::make_unique<StaffService>(*m_db, PasswordHasher(PasswordHasher::Cost::Minimum));
        m_catalog = std::make_unique<CatalogService>(*m_db, u"USD"_s);
        m_crews = std::make_unique<CrewService>(*m_db);
        m_jobs = std::make_unique<JobService>(*m_db, kNY, u"USD"_s);
        m_customers = std::make_unique<CustomerService>(*m_db, u"US"_s);
        m_ann = technician(u"Ann Lee"_s);
        m_bob = technician(u"Bob Ray"_s);
        m_clean = service(u"Deep clean"_s, 120, 15000);
        m_oven = service(u"Oven clean"_s, 30, 4500);
        Customer c;
        c.givenName = u"Hélène"_s;
        c.familyName = u"Dubois"_s;
        c.phones.push_back({{}, u"mobile"_s, u"(555) 010-2345"_s, {}, true});
        CustomerAddress home;
        home.label = u"Home"_s;
        home.street = u"12 Rue des Lilas"_s;
        home.city = u"Springfield"_s;
        c.addresses.push_back(home);
        m_customer = must(m_customers->create(kDesk, c), "customer");
        m_address = must(m_customers->get(kDesk, m_customer), "get").addresses.at(0).id;
    }

    void tearDown()
    {
        m_customers.reset();
        m_jobs.reset();
        m_crews.reset();
        m_catalog.reset();
        m_staff.reset();
        m_db.reset();
    }
};
