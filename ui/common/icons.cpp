#include "ui/common/icons.h"

#include "ui/common/theme.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace spoke::ui {

namespace {

QByteArray svgSource(const QString &name)
{
    QFile file(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QPixmap render(const QByteArray &svg, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

QPixmap iconPixmap(const QString &name, int size, const QColor &color)
{
    QByteArray svg = svgSource(name);
    svg.replace(QByteArrayLiteral("#000000"), color.name(QColor::HexRgb).toLatin1());
    return render(svg, size);
}

QIcon icon(const QString &name, const QColor &color)
{
    QIcon result;
    for (int size : {16, 20, 24, 32, 48})
        result.addPixmap(iconPixmap(name, size, color));
    return result;
}

QIcon navigationIcon(const QString &name)
{
    QIcon result;
    for (int size : {16, 20, 24, 32}) {
        result.addPixmap(iconPixmap(name, size, theme::sidebarText()), QIcon::Normal);
        result.addPixmap(iconPixmap(name, size, Qt::white), QIcon::Selected);
        result.addPixmap(iconPixmap(name, size, Qt::white), QIcon::Active);
    }
    return result;
}

QPixmap logoPixmap(int size)
{
    return render(svgSource(QStringLiteral("logo")), size);
}

QPixmap initialsAvatar(const QString &name, int size)
{
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (initials.size() < 2)
            initials += part.at(0).toUpper();
    }
    // A stable colour per person, from a small palette that reads well with white text.
    static const QColor palette[]
        = {QColor(0x0E, 0x7C, 0x86), QColor(0x5B, 0x4B, 0xC4), QColor(0xC2, 0x41, 0x0C),
            QColor(0x15, 0x70, 0x3D), QColor(0xB4, 0x23, 0x6B), QColor(0x1D, 0x4E, 0xD8)};
    const QColor colour = palette[qHash(name) % std::size(palette)];
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(0, 0, size, size);
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace spoke::ui
