#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace spoke::ui {

/// Line icons from resources/icons/ui, tinted to any colour (the SVGs are drawn in black).
QPixmap iconPixmap(const QString &name, int size, const QColor &color);
QIcon icon(const QString &name, const QColor &color);
/// An icon that is muted normally and white when selected (the sidebar).
QIcon navigationIcon(const QString &name);
/// Spoke's logo.
QPixmap logoPixmap(int size);
/// A round avatar with a person's initials.
QPixmap initialsAvatar(const QString &name, int size);

} // namespace spoke::ui
