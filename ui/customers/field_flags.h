#pragma once

#include "core/customers/customer_service.h"

#include <QPointer>
#include <QString>

#include <map>
#include <vector>

class QLabel;
class QWidget;

namespace spoke::ui {

/// Which widget shows which value ("givenName", "phones[1]"...) and where its message goes,
/// so every FieldIssue from CustomerService::validate lands next to the field it is about:
/// a red border and the reason in words. Values are never dropped or "fixed" silently.
class FieldFlags
{
public:
    void clearRegistry();
    void add(const QString &key, QWidget *field, QLabel *message);
    /// Clears every flag.
    void reset();
    /// Flags each issue; returns the issues no field was registered for (shown in the banner).
    std::vector<FieldIssue> apply(const std::vector<FieldIssue> &issues);

    QWidget *field(const QString &key) const;
    /// The message shown for the field, empty when it is fine.
    QString message(const QString &key) const;
    bool isFlagged(const QString &key) const;
    /// The first flagged field in registration order (to focus and scroll to).
    QWidget *firstFlagged() const;

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> message;
        bool flagged = false;
        int order = 0;
    };
    std::map<QString, Entry> m_entries;
    int m_next = 0;
};

} // namespace spoke::ui
