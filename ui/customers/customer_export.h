#pragma once

#include "core/customers/customer_list_model.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace spoke::ui {

class CustomersContext;
class WorkerThread;

/// Export of all or the filtered customers to CSV or vCard, on a worker thread with its own
/// database connection (a large export must not freeze the front desk). Manager-only and
/// audited by core.
class CustomerExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, VCard };

    CustomerExport(CustomersContext &context, QObject *parent = nullptr);

    bool start(Format format, const CustomerListFilter &filter, const QString &path);
    /// The Export menu: all customers or the filtered list, as CSV or vCard. The filtered
    /// entries are enabled only while filtering() is true.
    static QMenu *createMenu(QWidget *parent, std::function<bool()> filtering,
        std::function<void(Format format, bool filteredOnly)> chosen);
    bool isRunning() const;

signals:
    void finished(bool ok, const QString &message);

private:
    CustomersContext &m_context;
    WorkerThread *m_worker;
};

} // namespace spoke::ui
