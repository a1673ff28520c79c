#include "hub/storage/hub_database.h"

#include "hub/storage/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace {

constexpr int kSqliteBusyTimeoutMs = 10'000;
// Prepared statements kept per connection; multi-row statements vary with the row count.
constexpr qsizetype kMaxCachedStatements = 256;

QString sqlError(const QSqlError &error, const QString &what)
{
    return u"%1: %2"_s.arg(what, error.text());
}

} // namespace

DatabaseLocation DatabaseLocation::inDataDir(const QString &dataDir)
{
    DatabaseLocation location;
    location.dialect = Dialect::Sqlite;
    location.sqlitePath = QDir(dataDir).absoluteFilePath(u"hub.sqlite"_s);
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)) {
        *error = u"the database URL must look like postgresql://user:password@host:port/database"_s;
        return std::nullopt;
    }
    DatabaseLocation location;
    location.dialect = Dialect::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.host.isEmpty() || location.database.isEmpty() || location.database.contains(u'/')) {
        *error
            = u"the database URL needs a host and a database name: postgresql://user:password@host:port/database"_s;
        return std::nullopt;
    }
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        static const QStringList allowed {u"sslmode"_s, u"connect_timeout"_s, u"sslrootcert"_s, u"sslcert"_s,
            u"sslkey"_s, u"application_name"_s};
        if (!allowed.contains(key)) {
            *error = u"the database URL has an option the hub does not pass on: %1 (allowed: %2)"_s.arg(
                key, allowed.join(u", "_s));
            return std::nullopt;
        }
        options << key + u'=' + value;
    }
    if (!options.join(u' ').contains(u"connect_timeout"_s))
        options << u"connect_timeout=10"_s;
    location.connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

HubDatabase::HubDatabase()
    : m_name(u"spoke-hub-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HubDatabase::~HubDatabase()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

int HubDatabase::latestSchemaVersion()
{
    return migrations(Dialect::Sqlite).back().version;
}

bool HubDatabase::open(const DatabaseLocation &location, QString *error)
{
    m_dialect = location.dialect;
    const QString driver = location.dialect == Dialect::Postgres ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = u"the Qt SQL driver %1 is not installed (Debian: %2)"_s.arg(
            driver, location.dialect == Dialect::Postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    if (location.dialect == Dialect::Sqlite) {
        if (location.sqlitePath != ":memory:"_L1) {
            const QFileInfo file(location.sqlitePath);
            if (!QDir().mkpath(file.absolutePath())) {
                *error = u"cannot create the data folder %1"_s.arg(file.absolutePath());
                return false;
            }
        }
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kSqliteBusyTimeoutMs));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(location.connectOptions);
    }
    if (!db.open()) {
        *error = u"cannot open the database %1: %2"_s.arg(location.describe(), db.lastError().text());
        return false;
    }
    if (location.dialect == Dialect::Sqlite) {
        // The hub acknowledges a push only after it is on disk: an acknowledged batch that a
        // power cut loses would leave the location's outbox ahead of the hub.
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                 u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s}) {
            if (!execOnce(pragma, error))
                return false;
        }
    } else {
        if (!execOnce(u"SET client_min_messages = warning"_s, error))
            return false;
    }
    return migrate(error);
}

bool HubDatabase::migrate(QString *error)
{
    if (!execOnce(createMigrationsTable(), error))
        return false;
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next()) {
        *error = sqlError(q.lastError(), u"reading the schema version"_s);
        return false;
    }
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    const std::vector<Migration> all = migrations(m_dialect);
    if (m_schemaVersion > all.back().version) {
        *error = u"the database has schema version %1 but this spoke-hub knows only up to %2: "
                 "run the newer spoke-hub that wrote it"_s.arg(m_schemaVersion)
                     .arg(all.back().version);
        return false;
    }
    for (const Migration &migration : all) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (!begin(error))
            return false;
        for (const QString &statement : migration.statements) {
            if (!execOnce(statement, error)) {
                rollback();
                *error = u"migration %1 (%2) failed: %3"_s.arg(migration.version)
                             .arg(migration.description, *error);
                return false;
            }
        }
        QSqlQuery record(connection());
        record.prepare(
            u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.description);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec()) {
            *error = sqlError(record.lastError(), u"recording migration %1"_s.arg(migration.version));
            rollback();
            return false;
        }
        record.finish();
        if (!commit(error))
            return false;
        m_schemaVersion = migration.version;
    }
    return true;
}

bool HubDatabase::begin(QString *error)
{
    return execOnce(m_dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, error);
}

bool HubDatabase::commit(QString *error)
{
    return execOnce(u"COMMIT"_s, error);
}

void HubDatabase::rollback()
{
    for (auto &statement : m_statements)
        statement->finish();
    QString ignored;
    (void)execOnce(u"ROLLBACK"_s, &ignored);
}

bool HubDatabase::execOnce(const QString &sql, QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        *error = sqlError(q.lastError(), sql.left(80));
        return false;
    }
    return true;
}

QSqlQuery *HubDatabase::exec(const QString &sql, const QVariantList &values, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= kMaxCachedStatements)
            m_statements.clear();
        auto q = std::make_shared<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            *error = sqlError(q->lastError(), u"preparing "_s + sql.left(80));
            return nullptr;
        }
        it = m_statements.insert(sql, std::move(q));
    }
    QSqlQuery *q = it->get();
    q->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        q->bindValue(int(i), values.at(i));
    if (!q->exec()) {
        *error = sqlError(q->lastError(), sql.left(80));
        return nullptr;
    }
    return q;
}

QString valuesPlaceholders(qsizetype rows, int columns)
{
    QString row = u"("_s;
    for (int c = 0; c < columns; ++c)
        row += c == 0 ? u"?"_s : u",?"_s;
    row += u')';
    QString out;
    out.reserve(rows * (row.size() + 1));
    for (qsizetype r = 0; r < rows; ++r) {
        if (r > 0)
            out += u',';
        out += row;
    }
    return out;
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? u"?"_s : u",?"_s;
    return out;
}

} // namespace spoke::hub
