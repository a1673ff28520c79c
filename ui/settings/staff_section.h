#pragma once

#include "core/staff/role.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace spoke::ui {

class Banner;
class LocationContext;
class StaffDialog;
class StaffModel;

/// Staff accounts for owners and managers: add, change role, new PIN, (de)activate,
/// unlock. Core checks every change again; this screen only offers what the role allows.
class StaffSection : public QWidget
{
    Q_OBJECT
public:
    explicit StaffSection(LocationContext &context, QWidget *parent = nullptr);

    StaffModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects a row by staff name; false if absent.
    bool selectByName(const QString &name);
    /// The dialog opened last, while it is open (tests fill and accept it).
    StaffDialog *openDialog() const;

    void addStaff();
    void changeRole();
    void resetSecret();
    void toggleActive();
    void unlockAccount();

private:
    QString selectedId() const;
    void updateButtons();
    void report(const QString &message);
    QList<spoke::Role> assignableRoles() const;

    LocationContext &m_context;
    StaffModel *m_model;
    QTableView *m_table;
    QPushButton *m_role;
    QPushButton *m_secret;
    QPushButton *m_active;
    QPushButton *m_unlock;
    Banner *m_banner;
    QPointer<StaffDialog> m_dialog;
};

} // namespace spoke::ui
