#include "ui/settings/staff_section.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/staff_dialog.h"
#include "ui/settings/staff_model.h"
#include "ui/shell/location_context.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace spoke::ui {

StaffSection::StaffSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new StaffModel(context.staff(), this))
    , m_table(new QTableView(this))
    , m_role(nullptr)
    , m_secret(nullptr)
    , m_active(nullptr)
    , m_unlock(nullptr)
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("StaffSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Staff"), "sectionTitle", this));
    layout->addWidget(makeLabel(tr("Everyone who signs in at this location. Owners and managers add "
                                   "accounts and reset PINs; only owners manage other owners."),
        "hint", this));

    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("Add staff…"), "primary", this);
    add->setObjectName(QStringLiteral("addStaff"));
    add->setIcon(icon(QStringLiteral("user-plus"), Qt::white));
    m_role = makeButton(tr("Change role…"), "", this);
    m_secret = makeButton(tr("New PIN or password…"), "", this);
    m_active = makeButton(tr("Deactivate"), "", this);
    m_unlock = makeButton(tr("Unlock"), "", this);
    m_unlock->setIcon(icon(QStringLiteral("unlock"), theme::text()));
    for (QPushButton *b : {add, m_role, m_secret, m_active, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(38);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::RoleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::SignIn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::Status, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    connect(add, &QPushButton::clicked, this, &StaffSection::addStaff);
    connect(m_role, &QPushButton::clicked, this, &StaffSection::changeRole);
    connect(m_secret, &QPushButton::clicked, this, &StaffSection::resetSecret);
    connect(m_active, &QPushButton::clicked, this, &StaffSection::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &StaffSection::unlockAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StaffSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffSection::updateButtons);
    updateButtons();
}

StaffDialog *StaffSection::openDialog() const
{
    return m_dialog;
}

QList<Role> StaffSection::assignableRoles() const
{
    QList<Role> roles;
    if (m_context.can(Permission::ManageOwners))
        roles << Role::Owner;
    roles << Role::Manager << Role::FrontDesk << Role::Technician;
    return roles;
}

bool StaffSection::selectByName(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->member(m_model->index(row, 0))->name == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString StaffSection::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const StaffMember *m = m_model->member(rows.first());
    return m ? m->id : QString();
}

void StaffSection::updateButtons()
{
    const StaffMember *m = nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m = m_model->member(rows.first());
    const bool manageable = m && (m->role != Role::Owner || m_context.can(Permission::ManageOwners));
    m_role->setEnabled(manageable);
    m_secret->setEnabled(manageable || (m && m->id == m_context.actor().staffId));
    m_active->setEnabled(manageable && m->id != m_context.actor().staffId);
    m_active->setText(m && !m->active ? tr("Activate") : tr("Deactivate"));
    m_unlock->setEnabled(manageable && m->locked);
}

void StaffSection::report(const QString &message)
{
    m_banner->show(Banner::Kind::Error, message);
}

void StaffSection::addStaff()
{
    m_banner->show(Banner::Kind::Info, QString());
    auto *dialog = new StaffDialog(
        StaffDialog::Mode::Create, assignableRoles(), StaffDraft {},
        [this](const StaffDraft &d) -> Status {
            auto id = m_context.staff().createStaff(m_context.actor(), d.name, d.role, d.kind, d.secret);
            if (!id)
                return id.error();
            m_model->reload();
            m_table->selectRow(m_model->rowOf(id.value()));
            m_banner->show(Banner::Kind::Success, tr("%1 can now sign in.").arg(d.name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void StaffSection::changeRole()
{
    const QString id = selectedId();
    auto member = m_context.staff().find(id);
    if (!member)
        return;
    StaffDraft initial;
    initial.name = member.value().name;
    initial.role = member.value().role;
    auto *dialog = new StaffDialog(
        StaffDialog::Mode::ChangeRole, assignableRoles(), initial,
        [this, id](const StaffDraft &d) -> Status {
            if (auto s = m_context.staff().setRole(m_context.actor(), id, d.role); !s)
                return s;
            m_model->reload();
            m_table->selectRow(m_model->rowOf(id));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void StaffSection::resetSecret()
{
    const QString id = selectedId();
    auto member = m_context.staff().find(id);
    if (!member)
        return;
    StaffDraft initial;
    initial.name = member.value().name;
    initial.kind = member.value().usesPin ? SecretKind::Pin : SecretKind::Password;
    auto *dialog = new StaffDialog(
        StaffDialog::Mode::ResetSecret, {}, initial,
        [this, id, name = initial.name](const StaffDraft &d) -> Status {
            if (auto s = m_context.staff().resetSecret(m_context.actor(), id, d.kind, d.secret); !s)
                return s;
            m_model->reload();
            m_table->selectRow(m_model->rowOf(id));
            m_banner->show(Banner::Kind::Success, tr("%1 has a new PIN or password.").arg(name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void StaffSection::toggleActive()
{
    const QString id = selectedId();
    auto member = m_context.staff().find(id);
    if (!member)
        return;
    if (auto s = m_context.staff().setActive(m_context.actor(), id, !member.value().active); !s) {
        report(s.error().message);
        return;
    }
    m_model->reload();
    m_table->selectRow(m_model->rowOf(id));
    m_banner->show(Banner::Kind::Info, QString());
}

void StaffSection::unlockAccount()
{
    const QString id = selectedId();
    if (auto s = m_context.staff().unlock(m_context.actor(), id); !s) {
        report(s.error().message);
        return;
    }
    m_model->reload();
    m_table->selectRow(m_model->rowOf(id));
    m_banner->show(Banner::Kind::Success, tr("The account is unlocked."));
}

} // namespace spoke::ui
