#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <memory>

namespace spoke::test {

/// One answer from the hub, read completely.
struct HubReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QJsonObject json; ///< the body when it is a JSON object
    QByteArray requestId;
    QByteArray retryAfter;
    QList<QSslError::SslError> sslErrors;

    /// error.code of an error answer, or "".
    [[nodiscard]] QString errorCode() const;
};

/// A small blocking HTTPS client for hub tests: waits in a local event loop, so the hub (a
/// separate process) and the test stay simple. Trusts only the given CA.
class HubClient
{
public:
    HubClient(QUrl baseUrl, QSslConfiguration tls);

    HubReply get(const QString &pathAndQuery, const QString &token = QString());
    HubReply post(const QString &path, const QJsonObject &body, const QString &token = QString());
    HubReply postRaw(const QString &path, const QByteArray &body, const QString &token = QString(),
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HubReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace spoke::test
