#include "core/security/key_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeyStore, "spoke.keystore")

namespace spoke {

namespace {

// QtKeychain is asynchronous; core's callers want an answer, and the keychain answers
// in milliseconds, so wait for the job in a local event loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.start();
    if (!done) // a backend may finish inside start()
        loop.exec();
}

Error unavailable(const QKeychain::Job &job)
{
    qCWarning(lcKeyStore) << "keychain error" << int(job.error());
    return makeError(ErrorCode::KeychainUnavailable,
        QCoreApplication::translate("spoke::KeyStore",
            "The system keychain did not answer (%1). Unlock it, or use "
            "a passphrase instead.")
            .arg(job.errorString()));
}

} // namespace

QtKeychainStore::QtKeychainStore(QString service)
    : m_service(std::move(service))
{ }

Result<Secret> QtKeychainStore::read(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(account);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("spoke::KeyStore", "The keychain has no entry for %1.").arg(account));
    if (job.error() != QKeychain::NoError)
        return unavailable(job);
    return Secret(job.binaryData());
}

Status QtKeychainStore::write(const QString &account, const Secret &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(account);
    job.setBinaryData(secret.bytes());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return unavailable(job);
    return {};
}

Status QtKeychainStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable(job);
    return {};
}

QString QtKeychainStore::describe() const
{
    return QCoreApplication::translate("spoke::KeyStore", "the system keychain");
}

bool QtKeychainStore::probe()
{
    const QString account = QStringLiteral("probe");
    const Secret probe = Secret::random256();
    if (!write(account, probe))
        return false;
    auto back = read(account);
    const bool same = back.ok() && back.value().bytes() == probe.bytes();
    (void)remove(account);
    return same;
}

Result<Secret> MemoryKeyStore::read(const QString &account)
{
    if (!m_available)
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("memory key store switched off"));
    const auto it = m_entries.constFind(account);
    if (it == m_entries.constEnd())
        return makeError(ErrorCode::NotFound, QStringLiteral("no entry ") + account);
    return Secret(QByteArray(it->constData(), it->size()));
}

Status MemoryKeyStore::write(const QString &account, const Secret &secret)
{
    if (!m_available)
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("memory key store switched off"));
    m_entries.insert(account, QByteArray(secret.bytes().constData(), secret.bytes().size()));
    return {};
}

Status MemoryKeyStore::remove(const QString &account)
{
    if (!m_available)
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("memory key store switched off"));
    m_entries.remove(account);
    return {};
}

} // namespace spoke
