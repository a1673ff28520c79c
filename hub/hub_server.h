#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <functional>

class QSslServer;

namespace spoke::hub {

/// What a hub needs to start serving: where it listens and the TLS identity it shows.
struct HubConfig
{
    QString certificatePath; ///< PEM: the server certificate first, then any intermediates
    QString privateKeyPath; ///< PEM, unencrypted RSA or EC key of the first certificate
    QHostAddress address {QHostAddress::LocalHost};
    quint16 port = 8443; ///< 0 asks the system for any free port
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

/// The Spoke Hub HTTPS API: routes on a QHttpServer bound to a QSslServer, one JSON log
/// line per request.
class HubServer : public QObject
{
    Q_OBJECT

public:
    /// Receives one structured record per request; the default writes a JSON line to stderr.
    using LogSink = std::function<void(const QJsonObject &record)>;

    explicit HubServer(QObject *parent = nullptr);
    ~HubServer() override;

    /// Loads the TLS identity and starts listening. On failure returns false, fills *error
    /// with a message fit for an operator and leaves nothing listening.
    [[nodiscard]] bool start(const HubConfig &config, QString *error);

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QHostAddress serverAddress() const;

    void setLogSink(LogSink sink);

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &request)>;

    void addRoutes();
    /// Registers a route whose answers get a request id and a log line.
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    static void decorate(QHttpServerResponse *response, const QByteArray &requestId);
    [[nodiscard]] QHttpServerResponse handleHealth() const;
    void logRequest(
        const QHttpServerRequest &request, const QByteArray &requestId, int status, qint64 elapsedNs) const;

    QHttpServer m_http;
    QSslServer *m_listener = nullptr; // owned by m_http once bound
    LogSink m_logSink;
};

} // namespace spoke::hub
