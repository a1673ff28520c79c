#include "ui/settings/team_section.h"

#include "ui/common/icons.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/crew_dialog.h"
#include "ui/shell/location_context.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace spoke::ui {

namespace {

QIcon crewSwatch(const QString &hex)
{
    const QColor color = hex.isEmpty() ? theme::muted() : QColor(hex);
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 14, 14), 4, 4);
    return QIcon(pm);
}

QString intervalText(const WorkingInterval &w)
{
    return TeamSection::tr("%1–%2").arg(shortTimeText(w.start), shortTimeText(w.end));
}

} // namespace

TeamSection::TeamSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_crewService(context.database())
    , m_catalog(context.database(), context.profile().currency)
    , m_zone(context.profile().timeZone.toUtf8())
    , m_technicians(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_banner(new Banner(this))
    , m_crewBanner(new Banner(this))
{
    setObjectName(QStringLiteral("TeamSection"));
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("UTC"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Team"), "sectionTitle", this));
    auto *hint = makeLabel(tr("When each technician works, what they are trained for and when they are off; "
                              "and the crews they go out in. The dispatch board warns when a booking "
                              "doesn't fit."),
        "hint", this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    QVBoxLayout *people = nullptr;
    QFrame *peopleCard = makeCard(this, &people);
    auto *peopleTitle = makeLabel(tr("&Technicians"), "cardTitle", peopleCard);
    peopleTitle->setBuddy(m_technicians);
    people->addWidget(peopleTitle);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    m_technicians->setObjectName(QStringLiteral("technicians"));
    m_technicians->setFixedWidth(200);
    m_technicians->setIconSize(QSize(24, 24));
    row->addWidget(m_technicians, 0);
    m_tabs->setObjectName(QStringLiteral("technicianTabs"));
    m_tabs->addTab(buildHoursTab(), icon(QStringLiteral("clock"), theme::text()), tr("&Hours"));
    m_tabs->addTab(buildSkillsTab(), icon(QStringLiteral("check"), theme::text()), tr("S&kills"));
    m_tabs->addTab(buildTimeOffTab(), icon(QStringLiteral("schedule"), theme::text()), tr("Time o&ff"));
    row->addWidget(m_tabs, 1);
    people->addLayout(row, 1);
    people->addWidget(m_banner);
    layout->addWidget(peopleCard);
    layout->addWidget(buildCrewsCard());
    layout->addStretch(1);

    connect(m_technicians, &QListWidget::currentRowChanged, this, [this] {
        m_banner->show(Banner::Kind::Info, QString());
        showTechnician();
    });
    reload();
}

QWidget *TeamSection::buildHoursTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 12, 12, 12);
    v->setSpacing(10);
    v->addWidget(makeLabel(tr("Weekly hours, in the location's time zone. Untick a day off."), "hint", page));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(makeLabel(tr("Works"), "hint", page), 0, 0);
    grid->addWidget(makeLabel(tr("Starts"), "hint", page), 0, 1);
    grid->addWidget(makeLabel(tr("Ends"), "hint", page), 0, 2);
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    for (int d = 1; d <= 7; ++d) {
        DayRow &r = m_days[size_t(d) - 1];
        r.day = Qt::DayOfWeek(d);
        r.works = new QCheckBox(QLocale().dayName(d), page);
        r.works->setObjectName(QStringLiteral("works%1").arg(d));
        r.start = new QTimeEdit(QTime(8, 0), page);
        r.end = new QTimeEdit(QTime(17, 0), page);
        r.start->setObjectName(QStringLiteral("start%1").arg(d));
        r.end->setObjectName(QStringLiteral("end%1").arg(d));
        for (QTimeEdit *e : {r.start, r.end}) {
            e->setDisplayFormat(format);
            e->setAccessibleName(e == r.start ? tr("%1 starts").arg(QLocale().dayName(d))
                                              : tr("%1 ends").arg(QLocale().dayName(d)));
        }
        r.extra = makeLabel(QString(), "hint", page);
        r.extra->setObjectName(QStringLiteral("extra%1").arg(d));
        grid->addWidget(r.works, d, 0);
        grid->addWidget(r.start, d, 1);
        grid->addWidget(r.end, d, 2);
        grid->addWidget(r.extra, d, 3);
        r.dayOff = makeLabel(tr("Day off"), "hint", page);
        r.dayOff->setObjectName(QStringLiteral("dayOff%1").arg(d));
        grid->addWidget(r.dayOff, d, 1, 1, 2);
        for (QWidget *w : std::initializer_list<QWidget *> {r.start, r.end}) {
            QSizePolicy keep = w->sizePolicy();
            keep.setRetainSizeWhenHidden(true);
            w->setSizePolicy(keep);
        }
        connect(r.works, &QCheckBox::toggled, this, [this, &r] { showDayState(r); });
    }
    grid->setColumnStretch(3, 1);
    v->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveHours = makeButton(tr("Sa&ve hours"), "primary", page);
    m_saveHours->setObjectName(QStringLiteral("saveHours"));
    connect(m_saveHours, &QPushButton::clicked, this, &TeamSection::saveHours);
    buttons->addWidget(m_saveHours);
    v->addLayout(buttons);
    v->addStretch(1);
    return page;
}

QWidget *TeamSection::buildSkillsTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 12, 12, 12);
    v->setSpacing(10);
    v->addWidget(makeLabel(
        tr("Services this technician is trained for. Space ticks the selected one."), "hint", page));
    m_skills = new QListWidget(page);
    m_skills->setObjectName(QStringLiteral("skills"));
    v->addWidget(m_skills, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveSkills = makeButton(tr("Sa&ve skills"), "primary", page);
    m_saveSkills->setObjectName(QStringLiteral("saveSkills"));
    connect(m_saveSkills, &QPushButton::clicked, this, &TeamSection::saveSkills);
    buttons->addWidget(m_saveSkills);
    v->addLayout(buttons);
    return page;
}

