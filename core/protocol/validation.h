#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QSet>
#include <QString>

namespace spoke::protocol {

/// Why a body was refused: a stable error code (the client translates by it), an English
/// message for logs and operators, and where in the body the problem is ("mutations[3].op").
struct ValidationError
{
    QString code;
    QString message;
    QString path;

    [[nodiscard]] bool isEmpty() const { return code.isEmpty(); }
};

/// Whether fields a reader does not know are an error (requests, read by the hub) or are
/// skipped (answers, read by the app, so a newer hub can add fields).
enum class Strictness { Strict, Lenient };

/// Reads one JSON object field by field with type and range checks. The first problem wins
/// and every later call is a no-op; finish() then reports fields nobody asked for.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, Strictness strictness, ValidationError *error);

    [[nodiscard]] bool ok() const { return m_error->isEmpty(); }

    /// A string of minLength..maxLength UTF-16 units; required fields must be present.
    bool string(QLatin1String key, QString *out, bool required, qsizetype minLength, qsizetype maxLength);
    /// A whole JSON number in [min, max] (at most 2^53 in magnitude, the exact range of JSON).
    bool integer(QLatin1String key, qint64 *out, bool required, qint64 min, qint64 max);
    bool boolean(QLatin1String key, bool *out, bool required);
    bool object(QLatin1String key, QJsonObject *out, bool required);
    bool array(QLatin1String key, QJsonArray *out, bool required, qsizetype maxItems);
    /// Any JSON value (null allowed).
    bool value(QLatin1String key, QJsonValue *out, bool required);
    [[nodiscard]] bool has(QLatin1String key) const;

    /// Reports the first unknown field (Strict only). Returns ok().
    bool finish();

    /// Records an error at this object's path (or path.key); returns false.
    bool fail(const QString &code, const QString &message, QLatin1String key = QLatin1String());
    [[nodiscard]] QString pathOf(QLatin1String key) const;

private:
    bool fetch(QLatin1String key, bool required, QJsonValue *out);

    QJsonObject m_object;
    QString m_path;
    Strictness m_strictness;
    ValidationError *m_error;
    QSet<QString> m_seen;
};

/// Parses a request or answer body; a body that is not one JSON object is `bad_json`.
[[nodiscard]] bool parseObject(const QByteArray &body, QJsonObject *out, ValidationError *error);

/// The largest integer JSON carries exactly (2^53).
inline constexpr qint64 kMaxJsonInteger = qint64(1) << 53;

} // namespace spoke::protocol
