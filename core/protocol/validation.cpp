#include "core/protocol/validation.h"

#include "core/protocol/api_error.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace spoke::protocol {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace

ObjectReader::ObjectReader(
    const QJsonObject &object, QString path, Strictness strictness, ValidationError *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_strictness(strictness)
    , m_error(error)
{ }

QString ObjectReader::pathOf(QLatin1String key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? QString(key) : QString(m_path + u'.' + key);
}

bool ObjectReader::fail(const QString &code, const QString &message, QLatin1String key)
{
    if (!ok())
        return false;
    const QString where = pathOf(key);
    m_error->code = code;
    m_error->path = where;
    m_error->message = where.isEmpty() ? message : QString(where + u": "_s + message);
    return false;
}

bool ObjectReader::fetch(QLatin1String key, bool required, QJsonValue *out)
{
    if (!ok())
        return false;
    m_seen.insert(QString(key));
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            return fail(error::MissingField, u"missing field"_s, key);
        *out = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    *out = it.value();
    return true;
}

bool ObjectReader::has(QLatin1String key) const
{
    return m_object.contains(key);
}

bool ObjectReader::string(
    QLatin1String key, QString *out, bool required, qsizetype minLength, qsizetype maxLength)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(error::WrongType, u"expected a string, got %1"_s.arg(typeName(v)), key);
    const QString s = v.toString();
    if (s.size() < minLength || s.size() > maxLength) {
        return fail(error::InvalidValue,
            minLength == maxLength
                ? u"expected exactly %1 characters"_s.arg(minLength)
                : u"expected %1 to %2 characters, got %3"_s.arg(minLength).arg(maxLength).arg(s.size()),
            key);
    }
    *out = s;
    return true;
}

bool ObjectReader::integer(QLatin1String key, qint64 *out, bool required, qint64 min, qint64 max)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return fail(error::WrongType, u"expected an integer, got %1"_s.arg(typeName(v)), key);
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return fail(error::WrongType, u"expected an integer, got a fraction"_s, key);
    if (d < double(min) || d > double(max) || std::fabs(d) > double(kMaxJsonInteger))
        return fail(error::InvalidValue, u"expected an integer from %1 to %2"_s.arg(min).arg(max), key);
    *out = qint64(d);
    return true;
}

bool ObjectReader::boolean(QLatin1String key, bool *out, bool required)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(error::WrongType, u"expected a boolean, got %1"_s.arg(typeName(v)), key);
    *out = v.toBool();
    return true;
}

bool ObjectReader::object(QLatin1String key, QJsonObject *out, bool required)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(error::WrongType, u"expected an object, got %1"_s.arg(typeName(v)), key);
    *out = v.toObject();
    return true;
}

bool ObjectReader::array(QLatin1String key, QJsonArray *out, bool required, qsizetype maxItems)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(error::WrongType, u"expected an array, got %1"_s.arg(typeName(v)), key);
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems)
        return fail(error::InvalidValue, u"at most %1 items, got %2"_s.arg(maxItems).arg(a.size()), key);
    *out = a;
    return true;
}

bool ObjectReader::value(QLatin1String key, QJsonValue *out, bool required)
{
    QJsonValue v;
    if (!fetch(key, required, &v))
        return false;
    *out = v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    return true;
}

bool ObjectReader::finish()
{
    if (!ok() || m_strictness == Strictness::Lenient)
        return ok();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            const QString where = m_path.isEmpty() ? it.key() : QString(m_path + u'.' + it.key());
            m_error->code = error::UnknownField;
            m_error->path = where;
            m_error->message = where + u": unknown field"_s;
            return false;
        }
    }
    return true;
}

bool parseObject(const QByteArray &body, QJsonObject *out, ValidationError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->code = error::BadJson;
        error->path.clear();
        error->message = u"the body is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                             .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        error->code = error::BadJson;
        error->path.clear();
        error->message = u"the body must be a JSON object"_s;
        return false;
    }
    *out = document.object();
    return true;
}

} // namespace spoke::protocol