QWidget *TeamSection::buildTimeOffTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(12, 12, 12, 12);
    v->setSpacing(10);
    v->addWidget(makeLabel(tr("Holidays and appointments, in the location's time zone (%1).")
                               .arg(QString::fromUtf8(m_zone.id())),
        "hint", page));
    m_timeOff = new QTableWidget(0, 3, page);
    m_timeOff->setObjectName(QStringLiteral("timeOff"));
    m_timeOff->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Reason")});
    m_timeOff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeOff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeOff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeOff->setTabKeyNavigation(false);
    m_timeOff->setShowGrid(false);
    m_timeOff->verticalHeader()->hide();
    m_timeOff->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeOff->horizontalHeader()->setStretchLastSection(true);
    m_timeOff->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    v->addWidget(m_timeOff, 1);
    auto *buttons = new QHBoxLayout;
    m_addTimeOff = makeButton(tr("&Add time off…"), "", page);
    m_addTimeOff->setObjectName(QStringLiteral("addTimeOff"));
    m_removeTimeOff = makeButton(tr("Re&move"), "", page);
    m_removeTimeOff->setObjectName(QStringLiteral("removeTimeOff"));
    buttons->addWidget(m_addTimeOff);
    buttons->addWidget(m_removeTimeOff);
    buttons->addStretch(1);
    v->addLayout(buttons);
    connect(m_addTimeOff, &QPushButton::clicked, this, &TeamSection::addTimeOff);
    connect(m_removeTimeOff, &QPushButton::clicked, this, &TeamSection::removeTimeOff);
    connect(m_timeOff, &QTableWidget::itemSelectionChanged, this, &TeamSection::updateButtons);
    return page;
}

