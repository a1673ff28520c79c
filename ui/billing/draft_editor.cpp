#include "ui/billing/draft_editor.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/money_input.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

namespace {

bool isBlank(const InvoiceLine &line, const QString &priceText, const QString &discountText)
{
    return line.description.trimmed().isEmpty() && priceText.trimmed().isEmpty()
        && discountText.trimmed().isEmpty() && line.quantity == 1;
}

} // namespace

DraftEditor::DraftEditor(
    BillingContext &context, const QString &invoiceId, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(invoiceId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_customerName(new QLabel(this))
    , m_lines(new QTableWidget(0, LineColumns, this))
    , m_invoiceDiscount(new QLineEdit(this))
    , m_terms(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_totalsHost(new QWidget(this))
    , m_totals(new QFormLayout(m_totalsHost))
    , m_total(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_addLine(button(tr("Add line"), "", this))
    , m_jobsButton(button(tr("Invoice completed jobs…"), "", this))
    , m_save(button(tr("Save draft"), "", this))
    , m_issue(button(tr("Issue invoice…"), "primary", this))
    , m_delete(button(tr("Delete draft…"), "danger", this))
{
    setObjectName(QStringLiteral("DraftEditor"));
    setWindowTitle(invoiceId.isEmpty() ? tr("New invoice") : tr("Invoice draft"));
    resize(980, 720);
    if (auto settings = m_context.invoices().settings())
        m_settings = settings.value();
    if (m_settings.taxClasses.empty())
        m_settings.taxClasses.push_back(TaxClass {QStringLiteral("standard"), tr("Standard"), {}});

    auto *column = new QVBoxLayout(this);
    column->setSpacing(10);

    // The customer.
    auto *customerRow = new QHBoxLayout;
    auto *customerTitle = label(tr("&Customer"), "cardTitle", this);
    customerTitle->setBuddy(m_search);
    customerTitle->setWordWrap(false);
    customerRow->addWidget(customerTitle);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Name, phone, email or street"));
    m_search->setClearButtonEnabled(true);
    customerRow->addWidget(m_search, 2);
    m_customerName->setObjectName(QStringLiteral("customerName"));
    m_customerName->setTextFormat(Qt::PlainText);
    customerRow->addWidget(m_customerName, 3);
    column->addLayout(customerRow);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setMaximumHeight(96);
    m_results->setVisible(false);
    column->addWidget(m_results);

    // The lines.
    m_lines->setObjectName(QStringLiteral("draftLines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Description"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Tax"), tr("Amount"), QString()});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->verticalHeader()->setDefaultSectionSize(40);
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(Description, QHeaderView::Stretch);
    header->setSectionResizeMode(Quantity, QHeaderView::Fixed);
    header->resizeSection(Quantity, 80);
    header->setSectionResizeMode(UnitPrice, QHeaderView::Fixed);
    header->resizeSection(UnitPrice, 120);
    header->setSectionResizeMode(LineDiscount, QHeaderView::Fixed);
    header->resizeSection(LineDiscount, 100);
    header->setSectionResizeMode(TaxClassColumn, QHeaderView::Fixed);
    header->resizeSection(TaxClassColumn, 150);
    header->setSectionResizeMode(Amount, QHeaderView::Fixed);
    header->resizeSection(Amount, 120);
    header->setSectionResizeMode(Remove, QHeaderView::Fixed);
    header->resizeSection(Remove, 36);
    column->addWidget(m_lines, 1);
    auto *lineButtons = new QHBoxLayout;
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_addLine->setToolTip(tr("Add a line (Ctrl+L)"));
    lineButtons->addWidget(m_addLine);
    m_jobsButton->setObjectName(QStringLiteral("invoiceJobs"));
    m_jobsButton->setToolTip(tr("Add the customer's completed jobs that are not invoiced yet (Ctrl+J)"));
    lineButtons->addWidget(m_jobsButton);
    lineButtons->addStretch(1);
    column->addLayout(lineButtons);

    // Discount, terms and notes; the totals beside them.
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(24);
    auto *form = new QFormLayout;
    m_invoiceDiscount->setObjectName(QStringLiteral("invoiceDiscount"));
    m_invoiceDiscount->setPlaceholderText(
        tr("e.g. 10% or %1").arg(billing_text::editText(500, m_context.currency())));
    form->addRow(tr("Invoice &discount"), m_invoiceDiscount);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setRange(-1, 365);
    m_terms->setSpecialValueText(
        plural(tr("Location default (%Ln day(s))", nullptr, m_settings.defaultTermsDays),
            m_settings.defaultTermsDays));
    m_terms->setSuffix(tr(" days"));
    m_terms->setValue(-1);
    form->addRow(tr("&Terms"), m_terms);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Printed on the invoice"));
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes"), m_notes);
    bottom->addLayout(form, 3);
    auto *totalsColumn = new QVBoxLayout;
    m_totals->setLabelAlignment(Qt::AlignTrailing);
    m_totals->setFormAlignment(Qt::AlignTrailing | Qt::AlignTop);
    m_totals->setContentsMargins(0, 0, 0, 0);
    totalsColumn->addWidget(m_totalsHost);
    m_total->setObjectName(QStringLiteral("draftTotal"));
    m_total->setProperty("role", QStringLiteral("metric"));
    m_total->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    totalsColumn->addWidget(m_total);
    totalsColumn->addStretch(1);
    bottom->addLayout(totalsColumn, 2);
    column->addLayout(bottom);

    m_problem->setObjectName(QStringLiteral("draftProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    column->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_delete->setObjectName(QStringLiteral("deleteDraft"));
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *close = button(tr("Close"), "", this);
    buttons->addWidget(close);
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_save->setToolTip(tr("Save the draft (Ctrl+S)"));
    buttons->addWidget(m_save);
    m_issue->setObjectName(QStringLiteral("issueInvoice"));
    m_issue->setToolTip(tr("Give the invoice its number and make it final"));
    buttons->addWidget(m_issue);
    column->addLayout(buttons);
    for (QPushButton *b : {m_addLine, m_jobsButton, m_save, m_issue, m_delete, close})
        b->setAutoDefault(false);

    connect(m_search, &QLineEdit::textEdited, this, &DraftEditor::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setCustomer(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
        m_results->setVisible(false);
        if (lineCount() == 0 && m_rows.empty())
            addLine();
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && m_results->hasFocus())
            setCustomer(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_addLine, &QPushButton::clicked, this, &DraftEditor::addLine);
    connect(m_jobsButton, &QPushButton::clicked, this, &DraftEditor::chooseJobs);
    connect(m_save, &QPushButton::clicked, this, &DraftEditor::save);
    connect(m_issue, &QPushButton::clicked, this, &DraftEditor::issue);
    connect(m_delete, &QPushButton::clicked, this, &DraftEditor::deleteDraft);
    connect(close, &QPushButton::clicked, this, &DraftEditor::reject);
    connect(m_invoiceDiscount, &QLineEdit::textEdited, this, &DraftEditor::edited);
    connect(m_terms, &QSpinBox::valueChanged, this, &DraftEditor::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &DraftEditor::edited);

    auto key = [this](const QKeySequence &seq, auto fn) {
        auto *s = new QShortcut(seq, this);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { addLine(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_J), [this] { chooseJobs(); });

    if (!m_id.isEmpty()) {
        load();
    } else if (!customerId.isEmpty()) {
        setCustomer(customerId);
        addLine();
    } else {
        m_search->setFocus();
    }
    m_dirty = false;
    updateTotals();
    updateButtons();
}

void DraftEditor::load()
{
    auto view = m_context.invoices().view(m_context.actor(), m_id);
    if (!view) {
        showProblem(view.error().message);
        return;
    }
    m_loading = true;
    m_lines->setRowCount(0);
    m_rows.clear();
    setCustomer(view->customerId, view->customerName);
    for (const InvoiceLineView &l : view->lines)
        appendLine(l.line);
    m_invoiceDiscount->setText(billing_text::discountText(view->invoiceDiscount, m_context.currency()));
    m_terms->setValue(view->termsDays);
    m_notes->setPlainText(view->notes);
    m_loading = false;
    m_dirty = false;
    updateTotals();
    updateButtons();
}

void DraftEditor::runSearch()
{
    m_results->clear();
    const QString q = m_search->text().trimmed();
    m_results->setVisible(!q.isEmpty());
    if (q.isEmpty())
        return;
    auto found = m_context.search().search(m_context.actor(), q, 8);
    if (!found) {
        showProblem(found.error().message);
        return;
    }
    for (const CustomerSummary &c : found.value()) {
        auto *item = new QListWidgetItem(
            c.address.isEmpty() ? c.displayName : tr("%1 — %2").arg(c.displayName, c.address), m_results);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.displayName);
    }
    if (m_results->count() == 0) {
        auto *item = new QListWidgetItem(tr("No customer matches."), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
}

void DraftEditor::findCustomer(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void DraftEditor::setCustomer(const QString &customerId, const QString &name)
{
    QString shown = name;
    if (shown.isEmpty() && !customerId.isEmpty()) {
        const auto summaries = m_context.search().summaries({customerId});
        if (!summaries.empty())
            shown = summaries.front().displayName;
    }
    const bool changed = customerId != m_customerId;
    m_customerId = customerId;
    m_customerDisplayName = shown;
    m_customerName->setText(
        customerId.isEmpty() ? tr("No customer chosen yet") : tr("Billed to %1").arg(shown));
    if (changed && !m_loading)
        edited();
    updateButtons();
}

int DraftEditor::lineCount() const
{
    return m_lines->rowCount();
}

QWidget *DraftEditor::lineField(int row, LineColumn column) const
{
    return m_lines->cellWidget(row, column);
}

int DraftEditor::addLine()
{
    InvoiceLine line;
    line.description.clear();
    const int row = appendLine(line);
    m_lines->scrollToBottom();
    if (QWidget *field = lineField(row, Description))
        field->setFocus();
    return row;
}

int DraftEditor::appendLine(const InvoiceLine &line)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_rows.push_back(Row {line.id, line.jobId, line.serviceId});
    const QString currency = m_context.currency();

    auto *description = new QLineEdit(line.description, m_lines);
    description->setObjectName(QStringLiteral("lineDescription"));
    description->setAccessibleName(tr("Description"));
    description->setFrame(false);
    auto *quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("lineQuantity"));
    quantity->setAccessibleName(tr("Quantity"));
    quantity->setRange(1, 99'999);
    quantity->setValue(int(qBound<qint64>(qint64(1), line.quantity, qint64(99'999))));
    quantity->setFrame(false);
    auto *price = new QLineEdit(m_lines);
    price->setObjectName(QStringLiteral("linePrice"));
    price->setAccessibleName(tr("Unit price"));
    price->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    price->setPlaceholderText(billing_text::editText(0, currency));
    price->setFrame(false);
    if (line.unitPriceMinor != 0 || !line.description.isEmpty())
        price->setText(billing_text::editText(line.unitPriceMinor, currency));
    auto *discount = new QLineEdit(billing_text::discountText(line.discount, currency), m_lines);
    discount->setObjectName(QStringLiteral("lineDiscount"));
    discount->setAccessibleName(tr("Line discount"));
    discount->setPlaceholderText(tr("none"));
    discount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    discount->setFrame(false);
    auto *tax = new QComboBox(m_lines);
    tax->setObjectName(QStringLiteral("lineTaxClass"));
    tax->setAccessibleName(tr("Tax class"));
    tax->setFrame(false);
    for (const TaxClass &c : m_settings.taxClasses)
        tax->addItem(c.name.isEmpty() ? c.code : c.name, c.code);
    int at = tax->findData(line.taxClass);
    if (at < 0 && !line.taxClass.isEmpty()) {
        tax->addItem(line.taxClass, line.taxClass);
        at = tax->count() - 1;
    }
    tax->setCurrentIndex(qMax(0, at));
    auto *remove = new QToolButton(m_lines);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this line"));
    remove->setAccessibleName(tr("Remove line"));
    remove->setAutoRaise(true);
    auto *amount = new QTableWidgetItem;
    amount->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    amount->setFlags(Qt::ItemIsEnabled);

    m_lines->setCellWidget(row, Description, description);
    m_lines->setCellWidget(row, Quantity, quantity);
    m_lines->setCellWidget(row, UnitPrice, price);
    m_lines->setCellWidget(row, LineDiscount, discount);
    m_lines->setCellWidget(row, TaxClassColumn, tax);
    m_lines->setItem(row, Amount, amount);
    m_lines->setCellWidget(row, Remove, remove);

    connect(description, &QLineEdit::textEdited, this, &DraftEditor::edited);
    connect(quantity, &QSpinBox::valueChanged, this, &DraftEditor::edited);
    connect(price, &QLineEdit::textEdited, this, &DraftEditor::edited);
    connect(discount, &QLineEdit::textEdited, this, &DraftEditor::edited);
    connect(tax, &QComboBox::currentIndexChanged, this, &DraftEditor::edited);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_lines->rowCount(); ++r)
            if (m_lines->cellWidget(r, Remove) == remove) {
                removeLine(r);
                return;
            }
    });
    if (!m_loading)
        edited();
    return row;
}

void DraftEditor::removeLine(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return;
    m_lines->removeRow(row);
    m_rows.erase(m_rows.begin() + row);
    edited();
}

void DraftEditor::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateTotals();
    updateButtons();
}

void DraftEditor::markField(QWidget *field, bool bad)
{
    if (!field)
        return;
    field->setProperty("invalid", bad);
    field->setStyleSheet(bad ? QStringLiteral("border: 1px solid #B42318; background: #FDECEA;") : QString());
    field->setToolTip(bad ? m_problem->text() : QString());
}

void DraftEditor::showProblem(const QString &text)
{
    showMessage(m_problem, text, true);
}

QString DraftEditor::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

std::optional<InvoiceDraft> DraftEditor::collect(bool showProblems)
{
    InvoiceDraft draft;
    draft.id = m_id;
    draft.customerId = m_customerId;
    draft.currency = m_context.currency();
    QString problem;
    QWidget *bad = nullptr;
    const QString currency = m_context.currency();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto *description = static_cast<QLineEdit *>(lineField(row, Description));
        auto *quantity = static_cast<QSpinBox *>(lineField(row, Quantity));
        auto *price = static_cast<QLineEdit *>(lineField(row, UnitPrice));
        auto *discount = static_cast<QLineEdit *>(lineField(row, LineDiscount));
        auto *tax = static_cast<QComboBox *>(lineField(row, TaxClassColumn));
        InvoiceLine line;
        line.id = m_rows[size_t(row)].id;
        line.jobId = m_rows[size_t(row)].jobId;
        line.serviceId = m_rows[size_t(row)].serviceId;
        line.description = description->text().trimmed();
        line.quantity = quantity->value();
        line.taxClass = tax->currentData().toString();
        markField(price, false);
        markField(discount, false);
        if (isBlank(line, price->text(), discount->text()))
            continue;
        auto amount = billing_text::parseMoney(price->text(), currency);
        if (!amount) {
            if (problem.isEmpty()) {
                problem = tr("Line %1, unit price: %2").arg(row + 1).arg(amount.error().message);
                bad = price;
            }
            markField(price, true);
        } else {
            line.unitPriceMinor = amount->minor();
        }
        auto lineDiscount = billing_text::parseDiscount(discount->text(), currency);
        if (!lineDiscount) {
            if (problem.isEmpty()) {
                problem = tr("Line %1, discount: %2").arg(row + 1).arg(lineDiscount.error().message);
                bad = discount;
            }
            markField(discount, true);
        } else {
            line.discount = lineDiscount.value();
        }
        draft.lines.push_back(line);
    }
    markField(m_invoiceDiscount, false);
    auto invoiceDiscount = billing_text::parseDiscount(m_invoiceDiscount->text(), currency);
    if (!invoiceDiscount) {
        if (problem.isEmpty()) {
            problem = tr("Invoice discount: %1").arg(invoiceDiscount.error().message);
            bad = m_invoiceDiscount;
        }
        markField(m_invoiceDiscount, true);
    } else {
        draft.invoiceDiscount = invoiceDiscount.value();
    }
    draft.termsDays = m_terms->value();
    draft.notes = m_notes->toPlainText().trimmed();
    if (!problem.isEmpty()) {
        showProblem(problem);
        if (bad) {
            bad->setToolTip(problem);
            if (showProblems)
                bad->setFocus();
        }
        return std::nullopt;
    }
    return draft;
}

void DraftEditor::updateTotals()
{
    // Clear the previous figures.
    while (m_totals->rowCount() > 0)
        m_totals->removeRow(0);
    for (int row = 0; row < m_lines->rowCount(); ++row)
        if (QTableWidgetItem *item = m_lines->item(row, Amount))
            item->setText(QString());
    m_total->setText(QString());

    const auto draft = collect(false);
    if (!draft)
        return;
    showMessage(m_problem, QString(), true);
    if (draft->lines.empty()) {
        m_total->setText(QString());
        m_totals->addRow(label(tr("Add a line to see the totals."), "hint", m_totalsHost));
        return;
    }
    auto totals = m_context.invoices().previewTotals(draft.value());
    if (!totals) {
        showProblem(totals.error().message);
        return;
    }
    // The amounts of the lines that were sent (blank rows were left out).
    size_t index = 0;
    const QString currency = m_context.currency();
    for (int row = 0; row < m_lines->rowCount() && index < totals->lines.size(); ++row) {
        auto *description = static_cast<QLineEdit *>(lineField(row, Description));
        auto *price = static_cast<QLineEdit *>(lineField(row, UnitPrice));
        auto *discount = static_cast<QLineEdit *>(lineField(row, LineDiscount));
        auto *quantity = static_cast<QSpinBox *>(lineField(row, Quantity));
        InvoiceLine probe;
        probe.description = description->text();
        probe.quantity = quantity->value();
        if (isBlank(probe, price->text(), discount->text()))
            continue;
        m_lines->item(row, Amount)->setText(m_context.money(totals->lines[index].amount));
        ++index;
    }
    auto addTotal = [this](const QString &name, qint64 minor) {
        auto *value = new QLabel(m_context.money(minor), m_totalsHost);
        value->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_totals->addRow(name, value);
    };
    addTotal(tr("Subtotal"), totals->subtotal);
    if (totals->discountTotal != 0)
        addTotal(tr("Discounts"), -totals->discountTotal);
    const bool inclusive = m_settings.tax.pricesIncludeTax;
    if (!inclusive)
        addTotal(tr("Net"), totals->netTotal);
    for (const TaxAmount &t : totals->taxes) {
        const QString name
            = tr("%1 %2%").arg(t.name.isEmpty() ? t.code : t.name, billing_text::percentText(t.ppm));
        addTotal(inclusive ? tr("includes %1").arg(name) : name, t.minor);
    }
    m_total->setText(tr("Total %1").arg(m_context.money(totals->total)));
}

QString DraftEditor::totalText() const
{
    return m_total->text();
}

void DraftEditor::updateButtons()
{
    const bool haveCustomer = !m_customerId.isEmpty();
    m_jobsButton->setEnabled(haveCustomer);
    m_issue->setVisible(m_context.can(Permission::IssueInvoices));
    m_delete->setVisible(!m_id.isEmpty());
    m_save->setEnabled(haveCustomer);
    m_issue->setEnabled(haveCustomer);
}

bool DraftEditor::save()
{
    if (m_customerId.isEmpty()) {
        showProblem(tr("Choose the customer first."));
        m_search->setFocus();
        return false;
    }
    auto draft = collect(true);
    if (!draft)
        return false;
    const Actor actor = m_context.actor();
    if (m_id.isEmpty()) {
        auto created = m_context.invoices().createDraft(actor, draft.value());
        if (!created) {
            showProblem(created.error().message);
            return false;
        }
        m_id = created.value();
    } else if (Status st = m_context.invoices().updateDraft(actor, draft.value()); !st) {
        showProblem(st.error().message);
        return false;
    }
    // Show what core stored (line ids, job lines), then tell the list.
    load();
    showMessage(m_problem, tr("Draft saved."), false);
    setWindowTitle(tr("Invoice draft"));
    emit saved(m_id);
    return true;
}

QString DraftEditor::issue()
{
    if (!save())
        return {};
    const QString total = m_total->text();
    const auto answer = BillingPrompter::instance().ask(this, tr("Issue invoice"),
        tr("Issue this invoice to %1? %2\n\nIt takes the next invoice number. Numbers can't be reused, and "
           "an "
           "issued invoice can't be changed: corrections are made with a credit note.")
            .arg(m_customerDisplayName, total),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return {};
    auto number = m_context.invoices().issue(m_context.actor(), m_id);
    if (!number) {
        showProblem(number.error().message);
        return {};
    }
    m_dirty = false;
    emit issued(m_id, number.value());
    accept();
    return number.value();
}

bool DraftEditor::deleteDraft()
{
    if (m_id.isEmpty())
        return false;
    const auto answer = BillingPrompter::instance().ask(this, tr("Delete draft"),
        tr("Delete this draft? Its lines are lost. Jobs on it can be invoiced again."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status st = m_context.invoices().deleteDraft(m_context.actor(), m_id); !st) {
        showProblem(st.error().message);
        return false;
    }
    const QString id = m_id;
    m_dirty = false;
    emit deleted(id);
    accept();
    return true;
}

QDialog *DraftEditor::chooseJobs()
{
    if (m_customerId.isEmpty()) {
        showProblem(tr("Choose the customer first."));
        return nullptr;
    }
    const Actor actor = m_context.actor();
    auto ids = m_context.invoices().uninvoicedJobs(actor, m_customerId);
    if (!ids) {
        showProblem(ids.error().message);
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("JobPicker"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Invoice completed jobs"));
    dialog->resize(560, 360);
    auto *column = new QVBoxLayout(dialog);
    column->addWidget(
        label(tr("Completed jobs of this customer that are not on an invoice yet:"), "", dialog));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("jobList"));
    // Jobs already on this editor's lines are not offered twice.
    QStringList here;
    for (const Row &r : m_rows)
        if (!r.jobId.isEmpty())
            here << r.jobId;
    for (const QString &id : ids.value()) {
        if (here.contains(id))
            continue;
        auto view = m_context.jobs().jobView(actor, id);
        if (!view)
            continue;
        qint64 total = 0;
        for (const JobLine &l : view->job.lines)
            total += l.unitPriceMinor * l.quantity;
        const QDate day = view->job.startUtc.toTimeZone(m_context.zone()).date();
        auto *item = new QListWidgetItem(
            tr("%1 — %2 — %3").arg(dateText(day), view->servicesSummary, m_context.money(total)), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    if (list->count() == 0)
        column->addWidget(label(tr("There are no completed jobs to invoice."), "hint", dialog));
    column->addWidget(list, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add to invoice"));
    box->button(QDialogButtonBox::Ok)->setEnabled(list->count() > 0);
    column->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->data(Qt::UserRole).toString();
        if (chosen.isEmpty() || addJobs(chosen))
            dialog->accept();
    });
    dialog->open();
    return dialog;
}

bool DraftEditor::addJobs(const QStringList &jobIds)
{
    if (jobIds.isEmpty() || m_customerId.isEmpty())
        return false;
    const Actor actor = m_context.actor();
    auto typed = collect(true);
    if (!typed)
        return false;
    if (m_id.isEmpty() && typed->lines.empty()) {
        // Core starts the draft from the jobs: their lines, catalog prices and tax classes.
        auto created = m_context.invoices().createDraftFromJobs(actor, m_customerId, jobIds);
        if (!created) {
            showProblem(created.error().message);
            return false;
        }
        m_id = created.value();
        const QString discount = m_invoiceDiscount->text();
        const int terms = m_terms->value();
        const QString notes = m_notes->toPlainText();
        load();
        // What was typed before the jobs were added is kept (and saved with the next Save).
        m_loading = true;
        m_invoiceDiscount->setText(discount);
        m_terms->setValue(terms);
        m_notes->setPlainText(notes);
        m_loading = false;
        m_dirty = !discount.isEmpty() || terms != -1 || !notes.isEmpty();
        updateTotals();
        updateButtons();
        emit saved(m_id);
        return true;
    }
    // Lines are added here from the jobs and saved with the draft.
    for (const QString &id : jobIds) {
        auto job = m_context.jobs().job(actor, id);
        if (!job) {
            showProblem(job.error().message);
            return false;
        }
        for (const JobLine &jl : job->lines) {
            InvoiceLine line;
            line.jobId = id;
            line.serviceId = jl.serviceId;
            line.description = jl.description;
            line.quantity = jl.quantity;
            line.unitPriceMinor = jl.unitPriceMinor;
            if (auto service = m_context.catalog().service(actor, jl.serviceId);
                service && !service->taxClass.isEmpty())
                line.taxClass = service->taxClass;
            appendLine(line);
        }
    }
    edited();
    return true;
}

void DraftEditor::reject()
{
    if (m_dirty) {
        const auto answer = BillingPrompter::instance().ask(this, tr("Close draft"),
            tr("Close without saving the changes to this draft?"), QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace spoke::ui
