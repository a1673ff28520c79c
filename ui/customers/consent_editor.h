#pragma once

#include "core/customers/customer.h"
#include "core/customers/customer_service.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace spoke::ui {

class FieldFlags;

/// Marketing consent per channel (email, text message, phone, post): yes or withdrawn,
/// how it was given, and when and by whom it was last recorded.
class ConsentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentEditor(QWidget *parent = nullptr);

    void setConsents(const std::vector<Consent> &consents);
    /// The channels whose decision changed, ready for CustomerService::setConsent.
    std::vector<Consent> changes() const;
    /// A changed decision must say how it was given ("consents[email]").
    std::vector<FieldIssue> validate() const;
    void registerFields(FieldFlags &flags) const;

    QComboBox *stateCombo(ConsentChannel channel) const;
    QComboBox *methodCombo(ConsentChannel channel) const;

    static QString fieldKey(ConsentChannel channel);

private:
    enum State { NotAsked, Granted, Withdrawn };
    struct Row
    {
        ConsentChannel channel;
        int original = NotAsked;
        QComboBox *state = nullptr;
        QComboBox *method = nullptr;
        QLabel *last = nullptr;
        QLabel *error = nullptr;
    };
    std::vector<Row> m_rows;
};

} // namespace spoke::ui
