#include "ui/schedule/schedule_context.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QQueue>

namespace spoke::ui {

ScheduleContext::ScheduleContext(LocationDatabase &db, std::function<Actor()> currentActor,
    const QTimeZone &zone, const QString &currency, const QString &phoneRegion, Clock &clock)
    : m_db(db)
    , m_currentActor(std::move(currentActor))
    , m_clock(clock)
    , m_jobs(db, zone, currency)
    , m_crews(db)
    , m_catalog(db, currency)
    , m_customers(db, phoneRegion)
    , m_search(db, phoneRegion)
{ }

Actor ScheduleContext::actor() const
{
    return m_currentActor ? m_currentActor() : Actor {};
}

bool ScheduleContext::can(Permission permission) const
{
    return allows(actor().role, permission);
}

namespace schedule_prompts {

namespace {
struct Script
{
    bool active = false;
    QQueue<QString> reasons;
    QStringList shown;
};
Script &script()
{
    static Script s;
    return s;
}
} // namespace

std::optional<QString> reason(QWidget *parent, const QString &title, const QString &text)
{
    Script &s = script();
    if (s.active) {
        s.shown << text;
        if (s.reasons.isEmpty())
            return std::nullopt;
        const QString answer = s.reasons.dequeue();
        return answer.isNull() ? std::nullopt : std::optional<QString>(answer);
    }
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, text, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return answer;
}

void message(QWidget *parent, const QString &title, const QString &text)
{
    Script &s = script();
    if (s.active) {
        s.shown << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void scriptReasons(const QStringList &answers)
{
    Script &s = script();
    s.active = true;
    for (const QString &a : answers)
        s.reasons.enqueue(a);
}

QStringList shownMessages()
{
    return script().shown;
}

void resetScript()
{
    script() = Script {};
}

} // namespace schedule_prompts

Assignment assignmentForLane(const Assignment &current, const QString &fromLane, const QString &toLane)
{
    Assignment a;
    if (toLane.startsWith(QLatin1String("crew:"))) {
        a.crewId = toLane.mid(5);
        return a;
    }
    if (toLane.startsWith(QLatin1String("tech:"))) {
        const QString to = toLane.mid(5);
        // Moving one of several technicians: the others stay on the job.
        if (fromLane.startsWith(QLatin1String("tech:")) && current.crewId.isEmpty()) {
            a.technicianIds = current.technicianIds;
            a.technicianIds.removeAll(fromLane.mid(5));
        }
        if (!a.technicianIds.contains(to))
            a.technicianIds.prepend(to);
        return a;
    }
    return a; // the unassigned lane
}

} // namespace spoke::ui
