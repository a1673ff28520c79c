#pragma once

#include "core/billing/money.h"

#include <QString>

#include <vector>

namespace spoke {

/// One tax of a class: "GST 5%" is {"GST", "GST", 50'000, false}. Rates are parts per million
/// (9.975% is 99'750), from 0 to 1'000'000 (100%).
struct TaxRate
{
    QString code;
    QString name;
    qint64 ppm = 0;
    /// Charged on the net plus every tax listed before it in the class (the old Québec QST
    /// and PEI PST rules); otherwise charged on the net alone.
    bool compound = false;
};

/// What a line is taxed with. A class with no rates is tax-exempt. At most three rates.
struct TaxClass
{
    QString code;
    QString name;
    std::vector<TaxRate> rates;
};

/// A discount on a line or on the whole invoice.
struct Discount
{
    enum class Kind { None, Percent, Amount };
    Kind kind = Kind::None;
    /// Percent: parts per million of what it discounts (10% is 100'000, at most 1'000'000).
    /// Amount: minor units of the invoice currency, at most what it discounts.
    qint64 value = 0;

    static Discount none() { return {}; }
    static Discount percent(qint64 ppm) { return {Kind::Percent, ppm}; }
    static Discount amount(qint64 minor) { return {Kind::Amount, minor}; }
};

/// One invoice line as entered. With tax-inclusive prices `unitPrice` includes tax.
struct PriceLine
{
    Money unitPrice;
    qint64 quantity = 1;
    Discount discount;
    QString taxClass;
};

enum class TaxRoundingScope {
    /// Each line's tax is rounded per rate, then the lines are added up.
    PerLine,
    /// Exact (unrounded) taxes are added up over the invoice and rounded once per rate;
    /// with tax-inclusive prices, once per tax class (see docs/money-and-tax.md).
    PerInvoice,
};

/// A location's tax settings.
struct TaxSettings
{
    bool pricesIncludeTax = false;
    RoundingMode rounding = RoundingMode::HalfUp;
    TaxRoundingScope scope = TaxRoundingScope::PerLine;
};

/// One rate's tax on one line, or on the whole invoice.
struct TaxAmount
{
    QString code;
    QString name;
    qint64 ppm = 0;
    qint64 minor = 0;
};

struct LineTotals
{
    /// unit price x quantity, as entered (net, or gross with tax-inclusive prices).
    qint64 extended = 0;
    qint64 lineDiscount = 0;
    /// This line's share of the invoice discount.
    qint64 invoiceDiscountShare = 0;
    /// extended - both discounts, as entered (net, or gross with tax-inclusive prices).
    qint64 amount = 0;
    qint64 net = 0;
    /// One entry per rate of the line's class, in the class's order.
    std::vector<TaxAmount> taxes;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct InvoiceTotals
{
    QString currency;
    std::vector<LineTotals> lines;
    /// Tax per rate code over the invoice, in the order the codes first appear.
    std::vector<TaxAmount> taxes;
    /// Sum of the lines' `extended` (as entered).
    qint64 subtotal = 0;
    qint64 lineDiscountTotal = 0;
    qint64 invoiceDiscount = 0;
    qint64 discountTotal = 0;
    qint64 netTotal = 0;
    qint64 taxTotal = 0;
    /// What the customer pays: netTotal + taxTotal, and the sum of the lines' gross.
    qint64 total = 0;
};

/// Checks that a tax class is usable (codes, rates in range, at most three rates, no repeated
/// rate code); the message says what is wrong.
Status validateTaxClass(const TaxClass &taxClass);

/// The totals of an invoice, exact to the minor unit, following the rules in
/// docs/money-and-tax.md. Refuses (ErrorCode::InvalidInput, translated message) an invoice with
/// no lines, a line in another currency, a negative price, a quantity below 1, an unknown
/// tax class, a discount that is negative or larger than what it discounts, a total of zero,
/// and anything that would not fit in 64 bits.
Result<InvoiceTotals> computeTotals(const std::vector<PriceLine> &lines, const Discount &invoiceDiscount,
    const std::vector<TaxClass> &taxClasses, const TaxSettings &settings, const QString &currency);

} // namespace spoke
