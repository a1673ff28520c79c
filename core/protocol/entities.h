#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace spoke::protocol {

/// Entity names that travel in push and pull (docs/sync-protocol.md, "Entities").
namespace entity {
inline constexpr QLatin1String Customer("customer");
inline constexpr QLatin1String Address("address");
inline constexpr QLatin1String Preference("preference");
inline constexpr QLatin1String CustomerTimeline("customer_timeline");
inline constexpr QLatin1String CustomerConsent("customer_consent");
inline constexpr QLatin1String Job("job");
inline constexpr QLatin1String JobSeries("job_series");
inline constexpr QLatin1String Crew("crew");
inline constexpr QLatin1String Service("service");
inline constexpr QLatin1String Location("location");
inline constexpr QLatin1String LocationSettings("location_settings");
inline constexpr QLatin1String Invoice("invoice");
inline constexpr QLatin1String CreditNote("credit_note");
inline constexpr QLatin1String Payment("payment");
inline constexpr QLatin1String Refund("refund");
inline constexpr QLatin1String Allocation("allocation"); ///< a payment or credit applied to an invoice
inline constexpr QLatin1String AuditHead("audit_head");
inline constexpr QLatin1String JournalHead("journal_head");
} // namespace entity

/// Every entity name the protocol knows.
[[nodiscard]] const QStringList &knownEntities();
[[nodiscard]] bool isKnownEntity(const QString &name);

/// Payload keys the ownership rules read.
namespace field {
inline constexpr QLatin1String BookedBy("bookedBy"); ///< job: "location" | "head_office"
inline constexpr QLatin1String Owner("owner"); ///< service: "location" | "head_office"
inline constexpr QLatin1String Status("status"); ///< invoice: "draft" until issued
inline constexpr QLatin1String Number("number"); ///< invoice: set when issued
inline constexpr QLatin1String Seq("seq"); ///< audit_head, journal_head: integer or decimal string
inline constexpr QLatin1String Hash("hash"); ///< audit_head, journal_head
} // namespace field

inline constexpr QLatin1String kHeadOffice("head_office");
inline constexpr QLatin1String kLocation("location");

/// Fields of an issued invoice that may never change (docs/sync-protocol.md).
[[nodiscard]] const QStringList &frozenInvoiceFields();
/// True when a stored invoice payload is issued: a non-empty "number" or a status other
/// than "draft".
[[nodiscard]] bool isIssuedInvoice(const QJsonObject &payload);
/// Payments, refunds and credit notes are append-only: every field is frozen once stored.
[[nodiscard]] bool isAppendOnlyEntity(const QString &entity);

/// The bytes a payload hash covers: compact JSON with sorted keys, as QJsonDocument writes
/// it (and as core's WriteTx::outbox() stores it).
[[nodiscard]] QByteArray canonicalPayload(const QJsonObject &payload);
/// Lower-case hex SHA-256 of canonicalPayload(payload).
[[nodiscard]] QString payloadHash(const QJsonObject &payload);
[[nodiscard]] QString sha256Hex(const QByteArray &data);

/// True for 1-128 characters of A-Z a-z 0-9 . _ : / -.
[[nodiscard]] bool isValidRecordId(const QString &id);

} // namespace spoke::protocol
