#include "core/schedule/work_orders.h"

#include "core/customers/customer_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::WorkOrders)
};

// Colours of the printout: dark headers, soft label cells, and the usual green / red / amber
// for DO, DON'T and the local-only codes. They print legibly in grey scale too.
const QString kInk = QStringLiteral("#111827");
const QString kMuted = QStringLiteral("#4b5563");
const QString kRule = QStringLiteral("#9ca3af");
const QString kBar = QStringLiteral("#1f2937");
const QString kLabel = QStringLiteral("#f3f4f6");
const QString kCodeBg = QStringLiteral("#fef3c7");
const QString kCodeInk = QStringLiteral("#92400e");
const QString kAlertBg = QStringLiteral("#fee2e2");
const QString kAlertInk = QStringLiteral("#991b1b");
const QString kBox = QStringLiteral("<span style=\"font-size: 11pt;\">☐</span>");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped, with the line breaks people typed kept.
QString escLines(const QString &text)
{
    QString out = esc(text.trimmed());
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

/// The locale's short time without seconds (the C locale's short format has them).
QString shortTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

QString durationText(qint64 minutes)
{
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return Tr::tr("%1 h").arg(minutes / 60);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool rightToLeft()
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

QString dirAttribute()
{
    return rightToLeft() ? QStringLiteral(" dir=\"rtl\"") : QString();
}

/// A table row with its cells in reading order. QTextDocument mirrors text but not table
/// columns, so in right-to-left the cells are written the other way round.
QString tableRow(QStringList cells)
{
    if (rightToLeft())
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

/// The far end of a line: "right" in left-to-right text, "left" in right-to-left.
QString farEnd()
{
    return rightToLeft() ? QStringLiteral("left") : QStringLiteral("right");
}

/// Text that must read left to right whatever surrounds it (codes, phone numbers, e-mail),
/// in a left-to-right isolate: in an Arabic sheet "8023*" would otherwise print as "*8023".
QString ltr(const QString &html)
{
    return QChar(0x2066) + html + QChar(0x2069);
}

/// A bordered table of label / value rows under a dark title bar.
class Section
{
public:
    explicit Section(const QString &title, int columns = 2, int labelPercent = 24)
        : m_columns(columns)
        , m_labelPercent(labelPercent)
    {
        m_html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                "style=\"border-collapse: collapse; border-color: %1; margin-top: 6px;\">")
                     .arg(kRule);
        if (!title.isEmpty())
            m_html += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"%2\"><span style=\"color: #ffffff; "
                                     "font-weight: bold; font-size: 9pt;\">%3</span></td></tr>")
                          .arg(m_columns)
                          .arg(kBar, esc(title.toUpper()));
    }

    /// A label cell and an HTML value; skipped when the value is empty.
    void row(const QString &label, const QString &valueHtml, const QString &labelBg = kLabel)
    {
        if (valueHtml.trimmed().isEmpty())
            return;
        m_html += tableRow({QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\"><b>%3</b></td>")
                                .arg(m_labelPercent)
                                .arg(labelBg, esc(label)),
            QStringLiteral("<td colspan=\"%1\">%2</td>").arg(m_columns - 1).arg(valueHtml)});
        ++m_rows;
    }
    void raw(const QString &rowHtml)
    {
        m_html += rowHtml;
        ++m_rows;
    }
    int rows() const { return m_rows; }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
    int m_columns;
    int m_labelPercent;
    int m_rows = 0;
};

QString kindColor(PreferenceKind kind)
{
    return kind == PreferenceKind::Do  ? QStringLiteral("#166534")
        : kind == PreferenceKind::Dont ? kAlertInk
                                       : kInk;
}

