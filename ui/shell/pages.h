#pragma once

#include <QIcon>
#include <QString>

#include <array>

namespace spoke::ui {

/// The main screens, in sidebar order (Ctrl+1 .. Ctrl+6).
enum class PageId { Today, Customers, Schedule, Invoices, Reports, Settings };

inline constexpr std::array<PageId, 6> kAllPages {
    PageId::Today, PageId::Customers, PageId::Schedule, PageId::Invoices, PageId::Reports, PageId::Settings};

/// The translated name of a page.
QString pageTitle(PageId page);
/// The icon name (resources/icons/ui) of a page.
QString pageIconName(PageId page);
/// A stable key for screenshots and settings ("today", "customers"...).
QString pageKey(PageId page);

} // namespace spoke::ui
