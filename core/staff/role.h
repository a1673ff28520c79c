#pragma once

#include <QString>

namespace spoke {

/// Staff roles, most powerful first. System is Spoke itself (migrations, sync apply).
enum class Role { None, Technician, FrontDesk, Manager, Owner, System };

/// Actions that core services guard. The UI hides what a role cannot do, but core refuses it.
enum class Permission {
    ViewCustomers,
    EditCustomers,
    DeleteCustomers,
    ExportData,
    ManageStaff,
    ManageOwners,
    ChangeSettings,
    BackupRestore,
    ChangeKey,
    ViewAudit,
    TakePayments,
    VoidRefund,
    ViewSchedule, ///< see the board, work orders and jobs
    BookJobs, ///< book, reschedule, reassign, cancel
    UpdateJobStatus, ///< en route, in progress, completed (technicians too)
    OverrideSchedule, ///< book over a conflict, override a price (with a reason)
    ManageCatalog, ///< the location's own services and prices
    ManageCrews, ///< crews, working hours, skills, time off
    ViewInvoices, ///< see invoices, credit notes and payments; print them
    DraftInvoices, ///< prepare invoice drafts from completed jobs
    IssueInvoices, ///< issue invoices and credit notes (numbers are taken)
    ViewReceivables, ///< aging, open invoices of everyone, statements
};

/// True when the role may perform the action.
bool allows(Role role, Permission permission);

QString roleKey(Role role);
Role roleFromKey(const QString &key);
/// The translated name of a role, for screens.
QString roleDisplayName(Role role);
QString permissionKey(Permission permission);

} // namespace spoke
