// How billing values are encoded: dates and instants in SQL, tax settings, classes and
// totals in JSON columns, and the sync payloads of issued documents, payments and allocations.

#include "core/billing/billing_sql.h"

#include <QJsonDocument>

namespace spoke::billing_sql {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant instantOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(isoUtc(utc)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime instantFrom(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString discountKindKey(Discount::Kind kind)
{
    switch (kind) {
    case Discount::Kind::Percent:
        return QStringLiteral("percent");
    case Discount::Kind::Amount:
        return QStringLiteral("amount");
    case Discount::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

Discount::Kind discountKindFromKey(const QString &key)
{
    if (key == QLatin1String("percent"))
        return Discount::Kind::Percent;
    if (key == QLatin1String("amount"))
        return Discount::Kind::Amount;
    return Discount::Kind::None;
}

QJsonObject taxSettingsJson(const TaxSettings &s)
{
    return {{QStringLiteral("pricesIncludeTax"), s.pricesIncludeTax},
        {QStringLiteral("rounding"),
            s.rounding == RoundingMode::HalfEven ? QStringLiteral("half_even") : QStringLiteral("half_up")},
        {QStringLiteral("scope"),
            s.scope == TaxRoundingScope::PerInvoice ? QStringLiteral("per_invoice")
                                                    : QStringLiteral("per_line")}};
}

TaxSettings taxSettingsFromJson(const QJsonObject &o)
{
    TaxSettings s;
    s.pricesIncludeTax = o.value(QStringLiteral("pricesIncludeTax")).toBool();
    s.rounding = o.value(QStringLiteral("rounding")).toString() == QLatin1String("half_even")
        ? RoundingMode::HalfEven
        : RoundingMode::HalfUp;
    s.scope = o.value(QStringLiteral("scope")).toString() == QLatin1String("per_invoice")
        ? TaxRoundingScope::PerInvoice
        : TaxRoundingScope::PerLine;
    return s;
}

QJsonArray ratesJson(const std::vector<TaxRate> &rates)
{
    QJsonArray out;
    for (const TaxRate &r : rates)
        out.append(QJsonObject {{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name},
            {QStringLiteral("ppm"), double(r.ppm)}, {QStringLiteral("compound"), r.compound}});
    return out;
}

std::vector<TaxRate> ratesFromJson(const QJsonArray &array)
{
    std::vector<TaxRate> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
            qint64(o.value(QStringLiteral("ppm")).toDouble()), o.value(QStringLiteral("compound")).toBool()});
    }
    return out;
}

QJsonArray taxClassesJson(const std::vector<TaxClass> &classes)
{
    QJsonArray out;
    for (const TaxClass &c : classes)
        out.append(QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name},
            {QStringLiteral("rates"), ratesJson(c.rates)}});
    return out;
}

std::vector<TaxClass> taxClassesFromJson(const QJsonArray &array)
{
    std::vector<TaxClass> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
            ratesFromJson(o.value(QStringLiteral("rates")).toArray())});
    }
    return out;
}

QJsonArray taxAmountsJson(const std::vector<TaxAmount> &taxes)
{
    QJsonArray out;
    for (const TaxAmount &t : taxes)
        out.append(QJsonObject {{QStringLiteral("code"), t.code}, {QStringLiteral("name"), t.name},
            {QStringLiteral("ppm"), double(t.ppm)}, {QStringLiteral("minor"), minorText(t.minor)}});
    return out;
}

std::vector<TaxAmount> taxAmountsFromJson(const QJsonArray &array)
{
    std::vector<TaxAmount> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
            qint64(o.value(QStringLiteral("ppm")).toDouble()), minorFrom(o.value(QStringLiteral("minor")))});
    }
    return out;
}

QJsonObject lineTotalsJson(const LineTotals &t)
{
    return {{QStringLiteral("extended"), minorText(t.extended)},
        {QStringLiteral("lineDiscount"), minorText(t.lineDiscount)},
        {QStringLiteral("invoiceDiscountShare"), minorText(t.invoiceDiscountShare)},
        {QStringLiteral("amount"), minorText(t.amount)}, {QStringLiteral("net"), minorText(t.net)},
        {QStringLiteral("taxes"), taxAmountsJson(t.taxes)}, {QStringLiteral("tax"), minorText(t.tax)},
        {QStringLiteral("gross"), minorText(t.gross)}};
}

LineTotals lineTotalsFromJson(const QJsonObject &o)
{
    LineTotals t;
    t.extended = minorFrom(o.value(QStringLiteral("extended")));
    t.lineDiscount = minorFrom(o.value(QStringLiteral("lineDiscount")));
    t.invoiceDiscountShare = minorFrom(o.value(QStringLiteral("invoiceDiscountShare")));
    t.amount = minorFrom(o.value(QStringLiteral("amount")));
    t.net = minorFrom(o.value(QStringLiteral("net")));
    t.taxes = taxAmountsFromJson(o.value(QStringLiteral("taxes")).toArray());
    t.tax = minorFrom(o.value(QStringLiteral("tax")));
    t.gross = minorFrom(o.value(QStringLiteral("gross")));
    return t;
}

