#include "ui/billing/billing_widgets.h"

#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace spoke::ui::billing_ui {

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
    return b;
}

QFrame *card(QWidget *parent, QVBoxLayout **layout)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(16, 14, 16, 14);
    box->setSpacing(8);
    if (layout)
        *layout = box;
    return frame;
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("success"));
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->setVisible(!text.isEmpty());
}

QString statusText(
    InvoiceKind kind, InvoiceStatus status, qint64 balance, const QDate &due, const QDate &today)
{
    if (status == InvoiceStatus::Draft)
        return Tr::tr("Draft");
    if (status == InvoiceStatus::Void)
        return Tr::tr("Void");
    if (kind == InvoiceKind::CreditNote)
        return balance > 0 ? Tr::tr("Credit available") : Tr::tr("Used");
    if (balance <= 0)
        return Tr::tr("Paid");
    if (due.isValid() && due < today)
        return Tr::tr("Overdue");
    return Tr::tr("Open");
}

QColor statusColor(
    InvoiceKind kind, InvoiceStatus status, qint64 balance, const QDate &due, const QDate &today)
{
    if (status == InvoiceStatus::Draft || status == InvoiceStatus::Void)
        return QColor(0x6B, 0x72, 0x80);
    if (kind == InvoiceKind::CreditNote)
        return QColor(0x5B, 0x3F, 0xB0);
    if (balance <= 0)
        return QColor(0x1E, 0x7B, 0x4A);
    if (due.isValid() && due < today)
        return QColor(0xB4, 0x23, 0x18);
    return QColor(0x0B, 0x5C, 0x63);
}

QString documentTitle(InvoiceKind kind, const QString &number)
{
    if (number.isEmpty())
        return kind == InvoiceKind::CreditNote ? Tr::tr("Draft credit note") : Tr::tr("Draft invoice");
    return kind == InvoiceKind::CreditNote ? Tr::tr("Credit note %1").arg(number)
                                           : Tr::tr("Invoice %1").arg(number);
}

QString plural(QString text, int n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace spoke::ui::billing_ui
