#pragma once

#include "ui/shell/pages.h"

#include <QWidget>

#include <map>

class QStackedWidget;

namespace spoke::ui {

class HeaderBar;
class InvoicesPage;
class LocationContext;
class NavigationBar;
class SecurityActions;
class SchedulePage;
class SettingsPage;

/// What a signed-in person works in: the sidebar, the header with the location's name,
/// and the pages. Built for one person (their role decides what Settings shows).
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(LocationContext &context, SecurityActions &security, QWidget *parent = nullptr);

    void showPage(PageId page);
    PageId currentPage() const { return m_current; }
    QWidget *page(PageId page) const;
    SettingsPage *settingsPage() const { return m_settings; }
    SchedulePage *schedulePage() const { return m_schedule; }
    InvoicesPage *invoicesPage() const { return m_invoices; }
    HeaderBar *header() const { return m_header; }
    NavigationBar *navigation() const { return m_navigation; }

signals:
    void lockRequested();
    void switchUserRequested();
    void pageChanged(spoke::ui::PageId page);

private:
    NavigationBar *m_navigation;
    HeaderBar *m_header;
    QStackedWidget *m_pages;
    SettingsPage *m_settings = nullptr;
    SchedulePage *m_schedule = nullptr;
    InvoicesPage *m_invoices = nullptr;
    std::map<PageId, QWidget *> m_byId;
    PageId m_current = PageId::Today;
};

} // namespace spoke::ui
