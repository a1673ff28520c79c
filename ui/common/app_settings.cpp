#include "ui/common/app_settings.h"

#include <QSettings>

namespace spoke::ui::app_settings {

namespace {
QSettings store()
{
    return QSettings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Spoke"), QStringLiteral("spoke"));
}
} // namespace

QString language()
{
    return store().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings s = store();
    s.setValue(QStringLiteral("ui/language"), code);
}

} // namespace spoke::ui::app_settings