QWidget *TeamSection::buildCrewsCard()
{
    QVBoxLayout *v = nullptr;
    QFrame *card = makeCard(this, &v);
    m_crews = new QListWidget(card);
    m_crews->setObjectName(QStringLiteral("crews"));
    m_crews->setMinimumHeight(110);
    m_crews->setMaximumHeight(160);
    auto *title = makeLabel(tr("C&rews"), "cardTitle", card);
    title->setBuddy(m_crews);
    v->addWidget(title);
    v->addWidget(makeLabel(
        tr("Technicians who go out together. The colour marks the crew on the board."), "hint", card));
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("&New crew…"), "", card);
    add->setObjectName(QStringLiteral("addCrew"));
    add->setIcon(icon(QStringLiteral("user-plus"), theme::text()));
    m_editCrew = makeButton(tr("Ed&it crew…"), "", card);
    m_editCrew->setObjectName(QStringLiteral("editCrew"));
    m_removeCrew = makeButton(tr("Remove cre&w"), "", card);
    m_removeCrew->setObjectName(QStringLiteral("removeCrew"));
    for (QPushButton *b : {add, m_editCrew, m_removeCrew})
        buttons->addWidget(b);
    buttons->addStretch(1);
    v->addLayout(buttons);
    v->addWidget(m_crews, 1);
    v->addWidget(m_crewBanner);
    connect(add, &QPushButton::clicked, this, &TeamSection::addCrew);
    connect(m_editCrew, &QPushButton::clicked, this, &TeamSection::editCrew);
    connect(m_removeCrew, &QPushButton::clicked, this, &TeamSection::removeCrew);
    connect(m_crews, &QListWidget::itemActivated, this, &TeamSection::editCrew);
    connect(m_crews, &QListWidget::currentRowChanged, this, &TeamSection::updateButtons);
    return card;
}

void TeamSection::reload()
{
    const QString keep = selectedTechnicianId();
    auto techs = m_crewService.technicians(m_context.actor());
    if (!techs) {
        m_banner->show(Banner::Kind::Error, techs.error().message);
        m_technicianData.clear();
    } else {
        m_technicianData = std::move(techs.value());
    }
    // The skills checklist: the whole catalog, switched-off services marked.
    m_skills->clear();
    if (auto services = m_catalog.services(m_context.actor(), true)) {
        for (const ServiceItem &s : services.value()) {
            auto *item
                = new QListWidgetItem(s.active ? s.name : tr("%1 (switched off)").arg(s.name), m_skills);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            if (!s.category.isEmpty())
                item->setToolTip(s.category);
        }
    } else {
        m_banner->show(Banner::Kind::Error, services.error().message);
    }
    {
        const QSignalBlocker block(m_technicians);
        m_technicians->clear();
        int row = 0;
        for (const Technician &t : m_technicianData) {
            auto *item = new QListWidgetItem(QIcon(initialsAvatar(t.name, 24)), t.name, m_technicians);
            item->setData(Qt::UserRole, t.staffId);
            if (t.staffId == keep)
                row = m_technicians->count() - 1;
        }
        if (m_technicians->count() > 0)
            m_technicians->setCurrentRow(row);
    }
    loadTimeOff();
    showTechnician();
    loadCrews();
}

void TeamSection::loadTimeOff()
{
    const QDateTime now = m_context.clock().nowUtc();
    auto off = m_crewService.timeOff(m_context.actor(), now.addDays(-30), now.addYears(3));
    if (!off) {
        m_banner->show(Banner::Kind::Error, off.error().message);
        m_timeOffData.clear();
        return;
    }
    m_timeOffData = std::move(off.value());
}

void TeamSection::loadCrews()
{
    const QString keep
        = m_crews->currentItem() ? m_crews->currentItem()->data(Qt::UserRole).toString() : QString();
    auto crews = m_crewService.crews(m_context.actor());
    m_crewData.clear();
    if (!crews)
        m_crewBanner->show(Banner::Kind::Error, crews.error().message);
    else
        m_crewData = std::move(crews.value());
    const QSignalBlocker block(m_crews);
    m_crews->clear();
    for (const Crew &c : m_crewData) {
        QStringList names;
        for (const QString &id : c.memberStaffIds) {
            const auto it = std::find_if(m_technicianData.cbegin(), m_technicianData.cend(),
                [&id](const Technician &t) { return t.staffId == id; });
            if (it != m_technicianData.cend())
                names << it->name;
        }
        const QString members = names.isEmpty() ? tr("no members yet") : names.join(tr(", "));
        auto *item = new QListWidgetItem(crewSwatch(c.color), tr("%1 — %2").arg(c.name, members), m_crews);
        item->setData(Qt::UserRole, c.id);
        if (c.id == keep)
            m_crews->setCurrentItem(item);
    }
    updateButtons();
}

const Technician *TeamSection::currentTechnician() const
{
    const QString id = selectedTechnicianId();
    for (const Technician &t : m_technicianData)
        if (t.staffId == id)
            return &t;
    return nullptr;
}

