#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace spoke::ui {

class Banner;
class LocationContext;

/// This PC's language (QSettings, applied at once) and the location's idle lock time
/// (stored in the location, audited).
class PreferencesSection : public QWidget
{
    Q_OBJECT
public:
    explicit PreferencesSection(LocationContext &context, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *idleMinutesSpin() const { return m_idle; }
    bool saveIdleMinutes();

private:
    LocationContext &m_context;
    QComboBox *m_language;
    QSpinBox *m_idle;
    Banner *m_banner;
};

} // namespace spoke::ui
