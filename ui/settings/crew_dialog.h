#pragma once

#include "core/schedule/schedule_types.h"
#include "core/util/result.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;

namespace spoke::ui {

class Banner;

/// The eight crew colours the dialog offers (light enough for white text on the board).
struct CrewColor
{
    const char *hex;
    const char *name; ///< untranslated; translated with CrewDialog's context
};
const std::vector<CrewColor> &crewPalette();

/// Adds or edits a crew: its name, a colour from the palette, and which technicians are in
/// it. Core's refusals (a duplicate name...) show inline; the dialog closes when core saved.
class CrewDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const Crew &)>;

    CrewDialog(
        const Crew &crew, const std::vector<Technician> &technicians, Apply apply, QWidget *parent = nullptr);

    /// The crew as the fields describe it.
    Crew crew() const;
    void setName(const QString &name);
    /// Picks a palette colour ("#2563eb"); false if it is not in the palette.
    bool setColor(const QString &hex);
    /// Checks exactly these technicians.
    void setMembers(const QStringList &staffIds);
    QString problem() const;

    void accept() override;

private:
    Crew m_original;
    Apply m_apply;
    QLineEdit *m_name;
    QButtonGroup *m_colors;
    QStringList m_hexes;
    QListWidget *m_members;
    Banner *m_banner;
};

/// Adds time off for one technician. Dates and times are typed in the location's zone.
class TimeOffDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Status(const TimeOff &)>;

    TimeOffDialog(const QString &technicianName, const QString &staffId, const QTimeZone &zone,
        const QDateTime &suggestedStartUtc, Apply apply, QWidget *parent = nullptr);

    /// Local (location) wall-clock times.
    void setRange(const QDateTime &fromLocal, const QDateTime &toLocal);
    void setReason(const QString &reason);
    TimeOff timeOff() const;
    QString problem() const;

    void accept() override;

private:
    QString m_staffId;
    QTimeZone m_zone;
    Apply m_apply;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_reason;
    Banner *m_banner;
};

} // namespace spoke::ui
