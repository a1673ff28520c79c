#pragma once

// An in-process stand-in for the hub that follows docs/sync-protocol.md closely enough to
// drive the engine through every branch deterministically (the real hub, over TLS, is in
// test_sync_hub and test_sync_faults). Answers come from the event loop, like a network's.

#include "core/protocol/api_error.h"
#include "core/protocol/entities.h"
#include "core/protocol/sync_messages.h"
#include "core/sync/hub_transport.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace spoke::test {

using namespace Qt::StringLiterals;

class FakeHub
{
public:
    // What the hub holds.
    qint64 lastApplied = 0;
    QHash<qint64, QString> appliedHashes;
    QMap<QString, QJsonObject> records; ///< "entity/id" -> payload the location pushed
    QList<protocol::Change> feed; ///< head office's changes, a record once at its latest seq
    qint64 seq = 0;
    QList<protocol::Change> fullState; ///< what a full pass lists
    int fullPageSize = 2;
    QList<protocol::Conflict> conflicts;
    QHash<QString, QString> rejectIds; ///< entity id -> rejection code
    QString token = u"tok_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    int enrollCount = 0;

    // Behaviour.
    std::deque<sync::HubResponse> overrides; ///< answered instead of the next request
    int hangNext = 0; ///< the next N requests never get an answer
    QList<sync::HubRequest> requests;

    void hq(const QString &entity, const QString &id, protocol::Op op, const QJsonObject &payload)
    {
        for (qsizetype i = feed.size() - 1; i >= 0; --i)
            if (feed.at(i).entity == entity && feed.at(i).entityId == id)
                feed.removeAt(i);
        protocol::Change c;
        c.seq = ++seq;
        c.entity = entity;
        c.entityId = id;
        c.op = op;
        c.origin = QString(protocol::kHeadOffice);
        c.payload = op == protocol::Op::Delete ? QJsonObject() : payload;
        feed.append(c);
    }

    static sync::HubResponse error(int status, const QString &code, const QString &message = u"refused"_s,
        const QJsonObject &details = {})
    {
        protocol::ApiError e;
        e.code = code;
        e.message = message;
        e.details = details;
        sync::HubResponse r;
        r.status = status;
        r.body = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        r.requestId = u"req-test"_s;
        return r;
    }

    static sync::HubResponse ok(const QJsonObject &body)
    {
        sync::HubResponse r;
        r.status = 200;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }

    qsizetype pushCount() const
    {
        qsizetype n = 0;
        for (const sync::HubRequest &r : requests)
            if (r.path == "/api/v1/push"_L1)
                ++n;
        return n;
    }

