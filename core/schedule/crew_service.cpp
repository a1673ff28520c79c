#include "core/schedule/crew_service.h"

#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>

#include <algorithm>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CrewService)
};

Error denied()
{
    return makeError(
        ErrorCode::PermissionDenied, Tr::tr("Only a manager can change crews, hours and skills."));
}

Error cannotView()
{
    return makeError(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow seeing the schedule."));
}

QTime timeOfMinutes(int m)
{
    return m >= 1440 ? QTime(23, 59, 59, 999) : QTime(m / 60, m % 60);
}

int minutesOfTime(const QTime &t)
{
    return t.hour() * 60 + t.minute() + ((t.second() > 0 || t.msec() > 0) ? 1 : 0);
}

Status requireTechnician(WriteTx &tx, const QString &staffId)
{
    auto q = tx.exec(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL"), {staffId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, Tr::tr("That staff member does not exist."));
    return {};
}

} // namespace

namespace crew_sql {

Result<std::vector<Technician>> loadTechnicians(const LocationDatabase &db)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT id, name FROM staff WHERE role = 'technician' AND active = "
                                          "1 AND deleted_at IS NULL ORDER BY name"));
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<Technician> out;
    QHash<QString, size_t> index;
    while (q.next()) {
        Technician t;
        t.staffId = q.value(0).toString();
        t.name = q.value(1).toString();
        index.insert(t.staffId, out.size());
        out.push_back(std::move(t));
    }
    QSqlQuery h = db.query(QStringLiteral(
        "SELECT staff_id, weekday, start_min, end_min FROM technician_hours ORDER BY weekday, start_min"));
    if (!h.exec())
        return storageError(h.lastError());
    while (h.next()) {
        const auto it = index.constFind(h.value(0).toString());
        if (it != index.cend())
            out[*it].hours.push_back({Qt::DayOfWeek(h.value(1).toInt()), timeOfMinutes(h.value(2).toInt()),
                timeOfMinutes(h.value(3).toInt())});
    }
    QSqlQuery s = db.query(QStringLiteral("SELECT staff_id, service_id FROM technician_skills"));
    if (!s.exec())
        return storageError(s.lastError());
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toString());
        if (it != index.cend())
            out[*it].skillServiceIds << s.value(1).toString();
    }
    return out;
}

Result<std::vector<Crew>> loadCrews(const LocationDatabase &db, bool includeInactive)
{
    QSqlQuery q
        = db.query(QStringLiteral("SELECT id, name, color, active FROM crews WHERE deleted_at IS NULL AND "
                                  "(active = 1 OR ?) ORDER BY lower(name)"));
    q.addBindValue(includeInactive ? 1 : 0);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<Crew> out;
    QHash<QString, size_t> index;
    while (q.next()) {
        Crew c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.color = q.value(2).toString();
        c.active = q.value(3).toBool();
        index.insert(c.id, out.size());
        out.push_back(std::move(c));
    }
    QSqlQuery m
        = db.query(QStringLiteral("SELECT m.crew_id, m.staff_id FROM crew_members m JOIN staff s ON s.id = "
                                  "m.staff_id WHERE s.deleted_at IS NULL ORDER BY s.name"));
    if (!m.exec())
        return storageError(m.lastError());
    while (m.next()) {
        const auto it = index.constFind(m.value(0).toString());
        if (it != index.cend())
            out[*it].memberStaffIds << m.value(1).toString();
    }
    return out;
}

Result<std::vector<TimeOff>> loadTimeOff(
    const LocationDatabase &db, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QSqlQuery q
        = db.query(QStringLiteral("SELECT id, staff_id, start_utc, end_utc, reason FROM time_off WHERE "
                                  "start_utc < ? AND end_utc > ? ORDER BY start_utc"));
    q.addBindValue(isoUtc(toUtc));
    q.addBindValue(isoUtc(fromUtc));
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<TimeOff> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString()});
    return out;
}

} // namespace crew_sql

CrewService::CrewService(LocationDatabase &db)
    : m_db(db)
{ }

Result<std::vector<Technician>> CrewService::technicians(const Actor &actor) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    return crew_sql::loadTechnicians(m_db);
}

