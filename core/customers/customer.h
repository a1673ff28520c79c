#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace spoke {

struct CustomerPhone
{
    QString id;
    QString label; ///< "mobile", "home", "work" or free text
    QString number; ///< as typed
    QString e164; ///< normalised by CustomerService
    bool preferred = false;
};

struct CustomerEmail
{
    QString id;
    QString label;
    QString address;
    bool preferred = false;
};

enum class AddressKind { Billing, Service };

struct CustomerAddress
{
    QString id;
    AddressKind kind = AddressKind::Service;
    QString label; ///< "Home", "Rental on Elm St"
    QString street;
    QString unit;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString accessNotes; ///< "knock on the side door"
    QString parking;
    QString pets;
    QString entryInstructions;
    QString preferredCrew; ///< "send the same crew": a crew or technician name
    QString arrivalWindow; ///< "mornings 8–11"
    // Local-only: stay at the location, never synced, printed on work orders.
    QString gateCode;
    QString alarmCode;

    /// One line for lists and search results.
    QString oneLine() const;
};

enum class PreferenceKind { Do, Dont, Note };

/// "Downstairs bathroom: DO clean", "Kitchen, oven: DON'T".
struct CustomerPreference
{
    QString id;
    QString addressId; ///< empty: applies to every address
    QString area;
    PreferenceKind kind = PreferenceKind::Note;
    QString text;
};

enum class ConsentChannel { Email, Sms, Phone, Mail };

/// Marketing consent for one channel, with when and how it was given or withdrawn.
struct Consent
{
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QDateTime at;
    QString method; ///< "web form", "phone call", "paper form"
    QString recordedBy;
};

struct Customer
{
    QString id;
    bool company = false;
    QString givenName;
    QString familyName;
    QString companyName;
    QString preferredLanguage; ///< BCP 47, e.g. "ko", "fr-CA"
    QString preferredChannel; ///< "phone", "sms", "email"
    QDate birthday;
    QDate customerSince;
    QString source; ///< "referral", "web", "head-office campaign"...
    QString notes;
    QStringList tags;
    bool doNotService = false;
    QString doNotServiceReason;
    std::vector<CustomerPhone> phones;
    std::vector<CustomerEmail> emails;
    std::vector<CustomerAddress> addresses;
    std::vector<CustomerPreference> preferences;
    std::vector<Consent> consents;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool erased = false;

    /// "Hélène Dubois" or "Acme Property Management".
    QString displayName() const;
};

QString addressKindKey(AddressKind kind);
AddressKind addressKindFromKey(const QString &key);
QString preferenceKindKey(PreferenceKind kind);
PreferenceKind preferenceKindFromKey(const QString &key);
/// DO / DON'T / NOTE, translated.
QString preferenceKindLabel(PreferenceKind kind);
QString consentChannelKey(ConsentChannel channel);
ConsentChannel consentChannelFromKey(const QString &key, bool *ok = nullptr);

/// One entry of the customer's timeline: calls, notes, and later jobs, invoices, payments
/// and messages, each with who and when.
struct TimelineEntry
{
    QString id;
    QDateTime at;
    QString kind; ///< "call", "note", "created", "merged", "job", "invoice", ...
    QString actorName;
    QString summary;
};

/// A row of the customer list or of search results.
struct CustomerSummary
{
    QString id;
    QString displayName;
    QString phone; ///< preferred or first
    QString email;
    QString address; ///< first service address, one line
    QStringList tags;
    QDateTime lastActivity;
    bool doNotService = false;
};

} // namespace spoke
