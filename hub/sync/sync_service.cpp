#include "hub/sync/sync_service.h"

#include "core/protocol/entities.h"
#include "hub/sync/secrets.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace protocol = spoke::protocol;
namespace error = spoke::protocol::error;

namespace {

Q_LOGGING_CATEGORY(lcSync, "spoke.hub.sync")

bool fail(protocol::ApiError *out, const QString &code, const QString &message, QJsonObject details = {})
{
    out->code = code;
    out->message = message;
    out->details = std::move(details);
    return false;
}

QString recordKey(const QString &entity, const QString &entityId)
{
    return entity + u'\x1f' + entityId;
}

/// Rolls back unless committed: every early return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(HubDatabase &db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error) { return m_open = m_db.begin(error); }
    bool commit(QString *error)
    {
        m_open = false;
        if (m_db.commit(error))
            return true;
        m_db.rollback();
        return false;
    }

private:
    HubDatabase &m_db;
    bool m_open = false;
};

protocol::Change changeOf(const FeedRow &row)
{
    protocol::Change c;
    c.seq = row.seq;
    c.entity = row.entity;
    c.entityId = row.entityId;
    c.op = row.deleted ? protocol::Op::Delete : protocol::Op::Upsert;
    c.origin = row.origin;
    c.payload = row.payload;
    return c;
}

} // namespace

SyncService::SyncService(HubStore &store)
    : m_store(store)
{ }

bool SyncService::internalError(const QString &what, const QString &detail, protocol::ApiError *error)
{
    qCWarning(lcSync, "%s failed: %s", qPrintable(what), qPrintable(detail.left(500)));
    return fail(error, error::Internal, u"the hub could not %1; nothing was changed"_s.arg(what));
}

bool SyncService::authenticate(const QByteArray &authorization, Caller *out, protocol::ApiError *error)
{
    static constexpr QByteArrayView kBearer("Bearer ");
    if (!authorization.startsWith(kBearer))
        return fail(error, error::Unauthorized, u"this call needs an Authorization: Bearer token"_s);
    const QByteArray token = authorization.mid(kBearer.size()).trimmed();
    bool wellFormed = token.size() == protocol::kTokenLength;
    for (const char c : token)
        wellFormed = wellFormed && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
    if (!wellFormed)
        return fail(error, error::Unauthorized, u"the token is not a Spoke Hub token"_s);
    const QString hash = protocol::sha256Hex(token);
    QString dbError;
    std::optional<DeviceInfo> device;
    if (!m_store.deviceByTokenHash(hash, &device, &dbError))
        return internalError(u"check the token"_s, dbError, error);
    if (device) {
        if (!device->revokedAt.isEmpty())
            return fail(
                error, error::DeviceRevoked, u"this device was revoked by head office; enroll it again"_s);
        out->kind = Caller::Kind::Device;
        out->device = *device;
        return true;
    }
    bool headOffice = false;
    if (!m_store.hqTokenExists(hash, &headOffice, &dbError))
        return internalError(u"check the token"_s, dbError, error);
    if (!headOffice)
        return fail(error, error::Unauthorized, u"unknown or revoked token"_s);
    out->kind = Caller::Kind::HeadOffice;
    out->device = DeviceInfo {};
    return true;
}

