#include "ui/schedule/calendar_export_dialog.h"

#include "core/schedule/calendar_export.h"
#include "ui/print/print_prompter.h"
#include "ui/schedule/schedule_context.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace spoke::ui {

CalendarExportDialog::CalendarExportDialog(ScheduleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_technician(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save calendar…"), this))
{
    setWindowTitle(tr("Export a calendar"));
    auto *intro
        = new QLabel(tr("Save a technician's jobs as an iCalendar (.ics) file to import on their phone. "
                        "Gate and alarm codes are never included: they stay on the printed work order."),
            this);
    intro->setWordWrap(true);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    // This week, in the location's zone, starting on the locale's first day of the week.
    const QDate today = m_context.nowUtc().toTimeZone(m_context.zone()).date();
    const int back = (today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    setRange(today.addDays(-back), today.addDays(6 - back));

    auto *form = new QFormLayout;
    form->addRow(tr("&Technician:"), m_technician);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_from, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &CalendarExportDialog::updateState);
    connect(m_technician, &QComboBox::currentIndexChanged, this, &CalendarExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    loadTechnicians();
    updateState();
}

QString CalendarExportDialog::statusText() const
{
    return m_status->text();
}

void CalendarExportDialog::loadTechnicians()
{
    const Actor actor = m_context.actor();
    m_technician->clear();
    auto techs = m_context.crews().technicians(actor);
    if (!techs) {
        showStatus(techs.error().message, true);
        return;
    }
    for (const Technician &t : techs.value())
        if (actor.role != Role::Technician || t.staffId == actor.staffId)
            m_technician->addItem(t.name, t.staffId);
    // Technicians export their own calendar only (core enforces it; the list says it).
    m_technician->setEnabled(actor.role != Role::Technician);
    if (m_technician->count() == 0)
        showStatus(actor.role == Role::Technician ? tr("Your account is not set up as a technician.")
                                                  : tr("There are no technicians yet."),
            true);
}

bool CalendarExportDialog::selectTechnician(const QString &staffId)
{
    const int index = m_technician->findData(staffId);
    if (index < 0)
        return false;
    m_technician->setCurrentIndex(index);
    return true;
}

void CalendarExportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CalendarExportDialog::updateState()
{
    const bool rangeOk = m_from->date() <= m_to->date();
    m_save->setEnabled(rangeOk && m_technician->count() > 0);
    if (!rangeOk)
        showStatus(tr("The range ends before it starts."), true);
    else if (m_technician->count() > 0)
        showStatus(QString(), false);
}

void CalendarExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

QString CalendarExportDialog::save()
{
    if (!m_save->isEnabled())
        return {};
    const QString staffId = m_technician->currentData().toString();
    const QString name = m_technician->currentText();
    const QDate from = m_from->date();
    const QDate to = m_to->date();

    QString suggested = tr("%1 jobs %2").arg(name, from.toString(Qt::ISODate));
    suggested.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = PrintPrompter::instance().saveFileName(this, tr("Save calendar"),
        QDir(folder).filePath(suggested + QStringLiteral(".ics")), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");

    const QTimeZone &zone = m_context.zone();
    auto ics = technicianCalendar(m_context.actor(), m_context.db(), m_context.jobs(), m_context.customers(),
        staffId, QDateTime(from, QTime(0, 0), zone).toUTC(),
        QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC(), m_context.nowUtc());
    if (!ics) {
        showStatus(ics.error().message, true);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics.value()) != ics->size() || !file.commit()) {
        showStatus(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return {};
    }
    const int events = int(ics->count("BEGIN:VEVENT"));
    showStatus(tr("Saved %n job(s) to %1.", nullptr, events).arg(QDir::toNativeSeparators(path)), false);
    return path;
}

} // namespace spoke::ui
