#pragma once

// Internal helpers shared by the driver and its results; not part of the public API.

#include <QByteArray>
#include <QMetaType>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace spoke::sql::detail {

// Builds a QSqlError from the connection's last error: SQLite's message as
// databaseText, the extended result code as the native code.
QSqlError makeError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int fallbackCode = 0);

// What a password means to SQLCipher.
enum class KeyKind { None, Raw, Passphrase, Malformed };
KeyKind classifyKey(const QString &password);

// Overwrites key material before the buffer is released.
void wipe(QByteArray &bytes);

// Maps a declared column type to a Qt type with SQLite's affinity rules.
QMetaType::Type typeFromDeclaredType(const char *declType);

} // namespace spoke::sql::detail
