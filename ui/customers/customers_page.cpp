#include "ui/customers/customers_page.h"

#include "ui/customers/cell_delegate.h"
#include "ui/customers/customer_editor.h"
#include "ui/customers/customer_profile_view.h"
#include "ui/customers/customer_search_model.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/duplicates_screen.h"
#include "ui/customers/import_wizard.h"
#include "ui/customers/list_states.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace customers;

namespace {

const QColor kBrand(0x0E, 0x7C, 0x86);
const QColor kText(0x37, 0x41, 0x51);

enum Activity { AnyTime, Active30, Active90, Inactive365 };

bool isFiltering(const CustomerListFilter &f)
{
    return !f.tag.isEmpty() || !f.consentChannel.isEmpty() || f.activeWithinDays > 0 || f.inactiveForDays > 0;
}

} // namespace

CustomersPage::CustomersPage(
    LocationDatabase &db, std::function<Actor()> currentActor, QString phoneRegion, QWidget *parent)
    : QWidget(parent)
    , m_context(std::make_unique<CustomersContext>(db, std::move(currentActor), std::move(phoneRegion)))
    , m_listModel(new CustomerListModel(db, this))
    , m_searchModel(new CustomerSearchModel(this))
    , m_exporter(new CustomerExport(*m_context, this))
    , m_views(new QStackedWidget(this))
    , m_tables(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_listView(new QTableView(this))
    , m_resultsView(new QTableView(this))
    , m_tagFilter(new QComboBox(this))
    , m_consentFilter(new QComboBox(this))
    , m_activityFilter(new QComboBox(this))
    , m_count(label(QString(), "hint", this))
    , m_status(label(QString(), "", this))
    , m_new(button(tr("New customer"), "primary", this))
    , m_import(button(tr("Import"), "", this))
    , m_duplicates(button(tr("Duplicates"), "", this))
    , m_export(new QToolButton(this))
    , m_profile(new CustomerProfileView(*m_context, this))
    , m_duplicatesScreen(new DuplicatesScreen(*m_context, this))
{
    setObjectName(QStringLiteral("page-customers"));
    setStyleSheet(screenStyleSheet());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_views->addWidget(buildListView());
    m_views->addWidget(m_profile);
    m_views->addWidget(m_duplicatesScreen);
    outer->addWidget(m_views);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_listModel, &CustomerListModel::totalCountChanged, this, &CustomersPage::updateCount);

    connect(m_profile, &CustomerProfileView::backRequested, this, &CustomersPage::showList);
    connect(m_profile, &CustomerProfileView::editRequested, this, &CustomersPage::editCustomer);
    connect(m_profile, &CustomerProfileView::bookJobRequested, this, &CustomersPage::bookJobRequested);
    connect(m_profile, &CustomerProfileView::customerRemoved, this, [this](const QString &) {
        showStatus(tr("Customer deleted."), false);
        refresh();
        showList();
    });
    connect(m_profile, &CustomerProfileView::customerChanged, this, &CustomersPage::refresh);
    connect(m_duplicatesScreen, &DuplicatesScreen::backRequested, this, &CustomersPage::showList);
    connect(m_duplicatesScreen, &DuplicatesScreen::customersChanged, this, &CustomersPage::refresh);
    connect(m_exporter, &CustomerExport::finished, this,
        [this](bool ok, const QString &message) { showStatus(message, !ok); });

    auto shortcut = [this](QKeySequence keys, auto fn) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut); // only while the page is visible
        connect(s, &QShortcut::activated, this, fn);
    };
    auto focusSearch = [this] {
        if (view() != View::List)
            showList();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    };
    shortcut(QKeySequence::Find, focusSearch);
    shortcut(QKeySequence(Qt::Key_Slash), focusSearch);
    shortcut(QKeySequence::New, [this] {
        if (m_context->can(Permission::EditCustomers))
            newCustomer();
    });

    fillTagFilter();
    fetchFirstPage();
    updateCount();
    refreshPermissions();
}

CustomersPage::~CustomersPage()
{
    // Work still running on a worker thread (an import, an export) finishes or stops before
    // the context it was started from goes away.
    qDeleteAll(findChildren<ImportWizard *>(Qt::FindDirectChildrenOnly));
    delete m_exporter;
}

