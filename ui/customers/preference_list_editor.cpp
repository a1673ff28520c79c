#include "ui/customers/preference_list_editor.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/field_flags.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

PreferenceListEditor::PreferenceListEditor(QWidget *parent)
    : QWidget(parent)
    , m_box(new QVBoxLayout)
    , m_add(customers::button(tr("Add preference"), "link", this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    m_box->setContentsMargins(0, 0, 0, 0);
    m_box->setSpacing(6);
    outer->addLayout(m_box);
    m_add->setIcon(customers::icon(QStringLiteral("plus"), QColor(0x0E, 0x7C, 0x86)));
    m_add->setObjectName(QStringLiteral("addPreferenceButton"));
    outer->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &PreferenceListEditor::addRow);
}

void PreferenceListEditor::fillAddresses(QComboBox *combo, const QString &selected) const
{
    combo->clear();
    combo->addItem(tr("Every address"), QString());
    for (const auto &[id, title] : m_addresses)
        combo->addItem(title, id);
    const int at = combo->findData(selected);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

PreferenceListEditor::Row &PreferenceListEditor::appendRow(const CustomerPreference &p)
{
    Row row;
    row.id = p.id;
    row.host = new QWidget(this);
    auto *grid = new QGridLayout(row.host);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    row.kind = new QComboBox(row.host);
    for (PreferenceKind k : {PreferenceKind::Do, PreferenceKind::Dont, PreferenceKind::Note}) {
        row.kind->addItem(preferenceKindLabel(k), preferenceKindKey(k));
        row.kind->setItemData(row.kind->count() - 1, customers::chipColors(k).text, Qt::ForegroundRole);
    }
    QComboBox *kind = row.kind;
    auto colour = [kind] {
        const QColor c = customers::chipColors(preferenceKindFromKey(kind->currentData().toString())).text;
        kind->setStyleSheet(QStringLiteral("QComboBox { color: %1; font-weight: 600; }").arg(c.name()));
    };
    connect(kind, &QComboBox::currentIndexChanged, kind, colour);
    row.kind->setCurrentIndex(row.kind->findData(preferenceKindKey(p.kind)));
    colour();
    row.kind->setFixedWidth(96);
    row.kind->setObjectName(QStringLiteral("preferenceKind"));
    grid->addWidget(row.kind, 0, 0);
    row.address = new QComboBox(row.host);
    row.address->setMinimumWidth(150);
    row.address->setMaximumWidth(220);
    row.address->setToolTip(tr("Which address this is about"));
    fillAddresses(row.address, p.addressId);
    grid->addWidget(row.address, 0, 1);
    row.area = new QLineEdit(p.area, row.host);
    row.area->setPlaceholderText(tr("Area, e.g. Kitchen, oven"));
    row.area->setObjectName(QStringLiteral("preferenceArea"));
    grid->addWidget(row.area, 0, 2);
    row.text = new QLineEdit(p.text, row.host);
    row.text->setPlaceholderText(tr("What to do or not to do"));
    row.text->setObjectName(QStringLiteral("preferenceText"));
    grid->addWidget(row.text, 0, 3);
    auto *remove = new QToolButton(row.host);
    remove->setIcon(customers::icon(QStringLiteral("x"), QColor(0x6B, 0x72, 0x80)));
    remove->setToolTip(tr("Remove this preference"));
    remove->setAutoRaise(true);
    grid->addWidget(remove, 0, 4);
    row.error = customers::label(QString(), "fieldError", row.host);
    row.error->setTextFormat(Qt::PlainText);
    row.error->hide();
    grid->addWidget(row.error, 1, 2, 1, 3);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 3);
    m_box->addWidget(row.host);
    QWidget *host = row.host;
    connect(remove, &QToolButton::clicked, this, [this, host] {
        std::erase_if(m_rows, [host](const Row &r) { return r.host == host; });
        host->hide();
        host->deleteLater();
    });
    m_rows.push_back(row);
    return m_rows.back();
}

void PreferenceListEditor::addRow()
{
    Row &row = appendRow(CustomerPreference {});
    row.kind->setFocus(Qt::OtherFocusReason);
}

void PreferenceListEditor::setAddresses(const std::vector<std::pair<QString, QString>> &addresses)
{
    m_addresses = addresses;
    for (const Row &r : m_rows)
        fillAddresses(r.address, r.address->currentData().toString());
}

void PreferenceListEditor::setPreferences(const std::vector<CustomerPreference> &preferences)
{
    for (const CustomerPreference &p : preferences)
        appendRow(p);
}

std::vector<CustomerPreference> PreferenceListEditor::preferences()
{
    std::vector<CustomerPreference> out;
    m_valueRows.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.area->text().trimmed().isEmpty() && r.text->text().trimmed().isEmpty())
            continue;
        CustomerPreference p;
        p.id = r.id;
        p.kind = preferenceKindFromKey(r.kind->currentData().toString());
        p.addressId = r.address->currentData().toString();
        p.area = r.area->text().trimmed();
        p.text = r.text->text().trimmed();
        out.push_back(p);
        m_valueRows.push_back(int(i));
    }
    return out;
}

void PreferenceListEditor::registerFields(FieldFlags &flags, const QString &prefix) const
{
    for (size_t i = 0; i < m_valueRows.size(); ++i) {
        const Row &r = m_rows.at(size_t(m_valueRows[i]));
        flags.add(QStringLiteral("%1[%2]").arg(prefix).arg(i), r.text, r.error);
    }
}

} // namespace spoke::ui
