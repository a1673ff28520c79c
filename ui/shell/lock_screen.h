#pragma once

#include "core/storage/actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace spoke::ui {

class Banner;
class LocationContext;

/// Sign-in and lock screen. Signing in picks a staff member and checks their PIN or
/// password through core; the locked screen offers the locked person a quick unlock and
/// anyone else a switch of user.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SignIn, Unlock };
    explicit LockScreen(LocationContext &context, QWidget *parent = nullptr);

    void showSignIn();
    void showUnlock(const Actor &who);
    Mode mode() const { return m_mode; }

    /// Picks a staff member by name in sign-in mode; false if there is none.
    bool selectStaff(const QString &name);
    QLineEdit *secretField() const { return m_secret; }
    /// Checks the typed PIN or password (the Sign in / Unlock button).
    void submit();
    /// The problem shown after a failed attempt, or an empty string.
    QString problem() const;

private:
    void reloadStaff();
    QString selectedStaffId() const;

    LocationContext &m_context;
    Mode m_mode = Mode::SignIn;
    Actor m_lockedActor;
    QLabel *m_location;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListWidget *m_picker;
    QLabel *m_lockedAvatar;
    QLineEdit *m_secret;
    QPushButton *m_submit;
    QPushButton *m_switch;
    Banner *m_banner;
};

} // namespace spoke::ui
