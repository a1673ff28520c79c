#include "ui/shell/placeholder_page.h"

#include "ui/common/icons.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace spoke::ui {

namespace {

struct Plan
{
    QString summary;
    QStringList coming;
};

Plan planFor(PageId page)
{
    switch (page) {
    case PageId::Customers:
        return {PlaceholderPage::tr("Find any customer in a keystroke and keep what matters to them."),
            {PlaceholderPage::tr("Search as you type by name, phone, email or address"),
                PlaceholderPage::tr("Preferences crews must know: \"downstairs bathroom, not the oven\""),
                PlaceholderPage::tr("Gate and alarm codes that never leave this location"),
                PlaceholderPage::tr("Visit history, invoices and payments on one page")}};
    case PageId::Schedule:
        return {PlaceholderPage::tr("Book, move and dispatch jobs on a board that works offline."),
            {PlaceholderPage::tr("Day and week dispatch board per crew"),
                PlaceholderPage::tr("Drag to reschedule, in the location's own time zone"),
                PlaceholderPage::tr("Printed work orders for crews on the road"),
                PlaceholderPage::tr("Bookings made by head office appear here")}};
    case PageId::Invoices:
        return {PlaceholderPage::tr("Invoice, get paid, and keep every receipt."),
            {PlaceholderPage::tr("Invoices numbered with this location's prefix"),
                PlaceholderPage::tr("Payments by card, cash or check, with receipts"),
                PlaceholderPage::tr("Print or email invoices as PDF"),
                PlaceholderPage::tr("Voids and refunds, always audited")}};
    case PageId::Reports:
        return {PlaceholderPage::tr("See how the location is doing at a glance."),
            {PlaceholderPage::tr("Sales and bookings by day, week and month"),
                PlaceholderPage::tr("Crew utilisation and repeat customers"),
                PlaceholderPage::tr("Royalty figures that match head office")}};
    case PageId::Today:
    case PageId::Settings:
        break;
    }
    return {};
}

} // namespace

PlaceholderPage::PlaceholderPage(PageId page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
{
    setObjectName(QStringLiteral("page-") + pageKey(page));
    const Plan plan = planFor(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 28);
    outer->setSpacing(18);
    outer->addWidget(makeLabel(pageTitle(page), "pageTitle", this));

    QVBoxLayout *box = nullptr;
    auto *card = makeCard(this, &box);
    card->setMaximumWidth(760);
    box->setContentsMargins(28, 26, 28, 26);
    box->setSpacing(14);
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    auto *art = new QLabel(card);
    art->setFixedSize(72, 72);
    art->setAlignment(Qt::AlignCenter);
    art->setStyleSheet(QStringLiteral("background: %1; border-radius: 36px;").arg(theme::brandSoft().name()));
    art->setPixmap(iconPixmap(pageIconName(page), 36, theme::brand()));
    top->addWidget(art, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    texts->addWidget(makeLabel(tr("Coming in the next release"), "cardTitle", card));
    texts->addWidget(makeLabel(plan.summary, "hint", card));
    top->addLayout(texts, 1);
    box->addLayout(top);
    for (const QString &item : plan.coming) {
        auto *row = new QHBoxLayout;
        row->setSpacing(10);
        auto *tick = new QLabel(card);
        tick->setPixmap(iconPixmap(QStringLiteral("check"), 16, theme::brand()));
        row->addWidget(tick, 0, Qt::AlignTop);
        row->addWidget(makeLabel(item, "", card), 1);
        box->addLayout(row);
    }
    outer->addWidget(card);
    outer->addStretch(1);
}

} // namespace spoke::ui
