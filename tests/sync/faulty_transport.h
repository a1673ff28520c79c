#pragma once

// A transport between the engine and the real network that misbehaves on purpose, driven
// by a seeded random generator so a failing run can be replayed (SPOKE_SYNC_SEED):
//   lose     the request reaches the hub (which commits), the answer is lost
//   duplicate the request goes twice at once; the engine sees one answer
//   reorder  a copy of the request goes again later, after newer requests
//   5xx      a synthetic 500/503 without reaching the hub
//   hang     the request reaches the hub, no answer ever comes (the engine's timeout fires)

#include "core/protocol/api_error.h"
#include "core/sync/hub_transport.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace spoke::test {

using namespace Qt::StringLiterals;

struct FaultPlan
{
    explicit FaultPlan(quint32 seed)
        : rng(seed)
    { }
    QRandomGenerator rng;
    bool enabled = false;
    double lose = 0.08, duplicate = 0.08, reorder = 0.08, serverError = 0.08, hang = 0.02;
    std::map<QString, int> counts;
    /// Called for every request before it is sent (a test kills the hub from here).
    std::function<void(const sync::HubRequest &)> onSend;

    QString summary() const
    {
        QStringList parts;
        for (const auto &[k, v] : counts)
            parts << u"%1=%2"_s.arg(k).arg(v);
        return parts.join(u", "_s);
    }
};

class FaultyTransport final : public QObject, public sync::HubTransport
{
public:
    FaultyTransport(std::unique_ptr<sync::HubTransport> inner, std::shared_ptr<FaultPlan> plan)
        : m_inner(std::move(inner))
        , m_plan(std::move(plan))
    { }

    quint64 send(const sync::HubRequest &request, Callback done) override
    {
        const quint64 id = m_next++;
        if (m_plan->onSend)
            m_plan->onSend(request);
        std::optional<sync::HubRequest> stale = std::exchange(m_stale, std::nullopt);
        enum class Fault { None, Lose, Duplicate, Reorder, ServerError, Hang } fault = Fault::None;
        if (m_plan->enabled) {
            const double roll = m_plan->rng.generateDouble();
            double edge = 0;
            for (auto [p, f] : {std::pair {m_plan->serverError, Fault::ServerError},
                     {m_plan->hang, Fault::Hang}, {m_plan->lose, Fault::Lose},
                     {m_plan->duplicate, Fault::Duplicate}, {m_plan->reorder, Fault::Reorder}}) {
                edge += p;
                if (fault == Fault::None && roll < edge)
                    fault = f;
            }
        }
        switch (fault) {
        case Fault::ServerError: {
            ++m_plan->counts[u"5xx"_s];
            protocol::ApiError e;
            const bool unavailable = m_plan->rng.bounded(2) == 1;
            e.code
                = unavailable ? QString(protocol::error::ShuttingDown) : QString(protocol::error::Internal);
            e.message = u"injected"_s;
            sync::HubResponse r;
            r.status = unavailable ? 503 : 500;
            r.body = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
            m_pending[id] = 0;
            QTimer::singleShot(0, this, [this, id, r, done = std::move(done)] {
                if (m_pending.remove(id))
                    done(r);
            });
            break;
        }
        case Fault::Hang:
            ++m_plan->counts[u"hang"_s];
            m_pending[id] = m_inner->send(request, [](const sync::HubResponse &) {});
            break;
        case Fault::Lose:
            ++m_plan->counts[u"lose"_s];
            m_pending[id]
                = m_inner->send(request, [this, id, done = std::move(done)](const sync::HubResponse &) {
                      sync::HubResponse lost;
                      lost.failure = sync::HubResponse::Failure::Network;
                      lost.detail = u"injected: the answer was lost"_s;
                      if (m_pending.remove(id))
                          done(lost);
                  });
            break;
        case Fault::Duplicate:
            ++m_plan->counts[u"duplicate"_s];
            m_inner->send(request, [](const sync::HubResponse &) {});
            forward(id, request, std::move(done));
            break;
        case Fault::Reorder:
            ++m_plan->counts[u"reorder"_s];
            m_stale = request; // goes again after the next request
            forward(id, request, std::move(done));
            break;
        case Fault::None:
            forward(id, request, std::move(done));
            break;
        }
        if (stale)
            m_inner->send(*stale, [](const sync::HubResponse &) {}); // late, its answer unread
        return id;
    }

    void abort(quint64 id) override
    {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        if (it.value())
            m_inner->abort(it.value());
        m_pending.erase(it);
    }

    static sync::TransportFactory factory(std::shared_ptr<FaultPlan> plan)
    {
        return [plan](const sync::HubEndpoint &endpoint) -> std::unique_ptr<sync::HubTransport> {
            return std::make_unique<FaultyTransport>(
                std::make_unique<sync::NetworkHubTransport>(endpoint), plan);
        };
    }

private:
    void forward(quint64 id, const sync::HubRequest &request, Callback done)
    {
        m_pending[id]
            = m_inner->send(request, [this, id, done = std::move(done)](const sync::HubResponse &r) {
                  if (m_pending.remove(id))
                      done(r);
              });
    }

    std::unique_ptr<sync::HubTransport> m_inner;
    std::shared_ptr<FaultPlan> m_plan;
    QHash<quint64, quint64> m_pending; ///< our id -> the inner transport's
    std::optional<sync::HubRequest> m_stale;
    quint64 m_next = 1;
};

} // namespace spoke::test
