#include "core/customers/customer.h"

#include <QCoreApplication>

namespace spoke {

QString CustomerAddress::oneLine() const
{
    QStringList parts;
    const QString streetUnit = unit.isEmpty() ? street : street + QStringLiteral(" ") + unit;
    for (const QString &p : {streetUnit, city, region, postalCode})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString Customer::displayName() const
{
    if (company)
        return companyName.trimmed();
    const QString full = QString(givenName.trimmed() + QStringLiteral(" ") + familyName.trimmed()).trimmed();
    return full.isEmpty() ? companyName.trimmed() : full;
}

QString addressKindKey(AddressKind kind)
{
    return kind == AddressKind::Billing ? QStringLiteral("billing") : QStringLiteral("service");
}

AddressKind addressKindFromKey(const QString &key)
{
    return key == QLatin1String("billing") ? AddressKind::Billing : AddressKind::Service;
}

QString preferenceKindKey(PreferenceKind kind)
{
    switch (kind) {
    case PreferenceKind::Do:
        return QStringLiteral("do");
    case PreferenceKind::Dont:
        return QStringLiteral("dont");
    case PreferenceKind::Note:
        break;
    }
    return QStringLiteral("note");
}

PreferenceKind preferenceKindFromKey(const QString &key)
{
    if (key == QLatin1String("do"))
        return PreferenceKind::Do;
    if (key == QLatin1String("dont"))
        return PreferenceKind::Dont;
    return PreferenceKind::Note;
}

QString preferenceKindLabel(PreferenceKind kind)
{
    switch (kind) {
    case PreferenceKind::Do:
        return QCoreApplication::translate("spoke::Preference", "DO");
    case PreferenceKind::Dont:
        return QCoreApplication::translate("spoke::Preference", "DON'T");
    case PreferenceKind::Note:
        break;
    }
    return QCoreApplication::translate("spoke::Preference", "NOTE");
}

QString consentChannelKey(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Email:
        return QStringLiteral("email");
    case ConsentChannel::Sms:
        return QStringLiteral("sms");
    case ConsentChannel::Phone:
        return QStringLiteral("phone");
    case ConsentChannel::Mail:
        break;
    }
    return QStringLiteral("mail");
}

ConsentChannel consentChannelFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    for (ConsentChannel c :
        {ConsentChannel::Email, ConsentChannel::Sms, ConsentChannel::Phone, ConsentChannel::Mail})
        if (consentChannelKey(c) == key)
            return c;
    if (ok)
        *ok = false;
    return ConsentChannel::Email;
}

} // namespace spoke
