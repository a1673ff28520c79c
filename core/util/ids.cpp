#include "core/util/ids.h"

#include <QRandomGenerator>

#include <array>

namespace spoke {

QString newUuidV7(const QDateTime &nowUtc)
{
    std::array<unsigned char, 16> b {};
    const quint64 ms = quint64(nowUtc.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    QRandomGenerator *rng = QRandomGenerator::system();
    for (std::size_t i = 6; i < b.size(); ++i)
        b[i] = static_cast<unsigned char>(rng->bounded(256));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f)); // variant 10
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(b.data()), 16).toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace spoke
