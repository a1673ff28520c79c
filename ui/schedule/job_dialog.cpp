#include "ui/schedule/job_dialog.h"

#include "ui/schedule/schedule_context.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QString statusAction(JobStatus to)
{
    switch (to) {
    case JobStatus::Requested:
        return JobDialog::tr("Unschedule (back to requests)");
    case JobStatus::Scheduled:
        return JobDialog::tr("Back to scheduled");
    case JobStatus::EnRoute:
        return JobDialog::tr("Crew en route");
    case JobStatus::InProgress:
        return JobDialog::tr("Start work");
    case JobStatus::Completed:
        return JobDialog::tr("Complete");
    case JobStatus::Invoiced:
        return JobDialog::tr("Mark invoiced");
    case JobStatus::Cancelled:
        return JobDialog::tr("Cancel job…");
    case JobStatus::NoShow:
        return JobDialog::tr("No-show…");
    }
    return {};
}

} // namespace

JobDialog::JobDialog(ScheduleContext &context, const QString &jobId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_jobId(jobId)
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_saveTime(new QPushButton(tr("Save time"), this))
    , m_skip(new QPushButton(tr("Skip this visit"), this))
    , m_print(new QPushButton(tr("Print work order…"), this))
    , m_actions(new QWidget(this))
    , m_actionsLayout(new QVBoxLayout(m_actions))
{
    setObjectName(QStringLiteral("JobDialog"));
    resize(640, 560);
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    left->addWidget(m_details, 1);
    auto *when = new QFormLayout;
    m_start->setCalendarPopup(true);
    {
        QString time = QLocale().timeFormat(QLocale::ShortFormat);
        time.remove(QStringLiteral(":ss"));
        time.remove(QStringLiteral(" t"));
        m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
    }
    // Shown and typed in the location's wall-clock time (the editor holds no zone).
    when->addRow(tr("&Starts"), m_start);
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    when->addRow(tr("&Length"), m_duration);
    left->addLayout(when);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_saveTime);
    timeRow->addStretch(1);
    left->addLayout(timeRow);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("ErrorText"));
    left->addWidget(m_error);
    columns->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_actions);
    right->addWidget(m_skip);
    right->addWidget(m_print);
    right->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(close);
    columns->addLayout(right, 1);

    connect(m_saveTime, &QPushButton::clicked, this, [this] {
        if (m_view.job.seriesId.isEmpty()) {
            saveTime();
            return;
        }
        QMenu menu(this);
        menu.addAction(tr("This visit only"), this, [this] { saveTime(SeriesScope::ThisOccurrence); });
        menu.addAction(
            tr("This and following visits"), this, [this] { saveTime(SeriesScope::ThisAndFollowing); });
        menu.addAction(tr("All visits"), this, [this] { saveTime(SeriesScope::All); });
        menu.exec(m_saveTime->mapToGlobal(QPoint(0, m_saveTime->height())));
    });
    connect(m_skip, &QPushButton::clicked, this, &JobDialog::skip);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_printHandler)
            m_printHandler(this, m_jobId);
    });
    load();
}

void JobDialog::load()
{
    auto v = m_context.jobs().jobView(m_context.actor(), m_jobId);
    if (!v) {
        m_error->setText(v.error().message);
        return;
    }
    m_view = std::move(v).value();
    const Job &job = m_view.job;
    const QLocale locale;
    setWindowTitle(tr("%1 — %2").arg(m_view.servicesSummary, m_view.customerName));
    QStringList html;
    html << QStringLiteral("<h2>%1</h2>").arg(m_view.customerName.toHtmlEscaped());
    html << QStringLiteral("<p>%1</p>").arg(m_view.addressLine.toHtmlEscaped());
    html << QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Status:").toHtmlEscaped(), jobStatusLabel(job.status).toHtmlEscaped());
    if (job.startUtc.isValid()) {
        const QDateTime s = job.startUtc.toTimeZone(m_context.zone());
        const QDateTime e = job.endUtc.toTimeZone(m_context.zone());
        html << QStringLiteral("<p><b>%1</b> %2–%3</p>")
                    .arg(tr("When:").toHtmlEscaped(),
                        QStringLiteral("%1 %2")
                            .arg(locale.toString(s.date(), QLocale::ShortFormat), shortTimeText(s.time()))
                            .toHtmlEscaped(),
                        shortTimeText(e.time()).toHtmlEscaped());
    }
    if (job.windowStartUtc.isValid())
        html << QStringLiteral("<p><b>%1</b> %2–%3</p>")
                    .arg(tr("Arrival window:").toHtmlEscaped(),
                        shortTimeText(job.windowStartUtc.toTimeZone(m_context.zone()).time()),
                        shortTimeText(job.windowEndUtc.toTimeZone(m_context.zone()).time()));
    QStringList who;
    if (!m_view.crewName.isEmpty())
        who << m_view.crewName;
    who << m_view.technicianNames;
    html << QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Crew:").toHtmlEscaped(),
                    who.isEmpty() ? tr("Unassigned").toHtmlEscaped()
                                  : who.join(QStringLiteral(", ")).toHtmlEscaped());
    html << QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Services:").toHtmlEscaped(), m_view.servicesSummary.toHtmlEscaped());
    if (!job.crewNotes.isEmpty())
        html << QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Notes for the crew:").toHtmlEscaped(), job.crewNotes.toHtmlEscaped());
    if (job.bookedBy == RecordOwner::HeadOffice)
        html << QStringLiteral("<p><i>%1</i></p>").arg(tr("Booked by head office.").toHtmlEscaped());
    if (!job.seriesId.isEmpty()) {
        auto rule = m_context.jobs().seriesRule(m_context.actor(), job.seriesId);
        if (rule)
            html << QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Repeats:").toHtmlEscaped(), rule->describe().toHtmlEscaped());
    }
    auto customer = m_context.customers().get(m_context.actor(), job.customerId);
    if (customer) {
        QStringList prefs;
        for (const CustomerPreference &p : customer->preferences)
            if (p.addressId.isEmpty() || p.addressId == job.addressId)
                prefs << QStringLiteral("<li><b>%1</b> %2: %3</li>")
                             .arg(preferenceKindLabel(p.kind).toHtmlEscaped(), p.area.toHtmlEscaped(),
                                 p.text.toHtmlEscaped());
        if (!prefs.isEmpty())
            html << QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                        .arg(tr("Preferences").toHtmlEscaped(), prefs.join(QString()));
        for (const CustomerAddress &a : customer->addresses)
            if (a.id == job.addressId && !a.accessNotes.isEmpty())
                html << QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Access:").toHtmlEscaped(), a.accessNotes.toHtmlEscaped());
    }
    auto conflicts = m_context.jobs().conflicts(m_context.actor(), job);
    if (conflicts && !conflicts->empty()) {
        QStringList items;
        for (const Conflict &c : conflicts.value()) {
            const bool overridden = job.overriddenConflicts.contains(conflictKindKey(c.kind));
            items << QStringLiteral("<li>%1%2</li>")
                         .arg(c.message.toHtmlEscaped(),
                             overridden ? tr(" (booked over by a manager)").toHtmlEscaped() : QString());
        }
        html << QStringLiteral("<p style='color:#b45309'><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("Conflicts").toHtmlEscaped(), items.join(QString()));
    }
    m_details->setText(html.join(QString()));
    const QDateTime shown
        = (job.startUtc.isValid() ? job.startUtc : m_context.nowUtc()).toTimeZone(m_context.zone());
    m_start->setDateTime(QDateTime(shown.date(), shown.time()));
    m_duration->setValue(job.durationMinutes() > 0 ? job.durationMinutes() : 60);
    rebuildActions();
}