QWidget *CustomersPage::buildListView()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(24, 18, 24, 18);
    box->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone, email, street, postal code or tag  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("search"), QColor(0x6B, 0x72, 0x80)), QLineEdit::LeadingPosition);
    m_search->setMinimumHeight(38);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_search->setFont(big);
    m_search->installEventFilter(this);
    top->addWidget(m_search, 1);
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    m_new->setIcon(icon(QStringLiteral("user-plus"), Qt::white));
    m_new->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_new->setMinimumHeight(38);
    top->addWidget(m_new);
    box->addLayout(top);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setMinimumWidth(140);
    m_consentFilter->setObjectName(QStringLiteral("consentFilter"));
    m_consentFilter->addItem(tr("Any consent"), QString());
    for (ConsentChannel ch :
        {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone, ConsentChannel::Mail})
        m_consentFilter->addItem(
            tr("Agrees to %1").arg(consentChannelLabel(ch).toLower()), consentChannelKey(ch));
    m_activityFilter->setObjectName(QStringLiteral("activityFilter"));
    m_activityFilter->addItem(tr("Any activity"), int(AnyTime));
    m_activityFilter->addItem(tr("Active in the last 30 days"), int(Active30));
    m_activityFilter->addItem(tr("Active in the last 90 days"), int(Active90));
    m_activityFilter->addItem(tr("Inactive for a year or more"), int(Inactive365));
    for (QComboBox *combo : {m_tagFilter, m_consentFilter, m_activityFilter}) {
        bar->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &CustomersPage::applyFilters);
    }
    bar->addSpacing(8);
    m_count->setObjectName(QStringLiteral("customerCount"));
    bar->addWidget(m_count);
    bar->addStretch(1);
    m_duplicates->setObjectName(QStringLiteral("duplicatesButton"));
    m_duplicates->setIcon(icon(QStringLiteral("copy"), kText));
    m_duplicates->setToolTip(tr("Review possible duplicates"));
    bar->addWidget(m_duplicates);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setIcon(icon(QStringLiteral("upload"), kText));
    m_import->setToolTip(tr("Import customers from a CSV or vCard file"));
    bar->addWidget(m_import);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export"));
    m_export->setIcon(icon(QStringLiteral("download"), kText));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setStyleSheet(QStringLiteral("QToolButton { padding: 6px 12px; border: 1px solid #C9D0DC; "
                                           "border-radius: 6px; background: white; min-height: 20px; }"
                                           "QToolButton::menu-indicator { image: none; }"));
    QMenu *menu = CustomerExport::createMenu(
        m_export, [this] { return isFiltering(currentFilter()); },
        [this](CustomerExport::Format format, bool filtered) { chooseExportFile(format, filtered); });
    m_export->setMenu(menu);
    bar->addWidget(m_export);
    box->addLayout(bar);

    m_status->setObjectName(QStringLiteral("customersStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    box->addWidget(m_status);

    m_listView->setObjectName(QStringLiteral("customerTable"));
    m_listView->setModel(m_listModel);
    configureTable(m_listView);
    m_listView->setSortingEnabled(true);
    m_listView->horizontalHeader()->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    m_listView->horizontalHeader()->setToolTip(tr("Sort by name or by last activity"));
    connect(m_listView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder order) {
            // The list sorts by name or by last activity; other columns keep the name order.
            if (column != CustomerListModel::Name && column != CustomerListModel::LastActivity)
                m_listView->horizontalHeader()->setSortIndicator(CustomerListModel::Name, order);
            fetchFirstPage();
        });
    m_resultsView->setObjectName(QStringLiteral("searchResults"));
    m_resultsView->setModel(m_searchModel);
    configureTable(m_resultsView);

    m_emptyState = new EmptyListState(this);
    m_noResults = new NoResultsState(this);
    m_tables->addWidget(m_listView);
    m_tables->addWidget(m_resultsView);
    m_tables->addWidget(m_emptyState);
    m_tables->addWidget(m_noResults);
    box->addWidget(m_tables, 1);

    connect(m_new, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_emptyState->newButton(), &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_import, &QPushButton::clicked, this, &CustomersPage::startImport);
    connect(m_emptyState->importButton(), &QPushButton::clicked, this, &CustomersPage::startImport);
    connect(m_duplicates, &QPushButton::clicked, this, &CustomersPage::showDuplicates);
    return page;
}

void CustomersPage::configureTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(34);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    const int widths[] = {220, 150, 230, 280, 150, 110};
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        view->setColumnWidth(c, widths[c]);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setItemDelegate(new CellDelegate(view));
    view->installEventFilter(this);
    connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) {
        const QString id = index.data(CustomerListModel::IdRole).toString();
        if (!id.isEmpty())
            openCustomer(id);
        (void)view;
    });
}

