// spoke_bench_driver_qsqlite: the driver benchmark's workload on Qt's stock QSQLITE.
// Links Qt Core and Qt Sql only: Qt's SQLite and SQLCipher must never share a process,
// so spoke_bench_driver runs this as a child and reads its JSON from stdout.
//
//   spoke_bench_driver_qsqlite --path FILE [--rows N] [--synchronous MODE] [--open-repeat K]

#include "driver_workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Driver benchmark workload on Qt's QSQLITE; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption pathOption(u"path"_s, u"Database file (replaced)."_s, u"file"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to insert."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption syncOption(u"synchronous"_s, u"PRAGMA synchronous."_s, u"mode"_s, u"FULL"_s);
    const QCommandLineOption openOption(u"open-repeat"_s, u"Open measurements."_s, u"k"_s, u"20"_s);
    const QCommandLineOption cacheOption(u"cache-size"_s, u"PRAGMA cache_size in KiB."_s, u"kib"_s, u"0"_s);
    parser.addOptions({pathOption, rowsOption, syncOption, openOption, cacheOption});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(pathOption)) {
        err << "--path is required\n";
        return 1;
    }
    spoke::bench::WorkloadOptions options;
    options.driver = u"QSQLITE"_s;
    options.path = parser.value(pathOption);
    options.rows = parser.value(rowsOption).toInt();
    options.synchronous = parser.value(syncOption);
    options.cacheSizeKiB = parser.value(cacheOption).toInt();

    const spoke::bench::WorkloadResult result = spoke::bench::runWorkload(options);
    QJsonObject out {{u"workload"_s, result.toJson()}};
    if (result.error.isEmpty()) {
        QString error;
        const spoke::bench::OpenTimes opens
            = spoke::bench::measureOpen(options, parser.value(openOption).toInt(), &error);
        out.insert(u"open"_s, opens.toJson());
        if (!error.isEmpty())
            out.insert(u"openError"_s, error);
    }
    QFile::remove(options.path);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return result.error.isEmpty() ? 0 : 2;
}
