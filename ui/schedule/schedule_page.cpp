#include "ui/schedule/schedule_page.h"

#include "core/location/location_service.h"
#include "core/schedule/work_orders.h"
#include "ui/print/document_printer.h"
#include "ui/schedule/booking_dialog.h"
#include "ui/schedule/calendar_export_dialog.h"
#include "ui/schedule/dispatch_board.h"
#include "ui/schedule/job_dialog.h"
#include "ui/schedule/schedule_context.h"

#include <QMenu>

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

/// The request list drags job ids onto the board.
class RequestList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(DispatchBoard::jobIdMimeType(), items.front()->data(Qt::UserRole).toString().toUtf8());
        mime->setText(items.front()->text());
        return mime;
    }
    QStringList mimeTypes() const override { return {DispatchBoard::jobIdMimeType()}; }
};

} // namespace

SchedulePage::SchedulePage(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
    const QString &currency, const QString &phoneRegion, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_context(
          std::make_unique<ScheduleContext>(db, std::move(currentActor), zone, currency, phoneRegion, clock))
    , m_board(new DispatchBoard(this))
    , m_requests(new RequestList(this))
    , m_status(new QLabel(this))
    , m_nowTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("SchedulePage"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 8);
    auto *bar = new QWidget(this);
    buildToolbar(bar);
    column->addWidget(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_board);
    auto *side = new QWidget(split);
    auto *sideColumn = new QVBoxLayout(side);
    sideColumn->setContentsMargins(8, 0, 0, 0);
    auto *requestsTitle = new QLabel(tr("Requests waiting for a time"), side);
    requestsTitle->setObjectName(QStringLiteral("SectionTitle"));
    requestsTitle->setBuddy(m_requests);
    sideColumn->addWidget(requestsTitle);
    m_requests->setObjectName(QStringLiteral("RequestList"));
    m_requests->setAccessibleName(tr("Requests waiting for a time"));
    m_requests->setDragEnabled(true);
    m_requests->setDragDropMode(QAbstractItemView::DragOnly);
    m_requests->setWordWrap(true);
    sideColumn->addWidget(m_requests, 1);
    auto *hint = new QLabel(tr("Drag a request onto a lane, or open it and pick a slot."), side);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("Hint"));
    sideColumn->addWidget(hint);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    column->addWidget(split, 1);
    m_status->setObjectName(QStringLiteral("StatusText"));
    m_status->setWordWrap(true);
    column->addWidget(m_status);

    connect(m_board, &DispatchBoard::moveRequested, this,
        [this](const QString &id, const QString &from, const QString &to, const QDateTime &start) {
            moveJob(id, from, to, start);
        });
    connect(m_board, &DispatchBoard::openRequested, this, [this](const QString &id) { openJob(id); });
    connect(m_requests, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openJob(item->data(Qt::UserRole).toString()); });

    m_nowTimer->setInterval(60 * 1000);
    connect(m_nowTimer, &QTimer::timeout, this, [this] { m_board->setNow(m_context->nowUtc()); });
    m_nowTimer->start();

    auto key = [this](const QKeySequence &seq, auto fn) {
        auto *s = new QShortcut(seq, this, fn);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { bookJob(); });
    key(QKeySequence(Qt::Key_PageUp), [this] { previous(); });
    key(QKeySequence(Qt::Key_PageDown), [this] { next(); });
    key(QKeySequence(Qt::Key_T), [this] { goToToday(); });
    key(QKeySequence(Qt::Key_D), [this] { showDay(m_first.isValid() ? m_first : QDate::currentDate()); });
    key(QKeySequence(Qt::Key_W), [this] { showWeek(m_first.isValid() ? m_first : QDate::currentDate()); });

    const QDate today = m_context->nowUtc().toTimeZone(m_context->zone()).date();
    m_days = 7;
    m_first = today.addDays(1 - today.dayOfWeek());
    refreshPermissions();
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::buildToolbar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("PageTitle"));
    row->addWidget(m_title);
    row->addStretch(1);
    auto *prev = new QToolButton(bar);
    prev->setText(tr("◀"));
    prev->setToolTip(tr("Previous (Page Up)"));
    prev->setAccessibleName(tr("Previous"));
    connect(prev, &QToolButton::clicked, this, &SchedulePage::previous);
    auto *today = new QToolButton(bar);
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    connect(today, &QToolButton::clicked, this, &SchedulePage::goToToday);
    auto *nextButton = new QToolButton(bar);
    nextButton->setText(tr("▶"));
    nextButton->setToolTip(tr("Next (Page Down)"));
    nextButton->setAccessibleName(tr("Next"));
    connect(nextButton, &QToolButton::clicked, this, &SchedulePage::next);
    m_dayButton = new QToolButton(bar);
    m_dayButton->setText(tr("Day"));
    m_dayButton->setToolTip(tr("Day view (D)"));
    m_dayButton->setCheckable(true);
    m_weekButton = new QToolButton(bar);
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tr("Week view (W)"));
    m_weekButton->setCheckable(true);
    m_weekButton->setChecked(true);
    auto *group = new QButtonGroup(bar);
    group->addButton(m_dayButton);
    group->addButton(m_weekButton);
    connect(m_dayButton, &QToolButton::clicked, this, [this] { showDay(m_first); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { showWeek(m_first); });
    auto *zoomOut = new QToolButton(bar);
    zoomOut->setText(tr("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    connect(zoomOut, &QToolButton::clicked, m_board, &DispatchBoard::zoomOut);
    auto *zoomIn = new QToolButton(bar);
    zoomIn->setText(tr("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    connect(zoomIn, &QToolButton::clicked, m_board, &DispatchBoard::zoomIn);
    for (QWidget *w :
        {static_cast<QWidget *>(prev), static_cast<QWidget *>(today), static_cast<QWidget *>(nextButton),
            static_cast<QWidget *>(m_dayButton), static_cast<QWidget *>(m_weekButton),
            static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(zoomIn)})
        row->addWidget(w);
    m_routeSheetButton = new QPushButton(tr("Print"), bar);
    m_routeSheetButton->setToolTip(tr("Route sheets for the selected lane, and calendars for phones"));
    auto *sheetMenu = new QMenu(m_routeSheetButton);
    sheetMenu->addAction(
        tr("Route sheet: print preview…"), this, [this] { routeSheetForSelection(Output::Preview); });
    sheetMenu->addAction(tr("Route sheet: print…"), this, [this] { routeSheetForSelection(Output::Print); });
    sheetMenu->addAction(
        tr("Route sheet: save as PDF…"), this, [this] { routeSheetForSelection(Output::Pdf); });
    sheetMenu->addSeparator();
    sheetMenu->addAction(tr("Export a technician's calendar (.ics)…"), this, [this] {
        auto *dialog = new CalendarExportDialog(*m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_routeSheetButton->setMenu(sheetMenu);
    row->addWidget(m_routeSheetButton);
    m_book = new QPushButton(tr("Book a job"), bar);
    m_book->setObjectName(QStringLiteral("PrimaryButton"));
    m_book->setToolTip(tr("Book a job (Ctrl+B)"));
    connect(m_book, &QPushButton::clicked, this, [this] { bookJob(); });
    row->addWidget(m_book);
}

void SchedulePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SchedulePage::refreshPermissions()
{
    const bool book = m_context->can(Permission::BookJobs);
    m_book->setVisible(book);
    m_requests->setDragEnabled(book);
}

void SchedulePage::showDay(const QDate &day)
{
    m_days = 1;
    m_first = day;
    m_dayButton->setChecked(true);
    reload();
}

void SchedulePage::showWeek(const QDate &anyDayOfWeek)
{
    m_days = 7;
    m_first = anyDayOfWeek.addDays(1 - anyDayOfWeek.dayOfWeek());
    m_weekButton->setChecked(true);
    reload();
}

void SchedulePage::previous()
{
    m_first = m_first.addDays(-m_days);
    reload();
}

void SchedulePage::next()
{
    m_first = m_first.addDays(m_days);
    reload();
}

void SchedulePage::goToToday()
{
    const QDate today = m_context->nowUtc().toTimeZone(m_context->zone()).date();
    if (m_days == 7)
        showWeek(today);
    else
        showDay(today);
}

void SchedulePage::updateTitle()
{
    const QLocale locale;
    if (m_days == 1)
        m_title->setText(locale.toString(m_first, QLocale::LongFormat));
    else
        m_title->setText(tr("Week of %1").arg(locale.toString(m_first, QLocale::LongFormat)));
}

void SchedulePage::reload()
{
    updateTitle();
    const Actor actor = m_context->actor();
    auto snap = m_context->jobs().board(actor, m_first, m_days);
    if (!snap) {
        showStatus(snap.error().message, true);
        return;
    }
    m_board->setNow(m_context->nowUtc());
    m_board->setSnapshot(std::move(snap).value());
    fillRequests();
}

void SchedulePage::fillRequests()
{
    m_requests->clear();
    auto today = m_context->jobs().today(m_context->actor(), m_context->nowUtc());
    if (!today)
        return;
    for (const JobView &v : today->unassigned) {
        if (v.job.startUtc.isValid())
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(v.customerName, v.servicesSummary), m_requests);
        item->setData(Qt::UserRole, v.job.id);
        item->setToolTip(v.job.crewNotes.isEmpty()
                ? v.addressLine
                : QStringLiteral("%1\n%2").arg(v.addressLine, v.job.crewNotes));
    }
    if (m_requests->count() == 0) {
        auto *item = new QListWidgetItem(tr("No requests are waiting."), m_requests);
        item->setFlags(Qt::NoItemFlags);
    }
}

bool SchedulePage::moveJob(
    const QString &jobId, const QString &fromLane, const QString &toLane, const QDateTime &startUtc)
{
    const Actor actor = m_context->actor();
    auto job = m_context->jobs().job(actor, jobId);
    if (!job) {
        showStatus(job.error().message, true);
        return false;
    }
    const Assignment assignment = assignmentForLane(job->assignment, fromLane, toLane);
    Status st = m_context->jobs().reschedule(actor, jobId, startUtc, assignment);
    if (st.code() == ErrorCode::Conflict) {
        if (m_context->can(Permission::OverrideSchedule)) {
            const auto reason = schedule_prompts::reason(this, tr("Book over a conflict"),
                tr("%1\n\nTo move the job anyway, say why (it is recorded):").arg(st.error().message));
            if (reason && !reason->trimmed().isEmpty())
                st = m_context->jobs().reschedule(actor, jobId, startUtc, assignment, *reason);
        } else {
            schedule_prompts::message(this, tr("The job was not moved"),
                tr("%1\n\nA manager can book over a conflict.").arg(st.error().message));
        }
    }
    if (!st) {
        showStatus(st.error().message, true);
        reload();
        return false;
    }
    const QDateTime local = startUtc.toTimeZone(m_context->zone());
    showStatus(tr("Moved to %1 %2.")
                   .arg(QLocale().toString(local.date(), QLocale::ShortFormat), shortTimeText(local.time())),
        false);
    reload();
    m_board->setSelection(jobId, toLane);
    emit jobsChanged();
    return true;
}

BookingDialog *SchedulePage::bookJob(const QString &customerId)
{
    auto *dialog = new BookingDialog(*m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!customerId.isEmpty())
        dialog->setCustomer(customerId);
    connect(dialog, &BookingDialog::booked, this, [this](const QString &jobId) {
        reload();
        m_board->setSelectedJobId(jobId);
        m_board->ensureVisible(jobId);
        showStatus(tr("Booked."), false);
        emit jobsChanged();
    });
    dialog->open();
    return dialog;
}

JobDialog *SchedulePage::openJob(const QString &jobId)
{
    auto *dialog = new JobDialog(*m_context, jobId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrintHandler(
        [this](QWidget *parent, const QString &id) { printWorkOrder(parent, id, Output::Preview); });
    connect(dialog, &JobDialog::changed, this, [this] {
        reload();
        emit jobsChanged();
    });
    dialog->open();
    return dialog;
}

void SchedulePage::routeSheetForSelection(Output output)
{
    QString lane = m_board->selectedLaneKey();
    if (lane.isEmpty() && m_board->snapshot().lanes.size() > 1)
        lane = m_board->snapshot().lanes[1].key;
    QDate day = m_first;
    const QDate today = m_context->nowUtc().toTimeZone(m_context->zone()).date();
    if (m_days == 7 && today >= m_first && today < m_first.addDays(7))
        day = today;
    printRouteSheet(lane, day, output);
}

namespace {

QString send(QWidget *parent, const QString &html, const QString &title, SchedulePage::Output output)
{
    switch (output) {
    case SchedulePage::Output::Preview:
        DocumentPrinter::preview(parent, html, title);
        break;
    case SchedulePage::Output::Print:
        DocumentPrinter::print(parent, html, title);
        break;
    case SchedulePage::Output::Pdf:
        DocumentPrinter::savePdf(parent, html, DocumentPrinter::fileNameFor(title));
        break;
    }
    return html;
}

} // namespace

QString SchedulePage::printRouteSheet(const QString &laneKey, const QDate &day, Output output)
{
    auto profile = LocationService(m_context->db()).profile();
    if (!profile) {
        showStatus(profile.error().message, true);
        return {};
    }
    WorkOrderComposer composer(m_context->db(), m_context->jobs(), m_context->customers(), profile.value());
    auto html = composer.routeSheetHtml(m_context->actor(), laneKey, day);
    if (!html) {
        showStatus(html.error().message, true);
        return {};
    }
    QString lane;
    for (const BoardLane &l : m_board->snapshot().lanes)
        if (l.key == laneKey)
            lane = l.title;
    return send(this, html.value(),
        tr("Route sheet %1 %2").arg(lane, QLocale().toString(day, QLocale::ShortFormat)), output);
}

QString SchedulePage::printWorkOrder(QWidget *parent, const QString &jobId, Output output)
{
    auto profile = LocationService(m_context->db()).profile();
    if (!profile) {
        showStatus(profile.error().message, true);
        return {};
    }
    WorkOrderComposer composer(m_context->db(), m_context->jobs(), m_context->customers(), profile.value());
    auto html = composer.workOrderHtml(m_context->actor(), jobId);
    if (!html) {
        showStatus(html.error().message, true);
        return {};
    }
    return send(parent, html.value(), tr("Work order %1").arg(jobId.right(6)), output);
}

QString SchedulePage::statusText() const
{
    return m_status->text();
}

void SchedulePage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

} // namespace spoke::ui
