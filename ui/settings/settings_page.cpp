#include "ui/settings/settings_page.h"

#include "ui/billing/billing_settings_section.h"
#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/audit_section.h"
#include "ui/settings/location_section.h"
#include "ui/settings/preferences_section.h"
#include "ui/settings/security_section.h"
#include "ui/settings/services_section.h"
#include "ui/settings/staff_section.h"
#include "ui/settings/team_section.h"
#include "ui/shell/location_context.h"
#include "ui/sync/sync_section.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace spoke::ui {

SettingsPage::SettingsPage(LocationContext &context, SecurityActions &security, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("page-settings"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 24);
    outer->setSpacing(18);
    outer->addWidget(makeLabel(tr("Settings"), "pageTitle", this));
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    m_list->setObjectName(QStringLiteral("SectionList"));
    m_list->setFixedWidth(220);
    m_list->setIconSize(QSize(18, 18));
    m_list->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_list, 0);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);

    addSection(Section::Location, QStringLiteral("location"), tr("Location"), new LocationSection(context));
    addSection(Section::Preferences, QStringLiteral("preferences"), tr("Preferences"),
        new PreferencesSection(context));
    if (context.can(Permission::ManageStaff))
        addSection(Section::Staff, QStringLiteral("customers"), tr("Staff"), new StaffSection(context));
    if (context.can(Permission::ManageCatalog))
        addSection(Section::Services, QStringLiteral("jobs"), tr("Services"), new ServicesSection(context));
    if (context.can(Permission::ManageCrews))
        addSection(Section::Team, QStringLiteral("user"), tr("Team"), new TeamSection(context));
    if (context.can(Permission::ChangeSettings))
        addSection(Section::Billing, QStringLiteral("invoices"), tr("Billing"),
            new BillingSettingsSection(
                context.database(), [&context] { return context.actor(); },
                QTimeZone(context.profile().timeZone.toUtf8()), context.profile().currency, context.clock()));
    if (context.can(Permission::ChangeSettings))
        addSection(Section::Sync, QStringLiteral("cloud"), tr("Sync"),
            new SyncSection(context.sync(), [&context] { return context.actor(); }));
    if (context.can(Permission::BackupRestore) && context.can(Permission::ChangeKey))
        addSection(Section::Security, QStringLiteral("shield"), tr("Security and backups"),
            new SecuritySection(context, security));
    if (context.can(Permission::ViewAudit))
        addSection(Section::Audit, QStringLiteral("audit"), tr("Audit log"), new AuditSection(context));

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        if (current < 0)
            return;
        m_current = Section(m_list->item(current)->data(Qt::UserRole).toInt());
        m_stack->setCurrentIndex(current);
    });
    m_list->setCurrentRow(0);
}

void SettingsPage::addSection(Section id, const QString &iconName, const QString &title, QWidget *widget)
{
    auto *item = new QListWidgetItem(icon(iconName, theme::brandDark()), title, m_list);
    item->setData(Qt::UserRole, int(id));
    // Long sections (staff tables aside) scroll instead of squeezing their cards.
    if (id == Section::Staff || id == Section::Services || id == Section::Audit) {
        m_stack->addWidget(widget);
    } else {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(widget);
        scroll->viewport()->setAutoFillBackground(false);
        widget->setAutoFillBackground(false);
        m_stack->addWidget(scroll);
    }
    m_sections[id] = widget;
}

bool SettingsPage::showSection(Section section)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == int(section)) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QWidget *SettingsPage::section(Section section) const
{
    const auto it = m_sections.find(section);
    return it == m_sections.end() ? nullptr : it->second;
}

} // namespace spoke::ui
