#pragma once

#include <QString>

namespace spoke::app {

/// Renders every main screen of a throwaway demo location (in a temporary folder, keys in
/// memory) to dir/<screen>.png with QWidget::grab(). Works without a display (offscreen).
/// Returns the number of failures (0 when every screen was written).
int renderScreenshots(const QString &dir);

} // namespace spoke::app