QString kindBadge(PreferenceKind kind)
{
    QString bg = QStringLiteral("#e5e7eb"), fg = kInk;
    if (kind == PreferenceKind::Do) {
        bg = QStringLiteral("#dcfce7");
        fg = QStringLiteral("#166534");
    } else if (kind == PreferenceKind::Dont) {
        bg = kAlertBg;
        fg = kAlertInk;
    }
    return QStringLiteral(
        "<td width=\"12%\" align=\"center\" bgcolor=\"%1\"><span style=\"color: %2; font-weight: "
        "bold;\">%3</span></td>")
        .arg(bg, fg, esc(preferenceKindLabel(kind)));
}

/// The code in large monospace with the local-only warning next to it.
QString codeHtml(const QString &code)
{
    return QStringLiteral(
        "<span style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: 14pt; font-weight: "
        "bold;\">%1</span>&nbsp;&nbsp;&nbsp;<span style=\"color: %2; font-size: 8pt;\">%3</span>")
        .arg(ltr(esc(code)), kCodeInk, esc(Tr::tr("LOCAL ONLY — do not share; shred after the job")));
}

QString phonesHtml(const Customer &customer)
{
    QStringList out;
    for (const CustomerPhone &p : customer.phones) {
        const QString number = ltr(esc(p.number.trimmed().isEmpty() ? p.e164 : p.number.trimmed()));
        out << (p.label.isEmpty() ? number
                                  : QStringLiteral("%1 <span style=\"color: %2;\">(%3)</span>")
                                        .arg(number, kMuted, esc(p.label)));
    }
    return out.join(QStringLiteral("<br>"));
}

QString addressHtml(const CustomerAddress &a, const QString &fallbackLine)
{
    QStringList lines;
    if (!a.label.trimmed().isEmpty())
        lines << QStringLiteral("<b>%1</b>").arg(esc(a.label.trimmed()));
    const QString street = a.unit.trimmed().isEmpty()
        ? a.street.trimmed()
        : QString(a.street.trimmed() + QStringLiteral(", ") + a.unit.trimmed());
    // "Springfield, IL 62704": city, then region and postal code.
    QStringList regionPostal;
    for (const QString &p : {a.region, a.postalCode})
        if (!p.trimmed().isEmpty())
            regionPostal << p.trimmed();
    QStringList cityLine;
    if (!a.city.trimmed().isEmpty())
        cityLine << a.city.trimmed();
    if (!regionPostal.isEmpty())
        cityLine << regionPostal.join(u' ');
    if (!street.isEmpty())
        lines << esc(street);
    if (!cityLine.isEmpty())
        lines << esc(cityLine.join(QStringLiteral(", ")));
    if (!a.country.trimmed().isEmpty())
        lines << esc(a.country.trimmed());
    if (lines.isEmpty() && !fallbackLine.isEmpty())
        lines << esc(fallbackLine);
    return lines.join(QStringLiteral("<br>"));
}

/// Crews and technicians, read once per printout for names and membership.
struct Roster
{
    std::vector<Crew> crews;
    std::vector<Technician> technicians;

    const Crew *crew(const QString &id) const
    {
        const auto it = std::find_if(crews.begin(), crews.end(), [&](const Crew &c) { return c.id == id; });
        return it == crews.end() ? nullptr : &*it;
    }
    QString name(const QString &staffId) const
    {
        for (const Technician &t : technicians)
            if (t.staffId == staffId)
                return t.name;
        return QString();
    }
    /// "Crew A (Tom, Ana)" plus the technicians sent on their own.
    QString teamHtml(const JobView &view) const
    {
        QStringList parts;
        if (!view.job.assignment.crewId.isEmpty()) {
            QStringList members;
            if (const Crew *c = crew(view.job.assignment.crewId))
                for (const QString &m : c->memberStaffIds)
                    if (const QString n = name(m); !n.isEmpty())
                        members << n;
            const QString crewName = view.crewName.isEmpty() ? Tr::tr("Crew") : view.crewName;
            parts << (members.isEmpty() ? QStringLiteral("<b>%1</b>").arg(esc(crewName))
                                        : QStringLiteral("<b>%1</b> (%2)")
                                              .arg(esc(crewName), esc(members.join(QStringLiteral(", ")))));
        }
        for (const QString &n : view.technicianNames)
            parts << esc(n);
        return parts.join(QStringLiteral(", "));
    }
    bool includes(const Assignment &a, const QString &staffId) const
    {
        if (a.technicianIds.contains(staffId))
            return true;
        const Crew *c = crew(a.crewId);
        return c && c->memberStaffIds.contains(staffId);
    }
};