QString TeamSection::selectedTechnicianId() const
{
    const QListWidgetItem *item = m_technicians->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool TeamSection::selectTechnician(const QString &name)
{
    for (int row = 0; row < m_technicians->count(); ++row) {
        if (m_technicians->item(row)->text() == name) {
            m_technicians->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TeamSection::showTechnician()
{
    const Technician *t = currentTechnician();
    m_tabs->setEnabled(t);
    std::vector<WorkingInterval> hours = t ? t->hours : std::vector<WorkingInterval>();
    std::sort(hours.begin(), hours.end(), [](const WorkingInterval &a, const WorkingInterval &b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.start < b.start;
    });
    for (DayRow &r : m_days) {
        r.extras.clear();
        bool first = true;
        for (const WorkingInterval &w : hours) {
            if (w.weekday != r.day)
                continue;
            if (first) {
                r.start->setTime(w.start);
                r.end->setTime(w.end);
                first = false;
            } else {
                r.extras.push_back(w);
            }
        }
        if (first) {
            r.start->setTime(QTime(8, 0));
            r.end->setTime(QTime(17, 0));
        }
        {
            const QSignalBlocker block(r.works);
            r.works->setChecked(!first);
        }
        showDayState(r);
    }
    for (int row = 0; row < m_skills->count(); ++row) {
        QListWidgetItem *item = m_skills->item(row);
        item->setCheckState(t && t->skillServiceIds.contains(item->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_timeOff->setRowCount(0);
    if (t) {
        const QLocale locale;
        for (const TimeOff &off : m_timeOffData) {
            if (off.staffId != t->staffId)
                continue;
            const int row = m_timeOff->rowCount();
            m_timeOff->insertRow(row);
            auto *from = new QTableWidgetItem(
                locale.toString(off.startUtc.toTimeZone(m_zone), QLocale::ShortFormat));
            from->setData(Qt::UserRole, off.id);
            m_timeOff->setItem(row, 0, from);
            m_timeOff->setItem(row, 1,
                new QTableWidgetItem(locale.toString(off.endUtc.toTimeZone(m_zone), QLocale::ShortFormat)));
            m_timeOff->setItem(row, 2, new QTableWidgetItem(off.reason));
        }
    }
    updateButtons();
}

void TeamSection::showDayState(DayRow &r)
{
    const bool on = r.works->isChecked();
    r.start->setVisible(on);
    r.end->setVisible(on);
    QStringList more;
    for (const WorkingInterval &w : r.extras)
        more << intervalText(w);
    r.dayOff->setVisible(!on);
    r.extra->setText(!on || more.isEmpty() ? QString() : tr("and %1 (kept as set)").arg(more.join(tr(", "))));
    r.extra->setToolTip(
        more.isEmpty() ? QString() : tr("A split shift set elsewhere; it is kept while the day is ticked."));
}

void TeamSection::updateButtons()
{
    m_removeTimeOff->setEnabled(!m_timeOff->selectionModel()->selectedRows().isEmpty());
    const bool crew = m_crews->currentItem() != nullptr;
    m_editCrew->setEnabled(crew);
    m_removeCrew->setEnabled(crew);
}

CrewDialog *TeamSection::openCrewDialog() const
{
    return m_crewDialog;
}

TimeOffDialog *TeamSection::openTimeOffDialog() const
{
    return m_timeOffDialog;
}

QString TeamSection::message() const
{
    return m_banner->text();
}

QString TeamSection::crewMessage() const
{
    return m_crewBanner->text();
}

std::vector<WorkingInterval> TeamSection::editedHours() const
{
    std::vector<WorkingInterval> hours;
    for (const DayRow &r : m_days) {
        if (!r.works->isChecked())
            continue; // a day off: no hours that day, split shifts included
        hours.push_back({r.day, r.start->time(), r.end->time()});
        hours.insert(hours.end(), r.extras.begin(), r.extras.end());
    }
    return hours;
}

bool TeamSection::saveHours()
{
    const Technician *t = currentTechnician();
    if (!t)
        return false;
    const QString name = t->name;
    if (Status s = m_crewService.setWorkingHours(m_context.actor(), t->staffId, editedHours()); !s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("Hours saved for %1.").arg(name));
    return true;
}

bool TeamSection::saveSkills()
{
    const Technician *t = currentTechnician();
    if (!t)
        return false;
    const QString name = t->name;
    QStringList ids;
    for (int row = 0; row < m_skills->count(); ++row)
        if (m_skills->item(row)->checkState() == Qt::Checked)
            ids << m_skills->item(row)->data(Qt::UserRole).toString();
    if (Status s = m_crewService.setSkills(m_context.actor(), t->staffId, ids); !s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    reload();
    m_tabs->setCurrentIndex(1);
    m_banner->show(Banner::Kind::Success, tr("Skills saved for %1.").arg(name));
    return true;
}

void TeamSection::addTimeOff()
{
    const Technician *t = currentTechnician();
    if (!t)
        return;
    m_banner->show(Banner::Kind::Info, QString());
    auto *dialog = new TimeOffDialog(
        t->name, t->staffId, m_zone, m_context.clock().nowUtc(),
        [this, name = t->name](const TimeOff &off) -> Status {
            auto id = m_crewService.addTimeOff(m_context.actor(), off);
            if (!id)
                return id.error();
            loadTimeOff();
            showTechnician();
            m_banner->show(Banner::Kind::Success, tr("Time off added for %1.").arg(name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_timeOffDialog = dialog;
    dialog->open();
}

bool TeamSection::removeTimeOff()
{
    const QModelIndexList rows = m_timeOff->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QString id = m_timeOff->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    if (Status s = m_crewService.removeTimeOff(m_context.actor(), id); !s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    loadTimeOff();
    showTechnician();
    m_banner->show(Banner::Kind::Success, tr("The time off was removed."));
    return true;
}

bool TeamSection::selectCrew(const QString &name)
{
    for (size_t i = 0; i < m_crewData.size(); ++i) {
        if (m_crewData[i].name == name) {
            m_crews->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

void TeamSection::openCrewDialogFor(const Crew &crew)
{
    m_crewBanner->show(Banner::Kind::Info, QString());
    auto *dialog = new CrewDialog(
        crew, m_technicianData,
        [this, adding = crew.id.isEmpty()](const Crew &c) -> Status {
            auto id = m_crewService.saveCrew(m_context.actor(), c);
            if (!id)
                return id.error();
            loadCrews();
            for (int row = 0; row < m_crews->count(); ++row)
                if (m_crews->item(row)->data(Qt::UserRole).toString() == id.value())
                    m_crews->setCurrentRow(row);
            m_crewBanner->show(Banner::Kind::Success,
                adding ? tr("Crew “%1” was added.").arg(c.name.trimmed())
                       : tr("Crew “%1” was saved.").arg(c.name.trimmed()));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_crewDialog = dialog;
    dialog->open();
}

void TeamSection::addCrew()
{
    Crew crew;
    // The first palette colour no crew uses yet.
    for (const CrewColor &c : crewPalette()) {
        const QString hex = QString::fromLatin1(c.hex);
        if (std::none_of(m_crewData.cbegin(), m_crewData.cend(),
                [&hex](const Crew &other) { return other.color.compare(hex, Qt::CaseInsensitive) == 0; })) {
            crew.color = hex;
            break;
        }
    }
    openCrewDialogFor(crew);
}

void TeamSection::editCrew()
{
    const int row = m_crews->currentRow();
    if (row < 0 || row >= int(m_crewData.size()))
        return;
    openCrewDialogFor(m_crewData[size_t(row)]);
}

bool TeamSection::removeCrew()
{
    const int row = m_crews->currentRow();
    if (row < 0 || row >= int(m_crewData.size()))
        return false;
    const Crew crew = m_crewData[size_t(row)];
    if (Prompter::instance().ask(this, tr("Remove a crew"),
            tr("Remove “%1”? Its members stay; jobs it already did keep its name.").arg(crew.name))
        != QMessageBox::Yes)
        return false;
    if (Status s = m_crewService.removeCrew(m_context.actor(), crew.id); !s) {
        m_crewBanner->show(Banner::Kind::Error, s.error().message);
        return false;
    }
    loadCrews();
    m_crewBanner->show(Banner::Kind::Success, tr("Crew “%1” was removed.").arg(crew.name));
    return true;
}

} // namespace spoke::ui
