#include "core/sync/sync_engine.h"

#include "core/protocol/api_error.h"
#include "core/protocol/validation.h"
#include "core/security/key_store.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/sync/sync_apply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInformation>

#include <limits>

Q_LOGGING_CATEGORY(lcSync, "spoke.sync")

namespace spoke::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::sync::SyncEngine)
};

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// https://Host:443/ and https://host are the same hub.
QString normalizedHub(const QString &url)
{
    QUrl u(url.trimmed());
    u.setHost(u.host().toLower());
    if (u.port() == 443)
        u.setPort(-1);
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path);
    return u.toString();
}

protocol::ApiError apiErrorOf(const HubResponse &r)
{
    protocol::ApiError e;
    protocol::ValidationError ve;
    QJsonObject body;
    if (protocol::parseObject(r.body, &body, &ve) && protocol::ApiError::fromJson(body, &e, &ve))
        return e;
    e.code = r.status >= 500 ? QString(code::ServerError) : QString(code::HttpError);
    e.message = QStringLiteral("HTTP %1").arg(r.status);
    return e;
}

} // namespace

SyncEngine::SyncEngine(LocationDatabase &db, KeyStore &keyStore, QObject *parent)
    : SyncEngine(db, keyStore, Options {}, parent)
{ }

SyncEngine::SyncEngine(LocationDatabase &db, KeyStore &keyStore, Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keyStore)
    , m_options(options)
    , m_store(db)
    , m_factory(NetworkHubTransport::factory())
    , m_rng(options.seed ? options.seed : QRandomGenerator::system()->generate())
{
    m_interval.setInterval(m_options.intervalMs);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive()) // a backoff wait is under way: it decides the next run
            startRun(QStringLiteral("timer"));
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_nextAttempt = {};
        startRun(QStringLiteral("retry"));
    });
    m_callTimer.setSingleShot(true);
    connect(&m_callTimer, &QTimer::timeout, this, [this] {
        // No answer in time: abandon the call (a late answer is ignored) and back off.
        if (m_transport && m_callId)
            m_transport->abort(m_callId);
        m_callId = 0;
        ++m_generation;
        HubResponse r;
        r.failure = HubResponse::Failure::Timeout;
        r.detail = QStringLiteral("no answer within %1 ms").arg(m_options.requestTimeoutMs);
        transportFailure(r);
    });
    m_enrollTimer.setSingleShot(true);
    connect(&m_enrollTimer, &QTimer::timeout, this, [this] {
        if (m_enrollTransport && m_enrollCall)
            m_enrollTransport->abort(m_enrollCall);
        m_enrollCall = 0;
        finishEnroll(false, errorMessage(code::Timeout));
    });
    // The status bar shows pending changes: notice new outbox entries between runs.
    m_pendingWatch.setInterval(5000);
    connect(&m_pendingWatch, &QTimer::timeout, this, [this] {
        auto p = m_store.pendingCount();
        if (p && p.value() != m_lastPending) {
            m_lastPending = p.value();
            emit statusChanged();
        }
    });
    reloadConfig();
    auto st = m_store.state();
    if (st) {
        m_errorCode = st->lastErrorCode;
        m_errorDetail = st->lastErrorDetail;
        m_errorAt = st->lastErrorAt;
    }
    if (!m_config.enrolled())
        m_state = SyncState::NotEnrolled;
    else if (st && st->needsReenroll)
        m_state = SyncState::NeedsReenrollment;
    else if (!m_errorCode.isEmpty())
        m_state = SyncState::Error;
    else
        m_state = SyncState::Idle;
}

SyncEngine::~SyncEngine()
{
    ++m_generation;
    ++m_enrollGeneration;
    m_transport.reset();
    m_enrollTransport.reset();
    m_retired.clear();
}

void SyncEngine::setTransportFactory(TransportFactory factory)
{
    m_factory = std::move(factory);
    retire(std::move(m_transport));
}

void SyncEngine::retire(std::unique_ptr<HubTransport> transport)
{
    // A transport may be inside its own callback (this call comes from it): it is deleted
    // from the event loop, never under its own feet.
    if (!transport)
        return;
    m_retired.push_back(std::move(transport));
    QTimer::singleShot(0, this, [this] { m_retired.clear(); });
}

QDateTime SyncEngine::now() const
{
    return m_db.clock().nowUtc();
}

void SyncEngine::reloadConfig()
{
    auto c = m_store.config();
    m_config = c ? c.value() : SyncConfig {};
}

