#pragma once

#include "core/customers/customer.h"

#include <QFrame>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace spoke::ui {

class CustomersContext;

/// The customer's timeline, newest first, with who and when; calls and notes are added
/// from the keyboard: Ctrl+Shift+C or Ctrl+Shift+N (shortcuts live on the profile), type,
/// Enter. Esc cancels.
class TimelineWidget : public QFrame
{
    Q_OBJECT
public:
    explicit TimelineWidget(CustomersContext &context, QWidget *parent = nullptr);

    void setCustomer(const QString &customerId);
    void reload();
    /// Opens the quick-add line for a "call" or a "note" and focuses it.
    void startQuickAdd(const QString &kind);
    void cancelQuickAdd();
    /// Shows or hides what the current role may not use.
    void updatePermissions();

    QLineEdit *quickAddField() const { return m_field; }
    int entryCount() const { return int(m_entries.size()); }
    const std::vector<TimelineEntry> &entries() const { return m_entries; }

signals:
    void entryAdded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    QWidget *entryWidget(const TimelineEntry &entry);

    CustomersContext &m_context;
    QString m_customerId;
    QString m_kind;
    std::vector<TimelineEntry> m_entries;
    QPushButton *m_call;
    QPushButton *m_note;
    QFrame *m_quick;
    QLabel *m_quickTitle;
    QLineEdit *m_field;
    QLabel *m_error;
    QWidget *m_list;
    QVBoxLayout *m_listBox;
    QLabel *m_empty;
};

} // namespace spoke::ui
