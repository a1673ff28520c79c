#include "core/protocol/api_error.h"

#include "core/protocol/protocol.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace spoke::protocol {

int httpStatusFor(const QString &code)
{
    static const QHash<QString, int> statuses {
        {error::BadJson, 400},
        {error::UnknownField, 400},
        {error::MissingField, 400},
        {error::WrongType, 400},
        {error::InvalidValue, 400},
        {error::PayloadHashMismatch, 400},
        {error::Unauthorized, 401},
        {error::DeviceRevoked, 401},
        {error::Forbidden, 403},
        {error::EnrollmentCodeInvalid, 403},
        {error::EnrollmentCodeUsed, 403},
        {error::EnrollmentCodeExpired, 403},
        {error::NotFound, 404},
        {error::UnknownLocation, 404},
        {error::MethodNotAllowed, 405},
        {error::MutationGap, 409},
        {error::MutationReused, 409},
        {error::TooLarge, 413},
        {error::BatchTooLarge, 413},
        {error::UnsupportedProtocolVersion, 426},
        {error::RateLimited, 429},
        {error::Internal, 500},
        {error::ShuttingDown, 503},
    };
    return statuses.value(code, 400);
}

ApiError ApiError::fromValidation(const ValidationError &error)
{
    ApiError e;
    e.code = error.code;
    e.message = error.message;
    e.path = error.path;
    return e;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject inner {{u"code"_s, code}, {u"message"_s, message}};
    if (!path.isEmpty())
        inner.insert(u"path"_s, path);
    if (!details.isEmpty())
        inner.insert(u"details"_s, details);
    return QJsonObject {{u"error"_s, inner}};
}

bool ApiError::fromJson(const QJsonObject &json, ApiError *out, ValidationError *error)
{
    ObjectReader outer(json, QString(), Strictness::Lenient, error);
    QJsonObject inner;
    if (!outer.object("error"_L1, &inner, true) || !outer.finish())
        return false;
    ApiError e;
    ObjectReader r(inner, u"error"_s, Strictness::Lenient, error);
    r.string("code"_L1, &e.code, true, 1, 100);
    r.string("message"_L1, &e.message, true, 0, 10'000);
    r.string("path"_L1, &e.path, false, 0, 1'000);
    r.object("details"_L1, &e.details, false);
    if (!r.finish())
        return false;
    *out = e;
    return true;
}

ApiError unsupportedVersionError(qint64 clientVersion)
{
    ApiError e;
    e.code = error::UnsupportedProtocolVersion;
    e.message = u"This hub speaks sync protocol %1 and Spoke sent %2. Update Spoke or ask head office "
                "to update the hub."_s.arg(kVersion)
                    .arg(clientVersion);
    e.details.insert(u"supported"_s, QJsonArray {kVersion});
    return e;
}

} // namespace spoke::protocol
