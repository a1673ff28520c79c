#include "core/sqlcipher/sqlcipher_common.h"

#include <sqlcipher/sqlite3.h>

#include <cstring>

namespace spoke::sql::detail {

QSqlError makeError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int fallbackCode)
{
    int code = fallbackCode;
    QString message;
    if (db) {
        code = sqlite3_extended_errcode(db);
        message = QString::fromUtf8(sqlite3_errmsg(db));
    }
    if (code == SQLITE_OK && fallbackCode != SQLITE_OK)
        code = fallbackCode;
    if (message.isEmpty() && code != SQLITE_OK)
        message = QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(driverText, message, type, QString::number(code));
}

KeyKind classifyKey(const QString &password)
{
    if (password.isEmpty())
        return KeyKind::None;
    if (!password.startsWith(u"x'", Qt::CaseInsensitive))
        return KeyKind::Passphrase;
    // Something that looks like a raw key but is not one is refused rather than silently
    // used as a passphrase: a typo would otherwise create a database nobody can open.
    const qsizetype digits = password.size() - 3;
    if (!password.endsWith(u'\'') || (digits != 64 && digits != 96))
        return KeyKind::Malformed;
    for (qsizetype i = 2; i < password.size() - 1; ++i) {
        const char16_t c = password.at(i).unicode();
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return KeyKind::Malformed;
    }
    return KeyKind::Raw;
}

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // volatile stops the compiler from dropping a store to memory that is freed next.
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

QMetaType::Type typeFromDeclaredType(const char *declType)
{
    if (!declType || !*declType)
        return QMetaType::UnknownType;
    const QByteArray t = QByteArray(declType).toUpper();
    if (t.startsWith("BOOL"))
        return QMetaType::Bool;
    // SQLite's affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity).
    if (t.contains("INT"))
        return QMetaType::LongLong;
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType::QString;
    if (t.contains("BLOB"))
        return QMetaType::QByteArray;
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") || t.startsWith("NUMERIC")
        || t.startsWith("DECIMAL"))
        return QMetaType::Double;
    return QMetaType::QString;
}

} // namespace spoke::sql::detail
