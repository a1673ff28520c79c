#pragma once

#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"
#include "core/schedule/job_service.h"
#include "core/staff/role.h"
#include "core/storage/actor.h"
#include "core/util/clock.h"

#include <QTimeZone>

#include <functional>
#include <optional>

namespace spoke {
class LocationDatabase;
}

class QWidget;

namespace spoke::ui {

/// What the Schedule screen needs: the location's services over its database, its zone,
/// the clock, and who is working now (asked each time, so a user switch applies at once).
class ScheduleContext
{
public:
    ScheduleContext(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
        const QString &currency, const QString &phoneRegion, Clock &clock);

    LocationDatabase &db() const { return m_db; }
    Actor actor() const;
    bool can(Permission permission) const;
    const QTimeZone &zone() const { return m_jobs.zone(); }
    QDateTime nowUtc() const { return m_clock.nowUtc(); }
    Clock &clock() const { return m_clock; }

    JobService &jobs() { return m_jobs; }
    CrewService &crews() { return m_crews; }
    CatalogService &catalog() { return m_catalog; }
    CustomerService &customers() { return m_customers; }
    const CustomerSearch &search() const { return m_search; }

private:
    LocationDatabase &m_db;
    std::function<Actor()> m_currentActor;
    Clock &m_clock;
    JobService m_jobs;
    CrewService m_crews;
    CatalogService m_catalog;
    CustomerService m_customers;
    CustomerSearch m_search;
};

/// The questions the Schedule screen asks (an override reason, a cancel reason, a
/// message). Tests answer them in advance so no modal dialog ever blocks.
namespace schedule_prompts {
/// Asks for a reason; nullopt when the person cancels.
std::optional<QString> reason(QWidget *parent, const QString &title, const QString &text);
void message(QWidget *parent, const QString &title, const QString &text);
/// For tests: answers for reason() (a null QString answers "Cancel"), and what was shown.
void scriptReasons(const QStringList &answers);
QStringList shownMessages();
void resetScript();
} // namespace schedule_prompts

/// The assignment a job gets when it is dropped in a lane: a crew lane sends the crew, a
/// technician lane the technician (replacing the one it was dragged from), the unassigned
/// lane nobody.
Assignment assignmentForLane(const Assignment &current, const QString &fromLane, const QString &toLane);

} // namespace spoke::ui
