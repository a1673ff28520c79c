// Jobs against a real SQLCipher database: booking (prices, durations, one unit of work with
// audit, outbox and timeline), conflicts and manager overrides, rescheduling, the status
// machine with its permissions, the board (lanes, conflicts, a DST week in New York), the
// Today screen, recurring series (a year ahead, skip, extend, edits of one, following or all
// occurrences), the permission matrix of every entry point, and the catalog and crews.
//
// Dates: the location is in America/New_York; 2 March 2027 is a Tuesday; clocks go forward on
// Sunday 14 March and back on Sunday 7 November 2027. The database clock is a ManualClock at
// Monday 1 March 2027 12:00Z unless a test moves it.

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
QDateTime ny(int month, int day, int h, int min = 0, int year = 2027)
{
    return QDateTime(QDate(year, month, day), QTime(h, min), kNY).toUTC();
}

QDateTime local(const QDateTime &utc)
{
    return utc.toTimeZone(kNY);
}

Assignment techs(QStringList ids)
{
    return Assignment {{}, std::move(ids)};
}

Assignment crewOf(const QString &id)
{
    return Assignment {id, {}};
}

RecurrenceRule weekly(QList<Qt::DayOfWeek> days, int count = 0)
{
    RecurrenceRule r;
    r.frequency = RecurrenceRule::Frequency::Weekly;
    r.weekdays = std::move(days);
    r.count = count;
    return r;
}

/// The value of a step the test builds on; a failure there ends the run with the error.
template<typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s failed: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}

template<typename R> QString why(const R &r)
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

class TestJobs : public QObject
{
    Q_OBJECT

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

private slots:
    void init()
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

    void cleanup()
    {
        m_customers.reset();
        m_jobs.reset();
        m_crews.reset();
        m_catalog.reset();
        m_staff.reset();
        m_db.reset();
    }

    // --- booking --------------------------------------------------------------------