Result<Roster> loadRoster(LocationDatabase &db, const Actor &actor)
{
    CrewService crews(db);
    Roster roster;
    auto c = crews.crews(actor, true);
    if (!c)
        return c.error();
    roster.crews = std::move(c.value());
    auto t = crews.technicians(actor);
    if (!t)
        return t.error();
    roster.technicians = std::move(t.value());
    return roster;
}

Error notYours()
{
    return makeError(ErrorCode::PermissionDenied, Tr::tr("Technicians can print only their own jobs."));
}

} // namespace

struct WorkOrderComposer::Site
{
    Customer customer;
    CustomerAddress address;
    /// The address's own and the all-address preferences: DO, then DON'T, then NOTE.
    std::vector<CustomerPreference> preferences;
};

WorkOrderComposer::WorkOrderComposer(
    LocationDatabase &db, JobService &jobs, CustomerService &customers, LocationProfile profile)
    : m_db(db)
    , m_jobs(jobs)
    , m_customers(customers)
    , m_profile(std::move(profile))
{ }

Result<WorkOrderComposer::Site> WorkOrderComposer::site(const Actor &actor, const JobView &view) const
{
    auto c = m_customers.get(actor, view.job.customerId);
    if (!c)
        return c.error();
    Site s;
    s.customer = std::move(c.value());
    const auto &addresses = s.customer.addresses;
    auto it = std::find_if(addresses.begin(), addresses.end(), [&](const CustomerAddress &a) {
        return !view.job.addressId.isEmpty() && a.id == view.job.addressId;
    });
    if (it == addresses.end() && view.job.addressId.isEmpty())
        it = std::find_if(addresses.begin(), addresses.end(),
            [](const CustomerAddress &a) { return a.kind == AddressKind::Service; });
    if (it != addresses.end())
        s.address = *it;
    for (const CustomerPreference &p : s.customer.preferences)
        if (p.addressId.isEmpty() || p.addressId == s.address.id)
            s.preferences.push_back(p);
    std::stable_sort(s.preferences.begin(), s.preferences.end(),
        [](const CustomerPreference &a, const CustomerPreference &b) { return int(a.kind) < int(b.kind); });
    return s;
}

QString WorkOrderComposer::localTime(const QDateTime &utc) const
{
    return shortTime(utc.toTimeZone(m_jobs.zone()).time());
}

QString WorkOrderComposer::timeRange(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    return Tr::tr("%1 – %2").arg(localTime(fromUtc), localTime(toUtc));
}

QString WorkOrderComposer::printedBy(const Actor &actor) const
{
    const QDateTime now = m_db.clock().nowUtc().toTimeZone(m_jobs.zone());
    return QStringLiteral("<span style=\"color: %1; font-size: 7.5pt;\">%2</span>")
        .arg(kMuted,
            esc(Tr::tr("Printed %1 %2 by %3")
                    .arg(QLocale().toString(now.date(), QLocale::ShortFormat), shortTime(now.time()),
                        actor.name)));
}

