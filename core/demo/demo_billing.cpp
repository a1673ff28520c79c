// The demo location's billing: New York City sales tax, a letterhead, four months of invoices
// and payments (some settled by cash, card, cheque or transfer, some partly paid, some overdue
// in every aging bucket), a credit note, a void, an overpayment kept as credit, a refund, and
// this week's completed jobs invoiced, built through the same services the screens use. The
// past is issued "as of" its day by moving the database clock.

#include "core/billing/invoice_service.h"
#include "core/billing/payment_service.h"
#include "core/customers/customer_search.h"
#include "core/demo/demo_data.h"
#include "core/schedule/job_service.h"
#include "core/staff/staff_service.h"

#include <QBuffer>
#include <QImage>
#include <QSet>

#include <cmath>

namespace spoke::demo {

namespace {

/// Puts the database on a clock that only moves when told, and back on the one it had.
class ClockOverride
{
public:
    explicit ClockOverride(LocationDatabase &db)
        : m_db(db)
        , m_previous(&db.clock())
    {
        m_db.setClock(&m_clock);
    }
    ~ClockOverride() { m_db.setClock(m_previous); }
    ClockOverride(const ClockOverride &) = delete;
    ClockOverride &operator=(const ClockOverride &) = delete;
    void set(const QDateTime &utc) { m_clock.set(utc); }

private:
    LocationDatabase &m_db;
    Clock *m_previous;
    ManualClock m_clock;
};

/// A small round logo with a sparkle, drawn pixel by pixel (no fonts needed).
QByteArray logoPng()
{
    constexpr int kSize = 96;
    QImage image(kSize, kSize, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const double c = (kSize - 1) / 2.0;
    for (int y = 0; y < kSize; ++y) {
        for (int x = 0; x < kSize; ++x) {
            const double dx = x - c;
            const double dy = y - c;
            if (std::hypot(dx, dy) > 46)
                continue;
            // An astroid: a four-pointed star.
            const bool star = std::sqrt(std::abs(dx)) + std::sqrt(std::abs(dy)) <= std::sqrt(34.0);
            image.setPixel(x, y, star ? qRgba(255, 255, 255, 255) : qRgba(37, 99, 235, 255));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

BillingSettings demoSettings(const LocationProfile &where)
{
    BillingSettings s;
    s.taxClasses.push_back({QStringLiteral("standard"), QStringLiteral("Taxable services"),
        {{QStringLiteral("NYS"), QStringLiteral("New York State"), 40'000, false},
            {QStringLiteral("NYC"), QStringLiteral("New York City"), 45'000, false},
            {QStringLiteral("MCTD"), QStringLiteral("Metropolitan Commuter Transportation District"), 3'750,
                false}}});
    s.taxClasses.push_back({QStringLiteral("exempt"), QStringLiteral("Exempt"), {}});
    s.defaultTermsDays = 14;
    s.invoicePrefix = where.invoicePrefix;
    s.creditNotePrefix = where.invoicePrefix + QStringLiteral("CN-");
    s.receiptPrefix = where.invoicePrefix + QStringLiteral("R-");
    s.footer = QStringLiteral("Thank you for choosing Sparkle & Shine! Cheques payable to Sparkle & Shine "
                              "Riverside LLC. Bank transfer: Hudson Community Bank, routing 021000021, "
                              "account 4471 2290 18.");
    s.logoPng = logoPng();
    return s;
}

/// Something that happened at the front desk, replayed in time order so that numbers
/// increase with dates, as they would have.
struct Event
{
    QDateTime atUtc;
    std::function<Status()> run;
};

} // namespace

Status addBilling(LocationDatabase &db, const Actor &owner, const QDateTime &nowUtc)
{
    const LocationProfile where = profile();
    const QTimeZone zone(where.timeZone.toUtf8());
    const QString usd = where.currency;
    InvoiceService invoices(db, zone, usd);
    PaymentService payments(db, zone, usd);
    if (Status s = invoices.saveSettings(owner, demoSettings(where)); !s)
        return s;

    StaffService staff(db);
    Actor manager = owner;
    Actor desk = owner;
    for (const StaffMember &m : staff.list()) {
        if (m.role == Role::Manager && manager.role == Role::Owner)
            manager = Actor {m.id, m.name, m.role};
        if (m.role == Role::FrontDesk && desk.role == Role::Owner)
            desk = Actor {m.id, m.name, m.role};
    }
    const QDate today = nowUtc.toTimeZone(zone).date();
    const auto localTime = [&](int daysAgo, int hour, int minute = 0) {
        const QDateTime t = QDateTime(today.addDays(-daysAgo), QTime(hour, minute), zone).toUTC();
        return t < nowUtc ? t : nowUtc.addSecs(-60);
    };

    // Customers with a regular history (in list order).
    CustomerSearch search(db, QStringLiteral("US"));
    QStringList regulars;
    for (const QString &q :
        {QStringLiteral("Smith"), QStringLiteral("Kim"), QStringLiteral("Haddad"), QStringLiteral("Garcia"),
            QStringLiteral("Patel"), QStringLiteral("Chen"), QStringLiteral("Martin"),
            QStringLiteral("Okafor"), QStringLiteral("Walker"), QStringLiteral("Brown")}) {
        auto found = search.search(owner, q, 2);
        if (!found)
            return found.error();
        for (const CustomerSummary &c : found.value())
            if (!regulars.contains(c.id))
                regulars << c.id;
    }
    if (regulars.size() < 8)
        return {};

    const auto lineOf = [](const char *what, qint64 price, qint64 qty = 1) {
        InvoiceLine l;
        l.description = QString::fromUtf8(what);
        l.unitPriceMinor = price;
        l.quantity = qty;
        return l;
    };
    const InvoiceLine standard = lineOf("Standard clean", 14000);
    const InvoiceLine deep = lineOf("Deep clean", 29000);
    const InvoiceLine windows = lineOf("Window cleaning", 12000);
    const InvoiceLine oven = lineOf("Oven clean", 7500);
    const InvoiceLine carpet = lineOf("Carpet shampoo (per room)", 6000, 3);
    const PaymentMethod methods[] {PaymentMethod::Card, PaymentMethod::Cash, PaymentMethod::Cheque,
        PaymentMethod::BankTransfer, PaymentMethod::Card, PaymentMethod::Other};

    std::vector<Event> events;
    QHash<QString, QString> ids; // tag -> invoice id, filled as events run
    const auto balanceOf = [&](const QString &tag) {
        auto v = invoices.view(manager, ids.value(tag));
        return v ? v->balanceMinor : 0;
    };
    // A standalone invoice issued at `at`, known by `tag` afterwards.
    const auto issueAt = [&](const QDateTime &at, const QString &tag, const QString &customer,
                             std::vector<InvoiceLine> lines) {
        events.push_back({at, [&, tag, customer, lines]() -> Status {
                              InvoiceDraft d;
                              d.customerId = customer;
                              d.lines = lines;
                              auto id = invoices.createDraft(desk, d);
                              if (!id)
                                  return id.error();
                              ids.insert(tag, *id);
                              auto number = invoices.issue(manager, *id);
                              return number ? Status() : Status(number.error());
                          }});
    };
    // A payment at `at` for what `amount` says (given the balance), against the invoice `tag`.
    const auto payAt
        = [&](const QDateTime &at, const QString &tag, const QString &customer, PaymentMethod method,
              const QString &reference, const std::function<qint64(qint64)> &amount, bool excess = false) {
              events.push_back({at, [&, tag, customer, method, reference, amount, excess]() -> Status {
                                    PaymentInput in;
                                    in.customerId = customer;
                                    in.invoiceId = ids.value(tag);
                                    in.amount = Money(amount(balanceOf(tag)), usd);
                                    in.method = method;
                                    in.reference = reference;
                                    in.excessToCredit = excess;
                                    auto p = payments.recordPayment(desk, in);
                                    return p ? Status() : Status(p.error());
                                }});
          };
    const auto all = [](qint64 balance) { return balance; };

    // Four months of monthly cleans for the regulars, paid a few days later.
    int n = 0;
    for (int daysAgo = 120; daysAgo >= 35; daysAgo -= 17) {
        for (int c = 0; c < 6; ++c, ++n) {
            const QString customer = regulars[(n * 3 + c) % regulars.size()];
            const QString tag = QStringLiteral("history%1").arg(n);
            std::vector<InvoiceLine> lines {c % 3 == 0 ? deep : standard};
            if (c % 4 == 1)
                lines.push_back(oven);
            issueAt(localTime(daysAgo - c, 17), tag, customer, lines);
            const PaymentMethod method = methods[n % 6];
            const QString ref = method == PaymentMethod::Cheque ? QStringLiteral("Cheque %1").arg(1040 + n)
                : method == PaymentMethod::Card ? QStringLiteral("Visa …%1").arg(4242 + n % 7)
                                                : QString();
            payAt(localTime(daysAgo - c - 3, 11, 15), tag, customer, method, ref, all);
        }
    }
    // Overdue in every aging bucket (terms are 14 days), one partly paid, one not yet due.
    int o = 0;
    for (const int daysAgo : {130, 96, 75, 52, 33, 22, 6}) {
        const QString tag = QStringLiteral("open%1").arg(o);
        const QString customer = regulars[size_t(o++) % size_t(regulars.size())];
        issueAt(localTime(daysAgo, 16), tag, customer, {windows, daysAgo > 60 ? carpet : standard});
        if (daysAgo == 75)
            payAt(localTime(daysAgo - 5, 10), tag, customer, PaymentMethod::Cheque,
                QStringLiteral("Cheque 2211"), [](qint64 b) { return b / 2; });
    }
    // A credit note for work not done on a paid invoice; the credit goes back by cheque.
    issueAt(localTime(28, 17), QStringLiteral("credited"), regulars[2], {deep, oven});
    payAt(localTime(27, 9, 30), QStringLiteral("credited"), regulars[2], PaymentMethod::Card,
        QStringLiteral("Mastercard …5100"), all);
    events.push_back({localTime(26, 10), [&]() -> Status {
                          auto cn = invoices.creditNote(manager, ids.value(QStringLiteral("credited")),
                              {oven}, QStringLiteral("Oven clean not done: no access to the kitchen"));
                          if (!cn)
                              return cn.error();
                          ids.insert(QStringLiteral("creditNote"), *cn);
                          return {};
                      }});
    events.push_back({localTime(25, 16), [&]() -> Status {
                          const QString cn = ids.value(QStringLiteral("creditNote"));
                          auto unused = invoices.view(manager, cn);
                          if (!unused)
                              return unused.error();
                          auto r = payments.refund(manager, QStringLiteral("credit_note"), cn,
                              Money(unused->balanceMinor, usd), PaymentMethod::Cheque,
                              QStringLiteral("Credit for the oven clean paid back"));
                          return r ? Status() : Status(r.error());
                      }});
    // An invoice made out to the wrong customer, voided the same day.
    issueAt(localTime(18, 15), QStringLiteral("wrong"), regulars[3], {standard});
    events.push_back({localTime(18, 17, 30), [&]() -> Status {
                          return invoices.voidInvoice(manager, ids.value(QStringLiteral("wrong")),
                              QStringLiteral("Billed to the wrong customer"));
                      }});
    // Cash rounded up and the change kept as credit, used on the customer's next invoice.
    issueAt(localTime(15, 14), QStringLiteral("over"), regulars[7], {standard});
    payAt(
        localTime(15, 14, 20), QStringLiteral("over"), regulars[7], PaymentMethod::Cash, QString(),
        [](qint64 b) { return (b / 1000 + 2) * 1000; }, true);
    issueAt(localTime(2, 12), QStringLiteral("next"), regulars[7], {windows});
    events.push_back(
        {localTime(2, 12, 5), [&]() -> Status {
             auto account = payments.account(desk, regulars[7]);
             if (!account)
                 return account.error();
             const qint64 use = std::min(account->credit.minor(), balanceOf(QStringLiteral("next")));
             if (use <= 0)
                 return {};
             return payments.applyCredit(desk, ids.value(QStringLiteral("next")), Money(use, usd));
         }});

    // The last two weeks' completed jobs: invoiced the evening they were done, most paid the
    // next morning; a few left to invoice and one draft waiting for a manager.
    JobService jobs(db, zone, usd);
    std::vector<Job> done;
    QSet<QString> seen;
    for (const int back : {14, 7}) {
        auto board = jobs.board(owner, today.addDays(-back), 7);
        if (!board)
            return board.error();
        for (const BoardItem &item : board->items)
            if (item.view.job.status == JobStatus::Completed && !seen.contains(item.view.job.id)) {
                seen.insert(item.view.job.id);
                done.push_back(item.view.job);
            }
    }
    std::sort(done.begin(), done.end(), [](const Job &a, const Job &b) { return a.endUtc < b.endUtc; });
    int k = 0;
    for (const Job &job : done) {
        ++k;
        if (k % 7 == 0)
            continue; // left for the front desk to invoice
        const QString tag = QStringLiteral("job%1").arg(k);
        const QDateTime evening = std::min(job.endUtc.addSecs(3 * 3600), nowUtc.addSecs(-120));
        const bool issue = k % 11 != 0;
        events.push_back({evening, [&, tag, job, issue]() -> Status {
                              auto id = invoices.createDraftFromJobs(desk, job.customerId, {job.id});
                              if (!id)
                                  return id.error();
                              ids.insert(tag, *id);
                              if (!issue)
                                  return {};
                              auto number = invoices.issue(manager, *id);
                              return number ? Status() : Status(number.error());
                          }});
        if (!issue || k % 3 == 0)
            continue; // not paid yet
        const QDateTime morning = std::min(evening.addSecs(15 * 3600), nowUtc.addSecs(-60));
        const bool part = k % 5 == 0;
        payAt(morning, tag, job.customerId, methods[k % 6], QString(),
            [part](qint64 b) { return part ? b - 5000 : b; });
    }

    std::stable_sort(
        events.begin(), events.end(), [](const Event &a, const Event &b) { return a.atUtc < b.atUtc; });
    ClockOverride clock(db);
    for (const Event &e : events) {
        clock.set(e.atUtc);
        if (Status s = e.run(); !s)
            return s;
    }
    return {};
}

} // namespace spoke::demo
