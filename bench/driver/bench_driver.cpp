// spoke_bench_driver: the same mixed workload through QSQLCIPHER with a raw key,
// QSQLCIPHER without a key, and Qt's QSQLITE (run in its own process by
// spoke_bench_driver_qsqlite), plus the time to open and unlock a keyed database.
// Prints the median time of each phase and the ratios keyed/unkeyed (the price of
// encryption, budget <= 1.2x) and unkeyed/QSQLITE (the driver's quality, budget
// <= 1.1x). Figures only: nothing here asserts a timing.
//
//   spoke_bench_driver [--rows N] [--repeat R] [--open-repeat K] [--dir DIR]
//                      [--synchronous MODE] [--only keyed|unkeyed|qsqlite]...

#include "core/sqlcipher/sqlcipher_driver.h"
#include "driver_workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using spoke::bench::WorkloadOptions;
using spoke::bench::WorkloadResult;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Config
{
    QString id; // keyed, unkeyed, qsqlite
    QString label;
};

// Everything measured for one configuration over all repetitions.
struct Samples
{
    std::map<QString, QList<qint64>> phaseNs; // phase name -> one wall time per repetition
    std::map<QString, QList<qint64>> phaseCpuNs; // phase name -> one CPU time per repetition
    std::map<QString, qint64> phaseOps;
    std::map<QString, qint64> checksums;
    spoke::bench::OpenTimes opens;
    QStringList phaseOrder;
    qint64 databaseBytes = 0;
    QString error;

    void add(const WorkloadResult &r)
    {
        for (const auto &p : r.phases) {
            if (!phaseOrder.contains(p.name))
                phaseOrder << p.name;
            phaseNs[p.name].append(p.nsecs);
            phaseCpuNs[p.name].append(p.cpuNsecs);
            phaseOps[p.name] = p.operations;
            checksums[p.name] = p.checksum;
        }
        if (!r.error.isEmpty())
            error = r.error;
        databaseBytes = r.databaseBytes;
    }
};

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', ns < 10000000 ? 2 : 1);
}

QString ratio(qint64 a, qint64 b)
{
    if (a <= 0 || b <= 0)
        return u"-"_s;
    return QString::number(double(a) / double(b), 'f', 3) + u'x';
}

QString randomRawKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return u"x'"_s + QString::fromLatin1(bytes.toHex()) + u'\'';
}

// Runs the QSQLITE side in its own process.
WorkloadResult runQsqlite(
    const QString &binary, const WorkloadOptions &o, int openRepeat, spoke::bench::OpenTimes *opens)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(binary,
        {u"--path"_s, o.path, u"--rows"_s, QString::number(o.rows), u"--synchronous"_s, o.synchronous,
            u"--open-repeat"_s, QString::number(openRepeat), u"--cache-size"_s,
            QString::number(o.cacheSizeKiB)});
    WorkloadResult r;
    if (!p.waitForStarted(30000)) {
        r.error = u"cannot start %1: %2"_s.arg(binary, p.errorString());
        return r;
    }
    p.waitForFinished(-1);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r = WorkloadResult::fromJson(json.value(u"workload"_s).toObject());
    if (r.error.isEmpty() && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0))
        r.error = u"%1 failed with exit code %2"_s.arg(binary).arg(p.exitCode());
    *opens = spoke::bench::OpenTimes::fromJson(json.value(u"open"_s).toObject());
    return r;
}

