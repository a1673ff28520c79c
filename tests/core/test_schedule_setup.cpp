// Who may do what across JobService, CatalogService and CrewService (the permission matrix),
// and the catalog, crews and working hours: head-office items, names, validation.

#include "jobs_fixture.h"

class TestScheduleSetup : public JobsFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

QTEST_GUILESS_MAIN(TestScheduleSetup)
#include "test_schedule_setup.moc"
