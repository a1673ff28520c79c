#include "ui/customers/worker_thread.h"

#include <QThread>

namespace spoke::ui {

WorkerThread::WorkerThread(QObject *parent)
    : QObject(parent)
{ }

WorkerThread::~WorkerThread()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool WorkerThread::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit busyChanged(false);
        if (done)
            done();
    });
    m_thread->start();
    emit busyChanged(true);
    return true;
}

void WorkerThread::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void WorkerThread::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace spoke::ui
