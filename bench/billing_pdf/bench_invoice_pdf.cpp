// Invoice to PDF benchmark. Prints figures; asserts nothing.
//
//   spoke_bench_invoice_pdf [--runs N] [--batch N] [--keep DIR]
//
// A realistic invoice: 8 lines over three tax rates (GST 5%, PST 7%, QST 9.975%), line and
// invoice discounts, a partial payment, notes, and a 240x80 PNG logo in the letterhead,
// with totals from computeTotals(). Per run: BillingDocuments::invoiceHtml() then
// BillingDocuments::writePdf() to an A4 file on disk (what "save as PDF" does), timed
// together and apart; also an 80 mm thermal receipt (laid out twice: once to measure the
// roll's length, once to paint). Then a batch of N invoices (default 500), each with its own
// number and customer, through exportPdfBatch() into a folder.

#include "core/billing/billing_documents.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace spoke;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), v.back()};
}

void print(const char *what, const Stats &s)
{
    std::printf("%-44s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, s.p50, s.p95, s.max);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_invoice_pdf: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray logoPng()
{
    QImage image(240, 80, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x0e, 0x74, 0x90));
    p.drawRoundedRect(QRectF(4, 4, 72, 72), 14, 14);
    p.setBrush(QColor(0xf5, 0x9e, 0x0b));
    p.drawEllipse(QRectF(90, 18, 44, 44));
    p.setPen(QColor(0x11, 0x18, 0x27));
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 20, QFont::Bold));
    p.drawText(QRectF(140, 0, 100, 80), Qt::AlignCenter, QStringLiteral("SHS"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

Letterhead letterhead()
{
    Letterhead l;
    l.businessName = QStringLiteral("Spotless Home Services — Downtown");
    l.address = QStringLiteral("120 King Street West, Suite 400\nToronto, ON M5H 1J9");
    l.phone = QStringLiteral("+1 416-555-0134");
    l.email = QStringLiteral("downtown@spotless.example");
    l.taxIds = QStringLiteral("GST/HST 123456789 RT0001 · QST 1234567890 TQ0001");
    l.footer
        = QStringLiteral("Thank you for your business. Pay by bank transfer to Northern Bank, transit 00412, "
                         "account 778899, quoting the invoice number. Late payments: 1.5% per month.");
    l.logoPng = logoPng();
    return l;
}

const std::vector<TaxClass> &taxClasses()
{
    static const std::vector<TaxClass> classes {
        {QStringLiteral("standard"), QStringLiteral("Standard"),
            {{QStringLiteral("GST"), QStringLiteral("GST"), 50'000, false},
                {QStringLiteral("PST"), QStringLiteral("PST"), 70'000, false}}},
        {QStringLiteral("qc"), QStringLiteral("Québec"),
            {{QStringLiteral("GST"), QStringLiteral("GST"), 50'000, false},
                {QStringLiteral("QST"), QStringLiteral("QST"), 99'750, false}}},
        {QStringLiteral("reduced"), QStringLiteral("Reduced"),
            {{QStringLiteral("GST"), QStringLiteral("GST"), 50'000, false}}},
    };
    return classes;
}

InvoiceView realisticInvoice(int n)
{
    struct Spec
    {
        const char *description;
        qint64 quantity, price;
        Discount discount;
        const char *taxClass;
    };
    const Spec specs[] = {
        {"Deep clean, 3-bedroom house (kitchen, 2 bathrooms, living areas)", 1, 32'500, Discount::none(),
            "standard"},
        {"Oven cleaning, inside and racks", 1, 8'900, Discount::percent(100'000), "standard"},
        {"Window washing, inside and out (per window)", 14, 850, Discount::none(), "reduced"},
        {"Carpet shampoo, per room", 3, 6'500, Discount::amount(1'500), "standard"},
        {"Fridge clean-out", 1, 4'500, Discount::none(), "standard"},
        {"Balcony power wash", 1, 12'000, Discount::none(), "qc"},
        {"Eco cleaning products surcharge", 1, 1'500, Discount::none(), "reduced"},
        {"Travel outside the service area (km)", 18, 95, Discount::none(), "qc"},
    };
    InvoiceView inv;
    inv.id = QStringLiteral("inv-%1").arg(n);
    inv.status = InvoiceStatus::Issued;
    inv.number = QStringLiteral("DT-%1").arg(100'000 + n, 6, 10, QLatin1Char('0'));
    static const QStringList names {QStringLiteral("Hélène Dubois"), QStringLiteral("김민준"),
        QStringLiteral("Acme Property Management Ltd."), QStringLiteral("Samuel Okafor"),
        QStringLiteral("Priya Patel")};
    inv.customerName = names[n % names.size()];
    inv.billingAddress
        = QStringLiteral("%1 Elm Street, Apt %2\nSpringfield, ON K1A 0B1").arg(10 + n % 900).arg(n % 40);
    inv.currency = QStringLiteral("CAD");
    inv.issueDate = QDate(2027, 6, 15).addDays(n % 90);
    inv.termsDays = 14;
    inv.dueDate = inv.issueDate.addDays(14);
    inv.notes = QStringLiteral("Side door code given on the phone. Dog is friendly.");
    inv.invoiceDiscount = Discount::percent(50'000);
    std::vector<PriceLine> priceLines;
    for (const Spec &s : specs) {
        InvoiceLine line;
        line.description = QString::fromUtf8(s.description);
        line.quantity = s.quantity;
        line.unitPriceMinor = s.price;
        line.discount = s.discount;
        line.taxClass = QString::fromUtf8(s.taxClass);
        inv.lines.push_back({line, {}});
        priceLines.push_back({Money(s.price, inv.currency), s.quantity, s.discount, line.taxClass});
    }
    auto totals = computeTotals(priceLines, inv.invoiceDiscount, taxClasses(), inv.taxSettings, inv.currency);
    if (!totals)
        fail(totals.error().message);
    inv.totals = totals.value();
    for (size_t i = 0; i < inv.lines.size(); ++i)
        inv.lines[i].totals = inv.totals.lines[i];
    inv.paidMinor = 20'000;
    inv.balanceMinor = inv.totals.total - inv.paidMinor;
    return inv;
}

PaymentView receipt()
{
    PaymentView p;
    p.receiptNumber = QStringLiteral("DT-R-000077");
    p.customerName = QStringLiteral("Hélène Dubois");
    p.amount = Money(45'000, QStringLiteral("CAD"));
    p.method = PaymentMethod::Card;
    p.reference = QStringLiteral("VISA •••• 4242");
    p.receivedAtUtc = QDateTime(QDate(2027, 6, 15), QTime(17, 30), Qt::UTC);
    p.allocations.push_back({{}, {}, {}, {}, QStringLiteral("DT-100001"), 40'000, {}});
    p.unusedMinor = 5'000;
    p.customerCreditAfterMinor = 5'000;
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Invoices in the batch."),
        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption keepOpt(
        QStringLiteral("keep"), QStringLiteral("Write the files here and keep them."), QStringLiteral("dir"));
    parser.addOptions({runsOpt, batchOpt, keepOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int batch = std::max(1, parser.value(batchOpt).toInt());

    QTemporaryDir temp;
    const QString folder = parser.isSet(keepOpt) ? parser.value(keepOpt) : temp.path();
    QDir().mkpath(folder);
    const QLocale locale(QLocale::English, QLocale::Canada);
    const BillingDocuments docs(letterhead(), locale, QTimeZone(QByteArrayLiteral("America/Toronto")));
    const InvoiceView invoice = realisticInvoice(1);
    const QString file = QDir(folder).filePath(QStringLiteral("invoice.pdf"));

    // Warm-up: fonts, fontconfig and the PNG decoder are loaded once per process.
    for (int i = 0; i < 5; ++i)
        if (Status st
            = BillingDocuments::writePdf(docs.invoiceHtml(invoice, PaperFormat::A4), PaperFormat::A4, file);
            !st)
            fail(st.error().message);

    std::vector<double> total, html, pdf, roll;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        const QString h = docs.invoiceHtml(invoice, PaperFormat::A4);
        const qint64 composed = t.nsecsElapsed();
        if (Status st = BillingDocuments::writePdf(h, PaperFormat::A4, file); !st)
            fail(st.error().message);
        const qint64 written = t.nsecsElapsed();
        html.push_back(double(composed) / 1e6);
        pdf.push_back(double(written - composed) / 1e6);
        total.push_back(double(written) / 1e6);
    }
    const QString rollFile = QDir(folder).filePath(QStringLiteral("receipt-80mm.pdf"));
    const PaymentView payment = receipt();
    for (int i = 0; i < runs; ++i) {
        t.start();
        if (Status st = BillingDocuments::writePdf(
                docs.receiptHtml(payment, PaperFormat::Thermal80), PaperFormat::Thermal80, rollFile);
            !st)
            fail(st.error().message);
        roll.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("invoice: %zu lines, %zu tax rates, logo %lld bytes; PDF %lld bytes; %d runs\n",
        invoice.lines.size(), invoice.totals.taxes.size(), qlonglong(letterhead().logoPng.size()),
        qlonglong(QFileInfo(file).size()), runs);
    print("invoice view -> HTML -> A4 PDF file", stats(total));
    print("  of which invoiceHtml()", stats(html));
    print("  of which writePdf()", stats(pdf));
    print("receipt -> 80 mm roll PDF file", stats(roll));

    // The batch: HTML first (what the UI hands over), then the export.
    std::vector<BatchItem> items;
    items.reserve(size_t(batch));
    t.start();
    for (int i = 0; i < batch; ++i) {
        const InvoiceView inv = realisticInvoice(i);
        items.push_back({docs.invoiceHtml(inv, PaperFormat::A4), inv.number + QStringLiteral(".pdf")});
    }
    const double composeMs = double(t.nsecsElapsed()) / 1e6;
    const QString batchFolder = QDir(folder).filePath(QStringLiteral("batch"));
    int progressCalls = 0;
    t.start();
    auto written = exportPdfBatch(
        items, PaperFormat::A4, batchFolder, [&](int, int) { ++progressCalls; }, nullptr);
    const double exportMs = double(t.nsecsElapsed()) / 1e6;
    if (!written)
        fail(written.error().message);
    qint64 bytes = 0;
    for (const QString &f : written.value())
        bytes += QFileInfo(f).size();
    std::printf("batch of %d invoices: HTML %.2f s (%.2f ms each); exportPdfBatch %.2f s (%.2f ms each), "
                "%d progress calls, %.1f MB\n",
        batch, composeMs / 1000, composeMs / batch, exportMs / 1000, exportMs / batch, progressCalls,
        double(bytes) / 1e6);
    return 0;
}
