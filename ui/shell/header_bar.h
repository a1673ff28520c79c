#pragma once

#include <QFrame>

class QLabel;

namespace spoke::ui {

class LocationContext;

/// The strip above every page: the location's name and details, and who is signed in.
class HeaderBar : public QFrame
{
    Q_OBJECT
public:
    HeaderBar(LocationContext &context, QWidget *parent = nullptr);

    QString locationName() const;
    void refresh();

private:
    LocationContext &m_context;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_avatar;
    QLabel *m_user;
};

} // namespace spoke::ui
