#include "ui/customers/duplicates_screen.h"

#include "core/customers/phone_numbers.h"
#include "ui/customers/confirm_dialog.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace customers;

DuplicatesScreen::DuplicatesScreen(CustomersContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_count(label(QString(), "hint", this))
    , m_error(label(QString(), "error", this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_reason(label(QString(), "", this))
    , m_cards(new QHBoxLayout)
    , m_mergeLeft(button(tr("Merge into this one"), "primary", this))
    , m_mergeRight(button(tr("Merge into this one"), "primary", this))
    , m_dismiss(button(tr("Not a duplicate"), "", this))
{
    setObjectName(QStringLiteral("DuplicatesScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 14, 24, 20);
    outer->setSpacing(12);

    auto *bar = new QHBoxLayout;
    auto *back = new BackButton(tr("All customers"), this);
    back->setToolTip(tr("Back to the list (Esc)"));
    bar->addWidget(back);
    bar->addStretch(1);
    outer->addLayout(bar);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(label(tr("Possible duplicates"), "sectionTitle", this));
    titleRow->addSpacing(12);
    titleRow->addWidget(m_count, 1, Qt::AlignBottom);
    outer->addLayout(titleRow);
    m_error->hide();
    outer->addWidget(m_error);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_list->setObjectName(QStringLiteral("DuplicateList"));
    m_list->setFixedWidth(300);
    body->addWidget(m_list);

    auto *empty = new QWidget;
    auto *ev = new QVBoxLayout(empty);
    ev->addStretch(1);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(iconPixmap(QStringLiteral("check"), 40, QColor(0x06, 0x76, 0x47)));
    emptyIcon->setAlignment(Qt::AlignCenter);
    ev->addWidget(emptyIcon);
    auto *emptyText = label(tr("No possible duplicates to review."), "cardTitle", empty);
    emptyText->setAlignment(Qt::AlignCenter);
    ev->addWidget(emptyText);
    auto *emptyHint
        = label(tr("Spoke flags customers who share a phone number or an email, or have a similar "
                   "name at the same address, when they are added or imported."),
            "hint", empty);
    emptyHint->setAlignment(Qt::AlignCenter);
    ev->addWidget(emptyHint);
    ev->addStretch(2);
    m_stack->addWidget(empty);

    auto *compare = new QWidget;
    auto *cv = new QVBoxLayout(compare);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->setSpacing(12);
    auto *reasonRow = new QHBoxLayout;
    auto *reasonIcon = new QLabel(compare);
    reasonIcon->setPixmap(iconPixmap(QStringLiteral("copy"), 18, QColor(0xB5, 0x47, 0x08)));
    reasonRow->addWidget(reasonIcon);
    m_reason->setObjectName(QStringLiteral("duplicateReason"));
    m_reason->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; color: #8A4B08; }"));
    reasonRow->addWidget(m_reason, 1);
    m_dismiss->setObjectName(QStringLiteral("notDuplicateButton"));
    m_dismiss->setToolTip(tr("These are two different customers"));
    reasonRow->addWidget(m_dismiss);
    cv->addLayout(reasonRow);
    m_cards->setSpacing(16);
    cv->addLayout(m_cards);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->setSpacing(16);
    m_mergeLeft->setObjectName(QStringLiteral("mergeIntoLeftButton"));
    m_mergeRight->setObjectName(QStringLiteral("mergeIntoRightButton"));
    m_mergeLeft->setIcon(icon(QStringLiteral("merge"), Qt::white));
    m_mergeRight->setIcon(icon(QStringLiteral("merge"), Qt::white));
    mergeRow->addWidget(m_mergeLeft, 1);
    mergeRow->addWidget(m_mergeRight, 1);
    cv->addLayout(mergeRow);
    cv->addWidget(label(tr("Merging keeps every phone, email, address, preference, tag, consent and timeline "
                           "entry of both customers on the one you keep. It is recorded in the audit log."),
        "caption", compare));
    cv->addStretch(1);
    m_stack->addWidget(compare);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    connect(back, &QPushButton::clicked, this, &DuplicatesScreen::backRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesScreen::showSelected);
    connect(m_mergeLeft, &QPushButton::clicked, this, [this] { mergeInto(Side::Left); });
    connect(m_mergeRight, &QPushButton::clicked, this, [this] { mergeInto(Side::Right); });
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesScreen::dismissSelected);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &DuplicatesScreen::backRequested);
}

QString DuplicatesScreen::reasonText(const QString &reason)
{
    if (reason == QLatin1String("phone"))
        return tr("Same phone number");
    if (reason == QLatin1String("email"))
        return tr("Same email address");
    if (reason == QLatin1String("name+address"))
        return tr("Similar name at the same address");
    return reason;
}

void DuplicatesScreen::reload()
{
    m_error->hide();
    m_list->blockSignals(true);
    m_list->clear();
    m_candidates.clear();
    auto r = m_context.service().openDuplicates(m_context.actor());
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
    } else {
        const Actor actor = m_context.actor();
        for (const DuplicateCandidate &d : r.value()) {
            auto a = m_context.service().get(actor, d.customerId);
            auto b = m_context.service().get(actor, d.otherId);
            if (!a || !b)
                continue;
            m_candidates.push_back(d);
            auto *item = new QListWidgetItem(
                tr("%1  ⇄  %2\n%3")
                    .arg(a.value().displayName(), b.value().displayName(), reasonText(d.reason)),
                m_list);
            item->setSizeHint(QSize(0, 54));
        }
    }
    m_list->blockSignals(false);
    m_count->setText(
        plural(tr("%n pair(s) to review", nullptr, int(m_candidates.size())), int(m_candidates.size())));
    if (!m_candidates.empty())
        m_list->setCurrentRow(0);
    showSelected();
    updatePermissions();
}

void DuplicatesScreen::updatePermissions()
{
    const bool merge = m_context.can(Permission::DeleteCustomers);
    m_mergeLeft->setVisible(merge);
    m_mergeRight->setVisible(merge);
    m_dismiss->setVisible(m_context.can(Permission::EditCustomers));
}

void DuplicatesScreen::selectCandidate(int index)
{
    m_list->setCurrentRow(index);
}

QWidget *DuplicatesScreen::buildCard(const Customer &c, const Customer &other)
{
    QVBoxLayout *box = nullptr;
    auto *frame = card(nullptr, &box);
    auto *head = new QHBoxLayout;
    auto *pic = new QLabel(frame);
    pic->setPixmap(avatar(c.displayName(), 40));
    head->addWidget(pic);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    auto *name = label(c.displayName(), "cardTitle", frame);
    name->setTextFormat(Qt::PlainText);
    names->addWidget(name);
    names->addWidget(label(tr("Added %1").arg(formatWhen(c.createdAt)), "caption", frame));
    head->addLayout(names, 1);
    box->addLayout(head);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    int row = 0;
    auto add = [&](const QString &iconName, const QString &text, bool same) {
        auto *i = new QLabel(frame);
        i->setPixmap(iconPixmap(iconName, 14, QColor(0x6B, 0x72, 0x80)));
        grid->addWidget(i, row, 0, Qt::AlignTop);
        auto *v = label(text, "value", frame);
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(false);
        grid->addWidget(v, row, 1);
        if (same)
            grid->addWidget(chip(tr("same"), neutralChip(), frame), row, 2, Qt::AlignTop);
        ++row;
    };
    for (const CustomerPhone &p : c.phones) {
        const bool same = std::any_of(other.phones.begin(), other.phones.end(),
            [&](const CustomerPhone &o) { return !o.e164.isEmpty() && o.e164 == p.e164; });
        add(QStringLiteral("phone"), p.e164.isEmpty() ? p.number : formatPhoneInternational(p.e164), same);
    }
    for (const CustomerEmail &e : c.emails) {
        const bool same = std::any_of(other.emails.begin(), other.emails.end(),
            [&](const CustomerEmail &o) { return o.address.compare(e.address, Qt::CaseInsensitive) == 0; });
        add(QStringLiteral("mail"), e.address, same);
    }
    for (const CustomerAddress &a : c.addresses)
        add(QStringLiteral("map-pin"), a.oneLine(), false);
    if (!c.tags.isEmpty())
        add(QStringLiteral("tag"), c.tags.join(QStringLiteral(", ")), false);
    if (!c.preferences.empty())
        add(QStringLiteral("star"),
            plural(tr("%n preference(s)", nullptr, int(c.preferences.size())), int(c.preferences.size())),
            false);
    if (c.customerSince.isValid())
        add(QStringLiteral("clock"),
            tr("Customer since %1").arg(QLocale().toString(c.customerSince, QLocale::ShortFormat)), false);
    grid->setColumnStretch(3, 1);
    box->addLayout(grid);
    box->addStretch(1);
    return frame;
}

void DuplicatesScreen::showSelected()
{
    const int row = m_list->currentRow();
    for (QWidget *old : {m_leftCard, m_rightCard}) {
        if (old) {
            old->hide();
            old->deleteLater();
        }
    }
    m_leftCard = m_rightCard = nullptr;
    if (row < 0 || size_t(row) >= m_candidates.size()) {
        m_left = m_right = Customer {};
        m_stack->setCurrentIndex(0);
        return;
    }
    const DuplicateCandidate &d = m_candidates[size_t(row)];
    const Actor actor = m_context.actor();
    auto a = m_context.service().get(actor, d.customerId);
    auto b = m_context.service().get(actor, d.otherId);
    if (!a || !b) {
        m_error->setText(!a ? a.error().message : b.error().message);
        m_error->show();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_left = a.value();
    m_right = b.value();
    m_reason->setText(reasonText(d.reason));
    m_leftCard = buildCard(m_left, m_right);
    m_rightCard = buildCard(m_right, m_left);
    m_cards->addWidget(m_leftCard, 1);
    m_cards->addWidget(m_rightCard, 1);
    m_stack->setCurrentIndex(1);
}

ConfirmDialog *DuplicatesScreen::mergeInto(Side side)
{
    if (m_left.id.isEmpty() || m_right.id.isEmpty())
        return nullptr;
    const Customer keep = side == Side::Left ? m_left : m_right;
    const Customer gone = side == Side::Left ? m_right : m_left;
    auto *dialog = new ConfirmDialog(tr("Merge into %1?").arg(keep.displayName()),
        tr("Every phone number, email, address, preference, tag, consent and timeline entry of \"%1\" moves "
           "to "
           "\"%2\", and \"%1\" leaves the customer list. The merge is recorded in the audit log.")
            .arg(gone.displayName(), keep.displayName()),
        tr("Merge"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->confirmButton()->setProperty("variant", QStringLiteral("primary"));
    connect(dialog, &ConfirmDialog::confirmed, this, [this, dialog, keepId = keep.id, goneId = gone.id] {
        Status s = m_context.service().merge(m_context.actor(), keepId, goneId);
        if (!s) {
            dialog->showError(s.error().message);
            return;
        }
        dialog->accept();
        reload();
        emit customersChanged();
        emit merged(keepId);
    });
    dialog->open();
    return dialog;
}

bool DuplicatesScreen::dismissSelected()
{
    if (m_left.id.isEmpty() || m_right.id.isEmpty())
        return false;
    Status s = m_context.service().dismissDuplicate(m_context.actor(), m_left.id, m_right.id);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    const int row = m_list->currentRow();
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    return true;
}

} // namespace spoke::ui
