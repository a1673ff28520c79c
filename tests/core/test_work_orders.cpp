// Work orders, route sheets and the technician's calendar over a real location database:
// what the paper carries (codes, preferences of that address, checklist, local times), the
// PDF's text (Korean and Arabic included, read back with pdftotext), who may print what,
// the audit entries (without the code values), and a calendar that never carries the codes.
//
// Dates: 15 June 2027 is a Tuesday; New York is on EDT (UTC-4), so 09:00 local is 13:00Z.

#include "core/customers/customer_service.h"
#include "core/schedule/calendar_export.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/schedule/work_orders.h"
#include "core/staff/staff_service.h"
#include "core/storage/audit_log.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;
using namespace Qt::StringLiterals;

namespace {

/// The error message of a failed result (empty when it succeeded), for QVERIFY2.
template<typename R> QString why(const R &r)
{
    return r.ok() ? QString() : r.error().message;
}

const Actor kManager {u"m1"_s, u"Maria Manager"_s, Role::Manager};
const Actor kDesk {u"f1"_s, u"Fran Desk"_s, Role::FrontDesk};
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QDate kDay(2027, 6, 15);

const QString kGate = u"4471#"_s;
const QString kAlarm = u"8023*"_s;
const QString kOtherGate = u"5123"_s;
const QString kArabic = u"يرجى خلع الأحذية"_s;

QDateTime local(const QDate &day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), kNewYork).toUTC();
}

/// RFC 5545: unfolded content lines.
QStringList icsLines(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    unfolded.replace("\r\n\t", "");
    QStringList out = QString::fromUtf8(unfolded).split(u"\r\n"_s);
    out.removeAll(QString());
    return out;
}

/// A TEXT value with its escapes undone.
QString unescapeText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar n = value[++i];
            out += (n == u'n' || n == u'N') ? u'\n' : n;
        } else {
            out += value[i];
        }
    }
    return out;
}

/// The events of a calendar, each as property name -> value (TEXT values unescaped).
QList<QHash<QString, QString>> icsEvents(const QByteArray &ics)
{
    QList<QHash<QString, QString>> events;
    bool inEvent = false;
    for (const QString &line : icsLines(ics)) {
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        if (line == u"BEGIN:VEVENT"_s) {
            inEvent = true;
            events.append(QHash<QString, QString>());
        } else if (line == u"END:VEVENT"_s) {
            inEvent = false;
        } else if (inEvent) {
            events.last().insert(name, unescapeText(value));
        }
    }
    return events;
}

/// The PDF's text as pdftotext reads it, NFKC-normalised (Arabic may come back as
/// presentation forms) and with line breaks folded into spaces.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

/// The same words in either order: pdftotext may give right-to-left text in visual order.
bool containsWords(const QString &haystack, const QString &phrase)
{
    const QString flat = QString(haystack).replace(QRegularExpression(u"\\s+"_s), u" "_s);
    QStringList words = phrase.split(u' ');
    if (flat.contains(words.join(u' ')))
        return true;
    std::reverse(words.begin(), words.end());
    return flat.contains(words.join(u' '));
}

} // namespace

