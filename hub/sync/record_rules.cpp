#include "hub/sync/record_rules.h"

#include "core/protocol/api_error.h"
#include "core/protocol/entities.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace protocol = spoke::protocol;

namespace {

constexpr auto kDeletedField = "_deleted"_L1;

MutationOutcome rejected(const QString &code, const QString &message)
{
    MutationOutcome outcome;
    outcome.applied = false;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

QStringList unionOfKeys(const QJsonObject &a, const QJsonObject &b)
{
    QSet<QString> keys;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

QString writerOf(const StoredRecord &record, const QString &field)
{
    const QJsonValue writer = record.fieldWriters.value(field);
    return writer.isString() ? writer.toString() : record.origin;
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

void setField(QJsonObject *object, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        object->remove(field);
    else
        object->insert(field, value);
}

/// A plain write by the location: the record becomes what it sent.
void replaceByLocation(StoredRecord *record, const protocol::Mutation &mutation)
{
    if (!record->exists()) {
        record->origin = protocol::kLocation;
        record->created = true;
    }
    record->payload = mutation.payload;
    record->payloadText = mutation.canonicalBytes;
    record->payloadHash = mutation.payloadHash;
    record->deleted = mutation.op == protocol::Op::Delete;
    record->dirty = true;
}

void forgetPayloadText(StoredRecord *record)
{
    record->payloadText.clear();
    record->payloadHash.clear();
}

/// A location write to a record head office also writes: per field, in arrival order.
MutationOutcome mergeByLocation(StoredRecord *record, const protocol::Mutation &mutation, qint64 ackCursor)
{
    MutationOutcome outcome;
    forgetPayloadText(record);
    if (mutation.op == protocol::Op::Delete) {
        outcome.conflicts.append({kDeletedField, QJsonValue(true), QJsonValue(false), protocol::kLocation});
        record->deleted = true;
        record->locationBase.reset();
        record->dirty = true;
        return outcome;
    }
    // The location saw the hub's current version if it acknowledged its feed position; then
    // every difference is its edit. Otherwise a field equal to what it pushed last time is
    // one it did not touch, and head office's newer value stays.
    const bool sawCurrent = record->feedSeq != 0 && record->feedSeq <= ackCursor;
    const QJsonObject &incoming = mutation.payload;
    QJsonObject merged = record->payload;
    for (const QString &field : unionOfKeys(incoming, record->payload)) {
        const QJsonValue mine = incoming.value(field);
        const QJsonValue current = record->payload.value(field);
        if (mine == current)
            continue;
        if (!sawCurrent && record->locationBase && record->locationBase->value(field) == mine)
            continue;
        // A field that had no value overwrites nothing.
        if (!current.isUndefined() && writerOf(*record, field) == protocol::kHeadOffice)
            outcome.conflicts.append({field, orNull(mine), orNull(current), protocol::kLocation});
        setField(&merged, field, mine);
        record->fieldWriters.insert(field, protocol::kLocation);
    }
    record->locationBase = incoming;
    record->payload = merged;
    record->dirty = true;
    // What the location holds differs from the merged record: send it the merged one.
    if (merged != incoming)
        record->bumpFeed = true;
    return outcome;
}

MutationOutcome checkAppendOnly(const StoredRecord &record, const protocol::Mutation &mutation)
{
    if (!record.live())
        return {};
    const QString what = u"%1 %2"_s.arg(mutation.entity, mutation.entityId);
    if (protocol::isAppendOnlyEntity(mutation.entity)) {
        if (mutation.op == protocol::Op::Delete)
            return rejected(
                protocol::error::ImmutableRecord, what + u" is append-only and cannot be deleted"_s);
        if (mutation.payload != record.payload)
            return rejected(protocol::error::ImmutableRecord, what + u" is append-only and cannot change"_s);
        return {};
    }
    if (mutation.entity == protocol::entity::Invoice && protocol::isIssuedInvoice(record.payload)) {
        if (mutation.op == protocol::Op::Delete)
            return rejected(protocol::error::ImmutableRecord, what + u" is issued and cannot be deleted"_s);
        for (const QString &field : protocol::frozenInvoiceFields()) {
            if (mutation.payload.value(field) != record.payload.value(field))
                return rejected(protocol::error::ImmutableRecord,
                    what + u" is issued; its field %1 cannot change"_s.arg(field));
        }
    }
    return {};
}

} // namespace

bool StoredRecord::sharedWithHeadOffice() const
{
    if (origin == protocol::kHeadOffice)
        return true;
    for (auto it = fieldWriters.constBegin(); it != fieldWriters.constEnd(); ++it) {
        if (it.value().toString() == protocol::kHeadOffice)
            return true;
    }
    return false;
}

std::optional<ChainHead> chainHeadOf(const QJsonObject &payload)
{
    const QJsonValue seqValue = payload.value(protocol::field::Seq);
    const QJsonValue hash = payload.value(protocol::field::Hash);
    qint64 seq = -1;
    if (seqValue.isDouble()) {
        seq = seqValue.toInteger(-1);
    } else if (seqValue.isString()) {
        // The sales journal writes 64-bit numbers as decimal strings, like money.
        bool ok = false;
        const QString text = seqValue.toString();
        seq = text.size() <= 18 && !text.startsWith(u'+') && !text.startsWith(u'-') ? text.toLongLong(&ok)
                                                                                    : -1;
        if (!ok)
            seq = -1;
    }
    if (seq < 0 || !hash.isString() || hash.toString().isEmpty() || hash.toString().size() > 128)
        return std::nullopt;
    return ChainHead {seq, hash.toString()};
}

MutationOutcome applyLocationMutation(StoredRecord *record, const protocol::Mutation &mutation,
    qint64 ackCursor, const std::optional<ChainHead> &storedHead)
{
    const QString what = u"%1 %2"_s.arg(mutation.entity, mutation.entityId);

    // Head office's own records: the catalog it published, the settings it manages.
    if (record->locationId == kEveryLocation || mutation.entity == protocol::entity::LocationSettings)
        return rejected(protocol::error::NotOwner, what + u" is written by head office only"_s);
    if (mutation.entity == protocol::entity::Service
        && (record->origin == protocol::kHeadOffice
            || mutation.payload.value(protocol::field::Owner).toString() == protocol::kHeadOffice))
        return rejected(protocol::error::NotOwner, what + u" belongs to head office's catalog"_s);

    if (MutationOutcome refused = checkAppendOnly(*record, mutation); !refused.applied)
        return refused;

    if (mutation.entity == protocol::entity::AuditHead || mutation.entity == protocol::entity::JournalHead) {
        if (mutation.op == protocol::Op::Delete)
            return rejected(protocol::error::ChainRewound, what + u": a chain head cannot be deleted"_s);
        const std::optional<ChainHead> head = chainHeadOf(mutation.payload);
        if (!head)
            return rejected(
                protocol::error::InvalidValue, what + u": expected {\"seq\": integer, \"hash\": string}"_s);
        if (storedHead && head->seq < storedHead->seq)
            return rejected(protocol::error::ChainRewound,
                what + u" went back from entry %1 to %2"_s.arg(storedHead->seq).arg(head->seq));
        if (storedHead && head->seq == storedHead->seq && head->hash != storedHead->hash)
            return rejected(protocol::error::ChainForked,
                what + u": entry %1 has another hash than before"_s.arg(head->seq));
    }

    if (record->live() && record->sharedWithHeadOffice())
        return mergeByLocation(record, mutation, ackCursor);

    MutationOutcome outcome;
    if (record->exists() && record->deleted && record->sharedWithHeadOffice()
        && mutation.op == protocol::Op::Upsert) {
        // Head office deleted it; the location's later edit brings it back.
        outcome.conflicts.append({kDeletedField, QJsonValue(false), QJsonValue(true), protocol::kLocation});
        record->fieldWriters = QJsonObject();
        record->locationBase.reset();
    }
    replaceByLocation(record, mutation);
    return outcome;
}

QList<FieldConflict> applyHeadOfficeChange(StoredRecord *record, protocol::Op op, const QJsonObject &payload)
{
    QList<FieldConflict> conflicts;
    record->dirty = true;
    record->bumpFeed = true;
    forgetPayloadText(record);
    if (op == protocol::Op::Delete) {
        if (record->live() && record->origin == protocol::kLocation)
            conflicts.append({kDeletedField, QJsonValue(true), QJsonValue(false), protocol::kHeadOffice});
        record->deleted = true;
        return conflicts;
    }
    if (!record->live()) {
        if (!record->exists()) {
            record->origin = protocol::kHeadOffice;
            record->created = true;
        }
        record->payload = payload;
        record->deleted = false;
        record->fieldWriters = QJsonObject();
        record->locationBase.reset();
        for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
            record->fieldWriters.insert(it.key(), protocol::kHeadOffice);
        return conflicts;
    }
    QJsonObject merged = record->payload;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const QJsonValue current = record->payload.value(it.key());
        if (!current.isUndefined() && current != it.value()
            && writerOf(*record, it.key()) == protocol::kLocation)
            conflicts.append({it.key(), it.value(), orNull(current), protocol::kHeadOffice});
        merged.insert(it.key(), it.value());
        record->fieldWriters.insert(it.key(), protocol::kHeadOffice);
    }
    record->payload = merged;
    return conflicts;
}

} // namespace spoke::hub
