#pragma once

#include "core/storage/actor.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace spoke::sync {
class SyncEngine;
}

namespace spoke::ui {

class Banner;

/// Settings → Sync (managers and owners): where sync stands, "Sync now", the history, and
/// enrolling this PC with head office's hub: its https address, the one-time enrollment
/// code, and how to trust it (the system's certificate authorities, or the hub's CA
/// certificate file; optionally a pinned public key). Un-enroll forgets the hub.
class SyncSection : public QWidget
{
    Q_OBJECT
public:
    SyncSection(sync::SyncEngine &engine, std::function<Actor()> actor, QWidget *parent = nullptr);

    // For tests and screenshots.
    QLineEdit *hubField() const { return m_hub; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *deviceField() const { return m_device; }
    QLineEdit *caField() const { return m_caFile; }
    QLineEdit *pinField() const { return m_pin; }
    QRadioButton *hubCaChoice() const { return m_useHubCa; }
    QPushButton *enrollButton() const { return m_enroll; }
    Banner *message() const { return m_message; }
    QString statusText() const;

signals:
    void historyRequested();

private:
    void refresh();
    void enroll();
    void unenroll();
    void chooseCa();

    QPointer<sync::SyncEngine> m_engine;
    std::function<Actor()> m_actor;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_details;
    QPushButton *m_syncNow;
    QPushButton *m_unenroll;
    QLabel *m_enrollTitle;
    QLineEdit *m_hub;
    QLineEdit *m_code;
    QLineEdit *m_device;
    QRadioButton *m_useSystem;
    QRadioButton *m_useHubCa;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_pin;
    QPushButton *m_enroll;
    Banner *m_message;
};

} // namespace spoke::ui
