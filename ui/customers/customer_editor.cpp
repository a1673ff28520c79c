#include "ui/customers/customer_editor.h"

#include "ui/customers/address_editor.h"
#include "ui/customers/consent_editor.h"
#include "ui/customers/contact_list_editor.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/preference_list_editor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace spoke::ui {

using namespace customers;

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// ISO (2024-03-01) or the locale's short form; false when text is there but is no date.
QDate parseDate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(t, QLocale::ShortFormat);
    *ok = d.isValid();
    return d;
}

void selectOrType(QComboBox *combo, const QString &value)
{
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(value);
}

QString chosen(const QComboBox *combo)
{
    const int at = combo->currentIndex();
    if (at >= 0 && combo->itemText(at) == combo->currentText())
        return combo->itemData(at).toString();
    return combo->currentText().trimmed();
}

} // namespace

CustomerEditor::CustomerEditor(CustomersContext &context, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(customer)
    , m_scroll(new QScrollArea(this))
    , m_kindGroup(new QButtonGroup(this))
    , m_given(new QLineEdit(customer.givenName, this))
    , m_family(new QLineEdit(customer.familyName, this))
    , m_company(new QLineEdit(customer.companyName, this))
    , m_language(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_birthday(new QLineEdit(dateText(customer.birthday), this))
    , m_since(new QLineEdit(dateText(customer.customerSince), this))
    , m_source(new QComboBox(this))
    , m_tags(new QLineEdit(customer.tags.join(QStringLiteral(", ")), this))
    , m_dns(new QCheckBox(tr("Do not service this customer"), this))
    , m_dnsReason(new QLineEdit(customer.doNotServiceReason, this))
    , m_notes(new QPlainTextEdit(customer.notes, this))
    , m_phones(new ContactListEditor(ContactListEditor::Kind::Phone, this))
    , m_emails(new ContactListEditor(ContactListEditor::Kind::Email, this))
    , m_preferences(new PreferenceListEditor(this))
    , m_consent(new ConsentEditor(this))
    , m_banner(label(QString(), "error", this))
    , m_save(button(tr("Save"), "primary", this))
{
    setObjectName(QStringLiteral("CustomerEditor"));
    setWindowTitle(isNew() ? tr("New customer") : tr("Edit %1").arg(customer.displayName()));
    setStyleSheet(screenStyleSheet());
    resize(860, 780);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *title = new QWidget(this);
    title->setObjectName(QStringLiteral("EditorTitle"));
    title->setStyleSheet(
        QStringLiteral("QWidget#EditorTitle { background: white; border-bottom: 1px solid #E2E6EE; }"));
    auto *titleRow = new QHBoxLayout(title);
    titleRow->setContentsMargins(24, 16, 24, 14);
    auto *pic = new QLabel(title);
    pic->setPixmap(isNew() ? iconPixmap(QStringLiteral("user-plus"), 32, QColor(0x0E, 0x7C, 0x86))
                           : avatar(customer.displayName(), 36));
    titleRow->addWidget(pic);
    auto *titleText = label(windowTitle(), "sectionTitle", title);
    titleText->setTextFormat(Qt::PlainText);
    titleRow->addWidget(titleText, 1);
    outer->addWidget(title);

    auto *body = new QWidget;
    auto *sections = new QVBoxLayout(body);
    sections->setContentsMargins(24, 18, 24, 18);
    sections->setSpacing(16);
    sections->addWidget(section(QStringLiteral("user-plus"), tr("Customer"), QString(), buildWho()));

    auto *contacts = new QWidget;
    auto *cbox = new QVBoxLayout(contacts);
    cbox->setContentsMargins(0, 0, 0, 0);
    cbox->addWidget(label(tr("Phone numbers"), "fieldName", contacts));
    m_phones->setPhones(customer.phones);
    cbox->addWidget(m_phones);
    cbox->addSpacing(6);
    cbox->addWidget(label(tr("Email addresses"), "fieldName", contacts));
    m_emails->setEmails(customer.emails);
    cbox->addWidget(m_emails);
    sections->addWidget(section(QStringLiteral("phone"), tr("Phones and email"),
        tr("Numbers without a country code are read as %1 numbers.").arg(m_context.phoneRegion()), contacts));

    auto *addresses = new QWidget;
    auto *abox = new QVBoxLayout(addresses);
    abox->setContentsMargins(0, 0, 0, 0);
    m_addressBox = new QVBoxLayout;
    m_addressBox->setSpacing(10);
    abox->addLayout(m_addressBox);
    auto *addRow = new QHBoxLayout;
    auto *addService = button(tr("Add service address"), "link", addresses);
    addService->setIcon(icon(QStringLiteral("plus"), QColor(0x0E, 0x7C, 0x86)));
    auto *addBilling = button(tr("Add billing address"), "link", addresses);
    addBilling->setIcon(icon(QStringLiteral("plus"), QColor(0x0E, 0x7C, 0x86)));
    addRow->addWidget(addService);
    addRow->addWidget(addBilling);
    addRow->addStretch(1);
    abox->addLayout(addRow);
    sections->addWidget(section(QStringLiteral("home"), tr("Addresses"),
        tr("Where the work happens and where invoices go. Gate and alarm codes never leave this location."),
        addresses));

    auto *prefs = new QWidget;
    auto *pbox = new QVBoxLayout(prefs);
    pbox->setContentsMargins(0, 0, 0, 0);
    pbox->addWidget(m_preferences);
    sections->addWidget(section(QStringLiteral("star"), tr("Preferences"),
        tr("DO, DON'T and NOTE items per address and area of the home; they are printed on work orders."),
        prefs));

    sections->addWidget(section(QStringLiteral("mail"), tr("Marketing consent"),
        tr("Appointment reminders and receipts do not need consent."), m_consent));

    auto *other = new QWidget;
    auto *obox = new QVBoxLayout(other);
    obox->setContentsMargins(0, 0, 0, 0);
    obox->setSpacing(8);
    m_dns->setChecked(customer.doNotService);
    m_dns->setObjectName(QStringLiteral("doNotServiceBox"));
    obox->addWidget(m_dns);
    m_dnsReason->setPlaceholderText(tr("Why (required), e.g. unpaid invoices, unsafe site"));
    m_dnsReason->setObjectName(QStringLiteral("doNotServiceReason"));
    obox->addWidget(block(QString(), m_dnsReason, &m_dnsError));
    m_notes->setPlaceholderText(tr("Anything else worth remembering"));
    m_notes->setFixedHeight(80);
    obox->addWidget(block(tr("Notes"), m_notes));
    sections->addWidget(section(QStringLiteral("note"), tr("Notes and service"), QString(), other));
    sections->addStretch(1);

    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll, 1);

    auto *footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("EditorFooter"));
    footer->setStyleSheet(
        QStringLiteral("QWidget#EditorFooter { background: white; border-top: 1px solid #E2E6EE; }"));
    auto *frow = new QHBoxLayout(footer);
    frow->setContentsMargins(24, 12, 24, 12);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    frow->addWidget(m_banner, 1);
    auto *buttons = new QDialogButtonBox(footer);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setObjectName(QStringLiteral("saveCustomerButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    frow->addWidget(buttons);
    outer->addWidget(footer);

    for (const CustomerAddress &a : customer.addresses) {
        auto *editor = new AddressEditor(a, this);
        m_addresses.push_back(editor);
        m_addressBox->addWidget(editor);
        connect(editor, &AddressEditor::removeRequested, this, &CustomerEditor::removeAddress);
        connect(editor, &AddressEditor::titleChanged, this, &CustomerEditor::refreshAddressChoices);
    }
    refreshAddressChoices();
    m_preferences->setPreferences(customer.preferences);
    m_consent->setConsents(customer.consents);

    connect(addService, &QPushButton::clicked, this, [this] { addAddress(AddressKind::Service); });
    connect(addBilling, &QPushButton::clicked, this, [this] { addAddress(AddressKind::Billing); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CustomerEditor::save);
    for (QKeySequence keys : {QKeySequence(Qt::CTRL | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_Return)}) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, &CustomerEditor::save);
    }
    m_dnsReason->setEnabled(m_dns->isChecked());
    connect(m_dns, &QCheckBox::toggled, m_dnsReason, &QLineEdit::setEnabled);
    m_given->setFocus();
}

QWidget *CustomerEditor::section(
    const QString &iconName, const QString &title, const QString &hint, QWidget *body)
{
    QVBoxLayout *box = nullptr;
    auto *c = card(nullptr, &box);
    box->addWidget(cardTitle(iconName, title, c));
    if (!hint.isEmpty())
        box->addWidget(label(hint, "caption", c));
    box->addWidget(body);
    return c;
}

QWidget *CustomerEditor::block(const QString &text, QWidget *field, QLabel **error)
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    if (!text.isEmpty()) {
        auto *l = label(text, "fieldName", w);
        l->setBuddy(field);
        v->addWidget(l);
    }
    v->addWidget(field);
    if (error) {
        *error = label(QString(), "fieldError", w);
        (*error)->setTextFormat(Qt::PlainText);
        (*error)->hide();
        v->addWidget(*error);
    }
    return w;
}

