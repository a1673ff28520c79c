#pragma once

#include "core/billing/billing_documents.h"
#include "core/storage/actor.h"
#include "core/util/clock.h"
#include "ui/billing/billing_print.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimeZone;

namespace spoke {
class LocationDatabase;
}

namespace spoke::ui {

class BatchExport;
class BillingContext;
class CashUpView;
class CustomerBillingCard;
class DraftEditor;
class InvoiceListModel;
class PaymentDialog;
class ReceivablesView;

/// The Invoices screen: invoices and credit notes (drafts, open, all; search by number or
/// customer), the daily cash-up, and receivables for managers. From the list: a new draft,
/// an invoice's view with its actions, a payment, printing, and a PDF export of a selection
/// that runs in the background with progress and cancel.
///
/// Keys: Ctrl+N new invoice; Enter opens the selected one; Ctrl+P prints it; Ctrl+Shift+P
/// takes a payment on it; Ctrl+F searches.
class InvoicesPage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Invoices, CashUp, Receivables };
    enum class Filter { Drafts, Open, All };

    InvoicesPage(LocationDatabase &db, std::function<Actor()> currentActor, const QTimeZone &zone,
        const QString &currency, const QString &phoneRegion, Clock &clock, QWidget *parent = nullptr);
    ~InvoicesPage() override;

    BillingContext &context() const { return *m_context; }

    QTabWidget *tabs() const { return m_tabs; }
    /// Whether the person working now sees the tab (Receivables: managers).
    bool hasTab(Tab tab) const;
    bool showTab(Tab tab);
    CashUpView *cashUpView() const { return m_cashUp; }
    ReceivablesView *receivablesView() const { return m_receivables; }

    QTableView *table() const { return m_table; }
    InvoiceListModel *model() const { return m_model; }
    QComboBox *filterCombo() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *paymentButton() const { return m_payment; }
    QPushButton *exportButton() const { return m_export; }
    QString statusText() const;

    void setFilter(Filter filter);
    Filter filter() const;
    QStringList selectedIds() const;
    /// Selects (and scrolls to) a row; false when the list does not show it.
    bool selectInvoice(const QString &id);

    /// A new draft, for a customer when given (not blocking).
    DraftEditor *newDraft(const QString &customerId = QString());
    /// A draft opens in the editor, anything else in the invoice view (not blocking).
    QDialog *openInvoice(const QString &invoiceId);
    /// A payment on an invoice (the selected one when empty); nullptr when it cannot be paid.
    PaymentDialog *takePayment(const QString &invoiceId = QString());
    /// Prints (or previews, or saves) the selected invoice on the locale's paper.
    BillingPrint::Outcome printSelected(BillingPrint::Output output = BillingPrint::Output::Print);
    /// Asks for a folder, then exports the selected invoices (not blocking).
    BatchExport *exportSelected();
    BatchExport *exportPdfs(const QStringList &invoiceIds, const QString &folder, PaperFormat paper);

    /// The billing card for a customer's profile, wired to this page's dialogs; nullptr when
    /// the person working may not see invoices.
    CustomerBillingCard *customerCard(const QString &customerId, QWidget *parent);

public slots:
    void reload();
    void refreshPermissions();

signals:
    /// Something a customer owes or holds changed (profiles and timelines refresh).
    void billingChanged(const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildInvoicesTab();
    void changed(const QString &invoiceId, const QString &customerId);
    void showStatus(const QString &text, bool error);
    QString currentId() const;
    QWidget *tabWidget(Tab tab) const;
    /// Opens a draft editor (not blocking) whose saves, deletes and issues refresh the list.
    void watchEditor(DraftEditor *editor);

    std::unique_ptr<BillingContext> m_context;
    QStackedWidget *m_stack;
    QLabel *m_noAccess;
    QTabWidget *m_tabs;
    InvoiceListModel *m_model;
    QTableView *m_table = nullptr;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_payment = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    CashUpView *m_cashUp;
    ReceivablesView *m_receivables;
    BatchExport *m_lastExport = nullptr;
};

} // namespace spoke::ui
