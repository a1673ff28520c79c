#pragma once

#include "core/security/key_store.h"
#include "core/storage/location_database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <memory>

namespace spoke::test {

/// SHA-256 of a file's bytes, or an empty array when it cannot be read.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// All bytes of a file.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Creates a keychain-keyed location database in folder, failing the test on error.
inline std::unique_ptr<LocationDatabase> createDatabase(const QString &folder, KeyStore &store)
{
    auto r = LocationDatabase::create(folder, store, KeySource::Keychain);
    if (!r)
        qFatal("create failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

} // namespace spoke::test
