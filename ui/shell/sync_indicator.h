#pragma once

#include <QWidget>

class QLabel;

namespace spoke::ui {

/// The sync state in the status bar. Until enrollment exists it only says the location is
/// not enrolled with a hub.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class State { NotEnrolled };
    explicit SyncIndicator(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

private:
    State m_state = State::NotEnrolled;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace spoke::ui
