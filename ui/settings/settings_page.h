#pragma once

#include <QWidget>

#include <map>

class QListWidget;
class QStackedWidget;

namespace spoke::ui {

class LocationContext;
class SecurityActions;

/// Settings, in sections shown according to the signed-in role: the location profile and
/// preferences for everyone (read-only where the role cannot change them); staff, the
/// service catalog, the team (hours, skills, time off, crews), billing and sync for owners and managers;
/// security and backups for owners; the audit log for managers up.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section { Location, Preferences, Staff, Security, Audit, Services, Team, Billing, Sync };

    SettingsPage(LocationContext &context, SecurityActions &security, QWidget *parent = nullptr);

    bool hasSection(Section section) const { return m_sections.count(section) > 0; }
    /// Shows a section; false when the role does not have it.
    bool showSection(Section section);
    QWidget *section(Section section) const;
    Section currentSection() const { return m_current; }

private:
    void addSection(Section id, const QString &iconName, const QString &title, QWidget *widget);

    QListWidget *m_list;
    QStackedWidget *m_stack;
    std::map<Section, QWidget *> m_sections;
    Section m_current = Section::Location;
};

} // namespace spoke::ui
