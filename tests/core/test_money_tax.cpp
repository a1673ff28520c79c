// Money and tax arithmetic: the worked examples of docs/money-and-tax.md (same numbers, worked
// out by hand there), every refusal rule, and property checks over 1,000 deterministic
// pseudo-random invoices (lines + tax == total, allocations add up, tax-inclusive prices land
// on the entered gross, and the rounded taxes match an independent computation).

#include "core/billing/money.h"
#include "core/billing/tax.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace spoke;
using namespace Qt::StringLiterals;

namespace {

TaxRate rate(const QString &code, qint64 ppm, bool compound = false)
{
    return TaxRate {code, code, ppm, compound};
}

/// The tax classes of every example (docs/money-and-tax.md, "Tax classes used below").
std::vector<TaxClass> classes()
{
    return {
        TaxClass {u"HST"_s, u"Ontario HST 13%"_s, {rate(u"HST"_s, 130'000)}},
        TaxClass {u"BC"_s, u"GST 5% + PST 7%"_s, {rate(u"GST"_s, 50'000), rate(u"PST"_s, 70'000)}},
        TaxClass {u"QC"_s, u"GST 5% + QST 9.975%"_s, {rate(u"GST"_s, 50'000), rate(u"QST"_s, 99'750)}},
        TaxClass {u"PEI"_s, u"GST 5% + PST 10% compound"_s,
            {rate(u"GST"_s, 50'000), rate(u"PEIPST"_s, 100'000, true)}},
        TaxClass {u"EXEMPT"_s, u"Exempt"_s, {}},
        TaxClass {u"JCT"_s, u"Japan consumption tax 10%"_s, {rate(u"JCT"_s, 100'000)}},
    };
}

qint64 ppmOf(const QString &percentText)
{
    const Result<Ratio> r = Ratio::fromPercentText(percentText);
    if (!r)
        qFatal("bad percent in test table");
    return r->numerator * 1'000'000 / r->denominator;
}

/// "10%" or "10.00" (an amount in `currency`), "" for none.
Discount discountOf(const QString &text, const QString &currency)
{
    if (text.isEmpty())
        return Discount::none();
    if (text.endsWith(u'%'))
        return Discount::percent(ppmOf(text.chopped(1)));
    return Discount::amount(Money::parse(text, currency)->minor());
}

/// "BC 129.50 x1 -15% ; HST 0.10 x3" -> lines.
std::vector<PriceLine> parseLines(const QString &spec, const QString &currency)
{
    std::vector<PriceLine> out;
    for (const QString &item : spec.split(u';')) {
        const QStringList f = item.simplified().split(u' ');
        PriceLine line;
        line.taxClass = f.at(0);
        const Result<Money> price = Money::parse(f.at(1), currency);
        if (!price)
            qFatal("bad price in test table");
        line.unitPrice = *price;
        line.quantity = f.at(2).mid(1).toLongLong();
        if (f.size() > 3)
            line.discount = discountOf(f.at(3).mid(1), currency);
        out.push_back(line);
    }
    return out;
}

QString taxesText(const std::vector<TaxAmount> &taxes)
{
    QStringList parts;
    for (const TaxAmount &t : taxes)
        parts.append(t.code + u'=' + QString::number(t.minor));
    return parts.join(u',');
}

QString lineTaxesText(const InvoiceTotals &totals)
{
    QStringList lines;
    for (const LineTotals &l : totals.lines) {
        QStringList parts;
        for (const TaxAmount &t : l.taxes)
            parts.append(QString::number(t.minor));
        lines.append(parts.isEmpty() ? u"-"_s : parts.join(u'+'));
    }
    return lines.join(u'|');
}

TaxSettings settingsOf(bool inclusive, const QString &scope, const QString &mode)
{
    TaxSettings s;
    s.pricesIncludeTax = inclusive;
    s.scope = scope == u"invoice" ? TaxRoundingScope::PerInvoice : TaxRoundingScope::PerLine;
    s.rounding = mode == u"even" ? RoundingMode::HalfEven : RoundingMode::HalfUp;
    return s;
}

} // namespace

class TestMoneyTax : public QObject
{
    Q_OBJECT

private slots:
    void minorDigits();
    void parse_data();
    void parse();
    void plainStringRoundTrips();
    void checkedArithmetic();
    void timesRatio_data();
    void timesRatio();
    void allocate_data();
    void allocate();
    void format();
    void workedExamples_data();
    void workedExamples();
    void refusals_data();
    void refusals();
    void zeroLineOnPositiveInvoice();
    void randomInvoices();
};

void TestMoneyTax::minorDigits()
{
    QCOMPARE(Money::minorDigits(u"CAD"_s), 2);
    QCOMPARE(Money::minorDigits(u"EUR"_s), 2);
    QCOMPARE(Money::minorDigits(u"JPY"_s), 0);
    QCOMPARE(Money::minorDigits(u"KRW"_s), 0);
    for (const QString &c : {u"KWD"_s, u"BHD"_s, u"JOD"_s, u"OMR"_s, u"TND"_s})
        QCOMPARE(Money::minorDigits(c), 3);
    QCOMPARE(Money::minorDigits(u"cad"_s), -1);
    QCOMPARE(Money::minorDigits(u"CA"_s), -1);
    QCOMPARE(Money::minorDigits(u"C4D"_s), -1);
    QCOMPARE(Money::minorDigits(QString()), -1);
}

void TestMoneyTax::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("two decimals") << u"129.50"_s << u"CAD"_s << true << qint64(12950);
    QTest::newRow("one decimal") << u"129.5"_s << u"CAD"_s << true << qint64(12950);
    QTest::newRow("whole") << u"129"_s << u"CAD"_s << true << qint64(12900);
    QTest::newRow("spaces around") << u"  7.05 "_s << u"CAD"_s << true << qint64(705);
    QTest::newRow("negative") << u"-0.01"_s << u"CAD"_s << true << qint64(-1);
    QTest::newRow("zero") << u"0"_s << u"CAD"_s << true << qint64(0);
    QTest::newRow("yen") << u"1234"_s << u"JPY"_s << true << qint64(1234);
    QTest::newRow("dinar") << u"1.5"_s << u"KWD"_s << true << qint64(1500);
    QTest::newRow("dinar three") << u"0.125"_s << u"KWD"_s << true << qint64(125);
    QTest::newRow("largest") << u"92233720368547758.07"_s << u"CAD"_s << true
                             << std::numeric_limits<qint64>::max();
    QTest::newRow("too many decimals") << u"129.505"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("yen decimals") << u"100.5"_s << u"JPY"_s << false << qint64(0);
    QTest::newRow("comma") << u"129,50"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("grouping") << u"1,234.50"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("symbol") << u"$12"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << u"CAD"_s << false << qint64(0);
    QTest::newRow("dot only") << u"."_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("leading dot") << u".5"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("trailing dot") << u"12."_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("two dots") << u"1.2.3"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("plus") << u"+5"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("overflow") << u"92233720368547758.08"_s << u"CAD"_s << false << qint64(0);
    QTest::newRow("bad currency") << u"1"_s << u"cad"_s << false << qint64(0);
}

void TestMoneyTax::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const Result<Money> m = Money::parse(text, currency);
    QCOMPARE(m.ok(), ok);
    if (ok) {
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency(), currency);
    } else {
        QCOMPARE(m.code(), ErrorCode::InvalidInput);
        QVERIFY(!m.error().message.isEmpty());
    }
}

void TestMoneyTax::plainStringRoundTrips()
{
    QCOMPARE(Money(12950, u"CAD"_s).toPlainString(), u"129.50"_s);
    QCOMPARE(Money(-5, u"CAD"_s).toPlainString(), u"-0.05"_s);
    QCOMPARE(Money(1234, u"JPY"_s).toPlainString(), u"1234"_s);
    QCOMPARE(Money(1005, u"KWD"_s).toPlainString(), u"1.005"_s);
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), u"CAD"_s).toPlainString(), u"-92233720368547758.08"_s);
    QRandomGenerator rng(42);
    for (int i = 0; i < 500; ++i) {
        const qint64 v = qint64(rng.generate64() >> 1) * (i % 2 ? 1 : -1) >> (i % 60);
        for (const QString &c : {u"CAD"_s, u"JPY"_s, u"KWD"_s}) {
            const Money m(v, c);
            QCOMPARE(Money::parse(m.toPlainString(), c)->minor(), v);
        }
    }
}