    void bookScheduledAndRequested()
    {
        auto id = m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}), {{m_clean, 1}, {m_oven, 2}}));
        QVERIFY2(id, qPrintable(why(id)));
        const Job j = load(*id);
        QCOMPARE(j.status, JobStatus::Scheduled);
        QCOMPARE(j.startUtc, ny(3, 2, 9));
        QCOMPARE(j.endUtc, ny(3, 2, 12)); // 120 + 2 × 30 minutes
        QCOMPARE(j.lines.size(), size_t(2));
        QCOMPARE(j.lines[0].description, u"Deep clean"_s);
        QCOMPARE(j.lines[0].unitPriceMinor, qint64(15000));
        QCOMPARE(j.lines[0].durationMinutes, 120);
        QCOMPARE(j.lines[1].quantity, 2);
        QCOMPARE(j.lines[1].unitPriceMinor, qint64(4500));
        QCOMPARE(j.lines[1].currency, u"USD"_s);
        QVERIFY(!j.lines[1].priceOverridden);
        QCOMPARE(j.assignment.technicianIds, QStringList {m_ann});
        QCOMPARE(j.bookedByStaffId, kDesk.staffId);
        QCOMPARE(j.bookedBy, RecordOwner::Location);
        // The rows of the one unit of work.
        QCOMPARE(
            scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.book' AND entity_id = ?"_s, {*id}),
            1);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM outbox WHERE entity = 'job' AND entity_id = ? AND op = 'upsert'"_s,
                {*id}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND ref_id = ?"_s,
                     {m_customer, *id}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'booked'"_s, {*id}), 1);
        auto view = m_jobs->jobView(kDesk, *id);
        QVERIFY(view);
        QCOMPARE(view->customerName, u"Hélène Dubois"_s);
        QCOMPARE(view->servicesSummary, u"Deep clean, Oven clean ×2"_s);
        QCOMPARE(view->technicianNames, QStringList {u"Ann Lee"_s});

        // Without a time it is a request.
        auto rid = m_jobs->book(kDesk, draft({}));
        QVERIFY2(rid, qPrintable(why(rid)));
        const Job r = load(*rid);
        QCOMPARE(r.status, JobStatus::Requested);
        QVERIFY(!r.startUtc.isValid());
        QVERIFY(!r.endUtc.isValid());

        // An end the caller gives is kept.
        Job e = draft(ny(3, 3, 9));
        e.endUtc = ny(3, 3, 9, 45);
        auto eid = m_jobs->book(kDesk, e);
        QVERIFY2(eid, qPrintable(why(eid)));
        QCOMPARE(load(*eid).endUtc, ny(3, 3, 9, 45));
    }

    void bookIsAllOrNothing()
    {
        m_db->setFaultInjector([](const QString &sql) { return sql.contains(u"customer_timeline"_s); });
        auto id = m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann})));
        QCOMPARE(id.code(), ErrorCode::Storage);
        m_db->setFaultInjector({});
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_lines"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'job'"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action LIKE 'job.%'"_s), 0);
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))));
    }

    void priceOverrides()
    {
        Job j = draft(ny(3, 2, 9));
        j.lines[0].unitPriceMinor = 9900;
        j.lines[0].priceOverridden = true;
        auto denied = m_jobs->book(kDesk, j);
        QCOMPARE(denied.code(), ErrorCode::PermissionDenied);
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 0);
        auto id = m_jobs->book(kManager, j);
        QVERIFY2(id, qPrintable(why(id)));
        QCOMPARE(load(*id).lines[0].unitPriceMinor, qint64(9900));
        QVERIFY(load(*id).lines[0].priceOverridden);

        // A price the desk didn't mark as changed is the catalog's.
        Job k = draft(ny(3, 3, 9));
        k.lines[0].unitPriceMinor = 1;
        auto kid = m_jobs->book(kDesk, k);
        QVERIFY2(kid, qPrintable(why(kid)));
        QCOMPARE(load(*kid).lines[0].unitPriceMinor, qint64(15000));

        // "Overriding" to the catalog price is no override.
        Job m = draft(ny(3, 4, 9));
        m.lines[0].unitPriceMinor = 15000;
        m.lines[0].priceOverridden = true;
        auto mid = m_jobs->book(kDesk, m);
        QVERIFY2(mid, qPrintable(why(mid)));
        QVERIFY(!load(*mid).lines[0].priceOverridden);
    }

    void editsKeepTheQuotedPrice()
    {
        Job j = draft(ny(3, 2, 9));
        j.lines[0].unitPriceMinor = 9900;
        j.lines[0].priceOverridden = true;
        const QString priced = must(m_jobs->book(kManager, j), "book");
        const QString plain = must(m_jobs->book(kDesk, draft(ny(3, 3, 9))), "book");
        // The catalog price goes up after both were booked.
        ServiceItem clean = must(m_catalog->service(kManager, m_clean), "service");
        clean.priceMinor = 17000;
        QVERIFY(m_catalog->save(kManager, clean));

        // The front desk edits the notes of the job a manager priced: allowed, price kept.
        Job edit = load(priced);
        edit.crewNotes = u"Side door"_s;
        Status st = m_jobs->update(kDesk, edit);
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(load(priced).lines[0].unitPriceMinor, qint64(9900));
        QVERIFY(load(priced).lines[0].priceOverridden);
        QCOMPARE(load(priced).crewNotes, u"Side door"_s);
        // ...but can't change that price.
        edit = load(priced);
        edit.lines[0].unitPriceMinor = 5000;
        QCOMPARE(m_jobs->update(kDesk, edit).code(), ErrorCode::PermissionDenied);
        QCOMPARE(load(priced).lines[0].unitPriceMinor, qint64(9900));

        // A job booked at the old catalog price keeps the price the customer was quoted; a
        // line added now takes today's price.
        edit = load(plain);
        edit.crewNotes = u"Bring the ladder"_s;
        JobLine more;
        more.serviceId = m_clean;
        edit.lines.push_back(more);
        edit.endUtc = edit.startUtc.addSecs(4 * 3600);
        st = m_jobs->update(kDesk, edit);
        QVERIFY2(st, qPrintable(why(st)));
        const Job after = load(plain);
        QCOMPARE(after.lines.size(), size_t(2));
        QCOMPARE(after.lines[0].unitPriceMinor, qint64(15000));
        QCOMPARE(after.lines[1].unitPriceMinor, qint64(17000));
        QCOMPARE(after.revision, 1);
    }

    void inactiveOrUnknownServiceRefused()
    {
        ServiceItem oven = must(m_catalog->service(kManager, m_oven), "service");
        oven.active = false;
        QVERIFY(m_catalog->save(kManager, oven));
        auto r = m_jobs->book(kDesk, draft(ny(3, 2, 9), {}, {{m_oven, 1}}));
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(u"Oven clean"_s), qPrintable(r.error().message));
        QCOMPARE(m_jobs->book(kDesk, draft(ny(3, 2, 9), {}, {{newUuidV7(), 1}})).code(), ErrorCode::NotFound);
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 0);
    }

    void badTimesRefused_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("zero length") << 0;
        QTest::newRow("end before start") << -30;
        QTest::newRow("longer than a day") << 24 * 60 + 1;
    }

    void badTimesRefused()
    {
        QFETCH(int, minutes);
        Job j = draft(ny(3, 2, 9), techs({m_ann}));
        j.endUtc = j.startUtc.addSecs(qint64(minutes) * 60);
        auto r = m_jobs->book(kDesk, j);
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'job'"_s), 0);
        // A whole day is still one visit.
        j.endUtc = j.startUtc.addSecs(24 * 3600);
        QVERIFY(m_jobs->book(kDesk, j));
    }

    // --- conflicts ------------------------------------------------------------------

    void conflictsRefuseWithTheMessage()
    {
        const QString first = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))), "book"); // 9-11
        auto second = m_jobs->book(kDesk, draft(ny(3, 2, 10), techs({m_ann})));
        QCOMPARE(second.code(), ErrorCode::Conflict);
        QVERIFY2(second.error().message.contains(u"Ann Lee"_s), qPrintable(second.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 1);
        // The preview says the same without writing anything.
        Job preview = draft(ny(3, 2, 10), techs({m_ann})); // no end yet: two hours of deep clean
        auto c = m_jobs->conflicts(kDesk, preview);
        QVERIFY(c);
        QCOMPARE(c->size(), size_t(1));
        QCOMPARE(c->at(0).kind, ConflictKind::DoubleBooked);
        QCOMPARE(c->at(0).otherJobId, first);
        QVERIFY(m_jobs->conflicts(kDesk, draft(ny(3, 2, 11), techs({m_ann})))->empty());
        QCOMPARE(
            m_jobs->conflicts(kDesk, draft(ny(3, 2, 7, 30), techs({m_ann})))->size(), size_t(1)); // till 9:30
        // Right after is fine.
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 2, 11), techs({m_ann}))));
    }

    void managerOverrideIsRecorded()
    {
        must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))), "book");
        const QString reason = u"The customer can only do ten o'clock"_s;
        auto id = m_jobs->book(kManager, draft(ny(3, 2, 10), techs({m_ann})), reason);
        QVERIFY2(id, qPrintable(why(id)));
        QCOMPARE(load(*id).overriddenConflicts, QStringList {u"double_booked"_s});
        QCOMPARE(
            scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'override' AND detail = ?"_s,
                {*id, reason}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.override' AND entity_id = ?"_s,
                     {*id}),
            1);
        auto history = m_jobs->history(kManager, *id);
        QVERIFY(history);
        QVERIFY(std::any_of(history->begin(), history->end(), [&](const QStringList &l) {
            return l.value(2) == u"override"_s && l.value(3) == reason && l.value(1) == kManager.name;
        }));
        // A reason without any conflict records no override.
        auto clean = m_jobs->book(kManager, draft(ny(3, 3, 9), techs({m_ann})), reason);
        QVERIFY(clean);
        QVERIFY(load(*clean).overriddenConflicts.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.override'"_s), 1);
    }

    void frontDeskCannotOverride()
    {
        must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))), "book");
        auto r = m_jobs->book(kDesk, draft(ny(3, 2, 10), techs({m_ann})), u"please"_s);
        QCOMPARE(r.code(), ErrorCode::PermissionDenied);
        QVERIFY(r.error().message.contains(u"Ann Lee"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.override'"_s), 0);
    }

    void doNotServiceAndPreferredCrew()
    {
        Customer c = must(m_customers->get(kDesk, m_customer), "get");
        c.addresses[0].preferredCrew = u"bob ray"_s;
        QVERIFY(m_customers->update(kDesk, c));
        auto r = m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann})));
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(u"bob ray"_s), qPrintable(r.error().message));
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_bob}))));
        c = must(m_customers->get(kDesk, m_customer), "get");
        c.doNotService = true;
        c.doNotServiceReason = u"Unpaid invoices"_s;
        QVERIFY(m_customers->update(kDesk, c));
        QCOMPARE(m_jobs->book(kDesk, draft({})).code(), ErrorCode::Conflict); // even a request
    }

    // --- rescheduling ---------------------------------------------------------------

    void rescheduleKeepsLengthAndShiftsTheWindow()
    {
        Job j = draft(ny(3, 2, 9), techs({m_ann}));
        j.windowStartUtc = ny(3, 2, 8, 30);
        j.windowEndUtc = ny(3, 2, 9, 30);
        const QString id = must(m_jobs->book(kDesk, j), "book");
        Status st = m_jobs->reschedule(kDesk, id, ny(3, 3, 13), techs({m_bob}));
        QVERIFY2(st, qPrintable(why(st)));
        Job moved = load(id);
        QCOMPARE(moved.startUtc, ny(3, 3, 13));
        QCOMPARE(moved.endUtc, ny(3, 3, 15));
        QCOMPARE(moved.windowStartUtc, ny(3, 3, 12, 30));
        QCOMPARE(moved.windowEndUtc, ny(3, 3, 13, 30));
        QCOMPARE(moved.assignment.technicianIds, QStringList {m_bob});
        QCOMPARE(moved.revision, 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'moved'"_s, {id}), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.reschedule' AND entity_id = ?"_s,
                     {id}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity_id = ? AND op = 'upsert'"_s, {id}),
            2); // booked, moved

        // A request dropped on the board gets a time and its services' length.
        const QString request = must(m_jobs->book(kDesk, draft({}, {}, {{m_oven, 3}})), "book");
        st = m_jobs->reschedule(kDesk, request, ny(3, 4, 9), techs({m_ann}));
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(load(request).status, JobStatus::Scheduled);
        QCOMPARE(load(request).endUtc, ny(3, 4, 10, 30));

        // Dropping over someone else's job is refused and changes nothing.
        const QString other = must(m_jobs->book(kDesk, draft(ny(3, 5, 9), techs({m_bob}))), "book");
        QCOMPARE(m_jobs->reschedule(kDesk, id, ny(3, 5, 10), techs({m_bob})).code(), ErrorCode::Conflict);
        QCOMPARE(load(id).startUtc, ny(3, 3, 13));
        QCOMPARE(load(id).revision, 1);

        // A job that has started or finished stays where it happened.
        for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress, JobStatus::Completed})
            QVERIFY(m_jobs->setStatus(kDesk, other, s));
        Status done = m_jobs->reschedule(kDesk, other, ny(3, 8, 9), techs({m_bob}));
        QCOMPARE(done.code(), ErrorCode::InvalidInput);
        QCOMPARE(load(other).startUtc, ny(3, 5, 9));
    }

    // --- status ---------------------------------------------------------------------

    void statusHappyPathAndRefusals()
    {
        const QString id = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))), "book");
        for (JobStatus s :
            {JobStatus::EnRoute, JobStatus::InProgress, JobStatus::Completed, JobStatus::Invoiced}) {
            Status st = m_jobs->setStatus(kDesk, id, s);
            QVERIFY2(st, qPrintable(why(st)));
            QCOMPARE(load(id).status, s);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'status'"_s, {id}), 4);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.status' AND entity_id = ?"_s, {id}),
            4);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE ref_id = ?"_s, {id}),
            2); // booked, completed
        Status closed = m_jobs->setStatus(kDesk, id, JobStatus::Scheduled);
        QCOMPARE(closed.code(), ErrorCode::InvalidInput);
        QCOMPARE(
            closed.error().message, JobStatusMachine::refusal(JobStatus::Invoiced, JobStatus::Scheduled));

        const QString other = must(m_jobs->book(kDesk, draft(ny(3, 3, 9), techs({m_bob}))), "book");
        Status skip = m_jobs->setStatus(kDesk, other, JobStatus::Completed);
        QCOMPARE(skip.code(), ErrorCode::InvalidInput);
        QCOMPARE(skip.error().message, JobStatusMachine::refusal(JobStatus::Scheduled, JobStatus::Completed));
        QCOMPARE(load(other).status, JobStatus::Scheduled);

        QCOMPARE(m_jobs->setStatus(kDesk, other, JobStatus::Cancelled).code(), ErrorCode::InvalidInput);
        QCOMPARE(
            m_jobs->setStatus(kDesk, other, JobStatus::Cancelled, u"   "_s).code(), ErrorCode::InvalidInput);
        QCOMPARE(m_jobs->setStatus(kDesk, other, JobStatus::NoShow).code(), ErrorCode::InvalidInput);
        QCOMPARE(load(other).status, JobStatus::Scheduled);
        Status cancel = m_jobs->setStatus(kDesk, other, JobStatus::Cancelled, u" Customer moved away "_s);
        QVERIFY2(cancel, qPrintable(why(cancel)));
        QCOMPARE(load(other).status, JobStatus::Cancelled);
        QCOMPARE(load(other).statusReason, u"Customer moved away"_s);
        QCOMPARE(m_jobs->setStatus(kDesk, u"nope"_s, JobStatus::EnRoute).code(), ErrorCode::NotFound);
        // A cancelled job frees its slot.
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 3, 9), techs({m_bob}))));
    }

    void technicianMovesOnlyOwnJobs()
    {
        const Actor ann = techActor(m_ann);
        const QString crew = must(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {m_ann}}), "crew");
        const QString own = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))), "book");
        const QString bobs = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_bob}))), "book");
        const QString crewJob = must(m_jobs->book(kDesk, draft(ny(3, 3, 9), crewOf(crew))), "book");
        QVERIFY(m_jobs->setStatus(ann, own, JobStatus::EnRoute));
        QCOMPARE(m_jobs->setStatus(ann, bobs, JobStatus::EnRoute).code(), ErrorCode::PermissionDenied);
        QCOMPARE(load(bobs).status, JobStatus::Scheduled);
        QVERIFY(m_jobs->setStatus(ann, crewJob, JobStatus::EnRoute)); // her crew's job
        QCOMPARE(
            m_jobs->setStatus(ann, own, JobStatus::Cancelled, u"sick"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(load(own).status, JobStatus::EnRoute);
        QVERIFY(m_jobs->setStatus(ann, own, JobStatus::InProgress));
        QVERIFY(m_jobs->setStatus(ann, own, JobStatus::Completed));
        QCOMPARE(load(own).status, JobStatus::Completed);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND staff_id = ?"_s, {own, m_ann}), 3);
    }

    void unschedulingClearsTheTime()
    {
        Job j = draft(ny(3, 2, 9), techs({m_ann}));
        j.windowStartUtc = ny(3, 2, 8);
        j.windowEndUtc = ny(3, 2, 10);
        const QString id = must(m_jobs->book(kDesk, j), "book");
        QVERIFY(m_jobs->setStatus(kDesk, id, JobStatus::Requested));
        Job r = load(id);
        QCOMPARE(r.status, JobStatus::Requested);
        QVERIFY(!r.startUtc.isValid());
        QVERIFY(!r.endUtc.isValid());
        QVERIFY(!r.windowStartUtc.isValid());
        QVERIFY(!r.windowEndUtc.isValid());
        QCOMPARE(m_jobs->setStatus(kDesk, id, JobStatus::Scheduled).code(), ErrorCode::InvalidInput);
        // Its slot is free again.
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_ann}))));
        QVERIFY(m_jobs->reschedule(kDesk, id, ny(3, 4, 9), techs({m_ann})));
        QCOMPARE(load(id).endUtc, ny(3, 4, 11));
    }

    // --- board ----------------------------------------------------------------------

    void boardLanes()
    {
        const QString carl = technician(u"Carl Day"_s);
        const QString crew
            = must(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, u"#3b82f6"_s, true, {m_ann}}), "crew");
        const QString crewJob = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), crewOf(crew))), "book");
        const QString pair = must(m_jobs->book(kDesk, draft(ny(3, 2, 13), techs({m_bob, carl}))), "book");
        const QString loose = must(m_jobs->book(kDesk, draft(ny(3, 3, 9))), "book");
        const QString nextWeek = must(m_jobs->book(kDesk, draft(ny(3, 8, 9))), "book");
        auto snap = m_jobs->board(kDesk, QDate(2027, 3, 1), 7);
        QVERIFY2(snap, qPrintable(why(snap)));
        QCOMPARE(snap->lanes.size(), size_t(5));
        QCOMPARE(snap->lanes[0].kind, BoardLane::Kind::Unassigned);
        QCOMPARE(snap->lanes[0].key, QString());
        QVERIFY(!snap->lanes[0].title.isEmpty());
        QCOMPARE(snap->lanes[1].kind, BoardLane::Kind::Crew);
        QCOMPARE(snap->lanes[1].key, crewLaneKey(crew));
        QCOMPARE(snap->lanes[1].title, u"Crew A"_s);
        QCOMPARE(snap->lanes[1].color, u"#3b82f6"_s);
        QStringList techLanes;
        for (size_t i = 2; i < snap->lanes.size(); ++i) {
            QCOMPARE(snap->lanes[i].kind, BoardLane::Kind::Technician);
            techLanes << snap->lanes[i].title;
        }
        QCOMPARE(techLanes, (QStringList {u"Ann Lee"_s, u"Bob Ray"_s, u"Carl Day"_s}));

        QCOMPARE(lanesOf(*snap, crewJob), QStringList {crewLaneKey(crew)});
        QStringList both {technicianLaneKey(m_bob), technicianLaneKey(carl)};
        both.sort();
        QCOMPARE(lanesOf(*snap, pair), both);
        QCOMPARE(lanesOf(*snap, loose), QStringList {QString()});
        QVERIFY(lanesOf(*snap, nextWeek).isEmpty());
        QCOMPARE(itemOf(*snap, crewJob)->view.crewName, u"Crew A"_s);
        QCOMPARE(itemOf(*snap, pair)->view.technicianNames, (QStringList {u"Bob Ray"_s, u"Carl Day"_s}));
        QCOMPARE(snap->zone, kNY);
        QCOMPARE(snap->firstDay, QDate(2027, 3, 1));
        QCOMPARE(snap->days, 7);
        QCOMPARE(m_jobs->board(kDesk, QDate(2027, 3, 1), 0).code(), ErrorCode::InvalidInput);
    }

    void boardConflicts()
    {
        const QString first = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_bob}))), "book");
        const QString over
            = must(m_jobs->book(kManager, draft(ny(3, 2, 10), techs({m_bob})), u"Agreed with the customer"_s),
                "book");
        const QString later = must(m_jobs->book(kDesk, draft(ny(3, 2, 13), techs({m_bob}))), "book");
        // Time off recorded after the booking: the board shows it as an open conflict.
        QVERIFY(m_crews->addTimeOff(kManager, {{}, m_bob, ny(3, 2, 14), ny(3, 2, 18), u"Dentist"_s}));
        auto snap = m_jobs->board(kDesk, QDate(2027, 3, 1), 7);
        QVERIFY(snap);
        QVERIFY(itemOf(*snap, over)->conflicts.empty()); // overridden
        // The manager accepted that overlap: the job it overlaps isn't flagged for it either.
        QVERIFY(itemOf(*snap, first)->conflicts.empty());
        const auto &open = itemOf(*snap, later)->conflicts;
        QCOMPARE(open.size(), size_t(1));
        QCOMPARE(open[0].kind, ConflictKind::TimeOff);
        QVERIFY(open[0].message.contains(u"Dentist"_s));
    }

    void boardWeekAcrossDst()
    {
        const QString fri = must(m_jobs->book(kDesk, draft(ny(3, 12, 9), techs({m_ann}))), "book");
        const QString sun = must(m_jobs->book(kDesk, draft(ny(3, 14, 9), techs({m_ann}))), "book");
        const QString mon = must(m_jobs->book(kDesk, draft(ny(3, 15, 9), techs({m_ann}))), "book");
        const QString after = must(m_jobs->book(kDesk, draft(ny(3, 17, 9), techs({m_ann}))), "book");
        auto snap = m_jobs->board(kDesk, QDate(2027, 3, 10), 7);
        QVERIFY(snap);
        QCOMPARE(snap->items.size(), size_t(3));
        for (const BoardItem &i : snap->items) {
            const QDateTime l = i.view.job.startUtc.toTimeZone(snap->zone);
            QCOMPARE(l.time(), QTime(9, 0));
            QCOMPARE(i.view.job.endUtc.toTimeZone(snap->zone).time(), QTime(11, 0));
        }
        QCOMPARE(itemOf(*snap, fri)->view.job.startUtc, QDateTime(QDate(2027, 3, 12), QTime(14, 0), Qt::UTC));
        QCOMPARE(itemOf(*snap, sun)->view.job.startUtc, QDateTime(QDate(2027, 3, 14), QTime(13, 0), Qt::UTC));
        QCOMPARE(itemOf(*snap, mon)->view.job.startUtc, QDateTime(QDate(2027, 3, 15), QTime(13, 0), Qt::UTC));
        QVERIFY(!itemOf(*snap, after));
    }

    void jobsForAndLaneDay()
    {
        const QString crew = must(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {m_ann}}), "crew");
        const QString own = must(m_jobs->book(kDesk, draft(ny(3, 2, 13), techs({m_ann}))), "book");
        const QString crewJob = must(m_jobs->book(kDesk, draft(ny(3, 2, 9), crewOf(crew))), "book");
        must(m_jobs->book(kDesk, draft(ny(3, 2, 9), techs({m_bob}))), "book");
        auto mine = m_jobs->jobsFor(techActor(m_ann), m_ann, ny(3, 1, 0), ny(3, 8, 0));
        QVERIFY(mine);
        QCOMPARE(ids(*mine), (QStringList {crewJob, own}));
        auto lane = m_jobs->laneDay(kDesk, crewLaneKey(crew), QDate(2027, 3, 2));
        QVERIFY(lane);
        QCOMPARE(ids(*lane), QStringList {crewJob});
        QVERIFY(m_jobs->laneDay(kDesk, crewLaneKey(crew), QDate(2027, 3, 3))->empty());
    }

    // --- today ----------------------------------------------------------------------

    void todaySummary()
    {
        auto bookAt = [&](const QDateTime &s, const QDateTime &e, Assignment a) {
            Job j = draft(s, std::move(a));
            j.endUtc = e;
            m_clock.advanceSecs(60); // distinct creation times: "oldest first" is testable
            return must(m_jobs->book(kDesk, j), "book");
        };
        const QString overrun = bookAt(ny(3, 2, 7), ny(3, 2, 8), techs({m_ann}));
        const QString notStarted = bookAt(ny(3, 2, 9), ny(3, 2, 10), techs({m_ann}));
        const QString working = bookAt(ny(3, 2, 9), ny(3, 2, 10, 25), techs({m_bob}));
        const QString soon = bookAt(ny(3, 2, 10, 25), ny(3, 2, 11, 25), techs({m_bob}));
        const QString nobody = bookAt(ny(3, 2, 13), ny(3, 2, 14), {});
        const QString tomorrow = bookAt(ny(3, 3, 9), ny(3, 3, 10), techs({m_ann}));
        const QString yesterday = bookAt(ny(3, 1, 9), ny(3, 1, 10), techs({m_ann}));
        m_clock.advanceSecs(60);
        const QString request = must(m_jobs->book(kDesk, draft({})), "book");
        for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress}) {
            QVERIFY(m_jobs->setStatus(kDesk, overrun, s));
            QVERIFY(m_jobs->setStatus(kDesk, working, s));
        }

        // The clock of the database is not "now" for this question: the argument is.
        const QDateTime now = ny(3, 2, 10, 30);
        auto t = m_jobs->today(kDesk, now);
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(ids(t->jobs).size(), 5);
        for (const QString &id : {overrun, notStarted, working, soon, nobody})
            QVERIFY(ids(t->jobs).contains(id));
        QVERIFY(!ids(t->jobs).contains(tomorrow));
        QVERIFY(!ids(t->jobs).contains(yesterday));
        for (size_t i = 1; i < t->jobs.size(); ++i)
            QVERIFY(t->jobs[i - 1].job.startUtc <= t->jobs[i].job.startUtc);
        QCOMPARE(ids(t->unassigned), (QStringList {nobody, request}));
        QCOMPARE(ids(t->late), (QStringList {overrun, notStarted}));

        // The grace is ten minutes.
        QVERIFY(!ids(m_jobs->today(kDesk, ny(3, 2, 10, 34))->late).contains(soon));
        QVERIFY(ids(m_jobs->today(kDesk, ny(3, 2, 10, 36))->late).contains(soon));
        QVERIFY(ids(m_jobs->today(kDesk, ny(3, 2, 10, 36))->late).contains(working));
        // Another day is another day.
        auto wed = m_jobs->today(kDesk, ny(3, 3, 8));
        QCOMPARE(ids(wed->jobs), QStringList {tomorrow});
        QVERIFY(wed->late.empty());
    }

    // --- recurring service ----------------------------------------------------------

    void recurringWeeklyForAYear()
    {
        auto sid = m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday}));
        QVERIFY2(sid, qPrintable(why(sid)));
        const auto all = rows(*sid);
        // Tuesdays from 2 March 2027 until a year after now (29 February 2028 12:00Z).
        QCOMPARE(all.size(), size_t(52));
        for (const Row &r : all) {
            QCOMPARE(r.seriesId, *sid);
            QCOMPARE(r.occurrence, r.start);
            QCOMPARE(r.status, u"scheduled"_s);
            QVERIFY(!r.detached);
            QCOMPARE(local(r.start).time(), QTime(9, 0));
            QCOMPARE(local(r.start).date().dayOfWeek(), int(Qt::Tuesday));
        }
        QCOMPARE(all.front().start, ny(3, 2, 9));
        QCOMPARE(all.back().start, ny(2, 22, 9, 0, 2028));
        QCOMPARE(all[0].start.time(), QTime(14, 0)); // EST
        QCOMPARE(all[2].start.time(), QTime(13, 0)); // 16 March: EDT
        const auto nov9 = std::find_if(
            all.begin(), all.end(), [](const Row &r) { return r.start.date() == QDate(2027, 11, 9); });
        QVERIFY(nov9 != all.end());
        QCOMPARE(nov9->start.time(), QTime(14, 0)); // EST again
        QCOMPARE(load(all[10].id).lines.at(0).unitPriceMinor, qint64(15000));
        QCOMPARE(load(all[10].id).assignment.technicianIds, QStringList {m_ann});
        QCOMPARE(load(all[10].id).endUtc, all[10].start.addSecs(7200));

        QCOMPARE(
            scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.book_recurring' AND entity_id = ?"_s,
                {*sid}),
            1);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'job'"_s), 52);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE entity = 'job_series'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE ref_id = ?"_s, {*sid}), 1);
        auto rule = m_jobs->seriesRule(kDesk, *sid);
        QVERIFY(rule);
        QCOMPARE(rule->weekdays, (QList<Qt::DayOfWeek> {Qt::Tuesday}));
    }

    void skipThenExtendNeverRebooksTheSkippedVisit()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        const auto all = rows(sid);
        const Row third = all.at(2);
        QVERIFY(m_jobs->skipOccurrence(kDesk, third.id));
        QCOMPARE(load(third.id).status, JobStatus::Cancelled);
        QVERIFY(!load(third.id).statusReason.isEmpty());
        // Its slot is free for something else.
        QVERIFY(m_jobs->book(kDesk, draft(third.start, techs({m_ann}))));
        QCOMPARE(m_jobs->skipOccurrence(kDesk, third.id).code(), ErrorCode::InvalidInput); // already closed

        auto added = m_jobs->extendSeries(Actor::system(), ny(5, 1, 8));
        QVERIFY2(added, qPrintable(why(added)));
        QCOMPARE(*added, 9); // 29 February .. 25 April 2028
        auto again = m_jobs->extendSeries(Actor::system(), ny(5, 1, 8));
        QVERIFY(again);
        QCOMPARE(*again, 0);
        const auto after = rows(sid);
        QCOMPARE(after.size(), size_t(61));
        QCOMPARE(std::count_if(
                     after.begin(), after.end(), [&](const Row &r) { return r.occurrence == third.start; }),
            1);
        QCOMPARE(std::count_if(
                     after.begin(), after.end(), [](const Row &r) { return r.status == u"cancelled"_s; }),
            1);
        QCOMPARE(local(after.back().start), QDateTime(QDate(2028, 4, 25), QTime(9, 0), kNY));

        // A one-off job can't be skipped.
        const QString single = must(m_jobs->book(kDesk, draft(ny(3, 4, 9))), "book");
        QCOMPARE(m_jobs->skipOccurrence(kDesk, single).code(), ErrorCode::InvalidInput);
    }

    void editThisOccurrenceDetachesOnlyIt()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        const auto before = rows(sid);
        Job fifth = load(before[4].id);
        fifth.startUtc = ny(3, 30, 14);
        fifth.endUtc = ny(3, 30, 16);
        fifth.crewNotes = u"Ring twice"_s;
        Status st = m_jobs->update(kDesk, fifth, SeriesScope::ThisOccurrence);
        QVERIFY2(st, qPrintable(why(st)));
        const auto after = rows(sid);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].occurrence, before[i].occurrence);
            if (i == 4) {
                QVERIFY(after[i].detached);
                QCOMPARE(after[i].start, ny(3, 30, 14));
                QCOMPARE(after[i].notes, u"Ring twice"_s);
            } else {
                QVERIFY(!after[i].detached);
                QCOMPARE(after[i].start, before[i].start);
                QCOMPARE(after[i].notes, QString());
            }
        }
        // Moving an occurrence on the board detaches it too.
        QVERIFY(m_jobs->reschedule(kDesk, before[6].id, ny(4, 15, 9), techs({m_ann})));
        QVERIFY(load(before[6].id).detached);
        QCOMPARE(load(before[6].id).occurrenceUtc, before[6].occurrence);
    }

    void editAllMovesEveryUntouchedFutureVisit()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        const auto before = rows(sid);
        m_clock.set(ny(3, 10, 8)); // Wednesday morning: 2 and 9 March are past
        QVERIFY(m_jobs->skipOccurrence(kDesk, before[5].id)); // 6 April
        QVERIFY(
            m_jobs->reschedule(kDesk, before[7].id, ny(4, 22, 9), techs({m_ann}))); // 20 April -> Thursday

        Job third = load(before[2].id); // 16 March, Tuesday 09:00
        third.startUtc = ny(3, 17, 10); // Wednesday 10:00
        third.endUtc = ny(3, 17, 12);
        third.crewNotes = u"New gate code at the office"_s;
        Status st = m_jobs->update(kDesk, third, SeriesScope::All);
        QVERIFY2(st, qPrintable(why(st)));

        auto rule = m_jobs->seriesRule(kDesk, sid);
        QVERIFY(rule);
        QCOMPARE(rule->weekdays, QList<Qt::DayOfWeek> {Qt::Wednesday});
        const auto after = rows(sid);
        // The past stays as it was.
        QCOMPARE(after[0].id, before[0].id);
        QCOMPARE(after[0].start, ny(3, 2, 9));
        QCOMPARE(after[1].start, ny(3, 9, 9));
        QCOMPARE(after[1].notes, QString());
        // Skipped and detached visits keep their own life: no Wednesday visit is added in their weeks.
        const QDate skippedWeek(2027, 4, 5), detachedWeek(2027, 4, 19);
        int wednesdays = 0;
        QSet<QDate> weeks;
        for (const Row &r : after) {
            const QDateTime l = local(r.start);
            const QDate monday = l.date().addDays(1 - l.date().dayOfWeek());
            QVERIFY2(!weeks.contains(monday),
                qPrintable(u"two visits in the week of %1"_s.arg(monday.toString(Qt::ISODate))));
            weeks.insert(monday);
            if (r.start < ny(3, 10, 8))
                continue; // checked above
            if (r.id == before[5].id) {
                QCOMPARE(r.status, u"cancelled"_s);
                QCOMPARE(monday, skippedWeek);
                continue;
            }
            if (r.id == before[7].id) {
                QVERIFY(r.detached);
                QCOMPARE(r.start, ny(4, 22, 9));
                QCOMPARE(monday, detachedWeek);
                continue;
            }
            QCOMPARE(r.status, u"scheduled"_s);
            QCOMPARE(l.date().dayOfWeek(), int(Qt::Wednesday));
            QCOMPARE(l.time(), QTime(10, 0));
            QCOMPARE(r.notes, u"New gate code at the office"_s);
            ++wednesdays;
        }
        QVERIFY2(wednesdays >= 48, qPrintable(QString::number(wednesdays)));
        QVERIFY(weeks.contains(QDate(2027, 3, 15))); // the edited week itself
        // Nothing is left on the old Tuesday slot from now on.
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs WHERE series_id = ? AND deleted_at IS NULL AND status = "
                        "'scheduled' AND start_utc >= ? AND start_utc = occurrence_utc AND detached = 0 AND "
                        "strftime('%w', start_utc) = '2'"_s,
                     {sid, isoUtc(ny(3, 10, 8))}),
            0);
        // A later extension follows the new rule.
        auto added = m_jobs->extendSeries(Actor::system(), ny(6, 1, 12));
        QVERIFY(added);
        const auto extended = rows(sid);
        QCOMPARE(local(extended.back().start).date().dayOfWeek(), int(Qt::Wednesday));
        QCOMPARE(local(extended.back().start).time(), QTime(10, 0));
    }

    void editAllWhenTheRuleNamesNoWeekday()
    {
        // "Weekly" without weekdays means the first visit's weekday; moving the visits to
        // another day has to say so in the rule.
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({})), "series");
        Job second = load(rows(sid).at(1).id);
        second.startUtc = ny(3, 10, 11);
        second.endUtc = ny(3, 10, 13);
        Status st = m_jobs->update(kDesk, second, SeriesScope::All);
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(must(m_jobs->seriesRule(kDesk, sid), "rule").weekdays, QList<Qt::DayOfWeek> {Qt::Wednesday});
        const auto after = rows(sid);
        QCOMPARE(after.size(), size_t(52));
        QCOMPARE(after.front().start, ny(3, 3, 11));
        for (const Row &r : after) {
            QCOMPARE(local(r.start).date().dayOfWeek(), int(Qt::Wednesday));
            QCOMPARE(local(r.start).time(), QTime(11, 0));
        }
    }

    void editAllNeverMovesAComingVisitIntoThePast()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        m_clock.set(ny(3, 16, 8)); // Tuesday morning, an hour before today's visit
        const auto before = rows(sid);
        Job next = load(before[3].id); // Tuesday 23 March -> Monday 22 March
        next.startUtc = ny(3, 22, 10);
        next.endUtc = ny(3, 22, 12);
        Status st = m_jobs->update(kDesk, next, SeriesScope::All);
        QVERIFY2(st, qPrintable(why(st)));
        const auto after = rows(sid);
        QCOMPARE(after[2].id, before[2].id); // today's visit stays, at 09:00 today
        QCOMPARE(after[2].start, ny(3, 16, 9));
        QSet<QDate> weeks;
        for (const Row &r : after) {
            QVERIFY(r.start >= ny(3, 16, 8) || r.start <= ny(3, 9, 9)); // nothing new in the past
            const QDate d = local(r.start).date();
            const QDate monday = d.addDays(1 - d.dayOfWeek());
            QVERIFY(!weeks.contains(monday));
            weeks.insert(monday);
            if (r.start > ny(3, 17, 0)) {
                QCOMPARE(d.dayOfWeek(), int(Qt::Monday));
                QCOMPARE(local(r.start).time(), QTime(10, 0));
            }
        }
        QVERIFY(weeks.contains(QDate(2027, 3, 22)));
    }

    void editThisAndFollowingSplitsWithoutGapsOrDuplicates()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        const auto before = rows(sid);
        QCOMPARE(before.size(), size_t(52));
        QVERIFY(m_jobs->skipOccurrence(kDesk, before[14].id)); // after the split: stays skipped
        Job tenth = load(before[9].id); // 4 May
        tenth.startUtc = ny(5, 4, 11);
        tenth.endUtc = ny(5, 4, 13);
        tenth.crewNotes = u"Later start"_s;
        Status st = m_jobs->update(kDesk, tenth, SeriesScope::ThisAndFollowing);
        QVERIFY2(st, qPrintable(why(st)));

        QCOMPARE(scalar(u"SELECT count(*) FROM job_series"_s), 2);
        const QString next = m_db->query(u"SELECT 1"_s).isActive() ? QString() : QString();
        QSqlQuery q = m_db->query(u"SELECT id FROM job_series WHERE id <> ?"_s);
        q.addBindValue(sid);
        QVERIFY(q.exec() && q.next());
        const QString newId = q.value(0).toString();
        Q_UNUSED(next)

        const auto old = rows(sid);
        QCOMPARE(old.size(), size_t(9));
        for (const Row &r : old)
            QCOMPARE(local(r.start).time(), QTime(9, 0));
        auto oldRule = m_jobs->seriesRule(kDesk, sid);
        QVERIFY(oldRule);
        QCOMPARE(oldRule->until, QDate(2027, 5, 3));
        const auto fresh = rows(newId);
        QCOMPARE(fresh.size(), size_t(43)); // 4 May 2027 .. 22 February 2028
        QCOMPARE(fresh.front().start, ny(5, 4, 11));
        for (const Row &r : fresh) {
            QCOMPARE(local(r.occurrence).time(), QTime(11, 0)); // the skipped visit keeps its own start
            if (r.status == u"scheduled"_s)
                QCOMPARE(r.notes, u"Later start"_s);
        }
        // Every Tuesday from 2 March 2027 to 22 February 2028 exactly once, over both series.
        const auto every = allSeriesRows();
        QCOMPARE(every.size(), size_t(52));
        QDate expected(2027, 3, 2);
        for (const Row &r : every) {
            QCOMPARE(local(r.start).date(), expected);
            expected = expected.addDays(7);
        }
        // The skipped visit is still skipped, and only once.
        QCOMPARE(std::count_if(
                     every.begin(), every.end(), [](const Row &r) { return r.status == u"cancelled"_s; }),
            1);
        QCOMPARE(local(std::find_if(every.begin(), every.end(),
                           [](const Row &r) { return r.status == u"cancelled"_s; })
                           ->start)
                     .date(),
            QDate(2027, 6, 8));
        // Extending adds to the new series only.
        auto added = m_jobs->extendSeries(Actor::system(), ny(4, 1, 12));
        QVERIFY(added);
        QCOMPARE(rows(sid).size(), size_t(9));
        QVERIFY(rows(newId).size() > 43);
    }

    void editThisAndFollowingToAnEarlierDay()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        const auto before = rows(sid);
        Job tenth = load(before[9].id); // Tuesday 4 May -> Monday 3 May
        tenth.startUtc = ny(5, 3, 10);
        tenth.endUtc = ny(5, 3, 12);
        Status st = m_jobs->update(kDesk, tenth, SeriesScope::ThisAndFollowing);
        QVERIFY2(st, qPrintable(why(st)));
        // Nine Tuesdays, then Mondays from 3 May up to the horizon (28 February 2028 is one day
        // earlier than the last Tuesday would have been, so it fits: 44 Mondays).
        const auto every = allSeriesRows();
        QCOMPARE(every.size(), size_t(53));
        for (size_t i = 0; i < every.size(); ++i) {
            const QDateTime l = local(every[i].start);
            if (i < 9) {
                QCOMPARE(l.date(), QDate(2027, 3, 2).addDays(qint64(7 * i)));
            } else {
                QCOMPARE(l.date(), QDate(2027, 5, 3).addDays(qint64(7 * (i - 9))));
                QCOMPARE(l.time(), QTime(10, 0));
            }
        }
    }

    void countLimitedSeriesKeepTheirCount()
    {
        const QString sid = must(
            m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday}, 10)),
            "series");
        QCOMPARE(rows(sid).size(), size_t(10));
        Job fourth = load(rows(sid)[3].id);
        fourth.crewNotes = u"From now on: the back yard too"_s;
        Status st = m_jobs->update(kDesk, fourth, SeriesScope::ThisAndFollowing);
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(rows(sid).size(), size_t(3));
        QCOMPARE(allSeriesRows().size(), size_t(10));
        QCOMPARE(local(allSeriesRows().back().start).date(), QDate(2027, 5, 4));

        // "All" on a counted series moves the visits and keeps the count.
        const QString other = must(
            m_jobs->bookRecurring(kDesk, draft(ny(3, 4, 9), techs({m_bob})), weekly({Qt::Thursday}, 6)),
            "series");
        Job second = load(rows(other)[1].id);
        second.startUtc = ny(3, 12, 13); // Thursday 11 -> Friday 12 March 13:00
        second.endUtc = ny(3, 12, 15);
        st = m_jobs->update(kDesk, second, SeriesScope::All);
        QVERIFY2(st, qPrintable(why(st)));
        const auto moved = rows(other);
        QCOMPARE(moved.size(), size_t(6));
        for (const Row &r : moved) {
            QCOMPARE(local(r.start).date().dayOfWeek(), int(Qt::Friday));
            QCOMPARE(local(r.start).time(), QTime(13, 0));
        }
        QCOMPARE(local(moved.front().start).date(), QDate(2027, 3, 5));
    }

    void impossibleRulesRefused()
    {
        RecurrenceRule zero = weekly({Qt::Tuesday});
        zero.interval = 0;
        QCOMPARE(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9)), zero).code(), ErrorCode::InvalidInput);
        RecurrenceRule ended = weekly({Qt::Tuesday});
        ended.until = QDate(2027, 3, 1);
        QCOMPARE(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9)), ended).code(), ErrorCode::InvalidInput);
        RecurrenceRule both = weekly({Qt::Tuesday}, 4);
        both.until = QDate(2027, 6, 1);
        QCOMPARE(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9)), both).code(), ErrorCode::InvalidInput);
        QCOMPARE(
            m_jobs->bookRecurring(kDesk, draft({}), weekly({Qt::Tuesday})).code(), ErrorCode::InvalidInput);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_series"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 0);
    }

    void seriesConflictsRefuseTheSeries()
    {
        const QString oneOff = must(m_jobs->book(kDesk, draft(ny(3, 30, 9, 30), techs({m_ann}))), "book");
        auto r = m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday}));
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(u"Ann Lee"_s), qPrintable(r.error().message));
        const QString when = QLocale().toString(local(ny(3, 30, 9)), QLocale::ShortFormat);
        QVERIFY2(r.error().message.contains(when), qPrintable(r.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM job_series"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs"_s), 1);

        auto ok = m_jobs->bookRecurring(
            kManager, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday}), u"Fine"_s);
        QVERIFY2(ok, qPrintable(why(ok)));
        int overridden = 0;
        for (const Row &row : rows(*ok)) {
            const Job j = load(row.id);
            if (row.start == ny(3, 30, 9)) {
                QCOMPARE(j.overriddenConflicts, QStringList {u"double_booked"_s});
                ++overridden;
            } else {
                QVERIFY(j.overriddenConflicts.isEmpty());
            }
        }
        QCOMPARE(overridden, 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events WHERE kind = 'override'"_s), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.override'"_s), 1);
        Q_UNUSED(oneOff)
    }

    void seriesEditsCheckConflicts()
    {
        const QString sid
            = must(m_jobs->bookRecurring(kDesk, draft(ny(3, 2, 9), techs({m_ann})), weekly({Qt::Tuesday})),
                "series");
        must(m_jobs->book(kDesk, draft(ny(4, 14, 10), techs({m_ann}))),
            "book"); // Wednesday? no: 14 April is a Wednesday
        const auto before = rows(sid);
        Job third = load(before[2].id);
        third.startUtc = ny(3, 17, 10);
        third.endUtc = ny(3, 17, 12);
        QCOMPARE(m_jobs->update(kDesk, third, SeriesScope::All).code(), ErrorCode::Conflict);
        // Nothing changed.
        const auto after = rows(sid);
        QCOMPARE(after.size(), before.size());
        for (size_t i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].start, before[i].start);
    }

    // --- permissions ----------------------------------------------------------------

    void permissionMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("owner") << int(Role::Owner);
        QTest::newRow("manager") << int(Role::Manager);
        QTest::newRow("front desk") << int(Role::FrontDesk);
        QTest::newRow("technician") << int(Role::Technician);
        QTest::newRow("none") << int(Role::None);
    }

    void permissionMatrix()
    {
        QFETCH(int, role);
        const Role r = Role(role);
        const Actor actor {r == Role::Technician ? m_ann : u"x1"_s, u"Someone"_s, r};
        const bool view = r != Role::None;
        const bool bookJobs = r == Role::Owner || r == Role::Manager || r == Role::FrontDesk;
        const bool manage = r == Role::Owner || r == Role::Manager;

        // What the calls work on, made by a manager.
        const QString job = must(m_jobs->book(kManager, draft(ny(3, 2, 9), techs({m_ann}))), "book");
        const QString request = must(m_jobs->book(kManager, draft({})), "book");
        const QString series
            = must(m_jobs->bookRecurring(kManager, draft(ny(3, 3, 9)), weekly({Qt::Wednesday}, 3)), "series");
        const QString occurrence = rows(series).at(1).id;
        const QString crew = must(m_crews->saveCrew(kManager, {{}, u"Crew P"_s, {}, true, {m_bob}}), "crew");
        const QString off
            = must(m_crews->addTimeOff(kManager, {{}, m_bob, ny(3, 9, 8), ny(3, 9, 12), {}}), "off");
        const QString item = service(u"Window wash"_s, 45, 6000);
        SlotRequest slotRequest;
        slotRequest.fromUtc = ny(3, 2, 0);
        slotRequest.toUtc = ny(3, 3, 0);

        struct Check
        {
            const char *name;
            bool permitted;
            std::function<ErrorCode()> call;
        };
        const std::vector<Check> checks {
            {"job", view, [&] { return m_jobs->job(actor, job).code(); }},
            {"jobView", view, [&] { return m_jobs->jobView(actor, job).code(); }},
            {"history", view, [&] { return m_jobs->history(actor, job).code(); }},
            {"conflicts", view, [&] { return m_jobs->conflicts(actor, draft(ny(3, 5, 9))).code(); }},
            {"suggest", view, [&] { return m_jobs->suggest(actor, slotRequest).code(); }},
            {"board", view, [&] { return m_jobs->board(actor, QDate(2027, 3, 1), 7).code(); }},
            {"jobsFor", view, [&] { return m_jobs->jobsFor(actor, m_ann, ny(3, 1, 0), ny(3, 8, 0)).code(); }},
            {"laneDay", view,
                [&] { return m_jobs->laneDay(actor, technicianLaneKey(m_ann), QDate(2027, 3, 2)).code(); }},
            {"today", view, [&] { return m_jobs->today(actor, ny(3, 2, 10)).code(); }},
            {"seriesRule", view, [&] { return m_jobs->seriesRule(actor, series).code(); }},
            {"book", bookJobs, [&] { return m_jobs->book(actor, draft(ny(3, 5, 9))).code(); }},
            {"reschedule", bookJobs,
                [&] { return m_jobs->reschedule(actor, job, ny(3, 2, 13), techs({m_ann})).code(); }},
            {"update", bookJobs,
                [&] {
                    Job j = load(job);
                    j.crewNotes = u"Updated"_s;
                    return m_jobs->update(actor, j).code();
                }},
            {"setStatus en route", view,
                [&] { return m_jobs->setStatus(actor, job, JobStatus::EnRoute).code(); }},
            {"setStatus cancel", bookJobs,
                [&] {
                    return m_jobs->setStatus(actor, request, JobStatus::Cancelled, u"No longer needed"_s)
                        .code();
                }},
            {"bookRecurring", bookJobs,
                [&] {
                    return m_jobs->bookRecurring(actor, draft(ny(3, 4, 9)), weekly({Qt::Thursday}, 2)).code();
                }},
            {"skipOccurrence", bookJobs, [&] { return m_jobs->skipOccurrence(actor, occurrence).code(); }},
            {"extendSeries", bookJobs, [&] { return m_jobs->extendSeries(actor, ny(6, 1, 0)).code(); }},
            {"services", view, [&] { return m_catalog->services(actor).code(); }},
            {"service", view, [&] { return m_catalog->service(actor, item).code(); }},
            {"catalog save", manage,
                [&] {
                    ServiceItem s;
                    s.name = u"Gutter clean"_s;
                    s.durationMinutes = 90;
                    s.priceMinor = 12000;
                    return m_catalog->save(actor, s).code();
                }},
            {"catalog remove", manage, [&] { return m_catalog->remove(actor, item).code(); }},
            {"technicians", view, [&] { return m_crews->technicians(actor).code(); }},
            {"crews", view, [&] { return m_crews->crews(actor).code(); }},
            {"timeOff", view, [&] { return m_crews->timeOff(actor, ny(3, 1, 0), ny(3, 15, 0)).code(); }},
            {"saveCrew", manage,
                [&] {
                    return m_crews->saveCrew(actor, {{}, u"Crew Q"_s, {}, true, {m_ann}}).code();
                }},
            {"setWorkingHours", manage,
                [&] {
                    return m_crews->setWorkingHours(actor, m_bob, {{Qt::Monday, QTime(8, 0), QTime(16, 0)}})
                        .code();
                }},
            {"setSkills", manage, [&] { return m_crews->setSkills(actor, m_bob, {m_clean}).code(); }},
            {"addTimeOff", manage,
                [&] {
                    return m_crews->addTimeOff(actor, {{}, m_ann, ny(3, 20, 8), ny(3, 20, 12), {}}).code();
                }},
            {"removeTimeOff", manage, [&] { return m_crews->removeTimeOff(actor, off).code(); }},
            {"removeCrew", manage, [&] { return m_crews->removeCrew(actor, crew).code(); }},
        };
        for (const Check &c : checks) {
            const ErrorCode code = c.call();
            if (c.permitted)
                QVERIFY2(code == ErrorCode::None,
                    qPrintable(u"%1: refused (%2)"_s.arg(QLatin1String(c.name)).arg(int(code))));
            else
                QVERIFY2(code == ErrorCode::PermissionDenied,
                    qPrintable(u"%1: not refused (%2)"_s.arg(QLatin1String(c.name)).arg(int(code))));
        }
    }

    // --- catalog and crews ----------------------------------------------------------

    void mergingCustomersMovesTheirJobs()
    {
        const QString jobId = must(m_jobs->book(kDesk, draft(ny(3, 2, 9))), "book");
        Customer keep;
        keep.givenName = u"Kept"_s;
        keep.familyName = u"Record"_s;
        const QString keepId = must(m_customers->create(kDesk, keep), "create");
        QVERIFY(m_customers->merge(kManager, keepId, m_customer).ok());
        QCOMPARE(must(m_jobs->job(kDesk, jobId), "job").customerId, keepId);
        QCOMPARE(scalar(u"SELECT count(*) FROM jobs WHERE customer_id = ?"_s, {m_customer}), 0);
    }

    void catalogHeadOfficeItemsCanOnlyBeSwitchedOff()
    {
        ServiceItem ho;
        ho.owner = RecordOwner::HeadOffice;
        ho.code = u"DC-2"_s;
        ho.name = u"Signature deep clean"_s;
        ho.durationMinutes = 180;
        ho.priceMinor = 24000;
        const QString id = must(m_catalog->save(Actor::system(), ho), "head office item");
        QCOMPARE(must(m_catalog->service(kManager, id), "service").owner, RecordOwner::HeadOffice);

        ServiceItem got = must(m_catalog->service(kManager, id), "service");
        got.active = false;
        auto off = m_catalog->save(kManager, got);
        QVERIFY2(off, qPrintable(why(off)));
        QVERIFY(!must(m_catalog->service(kManager, id), "service").active);
        QCOMPARE(must(m_catalog->service(kManager, id), "service").owner, RecordOwner::HeadOffice);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM outbox WHERE entity = 'service' AND entity_id = ?"_s, {id}), 0);
        // Switched off: not offered, and not bookable.
        auto listed = must(m_catalog->services(kDesk), "services");
        QVERIFY(std::none_of(listed.begin(), listed.end(), [&](const ServiceItem &s) { return s.id == id; }));
        QCOMPARE(m_jobs->book(kDesk, draft(ny(3, 2, 9), {}, {{id, 1}})).code(), ErrorCode::InvalidInput);
        // Head office sends the item again (a catalog sync, say a new price): it stays off here,
        // and head office's own flag is what it sent.
        ServiceItem resent = ho;
        resent.id = id;
        resent.priceMinor = 25000;
        QVERIFY(m_catalog->save(Actor::system(), resent).ok());
        QVERIFY(!must(m_catalog->service(kManager, id), "service").active);
        QCOMPARE(must(m_catalog->service(kManager, id), "service").priceMinor, qint64(25000));
        QCOMPARE(scalar(u"SELECT active FROM services WHERE id = ?"_s, {id}), 1);
        resent.priceMinor = 24000;
        QVERIFY(m_catalog->save(Actor::system(), resent).ok());

        for (auto change : std::vector<std::function<void(ServiceItem &)>> {
                 [](ServiceItem &s) { s.priceMinor = 1; }, [](ServiceItem &s) { s.name = u"Cheap clean"_s; },
                 [](ServiceItem &s) { s.durationMinutes = 60; }, [](ServiceItem &s) { s.code = u"X"_s; }}) {
            ServiceItem edited = must(m_catalog->service(kManager, id), "service");
            change(edited);
            QCOMPARE(m_catalog->save(kManager, edited).code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(must(m_catalog->service(kManager, id), "service").priceMinor, qint64(24000));
        QCOMPARE(m_catalog->remove(kManager, id).code(), ErrorCode::PermissionDenied);
        QCOMPARE(m_catalog->save(kDesk, got).code(), ErrorCode::PermissionDenied);

        // Switching back on with the item as a screen would build it (no tax class typed).
        ServiceItem typed;
        typed.id = id;
        typed.code = u"DC-2"_s;
        typed.name = u"Signature deep clean"_s;
        typed.durationMinutes = 180;
        typed.priceMinor = 24000;
        typed.active = true;
        auto on = m_catalog->save(kManager, typed);
        QVERIFY2(on, qPrintable(why(on)));
        QVERIFY(must(m_catalog->service(kManager, id), "service").active);

        // The location's own items: the manager changes and removes them, and they sync.
        ServiceItem own = must(m_catalog->service(kManager, m_oven), "service");
        QCOMPARE(own.owner, RecordOwner::Location);
        own.priceMinor = 5000;
        QVERIFY(m_catalog->save(kManager, own));
        QCOMPARE(must(m_catalog->service(kManager, m_oven), "service").priceMinor, qint64(5000));
        QCOMPARE(
            scalar(u"SELECT count(*) FROM outbox WHERE entity = 'service' AND entity_id = ?"_s, {m_oven}), 2);
        QVERIFY(m_catalog->remove(kManager, m_oven));
        listed = must(m_catalog->services(kManager, true), "services");
        QVERIFY(
            std::none_of(listed.begin(), listed.end(), [&](const ServiceItem &s) { return s.id == m_oven; }));
    }

    void catalogNamesAndValidation()
    {
        ServiceItem dup;
        dup.name = u"deep CLEAN "_s;
        dup.durationMinutes = 60;
        auto r = m_catalog->save(kManager, dup);
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY2(
            r.error().message.contains(u"deep CLEAN"_s, Qt::CaseInsensitive), qPrintable(r.error().message));
        ServiceItem bad;
        bad.name = u" "_s;
        bad.durationMinutes = 0;
        bad.priceMinor = -1;
        bad.currency = u"USD"_s;
        auto b = m_catalog->save(kManager, bad);
        QCOMPARE(b.code(), ErrorCode::InvalidInput);
        QCOMPARE(CatalogService::problems(bad).size(), 3);
        // Renaming an item to its own name is fine.
        ServiceItem clean = must(m_catalog->service(kManager, m_clean), "service");
        clean.name = u"Deep Clean"_s;
        QVERIFY(m_catalog->save(kManager, clean));
    }

    void crewNamesAreUnique()
    {
        const QString a = must(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {m_ann}}), "crew");
        auto dup = m_crews->saveCrew(kManager, {{}, u" crew a "_s, {}, true, {m_bob}});
        QCOMPARE(dup.code(), ErrorCode::Conflict);
        QVERIFY(m_crews->saveCrew(kManager, {a, u"CREW A"_s, {}, true, {m_ann, m_bob}}));
        const QString b = must(m_crews->saveCrew(kManager, {{}, u"Crew B"_s, {}, true, {m_bob}}), "crew");
        QCOMPARE(
            m_crews->saveCrew(kManager, {b, u"crew a"_s, {}, true, {m_bob}}).code(), ErrorCode::Conflict);
        QCOMPARE(m_crews->saveCrew(kManager, {{}, u"  "_s, {}, true, {}}).code(), ErrorCode::InvalidInput);
        auto crews = must(m_crews->crews(kDesk), "crews");
        QCOMPARE(crews.size(), size_t(2));
        QCOMPARE(crews[0].name, u"CREW A"_s);
        QCOMPARE(crews[0].memberStaffIds, (QStringList {m_ann, m_bob}));
        // Removed crews free their name.
        QVERIFY(m_crews->removeCrew(kManager, a));
        QVERIFY(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {m_ann}}));
        QCOMPARE(m_crews->removeCrew(kManager, a).code(), ErrorCode::NotFound);
    }

    void crewMembersAreTechnicians()
    {
        const QString desk
            = must(m_staff->createStaff(kOwner, u"Dina Desk"_s, Role::FrontDesk, SecretKind::Pin, u"5512"_s),
                "staff");
        auto r = m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {m_ann, desk}});
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QCOMPARE(m_crews->saveCrew(kManager, {{}, u"Crew A"_s, {}, true, {newUuidV7()}}).code(),
            ErrorCode::NotFound);
        QCOMPARE(scalar(u"SELECT count(*) FROM crews"_s), 0);
    }

    void hoursValidation()
    {
        auto bad = m_crews->setWorkingHours(kManager, m_ann, {{Qt::Monday, QTime(17, 0), QTime(9, 0)}});
        QCOMPARE(bad.code(), ErrorCode::InvalidInput);
        QCOMPARE(m_crews->setWorkingHours(kManager, m_ann, {{Qt::Monday, QTime(9, 0), QTime(9, 0)}}).code(),
            ErrorCode::InvalidInput);
        auto overlap = m_crews->setWorkingHours(kManager, m_ann,
            {{Qt::Monday, QTime(8, 0), QTime(12, 0)}, {Qt::Monday, QTime(11, 0), QTime(15, 0)}});
        QCOMPARE(overlap.code(), ErrorCode::InvalidInput);
        QCOMPARE(CrewService::hoursProblems(
                     {{Qt::Tuesday, QTime(13, 0), QTime(17, 0)}, {Qt::Tuesday, QTime(8, 0), QTime(14, 0)}})
                     .size(),
            1);
        const std::vector<WorkingInterval> week {{Qt::Monday, QTime(8, 0), QTime(12, 0)},
            {Qt::Monday, QTime(12, 0), QTime(16, 0)}, {Qt::Tuesday, QTime(8, 0), QTime(12, 0)},
            {Qt::Friday, QTime(18, 0), QTime(23, 59, 59, 999)}};
        Status ok = m_crews->setWorkingHours(kManager, m_ann, week);
        QVERIFY2(ok, qPrintable(why(ok)));
        QVERIFY(m_crews->setSkills(kManager, m_ann, {m_oven, m_oven}));
        QCOMPARE(m_crews->setSkills(kManager, m_ann, {newUuidV7()}).code(), ErrorCode::NotFound);
        auto people = must(m_crews->technicians(kDesk), "technicians");
        const auto ann = std::find_if(
            people.begin(), people.end(), [&](const Technician &t) { return t.staffId == m_ann; });
        QVERIFY(ann != people.end());
        QCOMPARE(ann->skillServiceIds, QStringList {m_oven});
        QCOMPARE(ann->hours.size(), week.size());
        for (size_t i = 0; i < week.size(); ++i) {
            QCOMPARE(ann->hours[i].weekday, week[i].weekday);
            QCOMPARE(ann->hours[i].start, week[i].start);
            QCOMPARE(ann->hours[i].end, week[i].end);
        }
        // Booked outside them: a conflict.
        auto r = m_jobs->book(kDesk, draft(ny(3, 1, 15), techs({m_ann}))); // Monday 15:00-17:00
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY(m_jobs->book(kDesk, draft(ny(3, 1, 13), techs({m_ann}))));
        // Time off must end after it starts.
        QCOMPARE(m_crews->addTimeOff(kManager, {{}, m_ann, ny(3, 2, 9), ny(3, 2, 9), {}}).code(),
            ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
