#include "ui/settings/crew_dialog.h"

#include "ui/common/widgets.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

QIcon swatch(const QColor &color, int size = 18)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(130), 1));
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pm);
}

QString dateTimeFormat()
{
    const QLocale locale;
    return locale.dateFormat(QLocale::ShortFormat) + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

} // namespace

const std::vector<CrewColor> &crewPalette()
{
    static const std::vector<CrewColor> palette {
        {"#2563eb", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Blue")},
        {"#16a34a", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Green")},
        {"#ea580c", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Orange")},
        {"#9333ea", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Purple")},
        {"#dc2626", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Red")},
        {"#0d9488", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Teal")},
        {"#db2777", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Pink")},
        {"#a16207", QT_TRANSLATE_NOOP("spoke::ui::CrewDialog", "Amber")}};
    return palette;
}

CrewDialog::CrewDialog(
    const Crew &crew, const std::vector<Technician> &technicians, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_original(crew)
    , m_apply(std::move(apply))
    , m_name(new QLineEdit(crew.name, this))
    , m_colors(new QButtonGroup(this))
    , m_members(new QListWidget(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("CrewDialog"));
    setMinimumWidth(440);
    setWindowTitle(crew.id.isEmpty() ? tr("Add a crew") : tr("Edit “%1”").arg(crew.name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);

    m_name->setObjectName(QStringLiteral("crewName"));
    m_name->setMaxLength(60);
    form->addRow(tr("&Name:"), m_name);

    auto *colors = new QHBoxLayout;
    colors->setSpacing(6);
    QString current = crew.color.toLower();
    for (const CrewColor &c : crewPalette())
        m_hexes << QString::fromLatin1(c.hex);
    if (!current.isEmpty() && !m_hexes.contains(current))
        m_hexes << current; // a colour set elsewhere stays selectable
    QToolButton *first = nullptr;
    for (int i = 0; i < m_hexes.size(); ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setIcon(swatch(QColor(m_hexes[i]), 20));
        b->setIconSize(QSize(20, 20));
        b->setFocusPolicy(Qt::StrongFocus);
        const QString name
            = i < int(crewPalette().size()) ? tr(crewPalette()[size_t(i)].name) : tr("Current colour");
        b->setToolTip(name);
        b->setAccessibleName(name);
        b->setObjectName(QStringLiteral("crewColor-") + m_hexes[i].mid(1));
        m_colors->addButton(b, i);
        colors->addWidget(b);
        if (!first)
            first = b;
    }
    colors->addStretch(1);
    m_colors->setExclusive(true);
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(first);
    form->addRow(colorLabel, colors);
    if (!setColor(current))
        m_colors->button(0)->setChecked(true);

    m_members->setObjectName(QStringLiteral("crewMembers"));
    m_members->setMinimumHeight(160);
    for (const Technician &t : technicians) {
        auto *item = new QListWidgetItem(t.name, m_members);
        item->setData(Qt::UserRole, t.staffId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(crew.memberStaffIds.contains(t.staffId) ? Qt::Checked : Qt::Unchecked);
    }
    auto *membersLabel = new QLabel(tr("&Members:"), this);
    membersLabel->setBuddy(m_members);
    form->addRow(membersLabel, m_members);
    layout->addLayout(form);
    auto *hint = makeLabel(tr("Space checks the selected technician."), "hint", this);
    layout->addWidget(hint);
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setProperty("variant", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Ok)->setText(crew.id.isEmpty() ? tr("&Add") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CrewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

Crew CrewDialog::crew() const
{
    Crew c = m_original;
    c.name = m_name->text().trimmed();
    const int i = m_colors->checkedId();
    c.color = i >= 0 && i < m_hexes.size() ? m_hexes[i] : QString();
    c.memberStaffIds.clear();
    for (int row = 0; row < m_members->count(); ++row)
        if (m_members->item(row)->checkState() == Qt::Checked)
            c.memberStaffIds << m_members->item(row)->data(Qt::UserRole).toString();
    return c;
}

void CrewDialog::setName(const QString &name)
{
    m_name->setText(name);
}

bool CrewDialog::setColor(const QString &hex)
{
    const int i = m_hexes.indexOf(hex.toLower());
    if (i < 0)
        return false;
    m_colors->button(i)->setChecked(true);
    return true;
}

void CrewDialog::setMembers(const QStringList &staffIds)
{
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        item->setCheckState(
            staffIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString CrewDialog::problem() const
{
    return m_banner->text();
}

void CrewDialog::accept()
{
    if (const Status s = m_apply(crew()); !s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return;
    }
    QDialog::accept();
}

TimeOffDialog::TimeOffDialog(const QString &technicianName, const QString &staffId, const QTimeZone &zone,
    const QDateTime &suggestedStartUtc, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_staffId(staffId)
    , m_zone(zone)
    , m_apply(std::move(apply))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_reason(new QLineEdit(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("TimeOffDialog"));
    setMinimumWidth(420);
    setWindowTitle(tr("Time off for %1").arg(technicianName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    // The edits hold the location's wall-clock time (in a UTC container, so the PC's own
    // zone and its DST never shift what was typed); timeOff() converts with the location zone.
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateTimeFormat());
    }
    m_from->setObjectName(QStringLiteral("timeOffFrom"));
    m_to->setObjectName(QStringLiteral("timeOffTo"));
    m_reason->setObjectName(QStringLiteral("timeOffReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Holiday, training, appointment…"));
    const QDate day = suggestedStartUtc.toTimeZone(zone).date().addDays(1);
    setRange(QDateTime(day, QTime(8, 0), Qt::UTC), QDateTime(day, QTime(17, 0), Qt::UTC));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(makeLabel(
        tr("Times are in the location's time zone (%1).").arg(QString::fromUtf8(zone.id())), "hint", this));
    layout->addWidget(m_banner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setProperty("variant", QStringLiteral("primary"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_from->setFocus();
}

void TimeOffDialog::setRange(const QDateTime &fromLocal, const QDateTime &toLocal)
{
    m_from->setDateTime(QDateTime(fromLocal.date(), fromLocal.time(), Qt::UTC));
    m_to->setDateTime(QDateTime(toLocal.date(), toLocal.time(), Qt::UTC));
}

void TimeOffDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

TimeOff TimeOffDialog::timeOff() const
{
    TimeOff off;
    off.staffId = m_staffId;
    const QDateTime from = m_from->dateTime();
    const QDateTime to = m_to->dateTime();
    off.startUtc = QDateTime(from.date(), from.time(), m_zone).toUTC();
    off.endUtc = QDateTime(to.date(), to.time(), m_zone).toUTC();
    off.reason = m_reason->text().trimmed();
    return off;
}

QString TimeOffDialog::problem() const
{
    return m_banner->text();
}

void TimeOffDialog::accept()
{
    if (const Status s = m_apply(timeOff()); !s) {
        m_banner->show(Banner::Kind::Error, s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace spoke::ui