QWidget *CustomerEditor::buildWho()
{
    auto *w = new QWidget;
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    auto *person = new QRadioButton(tr("Person"), w);
    auto *company = new QRadioButton(tr("Company"), w);
    company->setObjectName(QStringLiteral("companyKind"));
    m_kindGroup->addButton(person, 0);
    m_kindGroup->addButton(company, 1);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(person);
    kindRow->addWidget(company);
    kindRow->addStretch(1);
    grid->addLayout(kindRow, 0, 0, 1, 2);

    m_company->setObjectName(QStringLiteral("companyName"));
    m_companyBlock = block(tr("Company name"), m_company, &m_companyError);
    grid->addWidget(m_companyBlock, 1, 0, 1, 2);
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    grid->addWidget(block(tr("First name"), m_given, &m_givenError), 2, 0);
    grid->addWidget(block(tr("Last name"), m_family), 2, 1);

    m_language->setEditable(true);
    m_language->addItem(QString(), QString());
    for (const char *code : {"en", "fr", "es", "ko", "ar", "zh", "vi", "pt", "de", "it"}) {
        const QLocale l {QLatin1String(code)};
        m_language->addItem(
            QStringLiteral("%1 (%2)").arg(l.nativeLanguageName(), QLatin1String(code)), QLatin1String(code));
    }
    selectOrType(m_language, m_original.preferredLanguage);
    grid->addWidget(block(tr("Preferred language"), m_language), 3, 0);
    m_channel->addItem(tr("No preference"), QString());
    m_channel->addItem(tr("Phone call"), QStringLiteral("phone"));
    m_channel->addItem(tr("Text message"), QStringLiteral("sms"));
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    selectOrType(m_channel, m_original.preferredChannel);
    grid->addWidget(block(tr("Preferred way to reach them"), m_channel), 3, 1);

    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birthday->setObjectName(QStringLiteral("birthday"));
    grid->addWidget(block(tr("Birthday"), m_birthday, &m_birthdayError), 4, 0);
    m_since->setPlaceholderText(tr("YYYY-MM-DD (today when empty)"));
    grid->addWidget(block(tr("Customer since"), m_since, &m_sinceError), 4, 1);

    m_source->setEditable(true);
    m_source->addItem(QString(), QString());
    const std::pair<QString, QString> sources[]
        = {{tr("referral"), QStringLiteral("referral")}, {tr("web"), QStringLiteral("web")},
            {tr("head-office campaign"), QStringLiteral("head-office campaign")},
            {tr("walk-in"), QStringLiteral("walk-in")}, {tr("phone"), QStringLiteral("phone")},
            {tr("repeat"), QStringLiteral("repeat")}};
    for (const auto &[text, key] : sources)
        m_source->addItem(text, key);
    selectOrType(m_source, m_original.source);
    grid->addWidget(block(tr("Source"), m_source), 5, 0);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. vip, weekly"));
    grid->addWidget(block(tr("Tags"), m_tags), 5, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    (m_original.company ? company : person)->setChecked(true);
    setCompany(m_original.company);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            setCompany(id == 1);
    });
    return w;
}

