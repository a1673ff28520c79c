#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace spoke::hub {

/// Which SQL the hub speaks: the embedded default or the production server.
enum class Dialect { Sqlite, Postgres };

/// Where the hub keeps its data: "sqlite:<file>", ":memory:" or a postgresql:// URL.
struct DatabaseLocation
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath; ///< ":memory:" for a private in-memory database
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; ///< QPSQL options, e.g. "sslmode=require"

    /// The SQLite file hub.sqlite in dataDir.
    [[nodiscard]] static DatabaseLocation inDataDir(const QString &dataDir);
    /// postgresql://user:pass@host:port/db[?sslmode=...&connect_timeout=...]
    [[nodiscard]] static std::optional<DatabaseLocation> fromUrl(const QString &url, QString *error);
    /// For logs: never the password.
    [[nodiscard]] QString describe() const;
};

/// One connection to the hub database: opening with the right settings, numbered
/// migrations for both dialects, transactions, and prepared statements reused per
/// connection. All SQL text of the hub lives in hub/storage.
class HubDatabase
{
public:
    HubDatabase();
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    /// Opens (creating the SQLite file if needed) and migrates. False with a message for an
    /// operator on failure.
    [[nodiscard]] bool open(const DatabaseLocation &location, QString *error);
    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// The newest migration this build knows.
    [[nodiscard]] static int latestSchemaVersion();

    /// BEGIN (IMMEDIATE on SQLite, so two writers never deadlock on a lock upgrade).
    [[nodiscard]] bool begin(QString *error);
    [[nodiscard]] bool commit(QString *error);
    void rollback();

    /// Prepares once per SQL text and runs with positional values; nullptr on error with
    /// *error set. The query stays valid until the next call with the same SQL.
    QSqlQuery *exec(const QString &sql, const QVariantList &values, QString *error);
    /// Runs a statement that is not reused (DDL, one-offs).
    [[nodiscard]] bool execOnce(const QString &sql, QString *error);

    [[nodiscard]] QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    [[nodiscard]] bool migrate(QString *error);

    QString m_name;
    Dialect m_dialect = Dialect::Sqlite;
    int m_schemaVersion = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

/// Multi-row VALUES lists: "(?,?,?),(?,?,?)" for rows x columns placeholders.
[[nodiscard]] QString valuesPlaceholders(qsizetype rows, int columns);
/// "?,?,?" for n placeholders.
[[nodiscard]] QString placeholders(qsizetype n);

} // namespace spoke::hub
