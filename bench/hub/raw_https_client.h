#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <functional>

namespace spoke::bench {

/// A minimal HTTP/1.1 client over one kept-alive TLS connection, for load figures: it
/// writes a request in one piece and reads a Content-Length answer, with nothing between
/// the socket and the clock (QNetworkAccessManager adds its own threads and buffering, and
/// a thousand of them would measure the client, not the hub).
class RawHttpsClient : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 0; ///< 0: the connection failed
        QByteArray body;
        double ms = 0; ///< from the request's first byte written to the answer's last byte read
    };
    using Callback = std::function<void(const Answer &answer)>;

    RawHttpsClient(QString host, quint16 port, QSslConfiguration tls, QObject *parent = nullptr);

    /// Connects (TCP + TLS); done() is called with status 200 once encrypted, 0 on failure.
    void connectToHub(Callback done);
    /// One request on the open connection; done() gets the answer. One at a time.
    void request(const QByteArray &method, const QByteArray &path, const QByteArray &token,
        const QByteArray &body, Callback done);
    /// Blocking forms for sequential benchmarks (no event loop needed).
    [[nodiscard]] bool connectBlocking(int timeoutMs);
    [[nodiscard]] Answer requestBlocking(const QByteArray &method, const QByteArray &path,
        const QByteArray &token, const QByteArray &body, int timeoutMs);

private:
    void onReadyRead();
    void fail();
    [[nodiscard]] bool parseAnswer();

    QString m_host;
    quint16 m_port;
    QSslSocket m_socket;
    QByteArray m_buffer;
    Callback m_pending;
    QElapsedTimer m_timer;
    Answer m_answer;
    bool m_done = false;
};

} // namespace spoke::bench
