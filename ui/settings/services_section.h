#pragma once

#include "core/schedule/catalog_service.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableView;

namespace spoke::ui {

class Banner;
class LocationContext;
class ServiceDialog;

/// The catalog as a table: every service, switched-off ones included (greyed).
class ServicesModel : public QAbstractTableModel
{
public:
    enum Column { Name, Category, Duration, Price, TaxClass, Owner, Active, ColumnCount };

    explicit ServicesModel(QObject *parent = nullptr);
    void setItems(std::vector<ServiceItem> items);
    const ServiceItem *item(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ServiceItem> m_items;
};

/// Settings > Services, for managers and owners: the location's own services (add, edit,
/// delete) and head office's (switch off or on here). Core checks every change again.
class ServicesSection : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesSection(LocationContext &context, QWidget *parent = nullptr);

    ServicesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool selectByName(const QString &name);
    /// The dialog opened last, while it is open (tests fill and accept it).
    ServiceDialog *openDialog() const;
    /// The banner's message (errors from core, confirmations).
    QString message() const;

    void reload();
    void addService();
    void editService();
    void toggleActive();
    void removeService();

private:
    const ServiceItem *selected() const;
    void updateButtons();
    void openDialogFor(const ServiceItem &item);
    void select(const QString &id);

    LocationContext &m_context;
    CatalogService m_catalog;
    ServicesModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_active;
    QPushButton *m_remove;
    Banner *m_banner;
    QPointer<ServiceDialog> m_dialog;
};

} // namespace spoke::ui
