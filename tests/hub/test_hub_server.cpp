// HubServer in-process over real TLS sockets: routes, logging and who the client trusts.

#include "core/protocol/protocol.h"
#include "hub/hub_server.h"
#include "hub/test_certs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using spoke::hub::HubConfig;
using spoke::hub::HubServer;

namespace {

constexpr int kWaitMs = 15'000;
// OpenSSL 3 refuses TLS 1.1 at its default security level on both ends; SECLEVEL=0 makes
// openssl s_client a willing TLS 1.1 client.
const QString kLowSecurity = QStringLiteral("DEFAULT@SECLEVEL=0");

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray requestId;
    QList<QSslError::SslError> sslErrors;
};

struct ProcessResult
{
    bool finished = false;
    int exitCode = -1;
    QString output;
};

} // namespace

class HubServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void healthAnswersProtocolJson();
    void unknownRouteIs404Json_data();
    void unknownRouteIs404Json();
    void logNeverCarriesQueryOrHeaders();

    void clientWithoutCaIsRefused();
    void clientTrustingAnotherCaIsRefused();
    void expiredCertificateIsRefused();
    void wrongHostCertificateIsRefused();
    void tls11ClientIsRefusedOpenssl();
    void tls11ClientIsRefusedQt();

    void portInUseIsAClearError();
    void badTlsFilesAreClearErrors_data();
    void badTlsFilesAreClearErrors();

private:
    std::unique_ptr<HubServer> startHub(const QString &certName);
    Reply get(quint16 port, const QString &path, const QList<QSslCertificate> &caCertificates,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    ProcessResult runOpenssl(const QStringList &arguments);
    bool startPermissiveServer(QProcess *server, quint16 *port);
    bool qtTls11Handshake(quint16 port, QString *error);

    spoke::test::TestCerts m_certs;
    QList<QJsonObject> m_log;
};

void HubServerTest::initTestCase()
{
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
    QVERIFY2(m_certs.makeStandardSet(), qPrintable(m_certs.errorString()));
}

void HubServerTest::init()
{
    m_log.clear();
}

std::unique_ptr<HubServer> HubServerTest::startHub(const QString &certName)
{
    auto hub = std::make_unique<HubServer>();
    hub->setLogSink([this](const QJsonObject &record) { m_log.append(record); });
    HubConfig config;
    config.certificatePath = m_certs.certPath(certName);
    config.privateKeyPath = m_certs.keyPath(certName);
    config.port = 0;
    QString error;
    if (!hub->start(config, &error)) {
        qWarning("hub did not start: %s", qPrintable(error));
        return nullptr;
    }
    return hub;
}

Reply HubServerTest::get(quint16 port, const QString &path, const QList<QSslCertificate> &caCertificates,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // A fresh manager per call: QNAM reuses pooled TLS connections across SSL configurations.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty())
        tls.setCaCertificates(caCertificates);
    request.setSslConfiguration(tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    Reply result;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    connect(reply.get(), &QNetworkReply::sslErrors, this, [&result](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            result.sslErrors.append(error.error());
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(kWaitMs)) {
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.requestId = reply->rawHeader("X-Request-Id");
    return result;
}

void HubServerTest::healthAnswersProtocolJson()
{
    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    QVERIFY(hub->serverPort() != 0);

    const Reply reply = get(hub->serverPort(), u"/health"_s, m_certs.certificates(u"ca"_s));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    spoke::protocol::Health health;
    QString error;
    QVERIFY2(spoke::protocol::Health::fromJson(document.object(), &health, &error), qPrintable(error));
    QCOMPARE(health.status, u"ok"_s);
    QCOMPARE(health.protocolVersion, spoke::protocol::kVersion);
    QCOMPARE(health.serverVersion, QStringLiteral(SPOKE_VERSION));

    // One log line for the request, correlated with the answer by its id.
    QCOMPARE(m_log.size(), 1);
    const QJsonObject record = m_log.constFirst();
    QCOMPARE(record.value(u"event"_s).toString(), u"request"_s);
    QCOMPARE(record.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(record.value(u"path"_s).toString(), u"/health"_s);
    QCOMPARE(record.value(u"status"_s).toInt(), 200);
    QVERIFY(record.value(u"ms"_s).isDouble());
    QVERIFY(record.value(u"ms"_s).toDouble() >= 0.0);
    QVERIFY(!reply.requestId.isEmpty());
    QCOMPARE(record.value(u"id"_s).toString(), QString::fromLatin1(reply.requestId));
}

void HubServerTest::unknownRouteIs404Json_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown") << u"/nope"_s;
    QTest::newRow("below health") << u"/health/more"_s;
    QTest::newRow("api root") << u"/api/v1"_s;
}

void HubServerTest::unknownRouteIs404Json()
{
    QFETCH(QString, path);
    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);

    const Reply reply = get(hub->serverPort(), path, m_certs.certificates(u"ca"_s));
    QCOMPARE(reply.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(reply.status, 404);
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);

    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.constFirst().value(u"status"_s).toInt(), 404);
    QCOMPARE(m_log.constFirst().value(u"path"_s).toString(), path);
    QCOMPARE(m_log.constFirst().value(u"id"_s).toString(), QString::fromLatin1(reply.requestId));
}

void HubServerTest::logNeverCarriesQueryOrHeaders()
{
    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    const Reply reply = get(hub->serverPort(), u"/health?token=QUERYSECRET"_s, m_certs.certificates(u"ca"_s),
        {{"Authorization", "Bearer HEADERSECRET"}, {"X-Device-Token", "OTHERSECRET"}});
    QCOMPARE(reply.status, 200);

    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.constFirst().value(u"path"_s).toString(), u"/health"_s);
    const QByteArray line = QJsonDocument(m_log.constFirst()).toJson(QJsonDocument::Compact);
    QVERIFY2(!line.contains("SECRET"), line.constData());
}

