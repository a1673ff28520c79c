#include "hub/test_certs.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace spoke::test {

namespace {

constexpr int kOpensslTimeoutMs = 30'000;

} // namespace

TestCerts::TestCerts()
{
    if (!m_dir.isValid())
        m_error = u"cannot create a temporary folder: %1"_s.arg(m_dir.errorString());
}

bool TestCerts::isValid() const
{
    return m_dir.isValid();
}

QString TestCerts::certPath(const QString &name) const
{
    return m_dir.filePath(name + u".crt"_s);
}

QString TestCerts::keyPath(const QString &name) const
{
    return m_dir.filePath(name + u".key"_s);
}

QList<QSslCertificate> TestCerts::certificates(const QString &name) const
{
    return QSslCertificate::fromPath(certPath(name), QSsl::Pem);
}

QStringList TestCerts::newKeyArguments(KeyType type) const
{
    if (type == KeyType::Rsa)
        return {u"-newkey"_s, u"rsa:2048"_s};
    return {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s};
}

bool TestCerts::makeCa(const QString &name)
{
    // Written out in full so the result does not depend on the system openssl.cnf.
    const QString ext = m_dir.filePath(name + u".ext"_s);
    if (!writeFile(ext,
            "[req]\ndistinguished_name = dn\n[dn]\n[ca]\n"
            "basicConstraints = critical, CA:TRUE\n"
            "keyUsage = critical, keyCertSign, cRLSign\n"
            "subjectKeyIdentifier = hash\n"))
        return false;
    return openssl(QStringList {u"req"_s, u"-x509"_s} + newKeyArguments(KeyType::Ec)
        + QStringList {u"-nodes"_s, u"-config"_s, ext, u"-extensions"_s, u"ca"_s, u"-subj"_s,
            u"/CN=Spoke Test CA "_s + name, u"-days"_s, u"30"_s, u"-keyout"_s, keyPath(name), u"-out"_s,
            certPath(name)});
}

bool TestCerts::makeServer(const QString &name, const QString &caName, const ServerOptions &options)
{
    const QString ext = m_dir.filePath(name + u".ext"_s);
    const QByteArray altNames = options.altNames.join(u", "_s).toUtf8();
    if (!writeFile(ext,
            "[req]\ndistinguished_name = dn\n[dn]\n[server]\n"
            "basicConstraints = critical, CA:FALSE\n"
            "keyUsage = critical, digitalSignature, keyEncipherment\n"
            "extendedKeyUsage = serverAuth\n"
            "subjectKeyIdentifier = hash\n"
            "authorityKeyIdentifier = keyid\n"
            "subjectAltName = "
                + altNames + "\n"))
        return false;
    const QString csr = m_dir.filePath(name + u".csr"_s);
    if (!openssl(QStringList {u"req"_s, u"-new"_s} + newKeyArguments(options.keyType)
            + QStringList {u"-nodes"_s, u"-config"_s, ext, u"-subj"_s, u"/CN=Spoke Test Server "_s + name,
                u"-keyout"_s, keyPath(name), u"-out"_s, csr}))
        return false;
    // openssl x509 takes a negative -days and then ends the validity before it starts: an
    // expired certificate without faking the clock.
    return openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, certPath(caName), u"-CAkey"_s,
        keyPath(caName), u"-CAcreateserial"_s, u"-days"_s, QString::number(options.days), u"-extfile"_s, ext,
        u"-extensions"_s, u"server"_s, u"-out"_s, certPath(name)});
}

bool TestCerts::makeStandardSet()
{
    ServerOptions expired;
    expired.days = -1;
    ServerOptions wrongHost;
    wrongHost.altNames = QStringList {u"DNS:wrong-host.invalid"_s, u"IP:192.0.2.1"_s};
    return makeCa(u"ca"_s) && makeServer(u"server"_s, u"ca"_s) && makeCa(u"other-ca"_s)
        && makeServer(u"other-server"_s, u"other-ca"_s) && makeServer(u"expired"_s, u"ca"_s, expired)
        && makeServer(u"wrong-host"_s, u"ca"_s, wrongHost);
}

bool TestCerts::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(kOpensslTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"openssl %1 failed (%2): %3"_s.arg(
            arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCerts::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        m_error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace spoke::test
