// spoke_bench_hub_load: 1,000 simulated locations (each an enrolled device with its own TLS
// connection) sync against one hub: a push of 5 changes, then a pull. Budget (DESIGN.md):
// p95 <= 200 ms, 0 errors. Prints figures; never asserts timings.
//
// Two arrival patterns are measured, because "at once" has two honest readings:
//   spread: each location starts its sync at a random moment within WINDOW seconds (a sync
//           timer per location; 1,000 locations over 5 s is 200 syncs/s), and
//   burst:  every location starts in the same instant (a queue of 2,000 requests).
// The connections are made before the clock starts, as an app's kept-alive connection is.
//   spoke_bench_hub_load [locations=1000] [window-seconds=5]
// SQLite always; PostgreSQL too when SPOKE_TEST_PG_URL is set (scripts/with-postgres.sh).

#include "bench_common.h"
#include "hub/hub_process.h"
#include "raw_https_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using spoke::bench::RawHttpsClient;
using spoke::test::HubProcess;

namespace {

constexpr int kChangesPerPush = 5;
constexpr int kSetupConcurrency = 50;

struct Location
{
    std::unique_ptr<RawHttpsClient> client;
    QByteArray token;
    qint64 nextMutation = 1;
    qint64 cursor = 0;
};

struct Figures
{
    std::vector<double> push;
    std::vector<double> pull;
    std::vector<double> cycle;
    int errors = 0;
    QByteArray firstError;
};

/// Runs fn(i, done) for i in [0, n) with at most `concurrency` in flight; returns when all
/// called done().
void forAll(int n, int concurrency, const std::function<void(int, std::function<void()>)> &fn)
{
    QEventLoop loop;
    int next = 0;
    int finished = 0;
    std::function<void()> launch = [&] {
        if (next >= n)
            return;
        const int i = next++;
        fn(i, [&] {
            ++finished;
            if (finished == n)
                loop.quit();
            else
                QTimer::singleShot(0, &loop, launch);
        });
    };
    for (int i = 0; i < std::min(n, concurrency); ++i)
        launch();
    if (n > 0)
        loop.exec();
}

QByteArray pushBody(Location &location, int locationIndex)
{
    spoke::protocol::PushRequest push;
    for (int i = 0; i < kChangesPerPush; ++i)
        push.mutations << spoke::bench::customerMutation(location.nextMutation++, locationIndex * 100 + i);
    return QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact);
}

Figures syncAll(std::vector<Location> &locations, double windowSeconds)
{
    Figures figures;
    const int n = int(locations.size());
    QList<QByteArray> bodies;
    for (int i = 0; i < n; ++i)
        bodies << pushBody(locations[size_t(i)], i);
    QEventLoop loop;
    int finished = 0;
    auto fail = [&](const RawHttpsClient::Answer &a) {
        ++figures.errors;
        if (figures.firstError.isEmpty())
            figures.firstError = QByteArray::number(a.status) + ' ' + a.body.left(200);
    };
    auto finish = [&] {
        if (++finished == n)
            loop.quit();
    };
    for (int i = 0; i < n; ++i) {
        const int startMs
            = windowSeconds > 0 ? int(QRandomGenerator::global()->bounded(windowSeconds * 1000.0)) : 0;
        QTimer::singleShot(startMs, &loop, [&, i] {
            Location &l = locations[size_t(i)];
            QElapsedTimer *cycle = new QElapsedTimer;
            cycle->start();
            l.client->request(
                "POST", "/api/v1/push", l.token, bodies.at(i), [&, i, cycle](const auto &pushed) {
                    if (pushed.status != 200) {
                        fail(pushed);
                        delete cycle;
                        finish();
                        return;
                    }
                    figures.push.push_back(pushed.ms);
                    Location &again = locations[size_t(i)];
                    again.client->request("GET", "/api/v1/pull?cursor=" + QByteArray::number(again.cursor),
                        again.token, {}, [&, i, cycle](const auto &pulled) {
                            if (pulled.status != 200) {
                                fail(pulled);
                            } else {
                                figures.pull.push_back(pulled.ms);
                                figures.cycle.push_back(double(cycle->nsecsElapsed()) / 1e6);
                                locations[size_t(i)].cursor = QJsonDocument::fromJson(pulled.body)
                                                                  .object()
                                                                  .value(u"cursor"_s)
                                                                  .toInteger();
                            }
                            delete cycle;
                            finish();
                        });
                });
        });
    }
    loop.exec();
    return figures;
}

void report(const char *backend, const char *pattern, const Figures &f, int n, double seconds, double hubCpu)
{
    std::vector<double> all = f.push;
    all.insert(all.end(), f.pull.begin(), f.pull.end());
    std::printf("%s, %s: %d locations, %d requests in %.2f s (%.0f req/s), errors %d; "
                "request latency p50 %.1f ms, p95 %.1f ms, max %.1f ms (budget p95 200 ms: %s); "
                "push p95 %.1f ms, pull p95 %.1f ms, push+pull p95 %.1f ms; hub CPU %.2f s\n",
        backend, pattern, n, int(all.size()), seconds, double(all.size()) / seconds, f.errors,
        spoke::bench::percentile(all, 50), spoke::bench::percentile(all, 95),
        all.empty() ? 0.0 : *std::max_element(all.begin(), all.end()),
        spoke::bench::percentile(all, 95) <= 200 && f.errors == 0 ? "within" : "OVER",
        spoke::bench::percentile(f.push, 95), spoke::bench::percentile(f.pull, 95),
        spoke::bench::percentile(f.cycle, 95), hubCpu);
    if (f.errors > 0)
        std::printf("  first error: %s\n", f.firstError.constData());
    std::fflush(stdout);
}

