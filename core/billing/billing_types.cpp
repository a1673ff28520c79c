#include "core/billing/billing_types.h"

#include <QCoreApplication>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Billing)
};

} // namespace

QString invoiceKindKey(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

InvoiceKind invoiceKindFromKey(const QString &key)
{
    return key == QLatin1String("credit_note") ? InvoiceKind::CreditNote : InvoiceKind::Invoice;
}

QString invoiceStatusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceStatus::Void:
        return QStringLiteral("void");
    }
    return QStringLiteral("draft");
}

InvoiceStatus invoiceStatusFromKey(const QString &key)
{
    if (key == QLatin1String("issued"))
        return InvoiceStatus::Issued;
    if (key == QLatin1String("void"))
        return InvoiceStatus::Void;
    return InvoiceStatus::Draft;
}

QString invoiceStatusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return Tr::tr("Draft");
    case InvoiceStatus::Issued:
        return Tr::tr("Issued");
    case InvoiceStatus::Void:
        return Tr::tr("Void");
    }
    return {};
}

QString paymentMethodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cheque:
        return QStringLiteral("cheque");
    case PaymentMethod::BankTransfer:
        return QStringLiteral("bank_transfer");
    case PaymentMethod::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool paymentMethodFromKey(const QString &key, PaymentMethod *out)
{
    for (PaymentMethod m : allPaymentMethods())
        if (paymentMethodKey(m) == key) {
            if (out)
                *out = m;
            return true;
        }
    return false;
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return Tr::tr("Cash");
    case PaymentMethod::Card:
        return Tr::tr("Card");
    case PaymentMethod::Cheque:
        return Tr::tr("Cheque");
    case PaymentMethod::BankTransfer:
        return Tr::tr("Bank transfer");
    case PaymentMethod::Other:
        return Tr::tr("Other");
    }
    return {};
}

const std::vector<PaymentMethod> &allPaymentMethods()
{
    static const std::vector<PaymentMethod> all {PaymentMethod::Cash, PaymentMethod::Card,
        PaymentMethod::Cheque, PaymentMethod::BankTransfer, PaymentMethod::Other};
    return all;
}

QString agingBucketName(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Current:
        return Tr::tr("Current");
    case AgingBucket::Days1To30:
        return Tr::tr("1–30 days");
    case AgingBucket::Days31To60:
        return Tr::tr("31–60 days");
    case AgingBucket::Days61To90:
        return Tr::tr("61–90 days");
    case AgingBucket::Over90:
        return Tr::tr("Over 90 days");
    }
    return {};
}

AgingBucket agingBucketFor(int daysPastDue)
{
    if (daysPastDue <= 0)
        return AgingBucket::Current;
    if (daysPastDue <= 30)
        return AgingBucket::Days1To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

} // namespace spoke