CustomersPage::View CustomersPage::view() const
{
    if (m_views->currentWidget() == m_profile)
        return View::Profile;
    if (m_views->currentWidget() == m_duplicatesScreen)
        return View::Duplicates;
    return View::List;
}

bool CustomersPage::isShowingResults() const
{
    return !m_lastQuery.isEmpty();
}

CustomerListFilter CustomersPage::currentFilter() const
{
    CustomerListFilter f;
    f.tag = m_tagFilter->currentData().toString();
    f.consentChannel = m_consentFilter->currentData().toString();
    switch (m_activityFilter->currentData().toInt()) {
    case Active30:
        f.activeWithinDays = 30;
        break;
    case Active90:
        f.activeWithinDays = 90;
        break;
    case Inactive365:
        f.inactiveForDays = 365;
        break;
    default:
        break;
    }
    return f;
}

void CustomersPage::applyFilters()
{
    m_listModel->setFilter(currentFilter());
    fetchFirstPage();
    updateCount();
}

void CustomersPage::fetchFirstPage()
{
    // The first page right away, so the table never flashes empty after a reset; the view
    // fetches the rest as it scrolls.
    if (m_listModel->rowCount() == 0 && m_listModel->canFetchMore({}))
        m_listModel->fetchMore({});
}

void CustomersPage::fillTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : m_listModel->allTags())
        m_tagFilter->addItem(icon(QStringLiteral("tag"), QColor(0x6B, 0x72, 0x80)), tag, tag);
    const int at = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(at < 0 ? 0 : at);
}

void CustomersPage::runSearch()
{
    const QString query = m_search->text().trimmed();
    m_lastQuery = query;
    for (QComboBox *combo : {m_tagFilter, m_consentFilter, m_activityFilter})
        combo->setEnabled(query.isEmpty());
    if (query.isEmpty()) {
        m_searchModel->setResults({});
        updateCount();
        return;
    }
    auto r = m_context->search().search(m_context->actor(), query);
    if (!r) {
        m_searchModel->setResults({});
        showStatus(r.error().message, true);
    } else {
        m_searchModel->setResults(r.value());
    }
    if (m_searchModel->rowCount() > 0)
        m_resultsView->selectRow(0);
    updateCount();
}

void CustomersPage::updateCount()
{
    if (isShowingResults()) {
        const int n = m_searchModel->rowCount();
        m_count->setText(n == 0 ? tr("No match") : plural(tr("%Ln match(es)", nullptr, n), n));
        m_noResults->setQuery(m_lastQuery);
        m_tables->setCurrentWidget(n == 0 ? static_cast<QWidget *>(m_noResults) : m_resultsView);
        return;
    }
    const qint64 total = m_listModel->totalCount();
    const bool filtering = isFiltering(currentFilter());
    m_count->setText(filtering
            ? plural(tr("%Ln customer(s) match the filters", nullptr, int(total)), int(total))
            : plural(tr("%Ln customer(s)", nullptr, int(total)), int(total)));
    m_tables->setCurrentWidget(total == 0 && !filtering ? static_cast<QWidget *>(m_emptyState) : m_listView);
}

void CustomersPage::updateDuplicatesButton()
{
    if (!m_context->can(Permission::EditCustomers))
        return;
    auto r = m_context->service().openDuplicates(m_context->actor());
    const int n = r ? int(r.value().size()) : 0;
    m_duplicates->setText(n > 0 ? tr("Duplicates · %1").arg(n) : tr("Duplicates"));
}

QString CustomersPage::selectedId(QTableView *view) const
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(CustomerListModel::IdRole).toString() : QString();
}

void CustomersPage::openCurrent()
{
    QTableView *table = isShowingResults() ? m_resultsView : m_listView;
    QString id = selectedId(table);
    if (id.isEmpty() && table->model()->rowCount() > 0)
        id = table->model()->index(0, 0).data(CustomerListModel::IdRole).toString();
    if (!id.isEmpty())
        openCustomer(id);
}

void CustomersPage::openCustomer(const QString &id)
{
    m_profile->showCustomer(id);
    m_views->setCurrentWidget(m_profile);
    m_profile->setFocus(Qt::OtherFocusReason);
    emit customerOpened(id);
}