void printPadded(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i == 0 ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i).rightJustified(widths.at(i));
    out() << line << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spoke::sql::registerSqlCipherDriver();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"QSQLCIPHER keyed vs unkeyed vs Qt's QSQLITE on the same workload."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        u"rows"_s, u"Rows to insert (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption repeatOption(
        u"repeat"_s, u"Repetitions; medians are printed (default 3)."_s, u"r"_s, u"3"_s);
    const QCommandLineOption openOption(
        u"open-repeat"_s, u"Open measurements per repetition (default 20)."_s, u"k"_s, u"20"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Folder for the database files (default: a temporary one)."_s, u"dir"_s);
    const QCommandLineOption syncOption(
        u"synchronous"_s, u"PRAGMA synchronous (default FULL, as Spoke)."_s, u"mode"_s, u"FULL"_s);
    const QCommandLineOption onlyOption(
        u"only"_s, u"Run only this configuration: keyed, unkeyed or qsqlite."_s, u"config"_s);
    const QCommandLineOption qsqliteOption(u"qsqlite-binary"_s, u"Path of spoke_bench_driver_qsqlite."_s,
        u"file"_s, QDir(QCoreApplication::applicationDirPath()).filePath(u"spoke_bench_driver_qsqlite"_s));
    const QCommandLineOption cacheOption(u"cache-size"_s,
        u"PRAGMA cache_size in KiB for every configuration (default: SQLite's 2 MiB)."_s, u"kib"_s, u"0"_s);
    parser.addOptions({rowsOption, repeatOption, openOption, dirOption, syncOption, onlyOption, qsqliteOption,
        cacheOption});
    parser.process(app);

    const int rows = parser.value(rowsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int openRepeat = std::max(1, parser.value(openOption).toInt());
    QTemporaryDir tempDir;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    QDir().mkpath(dir);

    const QList<Config> allConfigs = {
        {u"keyed"_s, u"QSQLCIPHER keyed"_s},
        {u"unkeyed"_s, u"QSQLCIPHER unkeyed"_s},
        {u"qsqlite"_s, u"QSQLITE"_s},
    };
    QList<Config> configs;
    const QStringList only = parser.values(onlyOption);
    for (const Config &c : allConfigs) {
        if (only.isEmpty() || only.contains(c.id))
            configs << c;
    }

    out() << "Driver benchmark: " << rows << " rows, " << repeat
          << " repetition(s), synchronous=" << parser.value(syncOption) << ", cache_size="
          << (parser.value(cacheOption).toInt() > 0 ? parser.value(cacheOption) + u" KiB"_s : u"default"_s)
          << ", files in " << dir << '\n';
    out() << spoke::sql::sqlcipherVersion() << '\n';
    out().flush();

    std::map<QString, Samples> samples;
    spoke::bench::OpenTimes passphraseOpens;
    for (int rep = 0; rep < repeat; ++rep) {
        // Interleaved, so drift on a shared machine hits every configuration alike.
        for (const Config &c : configs) {
            WorkloadOptions o;
            o.rows = rows;
            o.synchronous = parser.value(syncOption);
            o.cacheSizeKiB = parser.value(cacheOption).toInt();
            o.path = QDir(dir).filePath(u"bench-%1.db"_s.arg(c.id));
            WorkloadResult r;
            spoke::bench::OpenTimes opens;
            if (c.id == u"qsqlite"_s) {
                r = runQsqlite(parser.value(qsqliteOption), o, openRepeat, &opens);
            } else {
                o.driver = QString::fromLatin1(spoke::sql::kDriverName);
                if (c.id == u"keyed"_s)
                    o.password = randomRawKey();
                r = spoke::bench::runWorkload(o);
                QString error;
                if (r.error.isEmpty())
                    opens = spoke::bench::measureOpen(o, openRepeat, &error);
                if (!error.isEmpty())
                    r.error = error;
                for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                    QFile::remove(o.path + suffix);
            }
            samples[c.id].add(r);
            samples[c.id].opens.append(opens);
            out() << "  run " << rep + 1 << '/' << repeat << ' ' << c.label << ": "
                  << (r.error.isEmpty() ? u"done"_s : r.error) << '\n';
            out().flush();
        }
        if (only.isEmpty()) {
            // A passphrase costs a PBKDF2-HMAC-SHA512 derivation (256,000 iterations) per open.
            WorkloadOptions o;
            o.driver = QString::fromLatin1(spoke::sql::kDriverName);
            o.path = QDir(dir).filePath(u"bench-passphrase.db"_s);
            o.password = u"a passphrase the user typed"_s;
            QString error;
            if (spoke::bench::createSmallDatabase(o, &error))
                passphraseOpens.append(spoke::bench::measureOpen(o, 3, &error));
            QFile::remove(o.path);
        }
    }

    for (const Config &c : configs) {
        if (!samples[c.id].error.isEmpty()) {
            out() << "\nFAILED: " << c.label << ": " << samples[c.id].error << '\n';
            return 1;
        }
    }

    out() << "\nDatabase size after the workload:";
    for (const Config &c : configs)
        out() << ' ' << c.label << ' '
              << QString::number(double(samples[c.id].databaseBytes) / 1048576.0, 'f', 1) << " MiB;";
    out() << '\n';

    const Samples &first = samples[configs.first().id];
    const QList<int> widths = {38, 12, 12, 12, 15, 17};
    bool checksumsAgree = true;
    for (const QString &phase : first.phaseOrder) {
        for (const auto &[id, s] : samples) {
            if (s.checksums.at(phase) != first.checksums.at(phase))
                checksumsAgree = false;
        }
    }
    // One table per metric; returns the totals per configuration.
    auto printTable = [&](const QString &title, std::map<QString, QList<qint64>> Samples::*metric) {
        out() << '\n' << title << '\n';
        printPadded(
            {u"phase"_s, u"keyed"_s, u"unkeyed"_s, u"QSQLITE"_s, u"keyed/unkeyed"_s, u"unkeyed/QSQLITE"_s},
            widths);
        std::map<QString, qint64> totals;
        for (const QString &phase : first.phaseOrder) {
            QStringList cells {phase};
            std::map<QString, qint64> m;
            for (const Config &c : allConfigs) {
                auto it = samples.find(c.id);
                if (it == samples.end()) {
                    cells << u"-"_s;
                    continue;
                }
                m[c.id] = median((it->second.*metric)[phase]);
                totals[c.id] += m[c.id];
                cells << ms(m[c.id]);
            }
            cells << ratio(m[u"keyed"_s], m[u"unkeyed"_s]) << ratio(m[u"unkeyed"_s], m[u"qsqlite"_s]);
            printPadded(cells, widths);
        }
        QStringList cells {u"total"_s};
        for (const Config &c : allConfigs)
            cells << (totals.count(c.id) ? ms(totals[c.id]) : u"-"_s);
        cells << ratio(totals[u"keyed"_s], totals[u"unkeyed"_s])
              << ratio(totals[u"unkeyed"_s], totals[u"qsqlite"_s]);
        printPadded(cells, widths);
        return totals;
    };
    std::map<QString, qint64> totals = printTable(u"Median wall time per phase (ms):"_s, &Samples::phaseNs);
    std::map<QString, qint64> cpuTotals
        = printTable(u"Median CPU time per phase (ms, user + system of the process doing the work):"_s,
            &Samples::phaseCpuNs);
    out() << "\nOpen and unlock, then the first query (median wall time, ms):\n";
    printPadded({u"step"_s, u"keyed"_s, u"unkeyed"_s, u"QSQLITE"_s, u"keyed/unkeyed"_s, u"unkeyed/QSQLITE"_s},
        widths);
    auto openRow = [&](const QString &label, auto pick) {
        QStringList cells {label};
        std::map<QString, qint64> m;
        for (const Config &c : allConfigs) {
            const auto it = samples.find(c.id);
            m[c.id] = it == samples.end() ? 0 : pick(it->second.opens);
            cells << (it == samples.end() ? u"-"_s : ms(m[c.id]));
        }
        cells << ratio(m[u"keyed"_s], m[u"unkeyed"_s]) << ratio(m[u"unkeyed"_s], m[u"qsqlite"_s]);
        printPadded(cells, widths);
    };
    openRow(
        u"open() (key set and checked)"_s, [](const spoke::bench::OpenTimes &t) { return median(t.open); });
    openRow(
        u"first query (point read)"_s, [](const spoke::bench::OpenTimes &t) { return median(t.firstQuery); });
    openRow(u"open() + first query"_s, [](const spoke::bench::OpenTimes &t) {
        QList<qint64> sums;
        for (qsizetype i = 0; i < std::min(t.open.size(), t.firstQuery.size()); ++i)
            sums.append(t.open.at(i) + t.firstQuery.at(i));
        return median(sums);
    });
    if (!passphraseOpens.open.isEmpty())
        out() << "open() with a passphrase (PBKDF2-HMAC-SHA512, 256,000 iterations): "
              << ms(median(passphraseOpens.open)) << " ms\n";

    out() << "\nPer operation (median, microseconds):\n";
    printPadded({u"phase"_s, u"keyed"_s, u"unkeyed"_s, u"QSQLITE"_s, u"operations"_s}, {38, 12, 12, 12, 15});
    for (const QString &phase : first.phaseOrder) {
        QStringList cells {phase};
        for (const Config &c : allConfigs) {
            const auto it = samples.find(c.id);
            const qint64 ops = it == samples.end() ? 0 : it->second.phaseOps.at(phase);
            cells << (ops > 0
                    ? QString::number(double(median(it->second.phaseNs[phase])) / 1e3 / double(ops), 'f', 2)
                    : u"-"_s);
        }
        cells << QString::number(first.phaseOps.at(phase));
        printPadded(cells, {38, 12, 12, 12, 15});
    }

    out() << '\n';
    auto budget = [&](const char *what, const QString &a, const QString &b, double limit) {
        if (!totals.count(a) || !totals.count(b))
            return;
        const double wall = double(totals[a]) / double(totals[b]);
        const double cpu = double(cpuTotals[a]) / double(cpuTotals[b]);
        out() << "Budget " << what << " <= " << limit << "x: wall " << QString::number(wall, 'f', 3) << "x "
              << (wall <= limit ? "(within)" : "(OVER)") << ", CPU " << QString::number(cpu, 'f', 3) << "x "
              << (cpu <= limit ? "(within)" : "(OVER)") << '\n';
    };
    budget("keyed/unkeyed", u"keyed"_s, u"unkeyed"_s, 1.2);
    budget("unkeyed/QSQLITE", u"unkeyed"_s, u"qsqlite"_s, 1.1);
    out() << "Results identical across drivers (per-phase checksums): " << (checksumsAgree ? "yes" : "NO")
          << '\n';
    return checksumsAgree ? 0 : 1;
}
