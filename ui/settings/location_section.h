#pragma once

#include <QWidget>

class QPushButton;

namespace spoke::ui {

class Banner;
class LocationContext;
class ProfileForm;

/// The location profile, editable by owners and managers (through LocationService, which
/// checks the role and audits the change); read-only for everyone else.
class LocationSection : public QWidget
{
    Q_OBJECT
public:
    explicit LocationSection(LocationContext &context, QWidget *parent = nullptr);

    ProfileForm *form() const { return m_form; }
    /// Saves the form; returns true when core accepted it.
    bool save();
    QString message() const;

private:
    LocationContext &m_context;
    ProfileForm *m_form;
    QPushButton *m_save;
    Banner *m_banner;
};

} // namespace spoke::ui
