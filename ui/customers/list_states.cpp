#include "ui/customers/list_states.h"

#include "ui/customers/customer_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace customers;

EmptyListState::EmptyListState(QWidget *parent)
    : QWidget(parent)
    , m_new(button(tr("New customer"), "primary", this))
    , m_import(button(tr("Import from a file"), "", this))
{
    auto *box = new QVBoxLayout(this);
    box->addStretch(1);
    auto *art = new QLabel(this);
    art->setPixmap(iconPixmap(QStringLiteral("users"), 48, QColor(0x0E, 0x7C, 0x86)));
    art->setAlignment(Qt::AlignCenter);
    box->addWidget(art);
    auto *title = label(tr("No customers yet"), "sectionTitle", this);
    title->setAlignment(Qt::AlignCenter);
    box->addWidget(title);
    auto *hint = label(
        tr("Add your first customer, or bring everyone over from the tool you used before."), "hint", this);
    hint->setAlignment(Qt::AlignCenter);
    box->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_new->setObjectName(QStringLiteral("emptyNewCustomerButton"));
    m_import->setObjectName(QStringLiteral("emptyImportButton"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    box->addLayout(buttons);
    box->addStretch(2);
}

NoResultsState::NoResultsState(QWidget *parent)
    : QWidget(parent)
    , m_text(label(QString(), "cardTitle", this))
{
    auto *box = new QVBoxLayout(this);
    box->addStretch(1);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignCenter);
    box->addWidget(m_text);
    auto *hint = label(tr("Try part of the name, the last digits of the phone number, or the street. "
                          "Press Ctrl+N to add a new customer."),
        "hint", this);
    hint->setAlignment(Qt::AlignCenter);
    box->addWidget(hint);
    box->addStretch(2);
}

void NoResultsState::setQuery(const QString &query)
{
    m_text->setText(tr("No customer matches \"%1\"").arg(query));
}

} // namespace spoke::ui
