#pragma once

#include "ui/shell/pages.h"

#include <QWidget>

namespace spoke::ui {

/// A page whose feature arrives in a later release: what it will do, said plainly.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(PageId page, QWidget *parent = nullptr);
    PageId page() const { return m_page; }

private:
    PageId m_page;
};

} // namespace spoke::ui
