#include "ui/customers/field_flags.h"

#include "ui/customers/customer_style.h"

#include <QLabel>

namespace spoke::ui {

void FieldFlags::clearRegistry()
{
    reset();
    m_entries.clear();
    m_next = 0;
}

void FieldFlags::add(const QString &key, QWidget *field, QLabel *message)
{
    m_entries[key] = Entry {field, message, false, m_next++};
    if (message)
        message->hide();
}

void FieldFlags::reset()
{
    for (auto &[key, e] : m_entries) {
        customers::setInvalid(e.field, false);
        if (e.message) {
            e.message->clear();
            e.message->hide();
        }
        e.flagged = false;
    }
}

std::vector<FieldIssue> FieldFlags::apply(const std::vector<FieldIssue> &issues)
{
    std::vector<FieldIssue> unplaced;
    for (const FieldIssue &issue : issues) {
        auto it = m_entries.find(issue.field);
        if (it == m_entries.end() || !it->second.field) {
            unplaced.push_back(issue);
            continue;
        }
        Entry &e = it->second;
        customers::setInvalid(e.field, true);
        if (e.message) {
            // Two problems with one field are both shown.
            const QString text = e.flagged && !e.message->text().isEmpty()
                ? QString(e.message->text() + u'\n' + issue.message)
                : issue.message;
            e.message->setText(text);
            e.message->show();
        }
        e.flagged = true;
    }
    return unplaced;
}

QWidget *FieldFlags::field(const QString &key) const
{
    auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : it->second.field.data();
}

QString FieldFlags::message(const QString &key) const
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || !it->second.flagged)
        return QString();
    return it->second.message ? it->second.message->text() : QStringLiteral("!");
}

bool FieldFlags::isFlagged(const QString &key) const
{
    auto it = m_entries.find(key);
    return it != m_entries.end() && it->second.flagged;
}

QWidget *FieldFlags::firstFlagged() const
{
    const Entry *best = nullptr;
    for (const auto &[key, e] : m_entries)
        if (e.flagged && e.field && (!best || e.order < best->order))
            best = &e;
    return best ? best->field.data() : nullptr;
}

} // namespace spoke::ui
