#include "core/sqlcipher/sqlcipher_result.h"

#include "core/sqlcipher/sqlcipher_common.h"
#include "core/sqlcipher/sqlcipher_driver.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlcipher/sqlite3.h>

#include <limits>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace spoke::sql {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)
};

// Same rule as QSQLITE: a null QString/QByteArray/date inside a valid QVariant binds as
// NULL, so QSqlTableModel's null fields and QString() mean NULL, "" means empty text.
bool isVariantNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(v.constData())->isNull();
    default:
        return false;
    }
}

// True when the SQL after the first statement holds no statement of its own (only
// whitespace, semicolons and comments), so "SELECT 1; -- done" is still one statement.
bool onlyCommentsLeft(sqlite3 *db, const char *tail)
{
    while (*tail) {
        sqlite3_stmt *next = nullptr;
        const char *rest = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &next, &rest) != SQLITE_OK || next) {
            sqlite3_finalize(next);
            return false;
        }
        if (!rest || rest == tail)
            return true;
        tail = rest;
    }
    return true;
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->attachResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver *d = cipherDriver())
        d->detachResult(this);
    finalize();
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalize()
{
    clearRows();
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_columns = 0;
    m_declaredTypes.clear();
    m_parameterMap.clear();
    m_mappedValueCount = -1;
    m_boundValues.clear();
    m_recordValid = false;
    m_record.clear();
}

void SqlCipherResult::connectionClosing()
{
    const bool hadStatement = m_stmt != nullptr;
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (hadStatement)
        m_prepareError = QSqlError(Tr::tr("Unable to execute statement"),
            Tr::tr("The database connection was closed; prepare the query again"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE));
}

void SqlCipherResult::clearRows()
{
    m_cache.clear();
    m_cachedRows = 0;
    m_lastRowOnly = false;
    m_rowPending = false;
    m_done = false;
}

void SqlCipherResult::setStatementError(const char *context, QSqlError::ErrorType type)
{
    const SqlCipherDriver *d = cipherDriver();
    setLastError(detail::makeError(d ? d->connection() : nullptr, Tr::tr(context), type, SQLITE_ERROR));
}

bool SqlCipherResult::reset(const QString &query)
{
    // QSqlQuery::exec(QString) may leave values bound by an earlier prepare() behind;
    // a direct statement has no placeholders of its own, so it binds nothing.
    if (!prepareStatement(query, false))
        return false;
    return execute({});
}

bool SqlCipherResult::prepare(const QString &query)
{
    return prepareStatement(query, true);
}

bool SqlCipherResult::prepareStatement(const QString &query, bool reused)
{
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_prepareError = QSqlError();
    const SqlCipherDriver *d = cipherDriver();
    if (!d || !d->connection()) {
        m_prepareError = QSqlError(Tr::tr("Database is not open"), QString(), QSqlError::ConnectionError);
        setLastError(m_prepareError);
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    // PERSISTENT for QSqlQuery::prepare(): such statements are usually executed many times.
    const int rc = sqlite3_prepare_v3(d->connection(), sql.constData(), int(sql.size()) + 1,
        reused ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(
            QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to execute statement"), QSqlError::StatementError);
        m_prepareError = lastError();
        finalize();
        return false;
    }
    if (tail && !onlyCommentsLeft(d->connection(), tail)) {
        // Like QSQLITE: one statement per query, so a stray second one is never
        // silently ignored.
        m_prepareError = QSqlError(Tr::tr("Unable to execute multiple statements at a time"),
            QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE)), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE));
        setLastError(m_prepareError);
        finalize();
        return false;
    }
    m_columns = m_stmt ? sqlite3_column_count(m_stmt) : 0;
    return true;
}

bool SqlCipherResult::exec()
{
    return execute(boundValues());
}

