#include "core/billing/tax.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::Billing)
};

__extension__ using Int128 = __int128;

constexpr qint64 kMillion = 1'000'000;
/// Exact amounts are kept as numerators over 10^18: with at most three rates of whole parts
/// per million, every tax of every compounding chain is a whole number of 10^-18 units.
constexpr Int128 kDen = Int128(1'000'000'000'000'000'000LL);
constexpr int kMaxRates = 3;

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error tooLarge()
{
    return invalid(Tr::tr("The invoice amounts are too large to be handled exactly."));
}

bool fits(Int128 v)
{
    return v >= Int128(std::numeric_limits<qint64>::min()) && v <= Int128(std::numeric_limits<qint64>::max());
}

Int128 roundDiv(Int128 n, Int128 d, RoundingMode mode)
{
    const bool negative = n < 0;
    const Int128 a = negative ? -n : n;
    Int128 q = a / d;
    const Int128 r = a % d;
    const Int128 rest = d - r;
    if (r > rest || (r == rest && (mode == RoundingMode::HalfUp || (q % 2) != 0)))
        ++q;
    return negative ? -q : q;
}

/// `total` (>= 0) split by non-negative `weights` with the largest-remainder rule; ties go to
/// the earlier index. All zero weights give all zero parts (callers only do that with total 0).
std::vector<Int128> largestRemainder(Int128 total, const std::vector<Int128> &weights)
{
    std::vector<Int128> parts(weights.size(), 0);
    const Int128 sum = std::accumulate(weights.begin(), weights.end(), Int128(0));
    if (sum == 0)
        return parts;
    std::vector<Int128> remainders(weights.size());
    Int128 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        parts[i] = total * weights[i] / sum;
        remainders[i] = total * weights[i] % sum;
        given += parts[i];
    }
    std::vector<size_t> order(weights.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (size_t k = 0; given < total; ++k, ++given)
        ++parts[order[k]];
    return parts;
}

/// A rounded `total` spread back over exact shares (numerators over kDen, >= 0): every share
/// rounded down, then the units left over one each to the largest fractions (earlier first).
std::vector<Int128> spreadRounded(Int128 total, const std::vector<Int128> &exact)
{
    std::vector<Int128> parts(exact.size());
    std::vector<Int128> fractions(exact.size());
    Int128 given = 0;
    for (size_t i = 0; i < exact.size(); ++i) {
        parts[i] = exact[i] / kDen;
        fractions[i] = exact[i] % kDen;
        given += parts[i];
    }
    std::vector<size_t> order(exact.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return fractions[a] > fractions[b]; });
    for (size_t k = 0; given < total && k < order.size(); ++k, ++given)
        ++parts[order[k]];
    return parts;
}

/// The exact tax of each rate on one unit of net, as numerators over kDen.
std::vector<Int128> unitTaxes(const TaxClass &taxClass)
{
    std::vector<Int128> out;
    Int128 previous = 0;
    for (const TaxRate &rate : taxClass.rates) {
        const Int128 base = kDen + (rate.compound ? previous : 0);
        out.push_back(base / kMillion * rate.ppm);
        previous += out.back();
    }
    return out;
}

/// Checked a * b and a + b in 128 bits.
bool mulOk(Int128 a, Int128 b, Int128 *out)
{
    return !__builtin_mul_overflow(a, b, out);
}

bool addOk(Int128 a, Int128 b, Int128 *out)
{
    return !__builtin_add_overflow(a, b, out);
}

