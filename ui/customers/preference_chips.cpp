#include "ui/customers/preference_chips.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/flow_layout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace spoke::ui {

PreferenceChips::PreferenceChips(QWidget *parent)
    : QFrame(parent)
    , m_box(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("PreferenceChips"));
    m_box->setContentsMargins(0, 0, 0, 0);
    m_box->setSpacing(10);
}

QString PreferenceChips::chipText(const CustomerPreference &p)
{
    const QString what = p.area.trimmed().isEmpty() ? p.text : tr("%1: %2").arg(p.area.trimmed(), p.text);
    return tr("%1 · %2").arg(preferenceKindLabel(p.kind), what);
}

QWidget *PreferenceChips::makeChip(const CustomerPreference &p)
{
    const customers::ChipColors colors = customers::chipColors(p.kind);
    auto *chip = new QFrame(this);
    chip->setObjectName(QStringLiteral("preferenceChip"));
    chip->setProperty("kind", preferenceKindKey(p.kind));
    chip->setStyleSheet(
        QStringLiteral("QFrame#preferenceChip { background: %1; border: 1px solid %2; "
                       "border-radius: 13px; } QLabel { color: %3; background: transparent; }")
            .arg(colors.background.name(), colors.border.name(), colors.text.name()));
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(4, 3, 12, 3);
    row->setSpacing(8);
    auto *kind = new QLabel(preferenceKindLabel(p.kind), chip);
    kind->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 10px; "
                                       "padding: 1px 8px; font-weight: 700; font-size: 8.5pt; }")
                            .arg(colors.text.name()));
    row->addWidget(kind);
    auto *text = new QLabel(chip);
    text->setTextFormat(Qt::PlainText);
    text->setText(p.area.trimmed().isEmpty() ? p.text : tr("%1: %2").arg(p.area.trimmed(), p.text));
    text->setMaximumWidth(520);
    row->addWidget(text);
    chip->setToolTip(chipText(p));
    return chip;
}

void PreferenceChips::setCustomer(const Customer &customer)
{
    while (QLayoutItem *item = m_box->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_texts.clear();
    if (customer.preferences.empty()) {
        m_box->addWidget(customers::label(
            tr("No preferences yet. Add what the crew must know with Edit (for example \"Kitchen, oven: "
               "DON'T\")."),
            "hint", this));
        return;
    }
    // Every address first, then each address in the profile's order; DON'T before DO
    // before NOTE inside a group, since a DON'T is what costs a customer.
    std::vector<QString> groups {QString()};
    for (const CustomerAddress &a : customer.addresses)
        groups.push_back(a.id);
    // A preference whose address is gone still shows, under every address.
    auto groupOf = [&](const CustomerPreference &p) {
        return std::find(groups.begin(), groups.end(), p.addressId) != groups.end() ? p.addressId : QString();
    };
    const bool oneGroup = std::all_of(customer.preferences.begin(), customer.preferences.end(),
        [&](const CustomerPreference &p) { return groupOf(p).isEmpty(); });
    for (const QString &group : groups) {
        std::vector<const CustomerPreference *> items;
        for (PreferenceKind kind : {PreferenceKind::Dont, PreferenceKind::Do, PreferenceKind::Note})
            for (const CustomerPreference &p : customer.preferences)
                if (groupOf(p) == group && p.kind == kind)
                    items.push_back(&p);
        if (items.empty())
            continue;
        if (!oneGroup) {
            QString title = tr("Every address");
            for (const CustomerAddress &a : customer.addresses)
                if (a.id == group)
                    title = a.label.isEmpty() ? a.oneLine() : tr("%1 — %2").arg(a.label, a.oneLine());
            auto *caption = customers::label(title, "fieldName", this);
            caption->setTextFormat(Qt::PlainText);
            m_box->addWidget(caption);
        }
        auto *flowHost = new QWidget(this);
        auto *flow = new FlowLayout(flowHost, 8);
        for (const CustomerPreference *p : items) {
            flow->addWidget(makeChip(*p));
            m_texts << chipText(*p);
        }
        m_box->addWidget(flowHost);
    }
}

} // namespace spoke::ui
