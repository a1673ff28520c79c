// The demo location's schedule: what a Riverside cleaning franchise's board looks like on
// an ordinary week, built through the same services the screens use.

#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/demo/demo_data.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"

#include <QHash>

namespace spoke::demo {

namespace {

struct DemoService
{
    const char *name;
    const char *category;
    int minutes;
    qint64 priceMinor;
    RecordOwner owner;
};

} // namespace

Status addSchedule(LocationDatabase &db, const Actor &owner, const QDateTime &nowUtc)
{
    const LocationProfile where = profile();
    const QTimeZone zone(where.timeZone.toUtf8());
    CatalogService catalog(db, where.currency);
    CrewService crewService(db);
    JobService jobs(db, zone, where.currency);

    const DemoService services[] {{"Standard clean", "Cleaning", 120, 14000, RecordOwner::HeadOffice},
        {"Deep clean", "Cleaning", 240, 29000, RecordOwner::HeadOffice},
        {"Move-out clean", "Cleaning", 300, 38000, RecordOwner::HeadOffice},
        {"Window cleaning", "Windows", 90, 12000, RecordOwner::HeadOffice},
        {"Oven clean", "Add-ons", 60, 7500, RecordOwner::Location},
        {"Carpet shampoo (per room)", "Add-ons", 45, 6000, RecordOwner::Location}};
    QStringList serviceIds;
    const Actor system = Actor::system();
    for (const DemoService &d : services) {
        ServiceItem item;
        item.name = QString::fromUtf8(d.name);
        item.category = QString::fromUtf8(d.category);
        item.durationMinutes = d.minutes;
        item.priceMinor = d.priceMinor;
        item.currency = where.currency;
        item.owner = d.owner;
        item.code = d.owner == RecordOwner::HeadOffice ? QStringLiteral("HQ-%1").arg(serviceIds.size() + 1)
                                                       : QString();
        // Head-office items arrive through sync in real life; the system actor stands in.
        auto id = catalog.save(d.owner == RecordOwner::HeadOffice ? system : owner, item);
        if (!id)
            return id.error();
        serviceIds << id.value();
    }

    StaffService staff(db);
    QHash<QString, QString> idOf;
    for (const StaffMember &m : staff.list())
        idOf.insert(m.name, m.id);
    const QStringList techs {QStringLiteral("Luis Ortega"), QStringLiteral("Ana Lopez"),
        QStringLiteral("Sam Reed"), QStringLiteral("Kenji Mori"), QStringLiteral("Zoe Park"),
        QStringLiteral("Omar Farouk")};
    for (const QString &name : techs) {
        std::vector<WorkingInterval> week;
        for (int d = 1; d <= 5; ++d)
            week.push_back({Qt::DayOfWeek(d), QTime(8, 0), QTime(17, 0)});
        if (name == QLatin1String("Zoe Park") || name == QLatin1String("Omar Farouk"))
            week.push_back({Qt::Saturday, QTime(9, 0), QTime(13, 0)});
        if (auto s = crewService.setWorkingHours(owner, idOf.value(name), week); !s)
            return s;
    }
    // Windows need training; carpets too.
    const QHash<QString, QStringList> skills {{QStringLiteral("Kenji Mori"), {serviceIds[3]}},
        {QStringLiteral("Zoe Park"), {serviceIds[3], serviceIds[5]}},
        {QStringLiteral("Sam Reed"), {serviceIds[5]}}};
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        if (auto s = crewService.setSkills(owner, idOf.value(it.key()), it.value()); !s)
            return s;
    Crew a;
    a.name = QStringLiteral("Crew A");
    a.color = QStringLiteral("#2563eb");
    a.memberStaffIds = {idOf.value(techs[0]), idOf.value(techs[1])};
    auto crewA = crewService.saveCrew(owner, a);
    if (!crewA)
        return crewA.error();
    Crew b;
    b.name = QStringLiteral("Crew B");
    b.color = QStringLiteral("#16a34a");
    b.memberStaffIds = {idOf.value(techs[2]), idOf.value(techs[3])};
    auto crewB = crewService.saveCrew(owner, b);
    if (!crewB)
        return crewB.error();
    const QDate today = nowUtc.toTimeZone(zone).date();
    TimeOff off;
    off.staffId = idOf.value(QStringLiteral("Omar Farouk"));
    off.startUtc = QDateTime(today.addDays(2), QTime(8, 0), zone).toUTC();
    off.endUtc = QDateTime(today.addDays(2), QTime(17, 0), zone).toUTC();
    off.reason = QStringLiteral("Dentist");
    if (auto s = crewService.addTimeOff(owner, off); !s)
        return s.error();

    // Customers in list order, with their first address.
    CustomerSearch search(db, QStringLiteral("US"));
    CustomerService customerService(db, QStringLiteral("US"));
    std::vector<std::pair<QString, QString>> who; // customer id, address id
    for (const QString &q : {QStringLiteral("Dubois"), QStringLiteral("Smith"), QStringLiteral("Kim"),
             QStringLiteral("Haddad"), QStringLiteral("Garcia"), QStringLiteral("Patel"),
             QStringLiteral("Chen"), QStringLiteral("Martin"), QStringLiteral("Okafor"),
             QStringLiteral("Walker"), QStringLiteral("Brown"), QStringLiteral("Côté")}) {
        auto found = search.search(owner, q, 8);
        if (!found)
            return found.error();
        for (const CustomerSummary &s : found.value()) {
            auto c = customerService.get(owner, s.id);
            if (c && !c->addresses.empty() && c->addresses.front().preferredCrew.isEmpty())
                who.emplace_back(s.id, c->addresses.front().id);
        }
    }
    if (who.empty())
        return {};

    // Two weeks around today: each lane has a morning and an afternoon visit on weekdays.
    struct Lane
    {
        Assignment assignment;
        int service;
    };
    const std::vector<Lane> lanes {{{crewA.value(), {}}, 1}, {{crewB.value(), {}}, 0},
        {{{}, {idOf.value(QStringLiteral("Zoe Park"))}}, 3},
        {{{}, {idOf.value(QStringLiteral("Omar Farouk"))}}, 0}};
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    size_t next = 0;
    for (int d = -7; d < 12; ++d) {
        const QDate day = monday.addDays(d);
        if (day.dayOfWeek() > 5)
            continue;
        for (size_t l = 0; l < lanes.size(); ++l) {
            for (const QTime &at : {QTime(8, 30), QTime(13, 30)}) {
                const auto &[customerId, addressId] = who[next++ % who.size()];
                Job job;
                job.customerId = customerId;
                job.addressId = addressId;
                job.assignment = lanes[l].assignment;
                const int service = (l == 2 || at.hour() < 12) ? lanes[l].service : 0;
                job.lines.push_back({{}, serviceIds[service], {}, 1, 0, {}, false, 0});
                if ((d + int(l)) % 4 == 0)
                    job.lines.push_back({{}, serviceIds[4], {}, 1, 0, {}, false, 0});
                job.startUtc = QDateTime(day, at, zone).toUTC();
                job.windowStartUtc = job.startUtc.addSecs(-30 * 60);
                job.windowEndUtc = job.startUtc.addSecs(30 * 60);
                job.crewNotes
                    = l == 0 && d % 3 == 0 ? QStringLiteral("Bring the extension ladder") : QString();
                auto id = jobs.book(owner, job);
                if (!id)
                    continue; // a conflict (time off, a shorter Saturday): the demo just skips it
                // What happened to the visits that are already behind us.
                auto end = job.startUtc.addSecs(qint64(job.lines.size()) * 3600);
                if (end < nowUtc) {
                    for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress, JobStatus::Completed})
                        if (auto st = jobs.setStatus(owner, id.value(), s); !st)
                            return st;
                } else if (job.startUtc < nowUtc) {
                    for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress})
                        if (auto st = jobs.setStatus(owner, id.value(), s); !st)
                            return st;
                }
            }
        }
    }
    // Requests waiting for a slot, and a job head office booked centrally.
    for (int i = 0; i < 3; ++i) {
        const auto &[customerId, addressId] = who[(next + size_t(i)) % who.size()];
        Job request;
        request.customerId = customerId;
        request.addressId = addressId;
        request.lines.push_back({{}, serviceIds[i == 0 ? 2 : 1], {}, 1, 0, {}, false, 0});
        request.crewNotes = i == 0 ? QStringLiteral("Tenant leaves on the 30th") : QString();
        if (auto id = jobs.book(owner, request); !id)
            return id.error();
    }
    {
        const auto &[customerId, addressId] = who[(next + 3) % who.size()];
        Job central;
        central.customerId = customerId;
        central.addressId = addressId;
        central.bookedBy = RecordOwner::HeadOffice;
        central.lines.push_back({{}, serviceIds[1], {}, 1, 0, {}, false, 0});
        central.startUtc = QDateTime(today.addDays(1), QTime(11, 0), zone).toUTC();
        if (auto id = jobs.book(system, central); !id)
            return id.error();
    }
    // A fortnightly clean for a customer who asked for the same crew every time.
    {
        const auto &[customerId, addressId] = who[(next + 4) % who.size()];
        Job regular;
        regular.customerId = customerId;
        regular.addressId = addressId;
        regular.assignment.technicianIds = {idOf.value(QStringLiteral("Zoe Park"))};
        regular.lines.push_back({{}, serviceIds[3], {}, 1, 0, {}, false, 0});
        regular.startUtc = QDateTime(monday.addDays(3), QTime(11, 0), zone).toUTC();
        RecurrenceRule rule;
        rule.frequency = RecurrenceRule::Frequency::Weekly;
        rule.interval = 2;
        rule.weekdays = {Qt::Thursday};
        if (auto id = jobs.bookRecurring(owner, regular, rule); !id)
            return id.error();
    }
    return {};
}

} // namespace spoke::demo
