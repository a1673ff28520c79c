#include "hub/hub_server.h"

#include "core/protocol/protocol.h"
#include "hub/storage/hub_store.h"
#include "hub/sync/sync_service.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace {

// A client that connects and never finishes the handshake must not hold a socket forever.
constexpr int kHandshakeTimeoutMs = 10'000;

QByteArray newRequestId()
{
    // 64 random bits are plenty to correlate a client's error report with one log line.
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : u"UNKNOWN"_s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"unknown"_s;
}

void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject record {{u"time"_s, nowUtc()}, {u"event"_s, u"message"_s}, {u"level"_s, levelName(type)},
        {u"message"_s, message}};
    if (context.category && std::strcmp(context.category, "default") != 0)
        record.insert(u"category"_s, QString::fromLatin1(context.category));
    writeLogLine(std::move(record));
}

QString keyAlgorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return u"RSA"_s;
    case QSsl::Ec:
        return u"EC"_s;
    case QSsl::Dsa:
        return u"DSA"_s;
    case QSsl::Dh:
        return u"DH"_s;
    case QSsl::Opaque:
        break;
    }
    return u"unknown"_s;
}

} // namespace

void writeLogLine(QJsonObject record)
{
    if (!record.contains(u"time"_s))
        record.insert(u"time"_s, nowUtc());
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void installJsonMessageHandler()
{
    qInstallMessageHandler(jsonMessageHandler);
}

bool loadServerTls(
    const QString &certificatePath, const QString &privateKeyPath, QSslConfiguration *out, QString *error)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read certificate file %1: %2"_s.arg(certificatePath, certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"certificate file %1 holds no PEM certificate"_s.arg(certificatePath);
        return false;
    }

    QFile keyFile(privateKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read key file %1: %2"_s.arg(privateKeyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    // A passphrase would have to live next to the key anyway; say so instead of "unreadable".
    if (keyPem.contains("ENCRYPTED")) {
        *error = u"key file %1 is encrypted; give the hub an unencrypted key readable only by its user"_s.arg(
            privateKeyPath);
        return false;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"key file %1 holds no PEM RSA or EC private key"_s.arg(privateKeyPath);
        return false;
    }
    const QSsl::KeyAlgorithm certAlgorithm = chain.first().publicKey().algorithm();
    if (certAlgorithm != key.algorithm()) {
        *error = u"key file %1 holds an %2 key but certificate %3 is for an %4 key"_s.arg(privateKeyPath,
            keyAlgorithmName(key.algorithm()), certificatePath, keyAlgorithmName(certAlgorithm));
        return false;
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // Locations authenticate with device tokens, not client certificates.
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    *out = tls;
    return true;
}

HubServer::HubServer(QObject *parent)
    : QObject(parent)
    , m_logSink(writeLogLine)
{
    m_clock.start();
    addRoutes();
}

HubServer::~HubServer()
{
    flushBookkeeping();
}

bool HubServer::start(const HubConfig &config, QString *error)
{
    if (m_listener) {
        *error = u"the hub is already listening"_s;
        return false;
    }
    QSslConfiguration tls;
    if (!loadServerTls(config.certificatePath, config.privateKeyPath, &tls, error))
        return false;

    auto db = std::make_unique<HubDatabase>();
    if (!db->open(config.database, error))
        return false;
    m_limits = config.limits;
    m_db = std::move(db);
    m_store = std::make_unique<HubStore>(*m_db);
    m_service = std::make_unique<SyncService>(*m_store);
    m_deviceLimiter = std::make_unique<RateLimiter>(m_limits.deviceRate, m_limits.deviceBurst);
    m_enrollLimiter = std::make_unique<RateLimiter>(m_limits.enrollRate, m_limits.enrollBurst);

    auto listener = std::make_unique<QSslServer>();
    listener->setSslConfiguration(tls);
    listener->setHandshakeTimeout(kHandshakeTimeoutMs);
    if (!listener->listen(config.address, config.port)) {
        *error = u"cannot listen on %1 port %2: %3"_s.arg(config.address.toString())
                     .arg(config.port)
                     .arg(listener->errorString());
        return false;
    }
    // Refused handshakes never reach a route, so they are logged here or not at all.
    connect(listener.get(), &QSslServer::errorOccurred, this,
        [this](QSslSocket *socket, QAbstractSocket::SocketError) {
            m_logSink(QJsonObject {{u"time"_s, nowUtc()}, {u"event"_s, u"tls_error"_s},
                {u"peer"_s, socket->peerAddress().toString()}, {u"error"_s, socket->errorString()}});
        });
    connect(listener.get(), &QSslServer::startedEncryptionHandshake, this, &HubServer::trackSocket);
    m_listener = listener.release();
    m_listener->setParent(&m_http);
    m_http.bind(m_listener);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(1000);
    connect(m_flushTimer, &QTimer::timeout, this, &HubServer::flushBookkeeping);
    m_flushTimer->start();
    return true;
}

void HubServer::flushBookkeeping()
{
    QString error;
    if (m_service && !m_service->flushPullBookkeeping(&error))
        m_logSink(
            QJsonObject {{u"time"_s, nowUtc()}, {u"event"_s, u"bookkeeping_failed"_s}, {u"error"_s, error}});
}

void HubServer::trackSocket(QSslSocket *socket)
{
    m_lastActivityMs = m_clock.elapsed();
    m_sockets.removeIf([](const QPointer<QSslSocket> &s) { return s.isNull(); });
    m_sockets.append(socket);
    // Answers go out as headers and body in two writes; with Nagle the second waits for the
    // client's delayed ACK (40 ms on Linux) on every request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::readyRead, this, [this] { m_lastActivityMs = m_clock.elapsed(); });
}

void HubServer::stop()
{
    if (!m_listener)
        return;
    // No new connections; the open ones are served until they have been quiet for a moment,
    // so a batch on its way is answered and its answer written out.
    m_listener->close();
    const qint64 deadline = m_clock.elapsed() + m_limits.shutdownGraceMs;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        bool busy = false;
        bool open = false;
        for (const QPointer<QSslSocket> &socket : std::as_const(m_sockets)) {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                continue;
            open = true;
            busy = busy || socket->bytesToWrite() > 0 || socket->encryptedBytesToWrite() > 0;
        }
        const qint64 now = m_clock.elapsed();
        const bool quiet = now - m_lastActivityMs >= m_limits.shutdownQuietMs;
        if (!open || (quiet && !busy) || now >= deadline)
            loop.quit();
    });
    poll.start();
    loop.exec();
    flushBookkeeping();
}

