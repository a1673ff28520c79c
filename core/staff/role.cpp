#include "core/staff/role.h"

#include <QCoreApplication>

namespace spoke {

bool allows(Role role, Permission p)
{
    switch (role) {
    case Role::System:
    case Role::Owner:
        return true;
    case Role::Manager:
        return p != Permission::ManageOwners && p != Permission::ChangeKey && p != Permission::BackupRestore;
    case Role::FrontDesk:
        return p == Permission::ViewCustomers || p == Permission::EditCustomers
            || p == Permission::TakePayments || p == Permission::ViewSchedule || p == Permission::BookJobs
            || p == Permission::UpdateJobStatus || p == Permission::ViewInvoices
            || p == Permission::DraftInvoices;
    case Role::Technician:
        return p == Permission::ViewCustomers || p == Permission::ViewSchedule
            || p == Permission::UpdateJobStatus;
    case Role::None:
        return false;
    }
    return false;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::Technician:
        return QStringLiteral("technician");
    case Role::System:
        return QStringLiteral("system");
    case Role::None:
        break;
    }
    return QStringLiteral("none");
}

Role roleFromKey(const QString &key)
{
    for (Role r : {Role::Owner, Role::Manager, Role::FrontDesk, Role::Technician, Role::System})
        if (roleKey(r) == key)
            return r;
    return Role::None;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("spoke::Role", "Owner");
    case Role::Manager:
        return QCoreApplication::translate("spoke::Role", "Manager");
    case Role::FrontDesk:
        return QCoreApplication::translate("spoke::Role", "Front desk");
    case Role::Technician:
        return QCoreApplication::translate("spoke::Role", "Technician");
    case Role::System:
        return QCoreApplication::translate("spoke::Role", "System");
    case Role::None:
        break;
    }
    return QCoreApplication::translate("spoke::Role", "No role");
}

QString permissionKey(Permission p)
{
    switch (p) {
    case Permission::ViewCustomers:
        return QStringLiteral("view_customers");
    case Permission::EditCustomers:
        return QStringLiteral("edit_customers");
    case Permission::DeleteCustomers:
        return QStringLiteral("delete_customers");
    case Permission::ExportData:
        return QStringLiteral("export_data");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::ManageOwners:
        return QStringLiteral("manage_owners");
    case Permission::ChangeSettings:
        return QStringLiteral("change_settings");
    case Permission::BackupRestore:
        return QStringLiteral("backup_restore");
    case Permission::ChangeKey:
        return QStringLiteral("change_key");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::TakePayments:
        return QStringLiteral("take_payments");
    case Permission::VoidRefund:
        return QStringLiteral("void_refund");
    case Permission::ViewSchedule:
        return QStringLiteral("view_schedule");
    case Permission::BookJobs:
        return QStringLiteral("book_jobs");
    case Permission::UpdateJobStatus:
        return QStringLiteral("update_job_status");
    case Permission::OverrideSchedule:
        return QStringLiteral("override_schedule");
    case Permission::ManageCatalog:
        return QStringLiteral("manage_catalog");
    case Permission::ManageCrews:
        return QStringLiteral("manage_crews");
    case Permission::ViewInvoices:
        return QStringLiteral("view_invoices");
    case Permission::DraftInvoices:
        return QStringLiteral("draft_invoices");
    case Permission::IssueInvoices:
        return QStringLiteral("issue_invoices");
    case Permission::ViewReceivables:
        return QStringLiteral("view_receivables");
    }
    return QStringLiteral("unknown");
}

} // namespace spoke