bool SyncService::enroll(
    const protocol::EnrollRequest &request, protocol::EnrollResponse *out, protocol::ApiError *error)
{
    const QString code = protocol::normalizeEnrollmentCode(request.code);
    if (code.isEmpty())
        return fail(error, error::EnrollmentCodeInvalid, u"this enrollment code is not valid"_s);
    const QString codeHash = secretHash(code);
    const QString now = nowIso();
    QString dbError;
    Transaction tx(m_store.database());
    if (!tx.begin(&dbError))
        return internalError(u"enroll the device"_s, dbError, error);
    std::optional<EnrollmentCodeInfo> info;
    if (!m_store.enrollmentCode(codeHash, &info, &dbError))
        return internalError(u"enroll the device"_s, dbError, error);
    if (!info)
        return fail(error, error::EnrollmentCodeInvalid, u"this enrollment code is not valid"_s);
    if (!info->usedAt.isEmpty())
        return fail(error, error::EnrollmentCodeUsed, u"this enrollment code was already used"_s);
    if (now >= info->expiresAt)
        return fail(error, error::EnrollmentCodeExpired, u"this enrollment code has expired"_s);
    std::optional<LocationInfo> location;
    if (!m_store.location(info->locationId, &location, &dbError) || !location)
        return internalError(
            u"enroll the device"_s, dbError.isEmpty() ? u"the code's location is gone"_s : dbError, error);

    DeviceInfo device;
    device.id = newId();
    device.locationId = info->locationId;
    device.name = request.deviceName.trimmed();
    device.createdAt = now;
    const QString token = newToken();
    bool claimed = false;
    if (!m_store.addDevice(device, secretHash(token), &dbError)
        || !m_store.claimEnrollmentCode(codeHash, device.id, now, &claimed, &dbError))
        return internalError(u"enroll the device"_s, dbError, error);
    if (!claimed)
        return fail(error, error::EnrollmentCodeUsed, u"this enrollment code was already used"_s);
    if (!tx.commit(&dbError))
        return internalError(u"enroll the device"_s, dbError, error);
    out->locationId = location->id;
    out->locationName = location->name;
    out->deviceId = device.id;
    out->token = token;
    return true;
}

bool SyncService::push(const Caller &caller, const protocol::PushRequest &request,
    protocol::PushResponse *out, SyncReport *report, protocol::ApiError *error)
{
    const QString &locationId = caller.device.locationId;
    if (!request.deviceId.isEmpty() && request.deviceId != caller.device.id) {
        report->events.append(
            {{u"event"_s, u"tenant_violation"_s}, {u"reason"_s, u"device_id of another device"_s},
                {u"device"_s, caller.device.id}, {u"location"_s, locationId}});
        return fail(error, error::Forbidden, u"device_id is not the device of this token"_s);
    }
    const QString now = nowIso();
    QString dbError;
    Transaction tx(m_store.database());
    if (!tx.begin(&dbError))
        return internalError(u"apply the push"_s, dbError, error);
    std::optional<DeviceInfo> device;
    if (!m_store.deviceForUpdate(caller.device.id, &device, &dbError))
        return internalError(u"apply the push"_s, dbError, error);
    if (!device || !device->revokedAt.isEmpty())
        return fail(
            error, error::DeviceRevoked, u"this device was revoked by head office; enroll it again"_s);
    const qint64 last = device->lastMutationId;
    // A pull not written down yet still counts as acknowledged.
    if (const auto pending = m_pendingPulls.constFind(device->id); pending != m_pendingPulls.constEnd())
        device->ackCursor = std::max(device->ackCursor, pending->ackCursor);

    // Replays: skipped when the hash matches what was applied, refused otherwise.
    qsizetype firstFresh = 0;
    while (firstFresh < request.mutations.size() && request.mutations.at(firstFresh).mutationId <= last)
        ++firstFresh;
    if (firstFresh > 0) {
        QHash<qint64, QString> applied;
        if (!m_store.appliedMutations(device->id, request.mutations.constFirst().mutationId,
                request.mutations.at(firstFresh - 1).mutationId, &applied, &dbError))
            return internalError(u"apply the push"_s, dbError, error);
        for (qsizetype i = 0; i < firstFresh; ++i) {
            const protocol::Mutation &m = request.mutations.at(i);
            const auto it = applied.constFind(m.mutationId);
            if (it != applied.constEnd() && *it != m.payloadHash)
                return fail(error, error::MutationReused,
                    u"mutation %1 was applied before with another payload"_s.arg(m.mutationId),
                    {{u"mutation_id"_s, m.mutationId}});
        }
    }
    out->skipped = firstFresh;
    out->applied = 0;
    out->rejected.clear();
    out->lastAppliedMutationId = last;
    if (firstFresh == request.mutations.size())
        return tx.commit(&dbError) ? true : internalError(u"apply the push"_s, dbError, error);

