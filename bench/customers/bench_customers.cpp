// Customer benchmarks on a generated location. Prints figures; asserts nothing.
//
//   spoke_bench_customers [--customers N] [--queries N] [--dir DIR]
//
// 1. Generates a realistic CSV (multicultural names, phones in mixed formats, emails,
//    streets, postal codes, tags) and imports it through the real importer (parse, dry
//    run, one-transaction import) into a keyed SQLCipher location.
// 2. Search latency p50/p95/p99 for name prefixes, phone digits, street names, emails.
// 3. List scrolling: time per page fetch and for the whole list; resident memory after.

#include "core/customers/customer_import.h"
#include "core/customers/customer_list_model.h"
#include "core/customers/customer_search.h"
#include "core/security/key_store.h"
#include "core/storage/location_database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace spoke;

namespace {

const Actor kBench {QStringLiteral("bench"), QStringLiteral("Bench"), Role::Owner};

const QStringList kGiven {QStringLiteral("James"), QStringLiteral("Mary"), QStringLiteral("Robert"),
    QStringLiteral("Patricia"), QStringLiteral("Michael"), QStringLiteral("Jennifer"),
    QStringLiteral("David"), QStringLiteral("Linda"), QStringLiteral("Hélène"), QStringLiteral("François"),
    QStringLiteral("Chloé"), QStringLiteral("Étienne"), QStringLiteral("Zoë"), QStringLiteral("José"),
    QStringLiteral("María"), QStringLiteral("Lucía"), QStringLiteral("민준"), QStringLiteral("서연"),
    QStringLiteral("지우"), QStringLiteral("하은"), QStringLiteral("محمد"), QStringLiteral("فاطمة"),
    QStringLiteral("أحمد"), QStringLiteral("ليلى"), QStringLiteral("Aiden"), QStringLiteral("Priya"),
    QStringLiteral("Wei"), QStringLiteral("Olga"), QStringLiteral("Kwame"), QStringLiteral("Ana"),
    QStringLiteral("Noah"), QStringLiteral("Emma"), QStringLiteral("Liam"), QStringLiteral("Olivia"),
    QStringLiteral("Sophia"), QStringLiteral("Mateo"), QStringLiteral("Isabella"), QStringLiteral("Lucas"),
    QStringLiteral("Mia")};
const QStringList kFamily {QStringLiteral("Smith"), QStringLiteral("Johnson"), QStringLiteral("Williams"),
    QStringLiteral("Brown"), QStringLiteral("Jones"), QStringLiteral("Garcia"), QStringLiteral("Miller"),
    QStringLiteral("Davis"), QStringLiteral("Rodriguez"), QStringLiteral("Martinez"),
    QStringLiteral("Dubois"), QStringLiteral("Lefèvre"), QStringLiteral("Bélanger"),
    QStringLiteral("Gauthier"), QStringLiteral("Côté"), QStringLiteral("Nuñez"), QStringLiteral("김"),
    QStringLiteral("이"), QStringLiteral("박"), QStringLiteral("최"), QStringLiteral("الزهراء"),
    QStringLiteral("حسن"), QStringLiteral("العلي"), QStringLiteral("Nguyen"), QStringLiteral("Patel"),
    QStringLiteral("Chen"), QStringLiteral("Okafor"), QStringLiteral("Kowalski"), QStringLiteral("Anderson"),
    QStringLiteral("Taylor"), QStringLiteral("Thomas"), QStringLiteral("Moore"), QStringLiteral("Jackson"),
    QStringLiteral("Martin"), QStringLiteral("Lee"), QStringLiteral("Thompson"), QStringLiteral("White"),
    QStringLiteral("Harris"), QStringLiteral("Clark"), QStringLiteral("Lewis"), QStringLiteral("Walker"),
    QStringLiteral("Hall"), QStringLiteral("Young"), QStringLiteral("King"), QStringLiteral("Wright"),
    QStringLiteral("Scott"), QStringLiteral("Green"), QStringLiteral("Baker")};
const QStringList kStreets {QStringLiteral("Maple Avenue"), QStringLiteral("Oak Lane"),
    QStringLiteral("Elm Street"), QStringLiteral("Pine Road"), QStringLiteral("Cedar Court"),
    QStringLiteral("Birch Drive"), QStringLiteral("Rue des Lilas"), QStringLiteral("Chemin du Lac"),
    QStringLiteral("Sunset Boulevard"), QStringLiteral("Riverside Drive"), QStringLiteral("Hillcrest Way"),
    QStringLiteral("Lakeview Terrace"), QStringLiteral("Meadow Lane"), QStringLiteral("Willow Bend"),
    QStringLiteral("Harbor View"), QStringLiteral("Park Place"), QStringLiteral("Spring Street"),
    QStringLiteral("Valley Road"), QStringLiteral("Forest Hills Drive"), QStringLiteral("Orchard Street")};
const QStringList kTags {QStringLiteral("weekly"), QStringLiteral("biweekly"), QStringLiteral("monthly"),
    QStringLiteral("vip"), QStringLiteral("lawn"), QStringLiteral("plumbing"), QStringLiteral("deep-clean"),
    QStringLiteral("commercial"), QStringLiteral("referral"), QStringLiteral("pets")};

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString phoneText(QRandomGenerator &rng, quint32 n)
{
    // Unique numbers, typed in the formats people use.
    const QString digits = QStringLiteral("%1").arg(2000000 + n, 7, 10, QLatin1Char('0'));
    const QString area = QStringLiteral("%1").arg(201 + (n % 700));
    switch (rng.bounded(4)) {
    case 0:
        return QStringLiteral("(%1) %2-%3").arg(area, digits.left(3), digits.mid(3));
    case 1:
        return area + digits;
    case 2:
        return QStringLiteral("+1 %1 %2 %3").arg(area, digits.left(3), digits.mid(3));
    default:
        return QStringLiteral("%1-%2-%3").arg(area, digits.left(3), digits.mid(3));
    }
}

struct Generated
{
    QByteArray csv;
    QStringList names;
    QStringList phones;
    QStringList streets;
    QStringList emails;
};

Generated generate(int customers)
{
    QRandomGenerator rng(20261123);
    Generated g;
    QString out = QStringLiteral(
        "First Name,Last Name,E-mail Address,Mobile Phone,Home Street,Home City,ZIP,Categories\r\n");
    for (int i = 0; i < customers; ++i) {
        const QString given = pick(rng, kGiven);
        const QString family = pick(rng, kFamily);
        const QString phone = phoneText(rng, quint32(i));
        const QString street = QStringLiteral("%1 %2").arg(1 + rng.bounded(9999)).arg(pick(rng, kStreets));
        const QString email = QStringLiteral("c%1@example.com").arg(i);
        const QString tags = rng.bounded(3) == 0 ? pick(rng, kTags) : QString();
        out += QStringList {given, family, email, phone, street, QStringLiteral("Springfield"),
                   QStringLiteral("%1").arg(10000 + rng.bounded(89999)), tags}
                   .join(u',')
            + QStringLiteral("\r\n");
        if (i % 97 == 0) {
            g.names << given + u' ' + family;
            g.phones << phone;
            g.streets << street.section(u' ', 1, 1);
            g.emails << email;
        }
    }
    g.csv = out.toUtf8();
    return g;
}

struct Stats
{
    double p50, p95, p99, max;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return {at(0.50), at(0.95), at(0.99), ms.back()};
}

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void report(const char *what, const Stats &s)
{
    std::printf("  %-34s p50 %7.3f ms   p95 %7.3f ms   p99 %7.3f ms   max %7.3f ms\n", what, s.p50, s.p95,
        s.p99, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("How many customers."), QStringLiteral("n"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per kind."), QStringLiteral("n"),
        QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"),
        QStringLiteral("Keep the database in DIR and print its raw key (for EXPLAIN QUERY PLAN in the "
                       "sqlcipher shell)."),
        QStringLiteral("dir")});
    parser.addOption({QStringLiteral("import-only"), QStringLiteral("Stop after the import.")});
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int queries = parser.value(QStringLiteral("queries")).toInt();

    QTemporaryDir dir;
    MemoryKeyStore store;
    const QString folder = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                                : dir.filePath(QStringLiteral("loc"));
    auto created = LocationDatabase::create(folder, store, KeySource::Keychain);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    LocationDatabase &db = *created.value();
    std::printf("Spoke customer benchmark: %d customers, keyed SQLCipher database\n", customers);

    QElapsedTimer t;
    t.start();
    Generated g = generate(customers);
    std::printf("  generated CSV: %.1f MB in %lld ms\n", double(g.csv.size()) / 1e6, t.elapsed());

    {
        // In a scope: the CSV text and the dry-run plan are freed before memory is measured.
        t.restart();
        auto doc = parseCsv(g.csv);
        const qint64 parseMs = t.elapsed();
        CustomerImporter importer(db, QStringLiteral("US"));
        t.restart();
        const ImportPlan plan = importer.planCsv(doc.value(), ImportMapping::guess(doc.value().header));
        const qint64 planMs = t.elapsed();
        t.restart();
        auto imported = importer.run(kBench, plan, ImportPolicy::ValidRowsOnly);
        const qint64 runMs = t.elapsed();
        if (!imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().message));
            return 1;
        }
        std::printf("Import of %d CSV rows: parse %lld ms, dry run %lld ms, import %lld ms, total %.1f s "
                    "(%d imported, %d rejected)\n",
            customers, parseMs, planMs, runMs, double(parseMs + planMs + runMs) / 1000.0,
            imported.value().imported, imported.value().rejected);
    }
    g.csv.clear();
    g.csv.squeeze();
    db.checkpoint().ok();
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("  kept %s, key %s\n", qPrintable(db.filePath()),
            qPrintable(store.read(db.descriptor().keychainAccount()).value().sqlcipherRawKey()));
    if (parser.isSet(QStringLiteral("import-only")))
        return 0;

    CustomerSearch search(db, QStringLiteral("US"));
    QRandomGenerator rng(7);
    auto measure = [&](const char *what, const std::function<QString()> &makeQuery) {
        std::vector<double> ms;
        ms.reserve(size_t(queries));
        size_t empty = 0;
        for (int i = 0; i < queries; ++i) {
            const QString q = makeQuery();
            QElapsedTimer qt;
            qt.start();
            auto r = search.search(kBench, q);
            ms.push_back(double(qt.nsecsElapsed()) / 1e6);
            if (!r || r.value().empty())
                ++empty;
        }
        report(what, stats(ms));
        if (empty)
            std::printf("    (%zu of %d queries found nothing)\n", empty, queries);
    };
    std::printf(
        "Search as you type (%d queries each, limit %d results):\n", queries, CustomerSearch::kDefaultLimit);
    measure("name prefix, 2 letters", [&] { return pick(rng, g.names).left(2); });
    measure("name prefix, 4 letters", [&] { return pick(rng, g.names).left(4); });
    measure("given + family prefix", [&]() -> QString {
        const QStringList parts = pick(rng, g.names).split(u' ');
        return parts.value(0) + u' ' + parts.value(1).left(3);
    });
    measure("full phone number, as typed", [&] { return pick(rng, g.phones); });
    measure("phone digits, partial (7)", [&] {
        QString digits;
        for (const QChar c : pick(rng, g.phones))
            if (c.isDigit())
                digits += c;
        return digits.right(10).left(7);
    });
    measure("street name", [&] { return pick(rng, g.streets); });
    measure("email, exact", [&] { return pick(rng, g.emails); });

    std::printf("List scrolling (page of %d rows):\n", CustomerListModel::kPageSize);
    CustomerListModel model(db);
    std::vector<double> pages;
    t.restart();
    while (model.canFetchMore({})) {
        QElapsedTimer pt;
        pt.start();
        model.fetchMore({});
        pages.push_back(double(pt.nsecsElapsed()) / 1e6);
    }
    const qint64 fullMs = t.elapsed();
    report("page fetch", stats(pages));
    std::printf("  whole list (%d rows): %lld ms\n", model.rowCount(), fullMs);
    std::printf("Resident memory after browsing all customers: %.1f MB\n", double(rssKiB()) / 1024.0);
    return 0;
}
