#pragma once

#include <QWidget>

namespace spoke::ui {

class LocationContext;

/// The first page after sign-in: a greeting, the location's date, and what is ready.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(LocationContext &context, QWidget *parent = nullptr);
};

} // namespace spoke::ui