    const qint64 firstNew = request.mutations.at(firstFresh).mutationId;
    if (last != 0 && firstNew != last + 1)
        return fail(error, error::MutationGap,
            u"expected mutation %1 next, got %2; send from %1"_s.arg(last + 1).arg(firstNew),
            {{u"expected_mutation_id"_s, last + 1}});

    // Load every record the batch touches, in any location, to catch another location's ids.
    QStringList entityIds;
    QSet<QString> seenIds;
    QSet<QString> batchKeys;
    bool touchesChains = false;
    for (qsizetype i = firstFresh; i < request.mutations.size(); ++i) {
        const protocol::Mutation &m = request.mutations.at(i);
        if (!seenIds.contains(m.entityId)) {
            seenIds.insert(m.entityId);
            entityIds << m.entityId;
        }
        batchKeys.insert(recordKey(m.entity, m.entityId));
        touchesChains = touchesChains || m.entity == protocol::entity::AuditHead
            || m.entity == protocol::entity::JournalHead;
    }
    QList<StoredRecord> loaded;
    if (!m_store.recordsByEntityIds(entityIds, &loaded, &dbError))
        return internalError(u"apply the push"_s, dbError, error);
    std::map<QString, StoredRecord> records;
    for (StoredRecord &r : loaded) {
        const QString key = recordKey(r.entity, r.entityId);
        if (!batchKeys.contains(key))
            continue;
        if (r.locationId != locationId && r.locationId != kEveryLocation) {
            report->events.append({{u"event"_s, u"tenant_violation"_s},
                {u"reason"_s, u"push touches another location's record"_s}, {u"device"_s, device->id},
                {u"location"_s, locationId}, {u"other_location"_s, r.locationId}, {u"entity"_s, r.entity},
                {u"entity_id"_s, r.entityId}});
            return fail(error, error::Forbidden,
                u"%1 %2 belongs to another location; nothing was applied"_s.arg(r.entity, r.entityId));
        }
        // Head office's record for everyone wins the lookup, so a location cannot shadow it.
        auto [it, inserted] = records.try_emplace(key, r);
        if (!inserted && r.locationId == kEveryLocation)
            it->second = r;
    }
    QHash<QString, ChainHead> heads;
    QSet<QString> changedHeads;
    if (touchesChains && !m_store.chainHeads(locationId, &heads, &dbError))
        return internalError(u"apply the push"_s, dbError, error);

    QList<AppliedMutation> appliedRows;
    QList<ConflictEntry> conflicts;
    appliedRows.reserve(request.mutations.size() - firstFresh);
    for (qsizetype i = firstFresh; i < request.mutations.size(); ++i) {
        const protocol::Mutation &m = request.mutations.at(i);
        auto [it, inserted] = records.try_emplace(recordKey(m.entity, m.entityId));
        StoredRecord &record = it->second;
        if (inserted) {
            record.locationId = locationId;
            record.entity = m.entity;
            record.entityId = m.entityId;
        }
        const auto head = heads.constFind(m.entity);
        const MutationOutcome outcome = applyLocationMutation(&record, m, device->ackCursor,
            head == heads.constEnd() ? std::nullopt : std::optional<ChainHead>(*head));
        if (outcome.applied) {
            ++out->applied;
            for (const FieldConflict &c : outcome.conflicts)
                conflicts.append({m.entity, m.entityId, c});
            if (m.entity == protocol::entity::AuditHead || m.entity == protocol::entity::JournalHead) {
                heads.insert(m.entity, *chainHeadOf(m.payload));
                changedHeads.insert(m.entity);
            }
        } else {
            out->rejected.append({m.mutationId, outcome.code, outcome.message});
            QJsonObject event {{u"event"_s, u"mutation_rejected"_s}, {u"code"_s, outcome.code},
                {u"device"_s, device->id}, {u"location"_s, locationId}, {u"mutation_id"_s, m.mutationId},
                {u"entity"_s, m.entity}, {u"entity_id"_s, m.entityId}};
            report->events.append(event);
            if (outcome.code == error::ChainRewound || outcome.code == error::ChainForked) {
                event.insert(u"event"_s, u"chain_rewrite"_s);
                report->events.append(event);
            }
        }
        appliedRows.append({m.mutationId, m.payloadHash, outcome.applied ? u"applied"_s : outcome.code});
    }