void TestMoneyTax::checkedArithmetic()
{
    const Money a(1050, u"CAD"_s);
    QCOMPARE(a.plus(Money(25, u"CAD"_s))->minor(), 1075);
    QCOMPARE(a.minus(Money(2000, u"CAD"_s))->minor(), -950);
    QCOMPARE(a.times(3)->minor(), 3150);
    // A currency mismatch is an error naming both currencies.
    const Result<Money> mixed = a.plus(Money(1, u"USD"_s));
    QVERIFY(!mixed);
    QCOMPARE(mixed.code(), ErrorCode::InvalidInput);
    QVERIFY(mixed.error().message.contains(u"USD"_s));
    QVERIFY(mixed.error().message.contains(u"CAD"_s));
    QVERIFY(!a.minus(Money(1, u"USD"_s)));
    // Overflow is an error, never a wrapped number.
    const qint64 max = std::numeric_limits<qint64>::max();
    QVERIFY(!Money(max, u"CAD"_s).plus(Money(1, u"CAD"_s)));
    QVERIFY(!Money(-max, u"CAD"_s).minus(Money(2, u"CAD"_s)));
    QCOMPARE(Money(-max, u"CAD"_s).minus(Money(1, u"CAD"_s))->minor(), std::numeric_limits<qint64>::min());
    QVERIFY(!Money(max / 2 + 1, u"CAD"_s).times(2));
    QVERIFY(!Money(max, u"CAD"_s).times(Ratio {3, 2}));
    QVERIFY(!Money(std::numeric_limits<qint64>::min(), u"CAD"_s).times(-1));
    // Operations on a malformed currency are refused.
    QVERIFY(!Money(1, u"xx"_s).plus(Money(1, u"xx"_s)));
    QVERIFY(!Money(1, u"CAD"_s).times(Ratio {-1, 2}));

    QCOMPARE(*divideRounded(5, 2, RoundingMode::HalfUp), 3);
    QCOMPARE(*divideRounded(5, 2, RoundingMode::HalfEven), 2);
    QCOMPARE(*divideRounded(7, 2, RoundingMode::HalfEven), 4);
    QCOMPARE(*divideRounded(-5, 2, RoundingMode::HalfUp), -3);
    QCOMPARE(*divideRounded(-5, 2, RoundingMode::HalfEven), -2);
    QCOMPARE(*divideRounded(-7, 3, RoundingMode::HalfUp), -2);
    QVERIFY(!divideRounded(1, 0, RoundingMode::HalfUp));

    const Result<Ratio> r = Ratio::fromPercentText(u"9.975"_s);
    QVERIFY(r);
    QCOMPARE(r->numerator * 1'000'000 / r->denominator, 99'750);
    QCOMPARE(
        Ratio::fromPercentText(u"13"_s)->numerator * 1'000'000 / Ratio::fromPercentText(u"13"_s)->denominator,
        130'000);
    QVERIFY(!Ratio::fromPercentText(u"9,975"_s));
    QVERIFY(!Ratio::fromPercentText(u"-5"_s));
    QVERIFY(!Ratio::fromPercentText(u"5."_s));
}

void TestMoneyTax::timesRatio_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("halfUp");
    QTest::addColumn<qint64>("halfEven");
    // 12950 x 5% = 647.5; 12950 x 7% = 906.5: the half goes up (away from zero) or to even.
    QTest::newRow("647.5") << qint64(12950) << qint64(50'000) << qint64(1'000'000) << qint64(648)
                           << qint64(648);
    QTest::newRow("906.5") << qint64(12950) << qint64(70'000) << qint64(1'000'000) << qint64(907)
                           << qint64(906);
    QTest::newRow("-906.5") << qint64(-12950) << qint64(70'000) << qint64(1'000'000) << qint64(-907)
                            << qint64(-906);
    QTest::newRow("below half") << qint64(9999) << qint64(99'750) << qint64(1'000'000) << qint64(997)
                                << qint64(997);
    QTest::newRow("thirds") << qint64(100) << qint64(1) << qint64(3) << qint64(33) << qint64(33);
    QTest::newRow("two thirds") << qint64(200) << qint64(1) << qint64(3) << qint64(67) << qint64(67);
    QTest::newRow("huge exact") << std::numeric_limits<qint64>::max() << qint64(1'000'000)
                                << qint64(1'000'000) << std::numeric_limits<qint64>::max()
                                << std::numeric_limits<qint64>::max();
}

void TestMoneyTax::timesRatio()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, halfUp);
    QFETCH(qint64, halfEven);
    const Money m(minor, u"CAD"_s);
    QCOMPARE(m.times(Ratio {num, den})->minor(), halfUp);
    QCOMPARE(m.times(Ratio {num, den}, RoundingMode::HalfEven)->minor(), halfEven);
}

void TestMoneyTax::allocate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("thirds") << qint64(100) << QList<qint64> {1, 1, 1} << QList<qint64> {34, 33, 33};
    // 1000 by 6000:4000 divides evenly.
    QTest::newRow("even") << qint64(1000) << QList<qint64> {6000, 4000} << QList<qint64> {600, 400};
    // 5 by 1:1:1:1 shares 1.25 each: one unit left, the earliest tie gets it.
    QTest::newRow("tie") << qint64(5) << QList<qint64> {1, 1, 1, 1} << QList<qint64> {2, 1, 1, 1};
    // 10 by 1:2:3:4 exactly 1,2,3,4; 11 by the same: 1.1,2.2,3.3,4.4 -> the .4 gets the unit.
    QTest::newRow("exact") << qint64(10) << QList<qint64> {1, 2, 3, 4} << QList<qint64> {1, 2, 3, 4};
    QTest::newRow("largest remainder")
        << qint64(11) << QList<qint64> {1, 2, 3, 4} << QList<qint64> {1, 2, 3, 5};
    QTest::newRow("zero weight") << qint64(7) << QList<qint64> {0, 1, 0} << QList<qint64> {0, 7, 0};
    QTest::newRow("negative amount") << qint64(-100) << QList<qint64> {1, 1, 1}
                                     << QList<qint64> {-34, -33, -33};
}

void TestMoneyTax::allocate()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, parts);
    const auto got = Money(amount, u"CAD"_s).allocate(std::vector<qint64>(weights.begin(), weights.end()));
    QVERIFY(got);
    QList<qint64> minors;
    for (const Money &m : *got)
        minors.append(m.minor());
    QCOMPARE(minors, parts);
    QVERIFY(!Money(1, u"CAD"_s).allocate({}));
    QVERIFY(!Money(1, u"CAD"_s).allocate({0, 0}));
    QVERIFY(!Money(1, u"CAD"_s).allocate({1, -1}));
    QVERIFY(!Money(1, u"CAD"_s).split(0));
    QCOMPARE(Money(1001, u"CAD"_s).split(4)->at(0).minor(), 251);
    QCOMPARE(Money(1001, u"CAD"_s).split(4)->at(3).minor(), 250);
}