class TestWorkOrders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    ManualClock m_clock {QDateTime(QDate(2027, 6, 14), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<JobService> m_jobs;
    std::unique_ptr<WorkOrderComposer> m_composer;
    QString m_tom, m_ana, m_sam, m_crew, m_kim, m_helene;
    QString m_kimHome, m_kimOffice;
    QString m_morningJob, m_afternoonJob, m_samJob, m_tomCancelled, m_nextMonth;
    Actor m_tomActor, m_samActor;

    QString book(const QString &customer, const QString &address, const QDateTime &start, Assignment a,
        const std::vector<std::pair<QString, int>> &services, const QDateTime &windowStart = {},
        const QDateTime &windowEnd = {}, const QString &notes = {})
    {
        Job j;
        j.customerId = customer;
        j.addressId = address;
        j.startUtc = start;
        j.windowStartUtc = windowStart;
        j.windowEndUtc = windowEnd;
        j.assignment = std::move(a);
        j.crewNotes = notes;
        for (const auto &[service, qty] : services) {
            JobLine l;
            l.serviceId = service;
            l.quantity = qty;
            j.lines.push_back(l);
        }
        auto id = m_jobs->book(kDesk, j);
        if (!id)
            qFatal("book failed: %s", qPrintable(id.error().message));
        return id.value();
    }

    QString auditDetails(const QString &action, const QString &entityId, QString *entity = nullptr)
    {
        for (const AuditEntry &e : AuditLog::recent(*m_db, 50))
            if (e.action == action && e.entityId == entityId) {
                if (entity)
                    *entity = e.entity;
                return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            }
        return {};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = test::createDatabase(m_dir.filePath(u"loc"_s), m_store);
        m_db->setClock(&m_clock);
        m_customers = std::make_unique<CustomerService>(*m_db, u"US"_s);
        m_jobs = std::make_unique<JobService>(*m_db, kNewYork, u"USD"_s);
        LocationProfile profile;
        profile.businessName = u"Spoke Home Services — Springfield"_s;
        profile.address = u"400 Commerce Way, Suite 2\nSpringfield, IL 62701"_s;
        profile.phone = u"(217) 555-0100"_s;
        profile.email = u"springfield@spoke.example"_s;
        profile.timeZone = u"America/New_York"_s;
        m_composer = std::make_unique<WorkOrderComposer>(*m_db, *m_jobs, *m_customers, profile);

        CatalogService catalog(*m_db, u"USD"_s);
        auto service = [&](const QString &name, int minutes) {
            ServiceItem s;
            s.name = name;
            s.category = u"Cleaning"_s;
            s.durationMinutes = minutes;
            s.priceMinor = 12000;
            s.currency = u"USD"_s;
            s.taxClass = u"standard"_s;
            auto id = catalog.save(kManager, s);
            if (!id)
                qFatal("service: %s", qPrintable(id.error().message));
            return id.value();
        };
        const QString deepClean = service(u"Deep clean"_s, 120);
        const QString windows = service(u"Window cleaning"_s, 30);

        StaffService staff(*m_db, PasswordHasher(PasswordHasher::Cost::Minimum));
        CrewService crews(*m_db);
        auto person = [&](const QString &name, const QString &pin) {
            auto id = staff.createStaff(kManager, name, Role::Technician, SecretKind::Pin, pin);
            if (!id)
                qFatal("staff: %s", qPrintable(id.error().message));
            std::vector<WorkingInterval> hours;
            for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
                hours.push_back({Qt::DayOfWeek(d), QTime(7, 0), QTime(19, 0)});
            if (!crews.setWorkingHours(kManager, id.value(), hours)
                || !crews.setSkills(kManager, id.value(), {deepClean, windows}))
                qFatal("hours or skills refused");
            return id.value();
        };
        m_tom = person(u"Tom Tech"_s, u"2468"_s);
        m_ana = person(u"Ana Ortiz"_s, u"1357"_s);
        m_sam = person(u"Sam Solo"_s, u"9753"_s);
        m_tomActor = Actor {m_tom, u"Tom Tech"_s, Role::Technician};
        m_samActor = Actor {m_sam, u"Sam Solo"_s, Role::Technician};
        Crew crew;
        crew.name = u"Crew A"_s;
        crew.memberStaffIds = {m_tom, m_ana};
        auto crewId = crews.saveCrew(kManager, crew);
        QVERIFY2(crewId.ok(), qPrintable(why(crewId)));
        m_crew = crewId.value();

        // 김민준: codes and preferences at home, one preference for another address.
        Customer kim;
        kim.givenName = u"김민준"_s;
        kim.preferredLanguage = u"ko"_s;
        kim.phones.push_back({{}, u"mobile"_s, u"+82 10-1234-5678"_s, {}, true});
        CustomerAddress home;
        home.label = u"Home"_s;
        home.street = u"221 Maple Avenue"_s;
        home.city = u"Springfield"_s;
        home.region = u"IL"_s;
        home.postalCode = u"62704"_s;
        home.accessNotes = u"Knock on the side door"_s;
        home.parking = u"Driveway, left side"_s;
        home.pets = u"Friendly dog (Mochi): keep the gate closed"_s;
        home.entryInstructions = u"Key in the lockbox by the garage"_s;
        home.arrivalWindow = u"mornings 8–11"_s;
        home.gateCode = kGate;
        home.alarmCode = kAlarm;
        CustomerAddress office;
        office.label = u"Office"_s;
        office.street = u"9 Elm Street"_s;
        office.city = u"Springfield"_s;
        kim.addresses = {home, office};
        auto kimId = m_customers->create(kManager, kim);
        QVERIFY2(kimId.ok(), qPrintable(why(kimId)));
        m_kim = kimId.value();
        auto stored = m_customers->get(kManager, m_kim);
        QVERIFY(stored.ok());
        m_kimHome = stored->addresses[0].id;
        m_kimOffice = stored->addresses[1].id;
        stored->preferences.push_back(
            {{}, m_kimHome, u"Downstairs bathroom"_s, PreferenceKind::Do, u"clean behind the toilet"_s});
        stored->preferences.push_back(
            {{}, {}, u"Kitchen, oven"_s, PreferenceKind::Dont, u"do not clean the oven"_s});
        stored->preferences.push_back({{}, {}, u"Entrance"_s, PreferenceKind::Note, kArabic});
        stored->preferences.push_back(
            {{}, m_kimOffice, u"Office plants"_s, PreferenceKind::Do, u"water the ficus"_s});
        QVERIFY(m_customers->update(kManager, stored.value()).ok());

        // Hélène: somebody typed her gate code into the entry instructions.
        Customer helene;
        helene.givenName = u"Hélène"_s;
        helene.familyName = u"Dubois"_s;
        helene.phones.push_back({{}, u"home"_s, u"(217) 555-0199"_s, {}, true});
        CustomerAddress h;
        h.street = u"12 Rue des Lilas"_s;
        h.city = u"Springfield"_s;
        h.entryInstructions = u"Gate code is 5123 if the gate is shut"_s;
        h.gateCode = kOtherGate;
        helene.addresses = {h};
        auto heleneId = m_customers->create(kManager, helene);
        QVERIFY(heleneId.ok());
        m_helene = heleneId.value();
        auto hs = m_customers->get(kManager, m_helene);

        // Booked out of time order, so the route sheet has to sort.
        m_afternoonJob = book(m_kim, m_kimHome, local(kDay, 13), {m_crew, {}}, {{deepClean, 1}, {windows, 2}},
            local(kDay, 12, 30), local(kDay, 13, 30), u"Bring the tall ladder"_s);
        m_morningJob = book(m_helene, hs->addresses[0].id, local(kDay, 9), {m_crew, {}}, {{windows, 1}});
        m_samJob = book(m_helene, hs->addresses[0].id, local(kDay, 10), {{}, {m_sam}}, {{windows, 1}});
        m_tomCancelled = book(m_kim, m_kimHome, local(kDay.addDays(1), 8), {{}, {m_tom}}, {{windows, 1}});
        QVERIFY(m_jobs->setStatus(kDesk, m_tomCancelled, JobStatus::Cancelled, u"Customer away"_s).ok());
        m_nextMonth = book(m_kim, m_kimHome, local(kDay.addMonths(1), 9), {m_crew, {}}, {{windows, 1}});
    }

    void cleanupTestCase()
    {
        m_composer.reset();
        m_jobs.reset();
        m_customers.reset();
        m_db.reset();
    }

    void workOrderCarriesEverythingTheCrewNeeds()
    {
        auto html = m_composer->workOrderHtml(kDesk, m_afternoonJob);
        QVERIFY2(html.ok(), qPrintable(why(html)));
        const QString h = html.value();
        // Header, customer, address, phone.
        QVERIFY(h.contains(u"Spoke Home Services — Springfield"_s));
        QVERIFY(h.contains(u"김민준"_s));
        QVERIFY(h.contains(u"+82 10-1234-5678"_s));
        QVERIFY(h.contains(u"221 Maple Avenue"_s));
        // Times in the location's zone (13:00 EDT, not 17:00 UTC), with the arrival window.
        QVERIFY2(h.contains(u"1:00 PM – 4:00 PM"_s), qPrintable(h));
        QVERIFY(h.contains(u"12:30 PM – 1:30 PM"_s));
        QVERIFY(!h.contains(u"5:00 PM"_s));
        QVERIFY(h.contains(u"EDT"_s));
        QVERIFY(h.contains(u"mornings 8–11"_s));
        // Access and the local-only codes, marked as such.
        QVERIFY(h.contains(u"Knock on the side door"_s));
        QVERIFY(h.contains(u"Driveway, left side"_s));
        QVERIFY(h.contains(u"Friendly dog (Mochi): keep the gate closed"_s));
        QVERIFY(h.contains(u"Key in the lockbox by the garage"_s));
        QVERIFY(h.contains(u"GATE CODE"_s));
        QVERIFY(h.contains(kGate.toHtmlEscaped()));
        QVERIFY(h.contains(u"ALARM CODE"_s));
        QVERIFY(h.contains(kAlarm.toHtmlEscaped()));
        QVERIFY(h.contains(u"LOCAL ONLY — do not share"_s));
        // Preferences of this address and of all addresses; not the office's.
        QVERIFY(h.contains(u"clean behind the toilet"_s));
        QVERIFY(h.contains(u"do not clean the oven"_s));
        QVERIFY(h.contains(u"DON&#x27;T"_s) || h.contains(u"DON'T"_s));
        QVERIFY(h.contains(kArabic));
        QVERIFY(!h.contains(u"water the ficus"_s));
        // DO before DON'T before NOTE.
        QVERIFY(h.indexOf(u"clean behind the toilet"_s) < h.indexOf(u"do not clean the oven"_s));
        QVERIFY(h.indexOf(u"do not clean the oven"_s) < h.indexOf(kArabic));
        // Services with quantities, crew notes, the crew and its members.
        QVERIFY(h.contains(u"Deep clean"_s));
        QVERIFY(h.contains(u"Window cleaning"_s));
        QVERIFY(h.contains(u"Window cleaning</td><td align=\"center\">2</td>"_s));
        QVERIFY(h.contains(u"Bring the tall ladder"_s));
        QVERIFY(h.contains(u"Crew A"_s));
        QVERIFY(h.contains(u"Ana Ortiz"_s) && h.contains(u"Tom Tech"_s));
        // The checklist: a box per service line plus the three fixed ones, and a signature line.
        QCOMPARE(h.count(u"☐"_s), 2 + 3);
        QVERIFY(h.contains(u"Preferences respected"_s));
        QVERIFY(h.contains(u"Photos taken"_s));
        QVERIFY(h.contains(u"Customer signed"_s));
        QVERIFY(h.contains(u"Customer signature"_s));
    }

    void userTextIsEscaped()
    {
        auto c = m_customers->get(kManager, m_helene);
        QVERIFY(c.ok());
        c->addresses[0].parking = u"<b>on the street</b> & <script>x</script>"_s;
        QVERIFY(m_customers->update(kManager, c.value()).ok());
        auto html = m_composer->workOrderHtml(kDesk, m_morningJob);
        QVERIFY(html.ok());
        QVERIFY(html->contains(u"&lt;b&gt;on the street&lt;/b&gt; &amp; &lt;script&gt;"_s));
        QVERIFY(!html->contains(u"<script>"_s));
        c->addresses[0].parking = u"On the street"_s; // for the printouts people look at
        QVERIFY(m_customers->update(kManager, c.value()).ok());
    }

    void printingIsAuditedWithoutTheCodes()
    {
        auto html = m_composer->workOrderHtml(kDesk, m_afternoonJob);
        QVERIFY(html.ok());
        QString entity;
        const QString details = auditDetails(u"workorder.print"_s, m_afternoonJob, &entity);
        QCOMPARE(entity, u"job"_s);
        QVERIFY(details.contains(u"gate"_s) && details.contains(u"alarm"_s)); // which codes, not what
        QVERIFY(!details.contains(u"4471"_s));
        QVERIFY(!details.contains(u"8023"_s));
        QVERIFY(AuditLog::verify(*m_db).ok);
    }

    void auditFailureWithholdsTheCodes()
    {
        m_db->setFaultInjector(
            [](const QString &sql) { return sql.contains(u"audit"_s, Qt::CaseInsensitive); });
        auto html = m_composer->workOrderHtml(kDesk, m_afternoonJob);
        m_db->setFaultInjector({});
        QVERIFY(!html.ok());
    }

    void techniciansPrintOnlyTheirOwnJobs()
    {
        auto mine = m_composer->workOrderHtml(m_tomActor, m_afternoonJob); // Tom is on Crew A
        QVERIFY2(mine.ok(), qPrintable(why(mine)));
        auto notMine = m_composer->workOrderHtml(m_samActor, m_afternoonJob);
        QCOMPARE(notMine.code(), ErrorCode::PermissionDenied);
        auto ownSheet = m_composer->routeSheetHtml(m_samActor, technicianLaneKey(m_sam), kDay);
        QVERIFY(ownSheet.ok());
        QCOMPARE(m_composer->routeSheetHtml(m_samActor, crewLaneKey(m_crew), kDay).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(m_composer->routeSheetHtml(m_samActor, technicianLaneKey(m_tom), kDay).code(),
            ErrorCode::PermissionDenied);
        const Actor nobody {u"x"_s, u"Nobody"_s, Role::None};
        QCOMPARE(m_composer->workOrderHtml(nobody, m_afternoonJob).code(), ErrorCode::PermissionDenied);
    }

    void routeSheetListsTheDayInTimeOrder()
    {
        auto html = m_composer->routeSheetHtml(kDesk, crewLaneKey(m_crew), kDay);
        QVERIFY2(html.ok(), qPrintable(why(html)));
        const QString h = html.value();
        QVERIFY(h.contains(u"ROUTE SHEET"_s));
        QVERIFY(h.contains(u"Crew A"_s));
        QVERIFY(h.contains(QLocale().toString(kDay, QLocale::LongFormat)));
        // 09:00 Hélène before 13:00 김민준 although booked the other way round.
        const qsizetype morning = h.indexOf(u"1.  9:00 AM – 9:30 AM"_s);
        const qsizetype afternoon = h.indexOf(u"2.  1:00 PM – 4:00 PM"_s);
        QVERIFY2(morning >= 0 && afternoon > morning, qPrintable(h));
        QVERIFY(h.indexOf(u"Hélène Dubois"_s) < h.indexOf(u"김민준"_s));
        QVERIFY(h.contains(u"arrive 12:30 PM – 1:30 PM"_s));
        // Not the other lane's job nor the next month's.
        QCOMPARE(h.count(u"Window cleaning"_s), 2);
        // Phone, address, key preferences and codes of each stop.
        QVERIFY(h.contains(u"(217) 555-0199"_s));
        QVERIFY(h.contains(u"221 Maple Avenue"_s));
        QVERIFY(h.contains(u"do not clean the oven"_s));
        QVERIFY(h.contains(kGate.toHtmlEscaped()) && h.contains(kAlarm.toHtmlEscaped()));
        QVERIFY(h.contains(kOtherGate));
        // Day summary: two jobs, 30 min + 3 h.
        QVERIFY(h.contains(u"Total hours"_s));
        QVERIFY(h.contains(u"3 h 30 min"_s));
        QVERIFY(h.contains(u"<td width=\"32%\">2</td>"_s));
        QString entity;
        const QString details = auditDetails(u"routesheet.print"_s, crewLaneKey(m_crew), &entity);
        QCOMPARE(entity, u"lane"_s);
        QVERIFY(details.contains(u"2027-06-15"_s));
        QVERIFY(!details.contains(u"4471"_s) && !details.contains(u"5123"_s));
    }

    void technicianRouteSheetIncludesTheirCrewsJobs()
    {
        auto html = m_composer->routeSheetHtml(m_tomActor, technicianLaneKey(m_tom), kDay);
        QVERIFY2(html.ok(), qPrintable(why(html)));
        QVERIFY(html->contains(u"Tom Tech"_s));
        QVERIFY(html->contains(u"221 Maple Avenue"_s));
        QVERIFY(html->contains(u"12 Rue des Lilas"_s));
    }

    void emptyDayStillPrints()
    {
        auto html = m_composer->routeSheetHtml(kDesk, crewLaneKey(m_crew), kDay.addDays(3));
        QVERIFY(html.ok());
        QVERIFY(html->contains(u"No jobs on this day."_s));
        QCOMPARE(m_composer->routeSheetHtml(kDesk, u"crew:nope"_s, kDay).code(), ErrorCode::NotFound);
        QCOMPARE(m_composer->routeSheetHtml(kDesk, u""_s, kDay).code(), ErrorCode::InvalidInput);
    }

    void pdfHasTheTextKoreanArabicAndCodes()
    {
        auto html = m_composer->workOrderHtml(kDesk, m_afternoonJob);
        QVERIFY(html.ok());
        const QString path = m_dir.filePath(u"work-order.pdf"_s);
        const Status st = writePdf(html.value(), path, QPageSize(QPageSize::Letter));
        QVERIFY2(st.ok(), qPrintable(why(st)));
        // For people to look at: build/<preset>/printouts.
        const QString out = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath()) + u"/printouts"_s;
        QDir().mkpath(out);
        QFile::remove(out + u"/work_order.pdf"_s);
        QFile::copy(path, out + u"/work_order.pdf"_s);
        QVERIFY(test::fileBytes(path).startsWith("%PDF-"));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        QVERIFY2(text.contains(u"김민준"_s), qPrintable(text));
        QVERIFY2(containsWords(text, kArabic), qPrintable(text));
        QVERIFY(text.contains(kGate));
        QVERIFY(text.contains(kAlarm));
        QVERIFY(text.contains(u"Preferences respected"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));

        auto sheet = m_composer->routeSheetHtml(kDesk, crewLaneKey(m_crew), kDay);
        QVERIFY(sheet.ok());
        QVERIFY(writePdf(sheet.value(), out + u"/route_sheet.pdf"_s, QPageSize(QPageSize::A4)).ok());
        QVERIFY(pdfText(out + u"/route_sheet.pdf"_s).contains(u"Hélène Dubois"_s));
    }

    void pdfWriteFailsCleanly()
    {
        const QString path = m_dir.filePath(u"no-such-folder/x.pdf"_s);
        const Status st = writePdf(u"<p>x</p>"_s, path, QPageSize(QPageSize::A4));
        QCOMPARE(st.code(), ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }

    void pageSizeFollowsTheLocale()
    {
        QCOMPARE(defaultPageSizeId(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(defaultPageSizeId(QLocale(QLocale::French, QLocale::France)), QPageSize::A4);
        QCOMPARE(defaultPageSizeId(QLocale(QLocale::Korean, QLocale::SouthKorea)), QPageSize::A4);
    }

    void calendarHasOneEventPerJobWithoutCodes()
    {
        const QDateTime from = local(QDate(2027, 6, 14), 0);
        const QDateTime to = local(QDate(2027, 6, 21), 0);
        const QDateTime now = QDateTime(QDate(2027, 6, 14), QTime(12, 0), Qt::UTC);
        auto ics = technicianCalendar(m_tomActor, *m_db, *m_jobs, *m_customers, m_tom, from, to, now);
        QVERIFY2(ics.ok(), qPrintable(why(ics)));
        QVERIFY(ics->startsWith("BEGIN:VCALENDAR\r\n"));
        const auto events = icsEvents(ics.value());
        // Two crew jobs and Tom's own cancelled one; not Sam's, not next month's.
        QCOMPARE(events.size(), 3);
        QHash<QString, QHash<QString, QString>> byUid;
        for (const auto &e : events)
            byUid.insert(e.value(u"UID"_s), e);
        QVERIFY(!byUid.contains(m_samJob + u"@spoke"_s));
        QVERIFY(!byUid.contains(m_nextMonth + u"@spoke"_s));

        const auto kim = byUid.value(m_afternoonJob + u"@spoke"_s);
        QCOMPARE(kim.value(u"DTSTART"_s), u"20270615T170000Z"_s); // 13:00 EDT
        QCOMPARE(kim.value(u"DTEND"_s), u"20270615T200000Z"_s);
        QCOMPARE(kim.value(u"DTSTAMP"_s), u"20270614T120000Z"_s);
        QCOMPARE(kim.value(u"SEQUENCE"_s), u"0"_s);
        QCOMPARE(kim.value(u"STATUS"_s), u"CONFIRMED"_s);
        QCOMPARE(kim.value(u"SUMMARY"_s), u"Deep clean, Window cleaning ×2 — 김민준"_s);
        QVERIFY(kim.value(u"LOCATION"_s).contains(u"221 Maple Avenue"_s));
        const QString d = kim.value(u"DESCRIPTION"_s);
        QVERIFY2(d.contains(u"Arrival window: 12:30 PM – 1:30 PM"_s), qPrintable(d));
        QVERIFY(d.contains(u"clean behind the toilet"_s));
        QVERIFY(d.contains(u"do not clean the oven"_s));
        QVERIFY(d.contains(kArabic));
        QVERIFY(!d.contains(u"water the ficus"_s));
        QVERIFY(d.contains(u"Knock on the side door"_s));
        QVERIFY(d.contains(u"Bring the tall ladder"_s));
        QVERIFY(d.contains(u"+82 10-1234-5678"_s));

        const auto cancelled = byUid.value(m_tomCancelled + u"@spoke"_s);
        QCOMPARE(cancelled.value(u"STATUS"_s), u"CANCELLED"_s);
        auto cancelledJob = m_jobs->job(kDesk, m_tomCancelled);
        QVERIFY(cancelledJob.ok());
        QVERIFY(cancelledJob->revision > 0);
        QCOMPARE(cancelled.value(u"SEQUENCE"_s), QString::number(cancelledJob->revision));

        // The codes are nowhere in the file, not even the one typed into Hélène's notes.
        const QString all = QString::fromUtf8(ics.value());
        QVERIFY(!all.contains(u"4471"_s));
        QVERIFY(!all.contains(u"8023"_s));
        QVERIFY(!all.contains(kOtherGate));
        const auto helene = byUid.value(m_morningJob + u"@spoke"_s);
        QVERIFY(helene.value(u"DESCRIPTION"_s).contains(u"Gate code is •••• if the gate is shut"_s));

        QString entity;
        QVERIFY(!auditDetails(u"calendar.export"_s, m_tom, &entity).isEmpty());
        QCOMPARE(entity, u"staff"_s);
    }

    void calendarIsForOnesOwnJobsOnly()
    {
        const QDateTime from = local(QDate(2027, 6, 14), 0);
        const QDateTime to = local(QDate(2027, 6, 21), 0);
        const QDateTime now = m_clock.nowUtc();
        auto other = technicianCalendar(m_samActor, *m_db, *m_jobs, *m_customers, m_tom, from, to, now);
        QCOMPARE(other.code(), ErrorCode::PermissionDenied);
        auto desk = technicianCalendar(kDesk, *m_db, *m_jobs, *m_customers, m_sam, from, to, now);
        QVERIFY(desk.ok());
        QCOMPARE(icsEvents(desk.value()).size(), 1);
        const Actor nobody {u"x"_s, u"Nobody"_s, Role::None};
        QCOMPARE(technicianCalendar(nobody, *m_db, *m_jobs, *m_customers, m_sam, from, to, now).code(),
            ErrorCode::PermissionDenied);
        QCOMPARE(technicianCalendar(kDesk, *m_db, *m_jobs, *m_customers, m_sam, to, from, now).code(),
            ErrorCode::InvalidInput);
        QCOMPARE(technicianCalendar(kDesk, *m_db, *m_jobs, *m_customers, u"nobody"_s, from, to, now).code(),
            ErrorCode::NotFound);
    }
};

QTEST_MAIN(TestWorkOrders)
#include "test_work_orders.moc"