QString WorkOrderComposer::header(const QString &documentTitle, const QString &subtitle) const
{
    QStringList contact;
    for (const QString &c : {m_profile.phone, m_profile.email})
        if (!c.trimmed().isEmpty())
            contact << ltr(esc(c.trimmed()));
    const QString who = QStringLiteral("<td width=\"58%\" valign=\"top\"><span style=\"font-size: 15pt; "
                                       "font-weight: bold;\">%1</span><br><span style=\"color: %2;\">%3<br>%4"
                                       "</span></td>")
                            .arg(esc(m_profile.businessName), kMuted, escLines(m_profile.address),
                                contact.join(QStringLiteral(" · ")));
    const QString what
        = QStringLiteral("<td width=\"42%\" align=\"%1\" valign=\"top\"><span style=\"font-size: "
                         "20pt; font-weight: bold; color: %2;\">%3</span><br><span style=\"font-size: "
                         "10pt;\">%4</span></td>")
              .arg(farEnd(), kBar, esc(documentTitle), subtitle);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
        + tableRow({who, what}) + QStringLiteral("</table><hr>");
}

Result<QString> WorkOrderComposer::workOrderHtml(const Actor &actor, const QString &jobId)
{
    auto v = m_jobs.jobView(actor, jobId);
    if (!v)
        return v.error();
    const JobView &view = v.value();
    auto roster = loadRoster(m_db, actor);
    if (!roster)
        return roster.error();
    if (actor.role == Role::Technician && !roster->includes(view.job.assignment, actor.staffId))
        return notYours();
    auto s = site(actor, view);
    if (!s)
        return s.error();
    const Site &site = s.value();
    const Job &job = view.job;
    const QString customerName = site.customer.displayName();
    const QTimeZone &zone = m_jobs.zone();
    const QDateTime localStart = job.startUtc.toTimeZone(zone);

    QString html
        = QStringLiteral("<html><head><title>%1</title></head><body%2 style=\"font-size: 9pt; color: "
                         "%3;\">")
              .arg(esc(Tr::tr("Work order — %1").arg(customerName)), dirAttribute(), kInk);
    const QString number = job.id.right(8).toUpper();
    html += header(Tr::tr("WORK ORDER"),
        QStringLiteral("%1 <b>%2</b><br>%3<br>%4")
            .arg(esc(Tr::tr("No.")), ltr(esc(number)),
                esc(job.startUtc.isValid() ? QLocale().toString(localStart.date(), QLocale::LongFormat)
                                           : Tr::tr("Time to be arranged")),
                printedBy(actor)));

    // Warnings first: nobody should start a cancelled job or serve a do-not-service customer.
    if (job.status == JobStatus::Cancelled || job.status == JobStatus::NoShow || site.customer.doNotService) {
        QStringList alerts;
        if (job.status == JobStatus::Cancelled || job.status == JobStatus::NoShow)
            alerts << esc(job.statusReason.isEmpty()
                    ? jobStatusLabel(job.status).toUpper()
                    : Tr::tr("%1: %2").arg(jobStatusLabel(job.status).toUpper(), job.statusReason));
        if (site.customer.doNotService)
            alerts << esc(site.customer.doNotServiceReason.isEmpty()
                    ? Tr::tr("DO NOT SERVICE this customer")
                    : Tr::tr("DO NOT SERVICE this customer: %1").arg(site.customer.doNotServiceReason));
        html += QStringLiteral(
            "<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"margin-top: 6px;\">"
            "<tr><td bgcolor=\"%1\"><span style=\"color: %2; font-weight: bold; font-size: 11pt;\">"
            "%3</span></td></tr></table>")
                    .arg(kAlertBg, kAlertInk, alerts.join(QStringLiteral("<br>")));
    }

    // Appointment and customer side by side.
    Section when(Tr::tr("Appointment"), 2, 30);
    if (job.startUtc.isValid()) {
        when.row(Tr::tr("Date"), esc(QLocale().toString(localStart.date(), QLocale::LongFormat)));
        when.row(Tr::tr("Scheduled"),
            QStringLiteral("%1 %2 <span style=\"color: %3;\">(%4)</span>")
                .arg(esc(timeRange(job.startUtc, job.endUtc)), esc(zone.abbreviation(localStart)), kMuted,
                    esc(durationText(job.durationMinutes()))));
    }
    if (job.windowStartUtc.isValid())
        when.row(Tr::tr("Arrival window"),
            QStringLiteral("<span style=\"font-size: 12pt; font-weight: bold;\">%1</span>")
                .arg(esc(timeRange(job.windowStartUtc, job.windowEndUtc))));
    if (!site.address.arrivalWindow.trimmed().isEmpty())
        when.row(Tr::tr("Customer prefers"), escLines(site.address.arrivalWindow));
    when.row(Tr::tr("Team"), roster->teamHtml(view));
    when.row(Tr::tr("Status"), esc(jobStatusLabel(job.status)));

    Section who(Tr::tr("Customer"), 2, 30);
    who.row(Tr::tr("Name"),
        QStringLiteral("<span style=\"font-size: 12pt; font-weight: bold;\">%1</span>")
            .arg(esc(customerName)));
    who.row(Tr::tr("Phone"), phonesHtml(site.customer));
    who.row(Tr::tr("Service address"), addressHtml(site.address, view.addressLine));
    if (!site.customer.preferredLanguage.isEmpty())
        who.row(Tr::tr("Language"),
            esc(QLocale(site.customer.preferredLanguage).nativeLanguageName().isEmpty()
                    ? site.customer.preferredLanguage
                    : QLocale(site.customer.preferredLanguage).nativeLanguageName()));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
        + tableRow({QStringLiteral("<td width=\"50%\" valign=\"top\">%1</td>").arg(who.html()),
            QStringLiteral("<td width=\"2%\"></td>"),
            QStringLiteral("<td width=\"48%\" valign=\"top\">%1</td>").arg(when.html())})
        + QStringLiteral("</table>");

    // Getting in: notes, parking, pets, and the codes.
    const CustomerAddress &a = site.address;
    Section access(Tr::tr("Access"));
    access.row(Tr::tr("Access notes"), escLines(a.accessNotes));
    access.row(Tr::tr("Entry"), escLines(a.entryInstructions));
    access.row(Tr::tr("Parking"), escLines(a.parking));
    access.row(Tr::tr("Pets"), escLines(a.pets));
    QStringList codesPrinted;
    if (!a.gateCode.trimmed().isEmpty()) {
        access.row(Tr::tr("GATE CODE"), codeHtml(a.gateCode.trimmed()), kCodeBg);
        codesPrinted << QStringLiteral("gate");
    }
    if (!a.alarmCode.trimmed().isEmpty()) {
        access.row(Tr::tr("ALARM CODE"), codeHtml(a.alarmCode.trimmed()), kCodeBg);
        codesPrinted << QStringLiteral("alarm");
    }
    if (access.rows() == 0)
        access.row(Tr::tr("Access notes"), esc(Tr::tr("None recorded")));
    html += access.html();

    // What the customer wants: the part of the paper the technician reads twice.
    Section prefs(Tr::tr("Customer preferences"), 3);
    for (const CustomerPreference &p : site.preferences)
        prefs.raw(
            tableRow({kindBadge(p.kind), QStringLiteral("<td width=\"24%\"><b>%1</b></td>").arg(esc(p.area)),
                QStringLiteral("<td>%1</td>").arg(escLines(p.text))}));
    if (prefs.rows() == 0)
        prefs.raw(QStringLiteral("<tr><td colspan=\"3\"><span style=\"color: %1;\">%2</span></td></tr>")
                      .arg(kMuted, esc(Tr::tr("No preferences recorded."))));
    html += prefs.html();

    if (!job.crewNotes.trimmed().isEmpty()) {
        Section notes(Tr::tr("Crew notes"), 1);
        notes.raw(QStringLiteral("<tr><td>%1</td></tr>").arg(escLines(job.crewNotes)));
        html += notes.html();
    }

    // The services are the checklist: a box per line, then the three every job ends with.
    Section work(Tr::tr("Services and checklist"), 5);
    auto headCell = [](const QString &width, const QString &align, const QString &text) {
        return QStringLiteral("<td%1%2 bgcolor=\"%3\"><b>%4</b></td>")
            .arg(width.isEmpty() ? QString() : QStringLiteral(" width=\"%1\"").arg(width),
                align.isEmpty() ? QString() : QStringLiteral(" align=\"%1\"").arg(align), kLabel, esc(text));
    };
    const QString center = QStringLiteral("center");
    work.raw(tableRow({headCell(QStringLiteral("7%"), center, Tr::tr("Done")),
        headCell({}, {}, Tr::tr("Service")), headCell(QStringLiteral("8%"), center, Tr::tr("Qty")),
        headCell(QStringLiteral("16%"), {}, Tr::tr("Estimated time")),
        headCell(QStringLiteral("16%"), {}, Tr::tr("Initials"))}));
    for (const JobLine &l : job.lines)
        work.raw(tableRow({QStringLiteral("<td align=\"center\">%1</td>").arg(kBox),
            QStringLiteral("<td>%1</td>").arg(esc(l.description)),
            QStringLiteral("<td align=\"center\">%1</td>").arg(QLocale().toString(l.quantity)),
            QStringLiteral("<td>%1</td>")
                .arg(l.durationMinutes > 0 ? esc(durationText(qint64(l.durationMinutes) * l.quantity))
                                           : QString()),
            QStringLiteral("<td></td>")}));
    QStringList finals;
    for (const QString &item :
        {Tr::tr("Preferences respected"), Tr::tr("Photos taken"), Tr::tr("Customer signed")})
        finals << QStringLiteral("<td width=\"33%\">%1&nbsp;&nbsp;%2</td>").arg(kBox, esc(item));
    work.raw(
        QStringLiteral("<tr><td colspan=\"5\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">%1"
                       "</table></td></tr>")
            .arg(tableRow(finals)));
    html += work.html();

    // Sign-off: label over a line, customer and technician.
    const QString rule
        = QStringLiteral("<td style=\"border-bottom: 1px solid %1;\" height=\"30\"></td>").arg(kInk);
    const QString gap = QStringLiteral("<td width=\"3%\"></td>");
    auto caption = [](const QString &width, const QString &text) {
        return QStringLiteral("<td width=\"%1\"><span style=\"color: %2;\">%3</span></td>")
            .arg(width, kMuted, esc(text));
    };
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top: 4px;\">")
        + tableRow({rule, gap, rule, gap, rule})
        + tableRow({caption(QStringLiteral("46%"), Tr::tr("Customer signature")), gap,
            caption(QStringLiteral("30%"), Tr::tr("Technician")), gap,
            caption(QStringLiteral("18%"), Tr::tr("Finished at"))})
        + QStringLiteral("</table>");

    html += QStringLiteral("</body></html>");

    Status audited = m_db.write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("workorder.print"), QStringLiteral("job"), job.id,
            {{QStringLiteral("customerId"), job.customerId},
                {QStringLiteral("codes"), QJsonArray::fromStringList(codesPrinted)}});
    });
    if (!audited)
        return audited.error();
    return html;
}

