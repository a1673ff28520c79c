#pragma once

#include "core/schedule/job_service.h"
#include "core/schedule/schedule_types.h"

#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace spoke::ui {

class ScheduleContext;

/// A job's details: who, where, when, what, the customer's preferences and access notes,
/// open conflicts and history; the status moves the job may take next (each a button),
/// rescheduling (for a recurring visit: this one, this and following, or all), skipping
/// a recurring visit, and printing its work order.
class JobDialog : public QDialog
{
    Q_OBJECT
public:
    JobDialog(ScheduleContext &context, const QString &jobId, QWidget *parent = nullptr);

    const JobView &view() const { return m_view; }
    /// The button that moves the job to `status`; null when that move isn't offered.
    QPushButton *statusButton(JobStatus status) const;
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *printButton() const { return m_print; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *durationEdit() const { return m_duration; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *detailsLabel() const { return m_details; }

    /// Moves the status (asks for a reason when cancelling or for a no-show).
    bool moveTo(JobStatus status);
    /// Saves the time and length from the editors; `scope` for a recurring visit.
    bool saveTime(SeriesScope scope = SeriesScope::ThisOccurrence);
    bool skip();

    /// What "Print work order…" does (the page sets it).
    using PrintHandler = std::function<void(QWidget *parent, const QString &jobId)>;
    void setPrintHandler(PrintHandler handler) { m_printHandler = std::move(handler); }

signals:
    void changed();

private:
    void load();
    void rebuildActions();

    ScheduleContext &m_context;
    QString m_jobId;
    JobView m_view;
    QLabel *m_details;
    QLabel *m_error;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QPushButton *m_saveTime;
    QPushButton *m_skip;
    QPushButton *m_print;
    QWidget *m_actions;
    QVBoxLayout *m_actionsLayout;
    std::vector<std::pair<JobStatus, QPushButton *>> m_statusButtons;
    PrintHandler m_printHandler;
};

} // namespace spoke::ui
