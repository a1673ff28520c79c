#pragma once

#include "core/location/location_service.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace spoke::ui {

class CurrencyCombo;
class TimeZoneCombo;

/// The location profile's fields, shared by the first-run wizard and Settings.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    LocationProfile profile() const;
    void setProfile(const LocationProfile &profile);
    void setReadOnly(bool readOnly);

    QLineEdit *businessNameEdit() const { return m_name; }
    TimeZoneCombo *timeZoneCombo() const { return m_timeZone; }

signals:
    void edited();

private:
    QString m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    TimeZoneCombo *m_timeZone;
    CurrencyCombo *m_currency;
    QLineEdit *m_taxIds;
    QLineEdit *m_prefix;
};

} // namespace spoke::ui
