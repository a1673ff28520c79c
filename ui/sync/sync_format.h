#pragma once

#include "core/sync/sync_types.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace spoke::ui::sync_format {

/// The status bar icon of a state ("cloud", "refresh", "cloud-off", "warning", "error").
QString iconName(sync::SyncState state);
QColor color(sync::SyncState state);
/// "just now", "4 min ago", "today at 14:05", "12 Mar at 09:10"; "never" for an invalid time.
QString when(const QDateTime &utc, const QDateTime &nowUtc);
/// One line for the status bar: "Synced 2 min ago · 3 changes to send".
QString summary(const sync::SyncStatus &status, const QDateTime &nowUtc);
/// Several lines for tooltips and Settings: hub, last success, pending, last error, next try.
QString details(const sync::SyncStatus &status, const QDateTime &nowUtc);
/// Translated words for a run's trigger and outcome keys.
QString triggerText(const QString &trigger);
QString outcomeText(const QString &outcome);
/// "customer 0190…" with the id shortened for tables.
QString recordText(const QString &entity, const QString &entityId);

} // namespace spoke::ui::sync_format
