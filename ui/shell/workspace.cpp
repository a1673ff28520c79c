#include "ui/shell/workspace.h"

#include "core/customers/phone_numbers.h"
#include "ui/billing/customer_billing_card.h"
#include "ui/billing/invoices_page.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/customers_page.h"
#include "ui/customers/timeline_widget.h"
#include "ui/schedule/schedule_page.h"

#include "ui/settings/settings_page.h"
#include "ui/shell/header_bar.h"
#include "ui/shell/location_context.h"
#include "ui/shell/navigation_bar.h"
#include "ui/shell/placeholder_page.h"
#include "ui/shell/today_page.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace spoke::ui {

Workspace::Workspace(LocationContext &context, SecurityActions &security, QWidget *parent)
    : QWidget(parent)
    , m_navigation(new NavigationBar(this))
    , m_header(new HeaderBar(context, this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("Workspace"));
    setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    m_pages->setObjectName(QStringLiteral("Pages"));
    column->addWidget(m_pages, 1);
    row->addLayout(column, 1);

    for (PageId id : kAllPages) {
        QWidget *page = nullptr;
        if (id == PageId::Today)
            page = new TodayPage(context, m_pages);
        else if (id == PageId::Customers)
            page = new CustomersPage(
                context.database(), [&context] { return context.actor(); },
                phoneRegionForTimeZone(context.profile().timeZone), m_pages);
        else if (id == PageId::Schedule)
            page = m_schedule = new SchedulePage(
                context.database(), [&context] { return context.actor(); },
                QTimeZone(context.profile().timeZone.toUtf8()), context.profile().currency,
                phoneRegionForTimeZone(context.profile().timeZone), context.clock(), m_pages);
        else if (id == PageId::Invoices)
            page = m_invoices = new InvoicesPage(
                context.database(), [&context] { return context.actor(); },
                QTimeZone(context.profile().timeZone.toUtf8()), context.profile().currency,
                phoneRegionForTimeZone(context.profile().timeZone), context.clock(), m_pages);
        else if (id == PageId::Settings)
            page = m_settings = new SettingsPage(context, security, m_pages);
        else
            page = new PlaceholderPage(id, m_pages);
        m_byId[id] = page;
        m_pages->addWidget(page);
    }
    connect(static_cast<TodayPage *>(m_byId.at(PageId::Today)), &TodayPage::openJobRequested, this,
        [this](const QString &jobId) {
            showPage(PageId::Schedule);
            m_schedule->openJob(jobId);
        });
    connect(static_cast<CustomersPage *>(m_byId.at(PageId::Customers)), &CustomersPage::bookJobRequested,
        this, [this](const QString &customerId) {
            showPage(PageId::Schedule);
            m_schedule->bookJob(customerId);
        });
    // A customer's profile shows what they owe and hold, with the billing actions.
    CustomerProfileView *profile = static_cast<CustomersPage *>(m_byId.at(PageId::Customers))->profileView();
    profile->setBillingPart([this](const QString &customerId, QWidget *host) -> QWidget * {
        return m_invoices->customerCard(customerId, host);
    });
    connect(m_invoices, &InvoicesPage::billingChanged, profile, [profile](const QString &customerId) {
        if (customerId == profile->customerId())
            profile->timeline()->reload();
    });
    connect(m_schedule, &SchedulePage::jobsChanged, static_cast<TodayPage *>(m_byId.at(PageId::Today)),
        &TodayPage::refresh);
    connect(m_navigation, &NavigationBar::pageSelected, this, &Workspace::showPage);
    connect(m_navigation, &NavigationBar::lockClicked, this, &Workspace::lockRequested);
    connect(m_navigation, &NavigationBar::switchUserClicked, this, &Workspace::switchUserRequested);
    showPage(PageId::Today);
}

void Workspace::showPage(PageId page)
{
    m_current = page;
    m_pages->setCurrentWidget(m_byId.at(page));
    m_navigation->setCurrentPage(page);
    emit pageChanged(page);
}

QWidget *Workspace::page(PageId page) const
{
    return m_byId.at(page);
}

} // namespace spoke::ui
