#include "ui/shell/navigation_bar.h"

#include "ui/common/icons.h"
#include "ui/common/widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("Sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 18, 0, 16);
    layout->setSpacing(6);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(20, 0, 16, 12);
    brand->setSpacing(10);
    auto *logo = new QLabel(this);
    logo->setPixmap(logoPixmap(34));
    brand->addWidget(logo);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    auto *title = new QLabel(QStringLiteral("Spoke"), this);
    title->setObjectName(QStringLiteral("SidebarBrand"));
    auto *caption = new QLabel(tr("Location CRM"), this);
    caption->setObjectName(QStringLiteral("SidebarCaption"));
    names->addWidget(title);
    names->addWidget(caption);
    brand->addLayout(names, 1);
    layout->addLayout(brand);

    m_list->setObjectName(QStringLiteral("Navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (PageId page : kAllPages) {
        auto *item = new QListWidgetItem(navigationIcon(pageIconName(page)), pageTitle(page), m_list);
        item->setData(Qt::UserRole, int(page));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(int(page) + 1));
    }
    layout->addWidget(m_list, 1);

    auto *lock = makeButton(tr("Lock"), "sidebar", this);
    lock->setObjectName(QStringLiteral("sidebarLock"));
    lock->setIcon(icon(QStringLiteral("lock"), Qt::white));
    lock->setToolTip(tr("Lock the screen (Ctrl+L)"));
    auto *switchUser = makeButton(tr("Switch user"), "sidebar", this);
    switchUser->setIcon(icon(QStringLiteral("switch-user"), Qt::white));
    switchUser->setToolTip(tr("Let someone else sign in (Ctrl+Shift+U)"));
    for (QPushButton *b : {lock, switchUser}) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(14, 0, 14, 0);
        row->addWidget(b);
        layout->addLayout(row);
    }
    connect(lock, &QPushButton::clicked, this, &NavigationBar::lockClicked);
    connect(switchUser, &QPushButton::clicked, this, &NavigationBar::switchUserClicked);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageSelected(PageId(row));
    });
}

void NavigationBar::setCurrentPage(PageId page)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(int(page));
}

PageId NavigationBar::currentPage() const
{
    return PageId(qMax(0, m_list->currentRow()));
}

} // namespace spoke::ui
