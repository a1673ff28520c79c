#include "core/sqlcipher/sqlcipher_driver.h"

#include "core/sqlcipher/sqlcipher_common.h"
#include "core/sqlcipher/sqlcipher_result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <QtSql/private/qsqldriver_p.h>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <optional>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

using namespace Qt::StringLiterals;

namespace spoke::sql {

namespace {

struct Options
{
    int busyTimeoutMs = 5000;
    bool readOnly = false;
    bool noCreate = false;
    bool uri = false;
    std::optional<int> kdfIter;
    std::optional<int> compatibility;
};

Options parseOptions(const QString &connectOptions)
{
    Options o;
    const QStringList parts = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        bool ok = true;
        if (name == u"SQLCIPHER_BUSY_TIMEOUT") {
            const int v = value.toInt(&ok);
            if (ok && v >= 0)
                o.busyTimeoutMs = v;
        } else if (name == u"SQLCIPHER_OPEN_READONLY") {
            o.readOnly = true;
        } else if (name == u"SQLCIPHER_OPEN_NO_CREATE") {
            o.noCreate = true;
        } else if (name == u"SQLCIPHER_OPEN_URI") {
            o.uri = true;
        } else if (name == u"SQLCIPHER_KDF_ITER") {
            const int v = value.toInt(&ok);
            if (ok && v > 0)
                o.kdfIter = v;
        } else if (name == u"SQLCIPHER_COMPATIBILITY") {
            const int v = value.toInt(&ok);
            if (ok && v >= 1 && v <= 4)
                o.compatibility = v;
        } else {
            ok = false;
        }
        if (!ok)
            qWarning("QSQLCIPHER: ignoring connect option %s", qUtf8Printable(part));
    }
    return o;
}

QString quoteIdentifierPart(const QString &part)
{
    QString out = part;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

// SQL text of a declared default ('abc', 42, CURRENT_TIMESTAMP) as a value: quoted
// strings lose their quotes, numbers become numbers, anything else stays as written.
QVariant defaultValue(const QString &sql)
{
    if (sql.size() >= 2 && sql.startsWith(u'\'') && sql.endsWith(u'\'')) {
        QString text = sql.mid(1, sql.size() - 2);
        text.replace(u"''"_s, u"'"_s);
        return text;
    }
    bool ok = false;
    const qlonglong integer = sql.toLongLong(&ok);
    if (ok)
        return integer;
    const double real = sql.toDouble(&ok);
    if (ok)
        return real;
    return sql;
}

// Splits "schema.table" into its parts. A part may be quoted with "", [] or `` (a dot
// inside quotes belongs to the name); a quote character that does not start a part is
// part of the name, as in a table name that tables() returned. Returns unquoted parts.
QStringList splitQualifiedName(const QString &name)
{
    QStringList parts;
    QString current;
    char16_t closing = 0;
    bool partStart = true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (closing) {
            if (c != closing) {
                current += c;
            } else if (closing != u']' && i + 1 < name.size() && name.at(i + 1) == closing) {
                current += c; // doubled quote inside a quoted name
                ++i;
            } else {
                closing = 0;
            }
            continue;
        }
        if (partStart && (c == u'"' || c == u'`' || c == u'[')) {
            closing = c == u'[' ? u']' : c.unicode();
            partStart = false;
        } else if (c == u'.') {
            parts << current;
            current.clear();
            partStart = true;
        } else {
            current += c;
            partStart = false;
        }
    }
    parts << current;
    return parts;
}

struct ColumnInfo
{
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultSql;
    int keyPosition = 0; // 1-based position in the primary key, 0 if not part of it
};

struct TableInfo
{
    QString table; // unquoted name without the schema
    bool withoutRowid = false;
    QList<ColumnInfo> columns;
};

// Reads PRAGMA table_info for a table name as Qt passes it around: plain, escaped, or
// schema-qualified. A plain name with a dot that is not schema.table (a table really
// called "v1.2") is tried as a whole too.
TableInfo tableInfo(const SqlCipherDriver *driver, const QString &tableName)
{
    TableInfo info;
    const QStringList parts = splitQualifiedName(tableName);
    QList<std::pair<QString, QString>> candidates; // schema prefix, table
    if (parts.size() == 2)
        candidates.append({quoteIdentifierPart(parts.at(0)) + u'.', parts.at(1)});
    candidates.append(
        {QString(), parts.size() == 2 && !tableName.contains(u'"') ? tableName : parts.join(u'.')});
    for (const auto &[schema, table] : candidates) {
        QSqlQuery q(driver->createResult());
        q.setForwardOnly(true);
        if (!q.exec(u"PRAGMA "_s + schema + u"table_info("_s + quoteIdentifierPart(table) + u')'))
            continue;
        while (q.next()) {
            ColumnInfo c;
            c.name = q.value(1).toString();
            c.declaredType = q.value(2).toString();
            c.notNull = q.value(3).toInt() != 0;
            c.defaultSql = q.value(4);
            c.keyPosition = q.value(5).toInt();
            info.columns.append(c);
        }
        if (info.columns.isEmpty())
            continue;
        info.table = table;
        if (q.exec(u"PRAGMA "_s + schema + u"table_list("_s + quoteIdentifierPart(table) + u')') && q.next())
            info.withoutRowid = q.value(u"wr"_s).toInt() != 0;
        break;
    }
    if (info.table.isEmpty())
        info.table = parts.constLast();
    return info;
}

QSqlField makeField(const ColumnInfo &c, const QString &table)
{
    const QByteArray declType = c.declaredType.toUtf8();
    const QMetaType type(detail::typeFromDeclaredType(declType.constData()));
    QSqlField field(c.name, type.isValid() ? type : QMetaType(QMetaType::QString), table);
    field.setSqlType(0);
    return field;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(*new QSqlDriverPrivate(QSqlDriver::SQLite), parent)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case BLOB:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
    case BatchOperations:
    case CancelQuery:
        return true;
    case QuerySize:
    case EventNotifications:
    case MultipleResultSets:
        return false;
    }
    return false;
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what, QSqlError::ErrorType type)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return true;
    setLastError(detail::makeError(m_db, what, type, rc));
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password, const QString &, int,
    const QString &connectOptions)
{
    if (isOpen())
        close();
    const Options options = parseOptions(connectOptions);
    const detail::KeyKind keyKind = detail::classifyKey(password);
    if (keyKind == detail::KeyKind::Malformed) {
        setLastError(QSqlError(tr("Error opening database"),
            tr("A raw key must be written x'<64 or 96 hexadecimal digits>'"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE)));
        setOpenError(true);
        return false;
    }

    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!options.readOnly && !options.noCreate)
        flags |= SQLITE_OPEN_CREATE;
    if (options.uri)
        flags |= SQLITE_OPEN_URI;
    // Multi-thread mode, as QSQLITE: Qt already refuses to hand a connection to any
    // thread but its own, so a per-connection mutex would only add a lock and an unlock
    // to every sqlite3_* call (4% of the instructions of the driver benchmark).
    // cancelQuery()'s sqlite3_interrupt() is safe from any thread in this mode too.
    flags |= SQLITE_OPEN_NOMUTEX;

    const QByteArray path = db.toUtf8();
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(path.constData(), &handle, flags, nullptr);
    auto fail = [&](const QString &what) {
        setLastError(detail::makeError(handle, what, QSqlError::ConnectionError, rc));
        sqlite3_close_v2(handle);
        m_db = nullptr;
        setOpenError(true);
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(tr("Error opening database"));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, options.busyTimeoutMs);

    if (keyKind != detail::KeyKind::None) {
        QByteArray key = password.toUtf8();
        rc = sqlite3_key(handle, key.constData(), int(key.size()));
        detail::wipe(key);
        if (rc != SQLITE_OK)
            return fail(tr("Unable to set the key"));
        if (options.compatibility) {
            const QByteArray pragma
                = "PRAGMA cipher_compatibility = " + QByteArray::number(*options.compatibility);
            rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return fail(tr("Unable to set the cipher compatibility"));
        }
        if (options.kdfIter) {
            const QByteArray pragma = "PRAGMA kdf_iter = " + QByteArray::number(*options.kdfIter);
            rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return fail(tr("Unable to set the key derivation iterations"));
        }
    }

    // SQLCipher accepts any key; a wrong one (or a file that is not a database) shows
    // only at the first read of page 1. Read it now, so open() fails cleanly and the
    // file is never written with the wrong key.
    rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(keyKind == detail::KeyKind::None ? tr("Error opening database")
                                                     : tr("Wrong key, or the file is not a database"));

    m_db = handle;
    m_keyed = keyKind != detail::KeyKind::None;
    m_readOnly = options.readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db) {
        if (isOpen())
            setOpen(false);
        return;
    }
    // Prepared statements keep the connection busy; finalize them first.
    const QList<SqlCipherResult *> results = m_results;
    for (SqlCipherResult *r : results)
        r->connectionClosing();
    if (sqlite3_close_v2(m_db) != SQLITE_OK)
        setLastError(detail::makeError(m_db, tr("Error closing database"), QSqlError::ConnectionError));
    m_db = nullptr;
    m_keyed = false;
    m_readOnly = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attachResult(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detachResult(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::beginTransaction()
{
    if (!isOpen() || isOpenError())
        return false;
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
    // transaction never fails halfway with SQLITE_BUSY when another connection writes.
    // A read-only connection cannot take the write lock: it gets a plain (read) one.
    return execSimple(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE", tr("Unable to begin transaction"),
        QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    if (!isOpen() || isOpenError())
        return false;
    return execSimple("COMMIT", tr("Unable to commit transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    if (!isOpen() || isOpenError())
        return false;
    return execSimple("ROLLBACK", tr("Unable to roll back transaction"), QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s;
    if (type & QSql::Views)
        kinds << u"type = 'view'"_s;
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        if (q.exec(
                u"SELECT name FROM sqlite_schema WHERE "_s + kinds.join(u" OR "_s) + u" ORDER BY name"_s)) {
            while (q.next())
                result << q.value(0).toString();
        }
    }
    if (type & QSql::SystemTables)
        result << u"sqlite_schema"_s;
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen() || tableName.isEmpty())
        return rec;
    const TableInfo info = tableInfo(this, tableName);
    const auto keyColumns = std::count_if(
        info.columns.cbegin(), info.columns.cend(), [](const ColumnInfo &c) { return c.keyPosition > 0; });
    for (const ColumnInfo &c : info.columns) {
        QSqlField field = makeField(c, info.table);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        if (!c.defaultSql.isNull())
            field.setDefaultValue(defaultValue(c.defaultSql.toString()));
        // Only a lone INTEGER PRIMARY KEY of a rowid table is the rowid, filled in by SQLite.
        field.setAutoValue(c.keyPosition > 0 && keyColumns == 1 && !info.withoutRowid
            && c.declaredType.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    if (!isOpen() || tableName.isEmpty())
        return QSqlIndex(splitQualifiedName(tableName).constLast(), QString());
    const TableInfo info = tableInfo(this, tableName);
    QSqlIndex index(info.table, QString());
    QList<ColumnInfo> keyColumns;
    for (const ColumnInfo &c : info.columns) {
        if (c.keyPosition > 0)
            keyColumns.append(c);
    }
    std::sort(keyColumns.begin(), keyColumns.end(),
        [](const ColumnInfo &a, const ColumnInfo &b) { return a.keyPosition < b.keyPosition; });
    for (const ColumnInfo &c : keyColumns)
        index.append(makeField(c, info.table));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(u'.')) {
        // schema.table: each part on its own, as QSQLITE does.
        const QStringList parts = identifier.split(u'.');
        QStringList quoted;
        quoted.reserve(parts.size());
        for (const QString &p : parts)
            quoted << quoteIdentifierPart(p);
        return quoted.join(u'.');
    }
    return quoteIdentifierPart(identifier);
}

bool SqlCipherDriver::isIdentifierEscaped(const QString &identifier, IdentifierType) const
{
    return identifier.size() > 2
        && ((identifier.startsWith(u'"') && identifier.endsWith(u'"'))
            || (identifier.startsWith(u'`') && identifier.endsWith(u'`'))
            || (identifier.startsWith(u'[') && identifier.endsWith(u']')));
}

QString SqlCipherDriver::stripDelimiters(const QString &identifier, IdentifierType type) const
{
    if (!isIdentifierEscaped(identifier, type))
        return identifier;
    QString inner = identifier.mid(1, identifier.size() - 2);
    if (identifier.startsWith(u'"'))
        inner.replace(u"\"\""_s, u"\""_s);
    return inner;
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return u"NULL"_s;
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return u"X'"_s + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
    case QMetaType::Bool:
        return field.value().toBool() ? u"1"_s : u"0"_s;
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::cancelQuery()
{
    if (!m_db)
        return false;
    sqlite3_interrupt(m_db);
    return true;
}

bool SqlCipherDriver::rekey(const QString &newPassword)
{
    if (!m_db || !m_keyed) {
        setLastError(QSqlError(tr("Unable to change the key"), tr("The database is not open with a key"),
            QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    const detail::KeyKind kind = detail::classifyKey(newPassword);
    if (kind == detail::KeyKind::None || kind == detail::KeyKind::Malformed) {
        setLastError(QSqlError(tr("Unable to change the key"),
            kind == detail::KeyKind::None ? tr("An empty key would decrypt the database")
                                          : tr("A raw key must be written x'<64 or 96 hexadecimal digits>'"),
            QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    QByteArray key = newPassword.toUtf8();
    const int rc = sqlite3_rekey(m_db, key.constData(), int(key.size()));
    detail::wipe(key);
    if (rc != SQLITE_OK) {
        setLastError(detail::makeError(m_db, tr("Unable to change the key"), QSqlError::ConnectionError, rc));
        return false;
    }
    return execSimple("SELECT count(*) FROM sqlite_schema",
        tr("Unable to read the database after the key change"), QSqlError::ConnectionError);
}

void registerSqlCipherDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(
            QString::fromLatin1(kDriverName), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

QString sqlcipherVersion()
{
    QString cipher;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            cipher = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return QStringLiteral("SQLCipher %1, SQLite %2").arg(cipher, QString::fromLatin1(sqlite3_libversion()));
}

} // namespace spoke::sql