void TestMoneyTax::format()
{
    // The locale's own currency gets its symbol; another currency its ISO code.
    const QLocale enUS(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money(123450, u"USD"_s).format(enUS), u"$1,234.50"_s);
    QCOMPARE(
        Money(-5, u"USD"_s).format(enUS), enUS.toCurrencyString(qlonglong(-1)).replace(u"1"_s, u"0.05"_s));
    const QString cad = Money(123450, u"CAD"_s).format(enUS);
    QVERIFY2(cad.contains(u"CAD"_s) && cad.contains(u"1,234.50"_s) && !cad.contains(u'$'), qPrintable(cad));
    const QLocale frCA(QLocale::French, QLocale::Canada);
    const QString fr = Money(123450, u"CAD"_s).format(frCA);
    QVERIFY2(fr.contains(u"234,50"_s) && fr.contains(u'$') && !fr.contains(u"CAD"_s), qPrintable(fr));
    QCOMPARE(Money(1234, u"JPY"_s).format(QLocale(QLocale::Japanese, QLocale::Japan)), u"￥1,234"_s);
    const QString kwd = Money(1005, u"KWD"_s).format(enUS);
    QVERIFY2(kwd.contains(u"1.005"_s) && kwd.contains(u"KWD"_s), qPrintable(kwd));
    // Exact far beyond what a double could hold.
    QVERIFY(Money(std::numeric_limits<qint64>::max(), u"USD"_s)
                .format(enUS)
                .contains(u"92,233,720,368,547,758.07"_s));
}

