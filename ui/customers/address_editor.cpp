#include "ui/customers/address_editor.h"

#include "core/util/ids.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/secret_field.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

QLineEdit *AddressEditor::line(const QString &text, const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setPlaceholderText(placeholder);
    return edit;
}

AddressEditor::AddressEditor(const CustomerAddress &a, QWidget *parent)
    : QFrame(parent)
    , m_id(a.id.isEmpty() ? newUuidV7() : a.id)
    , m_kind(new QComboBox(this))
    , m_label(line(a.label, tr("Label, e.g. Home or Rental on Elm St")))
    , m_street(line(a.street, tr("Street and number")))
    , m_unit(line(a.unit, tr("Unit")))
    , m_city(line(a.city, tr("City")))
    , m_region(line(a.region, tr("State / region")))
    , m_postal(line(a.postalCode, tr("Postal code")))
    , m_country(line(a.country, tr("Country")))
    , m_access(line(a.accessNotes, tr("e.g. knock on the side door")))
    , m_entry(line(a.entryInstructions, tr("e.g. key under the blue pot")))
    , m_parking(line(a.parking, tr("e.g. driveway, not the street")))
    , m_pets(line(a.pets, tr("e.g. friendly dog, keep the gate shut")))
    , m_crew(line(a.preferredCrew, tr("Crew or technician")))
    , m_window(line(a.arrivalWindow, tr("e.g. mornings 8–11")))
    , m_gate(new SecretField(true, this))
    , m_alarm(new SecretField(true, this))
{
    setObjectName(QStringLiteral("AddressEditor"));
    setStyleSheet(QStringLiteral(
        "QFrame#AddressEditor { background: #FAFBFD; border: 1px solid #E2E6EE; border-radius: 8px; }"));
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(14, 12, 14, 12);
    box->setSpacing(8);

    auto *head = new QHBoxLayout;
    m_kind->addItem(tr("Service address"), addressKindKey(AddressKind::Service));
    m_kind->addItem(tr("Billing address"), addressKindKey(AddressKind::Billing));
    m_kind->setCurrentIndex(a.kind == AddressKind::Billing ? 1 : 0);
    head->addWidget(m_kind);
    head->addWidget(m_label, 1);
    auto *remove = new QToolButton(this);
    remove->setIcon(customers::icon(QStringLiteral("trash"), QColor(0x6B, 0x72, 0x80)));
    remove->setToolTip(tr("Remove this address"));
    remove->setAutoRaise(true);
    head->addWidget(remove);
    box->addLayout(head);

    auto *where = new QGridLayout;
    where->setHorizontalSpacing(8);
    where->setVerticalSpacing(6);
    where->addWidget(m_street, 0, 0, 1, 2);
    where->addWidget(m_unit, 0, 2);
    where->addWidget(m_city, 1, 0);
    where->addWidget(m_region, 1, 1);
    where->addWidget(m_postal, 1, 2);
    where->addWidget(m_country, 2, 0);
    where->setColumnStretch(0, 2);
    where->setColumnStretch(1, 1);
    where->setColumnStretch(2, 1);
    box->addLayout(where);

    box->addWidget(customers::label(tr("For the crew"), "fieldName", this));
    auto *crew = new QGridLayout;
    crew->setHorizontalSpacing(10);
    crew->setVerticalSpacing(6);
    const std::pair<QString, QLineEdit *> fields[]
        = {{tr("Access notes"), m_access}, {tr("Entry instructions"), m_entry}, {tr("Parking"), m_parking},
            {tr("Pets"), m_pets}, {tr("Preferred crew"), m_crew}, {tr("Arrival window"), m_window}};
    int i = 0;
    for (const auto &[name, edit] : fields) {
        auto *l = customers::label(name, "fieldName", this);
        l->setWordWrap(false);
        l->setBuddy(edit);
        crew->addWidget(l, i / 2, (i % 2) * 2);
        crew->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        ++i;
    }
    crew->setColumnStretch(1, 1);
    crew->setColumnStretch(3, 1);
    box->addLayout(crew);

    auto *local = new QFrame(this);
    local->setProperty("localOnly", true);
    auto *lv = new QGridLayout(local);
    lv->setContentsMargins(12, 8, 12, 8);
    lv->setHorizontalSpacing(10);
    lv->setVerticalSpacing(6);
    auto *lockRow = new QHBoxLayout;
    lockRow->setSpacing(6);
    auto *lock = new QLabel(local);
    lock->setPixmap(customers::iconPixmap(QStringLiteral("lock"), 14, QColor(0x8A, 0x4B, 0x08)));
    lockRow->addWidget(lock);
    lockRow->addWidget(customers::label(tr("Local only: stays at this location, never synced to head office"),
                           "localOnly", local),
        1);
    lv->addLayout(lockRow, 0, 0, 1, 4);
    lv->addWidget(customers::label(tr("Gate code"), "fieldName", local), 1, 0);
    m_gate->setText(a.gateCode);
    m_gate->setObjectName(QStringLiteral("gateCodeField"));
    lv->addWidget(m_gate, 1, 1);
    lv->addWidget(customers::label(tr("Alarm code"), "fieldName", local), 1, 2);
    m_alarm->setText(a.alarmCode);
    m_alarm->setObjectName(QStringLiteral("alarmCodeField"));
    lv->addWidget(m_alarm, 1, 3);
    lv->setColumnStretch(1, 1);
    lv->setColumnStretch(3, 1);
    box->addWidget(local);

    connect(remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    connect(m_label, &QLineEdit::textChanged, this, &AddressEditor::titleChanged);
    connect(m_street, &QLineEdit::textChanged, this, &AddressEditor::titleChanged);
}

CustomerAddress AddressEditor::address() const
{
    CustomerAddress a;
    a.id = m_id;
    a.kind = addressKindFromKey(m_kind->currentData().toString());
    a.label = m_label->text().trimmed();
    a.street = m_street->text().trimmed();
    a.unit = m_unit->text().trimmed();
    a.city = m_city->text().trimmed();
    a.region = m_region->text().trimmed();
    a.postalCode = m_postal->text().trimmed();
    a.country = m_country->text().trimmed();
    a.accessNotes = m_access->text().trimmed();
    a.entryInstructions = m_entry->text().trimmed();
    a.parking = m_parking->text().trimmed();
    a.pets = m_pets->text().trimmed();
    a.preferredCrew = m_crew->text().trimmed();
    a.arrivalWindow = m_window->text().trimmed();
    a.gateCode = m_gate->text();
    a.alarmCode = m_alarm->text();
    return a;
}

bool AddressEditor::isBlank() const
{
    for (QLineEdit *e : {m_label, m_street, m_unit, m_city, m_region, m_postal, m_country, m_access, m_entry,
             m_parking, m_pets, m_crew, m_window})
        if (!e->text().trimmed().isEmpty())
            return false;
    return m_gate->text().isEmpty() && m_alarm->text().isEmpty();
}

QString AddressEditor::title() const
{
    const QString label = m_label->text().trimmed();
    const QString street = m_street->text().trimmed();
    if (label.isEmpty())
        return street.isEmpty() ? tr("New address") : street;
    return street.isEmpty() ? label : tr("%1 — %2").arg(label, street);
}

} // namespace spoke::ui
