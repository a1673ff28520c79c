#pragma once

#include "ui/shell/pages.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace spoke::ui {

/// The dark sidebar: Spoke's mark, one entry per page, and the lock and switch-user
/// buttons at the bottom.
class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void setCurrentPage(PageId page);
    PageId currentPage() const;

signals:
    void pageSelected(spoke::ui::PageId page);
    void lockClicked();
    void switchUserClicked();

private:
    QListWidget *m_list;
};

} // namespace spoke::ui
