// spoke_bench_hub_push: 10,000 changes pushed over TLS on loopback, in batches of 500, to a
// real spoke-hub process: the embedded SQLite hub, then PostgreSQL when SPOKE_TEST_PG_URL
// names a cluster (scripts/with-postgres.sh). Budget (DESIGN.md): <= 1 s SQLite, <= 2 s
// PostgreSQL. Prints figures; never asserts timings. Build with the release preset.
//   spoke_bench_hub_push [changes=10000] [batch=500] [runs=3]

#include "bench_common.h"
#include "hub/hub_client.h"
#include "hub/hub_process.h"
#include "raw_https_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using spoke::test::HubClient;
using spoke::test::HubProcess;

namespace {

struct Run
{
    double seconds = 0;
    double hubCpuSeconds = 0;
    std::vector<double> batchMs;
    bool ok = false;
};

enum class Client { Raw, Qnam };

Run pushAll(HubProcess &hub, int changes, int batchSize, const QString &label, Client kind)
{
    Run run;
    HubClient client(hub.baseUrl(), hub.clientTls());
    const QString locationId = hub.addLocation(label);
    spoke::protocol::EnrollRequest enroll;
    enroll.code = hub.enrollmentCode(locationId);
    enroll.deviceName = u"Bench"_s;
    const QString token = client.post(u"/api/v1/enroll"_s, enroll.toJson()).json.value(u"token"_s).toString();
    if (token.isEmpty()) {
        std::fprintf(stderr, "enrollment failed: %s\n", qPrintable(hub.errorString()));
        return run;
    }
    // The app's side (reading the outbox, building JSON) is not the hub's budget: the
    // bodies are ready before the clock starts.
    QList<QByteArray> bodies;
    for (int start = 0; start < changes; start += batchSize) {
        spoke::protocol::PushRequest push;
        for (int i = start; i < std::min(changes, start + batchSize); ++i)
            push.mutations << spoke::bench::customerMutation(i + 1, i);
        bodies << QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact);
    }
    // The connection (TCP + TLS) is made once, as a syncing app's is.
    spoke::bench::RawHttpsClient raw(u"127.0.0.1"_s, hub.port(), hub.clientTls());
    if (kind == Client::Raw ? !raw.connectBlocking(10'000) : client.get(u"/health"_s).status != 200)
        return run;

    qint64 applied = 0;
    const double cpuBefore = spoke::bench::processCpuSeconds(hub.pid());
    QElapsedTimer total;
    total.start();
    for (const QByteArray &body : std::as_const(bodies)) {
        QElapsedTimer batch;
        batch.start();
        int status = 0;
        QByteArray answer;
        if (kind == Client::Raw) {
            const auto reply = raw.requestBlocking("POST", "/api/v1/push", token.toLatin1(), body, 60'000);
            status = reply.status;
            answer = reply.body;
        } else {
            const spoke::test::HubReply reply = client.postRaw(u"/api/v1/push"_s, body, token);
            status = reply.status;
            answer = reply.body;
        }
        run.batchMs.push_back(double(batch.nsecsElapsed()) / 1e6);
        if (status != 200) {
            std::fprintf(stderr, "push failed: %d %s\n", status, answer.left(300).constData());
            return run;
        }
        applied += QJsonDocument::fromJson(answer).object().value(u"applied"_s).toInteger();
    }
    run.seconds = double(total.nsecsElapsed()) / 1e9;
    run.hubCpuSeconds = spoke::bench::processCpuSeconds(hub.pid()) - cpuBefore;
    run.ok = applied == changes;
    if (!run.ok)
        std::fprintf(stderr, "applied %lld of %d\n", static_cast<long long>(applied), changes);
    return run;
}

void benchmark(
    const QString &name, const QString &databaseUrl, int changes, int batchSize, int runs, double budget)
{
    HubProcess hub;
    HubProcess::Options options;
    options.databaseUrl = databaseUrl;
    options.extraArguments = {u"--enroll-rate-limit"_s, u"0"_s, u"--rate-limit"_s, u"0"_s};
    if (!hub.start(options)) {
        std::fprintf(
            stderr, "%s: the hub did not start: %s\n", qPrintable(name), qPrintable(hub.errorString()));
        return;
    }
    for (const Client kind : {Client::Raw, Client::Qnam}) {
        const char *how = kind == Client::Raw ? "one TLS connection" : "QNetworkAccessManager";
        std::vector<double> totals;
        std::vector<double> cpu;
        std::vector<double> batches;
        for (int r = 0; r < runs; ++r) {
            const Run run
                = pushAll(hub, changes, batchSize, u"Bench %1 %2 %3"_s.arg(name).arg(int(kind)).arg(r), kind);
            if (!run.ok) {
                std::printf("%s (%s): run %d FAILED\n", qPrintable(name), how, r + 1);
                continue;
            }
            totals.push_back(run.seconds);
            cpu.push_back(run.hubCpuSeconds);
            batches.insert(batches.end(), run.batchMs.begin(), run.batchMs.end());
            std::printf("%s (%s): run %d: %d changes in %d batches: %.3f s (the hub used %.3f s of CPU)\n",
                qPrintable(name), how, r + 1, changes, int(run.batchMs.size()), run.seconds,
                run.hubCpuSeconds);
        }
        if (!totals.empty()) {
            std::printf(
                "%s (%s): push of %d changes over TLS: median %.3f s, best %.3f s (budget %.1f s: %s); "
                "per batch of %d: p50 %.1f ms, p95 %.1f ms; hub CPU median %.3f s\n",
                qPrintable(name), how, changes, spoke::bench::percentile(totals, 50),
                *std::min_element(totals.begin(), totals.end()), budget,
                spoke::bench::percentile(totals, 50) <= budget ? "within" : "OVER", batchSize,
                spoke::bench::percentile(batches, 50), spoke::bench::percentile(batches, 95),
                spoke::bench::percentile(cpu, 50));
        }
    }
    // The hub's own time per push (its request log), to tell the hub from the transport.
    std::vector<double> serverMs;
    for (const QByteArray &line : hub.log().split('\n')) {
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        if (r.value(u"path"_s).toString() == "/api/v1/push"_L1)
            serverMs.push_back(r.value(u"ms"_s).toDouble());
    }
    if (!serverMs.empty())
        std::printf("%s: inside the hub per batch: p50 %.1f ms, p95 %.1f ms\n", qPrintable(name),
            spoke::bench::percentile(serverMs, 50), spoke::bench::percentile(serverMs, 95));
    std::fflush(stdout);
    hub.stop();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int changes = args.size() > 1 ? args.at(1).toInt() : 10'000;
    const int batchSize = args.size() > 2 ? args.at(2).toInt() : 500;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 3;
    std::printf("spoke-hub: %s\n", qPrintable(HubProcess::binary()));

    benchmark(u"SQLite"_s, QString(), changes, batchSize, runs, 1.0);

    const QString pg = qEnvironmentVariable("SPOKE_TEST_PG_URL");
    if (pg.isEmpty()) {
        std::printf("PostgreSQL: skipped (run under scripts/with-postgres.sh to measure it)\n");
        return 0;
    }
    const QString url = spoke::bench::freshPostgresDatabase(pg, u"spoke_bench_push"_s);
    if (url.isEmpty())
        return 1;
    benchmark(u"PostgreSQL"_s, url, changes, batchSize, runs, 2.0);
    return 0;
}
