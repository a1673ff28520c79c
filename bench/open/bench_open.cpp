// Open and unlock: from "the app starts" to "the database answers", with the key read from
// the OS keychain (QtKeychain), the key checked, SQLCipher opened and the schema checked.
// Prints p50/p95 over N opens; asserts nothing.
//
//   scripts/with-keyring.sh build/release/bench/open/spoke_bench_open [runs]

#include "core/security/key_store.h"
#include "core/storage/location_database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spoke;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    QTemporaryDir dir;
    QtKeychainStore keychain(QStringLiteral("Spoke-bench"));
    if (!keychain.probe()) {
        std::fprintf(stderr, "no keychain answers: run inside scripts/with-keyring.sh\n");
        return 1;
    }
    const QString folder = dir.filePath(QStringLiteral("loc"));
    QString account;
    {
        auto created = LocationDatabase::create(folder, keychain, KeySource::Keychain);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        account = created.value()->descriptor().keychainAccount();
    }
    std::vector<double> keyRead, total;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto key = keychain.read(account);
        keyRead.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto db = LocationDatabase::open(folder, keychain);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        total.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    auto pct = [](std::vector<double> v, double q) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
    };
    std::printf("Open and unlock a keychain-keyed location (%d runs):\n", runs);
    std::printf(
        "  keychain read alone       p50 %7.2f ms   p95 %7.2f ms\n", pct(keyRead, 0.5), pct(keyRead, 0.95));
    std::printf(
        "  open + unlock (all of it) p50 %7.2f ms   p95 %7.2f ms\n", pct(total, 0.5), pct(total, 0.95));
    (void)keychain.remove(account);
    return 0;
}
