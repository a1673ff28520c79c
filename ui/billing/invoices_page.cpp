#include "ui/billing/invoices_page.h"

#include "ui/billing/batch_export.h"
#include "ui/billing/billing_context.h"
#include "ui/billing/billing_prompter.h"
#include "ui/billing/billing_widgets.h"
#include "ui/billing/cash_up_view.h"
#include "ui/billing/customer_billing_card.h"
#include "ui/billing/draft_editor.h"
#include "ui/billing/invoice_dialog.h"
#include "ui/billing/invoice_list_model.h"
#include "ui/billing/payment_dialog.h"
#include "ui/billing/receivables_view.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace billing_ui;

InvoicesPage::InvoicesPage(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
    const QString &currency, const QString &phoneRegion, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_context(
          std::make_unique<BillingContext>(db, std::move(currentActor), zone, currency, phoneRegion, clock))
    , m_stack(new QStackedWidget(this))
    , m_noAccess(label(tr("Invoices and payments are kept by the front desk and managers."), "hint", this))
    , m_tabs(new QTabWidget(this))
    , m_model(new InvoiceListModel(this))
    , m_cashUp(new CashUpView(*m_context, this))
    , m_receivables(new ReceivablesView(*m_context, this))
{
    setObjectName(QStringLiteral("InvoicesPage"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(16, 12, 16, 8);
    m_noAccess->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_noAccess);
    m_tabs->setObjectName(QStringLiteral("BillingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildInvoicesTab(), tr("Invoices"));
    m_tabs->addTab(m_cashUp, tr("Cash-up"));
    m_tabs->addTab(m_receivables, tr("Receivables"));
    m_stack->addWidget(m_tabs);
    column->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_cashUp)
            m_cashUp->reload();
        else if (m_tabs->widget(index) == m_receivables)
            m_receivables->reload();
        else
            reload();
    });
    connect(m_receivables, &ReceivablesView::openInvoiceRequested, this, &InvoicesPage::openInvoice);
    refreshPermissions();
}

InvoicesPage::~InvoicesPage()
{
    // Dialogs and a running export refer to the context: they go first.
    delete m_lastExport;
    const auto children = findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog *d : children)
        delete d;
}

QWidget *InvoicesPage::buildInvoicesTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    column->setContentsMargins(0, 10, 0, 0);
    column->setSpacing(8);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox(tab);
    m_filter->setObjectName(QStringLiteral("invoiceFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All invoices and credit notes"), int(Filter::All));
    m_filter->addItem(tr("Open (money owed)"), int(Filter::Open));
    m_filter->addItem(tr("Drafts"), int(Filter::Drafts));
    bar->addWidget(m_filter);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setPlaceholderText(tr("Search by number or customer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(m_search, 1);
    m_export = button(tr("Export PDFs…"), "", tab);
    m_export->setObjectName(QStringLiteral("exportPdfs"));
    m_export->setToolTip(tr("Save the selected invoices as PDF files in a folder"));
    m_print = button(tr("Print"), "", tab);
    m_print->setObjectName(QStringLiteral("printSelected"));
    m_print->setToolTip(tr("Print the selected invoice (Ctrl+P)"));
    m_payment = button(tr("Take payment"), "", tab);
    m_payment->setObjectName(QStringLiteral("takePaymentSelected"));
    m_payment->setToolTip(tr("Take a payment on the selected invoice (Ctrl+Shift+P)"));
    m_new = button(tr("New invoice"), "primary", tab);
    m_new->setObjectName(QStringLiteral("newInvoice"));
    m_new->setToolTip(tr("Start an invoice draft (Ctrl+N)"));
    for (QPushButton *b : {m_export, m_print, m_payment, m_new})
        bar->addWidget(b);
    column->addLayout(bar);

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(InvoiceListModel::Customer, QHeaderView::Stretch);
    header->setHighlightSections(false);
    for (int c : {InvoiceListModel::Number, InvoiceListModel::Issued, InvoiceListModel::Due,
             InvoiceListModel::Total, InvoiceListModel::Balance, InvoiceListModel::Status})
        header->resizeSection(c,
            c == InvoiceListModel::Number       ? 190
                : c == InvoiceListModel::Status ? 140
                                                : 120);
    column->addWidget(m_table, 1);
    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("invoiceStatusText"));
    m_status->setWordWrap(true);
    m_status->setProperty("role", QStringLiteral("hint"));
    column->addWidget(m_status);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &InvoicesPage::reload);
    connect(m_search, &QLineEdit::textEdited, this, &InvoicesPage::reload);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openInvoice(m_model->data(index, InvoiceListModel::IdRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newDraft(); });
    connect(m_print, &QPushButton::clicked, this, [this] { printSelected(); });
    connect(m_payment, &QPushButton::clicked, this, [this] { takePayment(); });
    connect(m_export, &QPushButton::clicked, this, &InvoicesPage::exportSelected);

    auto key = [this, tab](const QKeySequence &seq, auto fn) {
        auto *s = new QShortcut(seq, tab);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        if (m_new->isVisible())
            newDraft();
    });
    key(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printSelected(); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        if (m_payment->isVisible())
            takePayment();
    });
    key(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    return tab;
}

void InvoicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPermissions();
    if (m_tabs->currentWidget() == m_cashUp)
        m_cashUp->reload();
    else if (m_tabs->currentWidget() == m_receivables)
        m_receivables->reload();
    else
        reload();
}

void InvoicesPage::refreshPermissions()
{
    const bool view = m_context->can(Permission::ViewInvoices);
    m_stack->setCurrentWidget(view ? static_cast<QWidget *>(m_tabs) : m_noAccess);
    m_new->setVisible(m_context->can(Permission::DraftInvoices));
    m_payment->setVisible(m_context->can(Permission::TakePayments));
    m_tabs->setTabVisible(m_tabs->indexOf(m_cashUp), m_context->can(Permission::TakePayments));
    const bool receivables = m_context->can(Permission::ViewReceivables);
    m_tabs->setTabVisible(m_tabs->indexOf(m_receivables), receivables);
    if (!receivables && m_tabs->currentWidget() == m_receivables)
        m_tabs->setCurrentIndex(0);
}

QWidget *InvoicesPage::tabWidget(Tab tab) const
{
    switch (tab) {
    case Tab::Invoices:
        return m_tabs->widget(0);
    case Tab::CashUp:
        return m_cashUp;
    case Tab::Receivables:
        return m_receivables;
    }
    return nullptr;
}

bool InvoicesPage::hasTab(Tab tab) const
{
    return m_stack->currentWidget() == m_tabs && m_tabs->isTabVisible(m_tabs->indexOf(tabWidget(tab)));
}

bool InvoicesPage::showTab(Tab tab)
{
    if (!hasTab(tab))
        return false;
    QWidget *w = tabWidget(tab);
    if (m_tabs->currentWidget() == w) {
        if (w == m_cashUp)
            m_cashUp->reload();
        else if (w == m_receivables)
            m_receivables->reload();
        else
            reload();
    }
    m_tabs->setCurrentWidget(w);
    return true;
}

void InvoicesPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

InvoicesPage::Filter InvoicesPage::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void InvoicesPage::reload()
{
    if (!m_context->can(Permission::ViewInvoices))
        return;
    const QStringList selected = selectedIds();
    InvoiceFilter f;
    f.draftsOnly = filter() == Filter::Drafts;
    f.openOnly = filter() == Filter::Open;
    f.text = m_search->text().trimmed();
    auto rows = m_context->invoices().list(m_context->actor(), f);
    if (!rows) {
        m_model->setRows({}, m_context->today());
        showStatus(rows.error().message, true);
        return;
    }
    const int count = int(rows->size());
    m_model->setRows(std::move(rows).value(), m_context->today());
    for (const QString &id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!m_table->currentIndex().isValid() && count > 0 && selected.isEmpty())
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (count == 0)
        showStatus(
            f.text.isEmpty() ? tr("Nothing to show here yet.") : tr("No invoice matches \"%1\".").arg(f.text),
            false);
    else
        showStatus(plural(tr("%Ln document(s)", nullptr, count), count), false);
}

QStringList InvoicesPage::selectedIds() const
{
    QStringList ids;
    if (!m_table || !m_table->selectionModel())
        return ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->data(index, InvoiceListModel::IdRole).toString();
    return ids;
}

QString InvoicesPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        return m_model->data(index, InvoiceListModel::IdRole).toString();
    const QStringList ids = selectedIds();
    return ids.isEmpty() ? QString() : ids.front();
}

bool InvoicesPage::selectInvoice(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void InvoicesPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

QString InvoicesPage::statusText() const
{
    return m_status->text();
}

void InvoicesPage::changed(const QString &invoiceId, const QString &customerId)
{
    reload();
    if (!invoiceId.isEmpty())
        selectInvoice(invoiceId);
    if (m_tabs->currentWidget() == m_cashUp)
        m_cashUp->reload();
    emit billingChanged(customerId);
}

void InvoicesPage::watchEditor(DraftEditor *editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DraftEditor::saved, this,
        [this, editor](const QString &id) { changed(id, editor->customerId()); });
    connect(
        editor, &DraftEditor::deleted, this, [this, editor] { changed(QString(), editor->customerId()); });
    connect(editor, &DraftEditor::issued, this, [this, editor](const QString &id, const QString &number) {
        changed(id, editor->customerId());
        showStatus(tr("Invoice %1 issued.").arg(number), false);
    });
    editor->open();
}

