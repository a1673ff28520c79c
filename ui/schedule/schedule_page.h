#pragma once

#include "core/schedule/schedule_types.h"
#include "core/storage/actor.h"
#include "core/util/clock.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QTimer;
class QToolButton;
class QPushButton;

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

class BookingDialog;
class DispatchBoard;
class JobDialog;
class ScheduleContext;

/// The Schedule screen: the dispatch board for a day or a week, the requests waiting for a
/// slot (drag one onto the board), quick booking, and a job's details. Every move goes
/// through core, which may refuse it (a conflict): the person is told why and, if a
/// manager, may book over it with a reason.
///
/// Keys: Ctrl+B book a job; D / W day or week view; PgUp / PgDown previous or next day or
/// week; T today; Enter opens the selected job; the board's own keys move jobs.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    SchedulePage(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
        const QString &currency, const QString &phoneRegion, Clock &clock, QWidget *parent = nullptr);
    ~SchedulePage() override;

    ScheduleContext &context() const { return *m_context; }
    DispatchBoard *board() const { return m_board; }
    QListWidget *requestList() const { return m_requests; }
    QString statusText() const;

    bool isWeekView() const { return m_days == 7; }
    QDate firstDay() const { return m_first; }
    void showDay(const QDate &day);
    void showWeek(const QDate &anyDayOfWeek);

    /// Opens quick booking (not blocking); with a customer id it is filled in.
    BookingDialog *bookJob(const QString &customerId = QString());
    /// Opens a job's details (not blocking).
    JobDialog *openJob(const QString &jobId);
    /// Asks core to move a job, as a drop or a keyboard move does; true when it moved.
    bool moveJob(
        const QString &jobId, const QString &fromLane, const QString &toLane, const QDateTime &startUtc);

    enum class Output { Preview, Print, Pdf };
    /// A lane's route sheet for a day, or a job's work order: previewed, printed or saved as
    /// PDF (every dialog scriptable through PrintPrompter). Returns the HTML that was sent,
    /// empty when core refused (the reason is shown).
    QString printRouteSheet(const QString &laneKey, const QDate &day, Output output);
    QString printWorkOrder(QWidget *parent, const QString &jobId, Output output);

public slots:
    void reload();
    void refreshPermissions();
    void previous();
    void next();
    void goToToday();

signals:
    void jobsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    void fillRequests();
    void updateTitle();
    void showStatus(const QString &text, bool error);
    void routeSheetForSelection(Output output);

    std::unique_ptr<ScheduleContext> m_context;
    DispatchBoard *m_board;
    QListWidget *m_requests;
    QLabel *m_title = nullptr;
    QLabel *m_status;
    QToolButton *m_dayButton = nullptr;
    QToolButton *m_weekButton = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_routeSheetButton = nullptr;
    QTimer *m_nowTimer;
    QDate m_first;
    int m_days = 7;
};

} // namespace spoke::ui
