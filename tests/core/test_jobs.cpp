// Jobs against a real SQLCipher database: booking (prices, durations, one unit of work with
// audit, outbox and timeline), conflicts and manager overrides, rescheduling, the status
// machine with its permissions, the board (lanes, conflicts, a DST week in New York), the
// Today screen, and jobs following a merged customer.

#include "jobs_fixture.h"

class TestJobs : public JobsFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
        for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress, JobStatus::Completed}) {
            Status st = m_jobs->setStatus(kDesk, id, s);
            QVERIFY2(st, qPrintable(why(st)));
            QCOMPARE(load(id).status, s);
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM job_events WHERE job_id = ? AND kind = 'status'"_s, {id}), 3);
        QCOMPARE(
            scalar(u"SELECT count(*) FROM audit_log WHERE action = 'job.status' AND entity_id = ?"_s, {id}),
            3);
        QCOMPARE(scalar(u"SELECT count(*) FROM customer_timeline WHERE ref_id = ?"_s, {id}),
            2); // booked, completed
        // Only issuing an invoice makes a job invoiced (test_invoices covers that path).
        Status byHand = m_jobs->setStatus(kManager, id, JobStatus::Invoiced);
        QCOMPARE(byHand.code(), ErrorCode::InvalidInput);
        QCOMPARE(load(id).status, JobStatus::Completed);
        Status closed = m_jobs->setStatus(kDesk, id, JobStatus::Scheduled);
        QCOMPARE(closed.code(), ErrorCode::InvalidInput);
        QCOMPARE(
            closed.error().message, JobStatusMachine::refusal(JobStatus::Completed, JobStatus::Scheduled));

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
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