HubTransport *SyncEngine::transport()
{
    if (!m_transport)
        m_transport = m_factory(HubEndpoint {QUrl(m_config.hubUrl), m_config.trust});
    return m_transport.get();
}

void SyncEngine::start()
{
    m_interval.start();
    m_pendingWatch.start();
    if (m_options.startupDelayMs >= 0)
        QTimer::singleShot(m_options.startupDelayMs, this, [this] { startRun(QStringLiteral("startup")); });
    if (m_options.watchNetwork
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online
                    && (m_state == SyncState::Offline || m_retry.isActive())) {
                    m_retry.stop();
                    m_nextAttempt = {};
                    startRun(QStringLiteral("network"));
                }
            });
    }
}

void SyncEngine::stop()
{
    m_interval.stop();
    m_retry.stop();
    m_pendingWatch.stop();
    cancelRun();
}

void SyncEngine::syncNow()
{
    m_retry.stop();
    m_nextAttempt = {};
    m_blocked = false;
    if (m_run) {
        m_rerun = true;
        return;
    }
    startRun(QStringLiteral("manual"));
}

SyncStatus SyncEngine::status() const
{
    SyncStatus s;
    s.state = m_state;
    s.hubUrl = m_config.hubUrl;
    s.locationName = m_config.locationName;
    s.deviceId = m_config.deviceId;
    if (auto st = m_store.state())
        s.lastSuccess = st->lastSuccess;
    if (auto p = m_store.pendingCount())
        s.pending = p.value();
    if (auto p = m_store.parkedCount())
        s.parked = p.value();
    s.lastErrorCode = m_errorCode;
    s.lastError = errorMessage(m_errorCode, m_errorDetail);
    s.lastErrorAt = m_errorAt;
    s.nextAttempt = m_nextAttempt;
    return s;
}

void SyncEngine::setState(SyncState state)
{
    m_state = state;
    emit statusChanged();
}

void SyncEngine::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QByteArray &body, std::function<void(const HubResponse &)> next)
{
    HubRequest req;
    req.method = method;
    req.path = path;
    req.query = query;
    req.body = body;
    req.bearer = m_token;
    const quint64 generation = ++m_generation;
    m_callId = transport()->send(req, [this, generation, next = std::move(next)](const HubResponse &r) {
        if (generation != m_generation)
            return; // abandoned (timeout, stop, enrollment)
        m_callTimer.stop();
        m_callId = 0;
        next(r);
    });
    m_callTimer.start(m_options.requestTimeoutMs);
}

void SyncEngine::startRun(const QString &trigger)
{
    if (m_run) {
        if (trigger == QLatin1String("manual"))
            m_rerun = true;
        return;
    }
    if (m_enrollCall)
        return;
    reloadConfig();
    if (!m_config.enrolled()) {
        if (m_state != SyncState::NotEnrolled)
            setState(SyncState::NotEnrolled);
        return;
    }
    auto st = m_store.state();
    if (!st) {
        qCWarning(lcSync) << "sync state unreadable:" << st.error().message;
        return;
    }
    if (st->needsReenroll) {
        if (m_state != SyncState::NeedsReenrollment)
            setState(SyncState::NeedsReenrollment);
        return;
    }
    if (m_blocked && trigger != QLatin1String("manual") && trigger != QLatin1String("enroll"))
        return;
    m_run.emplace();
    m_run->record.startedAt = now();
    m_run->record.trigger = trigger;
    m_run->cursor = st->cursor;
    m_run->askFull = st->fullPending;
    m_run->conflictsSince = st->conflictsSince;
    if (m_token.isEmpty()) {
        auto t = m_keys.read(m_store.tokenAccount());
        if (!t) {
            finishRun(QStringLiteral("error"), code::Keychain, t.error().message);
            return; // the next timer tick tries again (the keychain may be unlocked by then)
        }
        m_token = t->bytes();
    }
    setState(SyncState::Syncing);
    pushNext();
}

void SyncEngine::pushNext()
{
    auto batch = m_store.pendingBatch(m_options.pushBatch);
    if (!batch) {
        finishRun(QStringLiteral("error"), code::Storage, batch.error().message);
        scheduleBackoff();
        return;
    }
    if (batch->empty()) {
        pullNext();
        return;
    }
    protocol::PushRequest req;
    req.deviceId = m_config.deviceId;
    for (const OutboxEntry &e : batch.value()) {
        protocol::Mutation m;
        m.mutationId = e.mutationId;
        m.entity = e.entity;
        m.entityId = e.entityId;
        m.op = e.op == QLatin1String("delete") ? protocol::Op::Delete : protocol::Op::Upsert;
        m.payload = QJsonDocument::fromJson(e.payload).object();
        m.payloadHash = e.payloadHash;
        req.mutations.append(std::move(m));
    }
    m_run->batch = std::move(batch).value();
    call("POST", QStringLiteral("/api/v1/push"), {}, compactJson(req.toJson()),
        [this](const HubResponse &r) { onPush(r); });
}