void CustomersPage::showList()
{
    m_views->setCurrentWidget(m_views->widget(0));
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void CustomersPage::showDuplicates()
{
    m_duplicatesScreen->reload();
    m_views->setCurrentWidget(m_duplicatesScreen);
    m_duplicatesScreen->setFocus(Qt::OtherFocusReason);
}

CustomerEditor *CustomersPage::newCustomer()
{
    Customer fresh;
    fresh.customerSince = QDate::currentDate();
    // What was typed in the search box is often the new customer's name or number.
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty() && m_searchModel->rowCount() == 0) {
        if (typed.count(QRegularExpression(QStringLiteral("\\d"))) >= 7)
            fresh.phones.push_back({{}, tr("mobile"), typed, {}, true});
        else if (typed.contains(u'@'))
            fresh.emails.push_back({{}, tr("home"), typed, true});
        else {
            const qsizetype space = typed.lastIndexOf(u' ');
            fresh.givenName = space < 0 ? typed : typed.left(space);
            fresh.familyName = space < 0 ? QString() : typed.mid(space + 1);
        }
    }
    auto *editor = new CustomerEditor(*m_context, fresh, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CustomerEditor::saved, this, [this](const QString &id) {
        refresh();
        openCustomer(id);
        showStatus(tr("Customer added."), false);
    });
    editor->open();
    return editor;
}

CustomerEditor *CustomersPage::editCustomer(const QString &id)
{
    auto r = m_context->service().get(m_context->actor(), id);
    if (!r) {
        showStatus(r.error().message, true);
        return nullptr;
    }
    auto *editor = new CustomerEditor(*m_context, r.value(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CustomerEditor::saved, this, [this](const QString &savedId) {
        refresh();
        if (view() == View::Profile && m_profile->customerId() == savedId)
            m_profile->reload();
        showStatus(tr("Changes saved."), false);
    });
    editor->open();
    return editor;
}

ImportWizard *CustomersPage::startImport()
{
    auto *wizard = new ImportWizard(*m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](int) { refresh(); });
    wizard->open();
    return wizard;
}

void CustomersPage::chooseExportFile(CustomerExport::Format format, bool filteredOnly)
{
    const bool csv = format == CustomerExport::Format::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export customers"),
        QDir(folder).filePath(csv ? QStringLiteral("customers.csv") : QStringLiteral("customers.vcf")),
        csv ? tr("CSV files (*.csv)") : tr("vCard files (*.vcf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("vcf"));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, format, filteredOnly](const QString &path) { exportTo(format, filteredOnly, path); });
    dialog->open();
}

bool CustomersPage::exportTo(CustomerExport::Format format, bool filteredOnly, const QString &path)
{
    const CustomerListFilter filter = filteredOnly ? currentFilter() : CustomerListFilter {};
    if (!m_exporter->start(format, filter, path)) {
        showStatus(tr("An export is already running."), true);
        return false;
    }
    showStatus(tr("Exporting…"), false);
    return true;
}

void CustomersPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("success"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setVisible(!text.isEmpty());
}

QString CustomersPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CustomersPage::refreshPermissions()
{
    const bool edit = m_context->can(Permission::EditCustomers);
    const bool manage = m_context->can(Permission::ExportData);
    m_new->setVisible(edit);
    m_emptyState->newButton()->setVisible(edit);
    m_import->setVisible(edit);
    m_emptyState->importButton()->setVisible(edit);
    m_duplicates->setVisible(edit);
    m_export->setVisible(manage);
    m_profile->updatePermissions();
    m_duplicatesScreen->updatePermissions();
    updateDuplicatesButton();
}

void CustomersPage::refresh()
{
    m_listModel->reload();
    fetchFirstPage();
    fillTagFilter();
    if (isShowingResults())
        runSearch();
    updateCount();
    updateDuplicatesButton();
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshPermissions();
    // Arriving on the page (Ctrl+2 from anywhere) means typing a name next.
    if (view() == View::List && !m_search->hasFocus())
        m_search->setFocus(Qt::OtherFocusReason);
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        QTableView *table = isShowingResults() ? m_resultsView : m_listView;
        switch (key->key()) {
        case Qt::Key_Down:
            table->setFocus(Qt::OtherFocusReason);
            if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
                table->selectRow(0);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter right after typing: search now rather than wait, then open the best match.
            if (m_debounce->isActive()) {
                m_debounce->stop();
                runSearch();
            }
            openCurrent();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if ((watched == m_listView || watched == m_resultsView) && key->key() == Qt::Key_Up
        && static_cast<QTableView *>(watched)->currentIndex().row() == 0) {
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace spoke::ui
