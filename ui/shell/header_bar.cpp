#include "ui/shell/header_bar.h"

#include "ui/common/icons.h"
#include "ui/shell/location_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace spoke::ui {

HeaderBar::HeaderBar(LocationContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_avatar(new QLabel(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("Header"));
    setFixedHeight(72);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(28, 10, 24, 10);
    row->setSpacing(12);
    auto *pin = new QLabel(this);
    pin->setPixmap(iconPixmap(QStringLiteral("location"), 26, QColor(0x0E, 0x7C, 0x86)));
    row->addWidget(pin);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title->setObjectName(QStringLiteral("HeaderTitle"));
    m_subtitle->setObjectName(QStringLiteral("HeaderSubtitle"));
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    row->addLayout(texts, 1);
    row->addWidget(m_avatar);
    m_user->setObjectName(QStringLiteral("UserChip"));
    m_user->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    row->addWidget(m_user, 0, Qt::AlignVCenter);
    connect(&m_context, &LocationContext::profileChanged, this, &HeaderBar::refresh);
    refresh();
}

QString HeaderBar::locationName() const
{
    return m_title->text();
}

void HeaderBar::refresh()
{
    const LocationProfile &p = m_context.profile();
    m_title->setText(p.businessName);
    QStringList details;
    const QString firstLine = p.address.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!firstLine.isEmpty())
        details << firstLine;
    if (!p.phone.isEmpty())
        details << p.phone;
    const QTimeZone zone(p.timeZone.toLatin1());
    const QDateTime local = m_context.clock().nowUtc().toTimeZone(zone);
    details << QLocale().toString(local.date(), QLocale::LongFormat);
    m_subtitle->setText(details.join(QStringLiteral("  ·  ")));
    const Actor actor = m_context.actor();
    m_avatar->setPixmap(initialsAvatar(actor.name, 32));
    m_avatar->setVisible(!actor.name.isEmpty());
    m_user->setText(tr("%1 · %2").arg(actor.name, roleDisplayName(actor.role)));
    m_user->setVisible(!actor.name.isEmpty());
}

} // namespace spoke::ui
