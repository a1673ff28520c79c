#pragma once

// Shared by the hub benchmarks: realistic payloads, percentiles, and a hub on the database
// under test (SQLite in a fresh data folder, or a fresh database in SPOKE_TEST_PG_URL's
// cluster).

#include "core/protocol/entities.h"
#include "core/protocol/sync_messages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <unistd.h>

namespace spoke::bench {

/// A customer as core's outbox writes it (phones, emails, an address, preferences): ~700 bytes.
inline QJsonObject customerPayload(const QString &id, int n)
{
    using namespace Qt::StringLiterals;
    const QString addressId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return {{u"id"_s, id}, {u"kind"_s, u"person"_s}, {u"givenName"_s, u"Customer"_s},
        {u"familyName"_s, u"Number %1"_s.arg(n)}, {u"companyName"_s, QString()},
        {u"preferredLanguage"_s, u"en"_s}, {u"preferredChannel"_s, u"sms"_s}, {u"birthday"_s, QString()},
        {u"customerSince"_s, u"2023-04-01"_s}, {u"source"_s, u"referral"_s},
        {u"tags"_s, QJsonArray {u"residential"_s, u"weekly"_s}}, {u"doNotService"_s, false},
        {u"doNotServiceReason"_s, QString()},
        {u"phones"_s,
            QJsonArray {QJsonObject {{u"label"_s, u"mobile"_s},
                {u"e164"_s, u"+1555%1"_s.arg(n, 7, 10, QChar(u'0'))}, {u"preferred"_s, true}}}},
        {u"emails"_s,
            QJsonArray {QJsonObject {{u"label"_s, u"home"_s},
                {u"address"_s, u"customer%1@example.com"_s.arg(n)}, {u"preferred"_s, true}}}},
        {u"addresses"_s,
            QJsonArray {QJsonObject {{u"id"_s, addressId}, {u"line1"_s, u"%1 Main Street"_s.arg(n)},
                {u"city"_s, u"Springfield"_s}, {u"postalCode"_s, u"12345"_s}, {u"region"_s, u"IL"_s},
                {u"country"_s, u"US"_s}}}},
        {u"preferences"_s,
            QJsonArray {QJsonObject {{u"addressId"_s, addressId}, {u"area"_s, u"kitchen"_s},
                {u"kind"_s, u"do"_s}, {u"text"_s, u"Use the unscented products, please."_s}}}}};
}

inline protocol::Mutation customerMutation(qint64 mutationId, int n)
{
    protocol::Mutation m;
    m.mutationId = mutationId;
    m.entity = QStringLiteral("customer");
    m.entityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.payload = customerPayload(m.entityId, n);
    m.payloadHash = protocol::payloadHash(m.payload);
    return m;
}

/// The p-th percentile (0-100) of the values, nearest rank.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(values.size()))));
    return values.at(std::min(rank, values.size()) - 1);
}

/// CPU seconds (user + system) a process has used so far, from /proc: what the hub costs,
/// whatever else the machine is doing.
inline double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

/// A new empty database in the cluster of SPOKE_TEST_PG_URL; its URL, or "" on error.
inline QString freshPostgresDatabase(const QString &adminUrl, const QString &name)
{
    using namespace Qt::StringLiterals;
    const QUrl admin(adminUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
    db.setHostName(admin.host());
    db.setPort(admin.port(5432));
    db.setUserName(admin.userName());
    db.setPassword(admin.password());
    db.setDatabaseName(admin.path().mid(1));
    if (!db.open()) {
        std::fprintf(
            stderr, "cannot open %s: %s\n", qPrintable(admin.host()), qPrintable(db.lastError().text()));
        return {};
    }
    QSqlQuery q(db);
    if (!q.exec(u"DROP DATABASE IF EXISTS "_s + name) || !q.exec(u"CREATE DATABASE "_s + name)) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(name), qPrintable(q.lastError().text()));
        return {};
    }
    QUrl url = admin;
    url.setPath(u"/"_s + name);
    return url.toString();
}

} // namespace spoke::bench
