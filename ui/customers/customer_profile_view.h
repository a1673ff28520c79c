#pragma once

#include "core/customers/customer.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace spoke::ui {

class ConfirmDialog;
class CustomersContext;
class PreferenceChips;
class TimelineWidget;

/// One customer, read-only: name and flags, the DO / DON'T / NOTE preferences at the top
/// (ready for work orders), contacts, addresses with their local-only codes masked,
/// consent per channel, and the timeline with quick add. Edit, delete and erase are shown
/// only to roles that may use them.
class CustomerProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerProfileView(CustomersContext &context, QWidget *parent = nullptr);

    /// Loads and shows the customer; false (with the reason shown) when it cannot be read.
    bool showCustomer(const QString &id);
    void reload();
    const Customer &customer() const { return m_customer; }
    QString customerId() const { return m_customer.id; }
    void updatePermissions();

    /// Manager actions; each returns the open confirmation (tests click it).
    ConfirmDialog *requestDelete();
    ConfirmDialog *requestErase();

    /// Builds the billing part of a profile (balance, credit, invoices and payments); the
    /// shell sets it from the Invoices screen. Called on every load; may return nullptr.
    using BillingPart = std::function<QWidget *(const QString &customerId, QWidget *parent)>;
    void setBillingPart(BillingPart factory);
    QWidget *billingPart() const { return m_billingPart; }

    PreferenceChips *preferenceChips() const { return m_chips; }
    TimelineWidget *timeline() const { return m_timeline; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *bookButton() const { return m_book; }
    QToolButton *moreButton() const { return m_more; }

signals:
    void backRequested();
    void editRequested(const QString &id);
    /// "Book a job" (Ctrl+B): the shell opens quick booking for this customer.
    void bookJobRequested(const QString &id);
    void customerRemoved(const QString &id);
    void customerChanged(const QString &id);

private:
    void rebuild();
    QWidget *buildHeader();
    QWidget *buildContacts();
    QWidget *buildAddress(const CustomerAddress &address);
    QWidget *buildConsents();
    void rebuildBillingPart();

    CustomersContext &m_context;
    Customer m_customer;
    QPushButton *m_back;
    QPushButton *m_edit;
    QPushButton *m_book;
    QToolButton *m_more;
    QScrollArea *m_scroll;
    QWidget *m_headerHost;
    QVBoxLayout *m_headerBox;
    PreferenceChips *m_chips;
    QWidget *m_detailsHost;
    QVBoxLayout *m_detailsBox;
    TimelineWidget *m_timeline;
    QWidget *m_sideHost;
    QVBoxLayout *m_sideBox;
    BillingPart m_billingFactory;
    QWidget *m_billingPart = nullptr;
};

} // namespace spoke::ui
