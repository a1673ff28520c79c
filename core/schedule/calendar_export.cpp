#include "core/schedule/calendar_export.h"

#include "core/customers/customer_service.h"
#include "core/schedule/ics.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CalendarExport)
};

/// Codes shorter than this are not masked in free text: masking "12" would eat times and
/// quantities, and a two-character code protects nothing anyway.
constexpr qsizetype kMinMaskedCode = 3;

QString shortTime(const QDateTime &local)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return locale.toString(local.time(), format);
}

/// Replaces any gate or alarm code somebody typed into free text (an access note saying
/// "gate 4471") with dots, so the calendar cannot carry it out of the location.
QString masked(QString text, const QStringList &codes)
{
    for (const QString &code : codes)
        if (code.size() >= kMinMaskedCode)
            text.replace(code, QString(code.size(), u'•'), Qt::CaseInsensitive);
    return text;
}

} // namespace

Result<QByteArray> technicianCalendar(const Actor &actor, LocationDatabase &db, JobService &jobs,
    CustomerService &customers, const QString &staffId, const QDateTime &fromUtc, const QDateTime &toUtc,
    const QDateTime &nowUtc)
{
    if (!allows(actor.role, Permission::ViewSchedule))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Your role does not allow seeing the schedule."));
    if (actor.role == Role::Technician && actor.staffId != staffId)
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Technicians can export only their own calendar."));
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a date range that ends after it starts."));
    if (fromUtc.daysTo(toUtc) > 366)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Export at most a year at a time."));
    auto person = StaffService(db).find(staffId);
    if (!person)
        return person.error();
    auto views = jobs.jobsFor(actor, staffId, fromUtc, toUtc);
    if (!views)
        return views.error();

    const QTimeZone &zone = jobs.zone();
    QHash<QString, Customer> customerCache;
    std::vector<IcsEvent> events;
    events.reserve(views->size());
    for (const JobView &v : views.value()) {
        const Job &job = v.job;
        // jobsFor() takes jobs that overlap the range; the export is of jobs that start in it.
        if (job.startUtc < fromUtc || job.startUtc >= toUtc)
            continue;
        auto cached = customerCache.constFind(job.customerId);
        if (cached == customerCache.cend()) {
            auto c = customers.get(actor, job.customerId);
            if (!c)
                return c.error();
            cached = customerCache.insert(job.customerId, std::move(c.value()));
        }
        const Customer &customer = *cached;
        CustomerAddress address;
        for (const CustomerAddress &a : customer.addresses)
            if (a.id == job.addressId)
                address = a;
        QStringList codes;
        for (const CustomerAddress &a : customer.addresses)
            for (const QString &code : {a.gateCode.trimmed(), a.alarmCode.trimmed()})
                if (!code.isEmpty())
                    codes << code;

        QStringList d;
        if (job.windowStartUtc.isValid())
            d << Tr::tr("Arrival window: %1 – %2")
                     .arg(shortTime(job.windowStartUtc.toTimeZone(zone)),
                         shortTime(job.windowEndUtc.toTimeZone(zone)));
        else if (!address.arrivalWindow.trimmed().isEmpty())
            d << Tr::tr("Customer prefers: %1").arg(address.arrivalWindow.trimmed());
        d << Tr::tr("Services: %1").arg(v.servicesSummary);
        for (const CustomerPhone &p : customer.phones)
            d << (p.label.isEmpty() ? Tr::tr("Phone: %1").arg(p.number)
                                    : Tr::tr("Phone (%1): %2").arg(p.label, p.number));
        QStringList prefs;
        for (const CustomerPreference &p : customer.preferences)
            if (p.addressId.isEmpty() || p.addressId == job.addressId)
                prefs << (p.area.trimmed().isEmpty()
                        ? QStringLiteral("- %1 %2").arg(preferenceKindLabel(p.kind), p.text)
                        : QStringLiteral("- %1 %2: %3")
                              .arg(preferenceKindLabel(p.kind), p.area.trimmed(), p.text));
        if (!prefs.isEmpty())
            d << Tr::tr("Preferences:") + u'\n' + prefs.join(u'\n');
        const std::pair<QString, QString> access[] = {{Tr::tr("Access: %1"), address.accessNotes},
            {Tr::tr("Entry: %1"), address.entryInstructions}, {Tr::tr("Parking: %1"), address.parking},
            {Tr::tr("Pets: %1"), address.pets}, {Tr::tr("Crew notes: %1"), job.crewNotes}};
        for (const auto &[label, value] : access)
            if (!value.trimmed().isEmpty())
                d << label.arg(value.trimmed());
        if (!address.gateCode.trimmed().isEmpty() || !address.alarmCode.trimmed().isEmpty())
            d << Tr::tr("Gate and alarm codes: on the printed work order only.");
        const bool cancelled = job.status == JobStatus::Cancelled || job.status == JobStatus::NoShow;
        if (cancelled)
            d << (job.statusReason.isEmpty()
                    ? jobStatusLabel(job.status)
                    : Tr::tr("%1: %2").arg(jobStatusLabel(job.status), job.statusReason));

        IcsEvent e;
        e.uid = job.id + QStringLiteral("@spoke");
        e.startUtc = job.startUtc;
        e.endUtc = job.endUtc;
        e.stampUtc = nowUtc;
        e.lastModifiedUtc = job.updatedAt;
        e.sequence = job.revision;
        e.summary = masked(Tr::tr("%1 — %2").arg(v.servicesSummary, v.customerName), codes);
        e.location = masked(address.oneLine().isEmpty() ? v.addressLine : address.oneLine(), codes);
        e.description = masked(d.join(u'\n'), codes);
        e.status = cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED");
        events.push_back(std::move(e));
    }

    const QByteArray ics = toIcs(events, Tr::tr("Spoke — %1").arg(person->name));
    Status audited = db.write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("calendar.export"), QStringLiteral("staff"), staffId,
            {{QStringLiteral("from"), isoUtc(fromUtc)}, {QStringLiteral("to"), isoUtc(toUtc)},
                {QStringLiteral("events"), int(events.size())}});
    });
    if (!audited)
        return audited.error();
    return ics;
}

} // namespace spoke
