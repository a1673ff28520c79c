#include "ui/customers/customer_style.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace spoke::ui::customers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spoke::ui::customers", text);
}

} // namespace

QLabel *label(const QString &text, const char *role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    if (role && *role)
        l->setProperty("role", QLatin1String(role));
    l->setWordWrap(true);
    return l;
}

QPushButton *button(const QString &text, const char *variant, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    if (variant && *variant)
        b->setProperty("variant", QLatin1String(variant));
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

QFrame *card(QWidget *parent, QVBoxLayout **layout, int margin)
{
    auto *c = new QFrame(parent);
    c->setProperty("card", true);
    auto *box = new QVBoxLayout(c);
    box->setContentsMargins(margin, margin - 2, margin, margin - 2);
    box->setSpacing(10);
    if (layout)
        *layout = box;
    return c;
}

QWidget *cardTitle(const QString &iconName, const QString &text, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    auto *i = new QLabel(row);
    i->setPixmap(iconPixmap(iconName, 18, QColor(0x0E, 0x7C, 0x86)));
    h->addWidget(i);
    h->addWidget(label(text, "cardTitle", row), 1);
    return row;
}

QPixmap iconPixmap(const QString &name, int size, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/customers/%1.svg").arg(name));
    QByteArray svg;
    if (file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    svg.replace(QByteArrayLiteral("#000000"), color.name(QColor::HexRgb).toLatin1());
    const qreal dpr = 2.0; // crisp on high-density screens and in screenshots
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    if (!svg.isEmpty()) {
        QSvgRenderer renderer(svg);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

QIcon icon(const QString &name, const QColor &color)
{
    QIcon result;
    for (int size : {16, 20, 24})
        result.addPixmap(iconPixmap(name, size, color));
    return result;
}

QPixmap avatar(const QString &name, int size)
{
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        if (initials.size() < 2 && !part.isEmpty())
            initials += part.at(0).toUpper();
    }
    static const QColor palette[]
        = {QColor(0x0E, 0x7C, 0x86), QColor(0x5B, 0x4B, 0xC4), QColor(0xC2, 0x41, 0x0C),
            QColor(0x15, 0x70, 0x3D), QColor(0xB4, 0x23, 0x6B), QColor(0x1D, 0x4E, 0xD8)};
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette[qHash(name) % std::size(palette)]);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

ChipColors chipColors(PreferenceKind kind)
{
    switch (kind) {
    case PreferenceKind::Do:
        return {QColor(0xE7, 0xF6, 0xEE), QColor(0x06, 0x5F, 0x3A), QColor(0x9F, 0xD9, 0xBA)};
    case PreferenceKind::Dont:
        return {QColor(0xFD, 0xEC, 0xEA), QColor(0x9B, 0x1C, 0x13), QColor(0xF1, 0xA9, 0xA0)};
    case PreferenceKind::Note:
        break;
    }
    return {QColor(0xF1, 0xF3, 0xF6), QColor(0x37, 0x41, 0x51), QColor(0xD5, 0xDA, 0xE1)};
}

ChipColors neutralChip()
{
    return {QColor(0xE3, 0xF3, 0xF4), QColor(0x0A, 0x5C, 0x63), QColor(0xBF, 0xE1, 0xE4)};
}

ChipColors dangerChip()
{
    return {QColor(0xB4, 0x23, 0x18), Qt::white, QColor(0xB4, 0x23, 0x18)};
}

QLabel *chip(const QString &text, const ChipColors &colors, QWidget *parent, bool bold)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setProperty("chip", true);
    l->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 11px; "
                       "padding: 2px 10px; %4 }")
            .arg(colors.background.name(), colors.text.name(), colors.border.name(),
                bold ? QStringLiteral("font-weight: 600;") : QString()));
    return l;
}

BackButton::BackButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setProperty("variant", QStringLiteral("link"));
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QPushButton { text-decoration: none; font-weight: 600; }"));
    updateArrow();
}

void BackButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        updateArrow();
}

void BackButton::updateArrow()
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    setIcon(customers::icon(
        rtl ? QStringLiteral("arrow-right") : QStringLiteral("arrow-left"), QColor(0x0E, 0x7C, 0x86)));
}

QString screenStyleSheet()
{
    return QStringLiteral(R"(
*[invalid="true"] { border: 1px solid #B42318; background: #FFF7F6; }
QLabel[role="fieldError"] { color: #B42318; }
QFrame[localOnly="true"] { background: #FFF8EB; border: 1px solid #F2D49B; border-radius: 8px; }
QLabel[role="localOnly"] { color: #8A4B08; }
QLabel[role="caption"] { color: #6B7280; font-size: 8.5pt; }
QLabel[role="value"] { color: #1F2937; }
QLabel[role="fieldName"] { color: #6B7280; }
QFrame[section="true"] { border: none; border-top: 1px solid #E2E6EE; }
QListWidget#Timeline { border: none; background: transparent; outline: 0; }
QListWidget#DuplicateList { border: 1px solid #E2E6EE; border-radius: 8px; background: white; outline: 0; }
QListWidget#DuplicateList::item { padding: 8px 10px; border-bottom: 1px solid #EEF1F5; color: #1F2937; }
QListWidget#DuplicateList::item:selected { background: #E3F3F4; color: #0A5C63; }
QFrame#DoNotService { background: #FDECEA; border: 1px solid #F5C2BC; border-radius: 8px; }
QLabel#DoNotServiceText { color: #9B1C13; font-weight: 600; }
QToolButton[variant="reveal"] { border: none; background: transparent; padding: 2px; }
QListWidget[role="problems"] { border: 1px solid #E2E6EE; border-radius: 8px; background: white; outline: 0; }
QListWidget[role="problems"]::item { padding: 6px 10px; border-bottom: 1px solid #F1F3F6; color: #1F2937; }
QListWidget[role="problems"]::item:selected { background: #E3F3F4; }
)");
}

void setInvalid(QWidget *field, bool invalid)
{
    if (!field || field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

QString consentChannelLabel(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Email:
        return tr("Email");
    case ConsentChannel::Sms:
        return tr("Text message");
    case ConsentChannel::Phone:
        return tr("Phone call");
    case ConsentChannel::Mail:
        return tr("Post");
    }
    return {};
}

QString timelineKindLabel(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return tr("Call");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("created"))
        return tr("Created");
    if (kind == QLatin1String("merged"))
        return tr("Merged");
    if (kind == QLatin1String("consent"))
        return tr("Consent");
    if (kind == QLatin1String("job"))
        return tr("Job");
    if (kind == QLatin1String("invoice"))
        return tr("Invoice");
    if (kind == QLatin1String("payment"))
        return tr("Payment");
    if (kind == QLatin1String("message"))
        return tr("Message");
    return kind;
}

QString plural(QString text, int n)
{
    // A translation never keeps the English markers, so this only touches source text.
    text.replace(QLatin1String("(es)"), n == 1 ? QString() : QStringLiteral("es"));
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString formatWhen(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace spoke::ui::customers
