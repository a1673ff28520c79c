#pragma once

#include "core/storage/actor.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace spoke::sync {
class SyncEngine;
}

namespace spoke::ui {

class Banner;

/// The Sync screen: where sync stands, the history of runs, the conflict log (values head
/// office or this location overwrote) and the changes that did not take effect (refused by
/// the hub, or from the hub and not applicable here). Managers and owners see the logs;
/// everyone sees the status and the run history. F9 or "Sync now" starts a run.
class SyncScreen : public QDialog
{
    Q_OBJECT
public:
    SyncScreen(sync::SyncEngine &engine, std::function<Actor()> actor, QWidget *parent = nullptr);

    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *conflictsTable() const { return m_conflicts; }
    QTableWidget *rejectionsTable() const { return m_rejections; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void reload();

private:
    QPointer<sync::SyncEngine> m_engine;
    std::function<Actor()> m_actor;
    QLabel *m_status;
    Banner *m_problem;
    QTabWidget *m_tabs;
    QTableWidget *m_runs;
    QTableWidget *m_conflicts;
    QTableWidget *m_rejections;
    QLabel *m_logsHint;
};

} // namespace spoke::ui
