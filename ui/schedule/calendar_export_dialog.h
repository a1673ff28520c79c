#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace spoke::ui {

class ScheduleContext;

/// Exports a technician's jobs for a date range as an .ics file their phone calendar can
/// import. Technicians see only themselves; the range defaults to this week in the
/// location's zone. The gate and alarm codes are never put in the file (core makes sure).
/// The save dialog goes through PrintPrompter, so tests never block.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarExportDialog(ScheduleContext &context, QWidget *parent = nullptr);

    QComboBox *technicianBox() const { return m_technician; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;

    /// Selects a technician by staff id; false when they are not in the list.
    bool selectTechnician(const QString &staffId);
    /// Sets the range (local days, both included).
    void setRange(const QDate &from, const QDate &to);

    /// Asks where to save and writes the file; returns the path, or an empty string when
    /// cancelled or refused (the reason is shown in the dialog).
    QString save();

private:
    void loadTechnicians();
    void updateState();
    void showStatus(const QString &text, bool error);

    ScheduleContext &m_context;
    QComboBox *m_technician;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace spoke::ui
