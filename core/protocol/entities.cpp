#include "core/protocol/entities.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace spoke::protocol {

const QStringList &knownEntities()
{
    static const QStringList names {entity::Customer, entity::Address, entity::Preference,
        entity::CustomerTimeline, entity::CustomerConsent, entity::Job, entity::JobSeries, entity::Crew,
        entity::Service, entity::Location, entity::LocationSettings, entity::Invoice, entity::CreditNote,
        entity::Payment, entity::Refund, entity::Allocation, entity::AuditHead, entity::JournalHead};
    return names;
}

bool isKnownEntity(const QString &name)
{
    return knownEntities().contains(name);
}

const QStringList &frozenInvoiceFields()
{
    // What the invoice says and adds up to; status, due date, notes and void stamps may move.
    static const QStringList fields {u"kind"_s, u"number"_s, u"issuedAt"_s, u"issueDate"_s, u"customerId"_s,
        u"billToName"_s, u"billToAddress"_s, u"currency"_s, u"taxSettings"_s, u"discountKind"_s,
        u"discountValue"_s, u"lines"_s, u"taxes"_s, u"subtotalMinor"_s, u"discountMinor"_s, u"netMinor"_s,
        u"taxMinor"_s, u"totalMinor"_s, u"creditedInvoiceId"_s};
    return fields;
}

bool isIssuedInvoice(const QJsonObject &payload)
{
    const QJsonValue number = payload.value(field::Number);
    if (number.isString() && !number.toString().isEmpty())
        return true;
    const QJsonValue status = payload.value(field::Status);
    return status.isString() && !status.toString().isEmpty() && status.toString() != "draft"_L1;
}

bool isAppendOnlyEntity(const QString &name)
{
    return name == entity::Payment || name == entity::Refund || name == entity::CreditNote;
}

QByteArray canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString payloadHash(const QJsonObject &payload)
{
    return sha256Hex(canonicalPayload(payload));
}

bool isValidRecordId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u':' || u == u'/' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace spoke::protocol