void SyncEngine::onPush(const HubResponse &r)
{
    if (!r.answered()) {
        transportFailure(r);
        return;
    }
    if (r.status == 200) {
        protocol::PushResponse resp;
        protocol::ValidationError ve;
        QJsonObject body;
        if (!protocol::parseObject(r.body, &body, &ve) || !protocol::PushResponse::fromJson(body, &resp, &ve)
            || resp.lastAppliedMutationId < m_run->batch.back().mutationId) {
            finishRun(QStringLiteral("error"), code::BadAnswer, ve.message, r.requestId);
            scheduleBackoff();
            return;
        }
        if (Status s = m_store.markPushed(m_run->batch, resp.lastAppliedMutationId, resp.rejected); !s) {
            // Not marked: the batch goes again and the hub skips it as a replay.
            finishRun(QStringLiteral("error"), code::Storage, s.error().message);
            scheduleBackoff();
            return;
        }
        m_run->record.pushed += qint64(m_run->batch.size());
        m_run->record.rejected += resp.rejected.size();
        m_run->batch.clear();
        emit statusChanged();
        pushNext();
        return;
    }
    const protocol::ApiError e = apiErrorOf(r);
    if (r.status == 409 && e.code == protocol::error::MutationGap) {
        const qint64 expected = qint64(e.details.value(QStringLiteral("expected_mutation_id")).toDouble());
        // The hub lost changes it had (restored from a backup): send them again if still here.
        if (expected > 0 && expected < m_run->batch.front().mutationId && m_run->rewinds < 3) {
            auto present = m_store.rewindOutbox(expected);
            if (!present) {
                finishRun(QStringLiteral("error"), code::Storage, present.error().message);
                scheduleBackoff();
                return;
            }
            if (present.value()) {
                ++m_run->rewinds;
                qCInfo(lcSync) << "hub expects mutation" << expected << "; resending from there";
                pushNext();
                return;
            }
        }
        needsReenrollment(e.code, e.message, r.requestId);
        return;
    }
    if (r.status == 409 && e.code == protocol::error::MutationReused) {
        needsReenrollment(code::HistoryDiverged, e.message, r.requestId);
        return;
    }
    httpFailure(r);
}

void SyncEngine::pullNext()
{
    protocol::PullRequest req;
    req.cursor = m_run->cursor;
    req.limit = m_options.pullLimit;
    req.full = m_run->askFull;
    req.pageToken = m_run->pageToken;
    call("POST", QStringLiteral("/api/v1/pull"), {}, compactJson(req.toJson()),
        [this](const HubResponse &r) { onPull(r); });
}

void SyncEngine::onPull(const HubResponse &r)
{
    if (!r.answered()) {
        transportFailure(r);
        return;
    }
    if (r.status != 200) {
        httpFailure(r);
        return;
    }
    protocol::PullResponse resp;
    protocol::ValidationError ve;
    QJsonObject body;
    if (!protocol::parseObject(r.body, &body, &ve) || !protocol::PullResponse::fromJson(body, &resp, &ve)
        || (resp.fullResync && resp.more && resp.pageToken.isEmpty())) {
        finishRun(QStringLiteral("error"), code::BadAnswer, ve.message, r.requestId);
        scheduleBackoff();
        return;
    }
    PageContext context;
    context.fullPass = resp.fullResync;
    context.firstPage = m_run->pageToken.isEmpty();
    PageResult page;
    Status s = m_db.write(Actor::system(), [&](WriteTx &tx) -> Status {
        auto applied = applyPage(m_db, tx, resp, context);
        if (!applied)
            return applied.error();
        page = applied.value();
        return {};
    });
    if (!s) {
        // Rolled back whole: the cursor did not move, the page comes again next time.
        qCWarning(lcSync) << "pull page not applied:" << s.error().message;
        finishRun(QStringLiteral("error"), code::Storage, s.error().message, r.requestId);
        scheduleBackoff();
        return;
    }
    m_run->record.pulled += resp.changes.size();
    m_run->record.rejected += page.rejected;
    m_run->jobs |= page.jobsChanged;
    m_run->catalog |= page.catalogChanged;
    m_run->customers |= page.customersChanged;
    m_run->settings |= page.settingsChanged;
    if (resp.more) {
        if (resp.fullResync) {
            m_run->pageToken = resp.pageToken;
        } else {
            m_run->cursor = resp.cursor;
            m_run->pageToken.clear();
        }
        pullNext();
        return;
    }
    m_run->cursor = resp.cursor;
    m_run->askFull = false;
    m_run->pageToken.clear();
    if (m_run->jobs || m_run->catalog || m_run->customers || m_run->settings)
        emit dataChanged(m_run->jobs, m_run->catalog, m_run->customers, m_run->settings);
    conflictsNext();
}

