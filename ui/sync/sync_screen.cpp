#include "ui/sync/sync_screen.h"

#include "core/staff/role.h"
#include "core/sync/sync_engine.h"
#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/sync/sync_format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SyncScreen::SyncScreen(sync::SyncEngine &engine, std::function<Actor()> actor, QWidget *parent)
    : QDialog(parent)
    , m_engine(&engine)
    , m_actor(std::move(actor))
    , m_status(new QLabel(this))
    , m_problem(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_runs(makeTable(this,
          {tr("Started"), tr("Why"), tr("Result"), tr("Sent"), tr("Received"), tr("Not applied"),
              tr("Conflicts"), tr("Problem")}))
    , m_conflicts(makeTable(
          this, {tr("When"), tr("Record"), tr("Field"), tr("Kept"), tr("Overwritten"), tr("Won by")}))
    , m_rejections(makeTable(this, {tr("When"), tr("Direction"), tr("Record"), tr("Why"), tr("Details")}))
    , m_logsHint(makeLabel(QString(), "hint", this))
{
    setObjectName(QStringLiteral("SyncScreen"));
    setWindowTitle(tr("Sync with head office"));
    resize(920, 560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_status, 1);
    auto *now = makeButton(tr("Sync now (F9)"), "primary", this);
    now->setObjectName(QStringLiteral("syncNow"));
    now->setIcon(icon(QStringLiteral("refresh"), theme::card()));
    top->addWidget(now, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    m_problem->hide();
    m_tabs->addTab(m_runs, tr("History"));
    m_tabs->addTab(m_conflicts, tr("Conflict log"));
    m_tabs->addTab(m_rejections, tr("Not applied"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_logsHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(now, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->syncNow();
    });
    auto *f9 = new QShortcut(QKeySequence(Qt::Key_F9), this);
    connect(f9, &QShortcut::activated, now, &QPushButton::click);
    connect(&engine, &sync::SyncEngine::statusChanged, this, &SyncScreen::reload);
    connect(&engine, &sync::SyncEngine::runFinished, this, &SyncScreen::reload);
    reload();
}

void SyncScreen::reload()
{
    if (!m_engine)
        return;
    const Actor actor = m_actor();
    const QDateTime now = m_engine ? m_engine->now() : QDateTime::currentDateTimeUtc();
    const sync::SyncStatus st = m_engine->status();
    m_status->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(sync_format::summary(st, now).toHtmlEscaped(),
                sync_format::details(st, now).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    if (st.state == sync::SyncState::NeedsReenrollment)
        m_problem->show(Banner::Kind::Error,
            st.lastError + u' '
                + tr("A manager enrolls this PC again in Settings → Sync with a new code from head office."));
    else if (!st.lastError.isEmpty())
        m_problem->show(
            st.state == sync::SyncState::Offline ? Banner::Kind::Warning : Banner::Kind::Error, st.lastError);
    else
        m_problem->hide();

    m_runs->setRowCount(0);
    if (auto runs = m_engine->store().runs(actor)) {
        m_runs->setRowCount(int(runs->size()));
        int row = 0;
        for (const sync::SyncRun &r : runs.value()) {
            QString problem
                = r.errorCode.isEmpty() ? QString() : sync::errorMessage(r.errorCode, r.errorDetail);
            if (!r.requestId.isEmpty())
                problem += tr(" (hub request %1)").arg(r.requestId);
            setRow(m_runs, row++,
                {localTime(r.startedAt), sync_format::triggerText(r.trigger),
                    sync_format::outcomeText(r.outcome), QLocale().toString(r.pushed),
                    QLocale().toString(r.pulled), QLocale().toString(r.rejected),
                    QLocale().toString(r.conflicts), problem});
        }
    }
    const bool manager = allows(actor.role, Permission::ChangeSettings);
    m_tabs->setTabEnabled(1, manager);
    m_tabs->setTabEnabled(2, manager);
    m_logsHint->setText(manager
            ? tr("The conflict log lists values one side overwrote when head office and this "
                 "location changed the same record; the winner is applied here already.")
            : tr("Managers and owners also see the conflict log and the changes not applied."));
    m_conflicts->setRowCount(0);
    m_rejections->setRowCount(0);
    if (!manager)
        return;
    if (auto conflicts = m_engine->store().conflicts(actor)) {
        m_conflicts->setRowCount(int(conflicts->size()));
        int row = 0;
        for (const sync::SyncConflict &c : conflicts.value())
            setRow(m_conflicts, row++,
                {localTime(c.at), sync_format::recordText(c.entity, c.entityId), c.field, c.keptValue,
                    c.overwrittenValue,
                    c.overwrittenBy == QLatin1String("head_office") ? tr("head office")
                                                                    : tr("this location")});
    }
    std::vector<sync::SyncRejection> rejected;
    if (auto r = m_engine->store().rejections(actor))
        rejected = r.value();
    std::vector<sync::ParkedChange> parked;
    if (auto p = m_engine->store().parked(actor))
        parked = p.value();
    m_rejections->setRowCount(int(rejected.size() + parked.size()));
    int row = 0;
    for (const sync::ParkedChange &p : parked)
        setRow(m_rejections, row++,
            {localTime(p.parkedAt), tr("from head office"), sync_format::recordText(p.entity, p.entityId),
                tr("Waiting"), p.reason});
    for (const sync::SyncRejection &r : rejected)
        setRow(m_rejections, row++,
            {localTime(r.at),
                r.direction == QLatin1String("push") ? tr("to head office") : tr("from head office"),
                sync_format::recordText(r.entity, r.entityId), sync::errorMessage(r.code, r.message),
                r.message});
}

} // namespace spoke::ui
