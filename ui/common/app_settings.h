#pragma once

#include <QString>

namespace spoke::ui {

/// Per-PC preferences kept in QSettings (not in the location database): they belong to
/// this computer, not to the location.
namespace app_settings {
/// "" means follow the system language; otherwise "en", "ko", "fr" or "ar".
QString language();
void setLanguage(const QString &code);
} // namespace app_settings

} // namespace spoke::ui
