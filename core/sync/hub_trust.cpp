#include "core/sync/hub_trust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslKey>

namespace spoke::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::sync::HubTrust)
};
} // namespace

QList<QSslCertificate> HubTrust::caCertificates() const
{
    if (caPem.trimmed().isEmpty())
        return {};
    QList<QSslCertificate> out;
    const QList<QSslCertificate> all = QSslCertificate::fromData(caPem, QSsl::Pem);
    for (const QSslCertificate &c : all)
        if (!c.isNull())
            out.append(c);
    return out;
}

QSslConfiguration HubTrust::sslConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (const QList<QSslCertificate> cas = caCertificates(); !cas.isEmpty())
        c.setCaCertificates(cas); // only the hub's CA: a public CA cannot vouch for another server
    return c;
}

QString HubTrust::problem() const
{
    if (!caPem.trimmed().isEmpty() && caCertificates().isEmpty())
        return Tr::tr("The CA file holds no PEM certificate.");
    if (!pinSha256.isEmpty() && !isValidPin(pinSha256))
        return Tr::tr("A pinned key is the base64 of a SHA-256 hash (44 characters ending in \"=\").");
    return {};
}

bool HubTrust::pinMatches(const QList<QSslCertificate> &chain) const
{
    if (pinSha256.isEmpty())
        return true;
    for (const QSslCertificate &c : chain)
        if (spkiSha256(c) == pinSha256.trimmed())
            return true;
    return false;
}

QString HubTrust::spkiSha256(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool HubTrust::isValidPin(const QString &pin)
{
    const QByteArray raw = pin.trimmed().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 && raw.size() == 44;
}

} // namespace spoke::sync
