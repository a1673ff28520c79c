// The real spoke-hub binary: its startup line, request log, signals and exit codes.

#include "core/protocol/protocol.h"
#include "hub/test_certs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10'000;
constexpr int kExitStartupError = 2;

/// Parses the hub's stderr as JSON lines. Fails (returns false, *bad = the line) on any
/// non-empty line that is not a JSON object with "time" and "event".
bool parseLogLines(const QByteArray &err, QList<QJsonObject> *records, QByteArray *bad)
{
    for (const QByteArray &line : err.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject() || !document.object().value(u"time"_s).isString()
            || !document.object().value(u"event"_s).isString()) {
            *bad = line;
            return false;
        }
        records->append(document.object());
    }
    return true;
}

QJsonObject findEvent(const QList<QJsonObject> &records, const QString &event)
{
    for (const QJsonObject &record : records) {
        if (record.value(u"event"_s).toString() == event)
            return record;
    }
    return {};
}

} // namespace

class HubProcessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void servesHealthAndStopsOnSignal_data();
    void servesHealthAndStopsOnSignal();
    void startupErrorsExitWith2_data();
    void startupErrorsExitWith2();
    void qtMessagesAreJsonLines();
    void portInUseExitsWith2();
    void versionPrintsVersion();

private:
    [[nodiscard]] QStringList serverArguments() const;
    /// Starts spoke-hub and returns the port from its "listening on" line, or 0.
    quint16 startHub(QProcess *process, const QStringList &arguments);
    /// Runs spoke-hub to completion; returns false if it did not end within kWaitMs.
    bool runToEnd(QProcess *process, const QStringList &arguments);

    spoke::test::TestCerts m_certs;
};

void HubProcessTest::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SPOKE_HUB_BINARY)), SPOKE_HUB_BINARY);
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
    QVERIFY2(m_certs.makeCa(u"ca"_s), qPrintable(m_certs.errorString()));
    // RSA here, EC in the in-process tests: the hub must load both.
    spoke::test::TestCerts::ServerOptions rsa;
    rsa.keyType = spoke::test::TestCerts::KeyType::Rsa;
    QVERIFY2(m_certs.makeServer(u"server"_s, u"ca"_s, rsa), qPrintable(m_certs.errorString()));
}

QStringList HubProcessTest::serverArguments() const
{
    return {u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s, m_certs.keyPath(u"server"_s),
        u"--data-dir"_s, m_certs.dir()};
}

quint16 HubProcessTest::startHub(QProcess *process, const QStringList &arguments)
{
    process->start(QStringLiteral(SPOKE_HUB_BINARY), arguments);
    if (!process->waitForStarted(kWaitMs))
        return 0;
    const QRegularExpression listening(u"^spoke-hub listening on https://127\\.0\\.0\\.1:(\\d+)\\n"_s);
    QByteArray out;
    while (!out.contains('\n')) {
        if (!process->waitForReadyRead(kWaitMs)) {
            qWarning("no startup line; stderr: %s", process->readAllStandardError().constData());
            return 0;
        }
        out += process->readAllStandardOutput();
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qWarning("unexpected startup line: %s", out.constData());
        return 0;
    }
    return quint16(match.captured(1).toUInt());
}

bool HubProcessTest::runToEnd(QProcess *process, const QStringList &arguments)
{
    process->start(QStringLiteral(SPOKE_HUB_BINARY), arguments);
    return process->waitForFinished(kWaitMs);
}

void HubProcessTest::servesHealthAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("signalName");
    QTest::newRow("SIGTERM") << int(SIGTERM) << u"SIGTERM"_s;
    QTest::newRow("SIGINT") << int(SIGINT) << u"SIGINT"_s;
}

