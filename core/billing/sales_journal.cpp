#include "core/billing/sales_journal.h"

#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spoke {

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::SalesJournal)
};

/// The hash of an entry: SHA-256 over a JSON array of every field and the previous hash (an
/// array is an unambiguous encoding: no separator can be forged). Amounts are decimal text.
QString chainHash(const QString &prevHash, const JournalEntry &e, const QString &detailText)
{
    const QJsonArray fields {prevHash, QString::number(e.seq), e.id, e.at, e.kind, e.documentId,
        e.documentNumber, e.customerId, QString::number(e.amountMinor), e.currency, e.staffId, e.staffName,
        detailText};
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

const QString kColumns
    = QStringLiteral("seq, id, at, kind, document_id, document_number, customer_id, "
                     "amount_minor, currency, staff_id, staff_name, details, prev_hash, hash");

JournalEntry entryFrom(const QSqlQuery &q, QString *detailText)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.documentId = q.value(4).toString();
    e.documentNumber = q.value(5).toString();
    e.customerId = q.value(6).toString();
    e.amountMinor = q.value(7).toLongLong();
    e.currency = q.value(8).toString();
    e.staffId = q.value(9).toString();
    e.staffName = q.value(10).toString();
    const QString details = q.value(11).toString();
    e.details = QJsonDocument::fromJson(details.toUtf8()).object();
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    if (detailText)
        *detailText = details;
    return e;
}

} // namespace

Status SalesJournal::append(WriteTx &tx, JournalEntry entry)
{
    auto head = tx.exec(QStringLiteral("SELECT seq, hash FROM sales_journal_head WHERE id = 1"));
    if (!head)
        return head.error();
    entry.seq = 1;
    entry.prevHash = kGenesis;
    if (head->next()) {
        entry.seq = head->value(0).toLongLong() + 1;
        entry.prevHash = head->value(1).toString();
    }
    head->finish();
    entry.id = tx.newId();
    entry.at = tx.nowIso();
    entry.staffId = nonNull(tx.actor().staffId);
    entry.staffName = nonNull(tx.actor().name);
    entry.documentNumber = nonNull(entry.documentNumber);
    entry.customerId = nonNull(entry.customerId);
    const QString detailText = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    entry.hash = chainHash(entry.prevHash, entry, detailText);
    auto ins = tx.exec(
        QStringLiteral("INSERT INTO sales_journal (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns),
        {entry.seq, entry.id, entry.at, entry.kind, entry.documentId, entry.documentNumber, entry.customerId,
            entry.amountMinor, entry.currency, entry.staffId, entry.staffName, detailText, entry.prevHash,
            entry.hash});
    if (!ins)
        return ins.error();
    auto up
        = tx.exec(QStringLiteral("INSERT INTO sales_journal_head (id, seq, hash) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
            {entry.seq, entry.hash});
    if (!up)
        return up.error();
    // The head goes to head office, which keeps every head it saw: a rewritten history no
    // longer leads to a head the hub knows.
    return tx.outbox(QStringLiteral("journal_head"), QString::number(entry.seq), QStringLiteral("upsert"),
        {{QStringLiteral("seq"), QString::number(entry.seq)}, {QStringLiteral("hash"), entry.hash},
            {QStringLiteral("at"), entry.at}});
}

JournalVerification SalesJournal::verify(const LocationDatabase &db)
{
    JournalVerification v;
    QSqlQuery q = db.query(QStringLiteral("SELECT %1 FROM sales_journal ORDER BY seq").arg(kColumns));
    if (!q.exec()) {
        v.problem = Tr::tr("The sales journal cannot be read.");
        return v;
    }
    qint64 expected = 1;
    QString prev = kGenesis;
    while (q.next()) {
        QString detailText;
        const JournalEntry e = entryFrom(q, &detailText);
        const auto fail = [&](const QString &problem) {
            v.firstBadSeq = e.seq;
            v.problem = problem;
            return v;
        };
        if (e.seq != expected)
            return fail(e.seq > expected
                    ? Tr::tr("Sales journal entries %1 to %2 are missing.").arg(expected).arg(e.seq - 1)
                    : Tr::tr("Sales journal entry %1 is out of order.").arg(e.seq));
        if (e.prevHash != prev)
            return fail(Tr::tr("Sales journal entry %1 does not follow the entry before it.").arg(e.seq));
        if (chainHash(prev, e, detailText) != e.hash)
            return fail(Tr::tr("Sales journal entry %1 was changed after it was written.").arg(e.seq));
        prev = e.hash;
        ++expected;
        ++v.entriesChecked;
    }
    const auto [headSeq, headHash] = head(db);
    if (headSeq != expected - 1 || (headSeq > 0 && headHash != prev)) {
        v.firstBadSeq = expected;
        v.problem = headSeq > expected - 1
            ? Tr::tr("The newest sales journal entries (after %1) were removed.").arg(expected - 1)
            : Tr::tr("The sales journal's head does not match its last entry (%1).").arg(expected - 1);
        return v;
    }
    v.ok = true;
    return v;
}

std::pair<qint64, QString> SalesJournal::head(const LocationDatabase &db)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT seq, hash FROM sales_journal_head WHERE id = 1"));
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toString()};
    return {0, QString()};
}

std::vector<JournalEntry> SalesJournal::entries(const LocationDatabase &db, qint64 fromSeq, int limit)
{
    std::vector<JournalEntry> out;
    QSqlQuery q = db.query(
        QStringLiteral("SELECT %1 FROM sales_journal WHERE seq >= ? ORDER BY seq LIMIT ?").arg(kColumns));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(entryFrom(q, nullptr));
    return out;
}

} // namespace spoke
