// Receivables benchmark on a generated three-year location in a keyed database. Prints
// figures; asserts nothing.
//
//   spoke_bench_aging [--runs N] [--invoices N] [--customers N]
//
// Generates (direct SQL in one transaction, as the bench's generator may) a location with
// N customers (default 100,000) and N issued invoices (default 250,000) over three years with
// one line each, ~300,000 payments with their allocations, a few voids and advances, and
// ~3% of invoices still open (two thirds of the last three weeks', and a tail of older ones
// in every aging bucket, some partly paid). Then times, through the real services:
//   - ReceivablesService::aging(asOf) (the partial index of open invoices alone);
//   - ReceivablesService::openInvoices(asOf, everyone, limit 1000);
//   - PaymentService::account(customer) for random customers (the balance on a profile);
//   - ReceivablesService::statement(customer, last 12 months).

#include "core/billing/payment_service.h"
#include "core/billing/receivables_service.h"
#include "core/location/location_service.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace spoke;

namespace {

const QTimeZone kZone(QByteArrayLiteral("America/New_York"));
const QDate kAsOf(2027, 6, 1);

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), v.back()};
}

void print(const char *what, const Stats &s)
{
    std::printf("%-48s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, s.p50, s.p95, s.max);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_aging: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T must(Result<T> r)
{
    if (!r)
        fail(r.error().message);
    return std::move(r).value();
}

QString iso(const QDateTime &t)
{
    return isoUtc(t);
}

/// Inserts the location's history in one unit of work.
Status generate(LocationDatabase &db, int customerCount, int invoiceCount, std::vector<QString> &customers,
    int *paymentsOut, int *openOut)
{
    QRandomGenerator rng(20270601);
    const QDate first = kAsOf.addYears(-3);
    const int span = int(first.daysTo(kAsOf));
    return db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto run = [&](const QString &sql, const QVariantList &values) -> Status {
            auto r = tx.exec(sql, values);
            return r ? Status() : Status(r.error());
        };
        // Lines go in before their (already issued) invoice: the trigger that refuses lines on
        // an issued document sees no invoice yet, and the foreign key is checked at commit.
        if (Status s = run(QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}); !s)
            return s;
        const QString now = iso(QDateTime(kAsOf, QTime(8, 0), kZone).toUTC());
        for (int i = 0; i < customerCount; ++i) {
            const QString id = newUuidV7(QDateTime(first, QTime(9, 0), kZone).toUTC().addSecs(i));
            const QString name = QStringLiteral("Customer %1").arg(i + 1);
            if (Status s
                = run(QStringLiteral("INSERT INTO customers (id, kind, display_name, given_name, "
                                     "family_name, customer_since, sort_name, last_activity_at, "
                                     "created_at, updated_at) VALUES (?, 'person', ?, 'Customer', ?, ?, "
                                     "?, ?, ?, ?)"),
                    {id, name, QString::number(i + 1), first.toString(Qt::ISODate), name.toLower(), now, now,
                        now});
                !s)
                return s;
            customers.push_back(id);
        }
        // Invoices spread over three years (busier lately), one line each; a customer's
        // share follows a long tail (regulars have dozens of invoices).
        std::vector<int> days(static_cast<size_t>(invoiceCount));
        for (int &d : days) {
            const double u = rng.generateDouble();
            d = std::min(span - 1, int(double(span) * std::sqrt(u)));
        }
        std::sort(days.begin(), days.end());
        int payments = 0;
        int open = 0;
        int receipt = 0;
        for (int n = 0; n < invoiceCount; ++n) {
            const QDate issue = first.addDays(days[size_t(n)]);
            const QDate due = issue.addDays(14);
            const QDateTime issuedAt = QDateTime(issue, QTime(16, 0).addSecs(n % 7200), kZone).toUTC();
            const int ageDays = int(issue.daysTo(kAsOf));
            const double pick = rng.generateDouble();
            const size_t who = size_t(double(customers.size()) * pick * pick);
            const QString customer = customers[who];
            const qint64 total = 8000 + qint64(rng.bounded(52000));
            const bool voided = rng.bounded(200) == 0;
            // Open: two thirds of the last three weeks', and 0.8% of older ones (a tail).
            const bool isOpen = !voided && (ageDays <= 21 ? rng.bounded(100) < 65 : rng.bounded(1000) < 8);
            const bool partly = isOpen && rng.bounded(10) < 3;
            qint64 paid = isOpen ? (partly ? total / 2 : 0) : (voided ? 0 : total);
            const QString id = newUuidV7(issuedAt);
            const QString number = QStringLiteral("RIV-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
            if (Status s
                = run(QStringLiteral("INSERT INTO invoice_lines (id, invoice_id, position, description, "
                                     "quantity, unit_price_minor, tax_class, net_minor, tax_minor, "
                                     "gross_minor, totals) VALUES (?, ?, 0, 'Standard clean', 1, ?, "
                                     "'exempt', ?, 0, ?, '')"),
                    {newUuidV7(issuedAt), id, total, total, total});
                !s)
                return s;
            if (Status s
                = run(QStringLiteral("INSERT INTO invoices (id, kind, status, number, number_seq, "
                                     "customer_id, bill_to_name, currency, issue_date, due_date, "
                                     "terms_days, subtotal_minor, net_minor, total_minor, balance_minor, "
                                     "issued_at, issued_by, void_reason, voided_at, created_at, "
                                     "updated_at) VALUES (?, 'invoice', ?, ?, ?, ?, ?, 'USD', ?, ?, 14, "
                                     "?, ?, ?, ?, ?, 'Manager', ?, ?, ?, ?)"),
                    {id, voided ? QStringLiteral("void") : QStringLiteral("issued"), number, n + 1, customer,
                        QStringLiteral("Customer %1").arg(who + 1), issue.toString(Qt::ISODate),
                        due.toString(Qt::ISODate), total, total, total, voided ? 0 : total - paid,
                        iso(issuedAt), voided ? QStringLiteral("Duplicate") : QStringLiteral(""),
                        voided ? QVariant(iso(issuedAt)) : QVariant(), iso(issuedAt), iso(issuedAt)});
                !s)
                return s;
            if (isOpen)
                ++open;
            // The money: one payment, or two (a deposit then the rest) for one in four.
            std::vector<qint64> parts;
            if (paid > 0) {
                if (!partly && rng.bounded(4) == 0)
                    parts = {paid / 3, paid - paid / 3};
                else
                    parts = {paid};
            }
            QDateTime at = issuedAt.addSecs(3600 * qint64(1 + rng.bounded(24 * 20)));
            if (at.date() > kAsOf)
                at = QDateTime(kAsOf, QTime(7, 0), kZone).toUTC();
            for (const qint64 part : parts) {
                const QString pid = newUuidV7(at);
                static const char *const kMethods[] {
                    "card", "card", "cash", "cheque", "bank_transfer", "other"};
                if (Status s
                    = run(QStringLiteral("INSERT INTO payments (id, kind, receipt_number, customer_id, "
                                         "method, amount_minor, currency, unused_minor, received_at, "
                                         "staff_name, created_at) VALUES (?, 'payment', ?, ?, ?, ?, "
                                         "'USD', 0, ?, 'Front desk', ?)"),
                        {pid, QStringLiteral("RIV-R-%1").arg(++receipt, 6, 10, QLatin1Char('0')), customer,
                            QString::fromLatin1(kMethods[rng.bounded(6)]), part, iso(at), iso(at)});
                    !s)
                    return s;
                if (Status s
                    = run(QStringLiteral("INSERT INTO allocations (id, source_kind, source_id, "
                                         "invoice_id, amount_minor, at) VALUES (?, 'payment', ?, ?, ?, ?)"),
                        {newUuidV7(at), pid, id, part, iso(at)});
                    !s)
                    return s;
                ++payments;
                at = at.addDays(3);
            }
            // Now and then an advance kept as credit.
            if (rng.bounded(60) == 0) {
                const QString pid = newUuidV7(issuedAt);
                const qint64 amount = 2000 + qint64(rng.bounded(20000));
                if (Status s
                    = run(QStringLiteral("INSERT INTO payments (id, kind, receipt_number, customer_id, "
                                         "method, amount_minor, currency, unused_minor, received_at, "
                                         "staff_name, created_at) VALUES (?, 'payment', ?, ?, 'cash', ?, "
                                         "'USD', ?, ?, 'Front desk', ?)"),
                        {pid, QStringLiteral("RIV-R-%1").arg(++receipt, 6, 10, QLatin1Char('0')), customer,
                            amount, amount, iso(issuedAt), iso(issuedAt)});
                    !s)
                    return s;
                ++payments;
            }
        }
        if (Status s = run(QStringLiteral("UPDATE number_sequences SET last = ? WHERE kind = 'invoice'"),
                {invoiceCount});
            !s)
            return s;
        if (Status s
            = run(QStringLiteral("UPDATE number_sequences SET last = ? WHERE kind = 'receipt'"), {receipt});
            !s)
            return s;
        *paymentsOut = payments;
        *openOut = open;
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption invoicesOpt(QStringLiteral("invoices"), QStringLiteral("Issued invoices."),
        QStringLiteral("n"), QStringLiteral("250000"));
    const QCommandLineOption customersOpt(QStringLiteral("customers"), QStringLiteral("Customers."),
        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({runsOpt, invoicesOpt, customersOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int invoiceCount = parser.value(invoicesOpt).toInt();
    const int customerCount = std::max(1, parser.value(customersOpt).toInt());

    QTemporaryDir dir;
    MemoryKeyStore keys;
    std::unique_ptr<LocationDatabase> created
        = must(LocationDatabase::create(dir.filePath(QStringLiteral("loc")), keys, KeySource::Keychain));
    LocationDatabase &db = *created;
    LocationProfile profile;
    profile.businessName = QStringLiteral("Bench location");
    profile.timeZone = QStringLiteral("America/New_York");
    profile.invoicePrefix = QStringLiteral("RIV-");
    if (auto s = LocationService(db).createProfile(profile); !s)
        fail(s.error().message);
    ManualClock clock(QDateTime(kAsOf, QTime(9, 0), kZone).toUTC());
    db.setClock(&clock);

    QElapsedTimer setup;
    setup.start();
    std::vector<QString> customers;
    int paymentCount = 0;
    int openCount = 0;
    if (Status s = generate(db, customerCount, invoiceCount, customers, &paymentCount, &openCount); !s)
        fail(s.error().message);
    if (Status s = db.checkpoint(); !s)
        fail(s.error().message);
    std::printf("setup: %d customers, %d invoices (%d open, %.1f%%), %d payments over three years to %s; "
                "%.1f s, %.0f MB\n",
        customerCount, invoiceCount, openCount, 100.0 * openCount / std::max(1, invoiceCount), paymentCount,
        qPrintable(kAsOf.toString(Qt::ISODate)), double(setup.elapsed()) / 1000.0,
        double(QFileInfo(db.filePath()).size()) / 1e6);

    const Actor manager {QStringLiteral("m"), QStringLiteral("Manager"), Role::Manager};
    ReceivablesService receivables(db, kZone, QStringLiteral("USD"));
    PaymentService payments(db, kZone, QStringLiteral("USD"));
    std::vector<double> agingMs, openMs, accountMs, statementMs;
    AgingReport report;
    size_t openRows = 0;
    QRandomGenerator rng(7);
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        report = must(receivables.aging(manager, kAsOf));
        agingMs.push_back(double(t.nsecsElapsed()) / 1e6);

        t.restart();
        openRows = must(receivables.openInvoices(manager, kAsOf, QString(), 1000)).size();
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);

        for (int k = 0; k < 10; ++k) {
            // Busy customers as often as the generator made them.
            const double pick = rng.generateDouble();
            const QString &customer = customers[size_t(double(customers.size()) * pick * pick)];
            t.restart();
            (void)must(payments.account(manager, customer));
            accountMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double pick = rng.generateDouble();
        const QString &customer = customers[size_t(double(customers.size()) * pick * pick)];
        t.restart();
        (void)must(receivables.statement(manager, customer, kAsOf.addYears(-1), kAsOf));
        statementMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("aging on %s: %d open, total %.2f; buckets", qPrintable(kAsOf.toString(Qt::ISODate)),
        report.openCount, double(report.totalMinor) / 100.0);
    for (int b = 0; b < 5; ++b)
        std::printf(" %d", report.bucketCount[b]);
    std::printf("\n");
    print("ReceivablesService::aging(asOf)", stats(agingMs));
    std::printf("openInvoices rows: %zu\n", openRows);
    print("ReceivablesService::openInvoices(limit 1000)", stats(openMs));
    print("PaymentService::account(customer)", stats(accountMs));
    print("ReceivablesService::statement(customer, 12 months)", stats(statementMs));
    return 0;
}
