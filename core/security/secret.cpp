#include "core/security/secret.h"

#include <sodium.h>

namespace spoke {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Secret::Secret(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{ }

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

Secret Secret::random256()
{
    ensureSodium();
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), std::size_t(key.size()));
    return Secret(std::move(key));
}

Secret Secret::fromUtf8(const QString &passphrase)
{
    return Secret(passphrase.toUtf8());
}

QString Secret::sqlcipherRawKey() const
{
    return QLatin1String("x'") + QString::fromLatin1(m_bytes.toHex()) + QLatin1Char('\'');
}

void Secret::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached()) {
        m_bytes.clear(); // another owner shares the buffer; leave its bytes to it
        return;
    }
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace spoke
