#include "ui/billing/batch_export.h"

#include "ui/billing/billing_context.h"
#include "ui/billing/billing_widgets.h"
#include "ui/print/document_printer.h"

#include <QDir>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace spoke::ui {

namespace {
constexpr int kPreparedPerSlice = 10;
}

BatchExport::BatchExport(
    BillingContext &context, QStringList invoiceIds, PaperFormat paper, QString folder, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_ids(std::move(invoiceIds))
    , m_paper(paper)
    , m_folder(std::move(folder))
    , m_progress(new QProgressDialog(dialogParent))
{
    m_progress->setWindowTitle(billing_ui::Tr::tr("Export PDFs"));
    m_progress->setLabelText(billing_ui::plural(
        billing_ui::Tr::tr("Preparing %Ln document(s)…", nullptr, int(m_ids.size())), int(m_ids.size())));
    m_progress->setCancelButtonText(billing_ui::Tr::tr("Cancel"));
    m_progress->setRange(0, progressMaximum());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    connect(m_progress, &QProgressDialog::canceled, this, &BatchExport::cancel);
}

BatchExport::~BatchExport()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    if (m_progress)
        m_progress->deleteLater();
}

void BatchExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_progress->setValue(0);
    m_progress->show();
    QTimer::singleShot(0, this, &BatchExport::prepareSome);
}

void BatchExport::cancel()
{
    if (!m_running)
        return;
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(billing_ui::Tr::tr("Stopping after the current document…"));
    // While documents are still being read on this thread, stop now.
    if (!m_thread)
        finish(makeError(ErrorCode::Cancelled, billing_ui::Tr::tr("The export was cancelled.")));
}

void BatchExport::setProgress(int value)
{
    m_progressValue = qMax(m_progressValue, value);
    if (m_progress)
        m_progress->setValue(m_progressValue);
    emit progressed(m_progressValue, progressMaximum());
}

void BatchExport::prepareSome()
{
    if (!m_running || m_cancel)
        return;
    BillingDocuments documents = m_context.documents();
    const Actor actor = m_context.actor();
    for (int n = 0; n < kPreparedPerSlice && m_prepared < m_ids.size(); ++n, ++m_prepared) {
        auto view = m_context.invoices().view(actor, m_ids.at(m_prepared));
        if (!view) {
            finish(view.error());
            return;
        }
        QString name = DocumentPrinter::fileNameFor(billing_ui::documentTitle(view->kind, view->number));
        // Two drafts would share a name: number them.
        for (int k = 2; m_usedNames.contains(name, Qt::CaseInsensitive); ++k)
            name = DocumentPrinter::fileNameFor(
                QStringLiteral("%1 (%2)").arg(billing_ui::documentTitle(view->kind, view->number)).arg(k));
        m_usedNames << name;
        m_items.push_back(BatchItem {documents.invoiceHtml(view.value(), m_paper), name});
        // A modal progress dialog lets events through here: Cancel may have been pressed.
        setProgress(m_prepared + 1);
        if (!m_running || m_cancel)
            return;
    }
    if (m_prepared < m_ids.size()) {
        QTimer::singleShot(0, this, &BatchExport::prepareSome);
        return;
    }
    startWriting();
}

void BatchExport::startWriting()
{
    if (!m_running || m_cancel)
        return;
    if (m_progress)
        m_progress->setLabelText(
            billing_ui::plural(billing_ui::Tr::tr("Writing %Ln PDF file(s)…", nullptr, int(m_items.size())),
                int(m_items.size())));
    const int base = int(m_ids.size());
    m_thread = QThread::create([this, base] {
        m_result = exportPdfBatch(
            m_items, m_paper, m_folder,
            [this, base](int done, int) {
                QMetaObject::invokeMethod(
                    this, [this, base, done] { setProgress(base + done); }, Qt::QueuedConnection);
            },
            &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_result) {
            m_files = m_result.value();
            finish(Error {});
        } else {
            finish(m_result.error());
        }
    });
    m_thread->start();
}

void BatchExport::finish(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = std::move(error);
    if (m_error.code == ErrorCode::Cancelled && m_files.isEmpty()) {
        // A cancelled run keeps the files finished so far: tell which ones.
        const QDir folder(m_folder);
        for (const BatchItem &item : m_items)
            if (folder.exists(item.fileName))
                m_files << folder.filePath(item.fileName);
    }
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit finished(m_error.code == ErrorCode::None);
}

} // namespace spoke::ui
