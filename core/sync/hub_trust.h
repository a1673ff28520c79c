#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace spoke::sync {

/// How Spoke decides it talks to its own hub. Certificate validation is always on: against
/// the hub's CA when one is given (only that CA is trusted then), else the system's CAs.
/// A pin (base64 SHA-256 of a SubjectPublicKeyInfo) is checked in addition: some
/// certificate of the hub's chain must carry that key. SSL errors are never ignored.
struct HubTrust
{
    QByteArray caPem; ///< the hub's CA certificate(s), PEM; empty: the system's CAs
    QString pinSha256; ///< base64 SHA-256 of a SubjectPublicKeyInfo; empty: no pin

    /// The CA certificates in caPem (empty when none or unreadable).
    QList<QSslCertificate> caCertificates() const;
    /// TLS 1.2 or newer, peer verification on, the CA set above.
    QSslConfiguration sslConfiguration() const;
    /// A translated problem with these settings; empty when usable.
    QString problem() const;
    /// True when a certificate of the chain carries the pinned key (always true without a pin).
    bool pinMatches(const QList<QSslCertificate> &chain) const;

    /// base64 SHA-256 of the certificate's SubjectPublicKeyInfo (the form `openssl x509
    /// -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64` gives).
    static QString spkiSha256(const QSslCertificate &certificate);
    /// A pin is the base64 of 32 bytes.
    static bool isValidPin(const QString &pin);
};

} // namespace spoke::sync
