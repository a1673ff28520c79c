#include "ui/settings/services_section.h"

#include "ui/common/icons.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"
#include "ui/common/widgets.h"
#include "ui/settings/money_text.h"
#include "ui/settings/service_dialog.h"
#include "ui/shell/location_context.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace spoke::ui {

ServicesModel::ServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ServicesModel::setItems(std::vector<ServiceItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const ServiceItem *ServicesModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

int ServicesModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

int ServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::data(const QModelIndex &index, int role) const
{
    const ServiceItem *s = item(index.row());
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return s->name;
        case Category:
            return s->category;
        case Duration:
            return durationText(s->durationMinutes);
        case Price:
            return money_text::format(s->priceMinor, s->currency, QLocale(), true);
        case TaxClass:
            return taxClassLabel(s->taxClass);
        case Owner:
            return s->owner == RecordOwner::HeadOffice ? ServicesSection::tr("Head office")
                                                       : ServicesSection::tr("This location");
        case Active:
            return s->active ? ServicesSection::tr("Offered") : ServicesSection::tr("Switched off");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !s->active)
        return theme::muted();
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Duration))
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && s->owner == RecordOwner::HeadOffice)
        return ServicesSection::tr("Set by head office; this location can only switch it off or on.");
    return {};
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return ServicesSection::tr("Service");
    case Category:
        return ServicesSection::tr("Category");
    case Duration:
        return ServicesSection::tr("Duration");
    case Price:
        return ServicesSection::tr("Price");
    case TaxClass:
        return ServicesSection::tr("Tax class");
    case Owner:
        return ServicesSection::tr("Owner");
    case Active:
        return ServicesSection::tr("Status");
    default:
        return {};
    }
}

ServicesSection::ServicesSection(LocationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_catalog(context.database(), context.profile().currency)
    , m_model(new ServicesModel(this))
    , m_table(new QTableView(this))
    , m_edit(nullptr)
    , m_active(nullptr)
    , m_remove(nullptr)
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("ServicesSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Services"), "sectionTitle", this));
    auto *hint = makeLabel(tr("What this location sells and books. Head office sets its own services and "
                              "their prices; you can switch those off here and add services of your own."),
        "hint", this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("&Add service…"), "primary", this);
    add->setObjectName(QStringLiteral("addService"));
    add->setIcon(icon(QStringLiteral("jobs"), Qt::white));
    m_edit = makeButton(tr("&Edit…"), "", this);
    m_edit->setObjectName(QStringLiteral("editService"));
    m_edit->setIcon(icon(QStringLiteral("edit"), theme::text()));
    m_active = makeButton(tr("S&witch off"), "", this);
    m_active->setObjectName(QStringLiteral("toggleService"));
    m_remove = makeButton(tr("&Delete"), "danger", this);
    m_remove->setObjectName(QStringLiteral("removeService"));
    for (QPushButton *b : {add, m_edit, m_active, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(38);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServicesModel::Name, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    connect(add, &QPushButton::clicked, this, &ServicesSection::addService);
    connect(m_edit, &QPushButton::clicked, this, &ServicesSection::editService);
    connect(m_active, &QPushButton::clicked, this, &ServicesSection::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &ServicesSection::removeService);
    connect(m_table, &QTableView::activated, this, &ServicesSection::editService);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ServicesSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServicesSection::updateButtons);
    reload();
}

void ServicesSection::reload()
{
    auto items = m_catalog.services(m_context.actor(), true);
    if (!items) {
        m_banner->show(Banner::Kind::Error, items.error().message);
        m_model->setItems({});
        return;
    }
    m_model->setItems(std::move(items.value()));
}

ServiceDialog *ServicesSection::openDialog() const
{
    return m_dialog;
}

QString ServicesSection::message() const
{
    return m_banner->text();
}

bool ServicesSection::selectByName(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->name == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ServicesSection::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

const ServiceItem *ServicesSection::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->item(rows.first().row());
}

void ServicesSection::updateButtons()
{
    const ServiceItem *s = selected();
    m_edit->setEnabled(s);
    m_active->setEnabled(s);
    m_active->setText(s && !s->active ? tr("S&witch on") : tr("S&witch off"));
    const bool local = s && s->owner == RecordOwner::Location;
    m_remove->setEnabled(local);
    m_remove->setToolTip(
        s && !local ? tr("Head-office services can't be deleted here; switch them off instead.") : QString());
}

void ServicesSection::openDialogFor(const ServiceItem &item)
{
    QStringList categories;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const QString c = m_model->item(row)->category; !c.isEmpty() && !categories.contains(c))
            categories << c;
    categories.sort(Qt::CaseInsensitive);
    const bool adding = item.id.isEmpty();
    auto *dialog = new ServiceDialog(
        item, categories,
        [this, adding](const ServiceItem &s) -> Status {
            auto id = m_catalog.save(m_context.actor(), s);
            if (!id)
                return id.error();
            reload();
            select(id.value());
            m_banner->show(Banner::Kind::Success,
                adding ? tr("“%1” was added to the catalog.").arg(s.name)
                       : tr("“%1” was saved.").arg(s.name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void ServicesSection::addService()
{
    m_banner->show(Banner::Kind::Info, QString());
    ServiceItem item;
    item.owner = RecordOwner::Location;
    item.currency = m_context.profile().currency;
    item.taxClass = QStringLiteral("standard");
    item.durationMinutes = 60;
    openDialogFor(item);
}

void ServicesSection::editService()
{
    const ServiceItem *s = selected();
    if (!s)
        return;
    m_banner->show(Banner::Kind::Info, QString());
    openDialogFor(*s);
}

void ServicesSection::toggleActive()
{
    const ServiceItem *s = selected();
    if (!s)
        return;
    ServiceItem changed = *s;
    changed.active = !changed.active;
    auto id = m_catalog.save(m_context.actor(), changed);
    if (!id) {
        m_banner->show(Banner::Kind::Error, id.error().message);
        return;
    }
    reload();
    select(changed.id);
    m_banner->show(Banner::Kind::Success,
        changed.active ? tr("“%1” is offered again.").arg(changed.name)
                       : tr("“%1” is switched off: it can no longer be booked here.").arg(changed.name));
}

void ServicesSection::removeService()
{
    const ServiceItem *s = selected();
    if (!s)
        return;
    const ServiceItem item = *s;
    if (Prompter::instance().ask(this, tr("Delete a service"),
            tr("Delete “%1” from the catalog? Jobs already booked keep it.").arg(item.name))
        != QMessageBox::Yes)
        return;
    if (Status st = m_catalog.remove(m_context.actor(), item.id); !st) {
        m_banner->show(Banner::Kind::Error, st.error().message);
        return;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("“%1” was deleted.").arg(item.name));
}

} // namespace spoke::ui
