#pragma once

#include "core/billing/billing_documents.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <vector>

class QThread;
class QWidget;

namespace spoke::ui {

class BillingContext;

/// Exports a selection of invoices and credit notes to PDF files in a folder, one file per
/// document, with a progress dialog whose Cancel stops at the next document. The documents
/// are read and laid out as HTML on the UI thread a few at a time (the database belongs to
/// it), then written by core's exportPdfBatch on a worker thread: the window never freezes.
class BatchExport : public QObject
{
    Q_OBJECT
public:
    BatchExport(BillingContext &context, QStringList invoiceIds, PaperFormat paper, QString folder,
        QWidget *dialogParent);
    ~BatchExport() override;

    /// Starts (returns at once); finished() tells the end.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QProgressDialog *progressDialog() const { return m_progress; }
    /// The files written (also after a cancel: the ones finished so far).
    QStringList files() const { return m_files; }
    /// ErrorCode::None when every file was written; Cancelled; or what went wrong.
    const Error &error() const { return m_error; }
    /// The highest progress value the dialog showed, and its maximum (2 per document: read, written).
    int progressValue() const { return m_progressValue; }
    int progressMaximum() const { return int(m_ids.size()) * 2; }

signals:
    void progressed(int value, int maximum);
    void finished(bool ok);

private:
    void prepareSome();
    void startWriting();
    void setProgress(int value);
    void finish(Error error);

    BillingContext &m_context;
    QStringList m_ids;
    PaperFormat m_paper;
    QString m_folder;
    QPointer<QProgressDialog> m_progress;
    std::vector<BatchItem> m_items;
    QStringList m_usedNames;
    int m_prepared = 0;
    int m_progressValue = 0;
    bool m_running = false;
    std::atomic_bool m_cancel {false};
    QThread *m_thread = nullptr;
    Result<QStringList> m_result {QStringList()};
    QStringList m_files;
    Error m_error;
};

} // namespace spoke::ui
