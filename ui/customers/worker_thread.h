#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace spoke::ui {

/// Runs one piece of work at a time on a worker thread (imports, exports, dry runs) and
/// hands the outcome back on the UI thread, so the screen stays responsive. The work must
/// open its own database connection inside (LocationDatabase::openSibling()). Destroying
/// this waits for the work: ask it to stop first (a cancel flag).
class WorkerThread : public QObject
{
    Q_OBJECT
public:
    explicit WorkerThread(QObject *parent = nullptr);
    ~WorkerThread() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// work runs on the worker thread; done runs afterwards on this object's thread.
    /// Refused (false) while other work runs.
    bool start(std::function<void()> work, std::function<void()> done);
    /// From the worker: runs fn on this object's thread (progress updates).
    void post(std::function<void()> fn);
    /// Blocks until the current work is over (tests, shutdown).
    void wait();

signals:
    void busyChanged(bool busy);

private:
    QThread *m_thread = nullptr;
};

} // namespace spoke::ui
