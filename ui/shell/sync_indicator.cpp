#include "ui/shell/sync_indicator.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace spoke::ui {

SyncIndicator::SyncIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("SyncIndicator"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 0, 6, 0);
    row->setSpacing(6);
    m_icon->setPixmap(iconPixmap(QStringLiteral("cloud-off"), 16, theme::muted()));
    m_text->setText(tr("Not enrolled with a hub"));
    setToolTip(tr("This location works on its own. Enrolling with your head office's Spoke Hub "
                  "arrives in a later release."));
    row->addWidget(m_icon);
    row->addWidget(m_text);
}

QString SyncIndicator::text() const
{
    return m_text->text();
}

} // namespace spoke::ui
