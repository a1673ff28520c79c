#include "ui/customers/customer_export.h"

#include "core/customers/customer_import.h"
#include "core/storage/location_database.h"
#include "ui/customers/customers_context.h"
#include "ui/customers/worker_thread.h"

#include <QAction>
#include <QDir>
#include <QMenu>

#include <memory>
#include <tuple>

namespace spoke::ui {

CustomerExport::CustomerExport(CustomersContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_worker(new WorkerThread(this))
{ }

bool CustomerExport::isRunning() const
{
    return m_worker->isRunning();
}

QMenu *CustomerExport::createMenu(QWidget *parent, std::function<bool()> filtering,
    std::function<void(Format format, bool filteredOnly)> chosen)
{
    auto *menu = new QMenu(parent);
    const std::tuple<QString, Format, bool> entries[] = {{tr("All customers as CSV…"), Format::Csv, false},
        {tr("All customers as vCard…"), Format::VCard, false},
        {tr("Filtered list as CSV…"), Format::Csv, true},
        {tr("Filtered list as vCard…"), Format::VCard, true}};
    for (const auto &[text, format, filtered] : entries) {
        if (filtered && menu->actions().size() == 2)
            menu->addSeparator();
        QAction *a = menu->addAction(text);
        a->setProperty("filtered", filtered);
        QObject::connect(a, &QAction::triggered, menu,
            [chosen, format = format, filtered = filtered] { chosen(format, filtered); });
    }
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, filtering] {
        const bool on = filtering();
        for (QAction *a : menu->actions())
            if (a->property("filtered").toBool())
                a->setEnabled(on);
    });
    return menu;
}

bool CustomerExport::start(Format format, const CustomerListFilter &filter, const QString &path)
{
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    const Actor actor = m_context.actor();
    LocationDatabase &db = m_context.db();
    const QString region = m_context.phoneRegion();
    return m_worker->start(
        [outcome, actor, &db, region, format, filter, path] {
            // A connection belongs to the thread that opens it: this one.
            auto sibling = db.openSibling();
            if (!sibling) {
                outcome->message = sibling.error().message;
                return;
            }
            CustomerImporter exporter(*sibling.value(), region);
            const Status s = format == Format::Csv ? exporter.exportCsv(actor, filter, path)
                                                   : exporter.exportVCards(actor, filter, path);
            outcome->ok = s.ok();
            outcome->message = s.ok() ? QString() : s.error().message;
        },
        [this, outcome, path] {
            emit finished(outcome->ok,
                outcome->ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : outcome->message);
        });
}

} // namespace spoke::ui
