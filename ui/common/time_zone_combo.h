#pragma once

#include <QComboBox>

namespace spoke::ui {

/// Picks an IANA time zone ("America/New_York"); type any part of the name to filter.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    /// The chosen IANA id, or the typed text when it names no known zone.
    QString timeZoneId() const;
    /// Selects a zone by IANA id; false when the id is unknown.
    bool setTimeZoneId(const QString &id);
};

/// Picks an ISO 4217 currency code; common ones are listed, any three letters may be typed.
class CurrencyCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit CurrencyCombo(QWidget *parent = nullptr);
    QString currencyCode() const;
    void setCurrencyCode(const QString &code);
};

} // namespace spoke::ui
