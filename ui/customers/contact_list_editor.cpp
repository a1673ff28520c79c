#include "ui/customers/contact_list_editor.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/field_flags.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

ContactListEditor::ContactListEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_box(new QVBoxLayout)
    , m_group(new QButtonGroup(this))
    , m_add(customers::button(kind == Kind::Phone ? tr("Add phone") : tr("Add email"), "link", this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    m_box->setContentsMargins(0, 0, 0, 0);
    m_box->setSpacing(6);
    outer->addLayout(m_box);
    m_add->setIcon(customers::icon(QStringLiteral("plus"), QColor(0x0E, 0x7C, 0x86)));
    m_add->setObjectName(
        kind == Kind::Phone ? QStringLiteral("addPhoneButton") : QStringLiteral("addEmailButton"));
    outer->addWidget(m_add, 0, Qt::AlignLeft);
    m_group->setExclusive(true);
    connect(m_add, &QPushButton::clicked, this, &ContactListEditor::addRow);
}

ContactListEditor::Row &ContactListEditor::appendRow(
    const QString &id, const QString &label, const QString &value, bool preferred)
{
    Row row;
    row.id = id;
    row.host = new QWidget(this);
    auto *grid = new QGridLayout(row.host);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    row.label = new QComboBox(row.host);
    row.label->setEditable(true);
    if (m_kind == Kind::Phone)
        row.label->addItems({tr("mobile"), tr("home"), tr("work"), tr("other")});
    else
        row.label->addItems({tr("home"), tr("work"), tr("other")});
    row.label->setCurrentText(label);
    row.label->setFixedWidth(120);
    row.label->setToolTip(tr("Label"));
    grid->addWidget(row.label, 0, 0);
    row.value = new QLineEdit(value, row.host);
    row.value->setPlaceholderText(
        m_kind == Kind::Phone ? tr("Number, e.g. (555) 010-2345") : tr("name@example.com"));
    row.value->setObjectName(
        m_kind == Kind::Phone ? QStringLiteral("phoneField") : QStringLiteral("emailField"));
    grid->addWidget(row.value, 0, 1);
    row.preferred = new QRadioButton(tr("Preferred"), row.host);
    row.preferred->setChecked(preferred);
    m_group->addButton(row.preferred);
    grid->addWidget(row.preferred, 0, 2);
    row.remove = new QToolButton(row.host);
    row.remove->setIcon(customers::icon(QStringLiteral("x"), QColor(0x6B, 0x72, 0x80)));
    row.remove->setToolTip(m_kind == Kind::Phone ? tr("Remove this number") : tr("Remove this address"));
    row.remove->setAutoRaise(true);
    grid->addWidget(row.remove, 0, 3);
    row.error = customers::label(QString(), "fieldError", row.host);
    row.error->setTextFormat(Qt::PlainText);
    row.error->hide();
    grid->addWidget(row.error, 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    m_box->addWidget(row.host);
    QWidget *host = row.host;
    connect(row.remove, &QToolButton::clicked, this, [this, host] { removeRow(host); });
    m_rows.push_back(row);
    return m_rows.back();
}

void ContactListEditor::removeRow(QWidget *host)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->host == host) {
            m_group->removeButton(it->preferred);
            m_rows.erase(it);
            break;
        }
    }
    host->hide();
    host->deleteLater();
}

void ContactListEditor::addRow()
{
    const bool first = m_rows.empty();
    Row &row = appendRow(QString(), m_kind == Kind::Phone ? tr("mobile") : tr("home"), QString(), first);
    row.value->setFocus(Qt::OtherFocusReason);
}

void ContactListEditor::setPhones(const std::vector<CustomerPhone> &phones)
{
    for (const CustomerPhone &p : phones)
        appendRow(p.id, p.label, p.number, p.preferred);
}

void ContactListEditor::setEmails(const std::vector<CustomerEmail> &emails)
{
    for (const CustomerEmail &e : emails)
        appendRow(e.id, e.label, e.address, e.preferred);
}

std::vector<CustomerPhone> ContactListEditor::phones()
{
    std::vector<CustomerPhone> out;
    m_valueRows.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.value->text().trimmed().isEmpty())
            continue;
        out.push_back({r.id, r.label->currentText().trimmed(), r.value->text().trimmed(), {},
            r.preferred->isChecked()});
        m_valueRows.push_back(int(i));
    }
    return out;
}

std::vector<CustomerEmail> ContactListEditor::emails()
{
    std::vector<CustomerEmail> out;
    m_valueRows.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.value->text().trimmed().isEmpty())
            continue;
        out.push_back(
            {r.id, r.label->currentText().trimmed(), r.value->text().trimmed(), r.preferred->isChecked()});
        m_valueRows.push_back(int(i));
    }
    return out;
}

void ContactListEditor::registerFields(FieldFlags &flags, const QString &prefix) const
{
    for (size_t i = 0; i < m_valueRows.size(); ++i) {
        const Row &r = m_rows.at(size_t(m_valueRows[i]));
        flags.add(QStringLiteral("%1[%2]").arg(prefix).arg(i), r.value, r.error);
    }
}

} // namespace spoke::ui