void HubProcessTest::servesHealthAndStopsOnSignal()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, signalName);

    QProcess hub;
    const quint16 port = startHub(&hub, serverArguments() + QStringList {u"--port"_s, u"0"_s});
    QVERIFY(port != 0);

    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/health"_s.arg(port)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_certs.certificates(u"ca"_s));
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer TOKENSECRET");
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy replied(reply.get(), &QNetworkReply::finished);
    QVERIFY(replied.wait(kWaitMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    spoke::protocol::Health health;
    QString error;
    QVERIFY2(spoke::protocol::Health::fromJson(
                 QJsonDocument::fromJson(reply->readAll()).object(), &health, &error),
        qPrintable(error));
    QCOMPARE(health.serverVersion, QStringLiteral(SPOKE_VERSION));
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    QVERIFY(!requestId.isEmpty());

    QCOMPARE(::kill(pid_t(hub.processId()), signalNumber), 0);
    QVERIFY2(hub.waitForFinished(kWaitMs), "spoke-hub did not stop within 10 s");
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    const QByteArray err = hub.readAllStandardError();
    QVERIFY2(hub.exitCode() == 0, err.constData());
    QVERIFY(hub.readAllStandardOutput().contains("spoke-hub stopping\n"));

    // stderr is nothing but JSON lines: started, the request, stopping, stopped.
    QList<QJsonObject> records;
    QByteArray bad;
    QVERIFY2(parseLogLines(err, &records, &bad), bad.constData());
    const QJsonObject started = findEvent(records, u"started"_s);
    QCOMPARE(started.value(u"url"_s).toString(), u"https://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(started.value(u"version"_s).toString(), QStringLiteral(SPOKE_VERSION));
    QCOMPARE(findEvent(records, u"stopping"_s).value(u"signal"_s).toString(), signalName);
    const QJsonObject stopped = findEvent(records, u"stopped"_s);
    QVERIFY2(stopped.value(u"exit_code"_s).isDouble(), err.constData());
    QCOMPARE(stopped.value(u"exit_code"_s).toInt(), 0);
    QCOMPARE(records.constLast().value(u"event"_s).toString(), u"stopped"_s);

    // The request's log line, with its id, and no token.
    QJsonObject record;
    for (const QJsonObject &candidate : std::as_const(records)) {
        if (candidate.value(u"id"_s).toString() == QString::fromLatin1(requestId))
            record = candidate;
    }
    QVERIFY2(!record.isEmpty(), err.constData());
    QCOMPARE(record.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(record.value(u"path"_s).toString(), u"/health"_s);
    QCOMPARE(record.value(u"status"_s).toInt(), 200);
    QVERIFY(record.value(u"ms"_s).isDouble());
    QVERIFY(!err.contains("TOKENSECRET"));
}

void HubProcessTest::startupErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString absent = m_certs.dir() + u"/absent.crt"_s;
    const QStringList data {u"--data-dir"_s, m_certs.dir()};
    QTest::newRow("missing cert file") << data
            + QStringList {u"--cert"_s, absent, u"--key"_s, m_certs.keyPath(u"server"_s), u"--port"_s, u"0"_s}
                                       << u"cannot read certificate file "_s + absent;
    QTest::newRow("missing key file") << data
            + QStringList {u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s, absent, u"--port"_s,
                u"0"_s} << u"cannot read key file "_s + absent;
    QTest::newRow("no --cert") << data + QStringList {u"--key"_s, m_certs.keyPath(u"server"_s)}
                               << u"--cert is required"_s;
    QTest::newRow("no database") << QStringList {u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s,
        m_certs.keyPath(
            u"server"_s)} << u"--data-dir (embedded SQLite) or --database-url (PostgreSQL) is required"_s;
    QTest::newRow("database url not postgres") << QStringList {u"--database-url"_s, u"mysql://u@h/db"_s,
        u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s,
        m_certs.keyPath(u"server"_s)} << u"--database-url: the database URL must look like postgresql://"_s;
    QTest::newRow("database url without database") << QStringList {u"--database-url"_s,
        u"postgresql://u:p@127.0.0.1:5432"_s, u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s,
        m_certs.keyPath(u"server"_s)} << u"needs a host and a database name"_s;
    // Port 1 on loopback refuses at once: the hub says it cannot reach the database, and
    // never prints the password.
    QTest::newRow("postgres unreachable")
        << QStringList {u"--database-url"_s, u"postgresql://hub:PWSECRET@127.0.0.1:1/hub"_s, u"--cert"_s,
               m_certs.certPath(u"server"_s), u"--key"_s, m_certs.keyPath(u"server"_s), u"--port"_s, u"0"_s}
        << u"cannot open the database postgresql://hub@127.0.0.1:1/hub"_s;
    QTest::newRow("data dir is a file") << QStringList {u"--data-dir"_s, m_certs.certPath(u"server"_s),
        u"--cert"_s, m_certs.certPath(u"server"_s), u"--key"_s, m_certs.keyPath(u"server"_s), u"--port"_s,
        u"0"_s} << u"cannot create the data folder"_s;
    QTest::newRow("bad port") << serverArguments() + QStringList {u"--port"_s, u"70000"_s}
                              << u"--port: '70000' is not a port number"_s;
    QTest::newRow("bad address") << serverArguments() + QStringList {u"--listen"_s, u"example.com"_s}
                                 << u"--listen: 'example.com' is not an IP address"_s;
    QTest::newRow("unknown option") << serverArguments() + QStringList {u"--frobnicate"_s}
                                    << u"Unknown option 'frobnicate'"_s;
}

void HubProcessTest::startupErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    QProcess hub;
    QVERIFY(runToEnd(&hub, arguments));
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromLocal8Bit(hub.readAllStandardError());
    QCOMPARE(hub.exitCode(), kExitStartupError);
    QVERIFY2(err.startsWith(u"spoke-hub: "_s), qPrintable(err));
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY(!err.contains(u"PWSECRET"_s));
    QVERIFY(!hub.readAllStandardOutput().contains("listening"));
}

void HubProcessTest::qtMessagesAreJsonLines()
{
    // Qt's own messages (here the plugin loader's debug output while the TLS backend loads)
    // must not break the JSON-line log with Qt's default "category: text" format.
    QProcess hub;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"qt.core.plugin.factoryloader.debug=true"_s);
    hub.setProcessEnvironment(environment);
    QVERIFY(startHub(&hub, serverArguments() + QStringList {u"--port"_s, u"0"_s}) != 0);
    QCOMPARE(::kill(pid_t(hub.processId()), SIGTERM), 0);
    QVERIFY2(hub.waitForFinished(kWaitMs), "spoke-hub did not stop within 10 s");
    QCOMPARE(hub.exitCode(), 0);

    const QByteArray err = hub.readAllStandardError();
    QList<QJsonObject> records;
    QByteArray bad;
    QVERIFY2(parseLogLines(err, &records, &bad), bad.constData());
    const QJsonObject message = findEvent(records, u"message"_s);
    QVERIFY2(!message.isEmpty(), err.constData());
    QCOMPARE(message.value(u"level"_s).toString(), u"debug"_s);
    QCOMPARE(message.value(u"category"_s).toString(), u"qt.core.plugin.factoryloader"_s);
    QVERIFY(!message.value(u"message"_s).toString().isEmpty());
}

void HubProcessTest::portInUseExitsWith2()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(blocker.serverPort());

    QProcess hub;
    QVERIFY(runToEnd(&hub, serverArguments() + QStringList {u"--port"_s, port}));
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromLocal8Bit(hub.readAllStandardError());
    QCOMPARE(hub.exitCode(), kExitStartupError);
    QVERIFY2(err.contains(u"cannot listen on 127.0.0.1 port "_s + port), qPrintable(err));
    QVERIFY2(err.contains(u"in use"_s), qPrintable(err));
}

void HubProcessTest::versionPrintsVersion()
{
    QProcess hub;
    QVERIFY(runToEnd(&hub, {u"--version"_s}));
    QCOMPARE(hub.exitCode(), 0);
    QCOMPARE(hub.readAllStandardOutput().trimmed(), QByteArray("spoke-hub " SPOKE_VERSION));
}

QTEST_GUILESS_MAIN(HubProcessTest)
#include "test_hub_process.moc"