void HubServerTest::clientWithoutCaIsRefused()
{
    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    // System CAs only: the test CA is not among them.
    const Reply reply = get(hub->serverPort(), u"/health"_s, {});
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(m_log.isEmpty() || m_log.constFirst().value(u"event"_s).toString() != u"request"_s);
}

void HubServerTest::clientTrustingAnotherCaIsRefused()
{
    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    const Reply reply = get(hub->serverPort(), u"/health"_s, m_certs.certificates(u"other-ca"_s));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(reply.body.isEmpty());

    // The other CA's own server is accepted by the same client: the refusal is about trust.
    const auto otherHub = startHub(u"other-server"_s);
    QVERIFY(otherHub);
    QCOMPARE(get(otherHub->serverPort(), u"/health"_s, m_certs.certificates(u"other-ca"_s)).status, 200);
}

void HubServerTest::expiredCertificateIsRefused()
{
    const auto hub = startHub(u"expired"_s);
    QVERIFY(hub);
    const Reply reply = get(hub->serverPort(), u"/health"_s, m_certs.certificates(u"ca"_s));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(reply.sslErrors.contains(QSslError::CertificateExpired), "expected CertificateExpired");
    QVERIFY(reply.body.isEmpty());
}

void HubServerTest::wrongHostCertificateIsRefused()
{
    const auto hub = startHub(u"wrong-host"_s);
    QVERIFY(hub);
    const Reply reply = get(hub->serverPort(), u"/health"_s, m_certs.certificates(u"ca"_s));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(reply.sslErrors.contains(QSslError::HostNameMismatch), "expected HostNameMismatch");
    QVERIFY(reply.body.isEmpty());
}

