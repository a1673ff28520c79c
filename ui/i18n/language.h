#pragma once

#include <QList>
#include <QString>

namespace spoke::ui {

/// A language the user can choose, named in itself ("한국어", "Français").
struct LanguageChoice
{
    QString code; ///< "" follows the system; otherwise "en", "ko", "fr", "ar"
    QString nativeName;
};

/// The choices offered in Settings, "System" first.
QList<LanguageChoice> languageChoices();

/// The language a setting means on this PC: the system language when it is one Spoke
/// speaks, English otherwise.
QString effectiveLanguage(const QString &setting);

/// Installs Spoke's and Qt's own translations for the setting, sets the default locale and
/// the layout direction (Arabic is right-to-left), and returns the language now in use.
/// Open windows get a LanguageChange event and rebuild their text.
QString applyLanguage(const QString &setting);

/// The language applied last ("en" before any).
QString currentLanguage();

} // namespace spoke::ui