void SyncEngine::conflictsNext()
{
    protocol::ConflictsRequest req;
    req.since = m_run->conflictsSince;
    req.limit = 100;
    call("GET", QStringLiteral("/api/v1/conflicts"), req.toQuery(), {},
        [this](const HubResponse &r) { onConflicts(r); });
}

void SyncEngine::onConflicts(const HubResponse &r)
{
    if (!r.answered()) {
        transportFailure(r);
        return;
    }
    if (r.status != 200) {
        httpFailure(r);
        return;
    }
    protocol::ConflictsResponse resp;
    protocol::ValidationError ve;
    QJsonObject body;
    if (!protocol::parseObject(r.body, &body, &ve)
        || !protocol::ConflictsResponse::fromJson(body, &resp, &ve)) {
        finishRun(QStringLiteral("error"), code::BadAnswer, ve.message, r.requestId);
        scheduleBackoff();
        return;
    }
    auto added = m_store.addConflicts(resp.conflicts);
    if (!added) {
        finishRun(QStringLiteral("error"), code::Storage, added.error().message);
        scheduleBackoff();
        return;
    }
    m_run->record.conflicts += added.value();
    qint64 maxId = m_run->conflictsSince;
    for (const protocol::Conflict &c : resp.conflicts)
        maxId = std::max(maxId, c.id);
    if (resp.more && maxId > m_run->conflictsSince) {
        m_run->conflictsSince = maxId;
        conflictsNext();
        return;
    }
    finishRun(QStringLiteral("ok"));
}

void SyncEngine::transportFailure(const HubResponse &r)
{
    if (!m_run)
        return;
    switch (r.failure) {
    case HubResponse::Failure::Aborted:
    case HubResponse::Failure::Network:
        finishRun(QStringLiteral("offline"), code::Network, r.detail);
        break;
    case HubResponse::Failure::Timeout:
        finishRun(QStringLiteral("offline"), code::Timeout, r.detail);
        break;
    case HubResponse::Failure::Tls:
        finishRun(QStringLiteral("error"), r.tlsCode, r.detail);
        break;
    case HubResponse::Failure::PinMismatch:
        finishRun(QStringLiteral("error"), code::PinMismatch, r.detail);
        break;
    case HubResponse::Failure::None:
        finishRun(QStringLiteral("error"), code::BadAnswer, r.detail);
        break;
    }
    // The next connection starts afresh (a pooled one may be what broke).
    retire(std::move(m_transport));
    scheduleBackoff();
}

void SyncEngine::httpFailure(const HubResponse &r)
{
    const protocol::ApiError e = apiErrorOf(r);
    if (r.status == 401) {
        needsReenrollment(e.code, e.message, r.requestId);
        return;
    }
    finishRun(QStringLiteral("error"), e.code, e.message, r.requestId);
    if (r.status == 429) {
        scheduleBackoff(qint64(std::max(r.retryAfterSecs, 1)) * 1000);
    } else if (r.status >= 500) {
        scheduleBackoff();
    } else {
        // 426 and other refusals: sending the same again cannot help. Runs wait for
        // "Sync now" (or a restart), so the hub is not hammered with a known refusal.
        m_blocked = true;
        emit statusChanged();
    }
}

void SyncEngine::needsReenrollment(const QString &code, const QString &detail, const QString &requestId)
{
    if (Status s = m_store.setNeedsReenroll(true); !s)
        qCWarning(lcSync) << "could not record re-enrollment:" << s.error().message;
    m_token.clear();
    finishRun(QStringLiteral("stopped"), code, detail, requestId);
    setState(SyncState::NeedsReenrollment);
}

