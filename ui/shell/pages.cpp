#include "ui/shell/pages.h"

#include <QCoreApplication>

namespace spoke::ui {

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Today:
        return QCoreApplication::translate("spoke::ui::Pages", "Today");
    case PageId::Customers:
        return QCoreApplication::translate("spoke::ui::Pages", "Customers");
    case PageId::Schedule:
        return QCoreApplication::translate("spoke::ui::Pages", "Schedule");
    case PageId::Invoices:
        return QCoreApplication::translate("spoke::ui::Pages", "Invoices");
    case PageId::Reports:
        return QCoreApplication::translate("spoke::ui::Pages", "Reports");
    case PageId::Settings:
        return QCoreApplication::translate("spoke::ui::Pages", "Settings");
    }
    return {};
}

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Today:
        return QStringLiteral("today");
    case PageId::Customers:
        return QStringLiteral("customers");
    case PageId::Schedule:
        return QStringLiteral("schedule");
    case PageId::Invoices:
        return QStringLiteral("invoices");
    case PageId::Reports:
        return QStringLiteral("reports");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

QString pageIconName(PageId page)
{
    return pageKey(page);
}

} // namespace spoke::ui
