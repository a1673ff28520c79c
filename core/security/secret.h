#pragma once

#include <QByteArray>
#include <QString>

namespace spoke {

/// Bytes of a key or passphrase that are wiped when they go out of scope
/// (KeePassXC's PasswordKey habit). Move-only so no stray copy outlives its owner.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    /// 32 bytes from the system CSPRNG (libsodium's randombytes_buf).
    static Secret random256();
    static Secret fromUtf8(const QString &passphrase);

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    /// The `x'<64 hex>'` form SQLCipher takes as a raw 256-bit key.
    QString sqlcipherRawKey() const;
    void wipe();

private:
    QByteArray m_bytes;
};

/// Starts libsodium once; safe to call from anywhere.
bool ensureSodium();

} // namespace spoke
