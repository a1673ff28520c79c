#pragma once

#include "core/customers/customer_import.h"

#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

namespace spoke::ui {

class CustomersContext;
class ImportCheckPage;
class ImportMappingPage;
class ImportReportPage;
class ImportRunPage;
class ImportSourcePage;
class WorkerThread;

/// What the import wizard's pages share.
struct ImportState
{
    QString path;
    bool vcard = false;
    CsvDocument csv;
    QString vcardText;
    ImportMapping mapping;
    std::shared_ptr<const ImportPlan> plan;
    ImportPolicy policy = ImportPolicy::ValidRowsOnly;
    std::optional<ImportReport> report;
    Error runError;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

/// Import from CSV or vCard: pick the file (encoding and delimiter shown, bad files refused
/// with core's message), map the columns (guessed, saved mappings, live preview), dry run
/// (valid and invalid rows, each problem listed), choose "import the valid rows" or "import
/// nothing if any row is wrong", run on a worker thread with progress and cancel, and a
/// final report. Not modal-blocking: open() or show() it; tests call setFilePath().
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, CheckPage, RunPage, ReportPage };

    ImportWizard(CustomersContext &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Reads the file (on the worker thread) as if it had been picked.
    void setFilePath(const QString &path);

    CustomersContext &context() const { return m_context; }
    ImportState &state() { return m_state; }
    WorkerThread *worker() const { return m_worker; }

    ImportSourcePage *sourcePage() const { return m_source; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportCheckPage *checkPage() const { return m_check; }
    ImportRunPage *runPage() const { return m_run; }
    ImportReportPage *reportPage() const { return m_report; }

    /// A page title as the wizard's header shows it (larger than Qt's default).
    static QString pageTitle(const QString &text);

    /// Asks a running import to stop (nothing is imported).
    void cancelImport();

public slots:
    void reject() override;

signals:
    /// The import committed: how many customers were added.
    void imported(int count);

private:
    CustomersContext &m_context;
    ImportState m_state;
    WorkerThread *m_worker;
    ImportSourcePage *m_source;
    ImportMappingPage *m_mapping;
    ImportCheckPage *m_check;
    ImportRunPage *m_run;
    ImportReportPage *m_report;
};

} // namespace spoke::ui