Result<std::vector<Crew>> CrewService::crews(const Actor &actor, bool includeInactive) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    return crew_sql::loadCrews(m_db, includeInactive);
}

Result<QString> CrewService::saveCrew(const Actor &actor, Crew crew)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    crew.name = crew.name.trimmed();
    if (crew.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the crew a name."));
    crew.memberStaffIds.removeDuplicates();
    QString id = crew.id;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto dup = tx.exec(
            QStringLiteral("SELECT id FROM crews WHERE lower(name) = lower(?) AND deleted_at IS NULL "
                           "AND id <> ?"),
            {crew.name, nonNull(id)});
        if (!dup)
            return dup.error();
        if (dup->next())
            return makeError(
                ErrorCode::Conflict, Tr::tr("There is already a crew called “%1”.").arg(crew.name));
        dup->finish();
        if (id.isEmpty())
            id = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO crews (id, name, color, active, created_at, updated_at) VALUES "
                           "(?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = "
                           "excluded.color, active = excluded.active, updated_at = excluded.updated_at"),
            {id, crew.name, nonNull(crew.color), crew.active ? 1 : 0, tx.nowIso(), tx.nowIso()});
        if (!r)
            return r.error();
        auto del = tx.exec(QStringLiteral("DELETE FROM crew_members WHERE crew_id = ?"), {id});
        if (!del)
            return del.error();
        QJsonArray members;
        for (const QString &m : crew.memberStaffIds) {
            auto role
                = tx.exec(QStringLiteral("SELECT role FROM staff WHERE id = ? AND deleted_at IS NULL"), {m});
            if (!role)
                return role.error();
            if (!role->next())
                return makeError(ErrorCode::NotFound, Tr::tr("A crew member does not exist."));
            // Crews are what the board and the slot finder send: technicians, whose hours
            // and skills are recorded (as the header says).
            if (roleFromKey(role->value(0).toString()) != Role::Technician)
                return makeError(ErrorCode::InvalidInput, Tr::tr("Only technicians can be crew members."));
            role->finish();
            auto ins = tx.exec(
                QStringLiteral("INSERT INTO crew_members (crew_id, staff_id) VALUES (?,?)"), {id, m});
            if (!ins)
                return ins.error();
            members.append(m);
        }
        const QJsonObject payload {{QStringLiteral("id"), id}, {QStringLiteral("name"), crew.name},
            {QStringLiteral("color"), crew.color}, {QStringLiteral("active"), crew.active},
            {QStringLiteral("members"), members}};
        if (Status a = tx.audit(QStringLiteral("crew.save"), QStringLiteral("crew"), id, payload); !a)
            return a;
        return tx.outbox(QStringLiteral("crew"), id, QStringLiteral("upsert"), payload);
    });
    if (!st)
        return st.error();
    return id;
}

Status CrewService::removeCrew(const Actor &actor, const QString &crewId)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral("UPDATE crews SET deleted_at = ?, active = 0 WHERE id = ? AND deleted_at IS NULL"),
            {tx.nowIso(), crewId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, Tr::tr("The crew does not exist."));
        if (Status a = tx.audit(QStringLiteral("crew.remove"), QStringLiteral("crew"), crewId); !a)
            return a;
        return tx.outbox(
            QStringLiteral("crew"), crewId, QStringLiteral("delete"), {{QStringLiteral("id"), crewId}});
    });
}

QStringList CrewService::hoursProblems(const std::vector<WorkingInterval> &hours)
{
    QStringList out;
    std::vector<WorkingInterval> sorted = hours;
    std::sort(sorted.begin(), sorted.end(), [](const WorkingInterval &a, const WorkingInterval &b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.start < b.start;
    });
    for (size_t i = 0; i < sorted.size(); ++i) {
        const WorkingInterval &w = sorted[i];
        const QString day = QLocale().dayName(w.weekday);
        if (!w.start.isValid() || !w.end.isValid() || minutesOfTime(w.end) <= minutesOfTime(w.start))
            out << Tr::tr("%1: the hours must end after they start.").arg(day);
        else if (i > 0 && sorted[i - 1].weekday == w.weekday
            && minutesOfTime(sorted[i - 1].end) > minutesOfTime(w.start))
            out << Tr::tr("%1: two sets of hours overlap.").arg(day);
    }
    return out;
}