    QList<StoredRecord *> dirty;
    for (auto &[key, record] : records) {
        if (record.dirty)
            dirty.append(&record);
    }
    const qint64 newLast = request.mutations.constLast().mutationId;
    if (!m_store.writeRecords(dirty, now, &dbError)
        || !m_store.insertAppliedMutations(device->id, appliedRows, now, &dbError)
        || !m_store.insertConflicts(locationId, device->id, conflicts, now, &dbError)
        || !m_store.recordPush(device->id, newLast, now, &dbError))
        return internalError(u"apply the push"_s, dbError, error);
    for (const QString &kind : std::as_const(changedHeads)) {
        if (!m_store.upsertChainHead(locationId, kind, heads.value(kind), now, &dbError))
            return internalError(u"apply the push"_s, dbError, error);
    }
    if (!tx.commit(&dbError))
        return internalError(u"apply the push"_s, dbError, error);
    out->lastAppliedMutationId = newLast;
    report->conflicts = conflicts.size();
    return true;
}

bool SyncService::pull(const Caller &caller, const protocol::PullRequest &request,
    protocol::PullResponse *out, protocol::ApiError *error)
{
    QString dbError;
    qint64 feedSeq = 0;
    qint64 horizon = 0;
    // Read before the page: every entry up to feedSeq is committed, so the cursor may move
    // up to it even when this location had nothing new.
    if (!m_store.feedState(&feedSeq, &horizon, &dbError))
        return internalError(u"read the feed"_s, dbError, error);
    const QString now = nowIso();

    if (!request.pageToken.isEmpty()) {
        // snapshot.phase.base64url(entity LF entity_id): where the previous page ended.
        const QStringList parts = request.pageToken.split(u'.');
        bool okSnapshot = false;
        bool okPhase = false;
        const qint64 snapshot = parts.size() == 3 ? parts.at(0).toLongLong(&okSnapshot) : -1;
        const int phase = parts.size() == 3 ? parts.at(1).toInt(&okPhase) : -1;
        const auto key = parts.size() == 3 ? QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                             QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                 | QByteArray::AbortOnBase64DecodingErrors)
                                           : QByteArray::FromBase64Result {};
        const QList<QByteArray> keyParts = key.decoded.split('\n');
        if (!okSnapshot || !okPhase || !key || keyParts.size() != 2 || phase < 0 || phase > 1 || snapshot < 0
            || snapshot > feedSeq) {
            error->path = u"page_token"_s;
            return fail(error, error::InvalidValue, u"page_token: not a token this hub gave"_s);
        }
        notePull(caller.device.id, 0, now);
        return fullPass(caller, snapshot, phase, QString::fromUtf8(keyParts.at(0)),
            QString::fromUtf8(keyParts.at(1)), request.limit, out, error);
    }
    if (request.full || request.cursor < horizon) {
        notePull(caller.device.id, 0, now);
        return fullPass(caller, feedSeq, 0, QString(), QString(), request.limit, out, error);
    }

    QList<FeedRow> rows;
    if (!m_store.feedPage(caller.device.locationId, request.cursor, request.limit + 1, &rows, &dbError))
        return internalError(u"read the feed"_s, dbError, error);
    notePull(caller.device.id, std::min(request.cursor, feedSeq), now);
    out->more = rows.size() > request.limit;
    if (out->more)
        rows.resize(request.limit);
    out->changes.clear();
    out->changes.reserve(rows.size());
    for (const FeedRow &row : std::as_const(rows))
        out->changes.append(changeOf(row));
    out->fullResync = false;
    out->pageToken.clear();
    if (rows.isEmpty())
        out->cursor = std::max(request.cursor, feedSeq);
    else
        out->cursor = out->more ? rows.constLast().seq : std::max(rows.constLast().seq, feedSeq);
    return true;
}

