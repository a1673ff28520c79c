#pragma once

// Helpers shared by the files that implement JobService (not a public header).

#include "core/schedule/schedule_types.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

namespace spoke::job_sql {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::JobService)
};

inline QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

/// The template a series books each occurrence from (a job without its times).
QJsonObject seriesTemplate(const Job &job);
/// A job for the occurrence starting at startUtc, from a series template.
Job jobFromTemplate(const QJsonObject &templ, const QString &customerId, const QDateTime &startUtc);

} // namespace spoke::job_sql
