#pragma once

#include "core/security/secret.h"
#include "core/util/result.h"

#include <QHash>
#include <QString>

namespace spoke {

/// Where the location's database key and the device token live: the OS keychain in the
/// app, memory in unit tests. Never a plaintext file.
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    /// Reads a secret. NotFound when there is no entry, KeychainUnavailable when no
    /// keychain answers (locked, absent, D-Bus down).
    virtual Result<Secret> read(const QString &account) = 0;
    virtual Status write(const QString &account, const Secret &secret) = 0;
    virtual Status remove(const QString &account) = 0;
    /// A user-facing name for where secrets go ("the system keychain").
    virtual QString describe() const = 0;
};

/// The OS keychain through QtKeychain (Secret Service, KWallet, Windows, macOS).
/// Insecure fallback stays off: with no keychain, every call fails.
class QtKeychainStore final : public KeyStore
{
public:
    explicit QtKeychainStore(QString service = QStringLiteral("Spoke"));
    Result<Secret> read(const QString &account) override;
    Status write(const QString &account, const Secret &secret) override;
    Status remove(const QString &account) override;
    QString describe() const override;
    /// Writes, reads back and removes a probe entry: true when a keychain really answers.
    bool probe();

private:
    QString m_service;
};

/// Secrets in memory, for unit tests; can pretend to be unavailable.
class MemoryKeyStore final : public KeyStore
{
public:
    Result<Secret> read(const QString &account) override;
    Status write(const QString &account, const Secret &secret) override;
    Status remove(const QString &account) override;
    QString describe() const override { return QStringLiteral("memory"); }
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &account) const { return m_entries.contains(account); }

private:
    QHash<QString, QByteArray> m_entries;
    bool m_available = true;
};

} // namespace spoke