void CustomerEditor::setCompany(bool company)
{
    m_companyBlock->setVisible(company);
}

AddressEditor *CustomerEditor::addAddress(AddressKind kind)
{
    CustomerAddress a;
    a.kind = kind;
    auto *editor = new AddressEditor(a, this);
    m_addresses.push_back(editor);
    m_addressBox->addWidget(editor);
    connect(editor, &AddressEditor::removeRequested, this, &CustomerEditor::removeAddress);
    connect(editor, &AddressEditor::titleChanged, this, &CustomerEditor::refreshAddressChoices);
    refreshAddressChoices();
    editor->streetField()->setFocus(Qt::OtherFocusReason);
    return editor;
}

void CustomerEditor::removeAddress(AddressEditor *editor)
{
    std::erase(m_addresses, editor);
    editor->hide();
    editor->deleteLater();
    refreshAddressChoices();
}

void CustomerEditor::refreshAddressChoices()
{
    std::vector<std::pair<QString, QString>> choices;
    for (const AddressEditor *a : m_addresses)
        choices.emplace_back(a->id(), a->title());
    m_preferences->setAddresses(choices);
}

Customer CustomerEditor::collect(std::vector<FieldIssue> &issues)
{
    Customer c = m_original;
    c.company = m_kindGroup->checkedId() == 1;
    c.givenName = m_given->text().trimmed();
    c.familyName = m_family->text().trimmed();
    c.companyName = c.company ? m_company->text().trimmed() : QString();
    c.preferredLanguage = chosen(m_language);
    c.preferredChannel = chosen(m_channel);
    c.source = chosen(m_source);
    bool ok = true;
    c.birthday = parseDate(m_birthday->text(), &ok);
    if (!ok)
        issues.push_back({QStringLiteral("birthday"),
            tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(m_birthday->text().trimmed())});
    c.customerSince = parseDate(m_since->text(), &ok);
    if (!ok)
        issues.push_back({QStringLiteral("customerSince"),
            tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(m_since->text().trimmed())});
    c.tags.clear();
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            c.tags << t.trimmed();
    c.doNotService = m_dns->isChecked();
    c.doNotServiceReason = c.doNotService ? m_dnsReason->text().trimmed() : QString();
    c.notes = m_notes->toPlainText();
    c.phones = m_phones->phones();
    c.emails = m_emails->emails();
    c.addresses.clear();
    for (const AddressEditor *a : m_addresses)
        if (!a->isBlank())
            c.addresses.push_back(a->address());
    c.preferences = m_preferences->preferences();
    // A preference for an address left blank (so not saved) applies to every address.
    for (CustomerPreference &p : c.preferences)
        if (!p.addressId.isEmpty()
            && std::none_of(c.addresses.begin(), c.addresses.end(),
                [&](const CustomerAddress &a) { return a.id == p.addressId; }))
            p.addressId.clear();
    for (const FieldIssue &i : m_consent->validate())
        issues.push_back(i);
    return c;
}

