#pragma once

#include "core/sync/hub_trust.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkReply;

namespace spoke::sync {

/// One call to the hub, before it becomes HTTP.
struct HubRequest
{
    QByteArray method = QByteArrayLiteral("POST"); ///< POST or GET
    QString path; ///< "/api/v1/push"
    QUrlQuery query;
    QByteArray body; ///< JSON for POST
    QByteArray bearer; ///< the device token; empty for enrollment. Never logged.
};

/// What came back: an HTTP answer (status > 0), or a failure before one arrived.
struct HubResponse
{
    enum class Failure { None, Network, Timeout, Tls, PinMismatch, Aborted };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QString requestId; ///< X-Request-Id
    int retryAfterSecs = -1; ///< Retry-After, when given
    QString detail; ///< the transport's English error text (for logs and the run history)
    QString tlsCode; ///< sync::code::Tls* when failure is Tls

    bool answered() const { return failure == Failure::None && status > 0; }
};

/// How the engine reaches the hub. The real one is QNetworkAccessManager over TLS; tests
/// put a fault injector in between. Callbacks always come later from the event loop, never
/// from inside send(), and never after abort().
class HubTransport
{
public:
    using Callback = std::function<void(const HubResponse &)>;
    virtual ~HubTransport() = default;
    virtual quint64 send(const HubRequest &request, Callback done) = 0;
    virtual void abort(quint64 id) = 0;
};

/// Where a transport connects and whom it trusts.
struct HubEndpoint
{
    QUrl baseUrl; ///< https://host:port
    HubTrust trust;
};

/// Makes a transport for an endpoint (the engine makes a fresh one whenever the endpoint
/// changes, so no pooled connection outlives a trust change).
using TransportFactory = std::function<std::unique_ptr<HubTransport>(const HubEndpoint &)>;

/// HTTPS through QNetworkAccessManager: TLS 1.2+, peer verification, the pin checked when
/// the connection is encrypted, redirects never followed, SSL errors never ignored.
class NetworkHubTransport final : public QObject, public HubTransport
{
    Q_OBJECT
public:
    explicit NetworkHubTransport(HubEndpoint endpoint, QObject *parent = nullptr);
    ~NetworkHubTransport() override;

    quint64 send(const HubRequest &request, Callback done) override;
    void abort(quint64 id) override;

    static TransportFactory factory();

private:
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        Callback done;
        QString tlsCode;
        QStringList sslErrors;
        bool pinMismatch = false;
    };
    void finished(quint64 id);

    HubEndpoint m_endpoint;
    QNetworkAccessManager m_nam;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    quint64 m_next = 1;
};

/// The TLS error class (sync::code::Tls*) of a list of QSslError codes.
QString tlsCodeFor(const QList<int> &sslErrorCodes);

} // namespace spoke::sync