bool SyncService::fullPass(const Caller &caller, qint64 snapshot, int phase, QString afterEntity,
    QString afterEntityId, qint64 limit, protocol::PullResponse *out, protocol::ApiError *error)
{
    // Phase 0: the location's own scope; phase 1: what head office gives every location.
    QString dbError;
    QList<QPair<int, FeedRow>> collected;
    while (phase <= 1 && collected.size() <= limit) {
        QList<FeedRow> rows;
        const qint64 wanted = limit + 1 - collected.size();
        const QString scope = phase == 0 ? caller.device.locationId : QString(kEveryLocation);
        if (!m_store.fullStatePage(scope, afterEntity, afterEntityId, wanted, &rows, &dbError))
            return internalError(u"read the location's state"_s, dbError, error);
        for (FeedRow &row : rows)
            collected.append({phase, std::move(row)});
        if (rows.size() < wanted) {
            ++phase;
            afterEntity.clear();
            afterEntityId.clear();
        } else {
            afterEntity = collected.constLast().second.entity;
            afterEntityId = collected.constLast().second.entityId;
        }
    }
    out->more = collected.size() > limit;
    if (out->more)
        collected.resize(limit);
    out->changes.clear();
    out->changes.reserve(collected.size());
    for (const auto &[rowPhase, row] : std::as_const(collected))
        out->changes.append(changeOf(row));
    out->cursor = snapshot;
    out->fullResync = true;
    out->pageToken.clear();
    if (out->more) {
        const auto &[lastPhase, lastRow] = collected.constLast();
        const QByteArray key = (lastRow.entity + u'\n' + lastRow.entityId)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        out->pageToken = u"%1.%2.%3"_s.arg(snapshot).arg(lastPhase).arg(QString::fromLatin1(key));
    }
    return true;
}

void SyncService::notePull(const QString &deviceId, qint64 ackCursor, const QString &at)
{
    PullMark &mark = m_pendingPulls[deviceId];
    mark.ackCursor = std::max(mark.ackCursor, ackCursor);
    mark.at = at;
}

