#include "ui/sync/sync_format.h"

#include "ui/common/theme.h"

#include <QCoreApplication>
#include <QLocale>

namespace spoke::ui::sync_format {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::SyncFormat)
};
} // namespace

using sync::SyncState;

QString iconName(SyncState state)
{
    switch (state) {
    case SyncState::NotEnrolled:
        return QStringLiteral("cloud-off");
    case SyncState::Idle:
        return QStringLiteral("cloud");
    case SyncState::Syncing:
        return QStringLiteral("refresh");
    case SyncState::Offline:
        return QStringLiteral("cloud-off");
    case SyncState::Error:
        return QStringLiteral("warning");
    case SyncState::NeedsReenrollment:
        return QStringLiteral("error");
    }
    return QStringLiteral("cloud-off");
}

QColor color(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return theme::success();
    case SyncState::Syncing:
        return theme::brand();
    case SyncState::Offline:
    case SyncState::Error:
        return theme::warning();
    case SyncState::NeedsReenrollment:
        return theme::danger();
    case SyncState::NotEnrolled:
        break;
    }
    return theme::muted();
}

QString when(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return Tr::tr("never");
    const qint64 secs = utc.secsTo(nowUtc);
    if (secs >= 0 && secs < 60)
        return Tr::tr("just now");
    if (secs >= 0 && secs < 3600)
        return Tr::tr("%n min ago", nullptr, int(secs / 60));
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == nowUtc.toLocalTime().date())
        return Tr::tr("today at %1").arg(time);
    return Tr::tr("%1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString summary(const sync::SyncStatus &s, const QDateTime &nowUtc)
{
    QString head;
    switch (s.state) {
    case SyncState::NotEnrolled:
        return sync::syncStateLabel(s.state);
    case SyncState::Idle:
        head = s.lastSuccess.isValid() ? Tr::tr("Synced %1").arg(when(s.lastSuccess, nowUtc))
                                       : Tr::tr("Enrolled, not synced yet");
        break;
    case SyncState::NeedsReenrollment:
        return Tr::tr("Enroll this PC again");
    case SyncState::Offline:
    case SyncState::Error:
        head = sync::syncStateLabel(s.state);
        if (s.lastSuccess.isValid())
            head += Tr::tr(" · synced %1").arg(when(s.lastSuccess, nowUtc));
        break;
    default:
        head = sync::syncStateLabel(s.state);
        break;
    }
    if (s.pending > 0)
        head += s.pending == 1 ? Tr::tr(" · 1 change to send")
                               : Tr::tr(" · %1 changes to send").arg(QLocale().toString(s.pending));
    return head;
}

QString details(const sync::SyncStatus &s, const QDateTime &nowUtc)
{
    if (s.state == SyncState::NotEnrolled)
        return Tr::tr("This location works on its own. A manager can enroll it with head office's hub in "
                      "Settings → Sync.");
    QStringList lines;
    lines << Tr::tr("Hub: %1 (%2)").arg(s.hubUrl, s.locationName);
    lines << Tr::tr("Last successful sync: %1").arg(when(s.lastSuccess, nowUtc));
    lines << Tr::tr("Changes waiting to be sent: %1").arg(QLocale().toString(s.pending));
    if (s.parked > 0)
        lines
            << Tr::tr("Changes from head office waiting for a record: %1").arg(QLocale().toString(s.parked));
    if (!s.lastError.isEmpty())
        lines << Tr::tr("Last problem: %1").arg(s.lastError);
    if (s.nextAttempt.isValid() && s.nextAttempt > nowUtc)
        lines << Tr::tr("Next try in %1 s.").arg(nowUtc.secsTo(s.nextAttempt) + 1);
    return lines.join(u'\n');
}

QString triggerText(const QString &t)
{
    if (t == QLatin1String("timer"))
        return Tr::tr("scheduled");
    if (t == QLatin1String("manual"))
        return Tr::tr("Sync now");
    if (t == QLatin1String("network"))
        return Tr::tr("network back");
    if (t == QLatin1String("startup"))
        return Tr::tr("start-up");
    if (t == QLatin1String("retry"))
        return Tr::tr("retry");
    if (t == QLatin1String("enroll"))
        return Tr::tr("enrollment");
    return t;
}

QString outcomeText(const QString &o)
{
    if (o == QLatin1String("ok"))
        return Tr::tr("Synced");
    if (o == QLatin1String("offline"))
        return Tr::tr("Offline");
    if (o == QLatin1String("error"))
        return Tr::tr("Failed");
    if (o == QLatin1String("stopped"))
        return Tr::tr("Stopped");
    return o;
}

QString recordText(const QString &entity, const QString &entityId)
{
    return QStringLiteral("%1 %2").arg(entity, entityId.size() > 13 ? entityId.left(8) + u'…' : entityId);
}

} // namespace spoke::ui::sync_format
