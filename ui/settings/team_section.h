#pragma once

#include "core/schedule/catalog_service.h"
#include "core/schedule/crew_service.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <array>
#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace spoke::ui {

class Banner;
class CrewDialog;
class LocationContext;
class TimeOffDialog;

/// Settings > Team, for managers and owners: each technician's weekly hours, skills and
/// time off, and the crews they form. Every change goes through CrewService, which checks
/// it again (hours that end before they start, duplicate crew names...).
class TeamSection : public QWidget
{
    Q_OBJECT
public:
    explicit TeamSection(LocationContext &context, QWidget *parent = nullptr);

    /// One weekday of the hours editor. Extra intervals (split shifts set elsewhere) are kept
    /// as they are and shown read-only.
    struct DayRow
    {
        Qt::DayOfWeek day = Qt::Monday;
        QCheckBox *works = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
        QLabel *extra = nullptr;
        QLabel *dayOff = nullptr; ///< "Day off", shown instead of the times
        std::vector<WorkingInterval> extras;
    };

    QListWidget *technicianList() const { return m_technicians; }
    bool selectTechnician(const QString &name);
    QString selectedTechnicianId() const;
    const DayRow &dayRow(Qt::DayOfWeek day) const { return m_days[size_t(day) - 1]; }
    QListWidget *skillList() const { return m_skills; }
    QTableWidget *timeOffTable() const { return m_timeOff; }
    QListWidget *crewList() const { return m_crews; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The technician area's message (errors from core, confirmations).
    QString message() const;
    QString crewMessage() const;
    CrewDialog *openCrewDialog() const;
    TimeOffDialog *openTimeOffDialog() const;

    /// What the hours editor describes (the first interval of each working day plus its extras).
    std::vector<WorkingInterval> editedHours() const;

    void reload();
    bool saveHours();
    bool saveSkills();
    void addTimeOff();
    bool removeTimeOff();
    void addCrew();
    void editCrew();
    bool removeCrew();
    bool selectCrew(const QString &name);

private:
    const Technician *currentTechnician() const;
    void showTechnician();
    void showDayState(DayRow &row);
    void loadTimeOff();
    void loadCrews();
    void updateButtons();
    void openCrewDialogFor(const Crew &crew);
    QWidget *buildHoursTab();
    QWidget *buildSkillsTab();
    QWidget *buildTimeOffTab();
    QWidget *buildCrewsCard();

    LocationContext &m_context;
    CrewService m_crewService;
    CatalogService m_catalog;
    QTimeZone m_zone;
    std::vector<Technician> m_technicianData;
    std::vector<Crew> m_crewData;
    std::vector<TimeOff> m_timeOffData;

    QListWidget *m_technicians;
    QTabWidget *m_tabs;
    std::array<DayRow, 7> m_days;
    QPushButton *m_saveHours = nullptr;
    QListWidget *m_skills = nullptr;
    QPushButton *m_saveSkills = nullptr;
    QTableWidget *m_timeOff = nullptr;
    QPushButton *m_addTimeOff = nullptr;
    QPushButton *m_removeTimeOff = nullptr;
    Banner *m_banner;
    QListWidget *m_crews = nullptr;
    QPushButton *m_editCrew = nullptr;
    QPushButton *m_removeCrew = nullptr;
    Banner *m_crewBanner;
    QPointer<CrewDialog> m_crewDialog;
    QPointer<TimeOffDialog> m_timeOffDialog;
};

} // namespace spoke::ui
