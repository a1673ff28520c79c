#include "core/staff/password_hasher.h"

#include "core/security/secret.h"

#include <sodium.h>

namespace spoke {

QString PasswordHasher::hash(const QString &secret) const
{
    ensureSodium();
    Secret bytes = Secret::fromUtf8(secret);
    char out[crypto_pwhash_STRBYTES];
    const bool minimum = m_cost == Cost::Minimum;
    if (crypto_pwhash_str(out, bytes.bytes().constData(), std::size_t(bytes.bytes().size()),
            minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encoded, const QString &secret)
{
    ensureSodium();
    const QByteArray stored = encoded.toLatin1();
    Secret bytes = Secret::fromUtf8(secret);
    return crypto_pwhash_str_verify(
               stored.constData(), bytes.bytes().constData(), std::size_t(bytes.bytes().size()))
        == 0;
}

} // namespace spoke