/// The amount a discount takes off `base` (>= 0), or an error naming `what`.
Result<qint64> discountOf(const Discount &d, qint64 base, RoundingMode mode, const QString &what)
{
    switch (d.kind) {
    case Discount::Kind::None:
        return qint64(0);
    case Discount::Kind::Percent:
        if (d.value < 0)
            return invalid(Tr::tr("The discount on %1 cannot be negative.").arg(what));
        if (d.value > kMillion)
            return invalid(Tr::tr("The discount on %1 cannot be more than 100%.").arg(what));
        return qint64(roundDiv(Int128(base) * d.value, kMillion, mode));
    case Discount::Kind::Amount:
        if (d.value < 0)
            return invalid(Tr::tr("The discount on %1 cannot be negative.").arg(what));
        if (d.value > base)
            return invalid(Tr::tr("The discount on %1 is larger than the amount it discounts.").arg(what));
        return d.value;
    }
    return qint64(0);
}

} // namespace

Status validateTaxClass(const TaxClass &taxClass)
{
    if (taxClass.code.trimmed().isEmpty())
        return invalid(Tr::tr("A tax class needs a code."));
    if (taxClass.rates.size() > size_t(kMaxRates))
        return invalid(Tr::tr("Tax class %1 has more than %2 rates.").arg(taxClass.code).arg(kMaxRates));
    QStringList seen;
    for (const TaxRate &rate : taxClass.rates) {
        if (rate.code.trimmed().isEmpty())
            return invalid(Tr::tr("A rate of tax class %1 has no code.").arg(taxClass.code));
        if (seen.contains(rate.code))
            return invalid(Tr::tr("Tax class %1 lists %2 twice.").arg(taxClass.code, rate.code));
        seen.append(rate.code);
        if (rate.ppm < 0 || rate.ppm > kMillion)
            return invalid(
                Tr::tr("Tax %1 in class %2 must be between 0% and 100%.").arg(rate.code, taxClass.code));
    }
    return Status::success();
}

