#include "raw_https_client.h"

#include <QDeadlineTimer>

namespace spoke::bench {

RawHttpsClient::RawHttpsClient(QString host, quint16 port, QSslConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_socket.setSslConfiguration(tls);
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QSslSocket::readyRead, this, &RawHttpsClient::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { fail(); });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_pending) {
            Callback done = std::move(m_pending);
            m_pending = nullptr;
            done(Answer {200, {}, double(m_timer.nsecsElapsed()) / 1e6});
        }
    });
}

void RawHttpsClient::connectToHub(Callback done)
{
    m_pending = std::move(done);
    m_timer.start();
    m_socket.connectToHostEncrypted(m_host, m_port);
}

void RawHttpsClient::request(const QByteArray &method, const QByteArray &path, const QByteArray &token,
    const QByteArray &body, Callback done)
{
    m_pending = std::move(done);
    m_buffer.clear();
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + "\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n";
    m_timer.start();
    m_socket.write(head + body);
}

void RawHttpsClient::fail()
{
    if (m_pending) {
        Callback done = std::move(m_pending);
        m_pending = nullptr;
        done(Answer {0, m_socket.errorString().toUtf8(), double(m_timer.nsecsElapsed()) / 1e6});
    }
}

bool RawHttpsClient::parseAnswer()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = m_buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (m_buffer.size() < end + 4 + length)
        return false;
    m_answer.status = head.mid(9, 3).toInt();
    m_answer.body = m_buffer.mid(end + 4, length);
    m_answer.ms = double(m_timer.nsecsElapsed()) / 1e6;
    m_buffer.remove(0, end + 4 + length);
    return true;
}

void RawHttpsClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (m_pending && parseAnswer()) {
        Callback done = std::move(m_pending);
        m_pending = nullptr;
        done(m_answer);
    }
}

bool RawHttpsClient::connectBlocking(int timeoutMs)
{
    bool ok = false;
    connectToHub([&ok](const Answer &a) { ok = a.status == 200; });
    return m_socket.waitForEncrypted(timeoutMs) && ok;
}

RawHttpsClient::Answer RawHttpsClient::requestBlocking(const QByteArray &method, const QByteArray &path,
    const QByteArray &token, const QByteArray &body, int timeoutMs)
{
    Answer result;
    bool done = false;
    request(method, path, token, body, [&](const Answer &a) {
        result = a;
        done = true;
    });
    const QDeadlineTimer deadline(timeoutMs);
    while (!done && !deadline.hasExpired()) {
        m_socket.waitForBytesWritten(0);
        if (!m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
    }
    return result;
}

} // namespace spoke::bench
