#pragma once

#include "core/customers/customer.h"
#include "ui/customers/field_flags.h"

#include <QDialog>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace spoke::ui {

class AddressEditor;
class ConsentEditor;
class ContactListEditor;
class CustomersContext;
class PreferenceListEditor;

/// Creates or edits one customer. Save runs CustomerService::validate first and flags each
/// bad value next to its field (red border and the reason); nothing is saved until every
/// value is right, and no value is dropped. Open it with open() (it does not block).
class CustomerEditor : public QDialog
{
    Q_OBJECT
public:
    /// customer.id empty: a new customer.
    CustomerEditor(CustomersContext &context, const Customer &customer, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id.isEmpty(); }
    /// Validates, flags and saves; true when saved (the dialog then closes).
    bool save();

    const FieldFlags &flags() const { return m_flags; }
    QString bannerText() const;
    QLineEdit *givenNameField() const { return m_given; }
    QLineEdit *familyNameField() const { return m_family; }
    QLineEdit *companyNameField() const { return m_company; }
    QLineEdit *tagsField() const { return m_tags; }
    QLineEdit *birthdayField() const { return m_birthday; }
    ContactListEditor *phoneEditor() const { return m_phones; }
    ContactListEditor *emailEditor() const { return m_emails; }
    PreferenceListEditor *preferenceEditor() const { return m_preferences; }
    ConsentEditor *consentEditor() const { return m_consent; }
    QCheckBox *doNotServiceBox() const { return m_dns; }
    int addressCount() const { return int(m_addresses.size()); }
    AddressEditor *addressEditor(int i) const { return m_addresses.at(size_t(i)); }
    AddressEditor *addAddress(AddressKind kind);
    QPushButton *saveButton() const { return m_save; }

signals:
    void saved(const QString &id);

private:
    QWidget *buildWho();
    QWidget *section(const QString &iconName, const QString &title, const QString &hint, QWidget *body);
    QWidget *block(const QString &label, QWidget *field, QLabel **error = nullptr);
    void setCompany(bool company);
    void refreshAddressChoices();
    void removeAddress(AddressEditor *editor);
    Customer collect(std::vector<FieldIssue> &issues);
    void registerFields();
    void showProblems(const std::vector<FieldIssue> &issues);
    void showBanner(const QString &text);

    CustomersContext &m_context;
    Customer m_original;
    FieldFlags m_flags;
    QScrollArea *m_scroll;
    QButtonGroup *m_kindGroup;
    QWidget *m_companyBlock = nullptr;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_company;
    QComboBox *m_language;
    QComboBox *m_channel;
    QLineEdit *m_birthday;
    QLineEdit *m_since;
    QComboBox *m_source;
    QLineEdit *m_tags;
    QCheckBox *m_dns;
    QLineEdit *m_dnsReason;
    QPlainTextEdit *m_notes;
    QLabel *m_givenError = nullptr;
    QLabel *m_companyError = nullptr;
    QLabel *m_birthdayError = nullptr;
    QLabel *m_sinceError = nullptr;
    QLabel *m_dnsError = nullptr;
    ContactListEditor *m_phones;
    ContactListEditor *m_emails;
    QVBoxLayout *m_addressBox = nullptr;
    std::vector<AddressEditor *> m_addresses;
    PreferenceListEditor *m_preferences;
    ConsentEditor *m_consent;
    QLabel *m_banner;
    QPushButton *m_save;
};

} // namespace spoke::ui
