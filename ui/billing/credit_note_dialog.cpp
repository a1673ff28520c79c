#include "ui/billing/credit_note_dialog.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

CreditNoteDialog::CreditNoteDialog(BillingContext &context, const InvoiceView &invoice, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_invoice(invoice)
    , m_whole(new QRadioButton(tr("The &whole invoice"), this))
    , m_some(new QRadioButton(tr("&Some lines"), this))
    , m_lines(new QTableWidget(0, LineColumns, this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_create(button(tr("Issue credit note"), "primary", this))
{
    setObjectName(QStringLiteral("CreditNoteDialog"));
    setWindowTitle(tr("Credit note for %1").arg(invoice.number));
    resize(680, 480);
    auto *column = new QVBoxLayout(this);
    column->addWidget(label(tr("Credit note for invoice %1").arg(invoice.number), "sectionTitle", this));
    column->addWidget(
        label(tr("%1 · total %2 · balance %3. The credit settles the balance first; what is left "
                 "becomes %1's credit.")
                  .arg(invoice.customerName, m_context.money(invoice.totals.total),
                      m_context.money(invoice.balanceMinor)),
            "hint", this));
    auto *group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_some);
    m_whole->setObjectName(QStringLiteral("wholeInvoice"));
    m_some->setObjectName(QStringLiteral("someLines"));
    m_whole->setChecked(true);
    column->addWidget(m_whole);
    column->addWidget(m_some);

    m_lines->setObjectName(QStringLiteral("creditLines"));
    m_lines->setHorizontalHeaderLabels(
        {QString(), tr("Description"), tr("Qty to credit"), tr("Line amount")});
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->horizontalHeader()->resizeSection(Include, 32);
    m_lines->setEnabled(false);
    for (const InvoiceLineView &l : invoice.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *include = new QTableWidgetItem;
        include->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        include->setCheckState(Qt::Unchecked);
        m_lines->setItem(row, Include, include);
        m_lines->setItem(row, Description, new QTableWidgetItem(l.line.description));
        auto *quantity = new QSpinBox(m_lines);
        quantity->setRange(1, int(qMax<qint64>(1, l.line.quantity)));
        quantity->setValue(int(qMax<qint64>(1, l.line.quantity)));
        m_lines->setCellWidget(row, Quantity, quantity);
        auto *amount = new QTableWidgetItem(m_context.money(l.totals.gross));
        amount->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_lines->setItem(row, Amount, amount);
    }
    column->addWidget(m_lines, 1);

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_reason->setPlaceholderText(tr("Printed on the credit note, e.g. \"oven clean not done\""));
    form->addRow(tr("&Reason (required)"), m_reason);
    column->addLayout(form);
    m_problem->setObjectName(QStringLiteral("creditProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = button(tr("Cancel"), "", this);
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    m_create->setObjectName(QStringLiteral("issueCreditNote"));
    m_create->setDefault(true);
    buttons->addWidget(m_create);
    column->addLayout(buttons);

    connect(m_some, &QRadioButton::toggled, m_lines, &QWidget::setEnabled);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreditNoteDialog::create);
    m_reason->setFocus();
}

QString CreditNoteDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool CreditNoteDialog::create()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(m_problem,
            tr("Say why the invoice is credited: the reason is printed on the credit note."), true);
        m_reason->setFocus();
        return false;
    }
    std::vector<InvoiceLine> lines;
    if (m_some->isChecked()) {
        for (int row = 0; row < m_lines->rowCount(); ++row) {
            if (m_lines->item(row, Include)->checkState() != Qt::Checked)
                continue;
            InvoiceLine line = m_invoice.lines[size_t(row)].line;
            line.quantity = static_cast<QSpinBox *>(m_lines->cellWidget(row, Quantity))->value();
            lines.push_back(line);
        }
        if (lines.empty()) {
            showMessage(m_problem, tr("Tick the lines to credit, or credit the whole invoice."), true);
            return false;
        }
    }
    const auto answer = BillingPrompter::instance().ask(this, tr("Issue credit note"),
        tr("Issue a credit note against invoice %1? It takes the next credit note number and cannot be "
           "undone.")
            .arg(m_invoice.number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    auto id = m_context.invoices().creditNote(m_context.actor(), m_invoice.id, lines, reason);
    if (!id) {
        showMessage(m_problem, id.error().message, true);
        return false;
    }
    m_creditNoteId = id.value();
    emit created(m_creditNoteId);
    accept();
    return true;
}

} // namespace spoke::ui
