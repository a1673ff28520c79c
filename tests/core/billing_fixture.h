#pragma once

// The fixture the billing tests share (and UI tests may include: "core/billing_fixture.h"):
// the jobs fixture's keyed location database on a ManualClock (Monday 1 March 2027 12:00Z,
// 07:00 in New York) with a location profile, New York sales tax and the billing services,
// plus helpers that make completed jobs, issued invoices and payments in one line each.
//
// Tax classes: "standard" = NY State 4% + NYC 4.5% + MCTD 0.375% (8.875%), "exempt" (no
// tax). Prefixes: invoices INV-, credit notes CN-, receipts R-. Terms 14 days.
//
//   class MyTest : public BillingFixture { Q_OBJECT private slots:
//       void init() { setUpBilling(); }  void cleanup() { tearDownBilling(); }
//       void x() { const QString inv = issuedInvoice(10000); pay(inv, 4000); ... } };

#include "core/billing/invoice_service.h"
#include "core/billing/payment_service.h"
#include "core/billing/receivables_service.h"
#include "core/billing/sales_journal.h"
#include "core/location/location_service.h"
#include "jobs_fixture.h"

#include "core/storage/audit_log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace {

/// New York City sales tax as a location there would set it up.
inline BillingSettings nySettings()
{
    BillingSettings s;
    s.taxClasses.push_back({u"standard"_s, u"Taxable"_s,
        {{u"NYS"_s, u"NY State"_s, 40'000, false}, {u"NYC"_s, u"NYC local"_s, 45'000, false},
            {u"MCTD"_s, u"MCTD"_s, 3'750, false}}});
    s.taxClasses.push_back({u"exempt"_s, u"Exempt"_s, {}});
    s.defaultTermsDays = 14;
    s.invoicePrefix = u"INV-"_s;
    s.creditNotePrefix = u"CN-"_s;
    s.receiptPrefix = u"R-"_s;
    s.footer = u"Thank you! Bank: 000-111"_s;
    return s;
}

} // namespace

class BillingFixture : public JobsFixture
{
protected:
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<ReceivablesService> m_receivables;
    QString m_other; // a second customer, "Omar Other"

    void setUpBilling(bool withTaxes = true)
    {
        setUp();
        LocationProfile p;
        p.businessName = u"Sparkle Test Co"_s;
        p.address = u"1 Main St\nNew York, NY 10001"_s;
        p.timeZone = u"America/New_York"_s;
        p.currency = u"USD"_s;
        p.taxIds = u"EIN 12-3456789"_s;
        p.invoicePrefix = u"INV-"_s;
        if (Status s = LocationService(*m_db).createProfile(p); !s)
            qFatal("profile: %s", qPrintable(s.error().message));
        m_invoices = std::make_unique<InvoiceService>(*m_db, kNY, u"USD"_s);
        m_payments = std::make_unique<PaymentService>(*m_db, kNY, u"USD"_s);
        m_receivables = std::make_unique<ReceivablesService>(*m_db, kNY, u"USD"_s);
        if (withTaxes)
            if (Status s = m_invoices->saveSettings(kOwner, nySettings()); !s)
                qFatal("settings: %s", qPrintable(s.error().message));
        Customer c;
        c.givenName = u"Omar"_s;
        c.familyName = u"Other"_s;
        m_other = must(m_customers->create(kDesk, c), "customer");
    }

    void tearDownBilling()
    {
        m_receivables.reset();
        m_payments.reset();
        m_invoices.reset();
        tearDown();
    }

    /// A job booked, done and marked completed (default: one deep clean at 150.00).
    QString completedJob(const QDateTime &start, const QList<std::pair<QString, int>> &lines = {},
        const QString &customerId = QString())
    {
        Job j = draft(start, {}, lines);
        if (!customerId.isEmpty()) {
            j.customerId = customerId;
            j.addressId.clear();
        }
        const QString id = must(m_jobs->book(kManager, j), "book");
        for (JobStatus s : {JobStatus::EnRoute, JobStatus::InProgress, JobStatus::Completed})
            if (Status st = m_jobs->setStatus(kManager, id, s); !st)
                qFatal("status: %s", qPrintable(st.error().message));
        return id;
    }

    /// One standalone line; "exempt" by default so the total is exactly unitPrice x quantity.
    static InvoiceLine line(qint64 unitPriceMinor, qint64 quantity = 1, const QString &taxClass = u"exempt"_s,
        const QString &description = u"Window cleaning"_s)
    {
        InvoiceLine l;
        l.description = description;
        l.quantity = quantity;
        l.unitPriceMinor = unitPriceMinor;
        l.taxClass = taxClass;
        return l;
    }

    QString standaloneDraft(
        std::vector<InvoiceLine> lines, const QString &customerId = QString(), int termsDays = -1)
    {
        InvoiceDraft d;
        d.customerId = customerId.isEmpty() ? m_customer : customerId;
        d.lines = std::move(lines);
        d.termsDays = termsDays;
        return must(m_invoices->createDraft(kDesk, d), "draft");
    }

    /// An issued standalone invoice for exactly `totalMinor` (an exempt line); returns its id.
    QString issuedInvoice(qint64 totalMinor, const QString &customerId = QString(), int termsDays = -1)
    {
        const QString id = standaloneDraft({line(totalMinor)}, customerId, termsDays);
        (void)must(m_invoices->issue(kManager, id), "issue");
        return id;
    }

    /// A payment against an invoice (or, with an empty invoice id, an advance).
    QString pay(const QString &invoiceId, qint64 amountMinor, PaymentMethod method = PaymentMethod::Cash,
        bool excessToCredit = false, const QString &customerId = QString())
    {
        PaymentInput in;
        in.customerId = customerId.isEmpty() ? m_customer : customerId;
        in.invoiceId = invoiceId;
        in.amount = Money(amountMinor, u"USD"_s);
        in.method = method;
        in.excessToCredit = excessToCredit;
        return must(m_payments->recordPayment(kDesk, in), "payment");
    }

    InvoiceView invoice(const QString &id) { return must(m_invoices->view(kManager, id), "view"); }
    qint64 balance(const QString &id) { return invoice(id).balanceMinor; }

    /// The payloads queued for sync for one entity id, oldest first.
    QList<QJsonObject> outboxPayloads(const QString &entity, const QString &entityId = QString())
    {
        QSqlQuery q
            = m_db->query(u"SELECT payload FROM outbox WHERE entity = ? AND (? = '' OR entity_id = ?) "
                          "ORDER BY mutation_id"_s);
        q.addBindValue(entity);
        q.addBindValue(entityId.isNull() ? u""_s : entityId);
        q.addBindValue(entityId.isNull() ? u""_s : entityId);
        QList<QJsonObject> out;
        if (q.exec())
            while (q.next())
                out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return out;
    }

    /// Runs raw SQL on the connection (to tamper the way a person with the key could).
    QString raw(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        if (!q.prepare(sql))
            return q.lastError().text();
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().text();
    }
};
