#pragma once

#include "core/customers/customer.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QString>

class QFrame;
class QLabel;
class QToolButton;
class QVBoxLayout;
class QWidget;

/// Small building blocks the Customers screen shares. They set the same dynamic properties
/// (role, variant, card) that the application's theme styles, so the screen looks like the
/// rest of Spoke wherever it is embedded.
namespace spoke::ui::customers {

QLabel *label(const QString &text, const char *role = "", QWidget *parent = nullptr);
QPushButton *button(const QString &text, const char *variant = "", QWidget *parent = nullptr);
/// A white rounded card with a vertical layout.
QFrame *card(QWidget *parent, QVBoxLayout **layout = nullptr, int margin = 18);
/// A card's title row: an icon and a bold title.
QWidget *cardTitle(const QString &iconName, const QString &text, QWidget *parent);

/// A line icon (resources in this folder), tinted.
QPixmap iconPixmap(const QString &name, int size, const QColor &color);
QIcon icon(const QString &name, const QColor &color);
/// A round avatar with initials, one stable colour per name.
QPixmap avatar(const QString &name, int size);

struct ChipColors
{
    QColor background;
    QColor text;
    QColor border;
};
ChipColors chipColors(PreferenceKind kind);
/// A small rounded label ("DO", a tag, "Do not service").
QLabel *chip(const QString &text, const ChipColors &colors, QWidget *parent, bool bold = false);
ChipColors neutralChip();
ChipColors dangerChip();

/// "← All customers": a link whose arrow points back in either layout direction.
class BackButton : public QPushButton
{
public:
    BackButton(const QString &text, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateArrow();
};

/// Rules this screen adds to the application's theme: flagged fields, local-only boxes.
QString screenStyleSheet();

/// Marks or clears a field as invalid (red border through the style sheet).
void setInvalid(QWidget *field, bool invalid);

/// A translated name for a consent channel ("Email", "Text message"...).
QString consentChannelLabel(ConsentChannel channel);
/// A translated name for a timeline kind ("Call", "Note", ...).
QString timelineKindLabel(const QString &kind);
/// Resolves the "(s)" / "(es)" of a %n message when no translation supplied the plural
/// forms (English runs untranslated): "1 customer", "12 customers".
QString plural(QString text, int n);
/// Local date and time for screens.
QString formatWhen(const QDateTime &utc);

} // namespace spoke::ui::customers
