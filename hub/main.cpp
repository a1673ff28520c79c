// spoke-hub: the head-office server. Exit codes: 0 after a clean stop (SIGTERM/SIGINT),
// 2 when it cannot start (bad arguments, unreadable certificate or key, port in use).
//
// Output: stdout carries two plain lines for scripts ("spoke-hub listening on URL" once
// serving, "spoke-hub stopping" on a stop signal); stderr is the JSON-line log (requests,
// TLS errors, Qt's own messages, and started/stopping/stopped records). A startup failure
// is one plain "spoke-hub: reason" line on stderr and exit code 2.

#include "hub/hub_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
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
    parser.setApplicationDescription(u"Spoke Hub, the head-office server every Spoke location syncs with."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption certOption(
        u"cert"_s, u"PEM server certificate, followed by any intermediates."_s, u"file"_s);
    const QCommandLineOption keyOption(
        u"key"_s, u"PEM private key of the certificate (unencrypted)."_s, u"file"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port (default 8443; 0 picks any free port)."_s, u"port"_s, u"8443"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder for the hub's data (reserved)."_s, u"dir"_s);
    parser.addOptions({certOption, keyOption, listenOption, portOption, dataDirOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + u"\nTry 'spoke-hub --help'."_s);
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    spoke::hub::HubConfig config;
    if (!parser.isSet(certOption))
        return fail(u"--cert is required (a PEM server certificate)"_s);
    if (!parser.isSet(keyOption))
        return fail(u"--key is required (the certificate's PEM private key)"_s);
    config.certificatePath = parser.value(certOption);
    config.privateKeyPath = parser.value(keyOption);
    if (!config.address.setAddress(parser.value(listenOption)))
        return fail(u"--listen: '%1' is not an IP address"_s.arg(parser.value(listenOption)));
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(u"--port: '%1' is not a port number (0-65535)"_s.arg(parser.value(portOption)));
    config.port = quint16(port);

    QString error;
    if (!installStopHandlers(&error))
        return fail(error);
    QSocketNotifier stopNotifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, [&stopNotifier] {
        stopNotifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFd[1], &byte, 1);
        std::fputs("spoke-hub stopping\n", stdout);
        std::fflush(stdout);
        spoke::hub::writeLogLine({{u"event"_s, u"stopping"_s}, {u"signal"_s, signalName(byte)}});
        QCoreApplication::quit();
    });

    auto server = std::make_unique<spoke::hub::HubServer>();
    if (!server->start(config, &error))
        return fail(error);

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