InvoiceTotals totalsFromLines(const QString &currency, const std::vector<LineTotals> &lines)
{
    InvoiceTotals out;
    out.currency = currency;
    out.lines = lines;
    for (const LineTotals &l : lines) {
        out.subtotal += l.extended;
        out.lineDiscountTotal += l.lineDiscount;
        out.invoiceDiscount += l.invoiceDiscountShare;
        out.netTotal += l.net;
        out.taxTotal += l.tax;
        out.total += l.gross;
        for (const TaxAmount &t : l.taxes) {
            auto it = std::find_if(
                out.taxes.begin(), out.taxes.end(), [&](const TaxAmount &x) { return x.code == t.code; });
            if (it == out.taxes.end())
                out.taxes.push_back(t);
            else
                it->minor += t.minor;
        }
    }
    out.discountTotal = out.lineDiscountTotal + out.invoiceDiscount;
    return out;
}

QJsonObject invoicePayload(const InvoiceView &v)
{
    QJsonArray lines;
    for (const InvoiceLineView &l : v.lines)
        lines.append(QJsonObject {{QStringLiteral("id"), l.line.id}, {QStringLiteral("jobId"), l.line.jobId},
            {QStringLiteral("serviceId"), l.line.serviceId},
            {QStringLiteral("description"), l.line.description},
            {QStringLiteral("quantity"), minorText(l.line.quantity)},
            {QStringLiteral("unitPriceMinor"), minorText(l.line.unitPriceMinor)},
            {QStringLiteral("discountKind"), discountKindKey(l.line.discount.kind)},
            {QStringLiteral("discountValue"), minorText(l.line.discount.value)},
            {QStringLiteral("taxClass"), l.line.taxClass},
            {QStringLiteral("totals"), lineTotalsJson(l.totals)}});
    const InvoiceTotals &t = v.totals;
    QJsonObject o {{QStringLiteral("id"), v.id}, {QStringLiteral("kind"), invoiceKindKey(v.kind)},
        {QStringLiteral("status"), invoiceStatusKey(v.status)}, {QStringLiteral("number"), v.number},
        {QStringLiteral("customerId"), v.customerId}, {QStringLiteral("billToName"), v.customerName},
        {QStringLiteral("billToAddress"), v.billingAddress}, {QStringLiteral("currency"), v.currency},
        {QStringLiteral("issueDate"), v.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("dueDate"), v.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("termsDays"), v.termsDays}, {QStringLiteral("notes"), v.notes},
        {QStringLiteral("taxSettings"), taxSettingsJson(v.taxSettings)},
        {QStringLiteral("discountKind"), discountKindKey(v.invoiceDiscount.kind)},
        {QStringLiteral("discountValue"), minorText(v.invoiceDiscount.value)},
        {QStringLiteral("lines"), lines}, {QStringLiteral("taxes"), taxAmountsJson(t.taxes)},
        {QStringLiteral("subtotalMinor"), minorText(t.subtotal)},
        {QStringLiteral("discountMinor"), minorText(t.discountTotal)},
        {QStringLiteral("netMinor"), minorText(t.netTotal)},
        {QStringLiteral("taxMinor"), minorText(t.taxTotal)},
        {QStringLiteral("totalMinor"), minorText(t.total)},
        {QStringLiteral("jobIds"), QJsonArray::fromStringList(v.jobIds)},
        {QStringLiteral("creditedInvoiceId"), v.creditedInvoiceId}, {QStringLiteral("reason"), v.reason},
        {QStringLiteral("issuedAt"), v.issuedAtUtc.isValid() ? isoUtc(v.issuedAtUtc) : QString()},
        {QStringLiteral("issuedBy"), v.issuedBy}};
    if (v.status == InvoiceStatus::Void) {
        o.insert(QStringLiteral("voidReason"), v.voidReason);
        o.insert(QStringLiteral("voidedAt"), isoUtc(v.voidedAtUtc));
    }
    return o;
}

QJsonObject paymentPayload(const PaymentView &p)
{
    QJsonObject o {{QStringLiteral("id"), p.id},
        {QStringLiteral("kind"), p.refund ? QStringLiteral("refund") : QStringLiteral("payment")},
        {QStringLiteral("receiptNumber"), p.receiptNumber}, {QStringLiteral("customerId"), p.customerId},
        {QStringLiteral("amountMinor"), minorText(p.amount.minor())},
        {QStringLiteral("currency"), p.amount.currency()},
        {QStringLiteral("method"), paymentMethodKey(p.method)}, {QStringLiteral("reference"), p.reference},
        {QStringLiteral("note"), p.note}, {QStringLiteral("receivedAt"), isoUtc(p.receivedAtUtc)},
        {QStringLiteral("takenBy"), p.takenBy}};
    if (p.refund) {
        o.insert(QStringLiteral("reason"), p.reason);
        o.insert(QStringLiteral("sourceKind"), p.refundedSourceKind);
        o.insert(QStringLiteral("sourceId"), p.refundedSourceId);
    }
    return o;
}

QJsonObject allocationPayload(const Allocation &a)
{
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("sourceKind"), a.sourceKind},
        {QStringLiteral("sourceId"), a.sourceId}, {QStringLiteral("invoiceId"), a.invoiceId},
        {QStringLiteral("amountMinor"), minorText(a.amountMinor)}, {QStringLiteral("at"), isoUtc(a.atUtc)}};
}

} // namespace spoke::billing_sql