    sync::HubResponse handle(const sync::HubRequest &r)
    {
        requests.append(r);
        if (!overrides.empty()) {
            sync::HubResponse o = overrides.front();
            overrides.pop_front();
            return o;
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        protocol::ValidationError ve;
        if (r.path == "/api/v1/enroll"_L1) {
            protocol::EnrollRequest req;
            if (!protocol::EnrollRequest::fromJson(body, &req, &ve))
                return error(400, ve.code, ve.message);
            if (protocol::normalizeEnrollmentCode(req.code) != u"AAAABBBBCCCCDDDD"_s)
                return error(403, QString(protocol::error::EnrollmentCodeInvalid));
            ++enrollCount;
            token = u"tok_"_s + QString::number(enrollCount).repeated(39).left(39);
            protocol::EnrollResponse resp {
                u"loc-1"_s, u"Springfield North"_s, u"dev-"_s + QString::number(enrollCount), token};
            return ok(resp.toJson());
        }
        if (r.bearer != token.toLatin1())
            return error(401, QString(protocol::error::Unauthorized));
        if (r.path == "/api/v1/push"_L1) {
            protocol::PushRequest req;
            if (!protocol::PushRequest::fromJson(body, &req, &ve))
                return error(400, ve.code, ve.message);
            protocol::PushResponse resp;
            qsizetype i = 0;
            for (; i < req.mutations.size() && req.mutations.at(i).mutationId <= lastApplied; ++i) {
                const protocol::Mutation &m = req.mutations.at(i);
                if (appliedHashes.contains(m.mutationId)
                    && appliedHashes.value(m.mutationId) != m.payloadHash)
                    return error(409, QString(protocol::error::MutationReused), u"reused"_s,
                        {{u"mutation_id"_s, m.mutationId}});
                ++resp.skipped;
            }
            if (i < req.mutations.size() && lastApplied != 0
                && req.mutations.at(i).mutationId != lastApplied + 1)
                return error(409, QString(protocol::error::MutationGap), u"gap"_s,
                    {{u"expected_mutation_id"_s, lastApplied + 1}});
            for (; i < req.mutations.size(); ++i) {
                const protocol::Mutation &m = req.mutations.at(i);
                appliedHashes.insert(m.mutationId, m.payloadHash);
                lastApplied = m.mutationId;
                if (rejectIds.contains(m.entityId)) {
                    resp.rejected.append({m.mutationId, rejectIds.value(m.entityId), u"refused here"_s});
                    continue;
                }
                ++resp.applied;
                const QString key = m.entity + u'/' + m.entityId;
                if (m.op == protocol::Op::Delete)
                    records.remove(key);
                else
                    records.insert(key, m.payload);
            }
            resp.lastAppliedMutationId = lastApplied;
            return ok(resp.toJson());
        }
        if (r.path == "/api/v1/pull"_L1) {
            protocol::PullRequest req;
            if (!protocol::PullRequest::fromJson(body, &req, &ve))
                return error(400, ve.code, ve.message);
            protocol::PullResponse resp;
            if (req.full || !req.pageToken.isEmpty()) {
                const int offset = req.pageToken.toInt();
                resp.fullResync = true;
                resp.changes = fullState.mid(offset, fullPageSize);
                resp.more = offset + fullPageSize < fullState.size();
                if (resp.more)
                    resp.pageToken = QString::number(offset + fullPageSize);
                resp.cursor = seq;
                return ok(resp.toJson());
            }
            for (const protocol::Change &c : std::as_const(feed)) {
                if (c.seq <= req.cursor)
                    continue;
                if (resp.changes.size() >= req.limit) {
                    resp.more = true;
                    break;
                }
                resp.changes.append(c);
            }
            resp.cursor = resp.more ? resp.changes.constLast().seq : seq;
            return ok(resp.toJson());
        }
        if (r.path == "/api/v1/conflicts"_L1) {
            protocol::ConflictsRequest req;
            if (!protocol::ConflictsRequest::fromQuery(r.query, &req, &ve))
                return error(400, ve.code, ve.message);
            protocol::ConflictsResponse resp;
            for (const protocol::Conflict &c : std::as_const(conflicts)) {
                if (c.id <= req.since)
                    continue;
                if (resp.conflicts.size() >= req.limit) {
                    resp.more = true;
                    break;
                }
                resp.conflicts.append(c);
            }
            return ok(resp.toJson());
        }
        return error(404, QString(protocol::error::NotFound));
    }
};

/// The engine's transport to a FakeHub.
class FakeTransport final : public QObject, public sync::HubTransport
{
public:
    explicit FakeTransport(FakeHub &hub)
        : m_hub(hub)
    { }
    quint64 send(const sync::HubRequest &request, Callback done) override
    {
        const quint64 id = m_next++;
        const sync::HubResponse r = m_hub.handle(request);
        if (m_hub.hangNext > 0) {
            --m_hub.hangNext;
            return id; // never answered
        }
        QTimer::singleShot(0, this, [this, id, r, done = std::move(done)] {
            if (!m_aborted.contains(id))
                done(r);
        });
        return id;
    }
    void abort(quint64 id) override { m_aborted.insert(id); }

    static sync::TransportFactory factory(FakeHub &hub)
    {
        return [&hub](const sync::HubEndpoint &) -> std::unique_ptr<sync::HubTransport> {
            return std::make_unique<FakeTransport>(hub);
        };
    }

private:
    FakeHub &m_hub;
    quint64 m_next = 1;
    QSet<quint64> m_aborted;
};

} // namespace spoke::test
