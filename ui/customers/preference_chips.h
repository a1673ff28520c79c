#pragma once

#include "core/customers/customer.h"

#include <QFrame>
#include <QStringList>

class QVBoxLayout;

namespace spoke::ui {

/// The customer's DO / DON'T / NOTE preferences as coloured chips, grouped by service
/// address (DO green, DON'T red, NOTE grey): what a crew must know, at a glance.
class PreferenceChips : public QFrame
{
    Q_OBJECT
public:
    explicit PreferenceChips(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    /// "DON'T · Kitchen, oven: do not clean the oven", in display order (tests, tooltips).
    QStringList chipTexts() const { return m_texts; }

    /// The text one chip shows.
    static QString chipText(const CustomerPreference &preference);

private:
    QWidget *makeChip(const CustomerPreference &preference);

    QVBoxLayout *m_box;
    QStringList m_texts;
};

} // namespace spoke::ui
