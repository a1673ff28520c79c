// spoke-hub: the head-office server. Exit codes: 0 after a clean stop (SIGTERM/SIGINT),
// 2 when it cannot start (bad arguments, unreadable certificate or key, port in use, a
// database it cannot open or migrate).
//
// Output: stdout carries two plain lines for scripts ("spoke-hub listening on URL" once
// serving, "spoke-hub stopping" on a stop signal); stderr is the JSON-line log (requests,
// TLS errors, Qt's own messages, and started/stopping/stopped records). A startup failure
// is one plain "spoke-hub: reason" line on stderr and exit code 2.
//
// `spoke-hub --data-dir D admin ...` runs the admin command line instead (hub/admin_cli.h).

#include "hub/admin_cli.h"
#include "hub/hub_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QUrl>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kExitStartupError = 2;

// Written by the signal handler, read by the event loop: a signal handler may only call
// async-signal-safe functions, so it cannot touch Qt; it writes the signal number as one
// byte instead. The pair stays open until the process ends: a late second signal must not
// write into a closed (or reused) descriptor.
int g_signalFd[2] = {-1, -1};

extern "C" void onStopSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalFd[0], &byte, 1);
    errno = savedErrno;
}

QString signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGINT:
        return u"SIGINT"_s;
    default:
        return QString::number(signalNumber);
    }
}

bool installStopHandlers(QString *error)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalFd) != 0) {
        *error
            = u"cannot create the signal socket pair: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        if (::sigaction(signalNumber, &action, nullptr) != 0) {
            *error = u"cannot install the handler for signal %1"_s.arg(signalNumber);
            return false;
        }
    }
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "spoke-hub: %s\n", qPrintable(message));
    return kExitStartupError;
}

} // namespace

