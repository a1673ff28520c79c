#pragma once

#include "core/customers/customer_list_model.h"
#include "core/storage/actor.h"
#include "ui/customers/customer_export.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

class CustomerEditor;
class CustomerProfileView;
class CustomerSearchModel;
class CustomersContext;
class DuplicatesScreen;
class EmptyListState;
class NoResultsState;
class ImportWizard;

/// The Customers screen: one search box (Ctrl+F or /) with results as you type, the whole
/// list (sortable, filtered by tag, consent and last activity, fetched as it scrolls) when
/// the box is empty, profiles, the editor (Ctrl+N), import, export and duplicates review.
/// Self-contained: the shell embeds it and tells it who is working.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { List, Profile, Duplicates };
    /// How long typing must pause before the search runs.
    static constexpr int kSearchDelayMs = 120;

    CustomersPage(LocationDatabase &db, std::function<Actor()> currentActor, QString phoneRegion,
        QWidget *parent = nullptr);
    ~CustomersPage() override;

    View view() const;
    CustomersContext &context() const { return *m_context; }

    QLineEdit *searchField() const { return m_search; }
    /// True while the table shows search results rather than the list.
    bool isShowingResults() const;
    QTableView *listView() const { return m_listView; }
    QTableView *resultsView() const { return m_resultsView; }
    CustomerListModel *listModel() const { return m_listModel; }
    CustomerSearchModel *searchModel() const { return m_searchModel; }
    QLabel *countLabel() const { return m_count; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QComboBox *consentFilter() const { return m_consentFilter; }
    QComboBox *activityFilter() const { return m_activityFilter; }
    CustomerListFilter currentFilter() const;

    QPushButton *newButton() const { return m_new; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *duplicatesButton() const { return m_duplicates; }
    QToolButton *exportButton() const { return m_export; }
    CustomerProfileView *profileView() const { return m_profile; }
    DuplicatesScreen *duplicatesScreen() const { return m_duplicatesScreen; }
    CustomerExport *exporter() const { return m_exporter; }
    QString statusText() const;

    /// Opens the customer's profile.
    void openCustomer(const QString &id);
    /// Opens the editor for a new customer (not blocking); returns it.
    CustomerEditor *newCustomer();
    CustomerEditor *editCustomer(const QString &id);
    ImportWizard *startImport();
    void showDuplicates();
    void showList();
    /// Starts an export (all, or only what the filters show) to path.
    bool exportTo(CustomerExport::Format format, bool filteredOnly, const QString &path);

public slots:
    /// Shows or hides what the current person's role may not use (after a user switch).
    void refreshPermissions();
    /// Re-reads the list, the search results and the filter choices (after changes).
    void refresh();

signals:
    void customerOpened(const QString &id);
    /// The profile's "Book a job": the shell opens quick booking for the customer.
    void bookJobRequested(const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildListView();
    void configureTable(QTableView *view);
    void runSearch();
    void applyFilters();
    void fetchFirstPage();
    void fillTagFilter();
    void updateCount();
    void updateDuplicatesButton();
    void openCurrent();
    void chooseExportFile(CustomerExport::Format format, bool filteredOnly);
    void showStatus(const QString &text, bool error);
    QString selectedId(QTableView *view) const;

    std::unique_ptr<CustomersContext> m_context;
    CustomerListModel *m_listModel;
    CustomerSearchModel *m_searchModel;
    CustomerExport *m_exporter;
    QStackedWidget *m_views;
    QStackedWidget *m_tables;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QTableView *m_listView;
    QTableView *m_resultsView;
    EmptyListState *m_emptyState = nullptr;
    NoResultsState *m_noResults = nullptr;
    QComboBox *m_tagFilter;
    QComboBox *m_consentFilter;
    QComboBox *m_activityFilter;
    QLabel *m_count;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_duplicates;
    QToolButton *m_export;
    CustomerProfileView *m_profile;
    DuplicatesScreen *m_duplicatesScreen;
    QString m_lastQuery;
};

} // namespace spoke::ui
