#include "hub/admin_cli.h"

#include "core/protocol/sync_messages.h"
#include "hub/storage/hub_store.h"
#include "hub/sync/secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace {

constexpr int kDefaultExpiresHours = 72;
constexpr int kMaxExpiresHours = 24 * 90;
constexpr int kDefaultKeepDays = 90;

struct Options
{
    bool json = false;
    int expiresHours = kDefaultExpiresHours;
    int keepDays = kDefaultKeepDays;
    bool withCodes = false;
    QStringList positional;
};

bool parseOptions(const QStringList &arguments, Options *out, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto number = [&](int *target, int min, int max) {
            bool ok = false;
            const int v = i + 1 < arguments.size() ? arguments.at(i + 1).toInt(&ok) : 0;
            if (!ok || v < min || v > max) {
                *error = u"%1 needs a number from %2 to %3"_s.arg(a).arg(min).arg(max);
                return false;
            }
            *target = v;
            ++i;
            return true;
        };
        if (a == "--json"_L1) {
            out->json = true;
        } else if (a == "--with-codes"_L1) {
            out->withCodes = true;
        } else if (a == "--expires-hours"_L1) {
            if (!number(&out->expiresHours, 0, kMaxExpiresHours))
                return false;
        } else if (a == "--keep-days"_L1) {
            if (!number(&out->keepDays, 0, 100'000))
                return false;
        } else if (a.startsWith(u"--"_s)) {
            *error = u"unknown option %1"_s.arg(a);
            return false;
        } else {
            out->positional << a;
        }
    }
    return true;
}

QJsonObject deviceJson(const DeviceInfo &d)
{
    return {{u"device_id"_s, d.id}, {u"location_id"_s, d.locationId}, {u"name"_s, d.name},
        {u"created_at"_s, d.createdAt}, {u"revoked_at"_s, d.revokedAt.isEmpty() ? QJsonValue() : d.revokedAt},
        {u"last_push_at"_s, d.lastPushAt.isEmpty() ? QJsonValue() : d.lastPushAt},
        {u"last_pull_at"_s, d.lastPullAt.isEmpty() ? QJsonValue() : d.lastPullAt},
        {u"last_mutation_id"_s, d.lastMutationId}, {u"ack_cursor"_s, d.ackCursor}};
}

QString orNever(const QString &s)
{
    return s.isEmpty() ? u"never"_s : s;
}

/// One admin session: the open database and where output goes.
class Admin
{
public:
    Admin(HubDatabase &db, const Options &options, QTextStream &out, QTextStream &err)
        : m_db(db)
        , m_store(db)
        , m_options(options)
        , m_out(out)
        , m_err(err)
    { }

    int run()
    {
        const QStringList &p = m_options.positional;
        const QString command = p.value(0);
        const qsizetype args = p.size() - 1;
        if (command == "add-location"_L1 && args == 1)
            return addLocation(p.at(1));
        if (command == "add-locations"_L1 && args >= 1)
            return addLocations(p.mid(1));
        if (command == "locations"_L1 && args == 0)
            return listLocations();
        if (command == "enroll-code"_L1 && args == 1)
            return enrollCode(p.at(1));
        if (command == "devices"_L1 && args <= 1)
            return listDevices(p.value(1));
        if (command == "revoke"_L1 && args == 1)
            return revoke(p.at(1));
        if (command == "status"_L1 && args == 0)
            return status();
        if (command == "hq-token"_L1 && args == 1)
            return hqToken(p.at(1));
        if (command == "compact"_L1 && args == 0)
            return compact();
        m_err << "spoke-hub admin: "
              << (command.isEmpty() ? u"no command"_s : u"bad use of '%1'"_s.arg(command)) << "\n"
              << adminUsage();
        return kAdminUsage;
    }

private:
    int dbFailure(const QString &error)
    {
        m_err << "spoke-hub admin: " << error << "\n";
        return kAdminUsage;
    }

    int refused(const QString &message)
    {
        m_err << "spoke-hub admin: " << message << "\n";
        return kAdminRefused;
    }

    void print(const QJsonValue &json, const QString &text)
    {
        if (m_options.json) {
            m_out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                         .toJson(QJsonDocument::Indented);
        } else {
            m_out << text;
        }
        m_out.flush();
    }

    /// Runs fn in one transaction.
    template<typename Fn> bool inTransaction(Fn fn, QString *error)
    {
        if (!m_db.begin(error))
            return false;
        if (!fn()) {
            m_db.rollback();
            return false;
        }
        return m_db.commit(error);
    }

    int addLocation(const QString &name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 200)
            return refused(u"a location name needs 1 to 200 characters"_s);
        const LocationInfo location {newId(), trimmed, nowIso()};
        QString error;
        if (!inTransaction([&] { return m_store.addLocation(location, &error); }, &error))
            return dbFailure(error);
        print(QJsonObject {{u"location_id"_s, location.id}, {u"name"_s, location.name}},
            u"Added location \"%1\": %2\n"_s.arg(location.name, location.id));
        return kAdminOk;
    }

    /// Many locations (and their first enrollment codes) in one transaction: onboarding a
    /// region, or a load test.
    int addLocations(const QStringList &names)
    {
        for (const QString &name : names) {
            if (name.trimmed().isEmpty() || name.trimmed().size() > 200)
                return refused(u"a location name needs 1 to 200 characters"_s);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString nowText = now.toString(Qt::ISODateWithMs);
        const QString expires
            = now.addSecs(qint64(m_options.expiresHours) * 3600).toString(Qt::ISODateWithMs);
        QJsonArray json;
        QString text;
        QString error;
        const bool ok = inTransaction(
            [&] {
                for (const QString &name : names) {
                    const LocationInfo location {newId(), name.trimmed(), nowText};
                    if (!m_store.addLocation(location, &error))
                        return false;
                    QJsonObject entry {{u"location_id"_s, location.id}, {u"name"_s, location.name}};
                    text += u"%1  %2"_s.arg(location.id, location.name);
                    if (m_options.withCodes) {
                        const QString code = newEnrollmentCode();
                        if (!m_store.addEnrollmentCode(
                                secretHash(code), location.id, nowText, expires, &error))
                            return false;
                        entry.insert(u"code"_s, protocol::formatEnrollmentCode(code));
                        entry.insert(u"expires_at"_s, expires);
                        text += u"  "_s + protocol::formatEnrollmentCode(code);
                    }
                    text += u'\n';
                    json.append(entry);
                }
                return true;
            },
            &error);
        if (!ok)
            return dbFailure(error);
        print(json, text);
        return kAdminOk;
    }

    int listLocations()
    {
        QList<LocationInfo> all;
        QString error;
        if (!m_store.locations(&all, &error))
            return dbFailure(error);
        QJsonArray json;
        QString text;
        for (const LocationInfo &l : std::as_const(all)) {
            json.append(
                QJsonObject {{u"location_id"_s, l.id}, {u"name"_s, l.name}, {u"created_at"_s, l.createdAt}});
            text += u"%1  %2\n"_s.arg(l.id, l.name);
        }
        print(json, text.isEmpty() ? u"No locations yet: spoke-hub admin add-location NAME\n"_s : text);
        return kAdminOk;
    }

    int enrollCode(const QString &locationId)
    {
        QString error;
        std::optional<LocationInfo> location;
        if (!m_store.location(locationId, &location, &error))
            return dbFailure(error);
        if (!location)
            return refused(u"no location with id %1 (see: spoke-hub admin locations)"_s.arg(locationId));
        const QString code = newEnrollmentCode();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString expires
            = now.addSecs(qint64(m_options.expiresHours) * 3600).toString(Qt::ISODateWithMs);
        if (!inTransaction(
                [&] {
                    return m_store.addEnrollmentCode(
                        secretHash(code), locationId, now.toString(Qt::ISODateWithMs), expires, &error);
                },
                &error))
            return dbFailure(error);
        const QString shown = protocol::formatEnrollmentCode(code);
        print(QJsonObject {{u"code"_s, shown}, {u"location_id"_s, locationId}, {u"expires_at"_s, expires}},
            u"Enrollment code for \"%1\": %2\nIt works once and expires at %3 (UTC). The hub keeps only its hash.\n"_s
                .arg(location->name, shown, expires));
        return kAdminOk;
    }

    int listDevices(const QString &locationId)
    {
        QString error;
        QList<DeviceInfo> all;
        if (!m_store.devices(locationId, &all, &error))
            return dbFailure(error);
        QJsonArray json;
        QString text;
        for (const DeviceInfo &d : std::as_const(all)) {
            json.append(deviceJson(d));
            text += u"%1  %2  \"%3\"  %4  last push %5, last pull %6\n"_s.arg(d.id, d.locationId, d.name,
                d.revokedAt.isEmpty() ? u"active"_s : u"revoked "_s + d.revokedAt, orNever(d.lastPushAt),
                orNever(d.lastPullAt));
        }
        print(json, text.isEmpty() ? u"No devices.\n"_s : text);
        return kAdminOk;
    }

    int revoke(const QString &deviceId)
    {
        QString error;
        bool found = false;
        if (!inTransaction([&] { return m_store.revokeDevice(deviceId, nowIso(), &found, &error); }, &error))
            return dbFailure(error);
        if (!found)
            return refused(u"no device with id %1 (see: spoke-hub admin devices)"_s.arg(deviceId));
        print(QJsonObject {{u"device_id"_s, deviceId}, {u"revoked"_s, true}},
            u"Revoked device %1: its token no longer works.\n"_s.arg(deviceId));
        return kAdminOk;
    }

    int status()
    {
        QString error;
        QList<LocationStatus> all;
        if (!m_store.status(&all, &error))
            return dbFailure(error);
        QJsonArray json;
        QString text;
        for (const LocationStatus &s : std::as_const(all)) {
            json.append(QJsonObject {{u"location_id"_s, s.id}, {u"name"_s, s.name},
                {u"active_devices"_s, s.activeDevices}, {u"revoked_devices"_s, s.revokedDevices},
                {u"last_push_at"_s, s.lastPushAt.isEmpty() ? QJsonValue() : s.lastPushAt},
                {u"last_pull_at"_s, s.lastPullAt.isEmpty() ? QJsonValue() : s.lastPullAt},
                {u"records"_s, s.records}, {u"pending_down"_s, s.pendingDown}, {u"conflicts"_s, s.conflicts},
                {u"chain_heads"_s, s.chainHeads}});
            text += u"%1  \"%2\"\n  devices: %3 active, %4 revoked; last push %5, last pull %6\n"
                    "  records: %7; waiting to go down: %8; conflicts: %9\n"_s.arg(s.id, s.name)
                        .arg(s.activeDevices)
                        .arg(s.revokedDevices)
                        .arg(orNever(s.lastPushAt), orNever(s.lastPullAt))
                        .arg(s.records)
                        .arg(s.pendingDown)
                        .arg(s.conflicts);
        }
        print(json, text.isEmpty() ? u"No locations yet.\n"_s : text);
        return kAdminOk;
    }

    int hqToken(const QString &name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 100)
            return refused(u"a token name needs 1 to 100 characters"_s);
        const QString id = newId();
        const QString token = newToken();
        QString error;
        if (!inTransaction(
                [&] { return m_store.addHqToken(id, trimmed, secretHash(token), nowIso(), &error); }, &error))
            return dbFailure(error);
        print(QJsonObject {{u"id"_s, id}, {u"name"_s, trimmed}, {u"token"_s, token}},
            u"Head-office token \"%1\" (%2):\n%3\nIt is shown only now; the hub keeps only its hash.\n"_s.arg(
                trimmed, id, token));
        return kAdminOk;
    }

    int compact()
    {
        const QString cutoff = QDateTime::currentDateTimeUtc()
                                   .addSecs(-qint64(m_options.keepDays) * 86'400)
                                   .toString(Qt::ISODateWithMs);
        qint64 purged = 0;
        qint64 horizon = 0;
        QString error;
        if (!inTransaction([&] { return m_store.compact(cutoff, &purged, &horizon, &error); }, &error))
            return dbFailure(error);
        print(QJsonObject {{u"purged"_s, purged}, {u"horizon"_s, horizon}},
            u"Purged %1 tombstones older than %2 days; devices with a cursor below %3 get a full resync.\n"_s
                .arg(purged)
                .arg(m_options.keepDays)
                .arg(horizon));
        return kAdminOk;
    }

    HubDatabase &m_db;
    HubStore m_store;
    const Options &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace

QString adminUsage()
{
    return u"Usage: spoke-hub (--data-dir DIR | --database-url URL) admin COMMAND [--json]\n"
           "  add-location NAME                   add a location; prints its id\n"
           "  add-locations [--with-codes] NAME...  several at once, each with a code if asked\n"
           "  locations                           list locations\n"
           "  enroll-code LOCATION_ID [--expires-hours H]\n"
           "                                      a one-time enrollment code (default 72 h)\n"
           "  devices [LOCATION_ID]               list devices\n"
           "  revoke DEVICE_ID                    revoke a device's token\n"
           "  status                              per location: devices, last push/pull, pending changes\n"
           "  hq-token NAME                       a head-office API token (shown once)\n"
           "  compact [--keep-days N]             purge tombstones older than N days (default 90)\n"_s;
}

int runAdmin(
    const DatabaseLocation &database, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    QString error;
    if (!parseOptions(arguments, &options, &error)) {
        err << "spoke-hub admin: " << error << "\n" << adminUsage();
        return kAdminUsage;
    }
    HubDatabase db;
    if (!db.open(database, &error)) {
        err << "spoke-hub admin: " << error << "\n";
        return kAdminUsage;
    }
    return Admin(db, options, out, err).run();
}

} // namespace spoke::hub