void SyncEngine::finishRun(
    const QString &outcome, const QString &code, const QString &detail, const QString &requestId)
{
    if (!m_run)
        return;
    m_callTimer.stop();
    SyncRun rec = m_run->record;
    rec.finishedAt = now();
    rec.outcome = outcome;
    rec.errorCode = code;
    rec.errorDetail = detail;
    rec.requestId = requestId;
    m_run.reset();
    if (Status s = m_store.recordRun(rec); !s)
        qCWarning(lcSync) << "could not record the sync run:" << s.error().message;
    const bool ok = outcome == QLatin1String("ok");
    if (ok) {
        m_attempt = 0;
        m_blocked = false;
        m_errorCode.clear();
        m_errorDetail.clear();
        m_errorAt = {};
        if (Status s = m_store.purgeSent(now().addDays(-m_options.sentRetentionDays)); !s)
            qCWarning(lcSync) << "could not purge sent outbox rows:" << s.error().message;
    } else {
        m_errorCode = code;
        m_errorDetail = detail;
        m_errorAt = rec.finishedAt;
    }
    if (outcome == QLatin1String("ok"))
        m_state = SyncState::Idle;
    else if (outcome == QLatin1String("offline"))
        m_state = SyncState::Offline;
    else if (outcome == QLatin1String("error"))
        m_state = SyncState::Error;
    qCInfo(lcSync).noquote() << "sync run" << rec.trigger << "->" << outcome << code << "pushed" << rec.pushed
                             << "pulled" << rec.pulled;
    emit runFinished(rec);
    emit statusChanged();
    if (m_rerun && m_state != SyncState::NeedsReenrollment) {
        m_rerun = false;
        QTimer::singleShot(0, this, [this] { startRun(QStringLiteral("manual")); });
    }
}

void SyncEngine::cancelRun()
{
    m_callTimer.stop();
    if (m_transport && m_callId)
        m_transport->abort(m_callId);
    m_callId = 0;
    ++m_generation;
    m_rerun = false;
    if (m_run)
        finishRun(QStringLiteral("stopped"));
}

void SyncEngine::scheduleBackoff(qint64 atLeastMs)
{
    // Exponential with "equal jitter": half the step fixed, half random, so a thousand
    // locations that lost the hub together do not come back together.
    const qint64 step = std::min<qint64>(
        m_options.backoffCapMs, qint64(m_options.backoffBaseMs) << std::min(m_attempt, 20));
    qint64 delay = step / 2 + qint64(m_rng.bounded(quint32(step / 2 + 1)));
    delay = std::max(delay, atLeastMs);
    m_lastBackoffMs = delay;
    ++m_attempt;
    m_retry.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
    m_nextAttempt = now().addMSecs(delay);
    emit statusChanged();
}

QString SyncEngine::checkEnrollment(const EnrollmentRequest &request)
{
    const QUrl url(request.hubUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("Enter the hub's address, such as https://hub.example.com.");
    if (url.scheme() != QLatin1String("https"))
        return Tr::tr("The hub's address must start with https:// (sync never travels unencrypted).");
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return Tr::tr("The hub's address is only https://host and an optional :port.");
    if (protocol::normalizeEnrollmentCode(request.code).isEmpty())
        return Tr::tr("The enrollment code is 16 letters and digits, such as 7K3M-Q9XD-2HBN-W4RT.");
    if (request.deviceName.trimmed().isEmpty() || request.deviceName.size() > protocol::kMaxDeviceNameLength)
        return Tr::tr("Give this PC a name of 1 to 100 characters (head office lists it by that name).");
    return request.trust.problem();
}

void SyncEngine::enroll(const Actor &actor, const EnrollmentRequest &request)
{
    auto fail = [this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] { emit enrollFinished(false, message); });
    };
    if (!allows(actor.role, Permission::ChangeSettings)) {
        fail(Tr::tr("Only a manager or the owner can enroll this PC."));
        return;
    }
    if (m_enrollCall) {
        fail(Tr::tr("An enrollment is already under way."));
        return;
    }
    if (const QString problem = checkEnrollment(request); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    reloadConfig();
    if (m_config.enrolled() && normalizedHub(m_config.hubUrl) != normalizedHub(request.hubUrl)) {
        fail(Tr::tr("This location is enrolled with %1. A location syncs with one hub: un-enroll it first.")
                 .arg(m_config.hubUrl));
        return;
    }
    cancelRun();
    m_retry.stop();
    m_enrollActor = actor;
    m_enrollRequest = request;
    m_enrollRequest.hubUrl = normalizedHub(request.hubUrl);
    // A fresh connection with the new trust settings: a pooled one must not carry over.
    m_enrollTransport = m_factory(HubEndpoint {QUrl(m_enrollRequest.hubUrl), request.trust});
    protocol::EnrollRequest body;
    body.code = request.code;
    body.deviceName = request.deviceName.trimmed();
    HubRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/enroll");
    req.body = compactJson(body.toJson());
    const quint64 generation = ++m_enrollGeneration;
    m_enrollCall = m_enrollTransport->send(req, [this, generation](const HubResponse &r) {
        if (generation != m_enrollGeneration)
            return;
        m_enrollTimer.stop();
        m_enrollCall = 0;
        onEnrollAnswer(r);
    });
    m_enrollTimer.start(m_options.requestTimeoutMs);
    emit statusChanged();
}