bool SyncService::flushPullBookkeeping(QString *error)
{
    if (m_pendingPulls.isEmpty())
        return true;
    Transaction tx(m_store.database());
    if (!tx.begin(error))
        return false;
    for (auto it = m_pendingPulls.cbegin(); it != m_pendingPulls.cend(); ++it) {
        if (!m_store.recordPull(it.key(), it->ackCursor, it->at, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    m_pendingPulls.clear();
    return true;
}

bool SyncService::conflicts(const Caller &caller, const protocol::ConflictsRequest &request,
    protocol::ConflictsResponse *out, protocol::ApiError *error)
{
    QString dbError;
    QList<protocol::Conflict> rows;
    if (!m_store.conflicts(caller.device.locationId, request.since, request.limit + 1, &rows, &dbError))
        return internalError(u"read the conflict log"_s, dbError, error);
    out->more = rows.size() > request.limit;
    if (out->more)
        rows.resize(request.limit);
    out->conflicts = rows;
    return true;
}

bool SyncService::headOfficeChange(HqKind kind, const protocol::HqChangeRequest &request,
    protocol::HqChangeResponse *out, SyncReport *report, protocol::ApiError *error)
{
    QString entity;
    QJsonObject payload = request.payload;
    switch (kind) {
    case HqKind::Booking:
        entity = protocol::entity::Job;
        if (payload.contains(protocol::field::BookedBy)
            && payload.value(protocol::field::BookedBy) != protocol::kHeadOffice) {
            error->path = u"payload.bookedBy"_s;
            return fail(error, error::InvalidValue,
                u"payload.bookedBy: a central booking is booked by head_office"_s);
        }
        payload.insert(protocol::field::BookedBy, protocol::kHeadOffice);
        break;
    case HqKind::Service:
        entity = protocol::entity::Service;
        if (payload.contains(protocol::field::Owner)
            && payload.value(protocol::field::Owner) != protocol::kHeadOffice) {
            error->path = u"payload.owner"_s;
            return fail(error, error::InvalidValue,
                u"payload.owner: a catalog item head office publishes is owned by head_office"_s);
        }
        payload.insert(protocol::field::Owner, protocol::kHeadOffice);
        break;
    case HqKind::Settings:
        entity = protocol::entity::LocationSettings;
        break;
    }
    if (request.op == protocol::Op::Upsert && !payload.contains(u"id"_s))
        payload.insert(u"id"_s, request.entityId);
    if (request.locationId.isEmpty() && kind != HqKind::Service) {
        error->path = u"location_id"_s;
        return fail(error, error::MissingField, u"location_id: missing field"_s);
    }
    const QString scope = request.locationId.isEmpty() ? QString(kEveryLocation) : request.locationId;

    QString dbError;
    Transaction tx(m_store.database());
    if (!tx.begin(&dbError))
        return internalError(u"record the head-office change"_s, dbError, error);
    if (scope != kEveryLocation) {
        std::optional<LocationInfo> location;
        if (!m_store.location(scope, &location, &dbError))
            return internalError(u"record the head-office change"_s, dbError, error);
        if (!location)
            return fail(error, error::UnknownLocation, u"no location with id %1"_s.arg(scope));
    }
    QList<StoredRecord> sameId;
    if (!m_store.recordsByEntityIds({request.entityId}, &sameId, &dbError))
        return internalError(u"record the head-office change"_s, dbError, error);
    std::optional<StoredRecord> existing;
    for (const StoredRecord &r : std::as_const(sameId)) {
        if (r.entity != entity)
            continue;
        if (r.locationId == scope) {
            existing = r;
        } else {
            report->events.append({{u"event"_s, u"tenant_violation"_s},
                {u"reason"_s, u"head-office write to an id another location holds"_s}, {u"location"_s, scope},
                {u"other_location"_s, r.locationId}, {u"entity"_s, entity},
                {u"entity_id"_s, request.entityId}});
            error->path = u"entity_id"_s;
            return fail(error, error::InvalidValue,
                u"entity_id: %1 %2 already belongs to another location"_s.arg(entity, request.entityId));
        }
    }
    if (!existing && request.op == protocol::Op::Delete)
        return fail(error, error::NotFound, u"no %1 %2 to delete"_s.arg(entity, request.entityId));
    StoredRecord record = existing.value_or(StoredRecord {});
    if (!existing) {
        record.locationId = scope;
        record.entity = entity;
        record.entityId = request.entityId;
    }
    const QList<FieldConflict> found = applyHeadOfficeChange(&record, request.op, payload);
    QList<ConflictEntry> entries;
    for (const FieldConflict &c : found)
        entries.append({entity, request.entityId, c});
    const QString now = nowIso();
    if (!m_store.writeRecords({&record}, now, &dbError)
        || (scope != kEveryLocation && !m_store.insertConflicts(scope, QString(), entries, now, &dbError)))
        return internalError(u"record the head-office change"_s, dbError, error);
    if (!tx.commit(&dbError))
        return internalError(u"record the head-office change"_s, dbError, error);
    out->seq = record.feedSeq;
    report->conflicts = entries.size();
    return true;
}

} // namespace spoke::hub
