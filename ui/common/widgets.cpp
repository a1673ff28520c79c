#include "ui/common/widgets.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace spoke::ui {

QLabel *makeLabel(const QString &text, const char *role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QLatin1String(role));
    label->setWordWrap(true);
    return label;
}

QPushButton *makeButton(const QString &text, const char *variant, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    if (variant && *variant)
        button->setProperty("variant", QLatin1String(variant));
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QFrame *makeCard(QWidget *parent, QVBoxLayout **layout)
{
    auto *card = new QFrame(parent);
    card->setProperty("card", true);
    auto *box = new QVBoxLayout(card);
    box->setContentsMargins(20, 18, 20, 18);
    box->setSpacing(10);
    if (layout)
        *layout = box;
    return card;
}

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 10, 12, 10);
    row->setSpacing(10);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    setVisible(false);
}

void Banner::show(Kind kind, const QString &text)
{
    m_kind = kind;
    const char *names[] = {"info", "warning", "error", "success"};
    const char *icons[] = {"info", "warning", "error", "check"};
    const QColor colours[] = {theme::info(), theme::warning(), theme::danger(), theme::success()};
    const int i = int(kind);
    setProperty("banner", QLatin1String(names[i]));
    style()->unpolish(this);
    style()->polish(this);
    m_icon->setPixmap(iconPixmap(QLatin1String(icons[i]), 20, colours[i]));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace spoke::ui
