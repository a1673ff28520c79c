#pragma once

// Internal: the QSqlResult of QSQLCIPHER. Reached only through QSqlQuery.

#include <QByteArray>
#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringEncoder>
#include <QVariant>

#include <vector>

struct sqlite3_stmt;

namespace spoke::sql {

class SqlCipherDriver;

// One prepared statement, reused across exec() calls. Forward-only queries read
// values straight from the statement's current row; scrollable queries keep every
// fetched row as QVariants so they can move back (QSqlCachedResult is private API).
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Called by the driver before the connection closes: the statement goes, the query
    // becomes inactive, and a later exec() fails until the query is prepared again.
    void connectionClosing();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool execBatch(bool arrayBind) override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Error };

    const SqlCipherDriver *cipherDriver() const;
    void finalize();
    bool prepareStatement(const QString &query, bool reused);
    bool execute(const QList<QVariant> &values);
    void clearRows();
    bool bindParameters(const QList<QVariant> &values);
    int bindOne(int parameter, const QVariant &value, int slot);
    int bindText(int parameter, QStringView text, int slot);
    bool buildParameterMap(const QList<QVariant> &values);
    Step step(const char *context);
    void finishStatement();
    void cacheCurrentRow();
    QVariant columnValue(int column) const;
    bool readingFromCache() const;
    QMetaType declaredType(int column) const;
    void setStatementError(const char *context, QSqlError::ErrorType type);

    sqlite3_stmt *m_stmt = nullptr;
    int m_columns = 0;
    // QMetaType::Type of each column's declaration, looked up on first need (-1: not yet).
    mutable std::vector<int> m_declaredTypes;
    QSqlError m_prepareError;
    // Values live here between exec() and the next reset because they are bound with
    // SQLITE_STATIC (no copy inside SQLite).
    QList<QVariant> m_boundValues;
    std::vector<QByteArray> m_textBuffers;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    // SQLite parameter (1-based) -> index into boundValues(); built once per prepare.
    std::vector<int> m_parameterMap;
    qsizetype m_mappedValueCount = -1;

    // Rows fetched so far in scrollable mode (m_columns values per row).
    QList<QVariant> m_cache;
    int m_cachedRows = 0;
    bool m_lastRowOnly = false; // forward-only fetchLast(): m_cache holds just that row
    bool m_rowPending = false; // exec() stepped onto row 0 and nobody consumed it yet
    bool m_done = false; // the statement returned SQLITE_DONE

    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
    mutable QSqlRecord m_record;
    mutable bool m_recordValid = false;
};

} // namespace spoke::sql
