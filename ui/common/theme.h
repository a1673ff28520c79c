#pragma once

#include <QColor>

class QApplication;

namespace spoke::ui {

/// Spoke's colours, in one place so screens agree.
namespace theme {
inline QColor brand()
{
    return QColor(0x0E, 0x7C, 0x86);
}
inline QColor brandDark()
{
    return QColor(0x0A, 0x5C, 0x63);
}
inline QColor brandSoft()
{
    return QColor(0xE3, 0xF3, 0xF4);
}
inline QColor accent()
{
    return QColor(0xF5, 0xB8, 0x41);
}
inline QColor sidebar()
{
    return QColor(0x14, 0x21, 0x3D);
}
inline QColor sidebarText()
{
    return QColor(0xB8, 0xC4, 0xDB);
}
inline QColor window()
{
    return QColor(0xF4, 0xF6, 0xFA);
}
inline QColor card()
{
    return QColor(0xFF, 0xFF, 0xFF);
}
inline QColor border()
{
    return QColor(0xE2, 0xE6, 0xEE);
}
inline QColor text()
{
    return QColor(0x1F, 0x29, 0x37);
}
inline QColor muted()
{
    return QColor(0x6B, 0x72, 0x80);
}
inline QColor danger()
{
    return QColor(0xB4, 0x23, 0x18);
}
inline QColor warning()
{
    return QColor(0xB5, 0x47, 0x08);
}
inline QColor success()
{
    return QColor(0x06, 0x76, 0x47);
}
inline QColor info()
{
    return QColor(0x17, 0x5C, 0xD3);
}
} // namespace theme

/// Applies the Fusion style, Spoke's palette and its style sheet to the whole application.
void applyTheme(QApplication &app);

} // namespace spoke::ui
