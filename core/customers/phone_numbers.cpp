#include "core/customers/phone_numbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <phonenumbers/phonenumberutil.h>

namespace spoke {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::PhoneNumbers)
};

} // namespace

namespace {

Result<NormalizedPhone> parsePhone(const QString &typed, const QString &region);

} // namespace

Result<NormalizedPhone> normalizePhone(const QString &typed, const QString &region)
{
    // libphonenumber's parser runs regular expressions and dominates an import; a save or
    // an import normalises the same number several times (validate, write, index), so
    // each thread remembers recent answers.
    thread_local QHash<QString, Result<NormalizedPhone>> cache;
    const QString key = region + u'|' + typed;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 4096)
        cache.clear();
    auto result = parsePhone(typed, region);
    if (result) // errors are translated text: a later language switch must see fresh ones
        cache.insert(key, result);
    return result;
}

namespace {

Result<NormalizedPhone> parsePhone(const QString &typed, const QString &region)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter a phone number."));
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), region.toUpper().toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return makeError(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a phone number.").arg(trimmed));
    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return makeError(ErrorCode::InvalidInput, Tr::tr("\"%1\" has an unknown country code.").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::INVALID_LENGTH:
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("\"%1\" is too short for a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG:
        return makeError(
            ErrorCode::InvalidInput, Tr::tr("\"%1\" is too long for a phone number.").arg(trimmed));
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    return NormalizedPhone {QString::fromStdString(e164), QString::fromStdString(national)};
}

} // namespace

QString formatPhoneInternational(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString phoneRegionForTimeZone(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toLatin1());
    if (!zone.isValid() || zone.country() == QLocale::AnyCountry)
        return QStringLiteral("US");
    const QString code = QLocale::territoryToCode(zone.country());
    return code.size() == 2 ? code : QStringLiteral("US");
}

} // namespace spoke
