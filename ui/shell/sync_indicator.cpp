#include "ui/shell/sync_indicator.h"

#include "core/sync/sync_engine.h"
#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/sync/sync_format.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

namespace spoke::ui {

SyncIndicator::SyncIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("SyncIndicator"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 0, 6, 0);
    row->setSpacing(6);
    row->addWidget(m_icon);
    row->addWidget(m_text);
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::setEngine(sync::SyncEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (engine)
        connect(engine, &sync::SyncEngine::statusChanged, this, &SyncIndicator::refresh);
    if (engine)
        m_tick.start();
    else
        m_tick.stop();
    refresh();
}

QString SyncIndicator::text() const
{
    return m_text->text();
}

void SyncIndicator::refresh()
{
    const QDateTime now = m_engine ? m_engine->now() : QDateTime::currentDateTimeUtc();
    sync::SyncStatus st;
    if (m_engine)
        st = m_engine->status();
    m_state = st.state;
    m_icon->setPixmap(iconPixmap(sync_format::iconName(st.state), 16, sync_format::color(st.state)));
    QString line = sync_format::summary(st, now);
    if (!st.lastError.isEmpty()
        && (st.state == sync::SyncState::Offline || st.state == sync::SyncState::Error
            || st.state == sync::SyncState::NeedsReenrollment))
        line += QStringLiteral(" — ") + fontMetrics().elidedText(st.lastError, Qt::ElideRight, 360);
    m_text->setText(line);
    QString tip = sync_format::details(st, now);
    if (m_engine)
        tip += QStringLiteral("\n\n") + tr("Click for the sync history and the conflict log. F9 syncs now.");
    setToolTip(tip);
}

void SyncIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void SyncIndicator::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace spoke::ui
