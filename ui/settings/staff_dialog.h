#pragma once

#include "core/staff/staff_service.h"
#include "core/util/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace spoke::ui {

class Banner;

/// What a staff dialog collected.
struct StaffDraft
{
    QString name;
    Role role = Role::FrontDesk;
    SecretKind kind = SecretKind::Pin;
    QString secret;
};

/// Adds a staff member, changes a role, or sets a new PIN/password. The dialog stays open
/// and shows core's answer when the change is refused; it closes only when core accepted.
class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, ChangeRole, ResetSecret };
    using Apply = std::function<Status(const StaffDraft &)>;

    StaffDialog(Mode mode, const QList<Role> &roles, const StaffDraft &initial, Apply apply,
        QWidget *parent = nullptr);

    StaffDraft draft() const;
    void setDraft(const StaffDraft &draft, const QString &confirmation);
    QString problem() const;

    void accept() override;

private:
    Mode m_mode;
    Apply m_apply;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QRadioButton *m_pin = nullptr;
    QRadioButton *m_password = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_confirm = nullptr;
    Banner *m_banner;
};

} // namespace spoke::ui
