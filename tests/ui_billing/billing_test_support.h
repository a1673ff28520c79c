#pragma once

// A real, keyed location database with the demo's customers, staff and week of jobs, and the
// billing screens' prompts scripted, for the in-process billing UI tests.

#include "core/billing/invoice_service.h"
#include "core/billing/payment_service.h"
#include "core/customers/customer_search.h"
#include "core/demo/demo_data.h"
#include "core/staff/staff_service.h"
#include "support/test_support.h"
#include "ui/billing/billing_prompter.h"
#include "ui/print/print_prompter.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace spoke::test {

inline const QTimeZone kZone(QByteArrayLiteral("America/New_York"));
// Monday 5 April 2027, 07:00 in New York.
inline const QDateTime kNow(QDate(2027, 4, 5), QTime(11, 0), Qt::UTC);
inline const QString kCurrency = QStringLiteral("USD");

class BillingFixture
{
public:
    QTemporaryDir dir;
    MemoryKeyStore store;
    ManualClock clock {kNow};
    std::unique_ptr<LocationDatabase> db;
    QHash<QString, Actor> actors;
    Actor current;
    int made = 0;

    /// A fresh demo location; the front desk is working.
    bool open()
    {
        db.reset();
        actors.clear();
        auto r = LocationDatabase::create(
            dir.filePath(QStringLiteral("loc%1").arg(++made)), store, KeySource::Keychain);
        if (!r)
            return false;
        db = std::move(r).value();
        db->setClock(&clock);
        if (!demo::populate(*db, PasswordHasher(PasswordHasher::Cost::Minimum)))
            return false;
        for (const StaffMember &m : StaffService(*db).list())
            actors.insert(roleKey(m.role), Actor {m.id, m.name, m.role});
        current = frontDesk();
        ui::BillingPrompter::instance().clear();
        ui::BillingPrompter::instance().setScripted(true);
        ui::PrintPrompter::instance().clear();
        ui::PrintPrompter::instance().setScripted(true);
        return true;
    }

    Actor frontDesk() const { return actors.value(QStringLiteral("front_desk")); }
    Actor manager() const { return actors.value(QStringLiteral("manager")); }
    Actor owner() const { return actors.value(QStringLiteral("owner")); }

    InvoiceService invoices() const { return InvoiceService(*db, kZone, kCurrency); }
    PaymentService payments() const { return PaymentService(*db, kZone, kCurrency); }

    /// The demo customer with the given number (1..120), found by email.
    QString customer(int n) const
    {
        CustomerSearch search(*db, QStringLiteral("US"));
        auto found = search.search(owner(), QStringLiteral("customer%1@example.com").arg(n), 1);
        return found && !found->empty() ? found->front().id : QString();
    }

    /// A standalone draft with one line (the location's standard tax class).
    QString draft(const QString &customerId, qint64 unitPriceMinor,
        const QString &description = QStringLiteral("Deep clean"))
    {
        InvoiceDraft d;
        d.customerId = customerId;
        InvoiceLine line;
        line.description = description;
        line.quantity = 1;
        line.unitPriceMinor = unitPriceMinor;
        d.lines.push_back(line);
        auto id = invoices().createDraft(manager(), d);
        return id ? id.value() : QString();
    }

    /// An issued invoice; its id.
    QString issued(const QString &customerId, qint64 unitPriceMinor,
        const QString &description = QStringLiteral("Deep clean"))
    {
        const QString id = draft(customerId, unitPriceMinor, description);
        if (id.isEmpty())
            return {};
        auto number = invoices().issue(manager(), id);
        return number ? id : QString();
    }

    InvoiceView view(const QString &invoiceId) const
    {
        auto v = invoices().view(owner(), invoiceId);
        return v ? v.value() : InvoiceView {};
    }
};

/// The text of a PDF (pdftotext -layout), or an empty string.
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Pages and page width in points of a PDF (pdfinfo), or {0, 0}.
inline std::pair<int, int> pdfPagesAndWidth(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {0, 0};
    int pages = 0;
    int width = 0;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Pages:")))
            pages = line.mid(6).trimmed().toInt();
        if (line.startsWith(QLatin1String("Page size:")))
            width = qRound(line.mid(10).trimmed().section(u' ', 0, 0).toDouble());
    }
    return {pages, width};
}

} // namespace spoke::test