void benchmark(const char *backend, const QString &databaseUrl, int n, double window)
{
    HubProcess hub;
    HubProcess::Options options;
    options.databaseUrl = databaseUrl;
    // Setup enrolls every location from this one address; the per-device limit stays on.
    options.extraArguments = {u"--enroll-rate-limit"_s, u"0"_s};
    if (!hub.start(options)) {
        std::fprintf(stderr, "%s: the hub did not start: %s\n", backend, qPrintable(hub.errorString()));
        return;
    }
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << u"Load %1"_s.arg(i, 4, 10, QChar(u'0'));
    QJsonValue created;
    if (!hub.admin(QStringList {u"add-locations"_s, u"--with-codes"_s} + names, &created)) {
        std::fprintf(stderr, "%s\n", qPrintable(hub.errorString()));
        return;
    }
    std::vector<Location> locations(static_cast<size_t>(n));
    int setupErrors = 0;
    QElapsedTimer setup;
    setup.start();
    forAll(n, kSetupConcurrency, [&](int i, std::function<void()> done) {
        Location &l = locations[size_t(i)];
        l.client = std::make_unique<RawHttpsClient>(u"127.0.0.1"_s, hub.port(), hub.clientTls());
        l.client->connectToHub([&, i, done](const RawHttpsClient::Answer &connected) {
            if (connected.status != 200) {
                ++setupErrors;
                done();
                return;
            }
            const spoke::protocol::EnrollRequest enroll {
                created.toArray().at(i).toObject().value(u"code"_s).toString(), u"Front desk"_s};
            locations[size_t(i)].client->request("POST", "/api/v1/enroll", {},
                QJsonDocument(enroll.toJson()).toJson(QJsonDocument::Compact),
                [&, i, done](const auto &enrolled) {
                    locations[size_t(i)].token = QJsonDocument::fromJson(enrolled.body)
                                                     .object()
                                                     .value(u"token"_s)
                                                     .toString()
                                                     .toLatin1();
                    if (locations[size_t(i)].token.isEmpty())
                        ++setupErrors;
                    done();
                });
        });
    });
    std::printf("%s: %d locations enrolled over %d TLS connections in %.1f s (%d setup errors)\n", backend, n,
        n, double(setup.nsecsElapsed()) / 1e9, setupErrors);
    if (setupErrors > 0)
        return;

    for (const auto &[pattern, seconds] : {std::pair {"spread", window}, std::pair {"burst", 0.0}}) {
        const double cpuBefore = spoke::bench::processCpuSeconds(hub.pid());
        QElapsedTimer clock;
        clock.start();
        const Figures figures = syncAll(locations, seconds);
        const QString label = seconds > 0 ? u"spread over %1 s"_s.arg(seconds) : u"burst"_s;
        report(backend, qPrintable(label), figures, n, double(clock.nsecsElapsed()) / 1e9,
            spoke::bench::processCpuSeconds(hub.pid()) - cpuBefore);
        Q_UNUSED(pattern);
    }
    // What the hub itself spent per request (its request log).
    std::vector<double> push, pull;
    for (const QByteArray &line : hub.log().split('\n')) {
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.value(u"path"_s).toString() == "/api/v1/push"_L1)
            push.push_back(r.value(u"ms"_s).toDouble());
        else if (r.value(u"path"_s).toString() == "/api/v1/pull"_L1)
            pull.push_back(r.value(u"ms"_s).toDouble());
    }
    std::printf("%s: inside the hub: push p50 %.2f ms, p95 %.2f ms; pull p50 %.2f ms, p95 %.2f ms\n", backend,
        spoke::bench::percentile(push, 50), spoke::bench::percentile(push, 95),
        spoke::bench::percentile(pull, 50), spoke::bench::percentile(pull, 95));
    locations.clear();
    hub.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 1000;
    const double window = args.size() > 2 ? args.at(2).toDouble() : 5.0;
    std::printf("spoke-hub: %s\n", qPrintable(HubProcess::binary()));
    benchmark("SQLite", QString(), n, window);
    const QString pg = qEnvironmentVariable("SPOKE_TEST_PG_URL");
    if (pg.isEmpty()) {
        std::printf("PostgreSQL: skipped (run under scripts/with-postgres.sh to measure it)\n");
        return 0;
    }
    const QString url = spoke::bench::freshPostgresDatabase(pg, u"spoke_bench_load"_s);
    if (url.isEmpty())
        return 1;
    benchmark("PostgreSQL", url, n, window);
    return 0;
}