void TestMoneyTax::workedExamples_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("invoiceDiscount");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<QString>("taxes");
    QTest::addColumn<QString>("lineTaxes");
    QTest::addColumn<qint64>("total");

    // Numbered as in docs/money-and-tax.md; the working is written out there.
    QTest::newRow("W1 GST+PST half-up")
        << u"CAD"_s << u"BC 129.50 x1"_s << QString() << false << u"line"_s << u"up"_s << qint64(0)
        << qint64(12950) << u"GST=648,PST=907"_s << u"648+907"_s << qint64(14505);
    QTest::newRow("W2 GST+PST half-even")
        << u"CAD"_s << u"BC 129.50 x1"_s << QString() << false << u"line"_s << u"even"_s << qint64(0)
        << qint64(12950) << u"GST=648,PST=906"_s << u"648+906"_s << qint64(14504);
    QTest::newRow("W3 Quebec") << u"CAD"_s << u"QC 33.33 x3"_s << QString() << false << u"line"_s << u"up"_s
                               << qint64(0) << qint64(9999) << u"GST=500,QST=997"_s << u"500+997"_s
                               << qint64(11496);
    QTest::newRow("W4 compound") << u"CAD"_s << u"PEI 100.00 x1"_s << QString() << false << u"line"_s
                                 << u"up"_s << qint64(0) << qint64(10000) << u"GST=500,PEIPST=1050"_s
                                 << u"500+1050"_s << qint64(11550);
    QTest::newRow("W5 half a cent up")
        << u"CAD"_s << u"HST 0.50 x1"_s << QString() << false << u"line"_s << u"up"_s << qint64(0)
        << qint64(50) << u"HST=7"_s << u"7"_s << qint64(57);
    QTest::newRow("W6 half a cent even")
        << u"CAD"_s << u"HST 0.50 x1"_s << QString() << false << u"line"_s << u"even"_s << qint64(0)
        << qint64(50) << u"HST=6"_s << u"6"_s << qint64(56);
    QTest::newRow("W7 small lines per line")
        << u"CAD"_s << u"HST 0.10 x1; HST 0.10 x1; HST 0.10 x1"_s << QString() << false << u"line"_s
        << u"up"_s << qint64(0) << qint64(30) << u"HST=3"_s << u"1|1|1"_s << qint64(33);
    QTest::newRow("W8 small lines per invoice")
        << u"CAD"_s << u"HST 0.10 x1; HST 0.10 x1; HST 0.10 x1"_s << QString() << false << u"invoice"_s
        << u"up"_s << qint64(0) << qint64(30) << u"HST=4"_s << u"2|1|1"_s << qint64(34);
    QTest::newRow("W9 compound per line")
        << u"CAD"_s << u"PEI 0.15 x1; PEI 0.15 x1"_s << QString() << false << u"line"_s << u"up"_s
        << qint64(0) << qint64(30) << u"GST=2,PEIPST=4"_s << u"1+2|1+2"_s << qint64(36);
    QTest::newRow("W10 compound per invoice")
        << u"CAD"_s << u"PEI 0.15 x1; PEI 0.15 x1"_s << QString() << false << u"invoice"_s << u"up"_s
        << qint64(0) << qint64(30) << u"GST=2,PEIPST=3"_s << u"1+2|1+1"_s << qint64(35);
    QTest::newRow("W11 line discount 15%")
        << u"CAD"_s << u"BC 19.99 x2 -15%"_s << QString() << false << u"line"_s << u"up"_s << qint64(600)
        << qint64(3398) << u"GST=170,PST=238"_s << u"170+238"_s << qint64(3806);
    QTest::newRow("W12 invoice discount amount")
        << u"CAD"_s << u"HST 60.00 x1; EXEMPT 40.00 x1"_s << u"10.00"_s << false << u"line"_s << u"up"_s
        << qint64(1000) << qint64(9000) << u"HST=702"_s << u"702|-"_s << qint64(9702);
    QTest::newRow("W13 invoice discount remainder")
        << u"CAD"_s << u"HST 10.00 x1; HST 10.00 x1; HST 10.00 x1"_s << u"1.00"_s << false << u"line"_s
        << u"up"_s << qint64(100) << qint64(2900) << u"HST=378"_s << u"126|126|126"_s << qint64(3278);
    QTest::newRow("W14 inclusive HST")
        << u"CAD"_s << u"HST 10.00 x1"_s << QString() << true << u"line"_s << u"up"_s << qint64(0)
        << qint64(885) << u"HST=115"_s << u"115"_s << qint64(1000);
    QTest::newRow("W15 inclusive uneven")
        << u"CAD"_s << u"HST 9.99 x3"_s << QString() << true << u"line"_s << u"up"_s << qint64(0)
        << qint64(2652) << u"HST=345"_s << u"345"_s << qint64(2997);
    QTest::newRow("W16 inclusive Quebec")
        << u"CAD"_s << u"QC 114.98 x1"_s << QString() << true << u"line"_s << u"up"_s << qint64(0)
        << qint64(10000) << u"GST=500,QST=998"_s << u"500+998"_s << qint64(11498);
    QTest::newRow("W17 inclusive per line")
        << u"CAD"_s << u"HST 0.99 x1; HST 0.99 x1; HST 0.99 x1"_s << QString() << true << u"line"_s << u"up"_s
        << qint64(0) << qint64(264) << u"HST=33"_s << u"11|11|11"_s << qint64(297);
    QTest::newRow("W18 inclusive per invoice")
        << u"CAD"_s << u"HST 0.99 x1; HST 0.99 x1; HST 0.99 x1"_s << QString() << true << u"invoice"_s
        << u"up"_s << qint64(0) << qint64(263) << u"HST=34"_s << u"12|11|11"_s << qint64(297);
    QTest::newRow("W19 yen") << u"JPY"_s << u"JCT 1234 x1"_s << QString() << false << u"line"_s << u"up"_s
                             << qint64(0) << qint64(1234) << u"JCT=123"_s << u"123"_s << qint64(1357);
    QTest::newRow("W20 invoice discount 10%")
        << u"CAD"_s << u"BC 33.33 x1; EXEMPT 16.67 x1"_s << u"10%"_s << false << u"line"_s << u"up"_s
        << qint64(500) << qint64(4500) << u"GST=150,PST=210"_s << u"150+210|-"_s << qint64(4860);
}

