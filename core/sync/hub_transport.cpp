#include "core/sync/hub_transport.h"

#include "core/sync/sync_types.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

Q_LOGGING_CATEGORY(lcTransport, "spoke.sync.transport")

namespace spoke::sync {

QString tlsCodeFor(const QList<int> &codes)
{
    QString out;
    for (int c : codes) {
        switch (QSslError::SslError(c)) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return QString(code::TlsExpired);
        case QSslError::HostNameMismatch:
            out = code::TlsHost;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            if (out.isEmpty())
                out = code::TlsUntrusted;
            break;
        default:
            if (out.isEmpty())
                out = code::TlsFailed;
            break;
        }
    }
    return out.isEmpty() ? QString(code::TlsFailed) : out;
}

NetworkHubTransport::NetworkHubTransport(HubEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkHubTransport::~NetworkHubTransport()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (const auto &p : pending) {
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
    }
}

TransportFactory NetworkHubTransport::factory()
{
    return [](const HubEndpoint &endpoint) -> std::unique_ptr<HubTransport> {
        return std::make_unique<NetworkHubTransport>(endpoint);
    };
}

quint64 NetworkHubTransport::send(const HubRequest &request, Callback done)
{
    const quint64 id = m_next++;
    QUrl url = m_endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_endpoint.trust.sslConfiguration());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Spoke/" SPOKE_VERSION));
    req.setRawHeader(QByteArrayLiteral("Spoke-Protocol-Version"), QByteArrayLiteral("1"));
    if (!request.bearer.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + request.bearer);

    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QNetworkReply *reply = request.method == "GET" ? m_nam.get(req) : m_nam.post(req, request.body);
    pending->reply = reply;
    m_pending.insert(id, pending);

    connect(reply, &QNetworkReply::sslErrors, this, [pending](const QList<QSslError> &errors) {
        // Recorded for the message; never ignored, so the handshake fails.
        QList<int> codes;
        for (const QSslError &e : errors) {
            codes << int(e.error());
            pending->sslErrors << e.errorString();
        }
        pending->tlsCode = tlsCodeFor(codes);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, pending, reply] {
        if (!m_endpoint.trust.pinMatches(reply->sslConfiguration().peerCertificateChain())) {
            pending->pinMismatch = true;
            reply->abort(); // before a single byte of the request body is trusted to it
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finished(id); });
    return id;
}

void NetworkHubTransport::abort(quint64 id)
{
    auto p = m_pending.take(id);
    if (p && p->reply) {
        p->reply->disconnect(this);
        p->reply->abort();
        p->reply->deleteLater();
    }
}

void NetworkHubTransport::finished(quint64 id)
{
    auto p = m_pending.take(id);
    if (!p || !p->reply)
        return;
    QNetworkReply *reply = p->reply;
    reply->deleteLater();
    HubResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After"))) {
        bool ok = false;
        const int secs = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
        if (ok && secs >= 0)
            r.retryAfterSecs = secs;
    }
    if (p->pinMismatch) {
        r = HubResponse {};
        r.failure = HubResponse::Failure::PinMismatch;
        r.detail = QStringLiteral("public key pin mismatch");
    } else if (!p->tlsCode.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        r = HubResponse {};
        r.failure = HubResponse::Failure::Tls;
        r.tlsCode = p->tlsCode.isEmpty() ? QString(code::TlsFailed) : p->tlsCode;
        r.detail = p->sslErrors.isEmpty() ? reply->errorString() : p->sslErrors.join(QStringLiteral("; "));
    } else if (r.status == 0) {
        r.failure = reply->error() == QNetworkReply::OperationCanceledError ? HubResponse::Failure::Aborted
                                                                            : HubResponse::Failure::Network;
        r.detail = reply->errorString();
    } else {
        r.body = reply->readAll();
    }
    if (r.failure != HubResponse::Failure::None)
        qCInfo(lcTransport) << "hub call failed:" << r.detail;
    if (p->done)
        p->done(r);
}

} // namespace spoke::sync
