#pragma once

// Shared set-up for the Customers screen tests: a real location database in a temporary
// folder (keys in memory), the page over it, and the people who use it.

#include "core/customers/customer_service.h"
#include "core/security/key_store.h"
#include "support/test_support.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/customers_page.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace spoke::test {

inline const Actor kManager {QStringLiteral("m1"), QStringLiteral("Maria Manager"), Role::Manager};
inline const Actor kFrontDesk {QStringLiteral("f1"), QStringLiteral("Fran Desk"), Role::FrontDesk};
inline const Actor kTechnician {QStringLiteral("t1"), QStringLiteral("Tom Tech"), Role::Technician};

/// A location with the Customers page over it; `actor` is who works (change it, then call
/// page->refreshPermissions()).
struct CustomersFixture
{
    QTemporaryDir dir;
    MemoryKeyStore store;
    std::unique_ptr<LocationDatabase> db;
    std::unique_ptr<CustomerService> service;
    Actor actor = kManager;
    std::unique_ptr<ui::CustomersPage> page;

    CustomersFixture()
    {
        db = createDatabase(dir.filePath(QStringLiteral("location")), store);
        service = std::make_unique<CustomerService>(*db, QStringLiteral("US"));
    }

    ~CustomersFixture()
    {
        page.reset();
        service.reset();
        db.reset();
    }

    /// Builds and shows the page (after the data is in, like a person opening the screen).
    ui::CustomersPage *open(QSize size = QSize(1200, 760))
    {
        page = std::make_unique<ui::CustomersPage>(
            *db, [this] { return actor; }, QStringLiteral("US"));
        page->resize(size);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the page was not exposed");
        return page.get();
    }

    QString add(Customer c)
    {
        auto r = service->create(kManager, std::move(c));
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }
};

inline Customer person(const QString &given, const QString &family, const QString &phone = QString(),
    const QString &email = QString())
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    if (!phone.isEmpty())
        c.phones.push_back({{}, QStringLiteral("mobile"), phone, {}, true});
    if (!email.isEmpty())
        c.emails.push_back({{}, QStringLiteral("home"), email, true});
    return c;
}

/// Hélène, with an address, codes and preferences: the customer the crews know.
inline Customer helene()
{
    Customer c = person(QStringLiteral("Hélène"), QStringLiteral("Dubois"), QStringLiteral("(555) 010-2345"),
        QStringLiteral("helene@example.com"));
    CustomerAddress home;
    home.label = QStringLiteral("Home");
    home.street = QStringLiteral("12 Rue des Lilas");
    home.city = QStringLiteral("Springfield");
    home.region = QStringLiteral("IL");
    home.postalCode = QStringLiteral("62701");
    home.accessNotes = QStringLiteral("Knock on the side door");
    home.parking = QStringLiteral("Driveway, behind the blue car");
    home.pets = QStringLiteral("Biscuit, a friendly beagle");
    home.preferredCrew = QStringLiteral("Crew B (Ana and Luis)");
    home.arrivalWindow = QStringLiteral("Mornings 8–11");
    home.gateCode = QStringLiteral("4471");
    home.alarmCode = QStringLiteral("9902");
    c.addresses.push_back(home);
    c.preferences.push_back(
        {{}, {}, QStringLiteral("Downstairs bathroom"), PreferenceKind::Do, QStringLiteral("deep clean")});
    c.preferences.push_back(
        {{}, {}, QStringLiteral("Kitchen, oven"), PreferenceKind::Dont, QStringLiteral("no oven cleaning")});
    c.preferences.push_back(
        {{}, {}, QStringLiteral("Shoes"), PreferenceKind::Note, QStringLiteral("shoe covers inside")});
    c.tags = QStringList {QStringLiteral("vip"), QStringLiteral("weekly")};
    c.source = QStringLiteral("referral");
    c.preferredLanguage = QStringLiteral("fr");
    c.customerSince = QDate(2021, 3, 14);
    return c;
}

/// Activates a dialog the way a window manager does when it opens (the offscreen platform
/// does not do it by itself) and waits until it has the keyboard.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    // Not qWaitForWindowActive: it counts a dialog as active while its parent has focus.
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

/// Whether the widget would be seen if its page were on screen.
inline bool shown(const QWidget *w)
{
    return w && w->isVisibleTo(w->window());
}

} // namespace spoke::test