Result<InvoiceTotals> computeTotals(const std::vector<PriceLine> &lines, const Discount &invoiceDiscount,
    const std::vector<TaxClass> &taxClasses, const TaxSettings &settings, const QString &currency)
{
    if (!Money::isCurrencyCode(currency))
        return invalid(
            Tr::tr("\"%1\" is not a currency code (three capital letters, such as CAD).").arg(currency));
    if (lines.empty())
        return invalid(Tr::tr("An invoice needs at least one line."));

    // Tax classes by code, each checked, and one rate per rate code across classes.
    QHash<QString, size_t> classIndex;
    QHash<QString, qint64> ratePpm;
    for (size_t c = 0; c < taxClasses.size(); ++c) {
        const TaxClass &tc = taxClasses[c];
        if (Status s = validateTaxClass(tc); !s)
            return s.error();
        if (classIndex.contains(tc.code))
            return invalid(Tr::tr("Tax class %1 is defined twice.").arg(tc.code));
        classIndex.insert(tc.code, c);
        for (const TaxRate &rate : tc.rates) {
            if (auto it = ratePpm.constFind(rate.code); it != ratePpm.constEnd() && *it != rate.ppm)
                return invalid(Tr::tr("Tax %1 has two different rates in the tax classes.").arg(rate.code));
            ratePpm.insert(rate.code, rate.ppm);
        }
    }
    std::vector<std::vector<Int128>> unit(taxClasses.size());
    std::vector<Int128> factor(taxClasses.size()); // gross per unit of net, over kDen
    for (size_t c = 0; c < taxClasses.size(); ++c) {
        unit[c] = unitTaxes(taxClasses[c]);
        factor[c] = std::accumulate(unit[c].begin(), unit[c].end(), kDen);
    }

    InvoiceTotals out;
    out.currency = currency;
    out.lines.resize(lines.size());
    std::vector<size_t> lineClass(lines.size());

    // 1. Extended amounts and line discounts.
    for (size_t i = 0; i < lines.size(); ++i) {
        const PriceLine &line = lines[i];
        const QString which = Tr::tr("line %1").arg(i + 1);
        if (line.unitPrice.currency() != currency)
            return invalid(
                Tr::tr("Line %1 is priced in %2 but the invoice is in %3; an invoice has one currency.")
                    .arg(i + 1)
                    .arg(line.unitPrice.currency(), currency));
        if (line.unitPrice.minor() < 0)
            return invalid(
                Tr::tr("Line %1 has a negative price; corrections are made with a credit note.").arg(i + 1));
        if (line.quantity < 1)
            return invalid(Tr::tr("Line %1 has a quantity below 1; remove the line instead.").arg(i + 1));
        const auto cls = classIndex.constFind(line.taxClass);
        if (cls == classIndex.constEnd())
            return invalid(
                Tr::tr("Line %1 uses tax class \"%2\", which does not exist.").arg(i + 1).arg(line.taxClass));
        lineClass[i] = *cls;
        LineTotals &lt = out.lines[i];
        if (__builtin_mul_overflow(line.unitPrice.minor(), line.quantity, &lt.extended))
            return tooLarge();
        auto d = discountOf(line.discount, lt.extended, settings.rounding, which);
        if (!d)
            return d.error();
        lt.lineDiscount = *d;
        lt.amount = lt.extended - lt.lineDiscount;
        if (__builtin_add_overflow(out.subtotal, lt.extended, &out.subtotal))
            return tooLarge();
        out.lineDiscountTotal += lt.lineDiscount; // <= subtotal: cannot overflow
    }

    // 2. The invoice discount, spread over the lines in proportion to what is left of them.
    const qint64 afterLineDiscounts = out.subtotal - out.lineDiscountTotal;
    {
        auto d = discountOf(invoiceDiscount, afterLineDiscounts, settings.rounding, Tr::tr("the invoice"));
        if (!d)
            return d.error();
        out.invoiceDiscount = *d;
        std::vector<Int128> weights;
        for (const LineTotals &lt : out.lines)
            weights.push_back(lt.amount);
        const std::vector<Int128> shares = largestRemainder(out.invoiceDiscount, weights);
        for (size_t i = 0; i < lines.size(); ++i) {
            out.lines[i].invoiceDiscountShare = qint64(shares[i]);
            out.lines[i].amount -= qint64(shares[i]);
        }
        out.discountTotal = out.lineDiscountTotal + out.invoiceDiscount;
    }

    // 3. Net and taxes per line.
    for (size_t i = 0; i < lines.size(); ++i) {
        const TaxClass &tc = taxClasses[lineClass[i]];
        for (const TaxRate &rate : tc.rates)
            out.lines[i].taxes.push_back(TaxAmount {rate.code, rate.name, rate.ppm, 0});
    }
    const bool perLine = settings.scope == TaxRoundingScope::PerLine;
    if (!settings.pricesIncludeTax && perLine) {
        // Each rate rounded on the line; a compound rate's base includes the rounded taxes before it.
        for (size_t i = 0; i < lines.size(); ++i) {
            LineTotals &lt = out.lines[i];
            lt.net = lt.amount;
            Int128 previous = 0;
            for (size_t j = 0; j < lt.taxes.size(); ++j) {
                const TaxRate &rate = taxClasses[lineClass[i]].rates[j];
                const Int128 base = Int128(lt.net) + (rate.compound ? previous : 0);
                const Int128 tax = roundDiv(base * rate.ppm, kMillion, settings.rounding);
                if (!fits(tax))
                    return tooLarge();
                lt.taxes[j].minor = qint64(tax);
                previous += tax;
            }
        }
    } else if (!settings.pricesIncludeTax) {
        // Exact taxes added up per rate code over the invoice, rounded once, then spread back
        // over the lines so that every line still shows its part.
        QStringList codes;
        for (const LineTotals &lt : out.lines) {
            for (const TaxAmount &t : lt.taxes) {
                if (!codes.contains(t.code))
                    codes.append(t.code);
            }
        }
        for (LineTotals &lt : out.lines)
            lt.net = lt.amount;
        for (const QString &code : codes) {
            std::vector<Int128> exact(lines.size(), 0);
            Int128 sum = 0;
            for (size_t i = 0; i < lines.size(); ++i) {
                const auto &rates = taxClasses[lineClass[i]].rates;
                for (size_t j = 0; j < rates.size(); ++j) {
                    if (rates[j].code == code && !mulOk(out.lines[i].net, unit[lineClass[i]][j], &exact[i]))
                        return tooLarge();
                }
                if (!addOk(sum, exact[i], &sum))
                    return tooLarge();
            }
            const Int128 total = roundDiv(sum, kDen, settings.rounding);
            const std::vector<Int128> parts = spreadRounded(total, exact);
            for (size_t i = 0; i < lines.size(); ++i) {
                for (TaxAmount &t : out.lines[i].taxes) {
                    if (t.code == code)
                        t.minor = qint64(parts[i]);
                }
            }
        }
    } else if (perLine) {
        // Tax-inclusive, per line: net = gross / (1 + rates) rounded; tax = gross - net, shared
        // between the rates in proportion to their exact amounts (largest remainder).
        for (size_t i = 0; i < lines.size(); ++i) {
            LineTotals &lt = out.lines[i];
            const size_t c = lineClass[i];
            lt.net = qint64(roundDiv(Int128(lt.amount) * kDen, factor[c], settings.rounding));
            const std::vector<Int128> parts = largestRemainder(lt.amount - lt.net, unit[c]);
            for (size_t j = 0; j < parts.size(); ++j)
                lt.taxes[j].minor = qint64(parts[j]);
        }
    } else {
        // Tax-inclusive, per invoice: the same back-calculation once per tax class on the sum
        // of its lines, each rate's part then spread over the class's lines by their gross.
        for (size_t c = 0; c < taxClasses.size(); ++c) {
            std::vector<size_t> members;
            std::vector<Int128> grossWeights;
            Int128 gross = 0;
            for (size_t i = 0; i < lines.size(); ++i) {
                if (lineClass[i] == c) {
                    members.push_back(i);
                    grossWeights.push_back(out.lines[i].amount);
                    gross += out.lines[i].amount; // <= subtotal
                }
            }
            if (members.empty())
                continue;
            const Int128 net = roundDiv(gross * kDen, factor[c], settings.rounding);
            const std::vector<Int128> rateParts = largestRemainder(gross - net, unit[c]);
            for (size_t j = 0; j < rateParts.size(); ++j) {
                const std::vector<Int128> lineParts = largestRemainder(rateParts[j], grossWeights);
                for (size_t k = 0; k < members.size(); ++k)
                    out.lines[members[k]].taxes[j].minor = qint64(lineParts[k]);
            }
            for (size_t k = 0; k < members.size(); ++k) {
                LineTotals &lt = out.lines[members[k]];
                qint64 tax = 0;
                for (const TaxAmount &t : lt.taxes)
                    tax += t.minor;
                lt.net = lt.amount - tax;
            }
        }
    }

    // 4. Line and invoice sums; every sum is checked.
    for (LineTotals &lt : out.lines) {
        for (const TaxAmount &t : lt.taxes) {
            if (__builtin_add_overflow(lt.tax, t.minor, &lt.tax))
                return tooLarge();
            auto it = std::find_if(
                out.taxes.begin(), out.taxes.end(), [&](const TaxAmount &x) { return x.code == t.code; });
            if (it == out.taxes.end())
                it = out.taxes.insert(out.taxes.end(), TaxAmount {t.code, t.name, t.ppm, 0});
            if (__builtin_add_overflow(it->minor, t.minor, &it->minor))
                return tooLarge();
        }
        if (__builtin_add_overflow(lt.net, lt.tax, &lt.gross)
            || __builtin_add_overflow(out.netTotal, lt.net, &out.netTotal)
            || __builtin_add_overflow(out.taxTotal, lt.tax, &out.taxTotal)
            || __builtin_add_overflow(out.total, lt.gross, &out.total))
            return tooLarge();
    }
    if (out.total <= 0)
        return invalid(Tr::tr("The invoice total is zero; an invoice must be for a positive amount."));
    return out;
}

} // namespace spoke
