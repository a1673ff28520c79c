#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTimer;

namespace spoke {
class JobService;
}

namespace spoke::ui {

class LocationContext;

/// The first page after sign-in: a greeting, today's jobs by status, the requests waiting
/// for a time and the jobs running late (refreshed every minute and whenever it is shown).
/// Enter or a double click on a job opens it on the Schedule screen.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(LocationContext &context, QWidget *parent = nullptr);
    ~TodayPage() override;

    QTreeWidget *jobsView() const { return m_jobs; }
    QTreeWidget *waitingView() const { return m_waiting; }
    QTreeWidget *lateView() const { return m_late; }

public slots:
    void refresh();

signals:
    void openJobRequested(const QString &jobId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    LocationContext &m_context;
    std::unique_ptr<JobService> m_service;
    QLabel *m_greeting;
    QLabel *m_date;
    QLabel *m_jobCount;
    QLabel *m_jobHint;
    QLabel *m_waitingCount;
    QLabel *m_lateCount;
    QTreeWidget *m_jobs;
    QTreeWidget *m_waiting;
    QTreeWidget *m_late;
    QTimer *m_timer;
};

} // namespace spoke::ui