void SyncEngine::onEnrollAnswer(const HubResponse &r)
{
    if (!r.answered()) {
        QString c = code::Network;
        if (r.failure == HubResponse::Failure::Tls)
            c = r.tlsCode;
        else if (r.failure == HubResponse::Failure::PinMismatch)
            c = code::PinMismatch;
        else if (r.failure == HubResponse::Failure::Timeout)
            c = code::Timeout;
        finishEnroll(false, errorMessage(c, r.detail));
        return;
    }
    if (r.status != 200) {
        const protocol::ApiError e = apiErrorOf(r);
        finishEnroll(false, errorMessage(e.code, e.message));
        return;
    }
    protocol::EnrollResponse resp;
    protocol::ValidationError ve;
    QJsonObject body;
    if (!protocol::parseObject(r.body, &body, &ve) || !protocol::EnrollResponse::fromJson(body, &resp, &ve)) {
        finishEnroll(false, errorMessage(code::BadAnswer));
        return;
    }
    // The token goes to the keychain first: without a keychain there is no enrollment
    // (never a plaintext copy). Re-enrollment replaces the old token.
    if (Status s = m_keys.write(m_store.tokenAccount(), Secret(resp.token.toLatin1())); !s) {
        finishEnroll(false,
            Tr::tr("The hub accepted the code, but its access token could not be kept in the system keychain "
                   "(%1). Unlock the keychain and enroll again with a new code.")
                .arg(s.error().message));
        return;
    }
    SyncConfig config;
    config.hubUrl = m_enrollRequest.hubUrl;
    config.locationId = resp.locationId;
    config.locationName = resp.locationName;
    config.deviceId = resp.deviceId;
    config.deviceName = m_enrollRequest.deviceName.trimmed();
    config.trust = m_enrollRequest.trust;
    if (Status s = m_store.saveEnrollment(m_enrollActor, config); !s) {
        finishEnroll(false, s.error().message);
        return;
    }
    m_token = resp.token.toLatin1();
    m_config = config;
    retire(std::move(m_transport));
    m_blocked = false;
    m_attempt = 0;
    m_errorCode.clear();
    m_errorDetail.clear();
    m_errorAt = {};
    m_state = SyncState::Idle;
    finishEnroll(true,
        Tr::tr("This PC is enrolled with head office as “%1” for %2.")
            .arg(config.deviceName, config.locationName));
    QTimer::singleShot(0, this, [this] { startRun(QStringLiteral("enroll")); });
}

void SyncEngine::finishEnroll(bool ok, const QString &message)
{
    m_enrollTimer.stop();
    m_enrollCall = 0;
    ++m_enrollGeneration;
    retire(std::move(m_enrollTransport));
    emit enrollFinished(ok, message);
    emit statusChanged();
}

Status SyncEngine::unenroll(const Actor &actor)
{
    if (!allows(actor.role, Permission::ChangeSettings))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Only a manager or the owner can un-enroll this PC."));
    cancelRun();
    m_retry.stop();
    if (Status s = m_store.clearEnrollment(actor); !s)
        return s;
    if (Status s = m_keys.remove(m_store.tokenAccount()); !s && s.code() != ErrorCode::NotFound)
        qCWarning(lcSync) << "token not removed from the keychain:" << s.error().message;
    m_token.clear();
    m_config = {};
    retire(std::move(m_transport));
    m_blocked = false;
    m_attempt = 0;
    m_errorCode.clear();
    m_errorDetail.clear();
    m_nextAttempt = {};
    setState(SyncState::NotEnrolled);
    return {};
}

} // namespace spoke::sync
