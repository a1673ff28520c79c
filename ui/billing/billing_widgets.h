#pragma once

#include "core/billing/billing_types.h"

#include <QCoreApplication>
#include <QDate>
#include <QFrame>
#include <QLabel>
#include <QPushButton>

class QVBoxLayout;

namespace spoke::ui::billing_ui {

// Small pieces every billing screen uses. The look comes from the application's style sheet
// (ui/common/theme.cpp) through the same dynamic properties the shell's widgets set.

/// A label styled by role: "pageTitle", "sectionTitle", "cardTitle", "hint", "error", "metric".
QLabel *label(const QString &text, const char *role, QWidget *parent);
/// A push button styled "primary", "danger", "link" or plain ("").
QPushButton *button(const QString &text, const char *variant, QWidget *parent);
/// A white rounded card with a vertical layout.
QFrame *card(QWidget *parent, QVBoxLayout **layout);
/// Shows a message in a label styled as an error or a success (empty text hides it).
void showMessage(QLabel *label, const QString &text, bool error);

/// What a row of a list says about an invoice: Draft, Open, Overdue, Paid, Void; a credit
/// note's "Credit available" or "Used".
QString statusText(
    InvoiceKind kind, InvoiceStatus status, qint64 balanceMinor, const QDate &due, const QDate &today);
/// A colour for that status (muted, brand, danger...).
QColor statusColor(
    InvoiceKind kind, InvoiceStatus status, qint64 balanceMinor, const QDate &due, const QDate &today);
/// "Invoice DT-0042", "Credit note DT-CN-0003", "Draft invoice" (for titles and file names).
QString documentTitle(InvoiceKind kind, const QString &number);
/// English plurals for source text ("%Ln invoice(s)" → "1 invoice", "3 invoices"); a
/// translation never keeps the markers, so translated text is left alone.
QString plural(QString text, int n);
/// A local date for tables (short format); empty for an invalid date.
QString dateText(const QDate &date);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::ui::Billing)
};

} // namespace spoke::ui::billing_ui