Status CrewService::setWorkingHours(
    const Actor &actor, const QString &staffId, std::vector<WorkingInterval> hours)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    if (const QStringList p = hoursProblems(hours); !p.isEmpty())
        return makeError(ErrorCode::InvalidInput, p.join(u'\n'));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = requireTechnician(tx, staffId); !s)
            return s;
        auto del = tx.exec(QStringLiteral("DELETE FROM technician_hours WHERE staff_id = ?"), {staffId});
        if (!del)
            return del.error();
        QJsonArray week;
        for (const WorkingInterval &w : hours) {
            const int s = minutesOfTime(w.start);
            const int e = minutesOfTime(w.end);
            auto ins = tx.exec(
                QStringLiteral("INSERT INTO technician_hours (staff_id, weekday, start_min, end_min) "
                               "VALUES (?,?,?,?)"),
                {staffId, int(w.weekday), s, e});
            if (!ins)
                return ins.error();
            week.append(QJsonArray {int(w.weekday), s, e});
        }
        return tx.audit(QStringLiteral("staff.hours"), QStringLiteral("staff"), staffId,
            {{QStringLiteral("hours"), week}});
    });
}

Status CrewService::setSkills(const Actor &actor, const QString &staffId, const QStringList &serviceIds)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = requireTechnician(tx, staffId); !s)
            return s;
        auto del = tx.exec(QStringLiteral("DELETE FROM technician_skills WHERE staff_id = ?"), {staffId});
        if (!del)
            return del.error();
        QStringList unique = serviceIds;
        unique.removeDuplicates();
        for (const QString &service : unique) {
            auto ins
                = tx.exec(QStringLiteral("INSERT INTO technician_skills (staff_id, service_id) VALUES (?,?)"),
                    {staffId, service});
            if (!ins)
                return makeError(ErrorCode::NotFound, Tr::tr("A skill names a service that does not exist."));
        }
        return tx.audit(QStringLiteral("staff.skills"), QStringLiteral("staff"), staffId,
            {{QStringLiteral("services"), QJsonArray::fromStringList(unique)}});
    });
}

Result<QString> CrewService::addTimeOff(const Actor &actor, TimeOff off)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    if (!off.startUtc.isValid() || !off.endUtc.isValid() || off.endUtc <= off.startUtc)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Time off must end after it starts."));
    QString id;
    Status st = m_db.write(actor, [&](WriteTx &tx) -> Status {
        if (Status s = requireTechnician(tx, off.staffId); !s)
            return s;
        id = tx.newId();
        auto ins = tx.exec(
            QStringLiteral("INSERT INTO time_off (id, staff_id, start_utc, end_utc, reason, created_at) "
                           "VALUES (?,?,?,?,?,?)"),
            {id, off.staffId, isoUtc(off.startUtc), isoUtc(off.endUtc), nonNull(off.reason), tx.nowIso()});
        if (!ins)
            return ins.error();
        return tx.audit(QStringLiteral("staff.time_off"), QStringLiteral("staff"), off.staffId,
            {{QStringLiteral("from"), isoUtc(off.startUtc)}, {QStringLiteral("to"), isoUtc(off.endUtc)}});
    });
    if (!st)
        return st.error();
    return id;
}

Status CrewService::removeTimeOff(const Actor &actor, const QString &timeOffId)
{
    if (!allows(actor.role, Permission::ManageCrews))
        return denied();
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(QStringLiteral("DELETE FROM time_off WHERE id = ?"), {timeOffId});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, Tr::tr("That time off does not exist."));
        return tx.audit(QStringLiteral("staff.time_off_removed"), QStringLiteral("time_off"), timeOffId);
    });
}

Result<std::vector<TimeOff>> CrewService::timeOff(
    const Actor &actor, const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return cannotView();
    return crew_sql::loadTimeOff(m_db, fromUtc, toUtc);
}

} // namespace spoke
