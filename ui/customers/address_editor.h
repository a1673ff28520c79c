#pragma once

#include "core/customers/customer.h"

#include <QFrame>

class QComboBox;
class QLineEdit;

namespace spoke::ui {

class SecretField;

/// One billing or service address with everything the crew needs (access notes, entry
/// instructions, parking, pets, preferred crew, arrival window) and the local-only gate
/// and alarm codes, masked, in a box that says they never leave the location.
class AddressEditor : public QFrame
{
    Q_OBJECT
public:
    /// A new address gets its id now, so preferences can point at it before it is saved.
    explicit AddressEditor(const CustomerAddress &address, QWidget *parent = nullptr);

    CustomerAddress address() const;
    QString id() const { return m_id; }
    /// Nothing typed at all: not a value, left out on save.
    bool isBlank() const;
    /// "Home — 12 Rue des Lilas", for the preference editor's address boxes.
    QString title() const;

    QLineEdit *streetField() const { return m_street; }
    SecretField *gateCodeField() const { return m_gate; }
    SecretField *alarmCodeField() const { return m_alarm; }

signals:
    void removeRequested(spoke::ui::AddressEditor *editor);
    void titleChanged();

private:
    QLineEdit *line(const QString &text, const QString &placeholder);

    QString m_id;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QLineEdit *m_street;
    QLineEdit *m_unit;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_postal;
    QLineEdit *m_country;
    QLineEdit *m_access;
    QLineEdit *m_entry;
    QLineEdit *m_parking;
    QLineEdit *m_pets;
    QLineEdit *m_crew;
    QLineEdit *m_window;
    SecretField *m_gate;
    SecretField *m_alarm;
};

} // namespace spoke::ui
