#pragma once

#include "core/customers/customer.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace spoke::ui {

class FieldFlags;

/// The typed preferences: per row DO / DON'T / NOTE, the address it is about (or every
/// address), the area of the home and the text ("Kitchen, oven" — DON'T — "no oven
/// cleaning").
class PreferenceListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PreferenceListEditor(QWidget *parent = nullptr);

    /// The addresses a preference can point at: (id, title), in order.
    void setAddresses(const std::vector<std::pair<QString, QString>> &addresses);
    void setPreferences(const std::vector<CustomerPreference> &preferences);
    /// The rows with an area or a text, in order.
    std::vector<CustomerPreference> preferences();
    void registerFields(FieldFlags &flags, const QString &prefix) const;

    int rowCount() const { return int(m_rows.size()); }
    QComboBox *kindCombo(int row) const { return m_rows.at(size_t(row)).kind; }
    QComboBox *addressCombo(int row) const { return m_rows.at(size_t(row)).address; }
    QLineEdit *areaField(int row) const { return m_rows.at(size_t(row)).area; }
    QLineEdit *textField(int row) const { return m_rows.at(size_t(row)).text; }
    QPushButton *addButton() const { return m_add; }

public slots:
    void addRow();

private:
    struct Row
    {
        QString id;
        QWidget *host = nullptr;
        QComboBox *kind = nullptr;
        QComboBox *address = nullptr;
        QLineEdit *area = nullptr;
        QLineEdit *text = nullptr;
        QLabel *error = nullptr;
    };
    Row &appendRow(const CustomerPreference &preference);
    void fillAddresses(QComboBox *combo, const QString &selected) const;

    QVBoxLayout *m_box;
    QPushButton *m_add;
    std::vector<Row> m_rows;
    std::vector<int> m_valueRows;
    std::vector<std::pair<QString, QString>> m_addresses;
};

} // namespace spoke::ui
