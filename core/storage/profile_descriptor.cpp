#include "core/storage/profile_descriptor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace spoke {

namespace {
constexpr auto kFormat = "spoke-location-profile";
constexpr int kFormatVersion = 1;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ProfileDescriptor)
};
} // namespace

QByteArray ProfileDescriptor::computeKeyCheck(const Secret &secret) const
{
    ensureSodium();
    QByteArray out(32, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (keySource == KeySource::Keychain) {
        const QByteArray message = QByteArrayLiteral("spoke-key-check-v1") + salt;
        crypto_generichash(dst, 32, reinterpret_cast<const unsigned char *>(message.constData()),
            std::size_t(message.size()), reinterpret_cast<const unsigned char *>(secret.bytes().constData()),
            std::size_t(secret.bytes().size()));
        return out;
    }
    // A passphrase is low-entropy: make each guess against the check at least as costly
    // as a guess against the database itself.
    QByteArray pwSalt = salt.left(crypto_pwhash_SALTBYTES);
    pwSalt.resize(crypto_pwhash_SALTBYTES, '\0');
    if (crypto_pwhash(dst, 32, secret.bytes().constData(), std::size_t(secret.bytes().size()),
            reinterpret_cast<const unsigned char *>(pwSalt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return out;
}

bool ProfileDescriptor::matches(const Secret &secret) const
{
    const QByteArray check = computeKeyCheck(secret);
    return check.size() == keyCheck.size() && !check.isEmpty()
        && sodium_memcmp(check.constData(), keyCheck.constData(), std::size_t(check.size())) == 0;
}

Status ProfileDescriptor::save(const QString &path) const
{
    const QJsonObject json {
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("profileId"), profileId},
        {QStringLiteral("keySource"),
            keySource == KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
        {QStringLiteral("keyCheck"), QString::fromLatin1(keyCheck.toHex())},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<ProfileDescriptor> ProfileDescriptor::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotSpokeDatabase,
            Tr::tr("The profile descriptor %1 is missing, so this is not a Spoke location folder.")
                .arg(path));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    const QJsonObject json = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(ErrorCode::NotSpokeDatabase,
            Tr::tr("The profile descriptor %1 is damaged or belongs to another program.").arg(path));
    if (json.value(QStringLiteral("formatVersion")).toInt() > kFormatVersion)
        return makeError(ErrorCode::SchemaTooNew,
            Tr::tr("This location was made by a newer version of Spoke. Update Spoke to open it."));
    ProfileDescriptor d;
    d.profileId = json.value(QStringLiteral("profileId")).toString();
    const QString source = json.value(QStringLiteral("keySource")).toString();
    d.keySource = source == QLatin1String("passphrase") ? KeySource::Passphrase : KeySource::Keychain;
    d.salt = QByteArray::fromHex(json.value(QStringLiteral("salt")).toString().toLatin1());
    d.keyCheck = QByteArray::fromHex(json.value(QStringLiteral("keyCheck")).toString().toLatin1());
    if (d.profileId.isEmpty() || d.salt.size() != 16 || d.keyCheck.size() != 32
        || (source != QLatin1String("passphrase") && source != QLatin1String("keychain")))
        return makeError(ErrorCode::NotSpokeDatabase,
            Tr::tr("The profile descriptor %1 is damaged or belongs to another program.").arg(path));
    return d;
}

} // namespace spoke
