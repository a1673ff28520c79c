#pragma once

#include <QWidget>

class QLabel;

namespace spoke::ui {

class LocationContext;
class SecurityActions;

/// Owner only: where the database key is kept, changing it, and encrypted backups.
class SecuritySection : public QWidget
{
    Q_OBJECT
public:
    SecuritySection(LocationContext &context, SecurityActions &actions, QWidget *parent = nullptr);

private:
    void refresh();

    SecurityActions &m_actions;
    QLabel *m_key;
};

} // namespace spoke::ui