ProcessResult HubServerTest::runOpenssl(const QStringList &arguments)
{
    // Not waitForFinished(): the hub lives in this thread and needs the event loop to answer.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"openssl"_s, arguments);
    process.closeWriteChannel();
    ProcessResult result;
    result.finished = finished.wait(kWaitMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

bool HubServerTest::startPermissiveServer(QProcess *server, quint16 *port)
{
    // An openssl s_server at SECLEVEL=0 accepts TLS 1.1: the control that shows whether a
    // client can offer TLS 1.1 at all on this system.
    server->setProcessChannelMode(QProcess::MergedChannels);
    server->start(u"openssl"_s,
        {u"s_server"_s, u"-accept"_s, u"127.0.0.1:0"_s, u"-cert"_s, m_certs.certPath(u"server"_s), u"-key"_s,
            m_certs.keyPath(u"server"_s), u"-cipher"_s, kLowSecurity, u"-naccept"_s, u"1"_s});
    if (!server->waitForStarted())
        return false;
    QString banner;
    const QRegularExpression acceptLine(u"ACCEPT 127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch match;
    while (!(match = acceptLine.match(banner)).hasMatch() && server->waitForReadyRead(kWaitMs))
        banner += QString::fromLocal8Bit(server->readAll());
    if (!match.hasMatch()) {
        qWarning("openssl s_server did not start: %s", qPrintable(banner));
        return false;
    }
    *port = quint16(match.captured(1).toUInt());
    return true;
}

bool HubServerTest::qtTls11Handshake(quint16 port, QString *error)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_certs.certificates(u"ca"_s));
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    // Deprecated on purpose: this is the old client the hub must turn away.
    tls.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    socket.setSslConfiguration(tls);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy failed(&socket, &QSslSocket::errorOccurred);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    (void)QTest::qWaitFor([&] { return !encrypted.isEmpty() || !failed.isEmpty(); }, kWaitMs);
    *error = socket.errorString();
    return !encrypted.isEmpty();
}

void HubServerTest::tls11ClientIsRefusedOpenssl()
{
    // Control: prove this openssl can still speak TLS 1.1 with a peer that allows it.
    QProcess server;
    quint16 serverPort = 0;
    QVERIFY(startPermissiveServer(&server, &serverPort));
    const ProcessResult control = runOpenssl({u"s_client"_s, u"-brief"_s, u"-connect"_s,
        u"127.0.0.1:%1"_s.arg(serverPort), u"-tls1_1"_s, u"-cipher"_s, kLowSecurity});
    server.kill();
    server.waitForFinished();
    if (control.exitCode != 0 || !control.output.contains(u"TLSv1.1"_s))
        QSKIP(qPrintable(
            u"this system's openssl cannot negotiate TLS 1.1 even with itself: "_s + control.output));

    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    const QString target = u"127.0.0.1:%1"_s.arg(hub->serverPort());
    const QStringList common = {u"s_client"_s, u"-brief"_s, u"-connect"_s, target, u"-CAfile"_s,
        m_certs.certPath(u"ca"_s), u"-verify_return_error"_s, u"-cipher"_s, kLowSecurity};

    // The same client reaches the hub with TLS 1.2, so the refusal below is about the version.
    const ProcessResult tls12 = runOpenssl(common + QStringList {u"-tls1_2"_s});
    QVERIFY2(tls12.finished && tls12.exitCode == 0, qPrintable(tls12.output));
    QVERIFY2(tls12.output.contains(u"TLSv1.2"_s), qPrintable(tls12.output));

    const ProcessResult tls11 = runOpenssl(common + QStringList {u"-tls1_1"_s});
    QVERIFY(tls11.finished);
    QVERIFY2(tls11.exitCode != 0, qPrintable(tls11.output));
    QVERIFY2(!tls11.output.contains(u"Protocol version: TLSv1.1"_s), qPrintable(tls11.output));
}

void HubServerTest::tls11ClientIsRefusedQt()
{
    // Control: can Qt's client offer TLS 1.1 at all here? OpenSSL 3's default security
    // level forbids it, and Qt has no knob to lower that.
    QProcess server;
    quint16 serverPort = 0;
    QVERIFY(startPermissiveServer(&server, &serverPort));
    QString controlError;
    const bool qtCanOffer = qtTls11Handshake(serverPort, &controlError);
    server.kill();
    server.waitForFinished();
    if (!qtCanOffer)
        QSKIP(qPrintable(
            u"Qt's TLS 1.1 client cannot connect even to a server that allows TLS 1.1 (%1); "
            "tls11ClientIsRefusedOpenssl covers the hub with openssl s_client"_s.arg(controlError)));

    const auto hub = startHub(u"server"_s);
    QVERIFY(hub);
    QString error;
    QVERIFY2(
        !qtTls11Handshake(hub->serverPort(), &error), "a TLS 1.1 client completed a handshake with the hub");
}

void HubServerTest::portInUseIsAClearError()
{
    const auto first = startHub(u"server"_s);
    QVERIFY(first);
    HubServer second;
    HubConfig config;
    config.certificatePath = m_certs.certPath(u"server"_s);
    config.privateKeyPath = m_certs.keyPath(u"server"_s);
    config.port = first->serverPort();
    QString error;
    QVERIFY(!second.start(config, &error));
    QVERIFY(!second.isListening());
    QVERIFY2(error.contains(QString::number(first->serverPort())), qPrintable(error));
    QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
}

void HubServerTest::badTlsFilesAreClearErrors_data()
{
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("expected");

    const QString dir = m_certs.dir();
    QTest::newRow("missing cert") << dir + u"/absent.crt"_s << m_certs.keyPath(u"server"_s)
                                  << u"cannot read certificate file "_s + dir + u"/absent.crt"_s;
    QTest::newRow("cert is a key") << m_certs.keyPath(u"server"_s) << m_certs.keyPath(u"server"_s)
                                   << u"holds no PEM certificate"_s;
    QTest::newRow("missing key") << m_certs.certPath(u"server"_s) << dir + u"/absent.key"_s
                                 << u"cannot read key file "_s + dir + u"/absent.key"_s;
    QTest::newRow("key is a cert") << m_certs.certPath(u"server"_s) << m_certs.certPath(u"server"_s)
                                   << u"holds no PEM RSA or EC private key"_s;
    QTest::newRow("encrypted key") << m_certs.certPath(u"server"_s) << dir + u"/encrypted.key"_s
                                   << u"is encrypted"_s;
}

void HubServerTest::badTlsFilesAreClearErrors()
{
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QString, expected);

    if (keyFile.endsWith(u"/encrypted.key"_s) && !QFile::exists(keyFile)) {
        const ProcessResult made = runOpenssl({u"pkey"_s, u"-in"_s, m_certs.keyPath(u"server"_s),
            u"-aes256"_s, u"-passout"_s, u"pass:spoke"_s, u"-out"_s, keyFile});
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    }

    HubServer hub;
    HubConfig config;
    config.certificatePath = certFile;
    config.privateKeyPath = keyFile;
    config.port = 0;
    QString error;
    QVERIFY(!hub.start(config, &error));
    QVERIFY(!hub.isListening());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(HubServerTest)
#include "test_hub_server.moc"
