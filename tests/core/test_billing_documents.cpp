// Billing documents on paper: invoices, credit notes, receipts, refunds, statements and the
// daily cash-up, written as PDF files and read back with poppler (pdftotext, pdfinfo,
// pdfimages): what the customer sees (numbers, names, amounts in the locale's format, taxes
// by rate, balances, VOID, reasons, letterhead and footer), the paper (A4, US Letter, 80 mm
// roll fitted to the content), Korean, Arabic (right to left) and French, the logo, escaping,
// pagination, and batch export with progress and cancel, on a worker thread too.
//
// The views are built by hand here, with totals from computeTotals(): the services that fill
// them are tested on their own.

#include "core/billing/billing_documents.h"
#include "support/test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>
#include <thread>

using namespace spoke;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text as pdftotext lays it out, NFKC-normalised (Arabic may come back as
/// presentation forms; narrow no-break spaces become spaces).
QString pdfText(const QString &path, int page = 0, bool raw = false)
{
    // -layout keeps the columns where they are on the page; -raw keeps the order the text
    // was drawn in (a paragraph that wraps inside a table cell stays together).
    QStringList args {raw ? u"-raw"_s : u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, args << path << u"-"_s).normalized(QString::NormalizationForm_KC);
}

/// Spaces of every kind folded into one, so "1 234,56 €" matches whatever space was printed.
QString flat(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

bool has(const QString &pdf, const QString &expected)
{
    return flat(pdf).contains(flat(expected.normalized(QString::NormalizationForm_KC)));
}

/// The same words in either order: pdftotext may give right-to-left text in visual order.
bool containsWords(const QString &haystack, const QString &phrase)
{
    const QString text = flat(haystack);
    QStringList words = phrase.normalized(QString::NormalizationForm_KC).split(u' ');
    if (text.contains(words.join(u' ')))
        return true;
    std::reverse(words.begin(), words.end());
    return text.contains(words.join(u' '));
}

struct PdfInfo
{
    int pages = 0;
    double width = 0, height = 0; ///< points
};

PdfInfo pdfInfo(const QString &path)
{
    PdfInfo info;
    const QString out = run(u"pdfinfo"_s, {path});
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(out);
    const auto size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(out);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    if (size.hasMatch()) {
        info.width = size.captured(1).toDouble();
        info.height = size.captured(2).toDouble();
    }
    return info;
}

/// Images placed in the PDF (pdfimages -list rows of type "image"; a PNG's transparency
/// comes as a second row of type "smask").
int pdfImageCount(const QString &path)
{
    const QStringList lines = run(u"pdfimages"_s, {u"-list"_s, path}).split(u'\n', Qt::SkipEmptyParts);
    int images = 0;
    for (const QString &line : lines)
        if (line.simplified().split(u' ').value(2) == u"image"_s)
            ++images;
    return images;
}

QString usd(qint64 minor)
{
    return Money(minor, u"USD"_s).format(QLocale(QLocale::English, QLocale::UnitedStates));
}

QByteArray logoPng()
{
    QImage image(240, 80, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x0e, 0x74, 0x90));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(4, 4, 72, 72), 14, 14);
    p.setBrush(QColor(0xf5, 0x9e, 0x0b));
    p.drawEllipse(QRectF(90, 18, 44, 44));
    p.drawEllipse(QRectF(150, 18, 44, 44));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

Letterhead letterhead(bool withLogo = false)
{
    Letterhead l;
    l.businessName = u"Spotless Home Services"_s;
    l.address = u"120 King Street West\nToronto, ON M5H 1J9"_s;
    l.phone = u"+1 416-555-0134"_s;
    l.email = u"desk@spotless.example"_s;
    l.taxIds = u"GST/HST 123456789 RT0001"_s;
    l.footer = u"Thank you for your business. Bank transfer: Northern Bank 00412-778899"_s;
    if (withLogo)
        l.logoPng = logoPng();
    return l;
}

std::vector<TaxClass> taxClasses()
{
    return {
        {u"standard"_s, u"Standard"_s,
            {{u"GST"_s, u"GST"_s, 50'000, false}, {u"PST"_s, u"PST"_s, 70'000, false}}},
        {u"reduced"_s, u"Reduced"_s, {{u"GST"_s, u"GST"_s, 50'000, false}}},
        {u"qc"_s, u"Québec"_s, {{u"GST"_s, u"GST"_s, 50'000, false}, {u"QST"_s, u"QST"_s, 99'750, false}}},
        {u"exempt"_s, u"Exempt"_s, {}},
    };
}

struct LineSpec
{
    QString description;
    qint64 quantity;
    qint64 unitPriceMinor;
    Discount discount;
    QString taxClass;
};

/// An issued invoice with totals computed the way the services compute them.
InvoiceView makeInvoice(
    const std::vector<LineSpec> &specs, const QString &currency, Discount invoiceDiscount = {})
{
    InvoiceView inv;
    inv.id = u"inv-1"_s;
    inv.kind = InvoiceKind::Invoice;
    inv.status = InvoiceStatus::Issued;
    inv.number = u"DT-000123"_s;
    inv.customerName = u"Jane Doe"_s;
    inv.billingAddress = u"42 Elm Street\nSpringfield, IL 62704"_s;
    inv.currency = currency;
    inv.issueDate = QDate(2027, 6, 15);
    inv.termsDays = 30;
    inv.dueDate = inv.issueDate.addDays(30);
    inv.notes = u"Side door code given on the phone."_s;
    inv.invoiceDiscount = invoiceDiscount;
    std::vector<PriceLine> priceLines;
    for (const LineSpec &s : specs) {
        InvoiceLine line;
        line.description = s.description;
        line.quantity = s.quantity;
        line.unitPriceMinor = s.unitPriceMinor;
        line.discount = s.discount;
        line.taxClass = s.taxClass;
        inv.lines.push_back({line, {}});
        priceLines.push_back({Money(s.unitPriceMinor, currency), s.quantity, s.discount, s.taxClass});
    }
    auto totals = computeTotals(priceLines, invoiceDiscount, taxClasses(), inv.taxSettings, currency);
    if (!totals) {
        qWarning() << totals.error().message;
        return inv;
    }
    inv.totals = totals.value();
    for (size_t i = 0; i < inv.lines.size(); ++i)
        inv.lines[i].totals = inv.totals.lines[i];
    inv.paidMinor = 50'000;
    inv.balanceMinor = inv.totals.total - inv.paidMinor;
    return inv;
}

InvoiceView usualInvoice()
{
    return makeInvoice(
        {
            {u"Deep clean, 3-bedroom house"_s, 1, 120'000, Discount::none(), u"standard"_s},
            {u"Oven cleaning"_s, 2, 4'500, Discount::percent(100'000), u"standard"_s},
            {u"Window washing (per window)"_s, 12, 850, Discount::none(), u"reduced"_s},
        },
        u"USD"_s, Discount::percent(50'000));
}

PaymentView usualPayment()
{
    PaymentView p;
    p.id = u"pay-1"_s;
    p.receiptNumber = u"DT-R-000077"_s;
    p.customerName = u"Jane Doe"_s;
    p.amount = Money(150'000, u"USD"_s);
    p.method = PaymentMethod::Card;
    p.reference = u"VISA •••• 4242"_s;
    p.receivedAtUtc = QDateTime(QDate(2027, 6, 15), QTime(17, 30), Qt::UTC); // 1:30 PM in New York
    p.allocations.push_back({u"a1"_s, u"payment"_s, u"pay-1"_s, u"inv-1"_s, u"DT-000123"_s, 100'000, {}});
    p.allocations.push_back({u"a2"_s, u"payment"_s, u"pay-1"_s, u"inv-2"_s, u"DT-000124"_s, 40'000, {}});
    p.unusedMinor = 10'000;
    p.customerBalanceAfterMinor = 23'456;
    p.customerCreditAfterMinor = 10'000;
    return p;
}

} // namespace

class TestBillingDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_printouts;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Writes the PDF (also into build/<preset>/printouts/billing for people to look at).
    QString write(const QString &html, PaperFormat paper, const QString &name)
    {
        const QString file = path(name);
        const Status st = BillingDocuments::writePdf(html, paper, file);
        if (!st) {
            qWarning() << st.error().message;
            return {};
        }
        QFile::remove(m_printouts + u'/' + name);
        QFile::copy(file, m_printouts + u'/' + name);
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(kEnUs);
        m_printouts = qEnvironmentVariable("SPOKE_BINARY_DIR", QDir::tempPath()) + u"/printouts/billing"_s;
        QVERIFY(QDir().mkpath(m_printouts));
    }

    void invoiceOnA4()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const InvoiceView inv = usualInvoice();
        QVERIFY(inv.totals.total > 0);
        const QString file
            = write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_a4.pdf"_s);
        QVERIFY(!file.isEmpty());
        const QString text = pdfText(file);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        // Letterhead and footer.
        for (const QString &s : {u"Spotless Home Services"_s, u"120 King Street West"_s, u"+1 416-555-0134"_s,
                 u"desk@spotless.example"_s, u"GST/HST 123456789 RT0001"_s,
                 u"Bank transfer: Northern Bank 00412-778899"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        // What, to whom, when.
        for (const QString &s :
            {u"Invoice"_s, u"DT-000123"_s, u"Jane Doe"_s, u"42 Elm Street"_s, u"Springfield, IL 62704"_s,
                u"6/15/2027"_s, u"7/15/2027"_s, u"Bill to"_s, u"Side door code given on the phone."_s,
                u"Payment is due within 30 days of the invoice date."_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        // Lines: quantity, unit price, the line discount, net.
        QVERIFY2(has(text, u"$1,200.00"_s), qPrintable(text));
        QVERIFY2(has(text, u"$45.00"_s), qPrintable(text));
        QVERIFY2(has(pdfText(file, 0, true), usd(-900) + u" (10%)"_s), qPrintable(text)); // 10% of 2 x $45.00
        QVERIFY2(has(text, u"$81.00"_s), qPrintable(text));
        QVERIFY2(has(text, u"$8.50"_s) && has(text, u"$102.00"_s), qPrintable(text));
        // Totals: subtotal of the lines, the 5% invoice discount, taxes by rate, total, paid, balance.
        const InvoiceTotals &t = inv.totals;
        QCOMPARE(t.taxes.size(), size_t(2));
        const auto money = [](qint64 minor) { return Money(minor, u"USD"_s).format(kEnUs); };
        QVERIFY2(has(text, u"Subtotal "_s + money(120'000 + 8'100 + 10'200)), qPrintable(text));
        QVERIFY2(has(text, u"Discount (5%) "_s + money(-t.invoiceDiscount)), qPrintable(text));
        QVERIFY2(has(text, u"GST 5% "_s + money(t.taxes[0].minor)), qPrintable(text));
        QVERIFY2(has(text, u"PST 7% "_s + money(t.taxes[1].minor)), qPrintable(text));
        QVERIFY2(has(text, u"Total "_s + money(t.total)), qPrintable(text));
        QVERIFY2(has(text, u"Paid "_s + money(-50'000)), qPrintable(text));
        QVERIFY2(has(text, u"Balance due "_s + money(inv.balanceMinor)), qPrintable(text));
        QVERIFY2(has(text, u"Page 1 of 1"_s), qPrintable(text));
        QVERIFY(!has(text, u"VOID"_s));

        const PdfInfo info = pdfInfo(file);
        QCOMPARE(info.pages, 1);
        QCOMPARE(qRound(info.width), 595);
        QCOMPARE(qRound(info.height), 842);
        QCOMPARE(pdfImageCount(file), 0);
    }

    void invoiceOnLetter()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const QString file = write(docs.invoiceHtml(usualInvoice(), PaperFormat::Letter), PaperFormat::Letter,
            u"invoice_letter.pdf"_s);
        const PdfInfo info = pdfInfo(file);
        QCOMPARE(qRound(info.width), 612);
        QCOMPARE(qRound(info.height), 792);
        QVERIFY(has(pdfText(file), u"DT-000123"_s));
        QCOMPARE(BillingDocuments::pageSize(PaperFormat::Letter).id(), QPageSize::Letter);
        QCOMPARE(BillingDocuments::pageSize(PaperFormat::A4).id(), QPageSize::A4);
    }

    void invoiceOnTheRoll()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const InvoiceView inv = usualInvoice();
        const QString file = write(
            docs.invoiceHtml(inv, PaperFormat::Thermal80), PaperFormat::Thermal80, u"invoice_80mm.pdf"_s);
        const QString text = pdfText(file);
        for (const QString &s : QStringList {u"Invoice"_s, u"DT-000123"_s, u"Jane Doe"_s,
                 u"Deep clean, 3-bedroom house"_s, u"1 × $1,200.00"_s, u"2 × $45.00"_s, u"12 × $8.50"_s,
                 u"GST 5% "_s + usd(inv.totals.taxes[0].minor), u"PST 7% "_s + usd(inv.totals.taxes[1].minor),
                 u"Total "_s + usd(inv.totals.total), u"Balance due "_s + usd(inv.balanceMinor),
                 u"GST/HST 123456789 RT0001"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        const PdfInfo info = pdfInfo(file);
        QCOMPARE(info.pages, 1);
        QVERIFY(qAbs(info.width - 226.77) < 0.5);
    }

    void taxInclusivePrices()
    {
        InvoiceView inv = usualInvoice();
        inv.taxSettings.pricesIncludeTax = true;
        std::vector<PriceLine> priceLines;
        for (const InvoiceLineView &l : inv.lines)
            priceLines.push_back(
                {Money(l.line.unitPriceMinor, u"USD"_s), l.line.quantity, l.line.discount, l.line.taxClass});
        auto totals = computeTotals(priceLines, inv.invoiceDiscount, taxClasses(), inv.taxSettings, u"USD"_s);
        QVERIFY(totals.ok());
        inv.totals = totals.value();
        for (size_t i = 0; i < inv.lines.size(); ++i)
            inv.lines[i].totals = inv.totals.lines[i];
        inv.balanceMinor = inv.totals.total - inv.paidMinor;
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const QString text = pdfText(
            write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_inclusive.pdf"_s));
        const auto money = [](qint64 minor) { return Money(minor, u"USD"_s).format(kEnUs); };
        QVERIFY2(has(text, u"Total "_s + money(inv.totals.total)), qPrintable(text));
        QVERIFY2(has(text, u"Includes GST 5% "_s + money(inv.totals.taxes[0].minor)), qPrintable(text));
        QVERIFY2(has(text, u"Total before tax "_s + money(inv.totals.netTotal)), qPrintable(text));
        QVERIFY2(has(text, u"Prices include tax."_s), qPrintable(text));
    }

    void creditNote()
    {
        InvoiceView cn = makeInvoice(
            {{u"Oven cleaning not done"_s, 1, 4'500, Discount::none(), u"standard"_s}}, u"USD"_s);
        cn.kind = InvoiceKind::CreditNote;
        cn.number = u"DT-CN-000009"_s;
        cn.creditedInvoiceNumber = u"DT-000123"_s;
        cn.reason = u"Oven was not cleaned: the customer cancelled that part"_s;
        cn.paidMinor = 0;
        cn.balanceMinor = 2'000;
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const QString file
            = write(docs.invoiceHtml(cn, PaperFormat::A4), PaperFormat::A4, u"credit_note.pdf"_s);
        const QString text = pdfText(file);
        for (const QString &s :
            {u"Credit note"_s, u"DT-CN-000009"_s, u"Corrects invoice"_s, u"DT-000123"_s, u"Credit to"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        // The reason wraps in its cell: read in drawing order.
        QVERIFY2(has(pdfText(file, 0, true), u"Oven was not cleaned: the customer cancelled that part"_s),
            qPrintable(pdfText(file, 0, true)));
        QVERIFY2(has(text, u"Credit remaining $20.00"_s), qPrintable(text));
        QVERIFY(!has(text, u"Balance due"_s));
        QVERIFY(!has(text, u"Payment is due"_s));
    }

    void voidInvoiceSaysSoWithTheReason()
    {
        InvoiceView inv = usualInvoice();
        inv.status = InvoiceStatus::Void;
        inv.voidReason = u"Issued to the wrong customer"_s;
        inv.voidedAtUtc = QDateTime(QDate(2027, 6, 16), QTime(14, 5), Qt::UTC);
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const QString html = docs.invoiceHtml(inv, PaperFormat::A4);
        const QString file = write(html, PaperFormat::A4, u"invoice_void.pdf"_s);
        const QString text = pdfText(file);
        QVERIFY2(has(text, u"VOID"_s), qPrintable(text));
        QVERIFY2(has(text, u"Reason: Issued to the wrong customer"_s), qPrintable(text));
        QVERIFY2(has(text, u"Voided on 6/16/2027 10:05"_s), qPrintable(text)); // EDT
        QVERIFY2(!has(text, u"Balance due"_s), qPrintable(text));
        // The title (PDF metadata and the page footer) says it too.
        QVERIFY2(has(run(u"pdfinfo"_s, {file}), u"VOID"_s), "no VOID in the PDF title");
    }

    void draftIsMarked()
    {
        InvoiceView inv = usualInvoice();
        inv.status = InvoiceStatus::Draft;
        inv.number.clear();
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const QString text
            = pdfText(write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_draft.pdf"_s));
        QVERIFY2(has(text, u"DRAFT"_s), qPrintable(text));
        QVERIFY2(has(text, u"not a valid invoice"_s), qPrintable(text));
    }

    void receiptOnA4AndOnTheRoll()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        const PaymentView p = usualPayment();
        for (PaperFormat paper : {PaperFormat::A4, PaperFormat::Thermal80}) {
            const bool roll = paper == PaperFormat::Thermal80;
            const QString file = write(
                docs.receiptHtml(p, paper), paper, roll ? u"receipt_80mm.pdf"_s : u"receipt_a4.pdf"_s);
            const QString text = pdfText(file);
            for (const QString &s : {u"Receipt"_s, u"DT-R-000077"_s, u"6/15/2027 1:30 PM"_s, u"Jane Doe"_s,
                     u"Card"_s, u"VISA •••• 4242"_s, u"$1,500.00"_s, u"DT-000123"_s, u"$1,000.00"_s,
                     u"DT-000124"_s, u"$400.00"_s, u"Spotless Home Services"_s, u"GST/HST 123456789 RT0001"_s,
                     u"Northern Bank 00412-778899"_s})
                QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
            QVERIFY2(has(text, u"Balance still owing $234.56"_s), qPrintable(text));
            QVERIFY2(has(text, u"Credit on account $100.00"_s), qPrintable(text));
            QVERIFY2(has(text, u"Not applied, kept as credit $100.00"_s), qPrintable(text));
            const PdfInfo info = pdfInfo(file);
            QCOMPARE(info.pages, 1);
            if (roll) {
                // 80 mm = 226.8 pt wide, cut to the content: one page, no page footer.
                QVERIFY2(qAbs(info.width - 226.77) < 0.5, qPrintable(QString::number(info.width)));
                QVERIFY2(info.height > 200 && info.height < 842, qPrintable(QString::number(info.height)));
                QVERIFY(!has(text, u"Page 1 of 1"_s));
            } else {
                QCOMPARE(qRound(info.width), 595);
                QVERIFY(has(text, u"Page 1 of 1"_s));
            }
        }
    }

    void rollLengthFollowsTheContent()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        PaymentView shortOne = usualPayment();
        shortOne.allocations.clear();
        PaymentView longOne = usualPayment();
        for (int i = 0; i < 40; ++i)
            longOne.allocations.push_back(
                {{}, {}, {}, {}, u"DT-%1"_s.arg(200 + i, 6, 10, QLatin1Char('0')), 1'000, {}});
        const QString a = write(
            docs.receiptHtml(shortOne, PaperFormat::Thermal80), PaperFormat::Thermal80, u"roll_short.pdf"_s);
        const QString b = write(
            docs.receiptHtml(longOne, PaperFormat::Thermal80), PaperFormat::Thermal80, u"roll_long.pdf"_s);
        const PdfInfo sa = pdfInfo(a), sb = pdfInfo(b);
        QCOMPARE(sa.pages, 1);
        QCOMPARE(sb.pages, 1);
        QVERIFY2(sb.height > sa.height + 200, qPrintable(u"%1 vs %2"_s.arg(sb.height).arg(sa.height)));
        QVERIFY(has(pdfText(b), u"DT-000239"_s)); // the last line is on the page, not cut off
        // The page size agrees with the file.
        const QSizeF size = BillingDocuments::pageSize(
            PaperFormat::Thermal80, docs.receiptHtml(longOne, PaperFormat::Thermal80))
                                .size(QPageSize::Point);
        QVERIFY(qAbs(size.height() - sb.height) < 1);
        QCOMPARE(
            qRound(BillingDocuments::pageSize(PaperFormat::Thermal80).size(QPageSize::Millimeter).width()),
            80);
    }

    void refundWithItsReason()
    {
        PaymentView r = usualPayment();
        r.refund = true;
        r.receiptNumber = u"DT-R-000078"_s;
        r.amount = Money(4'500, u"USD"_s);
        r.method = PaymentMethod::Cash;
        r.reference.clear();
        r.allocations.clear();
        r.reason = u"Oven cleaning cancelled by the customer"_s;
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        for (PaperFormat paper : {PaperFormat::A4, PaperFormat::Thermal80}) {
            const QString text = pdfText(write(docs.receiptHtml(r, paper), paper, u"refund.pdf"_s));
            for (const QString &s : {u"Refund"_s, u"DT-R-000078"_s, u"Amount refunded $45.00"_s, u"Cash"_s,
                     u"Oven cleaning cancelled by the customer"_s, u"Refunded to"_s})
                QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
            QVERIFY(!has(text, u"Invoices paid"_s));
        }
    }

    void statementOfAccount()
    {
        Statement s;
        s.customerName = u"Jane Doe"_s;
        s.billingAddress = u"42 Elm Street\nSpringfield, IL 62704"_s;
        s.currency = u"USD"_s;
        s.from = QDate(2027, 5, 1);
        s.to = QDate(2027, 5, 31);
        s.openingMinor = 10'000;
        s.lines = {
            {QDate(2027, 5, 3), u"invoice"_s, u"DT-000101"_s, u"Deep clean"_s, 150'000, 0, 160'000},
            {QDate(2027, 5, 9), u"payment"_s, u"DT-R-000050"_s, u"Card"_s, 0, 100'000, 60'000},
            {QDate(2027, 5, 20), u"credit_note"_s, u"DT-CN-000004"_s, u"Goodwill"_s, 0, 5'000, 55'000},
            {QDate(2027, 5, 28), u"invoice"_s, u"DT-000140"_s, u"Windows"_s, 12'345, 0, 67'345},
        };
        s.closingMinor = 67'345;
        s.agingMinor[0] = 12'345;
        s.agingMinor[1] = 45'000;
        s.agingMinor[4] = 10'000;
        s.open = {{u"i1"_s, u"DT-000140"_s, {}, {}, QDate(2027, 5, 28), QDate(2027, 6, 11), 0,
                      AgingBucket::Current, 12'345, 12'345},
            {u"i2"_s, u"DT-000101"_s, {}, {}, QDate(2027, 5, 3), QDate(2027, 5, 17), 14,
                AgingBucket::Days1To30, 150'000, 45'000}};
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        for (PaperFormat paper : {PaperFormat::Letter, PaperFormat::Thermal80}) {
            const QString text = pdfText(write(docs.statementHtml(s, paper), paper,
                paper == PaperFormat::Letter ? u"statement.pdf"_s : u"statement_80mm.pdf"_s));
            for (const QString &x : {u"Statement of account"_s, u"Jane Doe"_s, u"5/1/2027"_s, u"5/31/2027"_s,
                     u"Opening balance"_s, u"$100.00"_s, u"DT-000101"_s, u"$1,500.00"_s, u"$1,600.00"_s,
                     u"DT-R-000050"_s, usd(-100'000), u"$600.00"_s, u"DT-CN-000004"_s, usd(-5'000),
                     u"$550.00"_s, u"Closing balance"_s, u"$673.45"_s, u"Current"_s, u"1–30 days"_s,
                     u"31–60 days"_s, u"61–90 days"_s, u"Over 90 days"_s, u"$123.45"_s, u"$450.00"_s,
                     u"Amount due"_s, u"GST/HST 123456789 RT0001"_s})
                QVERIFY2(has(text, x), qPrintable(x + u"\n"_s + text));
        }
    }

    void dailyCashUp()
    {
        CashUp c;
        c.day = QDate(2027, 6, 15);
        c.currency = u"USD"_s;
        c.lines = {{PaymentMethod::Cash, 3, 32'000, 1, 4'500, 27'500},
            {PaymentMethod::Card, 5, 250'000, 0, 0, 250'000},
            {PaymentMethod::Cheque, 1, 12'000, 0, 0, 12'000}, {PaymentMethod::BankTransfer, 0, 0, 0, 0, 0},
            {PaymentMethod::Other, 0, 0, 0, 0, 0}};
        c.takenMinor = 294'000;
        c.refundedMinor = 4'500;
        c.netMinor = 289'500;
        PaymentView a = usualPayment();
        PaymentView b = usualPayment();
        b.refund = true;
        b.receiptNumber = u"DT-R-000078"_s;
        b.amount = Money(4'500, u"USD"_s);
        b.method = PaymentMethod::Cash;
        b.customerName = u"Bob Stone"_s;
        b.receivedAtUtc = QDateTime(QDate(2027, 6, 15), QTime(20, 45), Qt::UTC);
        c.entries = {a, b};
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        for (PaperFormat paper : {PaperFormat::A4, PaperFormat::Thermal80}) {
            const QString text = pdfText(write(docs.cashUpHtml(c, paper), paper,
                paper == PaperFormat::A4 ? u"cash_up.pdf"_s : u"cash_up_80mm.pdf"_s));
            for (const QString &x :
                {u"Daily cash-up"_s, u"6/15/2027"_s, u"Cash"_s, u"Card"_s, u"Cheque"_s, u"Bank transfer"_s,
                    u"Other"_s, u"$320.00"_s, usd(-4'500), u"$275.00"_s, u"$2,500.00"_s, u"$120.00"_s,
                    u"$2,895.00"_s, u"DT-R-000077"_s, u"1:30 PM"_s, u"Jane Doe"_s, u"DT-R-000078"_s,
                    u"4:45 PM"_s, u"Bob Stone"_s, u"refund"_s, u"Counted by"_s, u"Checked by"_s})
                QVERIFY2(has(text, x), qPrintable(x + u"\n"_s + text));
            if (paper == PaperFormat::A4) {
                QVERIFY2(has(text, u"Total 9 $2,940.00 1 %1 $2,895.00"_s.arg(usd(-4'500))), qPrintable(text));
                QVERIFY2(has(text, u"Cash 3 $320.00 1 %1 $275.00"_s.arg(usd(-4'500))), qPrintable(text));
            } else {
                QVERIFY2(has(text, u"Total net $2,895.00"_s), qPrintable(text));
                QCOMPARE(pdfInfo(path(u"cash_up_80mm.pdf"_s)).pages, 1);
            }
        }
    }

    void korean()
    {
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        Letterhead l = letterhead();
        l.businessName = u"반짝 홈서비스"_s;
        l.footer = u"이용해 주셔서 감사합니다"_s;
        const BillingDocuments docs(l, ko, QTimeZone(QByteArrayLiteral("Asia/Seoul")));
        InvoiceView inv = makeInvoice({{u"에어컨 청소"_s, 2, 45'000, Discount::none(), u"reduced"_s},
                                          {u"욕실 청소"_s, 1, 1'200'000, Discount::none(), u"standard"_s}},
            u"KRW"_s);
        inv.customerName = u"김민준"_s;
        inv.billingAddress = u"서울특별시 강남구 테헤란로 123"_s;
        const QString text
            = pdfText(write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_ko.pdf"_s));
        for (const QString &s : {u"김민준"_s, u"에어컨 청소"_s, u"욕실 청소"_s, u"반짝 홈서비스"_s,
                 u"서울특별시 강남구"_s, u"이용해 주셔서 감사합니다"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        // Won have no decimals; the locale's own symbol.
        const QString total = Money(inv.totals.total, u"KRW"_s).format(ko);
        QVERIFY2(!total.contains(u'.'), qPrintable(total));
        QVERIFY2(has(text, total), qPrintable(total + u"\n"_s + text));
        QVERIFY2(has(text, u"2027. 6. 15."_s), qPrintable(text));
    }

    void arabicRightToLeft()
    {
        const QLocale ar(QLocale::Arabic, QLocale::SaudiArabia);
        const QString customer = u"محمد العلي"_s;
        const QString service = u"تنظيف السجاد"_s;
        Letterhead l = letterhead(true);
        l.businessName = u"خدمات النظافة المتألقة"_s;
        const BillingDocuments docs(l, ar, QTimeZone(QByteArrayLiteral("Asia/Riyadh")));
        InvoiceView inv
            = makeInvoice({{service, 1, 123'450, Discount::none(), u"exempt"_s},
                              {u"Oven cleaning"_s, 2, 4'500, Discount::percent(100'000), u"exempt"_s}},
                u"SAR"_s);
        inv.customerName = customer;
        inv.balanceMinor = inv.totals.total; // nothing paid
        inv.paidMinor = 0;
        const QString html = docs.invoiceHtml(inv, PaperFormat::A4);
        QVERIFY(html.contains(u"dir=\"rtl\""_s));
        const QString file = write(html, PaperFormat::A4, u"invoice_ar.pdf"_s);
        const QString text = pdfText(file);
        QVERIFY2(containsWords(text, customer), qPrintable(text));
        QVERIFY2(containsWords(text, service), qPrintable(text));
        QVERIFY2(containsWords(text, l.businessName), qPrintable(text));
        // Amounts in the locale's digits (Arabic-Indic), whatever order pdftotext reads them in.
        const QString amount = Money(123'450, u"SAR"_s).format(ar);
        QString digits;
        for (const QChar c : amount)
            if (c.isDigit())
                digits += c;
        QVERIFY2(digits.contains(QChar(0x0661)), qPrintable(amount)); // ١
        QString printedDigits;
        for (const QChar c : text)
            if (c.isDigit())
                printedDigits += c;
        QString reversed = digits;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY2(printedDigits.contains(digits) || printedDigits.contains(reversed), qPrintable(text));
        // Right to left: the description column is on the right, the amounts on the left.
        const QStringList lines = text.split(u'\n');
        const auto line = std::find_if(lines.begin(), lines.end(),
            [&](const QString &x) { return containsWords(x, service) && x.contains(QChar(0x0661)); });
        QVERIFY2(line != lines.end(), qPrintable(text));
        QString words = *line;
        const qsizetype serviceAt
            = std::max(words.indexOf(service.split(u' ').first()), words.indexOf(service.split(u' ').last()));
        QVERIFY2(serviceAt > words.indexOf(QChar(0x0661)), qPrintable(*line));

        // A receipt on the roll: right to left too, the Arabic name and the amount.
        PaymentView p = usualPayment();
        p.customerName = customer;
        p.amount = Money(123'450, u"SAR"_s);
        p.allocations.resize(1);
        const QString receiptHtml = docs.receiptHtml(p, PaperFormat::Thermal80);
        QVERIFY(receiptHtml.contains(u"dir=\"rtl\""_s));
        const QString receipt = pdfText(write(receiptHtml, PaperFormat::Thermal80, u"receipt_ar_80mm.pdf"_s));
        QVERIFY2(containsWords(receipt, customer), qPrintable(receipt));
        QVERIFY2(receipt.contains(QChar(0x0661)), qPrintable(receipt));
        QVERIFY2(has(receipt, u"DT-R-000077"_s), qPrintable(receipt));
    }

    void frenchFormats()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const BillingDocuments docs(letterhead(), fr, QTimeZone(QByteArrayLiteral("Europe/Paris")));
        InvoiceView inv
            = makeInvoice({{u"Nettoyage complet"_s, 1, 123'456, Discount::none(), u"exempt"_s}}, u"EUR"_s);
        const QString text
            = pdfText(write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_fr.pdf"_s));
        QVERIFY2(has(text, u"1 234,56 €"_s), qPrintable(text));
        QVERIFY2(has(text, u"15/06/2027"_s), qPrintable(text));
        QVERIFY2(has(text, u"Nettoyage complet"_s), qPrintable(text));
        // Canadian French with its own currency: "1 234,56 $".
        const BillingDocuments ca(letterhead(), QLocale(QLocale::French, QLocale::Canada), kNewYork);
        InvoiceView cad
            = makeInvoice({{u"Nettoyage"_s, 1, 123'456, Discount::none(), u"standard"_s}}, u"CAD"_s);
        const QString caText = pdfText(
            write(ca.invoiceHtml(cad, PaperFormat::Letter), PaperFormat::Letter, u"invoice_fr_ca.pdf"_s));
        QVERIFY2(has(caText, u"1 234,56 $"_s), qPrintable(caText));
        QVERIFY2(has(caText, u"GST 5 %"_s), qPrintable(caText));
    }

    void logoIsEmbedded()
    {
        const BillingDocuments docs(letterhead(true), kEnUs, kNewYork);
        const QString invoice = write(
            docs.invoiceHtml(usualInvoice(), PaperFormat::A4), PaperFormat::A4, u"invoice_logo.pdf"_s);
        QCOMPARE(pdfImageCount(invoice), 1);
        const QString receipt = write(docs.receiptHtml(usualPayment(), PaperFormat::Thermal80),
            PaperFormat::Thermal80, u"receipt_logo_80mm.pdf"_s);
        QCOMPARE(pdfImageCount(receipt), 1);
        QVERIFY(has(pdfText(receipt), u"DT-R-000077"_s));
        // Bytes that are not a PNG are left out rather than printed as a broken image.
        Letterhead broken = letterhead();
        broken.logoPng = QByteArrayLiteral("not a png at all");
        const BillingDocuments brokenDocs(broken, kEnUs, kNewYork);
        const QString html = brokenDocs.invoiceHtml(usualInvoice(), PaperFormat::A4);
        QVERIFY(!html.contains(u"<img"_s));
        QCOMPARE(pdfImageCount(write(html, PaperFormat::A4, u"invoice_broken_logo.pdf"_s)), 0);
    }

    void dataIsEscaped()
    {
        InvoiceView inv = usualInvoice();
        inv.customerName = u"<b>&Co</b>"_s;
        inv.lines[0].line.description = u"<img src=x> & <i>friends</i>"_s;
        inv.notes = u"</td></tr></table><h1>injected</h1>"_s;
        Letterhead l = letterhead();
        l.businessName = u"A&B <Cleaning>"_s;
        const BillingDocuments docs(l, kEnUs, kNewYork);
        const QString html = docs.invoiceHtml(inv, PaperFormat::A4);
        QVERIFY(html.contains(u"&lt;b&gt;&amp;Co&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<b>&Co</b>"_s));
        QVERIFY(!html.contains(u"<h1>"_s));
        const QString text = pdfText(write(html, PaperFormat::A4, u"invoice_escaped.pdf"_s));
        for (const QString &s : {u"<b>&Co</b>"_s, u"<img src=x> & <i>friends</i>"_s,
                 u"</td></tr></table><h1>injected</h1>"_s, u"A&B <Cleaning>"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        PaymentView p = usualPayment();
        p.customerName = u"<b>&Co</b>"_s;
        p.reference = u"<ref>"_s;
        const QString receipt = pdfText(write(
            docs.receiptHtml(p, PaperFormat::Thermal80), PaperFormat::Thermal80, u"receipt_escaped.pdf"_s));
        QVERIFY2(has(receipt, u"<b>&Co</b>"_s) && has(receipt, u"<ref>"_s), qPrintable(receipt));
    }

    void longInvoicePaginates()
    {
        std::vector<LineSpec> specs;
        for (int i = 1; i <= 80; ++i)
            specs.push_back({u"Service visit %1 — monthly maintenance"_s.arg(i), 1, 2'000 + i,
                Discount::none(), u"standard"_s});
        InvoiceView inv = makeInvoice(specs, u"USD"_s);
        const BillingDocuments docs(letterhead(true), kEnUs, kNewYork);
        const QString file
            = write(docs.invoiceHtml(inv, PaperFormat::A4), PaperFormat::A4, u"invoice_long.pdf"_s);
        const PdfInfo info = pdfInfo(file);
        QVERIFY2(info.pages >= 2, qPrintable(QString::number(info.pages)));
        const QString n = QString::number(info.pages);
        const QString second = pdfText(file, 2);
        QVERIFY2(has(second, u"Page 2 of "_s + n), qPrintable(second));
        QVERIFY2(has(pdfText(file, info.pages), u"Page %1 of %1"_s.arg(n)), "no footer on the last page");
        // The column headings are repeated on the next page; every line is printed once.
        QVERIFY2(has(second, u"Description"_s) && has(second, u"Unit price"_s), qPrintable(second));
        const QString all = pdfText(file);
        for (int i : {1, 40, 80})
            QCOMPARE(all.count(u"Service visit %1 —"_s.arg(i)), 1);
        QVERIFY2(has(all, u"Total "_s + Money(inv.totals.total, u"USD"_s).format(kEnUs)), qPrintable(all));
        QCOMPARE(pdfImageCount(file), 1); // the logo once, on the first page
    }

    void batchExportWithProgressAndCancel()
    {
        const BillingDocuments docs(letterhead(), kEnUs, kNewYork);
        std::vector<BatchItem> items;
        for (int i = 0; i < 20; ++i) {
            InvoiceView inv = usualInvoice();
            inv.number = u"DT-%1"_s.arg(500 + i, 6, 10, QLatin1Char('0'));
            items.push_back({docs.invoiceHtml(inv, PaperFormat::A4), inv.number + u".pdf"_s});
        }
        // All of them.
        const QString all = path(u"batch-all"_s);
        QList<QPair<int, int>> calls;
        auto done = exportPdfBatch(
            items, PaperFormat::A4, all,
            [&](int d, int total) {
                calls.append({d, total});
            },
            nullptr);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(done->size(), 20);
        QCOMPARE(QDir(all).entryList({u"*.pdf"_s}, QDir::Files).size(), 20);
        QCOMPARE(calls.size(), 21);
        QCOMPARE(calls.first(), qMakePair(0, 20));
        QCOMPARE(calls.last(), qMakePair(20, 20));
        QVERIFY(has(pdfText(QDir(all).filePath(u"DT-000519.pdf"_s)), u"DT-000519"_s));
        QCOMPARE(QDir(all).entryList(QDir::Files | QDir::Hidden).size(), 20); // no probe or temp file left

        // Cancelled after the fifth: exactly five files, kept.
        const QString some = path(u"batch-cancel"_s);
        std::atomic_bool cancel = false;
        int progressCalls = 0;
        auto cancelled = exportPdfBatch(
            items, PaperFormat::A4, some,
            [&](int d, int) {
                ++progressCalls;
                if (d == 5)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QVERIFY(cancelled.error().message.contains(u"5 of 20"_s));
        QCOMPARE(progressCalls, 6);
        const QStringList kept = QDir(some).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        QCOMPARE(kept,
            QStringList({u"DT-000500.pdf"_s, u"DT-000501.pdf"_s, u"DT-000502.pdf"_s, u"DT-000503.pdf"_s,
                u"DT-000504.pdf"_s}));
        QCOMPARE(pdfInfo(QDir(some).filePath(kept.last())).pages, 1);
    }

    void batchRefusesWhatItCannotDo()
    {
        std::vector<BatchItem> items {{u"<p>one</p>"_s, u"one.pdf"_s}};
        int calls = 0;
        const auto count = [&](int, int) { ++calls; };
        // A folder that cannot exist (its parent is a file): refused clearly, nothing written.
        QFile blocker(path(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto r = exportPdfBatch(items, PaperFormat::A4, path(u"a-file/out"_s), count, nullptr);
        QCOMPARE(r.code(), ErrorCode::FolderNotWritable);
        QVERIFY2(r.error().message.contains(u"a-file"_s), qPrintable(r.error().message));
        QCOMPARE(calls, 0);
        r = exportPdfBatch(items, PaperFormat::A4, QString(), count, nullptr);
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        // Names that would leave the folder or overwrite each other, refused before writing.
        const QString out = path(u"batch-names"_s);
        for (const std::vector<BatchItem> &bad :
            {std::vector<BatchItem> {{u"<p>x</p>"_s, u"../escape.pdf"_s}},
                std::vector<BatchItem> {{u"<p>x</p>"_s, u"a.pdf"_s}, {u"<p>y</p>"_s, u"A.pdf"_s}},
                std::vector<BatchItem> {{u"<p>x</p>"_s, u""_s}}}) {
            r = exportPdfBatch(bad, PaperFormat::A4, out, count, nullptr);
            QCOMPARE(r.code(), ErrorCode::InvalidInput);
        }
        QCOMPARE(calls, 0);
        QVERIFY(!QFile::exists(path(u"escape.pdf"_s)));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
        // A folder that does not exist yet is made.
        r = exportPdfBatch(items, PaperFormat::Thermal80, path(u"new/deeper"_s), count, nullptr);
        QVERIFY(r.ok());
        QVERIFY(QFile::exists(path(u"new/deeper/one.pdf"_s)));
    }

    void batchOnAWorkerThread()
    {
        const BillingDocuments docs(letterhead(true), kEnUs, kNewYork);
        std::vector<BatchItem> items;
        for (int i = 0; i < 4; ++i) {
            PaymentView p = usualPayment();
            p.receiptNumber = u"DT-R-%1"_s.arg(900 + i);
            p.customerName = u"김민준 %1"_s.arg(i);
            items.push_back({docs.receiptHtml(p, PaperFormat::Thermal80), p.receiptNumber + u".pdf"_s});
        }
        const QString out = path(u"batch-thread"_s);
        std::optional<Result<QStringList>> result;
        Qt::HANDLE workerId = nullptr;
        std::thread worker([&] {
            workerId = QThread::currentThreadId();
            result = exportPdfBatch(items, PaperFormat::Thermal80, out, {}, nullptr);
        });
        worker.join();
        QVERIFY(workerId != QThread::currentThreadId());
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        QCOMPARE(result->value().size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QString file = QDir(out).filePath(u"DT-R-%1.pdf"_s.arg(900 + i));
            const QString text = pdfText(file);
            QVERIFY2(has(text, u"DT-R-%1"_s.arg(900 + i)), qPrintable(text));
            QVERIFY2(has(text, u"김민준 %1"_s.arg(i)), qPrintable(text));
            QCOMPARE(pdfImageCount(file), 1); // the logo decodes off the GUI thread too
            QVERIFY(qAbs(pdfInfo(file).width - 226.77) < 0.5);
        }
        // And the same through a QThread.
        const QString out2 = path(u"batch-qthread"_s);
        std::optional<Result<QStringList>> second;
        QThread *thread
            = QThread::create([&] { second = exportPdfBatch(items, PaperFormat::A4, out2, {}, nullptr); });
        thread->start();
        QVERIFY(thread->wait(120'000));
        delete thread;
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(qRound(pdfInfo(QDir(out2).filePath(u"DT-R-900.pdf"_s)).width), 595);
    }

    void workOrderStyleCallersKeepTheirFooter()
    {
        // paintHtml()/writePdf() without options: footer with the title and page numbers.
        const QString file = path(u"plain.pdf"_s);
        QVERIFY(writePdf(u"<html><head><title>Plain sheet</title></head><body><p>Hello</p></body></html>"_s,
            file, QPageSize(QPageSize::A4))
                    .ok());
        const QString text = pdfText(file);
        QVERIFY2(has(text, u"Plain sheet"_s) && has(text, u"Page 1 of 1"_s), qPrintable(text));
        PrintOptions noFooter;
        noFooter.pageFooter = false;
        QVERIFY(writePdf(u"<html><head><title>Plain sheet</title></head><body><p>Hello</p></body></html>"_s,
            file, QPageSize(QPageSize::A4), noFooter)
                    .ok());
        QVERIFY(!has(pdfText(file), u"Page 1 of 1"_s));
    }
};

QTEST_MAIN(TestBillingDocuments)
#include "test_billing_documents.moc"
