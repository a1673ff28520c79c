#pragma once

#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <utility>

namespace spoke {

class LocationDatabase;

/// The result of WriteTx::exec(): a statement this unit of work ran, usually borrowed from
/// the connection's cache of prepared statements and handed back when this goes away.
class TxQuery
{
public:
    explicit TxQuery(QSqlQuery *borrowed)
        : m_q(borrowed)
    { }
    explicit TxQuery(std::unique_ptr<QSqlQuery> owned)
        : m_owned(std::move(owned))
        , m_q(m_owned.get())
    { }
    TxQuery(TxQuery &&other) noexcept
        : m_owned(std::move(other.m_owned))
        , m_q(std::exchange(other.m_q, nullptr))
    { }
    TxQuery &operator=(TxQuery &&other) noexcept
    {
        release();
        m_owned = std::move(other.m_owned);
        m_q = std::exchange(other.m_q, nullptr);
        return *this;
    }
    TxQuery(const TxQuery &) = delete;
    TxQuery &operator=(const TxQuery &) = delete;
    /// Hands a borrowed statement back to the cache (reset, ready for the next exec).
    ~TxQuery() { release(); }

    bool next() { return m_q->next(); }
    QVariant value(int column) const { return m_q->value(column); }
    void finish() { m_q->finish(); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    QVariant lastInsertId() const { return m_q->lastInsertId(); }
    QSqlQuery &query() { return *m_q; }

private:
    void release()
    {
        if (m_q && !m_owned)
            m_q->finish();
        m_q = nullptr;
    }

    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_q = nullptr;
};

/// One open unit of work (see LocationDatabase::write). Services write their domain rows
/// through exec(), and record what they did with audit() and outbox(); all of it commits
/// or rolls back together.
class WriteTx
{
public:
    WriteTx(LocationDatabase &db, Actor actor);

    const Actor &actor() const { return m_actor; }
    /// The instant of this unit of work, so every row it writes carries the same stamp.
    QDateTime now() const { return m_now; }
    QString nowIso() const;
    QString newId() const;

    /// Prepares, binds positionally and executes one statement.
    Result<TxQuery> exec(const QString &sql, const QVariantList &values = {});

    /// Appends a hash-chained audit entry.
    Status audit(const QString &action, const QString &entity, const QString &entityId,
        const QJsonObject &details = {});
    /// Queues a change for sync to the hub. Payloads must never carry local-only fields.
    Status outbox(
        const QString &entity, const QString &entityId, const QString &op, const QJsonObject &payload);

private:
    LocationDatabase &m_db;
    Actor m_actor;
    QDateTime m_now;
};

} // namespace spoke