void TestMoneyTax::workedExamples()
{
    QFETCH(QString, currency);
    QFETCH(QString, lines);
    QFETCH(QString, invoiceDiscount);
    QFETCH(bool, inclusive);
    QFETCH(QString, scope);
    QFETCH(QString, mode);
    QFETCH(qint64, discount);
    QFETCH(qint64, net);
    QFETCH(QString, taxes);
    QFETCH(QString, lineTaxes);
    QFETCH(qint64, total);

    const Result<InvoiceTotals> t = computeTotals(parseLines(lines, currency),
        discountOf(invoiceDiscount, currency), classes(), settingsOf(inclusive, scope, mode), currency);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->currency, currency);
    QCOMPARE(t->discountTotal, discount);
    QCOMPARE(t->netTotal, net);
    QCOMPARE(taxesText(t->taxes), taxes);
    QCOMPARE(lineTaxesText(*t), lineTaxes);
    QCOMPARE(t->total, total);
    QCOMPARE(t->netTotal + t->taxTotal, t->total);
}

void TestMoneyTax::refusals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("invoiceDiscount");
    QTest::addColumn<QString>("needle"); // a word the message must contain

    QTest::newRow("zero total") << u"CAD"_s << u"HST 0.00 x1"_s << QString() << u"zero"_s;
    QTest::newRow("fully discounted") << u"CAD"_s << u"HST 10.00 x1"_s << u"100%"_s << u"zero"_s;
    QTest::newRow("line fully discounted") << u"CAD"_s << u"HST 10.00 x1 -10.00"_s << QString() << u"zero"_s;
    QTest::newRow("negative price") << u"CAD"_s << u"HST -1.00 x1"_s << QString() << u"credit note"_s;
    QTest::newRow("quantity zero") << u"CAD"_s << u"HST 1.00 x0"_s << QString() << u"quantity"_s;
    QTest::newRow("quantity negative") << u"CAD"_s << u"HST 1.00 x-2"_s << QString() << u"quantity"_s;
    QTest::newRow("line discount too big") << u"CAD"_s << u"HST 1.00 x1 -1.01"_s << QString() << u"larger"_s;
    QTest::newRow("line discount over 100%")
        << u"CAD"_s << u"HST 1.00 x1 -100.5%"_s << QString() << u"100%"_s;
    QTest::newRow("invoice discount too big")
        << u"CAD"_s << u"HST 1.00 x1 -0.50; EXEMPT 1.00 x1"_s << u"1.51"_s << u"larger"_s;
    QTest::newRow("unknown class") << u"CAD"_s << u"VAT 1.00 x1"_s << QString() << u"VAT"_s;
    QTest::newRow("bad currency") << u"cad"_s << u"HST 1.00 x1"_s << QString() << u"currency"_s;
    QTest::newRow("overflow quantity")
        << u"CAD"_s << u"HST 92233720368547758.07 x2"_s << QString() << u"too large"_s;
    QTest::newRow("overflow sum") << u"CAD"_s << u"EXEMPT 92233720368547758.07 x1; EXEMPT 0.01 x1"_s
                                  << QString() << u"too large"_s;
    QTest::newRow("overflow tax") << u"CAD"_s << u"HST 92233720368547758.07 x1"_s << QString()
                                  << u"too large"_s;
}