DraftEditor *InvoicesPage::newDraft(const QString &customerId)
{
    if (!m_context->can(Permission::DraftInvoices))
        return nullptr;
    auto *editor = new DraftEditor(*m_context, QString(), customerId, this);
    watchEditor(editor);
    return editor;
}

QDialog *InvoicesPage::openInvoice(const QString &invoiceId)
{
    if (invoiceId.isEmpty())
        return nullptr;
    const int row = m_model->rowOf(invoiceId);
    bool draft = false;
    if (row >= 0) {
        draft = m_model->row(row)->status == InvoiceStatus::Draft;
    } else if (auto view = m_context->invoices().view(m_context->actor(), invoiceId)) {
        draft = view->status == InvoiceStatus::Draft;
    }
    if (draft) {
        auto *editor = new DraftEditor(*m_context, invoiceId, QString(), this);
        watchEditor(editor);
        return editor;
    }
    auto *dialog = new InvoiceDialog(*m_context, invoiceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceDialog::changed, this, &InvoicesPage::changed);
    connect(dialog, &InvoiceDialog::openRequested, this, &InvoicesPage::openInvoice);
    dialog->open();
    return dialog;
}

PaymentDialog *InvoicesPage::takePayment(const QString &invoiceId)
{
    if (!m_context->can(Permission::TakePayments))
        return nullptr;
    const QString id = invoiceId.isEmpty() ? currentId() : invoiceId;
    const InvoiceSummary *s = m_model->row(m_model->rowOf(id));
    if (!s || s->kind != InvoiceKind::Invoice || s->status != InvoiceStatus::Issued
        || s->balance.minor() <= 0) {
        showStatus(tr("Select an open invoice to take a payment on it."), true);
        return nullptr;
    }
    auto *dialog = new PaymentDialog(*m_context, s->customerId, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::recorded, this, [this, id](const QString &, const QString &customerId) {
        changed(id, customerId);
        showStatus(tr("Payment recorded."), false);
    });
    dialog->open();
    return dialog;
}

BillingPrint::Outcome InvoicesPage::printSelected(BillingPrint::Output output)
{
    const QString id = currentId();
    if (id.isEmpty()) {
        showStatus(tr("Select an invoice to print."), true);
        return BillingPrint::Outcome::Cancelled;
    }
    auto view = m_context->invoices().view(m_context->actor(), id);
    if (!view) {
        showStatus(view.error().message, true);
        return BillingPrint::Outcome::Failed;
    }
    const PaperFormat paper = BillingPrint::defaultPaper();
    return BillingPrint::send(this, m_context->documents().invoiceHtml(view.value(), paper), paper,
        documentTitle(view->kind, view->number), output);
}

BatchExport *InvoicesPage::exportSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        showStatus(tr("Select the invoices to export (Ctrl or Shift and click for several)."), true);
        return nullptr;
    }
    const QString folder = BillingPrompter::instance().folder(this,
        plural(tr("Export %Ln PDF(s) to a folder", nullptr, int(ids.size())), int(ids.size())),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return nullptr;
    return exportPdfs(ids, folder, BillingPrint::defaultPaper());
}

BatchExport *InvoicesPage::exportPdfs(const QStringList &invoiceIds, const QString &folder, PaperFormat paper)
{
    if (m_lastExport && m_lastExport->isRunning()) {
        showStatus(tr("An export is still running."), true);
        return nullptr;
    }
    delete m_lastExport;
    m_lastExport = new BatchExport(*m_context, invoiceIds, paper, folder, this);
    BatchExport *job = m_lastExport;
    connect(job, &BatchExport::finished, this, [this, job, folder](bool ok) {
        const int written = int(job->files().size());
        if (ok)
            showStatus(plural(tr("%Ln PDF file(s) saved in %1.", nullptr, written), written)
                           .arg(QDir::toNativeSeparators(folder)),
                false);
        else if (job->error().code == ErrorCode::Cancelled)
            showStatus(plural(tr("Export cancelled after %Ln file(s).", nullptr, written), written), false);
        else
            showStatus(job->error().message, true);
    });
    job->start();
    return job;
}

CustomerBillingCard *InvoicesPage::customerCard(const QString &customerId, QWidget *parent)
{
    if (!m_context->can(Permission::ViewInvoices) || customerId.isEmpty())
        return nullptr;
    auto *card = new CustomerBillingCard(*m_context, customerId, parent);
    connect(card, &CustomerBillingCard::openInvoiceRequested, this, &InvoicesPage::openInvoice);
    connect(card, &CustomerBillingCard::newInvoiceRequested, this, &InvoicesPage::newDraft);
    connect(card, &CustomerBillingCard::changed, this, [this](const QString &id) { changed(QString(), id); });
    // A payment or an invoice issued elsewhere updates the card.
    connect(this, &InvoicesPage::billingChanged, card, [card](const QString &id) {
        if (id.isEmpty() || id == card->customerId())
            card->reload();
    });
    return card;
}

} // namespace spoke::ui