int main(int argc, char *argv[])
{
    // First, so that even Qt's messages while starting up are JSON lines.
    spoke::hub::installJsonMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"spoke-hub"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOKE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Spoke Hub, the head-office server every Spoke location syncs with.\n"
                                     "Admin commands: spoke-hub --data-dir DIR admin --help"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    // Everything after "admin" belongs to the admin command line.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption configOption(
        u"config"_s, u"INI file with any of the options below as keys (flags win)."_s, u"file"_s);
    const QCommandLineOption certOption(
        u"cert"_s, u"PEM server certificate, followed by any intermediates."_s, u"file"_s);
    const QCommandLineOption keyOption(
        u"key"_s, u"PEM private key of the certificate (unencrypted)."_s, u"file"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port (default 8443; 0 picks any free port)."_s, u"port"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder for the hub's data: the embedded SQLite database hub.sqlite."_s, u"dir"_s);
    const QCommandLineOption databaseUrlOption(u"database-url"_s,
        u"PostgreSQL instead of SQLite: postgresql://user:password@host:port/database "
        "(or the SPOKE_HUB_DATABASE_URL environment variable, which keeps the password out of ps)."_s,
        u"url"_s);
    const QCommandLineOption rateOption(
        u"rate-limit"_s, u"Requests per second per device (default 20; 0: no limit)."_s, u"n"_s);
    const QCommandLineOption burstOption(u"rate-burst"_s, u"Burst per device (default 60)."_s, u"n"_s);
    const QCommandLineOption enrollRateOption(u"enroll-rate-limit"_s,
        u"Enrollment attempts per second per address (default 0.2; 0: no limit)."_s, u"n"_s);
    const QCommandLineOption enrollBurstOption(
        u"enroll-burst"_s, u"Enrollment burst per address (default 10)."_s, u"n"_s);
    const QCommandLineOption maxBodyOption(
        u"max-body-bytes"_s, u"Largest request body (default 8 MiB)."_s, u"bytes"_s);
    parser.addOptions({configOption, certOption, keyOption, listenOption, portOption, dataDirOption,
        databaseUrlOption, rateOption, burstOption, enrollRateOption, enrollBurstOption, maxBodyOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + u"\nTry 'spoke-hub --help'."_s);
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    // A flag, else the config file's key of the same name, else the default.
    std::unique_ptr<QSettings> config;
    if (parser.isSet(configOption)) {
        if (!QFile::exists(parser.value(configOption)))
            return fail(u"--config: no file %1"_s.arg(parser.value(configOption)));
        config = std::make_unique<QSettings>(parser.value(configOption), QSettings::IniFormat);
        if (config->status() != QSettings::NoError)
            return fail(u"--config: cannot read %1"_s.arg(parser.value(configOption)));
    }
    auto value = [&](const QCommandLineOption &option, const QString &fallback = QString()) {
        if (parser.isSet(option))
            return parser.value(option);
        if (config && config->contains(option.names().constFirst()))
            return config->value(option.names().constFirst()).toString();
        return fallback;
    };

    spoke::hub::DatabaseLocation database;
    QString databaseUrl = value(databaseUrlOption, qEnvironmentVariable("SPOKE_HUB_DATABASE_URL"));
    const QString dataDir = value(dataDirOption);
    if (!databaseUrl.isEmpty()) {
        QString urlError;
        const auto location = spoke::hub::DatabaseLocation::fromUrl(databaseUrl, &urlError);
        if (!location)
            return fail(u"--database-url: "_s + urlError);
        database = *location;
    } else if (!dataDir.isEmpty()) {
        database = spoke::hub::DatabaseLocation::inDataDir(dataDir);
    } else {
        return fail(u"--data-dir (embedded SQLite) or --database-url (PostgreSQL) is required"_s);
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == "admin"_L1) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QStringList adminArguments = positional.mid(1);
        if (adminArguments.contains(u"--help"_s) || adminArguments.contains(u"-h"_s)) {
            out << spoke::hub::adminUsage();
            return 0;
        }
        return spoke::hub::runAdmin(database, adminArguments, out, err);
    }
    if (!positional.isEmpty())
        return fail(u"unexpected argument '%1'"_s.arg(positional.constFirst()));

    spoke::hub::HubConfig hubConfig;
    hubConfig.database = database;
    hubConfig.certificatePath = value(certOption);
    hubConfig.privateKeyPath = value(keyOption);
    if (hubConfig.certificatePath.isEmpty())
        return fail(u"--cert is required (a PEM server certificate)"_s);
    if (hubConfig.privateKeyPath.isEmpty())
        return fail(u"--key is required (the certificate's PEM private key)"_s);
    const QString listen = value(listenOption, u"127.0.0.1"_s);
    if (!hubConfig.address.setAddress(listen))
        return fail(u"--listen: '%1' is not an IP address"_s.arg(listen));
    bool portOk = false;
    const QString portText = value(portOption, u"8443"_s);
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(u"--port: '%1' is not a port number (0-65535)"_s.arg(portText));
    hubConfig.port = quint16(port);
    auto number = [&](const QCommandLineOption &option, double *target, double max) {
        const QString text = value(option);
        if (text.isEmpty())
            return true;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < 0 || v > max)
            return false;
        *target = v;
        return true;
    };
    double maxBody = double(hubConfig.limits.maxBodyBytes);
    if (!number(rateOption, &hubConfig.limits.deviceRate, 1e6)
        || !number(burstOption, &hubConfig.limits.deviceBurst, 1e6)
        || !number(enrollRateOption, &hubConfig.limits.enrollRate, 1e6)
        || !number(enrollBurstOption, &hubConfig.limits.enrollBurst, 1e6)
        || !number(maxBodyOption, &maxBody, 1e9))
        return fail(
            u"--rate-limit, --rate-burst, --enroll-rate-limit, --enroll-burst and --max-body-bytes take "
            "a non-negative number"_s);
    hubConfig.limits.maxBodyBytes = qint64(maxBody);

    QString error;
    if (!installStopHandlers(&error))
        return fail(error);
    auto server = std::make_unique<spoke::hub::HubServer>();
    if (!server->start(hubConfig, &error))
        return fail(error);
    spoke::hub::writeLogLine({{u"event"_s, u"database"_s}, {u"database"_s, database.describe()},
        {u"schema_version"_s, spoke::hub::HubDatabase::latestSchemaVersion()}});

    // A stop signal that came while starting waits in the socket pair and is read now.
    QSocketNotifier stopNotifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, [&stopNotifier, &server] {
        stopNotifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFd[1], &byte, 1);
        std::fputs("spoke-hub stopping\n", stdout);
        std::fflush(stdout);
        spoke::hub::writeLogLine({{u"event"_s, u"stopping"_s}, {u"signal"_s, signalName(byte)}});
        // Requests already on open connections are answered before the process ends.
        server->stop();
        QCoreApplication::quit();
    });

    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(server->serverAddress().toString());
    url.setPort(server->serverPort());
    // Scripts and tests read the port from this line, so it goes out at once.
    std::printf("spoke-hub listening on %s\n", url.toEncoded().constData());
    std::fflush(stdout);
    spoke::hub::writeLogLine({{u"event"_s, u"started"_s}, {u"url"_s, QString::fromUtf8(url.toEncoded())},
        {u"version"_s, QCoreApplication::applicationVersion()},
        {u"pid"_s, qint64(QCoreApplication::applicationPid())}});

    const int code = QCoreApplication::exec();
    server.reset(); // closes the listening socket and every connection
    spoke::hub::writeLogLine({{u"event"_s, u"stopped"_s}, {u"exit_code"_s, code}});
    return code;
}
