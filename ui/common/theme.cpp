#include "ui/common/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace spoke::ui {

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// Widgets pick a look through dynamic properties (variant, role, card) instead of
// per-widget style sheets, so the whole look lives here.
QString styleSheet()
{
    QString qss = QStringLiteral(R"(
QMainWindow, QDialog, QWizard { background: @window; }
QWidget#Workspace, QStackedWidget#Pages { background: @window; }
QWidget#Sidebar { background: @sidebar; }
QWidget#LockScreen { background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #14213D, stop:1 #0B5560); }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 26px; border: none; }
QComboBox::down-arrow { image: url(:/icons/ui/chevron-down.svg); width: 12px; height: 12px; }
QComboBox::down-arrow:disabled { image: none; }
QSpinBox { padding-right: 22px; }
QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 20px; border: none; background: transparent; }
QSpinBox::up-button { subcontrol-position: top right; }
QSpinBox::down-button { subcontrol-position: bottom right; }
QSpinBox::up-arrow { image: url(:/icons/ui/chevron-up.svg); width: 10px; height: 10px; }
QSpinBox::down-arrow { image: url(:/icons/ui/chevron-down.svg); width: 10px; height: 10px; }
QWizard QLabel[role="hint"] { color: @muted; }
QLabel#SidebarBrand { color: white; font-size: 15pt; font-weight: 600; }
QLabel#SidebarCaption { color: @sidebarText; font-size: 8pt; }
QListWidget#Navigation { background: transparent; border: none; color: @sidebarText; outline: 0; font-size: 10.5pt; }
QListWidget#Navigation::item { padding: 10px 12px; margin: 2px 10px; border-radius: 8px; }
QListWidget#Navigation::item:hover { background: rgba(255, 255, 255, 0.07); color: white; }
QListWidget#Navigation::item:selected { background: @brand; color: white; }
QFrame#Header { background: @card; border-bottom: 1px solid @border; }
QLabel#HeaderTitle { font-size: 15pt; font-weight: 600; color: @text; }
QLabel#HeaderSubtitle { color: @muted; }
QLabel#UserChip { background: @brandSoft; color: @brandDark; border-radius: 14px; padding: 5px 12px; font-weight: 600; }
QLabel[role="pageTitle"] { font-size: 18pt; font-weight: 600; color: @text; }
QLabel[role="sectionTitle"] { font-size: 13pt; font-weight: 600; color: @text; }
QLabel[role="cardTitle"] { font-size: 11pt; font-weight: 600; color: @text; }
QLabel[role="hint"] { color: @muted; }
QLabel[role="metric"] { font-size: 20pt; font-weight: 600; color: @brandDark; }
QLabel[role="error"] { color: @danger; }
QLabel[role="success"] { color: @success; }
QFrame[card="true"] { background: @card; border: 1px solid @border; border-radius: 10px; }
QFrame[banner="info"] { background: #EAF2FE; border: 1px solid #C5DAFB; border-radius: 8px; }
QFrame[banner="warning"] { background: #FFF6E5; border: 1px solid #F7D79B; border-radius: 8px; }
QFrame[banner="error"] { background: #FDECEA; border: 1px solid #F5C2BC; border-radius: 8px; }
QFrame[banner="success"] { background: #E7F6EE; border: 1px solid #B5E2C8; border-radius: 8px; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #C9D0DC; background: white; color: @text; min-height: 20px; }
QPushButton:hover { background: #F0F3F8; }
QPushButton:disabled { color: #A0A7B4; background: #F3F4F6; }
QPushButton[variant="primary"] { background: @brand; color: white; border: 1px solid @brand; font-weight: 600; }
QPushButton[variant="primary"]:hover { background: @brandDark; }
QPushButton[variant="primary"]:disabled { background: #9CC9CD; border-color: #9CC9CD; }
QPushButton[variant="danger"] { color: @danger; border-color: #E7B4AE; }
QPushButton[variant="link"] { border: none; background: transparent; color: @brand; padding: 2px; text-decoration: underline; }
QPushButton[variant="sidebar"] { background: transparent; border: 1px solid rgba(255,255,255,0.18); color: @sidebarText; text-align: left; padding: 8px 12px; }
QPushButton[variant="sidebar"]:hover { background: rgba(255, 255, 255, 0.08); color: white; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox { padding: 5px 8px; border: 1px solid #C9D0DC; border-radius: 6px; background: white; min-height: 20px; selection-background-color: @brand; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus { border: 1px solid @brand; }
QLineEdit[pin="true"] { font-size: 18pt; letter-spacing: 6px; padding: 6px 10px; }
QTableView { background: white; border: 1px solid @border; border-radius: 8px; gridline-color: #EEF1F5; selection-background-color: @brandSoft; selection-color: @text; alternate-background-color: #FAFBFD; }
QHeaderView::section { background: #F7F8FB; border: none; border-bottom: 1px solid @border; padding: 6px 8px; font-weight: 600; color: @muted; }
QListWidget#SectionList { background: transparent; border: none; outline: 0; }
QListWidget#SectionList::item { padding: 8px 10px; border-radius: 6px; color: @text; }
QListWidget#SectionList::item:selected { background: @brandSoft; color: @brandDark; font-weight: 600; }
QListWidget#StaffPicker { background: transparent; border: none; outline: 0; }
QListWidget#StaffPicker::item { border: 1px solid @border; border-radius: 10px; background: white; color: @text; padding: 6px; margin: 4px; }
QListWidget#StaffPicker::item:selected { border: 2px solid @brand; background: @brandSoft; color: @brandDark; }
QStatusBar { background: @card; border-top: 1px solid @border; color: @muted; }
QStatusBar QLabel { color: @muted; padding: 0 6px; }
QMenuBar { background: @card; border-bottom: 1px solid @border; }
QToolTip { color: @text; background: white; border: 1px solid @border; }
)");
    const std::pair<const char *, QColor> colours[] = {{"@window", theme::window()},
        {"@sidebarText", theme::sidebarText()}, {"@sidebar", theme::sidebar()},
        {"@brandSoft", theme::brandSoft()}, {"@brandDark", theme::brandDark()}, {"@brand", theme::brand()},
        {"@card", theme::card()}, {"@border", theme::border()}, {"@text", theme::text()},
        {"@muted", theme::muted()}, {"@danger", theme::danger()}, {"@success", theme::success()}};
    for (const auto &[name, colour] : colours)
        qss.replace(QLatin1String(name), hex(colour));
    return qss;
}

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, theme::window());
    p.setColor(QPalette::WindowText, theme::text());
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xFA, 0xFB, 0xFD));
    p.setColor(QPalette::Text, theme::text());
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, theme::text());
    p.setColor(QPalette::Highlight, theme::brand());
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, theme::brand());
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA1, 0xAE));
    app.setPalette(p);
    QFont font = app.font();
    font.setPointSizeF(10);
    app.setFont(font);
    app.setStyleSheet(styleSheet());
}

} // namespace spoke::ui
