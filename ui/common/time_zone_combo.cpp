#include "ui/common/time_zone_combo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QTimeZone>

namespace spoke::ui {

namespace {

QString offsetText(const QTimeZone &zone)
{
    const int secs = zone.standardTimeOffset(QDateTime::currentDateTimeUtc());
    const int minutes = qAbs(secs) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(secs < 0 ? QChar(0x2212) : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Skip the legacy aliases ("EST5EDT", "Etc/GMT+5") that only confuse a picker.
        if (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/"))
            continue;
        const QTimeZone zone(id);
        addItem(QStringLiteral("%1  (%2)").arg(QString::fromLatin1(id), offsetText(zone)),
            QString::fromLatin1(id));
    }
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    if (!setTimeZoneId(QString::fromLatin1(QTimeZone::systemTimeZoneId())))
        setTimeZoneId(QStringLiteral("America/New_York"));
}

QString TimeZoneCombo::timeZoneId() const
{
    const int index = findText(currentText());
    if (index >= 0)
        return itemData(index).toString();
    return currentText().section(QLatin1Char(' '), 0, 0).trimmed();
}

bool TimeZoneCombo::setTimeZoneId(const QString &id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

CurrencyCombo::CurrencyCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QStringList common {QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("EUR"),
        QStringLiteral("GBP"), QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("KRW"),
        QStringLiteral("JPY"), QStringLiteral("CHF"), QStringLiteral("MXN"), QStringLiteral("AED"),
        QStringLiteral("SAR"), QStringLiteral("EGP"), QStringLiteral("MAD")};
    for (const QString &code : common)
        addItem(code);
    lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            lineEdit()->setText(text.toUpper());
    });
    const QString local = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    setCurrencyCode(local.size() == 3 ? local : QStringLiteral("USD"));
}

QString CurrencyCombo::currencyCode() const
{
    return currentText().trimmed().toUpper();
}

void CurrencyCombo::setCurrencyCode(const QString &code)
{
    const int index = findText(code);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(code);
}

} // namespace spoke::ui
