#pragma once

// The real spoke-hub for the client's sync tests: a process over TLS on loopback (never
// in-process: the hub loads Qt's QSQLITE, these tests SQLCipher), with the embedded SQLite
// or, when SPOKE_SYNC_TEST_BACKEND=postgres, a database of its own in the throwaway
// PostgreSQL cluster of scripts/with-postgres.sh (SPOKE_TEST_PG_URL).

#include "core/protocol/sync_messages.h"
#include "core/sync/sync_engine.h"
#include "hub/hub_client.h"
#include "hub/hub_process.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace spoke::test {

using namespace Qt::StringLiterals;

class HubFixture
{
public:
    QString backend;
    QString pgAdminUrl;
    QStringList pgDatabases;
    std::unique_ptr<HubProcess> hub;
    std::unique_ptr<HubClient> client;
    QString hqToken;

    /// Empty when usable; "skip: ..." to skip, anything else is a failure.
    QString setUp(QStringList extraArguments = {})
    {
        backend = qEnvironmentVariable("SPOKE_SYNC_TEST_BACKEND", u"sqlite"_s);
        if (backend == "postgres"_L1) {
            pgAdminUrl = qEnvironmentVariable("SPOKE_TEST_PG_URL");
            if (pgAdminUrl.isEmpty())
                return qEnvironmentVariable("SPOKE_REQUIRE_PG") == "1"_L1
                    ? u"SPOKE_TEST_PG_URL is not set but SPOKE_REQUIRE_PG=1: run under scripts/with-postgres.sh"_s
                    : u"skip: no PostgreSQL (run under scripts/with-postgres.sh)"_s;
        }
        hub = std::make_unique<HubProcess>();
        HubProcess::Options o = options(extraArguments);
        if (!hub->start(o))
            return hub->errorString();
        client = std::make_unique<HubClient>(hub->baseUrl(), hub->clientTls());
        hqToken = hub->hqToken();
        if (hqToken.isEmpty())
            return hub->errorString();
        return {};
    }

    /// Options for a hub: the fixture's database (a fresh PostgreSQL database each call).
    HubProcess::Options options(QStringList extraArguments = {})
    {
        HubProcess::Options o;
        // The client tests enroll many devices from one address.
        o.extraArguments = QStringList {u"--enroll-rate-limit"_s, u"0"_s} + extraArguments;
        if (backend == "postgres"_L1)
            o.databaseUrl = newPgDatabase();
        return o;
    }

    QString newPgDatabase()
    {
        const QUrl admin(pgAdminUrl);
        if (!QSqlDatabase::contains(u"pg-admin"_s)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            db.setDatabaseName(admin.path().mid(1));
            if (!db.open())
                qFatal("PostgreSQL: %s", qPrintable(db.lastError().text()));
        }
        const QString name
            = u"spoke_sync_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(pgDatabases.size());
        QSqlQuery q(QSqlDatabase::database(u"pg-admin"_s));
        if (!q.exec(u"DROP DATABASE IF EXISTS "_s + name) || !q.exec(u"CREATE DATABASE "_s + name))
            qFatal("PostgreSQL: %s", qPrintable(q.lastError().text()));
        pgDatabases << name;
        QUrl url = admin;
        url.setPath(u"/"_s + name);
        return url.toString();
    }

    void tearDown()
    {
        if (hub)
            hub->stop();
        hub.reset();
        if (!pgDatabases.isEmpty() && QSqlDatabase::contains(u"pg-admin"_s)) {
            QSqlQuery q(QSqlDatabase::database(u"pg-admin"_s));
            for (const QString &name : std::as_const(pgDatabases))
                q.exec(u"DROP DATABASE IF EXISTS "_s + name);
        }
    }

    /// The hub's CA, as Settings → Sync would import it.
    sync::HubTrust trust() const
    {
        sync::HubTrust t;
        QFile f(hub->caCertificatePath());
        if (f.open(QIODevice::ReadOnly))
            t.caPem = f.readAll();
        return t;
    }

    sync::EnrollmentRequest enrollment(const QString &code, const QString &deviceName = u"Front desk"_s) const
    {
        return {hub->baseUrl().toString(), code, deviceName, trust()};
    }

    /// A head-office write through the authenticated head-office API; returns its seq.
    qint64 hq(const QString &kind, const QString &locationId, const QString &entityId,
        const QJsonObject &payload, protocol::Op op = protocol::Op::Upsert)
    {
        protocol::HqChangeRequest req;
        req.locationId = locationId;
        req.entityId = entityId;
        req.op = op;
        req.payload = payload;
        const HubReply r = client->post(u"/api/v1/hq/"_s + kind, req.toJson(), hqToken);
        if (r.status != 200)
            qWarning("hq %s failed: %d %s", qPrintable(kind), r.status, r.body.constData());
        return qint64(r.json.value(u"seq"_s).toDouble());
    }

    /// A second device of the location, enrolled by hand: how a test reads the hub's state.
    QString rawEnroll(const QString &locationId)
    {
        protocol::EnrollRequest req;
        req.code = hub->enrollmentCode(locationId);
        req.deviceName = u"Auditor"_s;
        const HubReply r = client->post(u"/api/v1/enroll"_s, req.toJson());
        return r.json.value(u"token"_s).toString();
    }

    /// Every live record of the location, as a full pass lists it ("entity/id" -> change).
    QHash<QString, protocol::Change> fullState(const QString &token, int *duplicates = nullptr)
    {
        QHash<QString, protocol::Change> state;
        QString pageToken;
        int dups = 0;
        for (int page = 0; page < 10'000; ++page) {
            protocol::PullRequest req;
            req.cursor = 0;
            req.limit = 200;
            req.full = true;
            req.pageToken = pageToken;
            const HubReply r = client->post(u"/api/v1/pull"_s, req.toJson(), token);
            protocol::PullResponse resp;
            protocol::ValidationError ve;
            if (r.status != 200 || !protocol::PullResponse::fromJson(r.json, &resp, &ve)) {
                qWarning("full pull failed: %d %s", r.status, r.body.constData());
                break;
            }
            for (const protocol::Change &c : std::as_const(resp.changes)) {
                const QString key = c.entity + u'/' + c.entityId;
                if (state.contains(key))
                    ++dups;
                state.insert(key, c);
            }
            if (!resp.more)
                break;
            pageToken = resp.pageToken;
        }
        if (duplicates)
            *duplicates = dups;
        return state;
    }

    QString deviceOf(const QString &locationId, const QString &deviceName)
    {
        QJsonValue v;
        if (!hub->admin({u"devices"_s, locationId}, &v))
            return {};
        const QJsonArray devices = v.isArray() ? v.toArray() : v.toObject().value(u"devices"_s).toArray();
        for (const QJsonValue &d : devices)
            if (d.toObject().value(u"name"_s).toString() == deviceName)
                return d.toObject().value(u"id"_s).toString();
        return {};
    }
};

} // namespace spoke::test
