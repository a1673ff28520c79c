#include "ui/customers/import_run_pages.h"

#include "core/storage/location_database.h"
#include "ui/customers/customer_style.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/import_wizard.h"
#include "ui/customers/worker_thread.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace spoke::ui {

using namespace customers;

namespace {

constexpr int kMaxListedProblems = 2000;

/// A big number with a caption under it.
QWidget *tile(const QString &caption, const QColor &color, QLabel **number, QWidget *parent)
{
    QVBoxLayout *box = nullptr;
    auto *frame = card(parent, &box, 14);
    *number = new QLabel(QStringLiteral("0"), frame);
    (*number)->setStyleSheet(
        QStringLiteral("QLabel { font-size: 22pt; font-weight: 600; color: %1; }").arg(color.name()));
    box->addWidget(*number);
    box->addWidget(label(caption, "hint", frame));
    return frame;
}

QString number(int n)
{
    return QLocale().toString(n);
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_busy(new QProgressBar(this))
    , m_valid(nullptr)
    , m_invalid(nullptr)
    , m_tiles(new QWidget(this))
    , m_error(label(QString(), "error", this))
    , m_problems(new QListWidget(this))
    , m_validRows(new QRadioButton(this))
    , m_allOrNothing(new QRadioButton(this))
    , m_policyNote(label(QString(), "caption", this))
{
    setTitle(ImportWizard::pageTitle(tr("Dry run")));
    setSubTitle(tr("Every row was checked; nothing has been imported yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));
    auto *box = new QVBoxLayout(this);
    box->setSpacing(10);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    box->addWidget(m_busy);
    auto *tiles = new QHBoxLayout(m_tiles);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->setSpacing(12);
    tiles->addWidget(tile(tr("rows ready to import"), QColor(0x06, 0x76, 0x47), &m_valid, m_tiles));
    tiles->addWidget(tile(tr("rows with problems"), QColor(0xB4, 0x23, 0x18), &m_invalid, m_tiles));
    m_valid->setObjectName(QStringLiteral("validCount"));
    m_invalid->setObjectName(QStringLiteral("invalidCount"));
    box->addWidget(m_tiles);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    box->addWidget(m_error);
    box->addWidget(label(tr("Problems, by line of the file"), "cardTitle", this));
    m_problems->setObjectName(QStringLiteral("dryRunProblems"));
    m_problems->setProperty("role", QStringLiteral("problems"));
    box->addWidget(m_problems, 1);
    auto *group = new QButtonGroup(this);
    group->addButton(m_validRows);
    group->addButton(m_allOrNothing);
    m_validRows->setObjectName(QStringLiteral("importValidRows"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_validRows->setChecked(true);
    box->addWidget(m_validRows);
    box->addWidget(m_allOrNothing);
    box->addWidget(m_policyNote);
    connect(m_validRows, &QRadioButton::toggled, this, &ImportCheckPage::completeChanged);
    connect(m_allOrNothing, &QRadioButton::toggled, this, &ImportCheckPage::showPlan);
}

int ImportCheckPage::validCount() const
{
    const auto &plan = m_wizard->state().plan;
    return plan ? plan->validCount() : 0;
}

int ImportCheckPage::invalidCount() const
{
    const auto &plan = m_wizard->state().plan;
    return plan ? plan->invalidCount() : 0;
}

void ImportCheckPage::initializePage()
{
    ImportState &state = m_wizard->state();
    state.plan.reset();
    m_checking = true;
    m_busy->show();
    m_tiles->hide();
    m_problems->clear();
    m_error->hide();
    emit completeChanged();
    auto plan = std::make_shared<ImportPlan>();
    auto failure = std::make_shared<QString>();
    LocationDatabase &db = m_wizard->context().db();
    const QString region = m_wizard->context().phoneRegion();
    const bool vcard = state.vcard;
    const ImportMapping mapping = state.mapping;
    // The wizard's state is not changed while this runs (its pages wait for it).
    const CsvDocument *csv = &state.csv;
    const QString *vcardText = &state.vcardText;
    const bool started = m_wizard->worker()->start(
        [=, &db] {
            auto sibling = db.openSibling();
            if (!sibling) {
                *failure = sibling.error().message;
                return;
            }
            const CustomerImporter importer(*sibling.value(), region);
            *plan = vcard ? importer.planVCards(*vcardText) : importer.planCsv(*csv, mapping);
        },
        [this, plan, failure] {
            m_checking = false;
            m_busy->hide();
            if (!failure->isEmpty()) {
                m_error->setText(*failure);
                m_error->show();
            } else {
                m_wizard->state().plan = plan;
            }
            showPlan();
        });
    if (!started) {
        m_checking = false;
        m_busy->hide();
        m_error->setText(tr("Spoke is still busy with the file; go back and try again in a moment."));
        m_error->show();
        emit completeChanged();
    }
}

void ImportCheckPage::showPlan()
{
    const auto &plan = m_wizard->state().plan;
    if (!plan) {
        emit completeChanged();
        return;
    }
    const int valid = plan->validCount();
    const int invalid = plan->invalidCount();
    m_valid->setText(number(valid));
    m_invalid->setText(number(invalid));
    m_tiles->show();
    if (!plan->fileProblems.isEmpty()) {
        m_error->setText(plan->fileProblems.join(u'\n'));
        m_error->show();
    }
    if (m_problems->count() == 0) {
        int listed = 0;
        for (const ImportRow &row : plan->rows) {
            for (const QString &p : row.problems) {
                if (listed++ < kMaxListedProblems)
                    new QListWidgetItem(p, m_problems);
            }
        }
        if (listed > kMaxListedProblems)
            new QListWidgetItem(tr("…and %Ln more", nullptr, listed - kMaxListedProblems), m_problems);
        if (listed == 0)
            new QListWidgetItem(icon(QStringLiteral("check"), QColor(0x06, 0x76, 0x47)),
                tr("No problems found."), m_problems);
    }
    m_validRows->setText(
        invalid > 0 ? plural(
            tr("Import the %Ln valid row(s) and list the rejected ones in the report", nullptr, valid), valid)
                    : plural(tr("Import the %Ln row(s)", nullptr, valid), valid));
    m_allOrNothing->setText(tr("Import nothing if any row is wrong"));
    if (m_allOrNothing->isChecked() && invalid > 0)
        m_policyNote->setText(
            plural(tr("With %Ln row(s) wrong, nothing will be imported. Fix the file and import it again.",
                       nullptr, invalid),
                invalid));
    else
        m_policyNote->setText(tr("The import is one transaction: it is complete or nothing is written."));
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const auto &plan = m_wizard->state().plan;
    return !m_checking && plan && plan->fileProblems.isEmpty() && plan->validCount() > 0;
}

bool ImportCheckPage::validatePage()
{
    m_wizard->state().policy
        = m_allOrNothing->isChecked() ? ImportPolicy::AllOrNothing : ImportPolicy::ValidRowsOnly;
    return isComplete();
}

// ---------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_bar(new QProgressBar(this))
    , m_status(label(QString(), "hint", this))
    , m_cancel(button(tr("Cancel import"), "danger", this))
{
    setTitle(ImportWizard::pageTitle(tr("Importing")));
    setSubTitle(tr("You can keep working; the import runs in the background."));
    setCommitPage(true);
    auto *box = new QVBoxLayout(this);
    box->setSpacing(12);
    box->addStretch(1);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setMinimumHeight(22);
    box->addWidget(m_bar);
    m_status->setTextFormat(Qt::PlainText);
    box->addWidget(m_status);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    box->addWidget(m_cancel, 0, Qt::AlignLeft);
    box->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->cancelImport();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling… nothing will be imported."));
    });
}

void ImportRunPage::initializePage()
{
    ImportState &state = m_wizard->state();
    state.report.reset();
    state.runError = Error {};
    state.cancel->store(false);
    m_done = false;
    m_running = true;
    m_cancel->setEnabled(true);
    const int total = state.plan ? state.plan->validCount() : 0;
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(0);
    m_status->setText(plural(tr("Importing %Ln customer(s)…", nullptr, total), total));
    emit completeChanged();

    struct Outcome
    {
        std::optional<ImportReport> report;
        Error error;
    };
    auto outcome = std::make_shared<Outcome>();
    LocationDatabase &db = m_wizard->context().db();
    const QString region = m_wizard->context().phoneRegion();
    const Actor actor = m_wizard->context().actor();
    const std::shared_ptr<const ImportPlan> plan = state.plan;
    const ImportPolicy policy = state.policy;
    const std::shared_ptr<std::atomic<bool>> cancel = state.cancel;
    WorkerThread *worker = m_wizard->worker();
    QPointer<QProgressBar> bar = m_bar;
    const bool started = worker->start(
        [=, &db] {
            auto sibling = db.openSibling();
            if (!sibling) {
                outcome->error = sibling.error();
                return;
            }
            CustomerImporter importer(*sibling.value(), region);
            auto progress = [worker, bar](int done, int) {
                worker->post([bar, done] {
                    if (bar)
                        bar->setValue(done);
                });
            };
            auto r = importer.run(actor, *plan, policy, progress, cancel.get());
            if (r)
                outcome->report = r.value();
            else
                outcome->error = r.error();
        },
        [this, outcome] {
            ImportState &s = m_wizard->state();
            s.report = outcome->report;
            s.runError = outcome->error;
            m_running = false;
            m_done = true;
            m_cancel->setEnabled(false);
            emit completeChanged();
            if (s.report)
                emit m_wizard->imported(s.report->imported);
            if (m_wizard->currentPage() == this)
                m_wizard->next();
        });
    if (!started) {
        state.runError
            = makeError(ErrorCode::Conflict, tr("Spoke is still busy with the file; nothing was imported."));
        m_running = false;
        m_done = true;
        emit completeChanged();
    }
}

// ---------------------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(label(QString(), "sectionTitle", this))
    , m_detail(label(QString(), "hint", this))
    , m_imported(nullptr)
    , m_rejectedCount(nullptr)
    , m_duplicates(nullptr)
    , m_tiles(new QWidget(this))
    , m_rejectedTitle(label(tr("Rejected rows"), "cardTitle", this))
    , m_rejected(new QListWidget(this))
{
    setTitle(ImportWizard::pageTitle(tr("Import report")));
    setSubTitle(tr("What was imported, and what was left out and why."));
    setFinalPage(true);
    auto *box = new QVBoxLayout(this);
    box->setSpacing(10);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    box->addWidget(m_headline);
    m_detail->setTextFormat(Qt::PlainText);
    box->addWidget(m_detail);
    auto *tiles = new QHBoxLayout(m_tiles);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->setSpacing(12);
    tiles->addWidget(tile(tr("imported"), QColor(0x06, 0x76, 0x47), &m_imported, m_tiles));
    tiles->addWidget(tile(tr("rejected"), QColor(0xB4, 0x23, 0x18), &m_rejectedCount, m_tiles));
    tiles->addWidget(
        tile(tr("possible duplicates flagged for review"), QColor(0xB5, 0x47, 0x08), &m_duplicates, m_tiles));
    box->addWidget(m_tiles);
    box->addWidget(m_rejectedTitle);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setProperty("role", QStringLiteral("problems"));
    box->addWidget(m_rejected, 1);
}

void ImportReportPage::initializePage()
{
    const ImportState &state = m_wizard->state();
    m_rejected->clear();
    if (!state.report) {
        m_headline->setText(state.runError.code == ErrorCode::Cancelled ? tr("Import cancelled")
                                                                        : tr("Nothing was imported"));
        m_headline->setStyleSheet(QStringLiteral("QLabel { color: #B42318; }"));
        m_detail->setText(state.runError.message);
        m_tiles->hide();
        const bool listRows = state.plan && state.plan->invalidCount() > 0;
        m_rejectedTitle->setVisible(listRows);
        m_rejected->setVisible(listRows);
        if (listRows)
            for (const ImportRow &row : state.plan->rows)
                for (const QString &p : row.problems)
                    new QListWidgetItem(p, m_rejected);
        return;
    }
    const ImportReport &r = *state.report;
    m_headline->setText(plural(tr("%Ln customer(s) imported", nullptr, r.imported), r.imported));
    m_headline->setStyleSheet(QStringLiteral("QLabel { color: #067647; }"));
    m_detail->setText(r.flaggedDuplicates > 0
            ? tr("Review the possible duplicates from the Customers screen (Duplicates).")
            : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
    m_tiles->show();
    m_imported->setText(number(r.imported));
    m_rejectedCount->setText(number(r.rejected));
    m_duplicates->setText(number(r.flaggedDuplicates));
    m_rejectedTitle->setVisible(r.rejected > 0);
    m_rejected->setVisible(r.rejected > 0);
    for (const QString &line : r.rejectedRows)
        new QListWidgetItem(line, m_rejected);
}

QString ImportReportPage::headline() const
{
    return m_headline->text();
}

int ImportReportPage::importedCount() const
{
    const auto &r = m_wizard->state().report;
    return r ? r->imported : 0;
}

int ImportReportPage::rejectedCount() const
{
    const auto &r = m_wizard->state().report;
    return r ? r->rejected : 0;
}

int ImportReportPage::duplicatesCount() const
{
    const auto &r = m_wizard->state().report;
    return r ? r->flaggedDuplicates : 0;
}

} // namespace spoke::ui