void TestMoneyTax::refusals()
{
    QFETCH(QString, currency);
    QFETCH(QString, lines);
    QFETCH(QString, invoiceDiscount);
    QFETCH(QString, needle);
    const QString parseCurrency = Money::isCurrencyCode(currency) ? currency : u"CAD"_s;
    std::vector<PriceLine> parsed = parseLines(lines, parseCurrency);
    for (PriceLine &l : parsed)
        l.unitPrice = Money(l.unitPrice.minor(), currency);
    for (const TaxSettings &s : {settingsOf(false, u"line"_s, u"up"_s),
             settingsOf(true, u"invoice"_s, u"even"_s), settingsOf(false, u"invoice"_s, u"up"_s)}) {
        const Result<InvoiceTotals> t
            = computeTotals(parsed, discountOf(invoiceDiscount, parseCurrency), classes(), s, currency);
        if (QByteArray(QTest::currentDataTag()) == "overflow tax" && s.pricesIncludeTax)
            continue; // tax-inclusive, the tax is inside the price: nothing overflows
        QVERIFY(!t);
        QCOMPARE(t.code(), ErrorCode::InvalidInput);
        QVERIFY2(t.error().message.contains(needle, Qt::CaseInsensitive), qPrintable(t.error().message));
    }
}

void TestMoneyTax::zeroLineOnPositiveInvoice()
{
    // A free line is allowed when the invoice is for a positive amount.
    const auto lines = parseLines(u"HST 0.00 x1; HST 10.00 x1"_s, u"CAD"_s);
    const Result<InvoiceTotals> t
        = computeTotals(lines, Discount::none(), classes(), TaxSettings {}, u"CAD"_s);
    QVERIFY(t);
    QCOMPARE(t->lines.at(0).gross, 0);
    QCOMPARE(t->total, 1130);

    // Other refusals that the table cannot express.
    QVERIFY(!computeTotals({}, Discount::none(), classes(), TaxSettings {}, u"CAD"_s));
    std::vector<PriceLine> usd = lines;
    usd[1].unitPrice = Money(1000, u"USD"_s);
    const auto mixed = computeTotals(usd, Discount::none(), classes(), TaxSettings {}, u"CAD"_s);
    QVERIFY(!mixed);
    QVERIFY(mixed.error().message.contains(u"USD"_s));
    QVERIFY(!computeTotals(lines, Discount::percent(-1), classes(), TaxSettings {}, u"CAD"_s));
    QVERIFY(!computeTotals(lines, Discount::amount(-1), classes(), TaxSettings {}, u"CAD"_s));

    auto bad = classes();
    bad.push_back(TaxClass {u"HST"_s, u"again"_s, {}});
    QVERIFY(!computeTotals(lines, Discount::none(), bad, TaxSettings {}, u"CAD"_s));
    bad = classes();
    bad.push_back(TaxClass {u"X"_s, u"GST at 6%"_s, {rate(u"GST"_s, 60'000)}});
    QVERIFY(!computeTotals(lines, Discount::none(), bad, TaxSettings {}, u"CAD"_s));
    QVERIFY(!validateTaxClass(
        TaxClass {u"X"_s, u"four"_s, {rate(u"A"_s, 1), rate(u"B"_s, 1), rate(u"C"_s, 1), rate(u"D"_s, 1)}}));
    QVERIFY(!validateTaxClass(TaxClass {u"X"_s, u"over"_s, {rate(u"A"_s, 1'000'001)}}));
    QVERIFY(!validateTaxClass(TaxClass {u"X"_s, u"twice"_s, {rate(u"A"_s, 1), rate(u"A"_s, 2)}}));
    QVERIFY(validateTaxClass(TaxClass {u"X"_s, u"three"_s,
        {rate(u"A"_s, 1'000'000), rate(u"B"_s, 1'000'000, true), rate(u"C"_s, 1'000'000, true)}}));
}

void TestMoneyTax::randomInvoices()
{
    // 1,000 invoices from a fixed seed: same invoices on every run and every machine.
    QRandomGenerator rng(20270501);
    const auto all = classes();
    const QStringList cad = {u"HST"_s, u"BC"_s, u"QC"_s, u"PEI"_s, u"EXEMPT"_s};
    int checkedLines = 0;
    for (int n = 0; n < 1000; ++n) {
        TaxSettings s;
        s.pricesIncludeTax = rng.bounded(2) == 1;
        s.scope = rng.bounded(2) ? TaxRoundingScope::PerInvoice : TaxRoundingScope::PerLine;
        s.rounding = rng.bounded(2) ? RoundingMode::HalfEven : RoundingMode::HalfUp;
        std::vector<PriceLine> lines(size_t(1 + rng.bounded(40)));
        for (PriceLine &l : lines) {
            // Mostly small prices (where rounding bites), sometimes large ones.
            const qint64 price
                = rng.bounded(10) == 0 ? rng.bounded(Q_INT64_C(100'000'000)) : rng.bounded(2000);
            l.unitPrice = Money(price, u"CAD"_s);
            l.quantity = 1 + rng.bounded(rng.bounded(4) == 0 ? 50 : 3);
            l.taxClass = cad.at(rng.bounded(cad.size()));
            if (rng.bounded(4) == 0)
                l.discount = Discount::percent(rng.bounded(1'000'001));
            else if (rng.bounded(6) == 0)
                l.discount = Discount::amount(rng.bounded(price * l.quantity + 1));
        }
        qint64 afterLine = 0;
        for (const PriceLine &l : lines) {
            const qint64 ext = l.unitPrice.minor() * l.quantity;
            afterLine += ext
                - (l.discount.kind == Discount::Kind::Percent
                        ? Money(ext, u"CAD"_s).times(Ratio::ppm(l.discount.value), s.rounding)->minor()
                        : l.discount.value);
        }
        Discount inv;
        if (rng.bounded(3) == 0)
            inv = Discount::percent(rng.bounded(500'001));
        else if (rng.bounded(3) == 0)
            inv = Discount::amount(rng.bounded(afterLine + 1));

        const Result<InvoiceTotals> r = computeTotals(lines, inv, all, s, u"CAD"_s);
        if (!r) {
            // The only refusal possible here is a zero total.
            QVERIFY2(r.error().message.contains(u"zero"_s), qPrintable(r.error().message));
            continue;
        }
        const InvoiceTotals &t = *r;
        QCOMPARE(t.lines.size(), lines.size());
        qint64 net = 0, tax = 0, gross = 0, shares = 0, lineDiscounts = 0, extended = 0;
        std::map<QString, qint64> perCode;
        std::map<QString, qint64> netByCode; // the net each rate code was charged on
        for (size_t i = 0; i < lines.size(); ++i) {
            const LineTotals &l = t.lines[i];
            const PriceLine &in = lines[i];
            QCOMPARE(l.extended, in.unitPrice.minor() * in.quantity);
            QCOMPARE(l.amount, l.extended - l.lineDiscount - l.invoiceDiscountShare);
            QVERIFY(l.lineDiscount >= 0 && l.invoiceDiscountShare >= 0 && l.amount >= 0);
            qint64 lineTax = 0;
            for (const TaxAmount &ta : l.taxes) {
                QVERIFY(ta.minor >= 0);
                lineTax += ta.minor;
                perCode[ta.code] += ta.minor;
                netByCode[ta.code] += l.net;
            }
            QCOMPARE(l.tax, lineTax);
            QCOMPARE(l.net + l.tax, l.gross);
            if (s.pricesIncludeTax)
                QCOMPARE(l.gross, l.amount); // the entered gross, exactly
            else
                QCOMPARE(l.net, l.amount);
            // Per line, each line is rounded on its own: check against Money's own rounding.
            if (s.scope == TaxRoundingScope::PerLine) {
                const Money amount(l.amount, u"CAD"_s);
                if (in.taxClass == u"HST" && !s.pricesIncludeTax) {
                    QCOMPARE(l.tax, amount.times(Ratio::ppm(130'000), s.rounding)->minor());
                } else if (in.taxClass == u"HST") {
                    QCOMPARE(l.net, amount.times(Ratio {1'000'000, 1'130'000}, s.rounding)->minor());
                } else if (in.taxClass == u"PEI" && !s.pricesIncludeTax) {
                    const qint64 gst = amount.times(Ratio::ppm(50'000), s.rounding)->minor();
                    QCOMPARE(l.taxes[0].minor, gst);
                    QCOMPARE(l.taxes[1].minor,
                        Money(l.net + gst, u"CAD"_s).times(Ratio::ppm(100'000), s.rounding)->minor());
                } else if (in.taxClass == u"PEI") {
                    QCOMPARE(l.net,
                        amount.times(Ratio {1'000'000'000'000, 1'155'000'000'000}, s.rounding)->minor());
                } else if (in.taxClass == u"EXEMPT") {
                    QCOMPARE(l.tax, 0);
                }
                ++checkedLines;
            }
            net += l.net;
            tax += l.tax;
            gross += l.gross;
            shares += l.invoiceDiscountShare;
            lineDiscounts += l.lineDiscount;
            extended += l.extended;
        }
        // Everything adds up exactly.
        QCOMPARE(shares, t.invoiceDiscount);
        QCOMPARE(lineDiscounts, t.lineDiscountTotal);
        QCOMPARE(t.discountTotal, t.lineDiscountTotal + t.invoiceDiscount);
        QCOMPARE(extended, t.subtotal);
        QCOMPARE(net, t.netTotal);
        QCOMPARE(tax, t.taxTotal);
        QCOMPARE(gross, t.total);
        QCOMPARE(t.netTotal + t.taxTotal, t.total);
        QVERIFY(t.total > 0);
        qint64 codeSum = 0;
        for (const TaxAmount &ta : t.taxes) {
            QCOMPARE(ta.minor, perCode[ta.code]);
            codeSum += ta.minor;
        }
        QCOMPARE(codeSum, t.taxTotal);
        if (s.pricesIncludeTax)
            QCOMPARE(t.total, t.subtotal - t.discountTotal);
        else
            QCOMPARE(t.total, t.subtotal - t.discountTotal + t.taxTotal);
        // Per invoice (tax on top), each non-compound rate is rounded once on the sum of the
        // nets it applies to; the compound PEI PST once on (net + exact GST).
        if (!s.pricesIncludeTax && s.scope == TaxRoundingScope::PerInvoice) {
            for (const TaxAmount &ta : t.taxes) {
                const Money base(netByCode[ta.code], u"CAD"_s);
                const Ratio rt
                    = ta.code == u"PEIPST" ? Ratio {105'000'000'000, 1'000'000'000'000} : Ratio::ppm(ta.ppm);
                QCOMPARE(ta.minor, base.times(rt, s.rounding)->minor());
            }
        }
    }
    QVERIFY(checkedLines > 5000);
}

QTEST_GUILESS_MAIN(TestMoneyTax)
#include "test_money_tax.moc"