void JobDialog::rebuildActions()
{
    for (auto &[status, button] : m_statusButtons)
        button->deleteLater();
    m_statusButtons.clear();
    const Job &job = m_view.job;
    const bool canBook = m_context.can(Permission::BookJobs);
    const bool canStatus = m_context.can(Permission::UpdateJobStatus);
    for (JobStatus next : JobStatusMachine::nextStatuses(job.status)) {
        const bool booking
            = next == JobStatus::Cancelled || next == JobStatus::Requested || next == JobStatus::Scheduled;
        if ((booking && !canBook) || !canStatus)
            continue;
        if (next == JobStatus::Invoiced)
            continue; // invoicing moves it there
        auto *b = new QPushButton(statusAction(next), m_actions);
        connect(b, &QPushButton::clicked, this, [this, next] { moveTo(next); });
        m_actionsLayout->addWidget(b);
        m_statusButtons.emplace_back(next, b);
    }
    const bool movable = jobStatusMovable(job.status) && canBook;
    m_start->setEnabled(movable);
    m_duration->setEnabled(movable);
    m_saveTime->setEnabled(movable);
    m_skip->setVisible(!job.seriesId.isEmpty() && movable);
    m_print->setEnabled(job.startUtc.isValid());
}

QPushButton *JobDialog::statusButton(JobStatus status) const
{
    for (const auto &[s, b] : m_statusButtons)
        if (s == status)
            return b;
    return nullptr;
}

bool JobDialog::moveTo(JobStatus status)
{
    QString reason;
    if (status == JobStatus::Cancelled || status == JobStatus::NoShow) {
        const auto answer = schedule_prompts::reason(this,
            status == JobStatus::Cancelled ? tr("Cancel the job") : tr("Record a no-show"),
            status == JobStatus::Cancelled ? tr("Why is the job cancelled?") : tr("What happened?"));
        if (!answer)
            return false;
        reason = *answer;
    }
    const Status st = m_context.jobs().setStatus(m_context.actor(), m_jobId, status, reason);
    if (!st) {
        m_error->setText(st.error().message);
        return false;
    }
    m_error->clear();
    load();
    emit changed();
    return true;
}

bool JobDialog::saveTime(SeriesScope scope)
{
    Job job = m_view.job;
    job.startUtc = QDateTime(m_start->date(), m_start->time(), m_context.zone()).toUTC();
    job.endUtc = job.startUtc.addSecs(qint64(m_duration->value()) * 60);
    if (m_view.job.windowStartUtc.isValid() && m_view.job.startUtc.isValid()) {
        const qint64 shift = m_view.job.startUtc.secsTo(job.startUtc);
        job.windowStartUtc = job.windowStartUtc.addSecs(shift);
        job.windowEndUtc = job.windowEndUtc.addSecs(shift);
    }
    Status st = m_context.jobs().update(m_context.actor(), job, scope);
    if (st.code() == ErrorCode::Conflict && m_context.can(Permission::OverrideSchedule)) {
        const auto reason = schedule_prompts::reason(this, tr("Book over a conflict"),
            tr("%1\n\nTo change it anyway, say why (it is recorded):").arg(st.error().message));
        if (reason && !reason->trimmed().isEmpty())
            st = m_context.jobs().update(m_context.actor(), job, scope, *reason);
    }
    if (!st) {
        m_error->setText(st.error().message);
        return false;
    }
    m_error->clear();
    load();
    emit changed();
    return true;
}

bool JobDialog::skip()
{
    const Status st = m_context.jobs().skipOccurrence(m_context.actor(), m_jobId);
    if (!st) {
        m_error->setText(st.error().message);
        return false;
    }
    load();
    emit changed();
    return true;
}

} // namespace spoke::ui
