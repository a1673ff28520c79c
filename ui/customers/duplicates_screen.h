#pragma once

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace spoke::ui {

class ConfirmDialog;
class CustomersContext;

/// Review of likely duplicates (same phone or email, similar name at the same address):
/// the open candidates in a list, the two customers side by side with the reason, and
/// "Merge into this one" under each (everything of both is kept) or "Not a duplicate".
class DuplicatesScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Side { Left, Right };

    explicit DuplicatesScreen(CustomersContext &context, QWidget *parent = nullptr);

    void reload();
    void updatePermissions();
    int candidateCount() const { return int(m_candidates.size()); }
    void selectCandidate(int index);
    const Customer &customerOn(Side side) const { return side == Side::Left ? m_left : m_right; }

    /// Asks to merge the other customer into the one on `side`; returns the open confirmation.
    ConfirmDialog *mergeInto(Side side);
    /// Marks the selected pair as not duplicates.
    bool dismissSelected();

    QListWidget *list() const { return m_list; }
    QPushButton *mergeButton(Side side) const { return side == Side::Left ? m_mergeLeft : m_mergeRight; }
    QPushButton *dismissButton() const { return m_dismiss; }

    static QString reasonText(const QString &reason);

signals:
    void backRequested();
    void customersChanged();
    /// A merge finished: the kept customer's id.
    void merged(const QString &keptId);

private:
    void showSelected();
    QWidget *buildCard(const Customer &c, const Customer &other);

    CustomersContext &m_context;
    std::vector<DuplicateCandidate> m_candidates;
    Customer m_left;
    Customer m_right;
    QLabel *m_count;
    QLabel *m_error;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_reason;
    QHBoxLayout *m_cards;
    QWidget *m_leftCard = nullptr;
    QWidget *m_rightCard = nullptr;
    QPushButton *m_mergeLeft;
    QPushButton *m_mergeRight;
    QPushButton *m_dismiss;
};

} // namespace spoke::ui
