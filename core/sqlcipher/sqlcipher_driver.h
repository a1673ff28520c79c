#pragma once

#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace spoke::sql {

inline constexpr char kDriverName[] = "QSQLCIPHER";

class SqlCipherResult;

// QSQLCIPHER: a Qt SQL driver over the SQLCipher C API.
//
// Keys come from QSqlDatabase::setPassword(): empty means no key (a plain SQLite
// file), x'<64 hex digits>' (or 96: key + salt) is a raw 256-bit key, anything else is a
// passphrase run through SQLCipher's PBKDF2. The key is checked with a real read right
// after it is set, so a wrong key or a file that is not a database fails open() with
// native code 26 and leaves the file untouched.
//
// Connect options (semicolon separated, like QSQLITE):
//   SQLCIPHER_BUSY_TIMEOUT=<ms>        default 5000
//   SQLCIPHER_OPEN_READONLY
//   SQLCIPHER_OPEN_NO_CREATE           a missing file fails instead of being created
//   SQLCIPHER_KDF_ITER=<n>             PBKDF2 iterations for a passphrase
//   SQLCIPHER_COMPATIBILITY=<3|4>      SQLCipher major version defaults to read/write
//   SQLCIPHER_OPEN_URI                 the database name is a file: URI
// Unknown options only produce a warning.
//
// Threading: one connection per thread, as Qt requires for every QSqlDatabase (SQLite
// runs in multi-thread mode, without a per-connection mutex, as with QSQLITE). Open a
// separate connection (its own connection name) in each thread that needs the file;
// cancelQuery() is the one call that may come from another thread.
//
// Errors carry SQLite's message as databaseText() and the extended result code as
// nativeErrorCode() (e.g. "1" syntax error, "2067" unique constraint, "1299" not null,
// "787" foreign key, "5" busy, "26" not a database / wrong key).
//
// dbmsType() is QSqlDriver::SQLite (set through Qt's private QSqlDriverPrivate, as
// QSQLITE does), so Qt code that special-cases SQLite behaves as on QSQLITE.
//
// Transactions begin with BEGIN IMMEDIATE: the write lock is taken up front, waiting up
// to the busy timeout, so a transaction never fails halfway with SQLITE_BUSY.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
        const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;

    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    bool isIdentifierEscaped(const QString &identifier, IdentifierType type) const override;
    QString stripDelimiters(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    QVariant handle() const override;
    bool cancelQuery() override;

    // Changes the key of the open, keyed database. Same rules as setPassword() except
    // that an empty key is refused: SQLCipher cannot decrypt in place.
    bool rekey(const QString &newPassword);

    // True when the open database was opened with a key.
    bool isKeyed() const { return m_keyed; }

    // The sqlite3 handle, for the result objects.
    sqlite3 *connection() const { return m_db; }

private:
    friend class SqlCipherResult;
    void attachResult(SqlCipherResult *result) const;
    void detachResult(SqlCipherResult *result) const;
    bool execSimple(const char *sql, const QString &what, QSqlError::ErrorType type);

    sqlite3 *m_db = nullptr;
    bool m_keyed = false;
    bool m_readOnly = false;
    // Results hold prepared statements; they are finalized before the connection closes.
    mutable QList<SqlCipherResult *> m_results;
};

// Registers QSQLCIPHER in-process; safe to call more than once.
void registerSqlCipherDriver();

// "SQLCipher 4.6.1 community, SQLite 3.46.1", for the About box.
QString sqlcipherVersion();

} // namespace spoke::sql
