#pragma once

#include "core/schedule/scheduling_rules.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace spoke::ui {

class ScheduleContext;

/// Quick booking: find the customer (or type a new one), pick the services, and Spoke
/// proposes the next free slots that fit the time the services take, the skills they need,
/// everyone's working hours and the customer's preferred crew. Enter on a slot books it.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookingDialog(ScheduleContext &context, QWidget *parent = nullptr);

    /// Types a search and runs it at once (as typing does after a short pause).
    void findCustomer(const QString &text);
    /// Fills in a known customer (from their profile).
    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }

    QLineEdit *customerSearch() const { return m_search; }
    QListWidget *customerResults() const { return m_results; }
    QListWidget *serviceList() const { return m_services; }
    QListWidget *slotList() const { return m_slots; }
    QComboBox *repeatChoice() const { return m_repeat; }
    QSpinBox *visitCount() const { return m_count; }
    QLineEdit *crewNotes() const { return m_notes; }
    QLabel *customerSummary() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    const std::vector<SlotSuggestion> &suggestions() const { return m_suggestions; }

    /// New-customer fields (used when no existing customer is chosen).
    QLineEdit *newGivenName() const { return m_given; }
    QLineEdit *newFamilyName() const { return m_family; }
    QLineEdit *newPhone() const { return m_phone; }
    QLineEdit *newStreet() const { return m_street; }

    /// Checks the service with this name; returns false when it is not in the catalog.
    bool selectService(const QString &name, bool selected = true);
    /// Books the suggestion in that row of the slot list; true when booked.
    bool bookSlot(int row);
    /// Books a request without a time; true when booked.
    bool bookRequest();
    /// Recomputes the suggestions now (it also happens by itself after changes).
    void refreshSlots();

signals:
    void booked(const QString &jobId);

private:
    void runSearch();
    void chooseCustomer(const QString &id);
    Job draft() const;
    bool ensureCustomer();
    bool submit(Job job);

    ScheduleContext &m_context;
    QString m_customerId;
    QString m_addressId;
    QString m_preferredCrew;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_summary;
    QComboBox *m_address;
    QWidget *m_newForm;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_phone;
    QLineEdit *m_street;
    QListWidget *m_services;
    QLineEdit *m_notes;
    QComboBox *m_repeat;
    QSpinBox *m_count;
    QListWidget *m_slots;
    QLabel *m_error;
    QPushButton *m_request;
    QTimer *m_searchDelay;
    QTimer *m_slotDelay;
    std::vector<SlotSuggestion> m_suggestions;
};

} // namespace spoke::ui
