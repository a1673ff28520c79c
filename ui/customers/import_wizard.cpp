#include "ui/customers/import_wizard.h"

#include "ui/customers/customer_style.h"
#include "ui/customers/import_pages.h"
#include "ui/customers/import_run_pages.h"
#include "ui/customers/worker_thread.h"

#include <QAbstractButton>
#include <QStyle>

namespace spoke::ui {

ImportWizard::ImportWizard(CustomersContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_worker(new WorkerThread(this))
    , m_source(new ImportSourcePage(this))
    , m_mapping(new ImportMappingPage(this))
    , m_check(new ImportCheckPage(this))
    , m_run(new ImportRunPage(this))
    , m_report(new ImportReportPage(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setStyleSheet(customers::screenStyleSheet());
    setPage(SourcePage, m_source);
    setPage(MappingPage, m_mapping);
    setPage(CheckPage, m_check);
    setPage(RunPage, m_run);
    setPage(ReportPage, m_report);
    setStartId(SourcePage);
    setButtonText(QWizard::FinishButton, tr("Done"));
    setPixmap(
        QWizard::LogoPixmap, customers::iconPixmap(QStringLiteral("upload"), 40, QColor(0x0E, 0x7C, 0x86)));
    setTitleFormat(Qt::RichText);
    for (QWizard::WizardButton b : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        QAbstractButton *primary = button(b);
        primary->setProperty("variant", QStringLiteral("primary"));
        primary->style()->unpolish(primary);
        primary->style()->polish(primary);
    }
    resize(900, 680);
}

ImportWizard::~ImportWizard()
{
    // The worker reads the state; stop it before the state goes.
    m_state.cancel->store(true);
    m_worker->wait();
}

QString ImportWizard::pageTitle(const QString &text)
{
    return QStringLiteral("<span style=\"font-size: 14pt; font-weight: 600;\">%1</span>")
        .arg(text.toHtmlEscaped());
}

void ImportWizard::setFilePath(const QString &path)
{
    m_source->load(path);
}

void ImportWizard::cancelImport()
{
    m_state.cancel->store(true);
}

void ImportWizard::reject()
{
    if (m_worker->isRunning() && currentId() == RunPage) {
        // Cancel stops the import (rolled back, nothing imported); the report says so.
        cancelImport();
        return;
    }
    m_state.cancel->store(true);
    m_worker->wait();
    QWizard::reject();
}

} // namespace spoke::ui
