#include "hub/hub_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace spoke::test {

namespace {

constexpr int kTimeoutMs = 60'000;

} // namespace

QString HubReply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

HubClient::HubClient(QUrl baseUrl, QSslConfiguration tls)
    : m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{ }

HubReply HubClient::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, {}, token);
}

HubReply HubClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HubReply HubClient::postRaw(const QString &path, const QByteArray &body, const QString &token,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, body, token, headers);
}

HubReply HubClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    // From a QByteArray, QNAM sends the body in one piece.
    std::unique_ptr<QNetworkReply> reply(method == "GET" ? m_manager->get(request)
            : method == "POST"                           ? m_manager->post(request, body)
                               : m_manager->sendCustomRequest(request, method, body));
    HubReply result;
    QObject::connect(
        reply.get(), &QNetworkReply::sslErrors, reply.get(), [&result](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                result.sslErrors.append(e.error());
        });
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.requestId = reply->rawHeader("X-Request-Id");
    result.retryAfter = reply->rawHeader("Retry-After");
    return result;
}

} // namespace spoke::test