bool HubServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 HubServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress HubServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

void HubServer::setLogSink(LogSink sink)
{
    m_logSink = sink ? std::move(sink) : LogSink(writeLogLine);
}

void HubServer::addRoutes()
{
    addRoute(u"/health"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &, Context &) { return handleHealth(); });
    addRoute(u"/api/v1/enroll"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) { return handleEnroll(r, c); });
    addRoute(u"/api/v1/push"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) { return handlePush(r, c); });
    addRoute(u"/api/v1/pull"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) { return handlePull(r, c); });
    addRoute(u"/api/v1/pull"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &r, Context &c) { return handlePull(r, c); });
    addRoute(u"/api/v1/conflicts"_s, QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &r, Context &c) { return handleConflicts(r, c); });
    addRoute(u"/api/v1/hq/bookings"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) {
            return handleHeadOffice(r, c, int(HqKind::Booking));
        });
    addRoute(u"/api/v1/hq/services"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) {
            return handleHeadOffice(r, c, int(HqKind::Service));
        });
    addRoute(u"/api/v1/hq/settings"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &r, Context &c) {
            return handleHeadOffice(r, c, int(HqKind::Settings));
        });
    // After every method-specific rule: the router takes the first rule that matches.
    for (const QString &path :
        {u"/health"_s, u"/api/v1/enroll"_s, u"/api/v1/push"_s, u"/api/v1/pull"_s, u"/api/v1/conflicts"_s,
            u"/api/v1/hq/bookings"_s, u"/api/v1/hq/services"_s, u"/api/v1/hq/settings"_s})
        addMethodNotAllowed(path);

    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QElapsedTimer timer;
        timer.start();
        Context context;
        context.requestId = newRequestId();
        const QString path = request.url().path();
        protocol::ApiError error;
        // /api/v2/... from a newer app: say so in words the app can show.
        static const QRegularExpression otherVersion(u"^/api/v(\\d+)(/|$)"_s);
        const QRegularExpressionMatch match = otherVersion.match(path);
        if (match.hasMatch() && match.captured(1) != "1"_L1) {
            error = protocol::unsupportedVersionError(match.captured(1).toLongLong());
        } else {
            error.code = protocol::error::NotFound;
            error.message = u"no such route"_s;
        }
        QHttpServerResponse response = errorResponse(error, context);
        decorate(&response, context.requestId);
        response.write(std::move(responder));
        logRequest(request, context, int(response.statusCode()), timer.nsecsElapsed());
    });
}

void HubServer::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_http.route(path, method, [this, handler = std::move(handler)](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        m_lastActivityMs = m_clock.elapsed();
        Context context;
        context.requestId = newRequestId();
        QHttpServerResponse response = handler(request, context);
        decorate(&response, context.requestId);
        logRequest(request, context, int(response.statusCode()), timer.nsecsElapsed());
        return response;
    });
}

void HubServer::addMethodNotAllowed(const QString &path)
{
    addRoute(
        path, QHttpServerRequest::Method::AnyKnown, [this](const QHttpServerRequest &, Context &context) {
            protocol::ApiError error;
            error.code = protocol::error::MethodNotAllowed;
            error.message = u"this path does not take that method"_s;
            return errorResponse(error, context);
        });
}

void HubServer::decorate(QHttpServerResponse *response, const QByteArray &requestId)
{
    response->setHeader("X-Request-Id", requestId);
    // API answers are per-client state; no proxy or client cache should keep them.
    response->setHeader("Cache-Control", "no-store");
}

QHttpServerResponse HubServer::handleHealth() const
{
    const protocol::Health health {u"ok"_s, protocol::kVersion, QStringLiteral(SPOKE_VERSION)};
    return QHttpServerResponse(health.toJson());
}

void HubServer::logRequest(
    const QHttpServerRequest &request, const Context &context, int status, qint64 elapsedNs) const
{
    // Only the path: queries, headers and bodies may carry tokens or customer data.
    const QString id = QString::fromLatin1(context.requestId);
    QJsonObject record {{u"time"_s, nowUtc()}, {u"event"_s, u"request"_s}, {u"id"_s, id},
        {u"method"_s, methodName(request.method())}, {u"path"_s, request.url().path()}, {u"status"_s, status},
        {u"ms"_s, double(elapsedNs / 1000) / 1000.0}};
    if (!context.deviceId.isEmpty())
        record.insert(u"device"_s, context.deviceId);
    if (!context.locationId.isEmpty())
        record.insert(u"location"_s, context.locationId);
    if (!context.errorCode.isEmpty())
        record.insert(u"error"_s, context.errorCode);
    m_logSink(record);
    for (QJsonObject event : context.events) {
        event.insert(u"id"_s, id);
        if (!event.contains(u"time"_s))
            event.insert(u"time"_s, nowUtc());
        m_logSink(event);
    }
}

} // namespace spoke::hub
