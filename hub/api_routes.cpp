// The /api/v1 handlers of HubServer: body limits, strict validation through the shared
// protocol library, authentication and rate limits, then the sync service. The location is
// always the token's.

#include "hub/hub_server.h"

#include "core/protocol/api_error.h"
#include "core/protocol/protocol.h"
#include "hub/storage/hub_store.h"
#include "hub/sync/sync_service.h"

#include <QHttpServerResponse>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace spoke::hub {

namespace error = spoke::protocol::error;

namespace {

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QHttpServerResponse HubServer::errorResponse(const protocol::ApiError &apiError, Context &context) const
{
    context.errorCode = apiError.code;
    return QHttpServerResponse(
        apiError.toJson(), QHttpServerResponse::StatusCode(protocol::httpStatusFor(apiError.code)));
}

bool HubServer::readBody(const QHttpServerRequest &request, QJsonObject *body, protocol::ApiError *apiError,
    Context &context) const
{
    // QHttpServer 6.4 reads the whole body before the route runs; the limit still keeps
    // oversized batches out of the parser and the database.
    bool hasLength = false;
    const qint64 declared = headerValue(request, "Content-Length").toLongLong(&hasLength);
    if ((hasLength && declared > m_limits.maxBodyBytes) || request.body().size() > m_limits.maxBodyBytes) {
        apiError->code = error::TooLarge;
        apiError->message = u"the body is over %1 bytes"_s.arg(m_limits.maxBodyBytes);
        return false;
    }
    protocol::ValidationError invalid;
    qint64 version = 0;
    if (!protocol::parseObject(request.body(), body, &invalid)
        || !protocol::checkProtocolVersion(*body, &version, &invalid)) {
        *apiError = invalid.code == error::UnsupportedProtocolVersion
            ? protocol::unsupportedVersionError(version)
            : protocol::ApiError::fromValidation(invalid);
        return false;
    }
    Q_UNUSED(context);
    return true;
}

bool HubServer::admit(const QHttpServerRequest &request, bool headOffice, Caller *caller,
    protocol::ApiError *apiError, int *retryAfter, Context &context)
{
    *retryAfter = 0;
    const QByteArray version = headerValue(request, "Spoke-Protocol-Version");
    if (!version.isEmpty() && version != QByteArray::number(protocol::kVersion)) {
        *apiError = protocol::unsupportedVersionError(version.toLongLong());
        return false;
    }
    if (!m_service->authenticate(headerValue(request, "Authorization"), caller, apiError))
        return false;
    if (caller->kind == Caller::Kind::Device) {
        context.deviceId = caller->device.id;
        context.locationId = caller->device.locationId;
    }
    const bool isHeadOffice = caller->kind == Caller::Kind::HeadOffice;
    if (isHeadOffice != headOffice) {
        context.events.append({{u"event"_s, u"forbidden"_s},
            {u"reason"_s,
                headOffice ? u"device token on a head-office endpoint"_s
                           : u"head-office token on a device endpoint"_s},
            {u"path"_s, request.url().path()}});
        apiError->code = error::Forbidden;
        apiError->message
            = headOffice ? u"this endpoint is for head office"_s : u"this endpoint is for locations"_s;
        return false;
    }
    if (!isHeadOffice && !m_deviceLimiter->take(caller->device.id, m_clock.elapsed(), retryAfter)) {
        apiError->code = error::RateLimited;
        apiError->message = u"too many requests from this device; retry in %1 s"_s.arg(*retryAfter);
        return false;
    }
    return true;
}

QHttpServerResponse HubServer::handleEnroll(const QHttpServerRequest &request, Context &context)
{
    protocol::ApiError apiError;
    int retryAfter = 0;
    // Per address: codes are 80 random bits, and guessing is slowed down further.
    if (!m_enrollLimiter->take(request.remoteAddress().toString(), m_clock.elapsed(), &retryAfter)) {
        apiError.code = error::RateLimited;
        apiError.message = u"too many enrollment attempts; retry in %1 s"_s.arg(retryAfter);
        QHttpServerResponse response = errorResponse(apiError, context);
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    QJsonObject body;
    protocol::ValidationError invalid;
    protocol::EnrollRequest enroll;
    if (!readBody(request, &body, &apiError, context))
        return errorResponse(apiError, context);
    if (!protocol::EnrollRequest::fromJson(body, &enroll, &invalid)) {
        if (invalid.path.endsWith("location_id"_L1))
            context.events.append(
                {{u"event"_s, u"tenant_violation"_s}, {u"reason"_s, u"location_id in the body"_s}});
        return errorResponse(protocol::ApiError::fromValidation(invalid), context);
    }
    protocol::EnrollResponse enrolled;
    if (!m_service->enroll(enroll, &enrolled, &apiError)) {
        context.events.append({{u"event"_s, u"enrollment_refused"_s}, {u"code"_s, apiError.code},
            {u"peer"_s, request.remoteAddress().toString()}});
        return errorResponse(apiError, context);
    }
    context.deviceId = enrolled.deviceId;
    context.locationId = enrolled.locationId;
    context.events.append({{u"event"_s, u"enrolled"_s}, {u"device"_s, enrolled.deviceId},
        {u"location"_s, enrolled.locationId}});
    return QHttpServerResponse(enrolled.toJson());
}

QHttpServerResponse HubServer::handlePush(const QHttpServerRequest &request, Context &context)
{
    protocol::ApiError apiError;
    Caller caller;
    int retryAfter = 0;
    if (!admit(request, false, &caller, &apiError, &retryAfter, context)) {
        QHttpServerResponse response = errorResponse(apiError, context);
        if (retryAfter > 0)
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    QJsonObject body;
    if (!readBody(request, &body, &apiError, context))
        return errorResponse(apiError, context);
    protocol::ValidationError invalid;
    protocol::PushRequest push;
    if (!protocol::PushRequest::fromJson(body, &push, &invalid, protocol::pushPayloadSpans(request.body()))) {
        if (invalid.path.endsWith("location_id"_L1))
            context.events.append(
                {{u"event"_s, u"tenant_violation"_s}, {u"reason"_s, u"location_id in the body"_s},
                    {u"device"_s, caller.device.id}, {u"location"_s, caller.device.locationId}});
        return errorResponse(protocol::ApiError::fromValidation(invalid), context);
    }
    protocol::PushResponse pushed;
    SyncReport report;
    const bool ok = m_service->push(caller, push, &pushed, &report, &apiError);
    context.events += report.events;
    if (!ok)
        return errorResponse(apiError, context);
    return QHttpServerResponse(pushed.toJson());
}

QHttpServerResponse HubServer::handlePull(const QHttpServerRequest &request, Context &context)
{
    protocol::ApiError apiError;
    Caller caller;
    int retryAfter = 0;
    if (!admit(request, false, &caller, &apiError, &retryAfter, context)) {
        QHttpServerResponse response = errorResponse(apiError, context);
        if (retryAfter > 0)
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    protocol::PullRequest pull;
    protocol::ValidationError invalid;
    bool parsed = false;
    if (request.method() == QHttpServerRequest::Method::Get) {
        parsed = protocol::PullRequest::fromQuery(request.query(), &pull, &invalid);
    } else {
        QJsonObject body;
        if (!readBody(request, &body, &apiError, context))
            return errorResponse(apiError, context);
        parsed = protocol::PullRequest::fromJson(body, &pull, &invalid);
    }
    if (!parsed) {
        if (invalid.path.endsWith("location_id"_L1))
            context.events.append(
                {{u"event"_s, u"tenant_violation"_s}, {u"reason"_s, u"location_id in the request"_s},
                    {u"device"_s, caller.device.id}, {u"location"_s, caller.device.locationId}});
        return errorResponse(protocol::ApiError::fromValidation(invalid), context);
    }
    protocol::PullResponse pulled;
    if (!m_service->pull(caller, pull, &pulled, &apiError))
        return errorResponse(apiError, context);
    return QHttpServerResponse(pulled.toJson());
}

QHttpServerResponse HubServer::handleConflicts(const QHttpServerRequest &request, Context &context)
{
    protocol::ApiError apiError;
    Caller caller;
    int retryAfter = 0;
    if (!admit(request, false, &caller, &apiError, &retryAfter, context)) {
        QHttpServerResponse response = errorResponse(apiError, context);
        if (retryAfter > 0)
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    protocol::ConflictsRequest query;
    protocol::ValidationError invalid;
    if (!protocol::ConflictsRequest::fromQuery(request.query(), &query, &invalid)) {
        if (invalid.path.endsWith("location_id"_L1) || invalid.path == "location"_L1)
            context.events.append(
                {{u"event"_s, u"tenant_violation"_s}, {u"reason"_s, u"location in the request"_s},
                    {u"device"_s, caller.device.id}, {u"location"_s, caller.device.locationId}});
        return errorResponse(protocol::ApiError::fromValidation(invalid), context);
    }
    protocol::ConflictsResponse found;
    if (!m_service->conflicts(caller, query, &found, &apiError))
        return errorResponse(apiError, context);
    return QHttpServerResponse(found.toJson());
}

QHttpServerResponse HubServer::handleHeadOffice(const QHttpServerRequest &request, Context &context, int kind)
{
    protocol::ApiError apiError;
    Caller caller;
    int retryAfter = 0;
    if (!admit(request, true, &caller, &apiError, &retryAfter, context))
        return errorResponse(apiError, context);
    QJsonObject body;
    if (!readBody(request, &body, &apiError, context))
        return errorResponse(apiError, context);
    protocol::HqChangeRequest change;
    protocol::ValidationError invalid;
    if (!protocol::HqChangeRequest::fromJson(body, &change, &invalid))
        return errorResponse(protocol::ApiError::fromValidation(invalid), context);
    context.locationId = change.locationId;
    protocol::HqChangeResponse written;
    SyncReport report;
    const bool ok = m_service->headOfficeChange(HqKind(kind), change, &written, &report, &apiError);
    context.events += report.events;
    if (!ok)
        return errorResponse(apiError, context);
    return QHttpServerResponse(written.toJson());
}

} // namespace spoke::hub
