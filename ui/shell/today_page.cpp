#include "ui/shell/today_page.h"

#include "core/schedule/job_service.h"
#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/shell/location_context.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace spoke::ui {

namespace {

QFrame *metricCard(
    QWidget *parent, const QString &iconName, const QString &title, QLabel *value, QLabel *hint)
{
    QVBoxLayout *box = nullptr;
    auto *card = makeCard(parent, &box);
    auto *top = new QHBoxLayout;
    auto *art = new QLabel(card);
    art->setPixmap(iconPixmap(iconName, 22, theme::brand()));
    top->addWidget(art);
    top->addWidget(makeLabel(title, "cardTitle", card), 1);
    box->addLayout(top);
    value->setObjectName(QStringLiteral("metric"));
    box->addWidget(value);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    box->addWidget(hint);
    return card;
}

QString greeting(int hour, const QString &name)
{
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    if (hour < 12)
        return TodayPage::tr("Good morning, %1").arg(first);
    if (hour < 18)
        return TodayPage::tr("Good afternoon, %1").arg(first);
    return TodayPage::tr("Good evening, %1").arg(first);
}

QTreeWidget *jobTree(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setAccessibleName(name);
    tree->setColumnCount(3);
    tree->setHeaderLabels(
        {TodayPage::tr("Time"), TodayPage::tr("Customer"), TodayPage::tr("Services and crew")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    tree->setUniformRowHeights(true);
    return tree;
}

QTreeWidgetItem *jobRow(const JobView &v, const QTimeZone &zone)
{
    const QLocale locale;
    QString when = TodayPage::tr("No time yet");
    if (v.job.startUtc.isValid())
        when = QStringLiteral("%1–%2").arg(shortTimeText(v.job.startUtc.toTimeZone(zone).time()),
            shortTimeText(v.job.endUtc.toTimeZone(zone).time()));
    QStringList crew;
    if (!v.crewName.isEmpty())
        crew << v.crewName;
    crew << v.technicianNames;
    auto *item = new QTreeWidgetItem({when, v.customerName,
        crew.isEmpty() ? v.servicesSummary
                       : QStringLiteral("%1 · %2").arg(v.servicesSummary, crew.join(QStringLiteral(", ")))});
    item->setData(0, Qt::UserRole, v.job.id);
    item->setToolTip(1, v.addressLine);
    return item;
}

} // namespace

TodayPage::TodayPage(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_greeting(makeLabel(QString(), "pageTitle", this))
    , m_date(makeLabel(QString(), "hint", this))
    , m_jobCount(new QLabel(this))
    , m_jobHint(new QLabel(this))
    , m_waitingCount(new QLabel(this))
    , m_lateCount(new QLabel(this))
    , m_jobs(jobTree(this, tr("Today's jobs")))
    , m_waiting(jobTree(this, tr("Waiting for a time or a crew")))
    , m_late(jobTree(this, tr("Running late")))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("page-today"));
    const LocationProfile &profile = context.profile();
    m_service = std::make_unique<JobService>(
        context.database(), QTimeZone(profile.timeZone.toUtf8()), profile.currency);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->setSpacing(14);
    outer->addWidget(m_greeting);
    outer->addWidget(m_date);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(metricCard(this, QStringLiteral("jobs"), tr("Jobs today"), m_jobCount, m_jobHint), 0, 0);
    grid->addWidget(metricCard(this, QStringLiteral("customers"), tr("Waiting"), m_waitingCount,
                        new QLabel(tr("Requests with no time, and jobs with nobody sent."), this)),
        0, 1);
    grid->addWidget(
        metricCard(this, QStringLiteral("clock"), tr("Running late"), m_lateCount,
            new QLabel(tr("Not started 10 minutes after the start, or not finished 10 minutes after "
                          "the end."),
                this)),
        0, 2);
    outer->addLayout(grid);

    auto *lists = new QGridLayout;
    lists->setSpacing(16);
    lists->addWidget(makeLabel(tr("Today's jobs"), "cardTitle", this), 0, 0);
    lists->addWidget(m_jobs, 1, 0, 3, 1);
    lists->addWidget(makeLabel(tr("Running late"), "cardTitle", this), 0, 1);
    lists->addWidget(m_late, 1, 1);
    lists->addWidget(makeLabel(tr("Waiting for a time or a crew"), "cardTitle", this), 2, 1);
    lists->addWidget(m_waiting, 3, 1);
    lists->setColumnStretch(0, 3);
    lists->setColumnStretch(1, 2);
    outer->addLayout(lists, 1);

    for (QTreeWidget *tree : {m_jobs, m_waiting, m_late})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QString id = item->data(0, Qt::UserRole).toString();
            if (!id.isEmpty())
                emit openJobRequested(id);
        });
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TodayPage::refresh);
    m_timer->start();
    refresh();
}

TodayPage::~TodayPage() = default;

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TodayPage::refresh()
{
    const LocationProfile &profile = m_context.profile();
    const QTimeZone zone(profile.timeZone.toUtf8());
    const QDateTime now = m_context.clock().nowUtc();
    const QDateTime local = now.toTimeZone(zone);
    m_greeting->setText(greeting(local.time().hour(), m_context.actor().name));
    m_date->setText(tr("%1 at %2 (%3)")
                        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
                            shortTimeText(local.time()), profile.timeZone));
    m_jobs->clear();
    m_waiting->clear();
    m_late->clear();
    auto today = m_service->today(m_context.actor(), now);
    if (!today) {
        m_jobCount->setText(QStringLiteral("—"));
        m_jobHint->setText(today.error().message);
        m_waitingCount->setText(QStringLiteral("—"));
        m_lateCount->setText(QStringLiteral("—"));
        return;
    }
    // Today's jobs, grouped by status in the order work flows.
    std::map<int, QTreeWidgetItem *> groups;
    std::map<int, int> counts;
    for (const JobView &v : today->jobs) {
        const int key = int(v.job.status);
        if (!groups.count(key)) {
            auto *group = new QTreeWidgetItem(m_jobs, {jobStatusLabel(v.job.status)});
            group->setFirstColumnSpanned(true);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            groups[key] = group;
        }
        groups[key]->addChild(jobRow(v, zone));
        ++counts[key];
    }
    m_jobs->setRootIsDecorated(false);
    m_jobs->expandAll();
    QStringList parts;
    for (const auto &[key, n] : counts) {
        groups[key]->setText(0, QStringLiteral("%1 (%2)").arg(jobStatusLabel(JobStatus(key))).arg(n));
        parts << QStringLiteral("%1 %2").arg(n).arg(jobStatusLabel(JobStatus(key)).toLower());
    }
    m_jobCount->setText(QLocale().toString(qlonglong(today->jobs.size())));
    m_jobHint->setText(parts.isEmpty() ? tr("Nothing booked today.") : parts.join(QStringLiteral(" · ")));
    for (const JobView &v : today->unassigned)
        m_waiting->addTopLevelItem(jobRow(v, zone));
    for (const JobView &v : today->late)
        m_late->addTopLevelItem(jobRow(v, zone));
    m_waitingCount->setText(QLocale().toString(qlonglong(today->unassigned.size())));
    m_lateCount->setText(QLocale().toString(qlonglong(today->late.size())));
    for (QTreeWidget *tree : {m_jobs, m_waiting, m_late})
        tree->resizeColumnToContents(0);
}

} // namespace spoke::ui
