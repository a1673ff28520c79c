#pragma once

#include "core/protocol/api_error.h"
#include "core/protocol/sync_messages.h"
#include "hub/rate_limiter.h"
#include "hub/storage/hub_database.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

class QSslServer;
class QSslSocket;
class QTimer;

namespace spoke::hub {

class HubStore;
class SyncService;
struct Caller;

/// Request limits and the stop behaviour.
struct HubLimits
{
    qint64 maxBodyBytes = protocol::kMaxBodyBytes;
    double deviceRate = 20; ///< requests per second per device token (0: no limit)
    double deviceBurst = 60;
    double enrollRate = 0.2; ///< enrollment attempts per second per address (0: no limit)
    double enrollBurst = 10;
    /// On stop: serve open connections until none has received anything for quietMs, at
    /// most graceMs.
    int shutdownGraceMs = 20'000;
    int shutdownQuietMs = 300;
};

/// What a hub needs to start serving: where it listens, the TLS identity it shows, and its
/// database.
struct HubConfig
{
    QString certificatePath; ///< PEM: the server certificate first, then any intermediates
    QString privateKeyPath; ///< PEM, unencrypted RSA or EC key of the first certificate
    QHostAddress address {QHostAddress::LocalHost};
    quint16 port = 8443; ///< 0 asks the system for any free port
    /// Default: a private in-memory SQLite database (tests); spoke-hub always sets one.
    DatabaseLocation database = [] {
        DatabaseLocation l;
        l.sqlitePath = QStringLiteral(":memory:");
        return l;
    }();
    HubLimits limits;
};

/// The hub's log format: one compact JSON object per line on stderr, written with a single
/// write so concurrent writers (journald, a pipe) never see half a record. Every record has
/// "time" (UTC, ISO 8601 with milliseconds) and "event"; this adds "time" when missing.
void writeLogLine(QJsonObject record);

/// Sends qDebug/qInfo/qWarning/qCritical/qFatal, Qt's own included, through writeLogLine as
/// {"event":"message","level":...,"category":...,"message":...} so stderr stays JSON lines.
void installJsonMessageHandler();

/// Reads the certificate chain and key into a server configuration that accepts TLS 1.2 or
/// newer only. Returns false with a message naming the file and the problem.
[[nodiscard]] bool loadServerTls(
    const QString &certificatePath, const QString &privateKeyPath, QSslConfiguration *out, QString *error);

/// The Spoke Hub HTTPS API (docs/sync-protocol.md): routes on a QHttpServer bound to a
/// QSslServer, one JSON log line per request with its id, strict validation through the
/// shared protocol library, per-device rate limits, and a graceful stop.
class HubServer : public QObject
{
    Q_OBJECT

public:
    /// Receives one structured record per request (and per notable event); the default writes
    /// a JSON line to stderr.
    using LogSink = std::function<void(const QJsonObject &record)>;

    explicit HubServer(QObject *parent = nullptr);
    ~HubServer() override;

    /// Opens the database (migrating it), loads the TLS identity and starts listening. On
    /// failure returns false, fills *error with a message fit for an operator and leaves
    /// nothing listening.
    [[nodiscard]] bool start(const HubConfig &config, QString *error);
    /// Stops accepting connections and serves the open ones until they are quiet (see
    /// HubLimits), so a batch already on its way is answered. Returns when done.
    void stop();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QHostAddress serverAddress() const;

    void setLogSink(LogSink sink);

private:
    /// Per-request state the log line reports.
    struct Context
    {
        QByteArray requestId;
        QString deviceId;
        QString locationId;
        QString errorCode;
        QList<QJsonObject> events;
    };
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &request, Context &context)>;

    void addRoutes();
    /// Registers a route whose answers get a request id and a log line; other methods on the
    /// same path answer 405.
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void addMethodNotAllowed(const QString &path);
    void trackSocket(QSslSocket *socket);
    void flushBookkeeping();
    static void decorate(QHttpServerResponse *response, const QByteArray &requestId);
    [[nodiscard]] QHttpServerResponse handleHealth() const;
    void logRequest(
        const QHttpServerRequest &request, const Context &context, int status, qint64 elapsedNs) const;

    // The API (api_routes.cpp).
    [[nodiscard]] QHttpServerResponse handleEnroll(const QHttpServerRequest &request, Context &context);
    [[nodiscard]] QHttpServerResponse handlePush(const QHttpServerRequest &request, Context &context);
    [[nodiscard]] QHttpServerResponse handlePull(const QHttpServerRequest &request, Context &context);
    [[nodiscard]] QHttpServerResponse handleConflicts(const QHttpServerRequest &request, Context &context);
    [[nodiscard]] QHttpServerResponse handleHeadOffice(
        const QHttpServerRequest &request, Context &context, int kind);
    [[nodiscard]] QHttpServerResponse errorResponse(const protocol::ApiError &error, Context &context) const;
    /// Size limit, JSON, protocol version; false with *error set.
    [[nodiscard]] bool readBody(const QHttpServerRequest &request, QJsonObject *body,
        protocol::ApiError *error, Context &context) const;
    /// Token, caller kind and the device's rate limit.
    [[nodiscard]] bool admit(const QHttpServerRequest &request, bool headOffice, Caller *caller,
        protocol::ApiError *error, int *retryAfter, Context &context);

    QHttpServer m_http;
    QSslServer *m_listener = nullptr; // owned by m_http once bound
    LogSink m_logSink;
    HubLimits m_limits;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<RateLimiter> m_deviceLimiter;
    std::unique_ptr<RateLimiter> m_enrollLimiter;
    QElapsedTimer m_clock;
    QTimer *m_flushTimer = nullptr;
    qint64 m_lastActivityMs = 0;
    QList<QPointer<QSslSocket>> m_sockets;
};

} // namespace spoke::hub