void CustomerEditor::registerFields()
{
    m_flags.clearRegistry();
    m_flags.add(QStringLiteral("companyName"), m_company, m_companyError);
    m_flags.add(QStringLiteral("givenName"), m_given, m_givenError);
    m_flags.add(QStringLiteral("birthday"), m_birthday, m_birthdayError);
    m_flags.add(QStringLiteral("customerSince"), m_since, m_sinceError);
    m_phones->registerFields(m_flags, QStringLiteral("phones"));
    m_emails->registerFields(m_flags, QStringLiteral("emails"));
    m_preferences->registerFields(m_flags, QStringLiteral("preferences"));
    m_consent->registerFields(m_flags);
    m_flags.add(QStringLiteral("doNotServiceReason"), m_dnsReason, m_dnsError);
}

void CustomerEditor::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString CustomerEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CustomerEditor::showProblems(const std::vector<FieldIssue> &issues)
{
    const std::vector<FieldIssue> unplaced = m_flags.apply(issues);
    QStringList lines {
        plural(tr("%n value(s) need attention; nothing was saved.", nullptr, int(issues.size())),
            int(issues.size()))};
    for (const FieldIssue &i : unplaced)
        lines << i.message;
    showBanner(lines.join(u'\n'));
    if (QWidget *first = m_flags.firstFlagged()) {
        m_scroll->ensureWidgetVisible(first, 40, 80);
        first->setFocus(Qt::OtherFocusReason);
    }
}

bool CustomerEditor::save()
{
    std::vector<FieldIssue> issues;
    Customer c = collect(issues);
    registerFields();
    Customer checked = c;
    for (const FieldIssue &i : m_context.service().validate(checked))
        issues.push_back(i);
    if (!issues.empty()) {
        showProblems(issues);
        return false;
    }
    showBanner(QString());
    const Actor actor = m_context.actor();
    const std::vector<Consent> consents = m_consent->changes();
    QString id = c.id;
    if (isNew()) {
        c.consents = consents;
        auto r = m_context.service().create(actor, c);
        if (!r) {
            showBanner(r.error().message);
            return false;
        }
        id = r.value();
        m_original.id = id;
    } else {
        if (Status s = m_context.service().update(actor, c); !s) {
            showBanner(s.error().message);
            return false;
        }
        for (const Consent &k : consents) {
            if (Status s = m_context.service().setConsent(actor, id, k); !s) {
                showBanner(tr("The customer was saved, but the consent was not: %1").arg(s.error().message));
                emit saved(id);
                return false;
            }
        }
    }
    emit saved(id);
    accept();
    return true;
}

} // namespace spoke::ui
