#include "hub/sync/secrets.h"

#include "core/protocol/entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

} // namespace

QString newToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrollmentCode()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray bytes = randomBytes(16);
    QString code;
    code.reserve(16);
    // 32 symbols: the low five bits of a uniform byte are uniform.
    for (const char b : bytes)
        code.append(QLatin1Char(kAlphabet[static_cast<unsigned char>(b) & 31]));
    return code;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString secretHash(const QString &secret)
{
    return protocol::sha256Hex(secret.toUtf8());
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace spoke::hub