bool SqlCipherResult::execute(const QList<QVariant> &values)
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    clearRows();
    m_recordValid = false;
    m_rowsAffected = -1;
    m_lastInsertId = 0;
    if (!m_stmt) {
        if (m_prepareError.isValid()) {
            setLastError(m_prepareError);
            return false;
        }
        if (!cipherDriver() || !cipherDriver()->connection()) {
            setLastError(QSqlError(Tr::tr("Database is not open"), QString(), QSqlError::ConnectionError));
            return false;
        }
        // An empty statement (only whitespace or comments) is a successful no-op.
        setSelect(false);
        setActive(true);
        return true;
    }
    sqlite3_reset(m_stmt);
    if (!bindParameters(values))
        return false;
    sqlite3 *db = cipherDriver()->connection();
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(db);
    const Step s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to execute statement"));
    if (s == Step::Error)
        return false;
    if (m_columns > 0)
        m_rowsAffected = -1;
    else if (sqlite3_total_changes64(db) == changesBefore)
        m_rowsAffected = 0; // DDL, PRAGMA, or DML that matched nothing (sqlite3_changes() would be stale)
    else
        m_rowsAffected = int(sqlite3_changes64(db));
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setSelect(m_columns > 0);
    if (s == Step::Row) {
        if (isForwardOnly())
            m_rowPending = true;
        else
            cacheCurrentRow();
    } else {
        finishStatement();
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::execBatch(bool arrayBind)
{
    Q_UNUSED(arrayBind) // SQLite has no array binding; every row is one step.
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    clearRows();
    m_rowsAffected = -1;
    if (!m_stmt) {
        setLastError(m_prepareError.isValid()
                ? m_prepareError
                : QSqlError(Tr::tr("No statement prepared"), QString(), QSqlError::StatementError));
        return false;
    }
    const QList<QVariant> columns = boundValues();
    std::vector<QVariantList> lists;
    lists.reserve(size_t(columns.size()));
    qsizetype rows = -1;
    for (const QVariant &column : columns) {
        lists.push_back(column.toList());
        if (rows < 0)
            rows = lists.back().size();
        if (column.typeId() != QMetaType::QVariantList || lists.back().size() != rows) {
            setLastError(QSqlError(Tr::tr("Parameter count mismatch"),
                Tr::tr("execBatch() needs one QVariantList of equal length per placeholder"),
                QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
    }
    sqlite3 *db = cipherDriver()->connection();
    sqlite3_int64 affected = 0;
    QList<QVariant> row(columns.size());
    for (qsizetype r = 0; r < std::max<qsizetype>(rows, 0); ++r) {
        for (size_t c = 0; c < lists.size(); ++c)
            row[qsizetype(c)] = lists[c].at(r);
        sqlite3_reset(m_stmt);
        if (!bindParameters(row))
            return false;
        Step s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to execute statement"));
        while (s == Step::Row) // e.g. INSERT ... RETURNING: the rows are not kept
            s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to execute statement"));
        if (s == Step::Error)
            return false;
        affected += sqlite3_changes64(db);
    }
    finishStatement();
    m_rowsAffected = int(affected);
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setSelect(false);
    setActive(true);
    return true;
}

bool SqlCipherResult::buildParameterMap(const QList<QVariant> &values)
{
    if (m_mappedValueCount == values.size())
        return true;
    const int count = sqlite3_bind_parameter_count(m_stmt);
    m_parameterMap.assign(size_t(count), -1);
    for (int p = 1; p <= count; ++p) {
        const char *name = sqlite3_bind_parameter_name(m_stmt, p);
        int index = -1;
        if (!name) {
            index = p - 1; // a bare '?' that Qt did not rename
        } else if (name[0] == '?') {
            index = QByteArrayView(name + 1).toInt() - 1; // ?NNN
        } else {
            // QSqlResult renamed '?' to its own serial names and kept ':name' as is;
            // boundValueName() gives the same names, so match on them.
            const QString wanted = QString::fromUtf8(name);
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (boundValueName(int(i)) == wanted) {
                    index = int(i);
                    break;
                }
            }
        }
        if (index < 0 || index >= values.size())
            return false;
        m_parameterMap[size_t(p - 1)] = index;
    }
    m_mappedValueCount = values.size();
    return true;
}

bool SqlCipherResult::bindParameters(const QList<QVariant> &values)
{
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (count == 0 && values.isEmpty())
        return true;
    if (count == 0 || !buildParameterMap(values)) {
        setLastError(QSqlError(Tr::tr("Parameter count mismatch"),
            Tr::tr("%1 placeholders, %2 values").arg(count).arg(values.size()), QSqlError::StatementError,
            QString::number(SQLITE_RANGE)));
        return false;
    }
    // Keeps the values (an implicitly shared copy) alive while SQLite points into them.
    m_boundValues = values;
    if (m_textBuffers.size() < size_t(count))
        m_textBuffers.resize(size_t(count));
    for (int p = 1; p <= count; ++p) {
        const int rc = bindOne(p, m_boundValues.at(m_parameterMap[size_t(p - 1)]), p - 1);
        if (rc != SQLITE_OK) {
            setStatementError(
                QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to bind parameters"), QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

int SqlCipherResult::bindText(int parameter, QStringView text, int slot)
{
    // Encodes into a per-placeholder buffer that is reused across executions, so a
    // prepared statement run in a loop does not allocate for its text parameters.
    QByteArray &buffer = m_textBuffers[size_t(slot)];
    const qsizetype needed = m_encoder.requiredSpace(text.size());
    if (buffer.size() < needed)
        buffer.resize(needed);
    char *begin = buffer.data();
    char *end = m_encoder.appendToBuffer(begin, text);
    return sqlite3_bind_text64(
        m_stmt, parameter, begin, sqlite3_uint64(end - begin), SQLITE_STATIC, SQLITE_UTF8);
}

int SqlCipherResult::bindOne(int parameter, const QVariant &value, int slot)
{
    if (isVariantNull(value))
        return sqlite3_bind_null(m_stmt, parameter);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob64(
            m_stmt, parameter, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
        return sqlite3_bind_int(m_stmt, parameter, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong u = value.toULongLong();
        if (u <= qulonglong(std::numeric_limits<qint64>::max()))
            return sqlite3_bind_int64(m_stmt, parameter, qint64(u));
        // Beyond int64 SQLite has no integer: keep every digit as text.
        return bindText(parameter, QString::number(u), slot);
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_stmt, parameter, value.toDouble());
    case QMetaType::QString:
        return bindText(parameter, *static_cast<const QString *>(value.constData()), slot);
    case QMetaType::QDateTime:
        return bindText(parameter, value.toDateTime().toString(Qt::ISODateWithMs), slot);
    case QMetaType::QDate:
        return bindText(parameter, value.toDate().toString(Qt::ISODate), slot);
    case QMetaType::QTime:
        return bindText(parameter, value.toTime().toString(Qt::ISODateWithMs), slot);
    default:
        return bindText(parameter, value.toString(), slot);
    }
}

SqlCipherResult::Step SqlCipherResult::step(const char *context)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    const bool connectionLost = rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
    setStatementError(context, connectionLost ? QSqlError::ConnectionError : QSqlError::StatementError);
    finishStatement();
    return Step::Error;
}

void SqlCipherResult::finishStatement()
{
    // Resetting at the end releases the read snapshot (WAL checkpoints can proceed)
    // without throwing away the prepared statement.
    m_done = true;
    m_rowPending = false;
    sqlite3_reset(m_stmt);
    // SQLite points into these values (SQLITE_STATIC); every execution binds again
    // before stepping, so they can go now. Dropping our reference lets the next
    // QSqlQuery::bindValue() write in place instead of copying the shared list.
    sqlite3_clear_bindings(m_stmt);
    m_boundValues.clear();
}

void SqlCipherResult::cacheCurrentRow()
{
    for (int c = 0; c < m_columns; ++c)
        m_cache.append(columnValue(c));
    ++m_cachedRows;
}

QMetaType SqlCipherResult::declaredType(int column) const
{
    if (m_declaredTypes.size() != size_t(m_columns))
        m_declaredTypes.assign(size_t(m_columns), -1);
    int &type = m_declaredTypes[size_t(column)];
    if (type < 0)
        type = detail::typeFromDeclaredType(sqlite3_column_decltype(m_stmt, column));
    return QMetaType(type);
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(sqlite3_column_int(m_stmt, column));
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(sqlite3_column_int(m_stmt, column));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
        default:
            return QVariant(sqlite3_column_double(m_stmt, column));
        }
    case SQLITE_TEXT: {
        // text before bytes: the byte count refers to the representation last fetched.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        // A zero-length blob is empty, not NULL.
        return QVariant(blob ? QByteArray(blob, size) : QByteArray(""));
    }
    default:
        return QVariant(declaredType(column));
    }
}

bool SqlCipherResult::readingFromCache() const
{
    return !isForwardOnly() || m_lastRowOnly;
}

QVariant SqlCipherResult::data(int index)
{
    if (index < 0 || index >= m_columns || at() < 0)
        return {};
    if (m_lastRowOnly)
        return m_cache.at(index);
    if (!isForwardOnly())
        return m_cache.at(qsizetype(at()) * m_columns + index);
    if (m_done)
        return {};
    return columnValue(index);
}

bool SqlCipherResult::isNull(int index)
{
    if (index < 0 || index >= m_columns || at() < 0)
        return true;
    if (readingFromCache())
        return data(index).isNull();
    if (m_done)
        return true;
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

bool SqlCipherResult::fetchNext()
{
    if (!isActive() || !isSelect() || !m_stmt)
        return false;
    const int next = at() == QSql::BeforeFirstRow ? 0 : at() + 1;
    if (!isForwardOnly())
        return fetch(next);
    if (at() == QSql::AfterLastRow || m_done) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    if (m_rowPending) {
        m_rowPending = false;
        setAt(next);
        return true;
    }
    if (step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to fetch row")) == Step::Row) {
        setAt(next);
        return true;
    }
    if (!m_done)
        finishStatement();
    setAt(QSql::AfterLastRow);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || !m_stmt || index < 0)
        return false;
    if (isForwardOnly()) {
        if (index < at())
            return false;
        while (at() < index) {
            if (!fetchNext())
                return false;
        }
        return true;
    }
    while (m_cachedRows <= index && !m_done) {
        const Step s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to fetch row"));
        if (s == Step::Row)
            cacheCurrentRow();
        else if (s == Step::Done)
            finishStatement();
    }
    if (index >= m_cachedRows) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly()) {
        if (at() == QSql::BeforeFirstRow)
            return fetchNext();
        return at() == 0;
    }
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect() || !m_stmt)
        return false;
    if (!isForwardOnly()) {
        while (!m_done) {
            const Step s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to fetch row"));
            if (s == Step::Row)
                cacheCurrentRow();
            else if (s == Step::Done)
                finishStatement();
        }
        if (m_cachedRows == 0)
            return false;
        setAt(m_cachedRows - 1);
        return true;
    }
    // Forward-only: the statement cannot go back to the last row once it has stepped
    // past it, so every row is copied before the next step and the final copy is kept.
    if (m_done || at() == QSql::AfterLastRow)
        return false;
    if (at() == QSql::BeforeFirstRow && !fetchNext())
        return false;
    for (;;) {
        m_cache.clear();
        for (int c = 0; c < m_columns; ++c)
            m_cache.append(columnValue(c));
        const Step s = step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to fetch row"));
        if (s == Step::Row) {
            setAt(at() + 1);
            continue;
        }
        if (s == Step::Error)
            return false;
        finishStatement();
        m_lastRowOnly = true;
        return true;
    }
}

int SqlCipherResult::size()
{
    return -1; // SQLite only knows the row count after stepping through every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (isActive() && m_lastInsertId != 0)
        return QVariant(qlonglong(m_lastInsertId));
    return {};
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect() || !m_stmt)
        return {};
    if (m_recordValid)
        return m_record;
    QSqlRecord rec;
    for (int c = 0; c < m_columns; ++c) {
        QMetaType type = declaredType(c);
        if (!type.isValid()) {
            // An expression has no declared type: take the first row's value type.
            if (m_cachedRows > 0)
                type = m_cache.at(c).metaType();
            else if (isForwardOnly() && !m_done && (m_rowPending || at() >= 0))
                type = columnValue(c).metaType();
        }
        const char *table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)), type,
            table ? QString::fromUtf8(table) : QString());
        rec.append(field);
    }
    m_record = rec;
    m_recordValid = true;
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    // Called by QSqlQuery::finish() (position reset to before the first row, the query
    // goes inactive next) and by QSqlTableModel before it writes (SimpleLocking), which
    // keeps reading the rows it shows. Either way the statement lets go of its read
    // snapshot here; rows that may still be read stay readable.
    if (!m_stmt)
        return;
    if (at() == QSql::BeforeFirstRow || !isActive()) {
        clearRows();
    } else if (!m_done && isSelect()) {
        if (!isForwardOnly()) {
            // A model may scroll further: keep the whole result, not just what it saw.
            while (step(QT_TRANSLATE_NOOP("SqlCipherResult", "Unable to fetch row")) == Step::Row)
                cacheCurrentRow();
        } else if (!m_lastRowOnly && at() >= 0) {
            // Forward-only: the current row stays readable, nothing after it.
            m_cache.clear();
            for (int c = 0; c < m_columns; ++c)
                m_cache.append(columnValue(c));
            m_lastRowOnly = true;
        }
    }
    if (!m_done)
        finishStatement();
}

} // namespace spoke::sql
