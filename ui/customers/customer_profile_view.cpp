#include "ui/customers/customer_profile_view.h"

#include "core/customers/phone_numbers.h"
#include "ui/customers/confirm_dialog.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/flow_layout.h"
#include "ui/customers/preference_chips.h"
#include "ui/customers/secret_field.h"
#include "ui/customers/timeline_widget.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <tuple>

namespace spoke::ui {

using namespace customers;

namespace {

const QColor kMuted(0x6B, 0x72, 0x80);
const QColor kBrand(0x0E, 0x7C, 0x86);

void clearBox(QVBoxLayout *box)
{
    while (QLayoutItem *item = box->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *l = label(text, "value", parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

} // namespace

CustomerProfileView::CustomerProfileView(CustomersContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_back(new BackButton(tr("All customers"), this))
    , m_edit(button(tr("Edit"), "primary", this))
    , m_book(button(tr("Book a job"), "", this))
    , m_more(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_headerHost(new QWidget)
    , m_headerBox(new QVBoxLayout(m_headerHost))
    , m_chips(new PreferenceChips)
    , m_detailsHost(new QWidget)
    , m_detailsBox(new QVBoxLayout(m_detailsHost))
    , m_timeline(new TimelineWidget(context))
    , m_sideHost(new QWidget)
    , m_sideBox(new QVBoxLayout(m_sideHost))
{
    setObjectName(QStringLiteral("CustomerProfile"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(24, 14, 24, 10);
    bar->setSpacing(8);
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_back->setObjectName(QStringLiteral("backButton"));
    bar->addWidget(m_back);
    bar->addStretch(1);
    m_edit->setIcon(icon(QStringLiteral("edit"), Qt::white));
    m_edit->setToolTip(tr("Edit this customer (Ctrl+E)"));
    m_edit->setObjectName(QStringLiteral("editCustomerButton"));
    m_book->setToolTip(tr("Book a job for this customer (Ctrl+B)"));
    m_book->setObjectName(QStringLiteral("bookJobButton"));
    bar->addWidget(m_book);
    bar->addWidget(m_edit);
    m_more->setText(tr("More"));
    m_more->setIcon(icon(QStringLiteral("more"), QColor(0x37, 0x41, 0x51)));
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setObjectName(QStringLiteral("moreActionsButton"));
    m_more->setStyleSheet(QStringLiteral("QToolButton { padding: 6px 12px; border: 1px solid #C9D0DC; "
                                         "border-radius: 6px; background: white; }"
                                         "QToolButton::menu-indicator { image: none; }"));
    auto *menu = new QMenu(m_more);
    QAction *del
        = menu->addAction(icon(QStringLiteral("trash"), QColor(0xB4, 0x23, 0x18)), tr("Delete customer…"));
    del->setObjectName(QStringLiteral("deleteCustomerAction"));
    QAction *erase = menu->addAction(
        icon(QStringLiteral("slash"), QColor(0xB4, 0x23, 0x18)), tr("Erase personal data…"));
    erase->setObjectName(QStringLiteral("eraseCustomerAction"));
    m_more->setMenu(menu);
    bar->addWidget(m_more);
    outer->addLayout(bar);

    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    page->setContentsMargins(24, 4, 24, 24);
    page->setSpacing(16);
    m_headerBox->setContentsMargins(0, 0, 0, 0);
    page->addWidget(m_headerHost);

    QVBoxLayout *prefBox = nullptr;
    auto *prefCard = card(content, &prefBox);
    prefCard->setObjectName(QStringLiteral("WorkOrderCard"));
    auto *prefHead = new QHBoxLayout;
    prefHead->addWidget(cardTitle(QStringLiteral("star"), tr("Preferences"), prefCard));
    prefHead->addStretch(1);
    prefHead->addWidget(label(tr("Printed on work orders"), "caption", prefCard));
    prefBox->addLayout(prefHead);
    prefBox->addWidget(m_chips);
    page->addWidget(prefCard);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    m_detailsBox->setContentsMargins(0, 0, 0, 0);
    m_detailsBox->setSpacing(16);
    columns->addWidget(m_detailsHost, 3, Qt::AlignTop);
    m_sideBox->setContentsMargins(0, 0, 0, 0);
    m_sideBox->setSpacing(16);
    m_sideBox->addWidget(m_timeline);
    columns->addWidget(m_sideHost, 2, Qt::AlignTop);
    page->addLayout(columns);
    page->addStretch(1);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setStyleSheet(
        QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
    outer->addWidget(m_scroll, 1);

    connect(m_back, &QPushButton::clicked, this, &CustomerProfileView::backRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_customer.id); });
    connect(m_book, &QPushButton::clicked, this, [this] { emit bookJobRequested(m_customer.id); });
    auto *bookKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    bookKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(bookKey, &QShortcut::activated, this, [this] {
        if (m_book->isVisible())
            emit bookJobRequested(m_customer.id);
    });
    connect(del, &QAction::triggered, this, &CustomerProfileView::requestDelete);
    connect(erase, &QAction::triggered, this, &CustomerProfileView::requestErase);
    connect(m_timeline, &TimelineWidget::entryAdded, this, [this] { emit customerChanged(m_customer.id); });

    auto shortcut = [this](QKeySequence keys, auto fn) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::Key_Escape), [this] { emit backRequested(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (m_edit->isVisible())
            emit editRequested(m_customer.id);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { m_timeline->startQuickAdd(QStringLiteral("call")); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        [this] { m_timeline->startQuickAdd(QStringLiteral("note")); });
}

bool CustomerProfileView::showCustomer(const QString &id)
{
    auto r = m_context.service().get(m_context.actor(), id);
    if (!r) {
        m_customer = Customer {};
        m_customer.id = id;
        clearBox(m_headerBox);
        clearBox(m_detailsBox);
        m_headerBox->addWidget(label(r.error().message, "error", m_headerHost));
        m_chips->setCustomer(Customer {});
        m_timeline->setCustomer(QString());
        rebuildBillingPart();
        updatePermissions();
        return false;
    }
    m_customer = r.value();
    rebuild();
    m_timeline->setCustomer(id);
    rebuildBillingPart();
    updatePermissions();
    m_scroll->ensureVisible(0, 0);
    return true;
}

void CustomerProfileView::reload()
{
    if (!m_customer.id.isEmpty())
        showCustomer(m_customer.id);
}

void CustomerProfileView::setBillingPart(BillingPart factory)
{
    m_billingFactory = std::move(factory);
    rebuildBillingPart();
}

void CustomerProfileView::rebuildBillingPart()
{
    if (m_billingPart) {
        m_billingPart->hide();
        m_billingPart->deleteLater();
        m_billingPart = nullptr;
    }
    // createdAt is set on every customer read from the database: false after a failed load.
    if (!m_billingFactory || !m_customer.createdAt.isValid())
        return;
    m_billingPart = m_billingFactory(m_customer.id, m_sideHost);
    if (m_billingPart)
        m_sideBox->insertWidget(0, m_billingPart);
}

void CustomerProfileView::updatePermissions()
{
    // createdAt is set on every customer read from the database: false after a failed load.
    const bool live = m_customer.createdAt.isValid() && !m_customer.erased;
    m_edit->setVisible(live && m_context.can(Permission::EditCustomers));
    m_book->setVisible(live && !m_customer.doNotService && m_context.can(Permission::BookJobs));
    m_more->setVisible(live && m_context.can(Permission::DeleteCustomers));
    m_timeline->updatePermissions();
}

void CustomerProfileView::rebuild()
{
    clearBox(m_headerBox);
    clearBox(m_detailsBox);
    m_headerBox->addWidget(buildHeader());
    m_chips->setCustomer(m_customer);
    if (m_customer.erased) {
        m_detailsBox->addWidget(label(tr("This customer's personal data was erased on request. Sales and "
                                         "job history stay for the books."),
            "hint", m_detailsHost));
        return;
    }
    m_detailsBox->addWidget(buildContacts());
    for (const CustomerAddress &a : m_customer.addresses)
        m_detailsBox->addWidget(buildAddress(a));
    m_detailsBox->addWidget(buildConsents());
    if (!m_customer.notes.trimmed().isEmpty()) {
        QVBoxLayout *box = nullptr;
        auto *notes = card(m_detailsHost, &box);
        box->addWidget(cardTitle(QStringLiteral("note"), tr("Notes"), notes));
        box->addWidget(valueLabel(m_customer.notes, notes));
        m_detailsBox->addWidget(notes);
    }
}

QWidget *CustomerProfileView::buildHeader()
{
    const Customer &c = m_customer;
    QVBoxLayout *box = nullptr;
    auto *head = card(m_headerHost, &box, 20);
    head->setObjectName(QStringLiteral("ProfileHeader"));
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    auto *pic = new QLabel(head);
    pic->setPixmap(avatar(c.displayName(), 56));
    row->addWidget(pic, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    auto *name = label(c.erased ? tr("Erased customer") : c.displayName(), "pageTitle", head);
    name->setTextFormat(Qt::PlainText);
    name->setObjectName(QStringLiteral("customerName"));
    name->setWordWrap(false);
    nameRow->addWidget(name);
    if (c.company)
        nameRow->addWidget(chip(tr("Company"), neutralChip(), head), 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    texts->addLayout(nameRow);

    QStringList meta;
    if (c.customerSince.isValid())
        meta << tr("Customer since %1").arg(QLocale().toString(c.customerSince, QLocale::LongFormat));
    if (!c.source.isEmpty())
        meta << tr("Source: %1").arg(c.source);
    if (!c.preferredLanguage.isEmpty())
        meta << tr("Speaks %1").arg(languageName(c.preferredLanguage));
    if (!c.preferredChannel.isEmpty())
        meta << tr("Prefers %1").arg(c.preferredChannel);
    if (c.birthday.isValid())
        meta << tr("Birthday %1").arg(QLocale().toString(c.birthday, QLocale::LongFormat));
    if (!meta.isEmpty()) {
        auto *m = label(meta.join(QStringLiteral("  ·  ")), "hint", head);
        m->setTextFormat(Qt::PlainText);
        texts->addWidget(m);
    }
    if (!c.tags.isEmpty()) {
        auto *tagHost = new QWidget(head);
        auto *flow = new FlowLayout(tagHost, 6);
        for (const QString &t : c.tags)
            flow->addWidget(chip(t, neutralChip(), tagHost));
        texts->addWidget(tagHost);
    }
    row->addLayout(texts, 1);
    box->addLayout(row);

    if (c.doNotService) {
        auto *dns = new QFrame(head);
        dns->setObjectName(QStringLiteral("DoNotService"));
        auto *h = new QHBoxLayout(dns);
        h->setContentsMargins(12, 8, 12, 8);
        h->setSpacing(10);
        auto *i = new QLabel(dns);
        i->setPixmap(iconPixmap(QStringLiteral("slash"), 18, QColor(0xB4, 0x23, 0x18)));
        h->addWidget(i, 0, Qt::AlignTop);
        auto *t = new QLabel(tr("Do not service: %1").arg(c.doNotServiceReason), dns);
        t->setObjectName(QStringLiteral("DoNotServiceText"));
        t->setTextFormat(Qt::PlainText);
        t->setWordWrap(true);
        h->addWidget(t, 1);
        box->addWidget(dns);
    }
    return head;
}

QWidget *CustomerProfileView::buildContacts()
{
    QVBoxLayout *box = nullptr;
    auto *c = card(m_detailsHost, &box);
    c->setObjectName(QStringLiteral("ContactCard"));
    box->addWidget(cardTitle(QStringLiteral("phone"), tr("Contact"), c));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    int row = 0;
    auto addLine = [&](const QString &iconName, const QString &what, const QString &text, bool preferred) {
        auto *i = new QLabel(c);
        i->setPixmap(iconPixmap(iconName, 15, kMuted));
        grid->addWidget(i, row, 0, Qt::AlignTop);
        auto *value = valueLabel(text, c);
        value->setWordWrap(false);
        grid->addWidget(value, row, 1);
        auto *kind = label(what, "fieldName", c);
        kind->setTextFormat(Qt::PlainText);
        grid->addWidget(kind, row, 2);
        if (preferred)
            grid->addWidget(chip(tr("Preferred"), neutralChip(), c), row, 3, Qt::AlignLeft);
        ++row;
    };
    for (const CustomerPhone &p : m_customer.phones) {
        const QString shown = p.e164.isEmpty() ? p.number : formatPhoneInternational(p.e164);
        addLine(QStringLiteral("phone"), p.label.isEmpty() ? tr("phone") : p.label, shown, p.preferred);
    }
    for (const CustomerEmail &e : m_customer.emails)
        addLine(QStringLiteral("mail"), e.label.isEmpty() ? tr("email") : e.label, e.address, e.preferred);
    grid->setColumnStretch(4, 1);
    box->addLayout(grid);
    if (row == 0)
        box->addWidget(label(tr("No phone or email yet."), "hint", c));
    return c;
}

QWidget *CustomerProfileView::buildAddress(const CustomerAddress &a)
{
    QVBoxLayout *box = nullptr;
    auto *c = card(m_detailsHost, &box);
    c->setObjectName(QStringLiteral("AddressCard"));
    const QString kind = a.kind == AddressKind::Billing ? tr("Billing address") : tr("Service address");
    box->addWidget(cardTitle(a.kind == AddressKind::Billing ? QStringLiteral("note") : QStringLiteral("home"),
        a.label.isEmpty() ? kind : tr("%1 · %2").arg(kind, a.label), c));
    QStringList lines;
    lines << (a.unit.isEmpty() ? a.street : tr("%1, %2").arg(a.street, a.unit));
    QStringList cityLine;
    for (const QString &part : {a.city, a.region, a.postalCode})
        if (!part.isEmpty())
            cityLine << part;
    if (!cityLine.isEmpty())
        lines << cityLine.join(QStringLiteral(" "));
    if (!a.country.isEmpty())
        lines << a.country;
    lines.removeAll(QString());
    box->addWidget(valueLabel(lines.join(u'\n'), c));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    int row = 0;
    const std::pair<QString, QString> facts[] = {{tr("Access"), a.accessNotes},
        {tr("Entry"), a.entryInstructions}, {tr("Parking"), a.parking}, {tr("Pets"), a.pets},
        {tr("Preferred crew"), a.preferredCrew}, {tr("Arrival window"), a.arrivalWindow}};
    for (const auto &[name, value] : facts) {
        if (value.trimmed().isEmpty())
            continue;
        grid->addWidget(label(name, "fieldName", c), row, 0, Qt::AlignTop);
        grid->addWidget(valueLabel(value, c), row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    box->addLayout(grid);

    if (!a.gateCode.isEmpty() || !a.alarmCode.isEmpty()) {
        auto *local = new QFrame(c);
        local->setProperty("localOnly", true);
        local->setObjectName(QStringLiteral("LocalOnlyCodes"));
        auto *v = new QVBoxLayout(local);
        v->setContentsMargins(12, 8, 12, 8);
        v->setSpacing(4);
        auto *title = new QHBoxLayout;
        auto *lock = new QLabel(local);
        lock->setPixmap(iconPixmap(QStringLiteral("lock"), 14, QColor(0x8A, 0x4B, 0x08)));
        title->addWidget(lock);
        title->addWidget(label(tr("Stays at this location, never synced"), "localOnly", local), 1);
        v->addLayout(title);
        auto *codes = new QGridLayout;
        codes->setHorizontalSpacing(12);
        int r = 0;
        const std::tuple<QString, QString, QString> items[]
            = {{tr("Gate code"), a.gateCode, QStringLiteral("gateCode")},
                {tr("Alarm code"), a.alarmCode, QStringLiteral("alarmCode")}};
        for (const auto &[name, value, objectName] : items) {
            if (value.isEmpty())
                continue;
            codes->addWidget(label(name, "fieldName", local), r, 0);
            auto *secret = new SecretField(false, local);
            secret->setObjectName(objectName);
            secret->setText(value);
            codes->addWidget(secret, r, 1);
            ++r;
        }
        codes->setColumnStretch(1, 1);
        v->addLayout(codes);
        box->addWidget(local);
    }
    return c;
}

QWidget *CustomerProfileView::buildConsents()
{
    QVBoxLayout *box = nullptr;
    auto *c = card(m_detailsHost, &box);
    c->setObjectName(QStringLiteral("ConsentCard"));
    box->addWidget(cardTitle(QStringLiteral("mail"), tr("Marketing consent"), c));
    box->addWidget(
        label(tr("Only for marketing; appointment reminders and receipts are always sent."), "caption", c));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    int row = 0;
    for (ConsentChannel ch :
        {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone, ConsentChannel::Mail}) {
        const Consent *k = nullptr;
        for (const Consent &x : m_customer.consents)
            if (x.channel == ch)
                k = &x;
        grid->addWidget(label(consentChannelLabel(ch), "fieldName", c), row, 0);
        QString state;
        ChipColors colors = chipColors(PreferenceKind::Note);
        if (!k) {
            state = tr("Not asked");
        } else if (k->granted) {
            state = tr("Yes");
            colors = chipColors(PreferenceKind::Do);
        } else {
            state = tr("Withdrawn");
            colors = chipColors(PreferenceKind::Dont);
        }
        grid->addWidget(chip(state, colors, c), row, 1, Qt::AlignLeft);
        if (k) {
            QString how = formatWhen(k->at);
            if (!k->method.isEmpty())
                how = tr("%1 · %2").arg(how, k->method);
            if (!k->recordedBy.isEmpty())
                how = tr("%1 · by %2").arg(how, k->recordedBy);
            auto *detail = label(how, "caption", c);
            detail->setTextFormat(Qt::PlainText);
            grid->addWidget(detail, row, 2);
        }
        ++row;
    }
    grid->setColumnStretch(2, 1);
    box->addLayout(grid);
    return c;
}

ConfirmDialog *CustomerProfileView::requestDelete()
{
    const QString id = m_customer.id;
    auto *dialog = new ConfirmDialog(tr("Delete %1?").arg(m_customer.displayName()),
        tr("The customer disappears from lists and search. Jobs, invoices and payments stay for the books, "
           "and the deletion is recorded in the audit log."),
        tr("Delete customer"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->requireReason(tr("Reason (required)"), tr("For example: moved away, duplicate entry"));
    connect(dialog, &ConfirmDialog::confirmed, this, [this, dialog, id](const QString &reason) {
        Status s = m_context.service().remove(m_context.actor(), id, reason);
        if (!s) {
            dialog->showError(s.error().message);
            return;
        }
        dialog->accept();
        emit customerRemoved(id);
    });
    dialog->open();
    return dialog;
}

ConfirmDialog *CustomerProfileView::requestErase()
{
    const QString id = m_customer.id;
    auto *dialog = new ConfirmDialog(tr("Erase %1's personal data?").arg(m_customer.displayName()),
        tr("For a privacy request. Names, phone numbers, emails, addresses, codes, preferences, notes and "
           "the "
           "text of calls and notes are erased for good. Sales totals, jobs and invoices stay, without the "
           "person's details. This cannot be undone."),
        tr("Erase personal data"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->requireAcknowledgement(tr("I understand this cannot be undone"));
    connect(dialog, &ConfirmDialog::confirmed, this, [this, dialog, id](const QString &) {
        Status s = m_context.service().erasePersonalData(m_context.actor(), id);
        if (!s) {
            dialog->showError(s.error().message);
            return;
        }
        dialog->accept();
        showCustomer(id);
        emit customerChanged(id);
    });
    dialog->open();
    return dialog;
}

} // namespace spoke::ui