Result<QString> WorkOrderComposer::routeSheetHtml(
    const Actor &actor, const QString &laneKey, const QDate &day)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the day to print."));
    const bool crewLane = laneKey.startsWith(QLatin1String("crew:"));
    const bool techLane = laneKey.startsWith(QLatin1String("tech:"));
    if ((!crewLane && !techLane) || laneKey.size() <= 5)
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("Route sheets are printed for a crew or a technician."));
    const QString laneId = laneKey.mid(5);
    auto roster = loadRoster(m_db, actor);
    if (!roster)
        return roster.error();
    const Crew *crew = crewLane ? roster->crew(laneId) : nullptr;
    if (crewLane && !crew)
        return makeError(ErrorCode::NotFound, Tr::tr("The crew does not exist or was removed."));
    if (actor.role == Role::Technician
        && !(techLane ? laneId == actor.staffId : crew->memberStaffIds.contains(actor.staffId)))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Technicians can print only their own route sheet."));
    auto jobs = m_jobs.laneDay(actor, laneKey, day);
    if (!jobs)
        return jobs.error();
    std::vector<JobView> &views = jobs.value();
    std::stable_sort(views.begin(), views.end(),
        [](const JobView &a, const JobView &b) { return a.job.startUtc < b.job.startUtc; });

    QString laneTitle, laneMembers;
    if (crew) {
        laneTitle = crew->name;
        QStringList names;
        for (const QString &m : crew->memberStaffIds)
            if (const QString n = roster->name(m); !n.isEmpty())
                names << n;
        laneMembers = names.join(QStringLiteral(", "));
    } else {
        laneTitle = roster->name(laneId);
        if (laneTitle.isEmpty())
            laneTitle = actor.staffId == laneId ? actor.name : laneId;
    }
    const QString dayText = QLocale().toString(day, QLocale::LongFormat);

    QString html
        = QStringLiteral("<html><head><title>%1</title></head><body%2 style=\"font-size: 9pt; color: "
                         "%3;\">")
              .arg(esc(Tr::tr("Route sheet — %1 — %2").arg(laneTitle, dayText)), dirAttribute(), kInk);
    html += header(Tr::tr("ROUTE SHEET"),
        QStringLiteral("<b>%1</b>%2<br>%3<br>%4")
            .arg(esc(laneTitle),
                laneMembers.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(laneMembers)),
                esc(dayText), printedBy(actor)));

    qint64 minutes = 0;
    for (const JobView &v : views)
        minutes += v.job.durationMinutes();
    Section summary(Tr::tr("Day summary"), 4);
    auto summaryRow = [](const QString &label1, const QString &value1, const QString &label2,
                          const QString &value2) {
        return tableRow(
            {QStringLiteral("<td bgcolor=\"%1\" width=\"18%\"><b>%2</b></td>").arg(kLabel, esc(label1)),
                QStringLiteral("<td width=\"32%\">%1</td>").arg(esc(value1)),
                QStringLiteral("<td bgcolor=\"%1\" width=\"18%\"><b>%2</b></td>").arg(kLabel, esc(label2)),
                QStringLiteral("<td width=\"32%\">%1</td>").arg(esc(value2))});
    };
    summary.raw(summaryRow(Tr::tr("Jobs"), QLocale().toString(qlonglong(views.size())), Tr::tr("Total hours"),
        durationText(minutes)));
    if (!views.empty())
        summary.raw(summaryRow(Tr::tr("First start"), localTime(views.front().job.startUtc),
            Tr::tr("Last finish"),
            localTime(std::max_element(views.begin(), views.end(), [](const JobView &x, const JobView &y) {
                return x.job.endUtc < y.job.endUtc;
            })->job.endUtc)));
    html += summary.html();
    if (views.empty())
        html += QStringLiteral("<p style=\"margin-top: 12px;\">%1</p>")
                    .arg(esc(Tr::tr("No jobs on this day.")));

    int codes = 0;
    int n = 0;
    for (const JobView &v : views) {
        auto s = site(actor, v);
        if (!s)
            return s.error();
        const Site &st = s.value();
        const Job &job = v.job;
        QString title = QStringLiteral("%1.  %2").arg(++n).arg(timeRange(job.startUtc, job.endUtc));
        if (job.windowStartUtc.isValid())
            title += QStringLiteral("   ·   ")
                + Tr::tr("arrive %1").arg(timeRange(job.windowStartUtc, job.windowEndUtc));
        Section sec({}, 2);
        sec.raw(tableRow({QStringLiteral("<td bgcolor=\"%1\" width=\"55%\"><span style=\"color: #ffffff; "
                                         "font-weight: bold; font-size: 10.5pt;\">%2</span></td>")
                              .arg(kBar, esc(title)),
            QStringLiteral(
                "<td bgcolor=\"%1\" width=\"45%\" align=\"%2\"><span style=\"color: #ffffff; font-size: "
                "12pt;\">☐</span> <span style=\"color: #ffffff;\">%3</span></td>")
                .arg(kBar, farEnd(), esc(Tr::tr("Done")))}));
        auto cell = [](const QString &label, const QString &value) {
            return value.trimmed().isEmpty() ? QString()
                                             : QStringLiteral("<b>%1:</b> %2").arg(esc(label), value);
        };
        QStringList left, right;
        left << QStringLiteral("<span style=\"font-size: 11pt; font-weight: bold;\">%1</span>")
                    .arg(esc(st.customer.displayName()));
        left << phonesHtml(st.customer);
        left << addressHtml(st.address, v.addressLine);
        left << cell(Tr::tr("Services"), esc(v.servicesSummary));
        left << cell(Tr::tr("Team"), roster->teamHtml(v));
        left << cell(Tr::tr("Crew notes"), escLines(job.crewNotes));
        QStringList prefs;
        for (const CustomerPreference &p : st.preferences)
            prefs << QStringLiteral("<span style=\"color: %1; font-weight: bold;\">%2</span> %3%4")
                         .arg(kindColor(p.kind), esc(preferenceKindLabel(p.kind)),
                             p.area.trimmed().isEmpty() ? QString()
                                                        : esc(p.area.trimmed()) + QStringLiteral(": "),
                             esc(p.text));
        right << prefs.join(QStringLiteral("<br>"));
        right << cell(Tr::tr("Access"), escLines(st.address.accessNotes));
        right << cell(Tr::tr("Entry"), escLines(st.address.entryInstructions));
        right << cell(Tr::tr("Parking"), escLines(st.address.parking));
        right << cell(Tr::tr("Pets"), escLines(st.address.pets));
        QStringList codeParts;
        if (!st.address.gateCode.trimmed().isEmpty())
            codeParts << QStringLiteral(
                "%1 <span style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: "
                "12pt; font-weight: bold;\">%2</span>")
                             .arg(esc(Tr::tr("GATE")), ltr(esc(st.address.gateCode.trimmed())));
        if (!st.address.alarmCode.trimmed().isEmpty())
            codeParts << QStringLiteral(
                "%1 <span style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: "
                "12pt; font-weight: bold;\">%2</span>")
                             .arg(esc(Tr::tr("ALARM")), ltr(esc(st.address.alarmCode.trimmed())));
        codes += int(codeParts.size());
        left.removeAll(QString());
        right.removeAll(QString());
        sec.raw(tableRow({QStringLiteral("<td width=\"55%\" valign=\"top\">%1</td>")
                              .arg(left.join(QStringLiteral("<br>"))),
            QStringLiteral("<td width=\"45%\" valign=\"top\">%1</td>")
                .arg(right.join(QStringLiteral("<br>")))}));
        if (!codeParts.isEmpty())
            sec.raw(QStringLiteral(
                "<tr><td colspan=\"2\" bgcolor=\"%1\">%2&nbsp;&nbsp;&nbsp;<span style=\"color: %3; "
                "font-size: 8pt;\">%4</span></td></tr>")
                        .arg(kCodeBg, codeParts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")), kCodeInk,
                            esc(Tr::tr("LOCAL ONLY — do not share"))));
        html += sec.html();
    }
    if (codes > 0)
        html += QStringLiteral("<p style=\"margin-top: 8px; color: %1; font-size: 8pt;\">%2</p>")
                    .arg(kCodeInk,
                        esc(Tr::tr("The codes on this sheet are local only: keep it with you and shred "
                                   "it at the end of the day.")));
    html += QStringLiteral("</body></html>");

    Status audited = m_db.write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("routesheet.print"), QStringLiteral("lane"), laneKey,
            {{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("jobs"), int(views.size())},
                {QStringLiteral("codes"), codes}});
    });
    if (!audited)
        return audited.error();
    return html;
}

} // namespace spoke
