#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace spoke::test {

/// A throwaway PKI made with the openssl CLI in a temporary folder: certificate
/// authorities and server certificates signed by them, for TLS tests against real sockets.
class TestCerts
{
public:
    enum class KeyType { Ec, Rsa };

    struct ServerOptions
    {
        /// subjectAltName entries, e.g. "DNS:localhost", "IP:127.0.0.1".
        QStringList altNames {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
        /// Negative makes a certificate whose validity ended that many days ago.
        int days = 30;
        KeyType keyType = KeyType::Ec;
    };

    TestCerts();

    /// False when the temporary folder could not be made; see errorString().
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }

    /// A self-signed CA called `name`. Its files are certPath(name) and keyPath(name).
    [[nodiscard]] bool makeCa(const QString &name);
    /// A server certificate `name` issued by the CA `caName`.
    [[nodiscard]] bool makeServer(const QString &name, const QString &caName, const ServerOptions &options);
    [[nodiscard]] bool makeServer(const QString &name, const QString &caName)
    {
        return makeServer(name, caName, ServerOptions {});
    }

    [[nodiscard]] QString certPath(const QString &name) const;
    [[nodiscard]] QString keyPath(const QString &name) const;
    /// The certificates in certPath(name), for QSslConfiguration::setCaCertificates().
    [[nodiscard]] QList<QSslCertificate> certificates(const QString &name) const;

    /// Makes the usual set: CA "ca", server "server" (localhost, 127.0.0.1) issued by it,
    /// an unrelated CA "other-ca" with "other-server", "expired" and "wrong-host" (both by "ca").
    [[nodiscard]] bool makeStandardSet();

private:
    [[nodiscard]] bool openssl(const QStringList &arguments);
    [[nodiscard]] bool writeFile(const QString &path, const QByteArray &data);
    [[nodiscard]] QStringList newKeyArguments(KeyType type) const;

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace spoke::test
