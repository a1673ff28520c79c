#pragma once

#include "core/customers/customer.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QVBoxLayout;

namespace spoke::ui {

class FieldFlags;

/// Several phone numbers or email addresses, each with a label and one marked preferred.
class ContactListEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Phone, Email };
    ContactListEditor(Kind kind, QWidget *parent = nullptr);

    void setPhones(const std::vector<CustomerPhone> &phones);
    void setEmails(const std::vector<CustomerEmail> &emails);
    /// The rows with a value, in order (blank rows are not values and are left out).
    std::vector<CustomerPhone> phones();
    std::vector<CustomerEmail> emails();
    /// Registers "phones[i]" / "emails[i]" for the values the last phones()/emails() returned.
    void registerFields(FieldFlags &flags, const QString &prefix) const;

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *valueField(int row) const { return m_rows.at(size_t(row)).value; }
    QComboBox *labelCombo(int row) const { return m_rows.at(size_t(row)).label; }
    QPushButton *addButton() const { return m_add; }

public slots:
    /// Adds an empty row and puts the cursor in it.
    void addRow();

private:
    struct Row
    {
        QString id;
        QWidget *host = nullptr;
        QComboBox *label = nullptr;
        QLineEdit *value = nullptr;
        QRadioButton *preferred = nullptr;
        QToolButton *remove = nullptr;
        QLabel *error = nullptr;
    };
    Row &appendRow(const QString &id, const QString &label, const QString &value, bool preferred);
    void removeRow(QWidget *host);

    Kind m_kind;
    QVBoxLayout *m_box;
    QButtonGroup *m_group;
    QPushButton *m_add;
    std::vector<Row> m_rows;
    std::vector<int> m_valueRows;
};

} // namespace spoke::ui
