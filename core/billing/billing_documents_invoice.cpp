// Invoices and credit notes on paper: letterhead, number and dates, bill-to, the lines with
// their discounts and taxes, the totals with each tax by rate, what was paid and what is
// still owed, notes and terms; a void or draft document says so in a banner.

#include "core/billing/billing_documents.h"
#include "core/billing/billing_documents_layout.h"

namespace spoke {

using namespace billingdoc;

namespace {

/// "GST 5%" (the rate's name, or its code, and the percentage).
QString taxLabel(const Page &page, const TaxAmount &tax)
{
    const QString name = tax.name.trimmed().isEmpty() ? tax.code : tax.name.trimmed();
    return Tr::tr("%1 %2", "tax name and rate").arg(name, page.percent(tax.ppm));
}

QString taxCode(const TaxAmount &tax)
{
    return tax.code.trimmed().isEmpty() ? tax.name.trimmed() : tax.code.trimmed();
}

/// The discount of a line: the amount, and the percentage it came from (under it in a
/// column, so a long amount never wraps unpredictably).
QString discountHtml(const Page &page, const InvoiceLineView &l, const QString &currency,
    const QString &separator = QStringLiteral("<br>"))
{
    if (l.totals.lineDiscount == 0)
        return QString();
    QString html = page.minus(l.totals.lineDiscount, currency);
    if (l.line.discount.kind == Discount::Kind::Percent)
        html += separator
            + QStringLiteral("<span style=\"color: %1; font-size: 7.5pt;\">(%2)</span>")
                  .arg(kMuted, page.percent(l.line.discount.value));
    return html;
}

/// The taxes of one line, one rate a line: "GST $1.25".
QString lineTaxesHtml(const Page &page, const InvoiceLineView &l, const QString &currency,
    const QString &separator = QStringLiteral("<br>"))
{
    QStringList parts;
    for (const TaxAmount &t : l.totals.taxes)
        parts << Tr::tr("%1 %2", "tax code and amount")
                     .arg(Page::esc(taxCode(t)), page.money(t.minor, currency));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(separator);
}

QString termsText(const Page &page, const InvoiceView &inv)
{
    if (inv.kind == InvoiceKind::CreditNote)
        return QString();
    if (inv.termsDays <= 0)
        return Page::esc(Tr::tr("Payment is due on receipt."));
    return page.count(Tr::tr("Payment is due within %n day(s) of the invoice date.", nullptr, inv.termsDays),
        inv.termsDays);
}

} // namespace

QString BillingDocuments::invoiceHtml(const InvoiceView &inv, PaperFormat paper) const
{
    const bool narrow = paper == PaperFormat::Thermal80;
    const Logo logo = Logo::fromPng(m_letterhead.logoPng, narrow ? QSize(200, 60) : QSize(220, 70));
    const Page page(m_letterhead, logo, m_locale, m_zone, paper);
    const bool credit = inv.kind == InvoiceKind::CreditNote;
    const bool isVoid = inv.status == InvoiceStatus::Void;
    const bool draft = inv.status == InvoiceStatus::Draft;
    const QString currency = inv.currency.isEmpty() ? inv.totals.currency : inv.currency;
    const QString kindName = credit ? Tr::tr("Credit note") : Tr::tr("Invoice");

    QString title = inv.number.isEmpty()
        ? Tr::tr("%1 (draft)", "document kind").arg(kindName)
        : Tr::tr("%1 %2", "document kind and number").arg(kindName, inv.number);
    if (!inv.customerName.trimmed().isEmpty())
        title = Tr::tr("%1 — %2", "document and customer").arg(title, inv.customerName.trimmed());
    if (isVoid)
        title = Tr::tr("VOID — %1").arg(title);

    Rows facts;
    facts.push_back({Tr::tr("No."),
        inv.number.isEmpty() ? Page::esc(Tr::tr("Draft")) : Page::ltr(Page::esc(inv.number))});
    facts.push_back({Tr::tr("Date"), page.date(inv.issueDate)});
    if (!credit && !isVoid)
        facts.push_back({Tr::tr("Due date"), page.date(inv.dueDate)});
    if (credit)
        facts.push_back({Tr::tr("Credits invoice"), Page::ltr(Page::esc(inv.creditedInvoiceNumber))});

    QString html = page.begin(title) + page.header(kindName, facts);

    if (isVoid) {
        QStringList details;
        if (!inv.voidReason.trimmed().isEmpty())
            details << Page::esc(Tr::tr("Reason:")) + u' ' + Page::data(inv.voidReason);
        if (inv.voidedAtUtc.isValid())
            details << Tr::tr("Voided on %1").arg(page.dateTime(inv.voidedAtUtc));
        details << Page::esc(credit ? Tr::tr("This credit note is cancelled and has no value.")
                                    : Tr::tr("This invoice is cancelled: nothing is owed on it."));
        html += page.banner(Tr::tr("VOID"), details, kAlert, kAlertBg);
    } else if (draft) {
        html += page.banner(Tr::tr("DRAFT"),
            {Page::esc(Tr::tr("Not issued yet: this is not a valid invoice."))}, kMuted, kFill);
    }

    // Who is billed, and (credit notes) what is corrected and why.
    QStringList billTo;
    billTo << QStringLiteral("<b>%1</b>").arg(Page::data(inv.customerName));
    if (!inv.billingAddress.trimmed().isEmpty())
        billTo << Page::data(inv.billingAddress);
    const QString billToHtml = page.heading(credit ? Tr::tr("Credit to") : Tr::tr("Bill to"))
        + QStringLiteral("<p>") + billTo.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    Rows about;
    if (credit) {
        about.push_back({Tr::tr("Corrects invoice"), Page::ltr(Page::esc(inv.creditedInvoiceNumber))});
        about.push_back({Tr::tr("Reason"), Page::data(inv.reason)});
    } else if (!isVoid && !draft) {
        about.push_back({Tr::tr("Amount due"),
            QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold;\">%2</span>")
                .arg(narrow ? QStringLiteral("10") : QStringLiteral("13"),
                    page.money(inv.balanceMinor, currency))});
        if (inv.balanceMinor > 0)
            about.push_back({Tr::tr("Due by"), page.date(inv.dueDate)});
        else
            about.push_back({Tr::tr("Status"), Page::esc(Tr::tr("Paid in full"))});
    }
    const QString aboutHtml = page.facts(about, true, 45);
    if (narrow) {
        html += billToHtml + aboutHtml;
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
            + page.row({page.cell(billToHtml, QStringLiteral("near"), QStringLiteral("width=\"55%\"")),
                page.cell(aboutHtml.isEmpty() ? QString() : QString(QStringLiteral("<br>") + aboutHtml),
                    QStringLiteral("far"), QStringLiteral("width=\"45%\""))})
            + QStringLiteral("</table>");
    }

    // The lines. Net is each line after its own discount; an invoice discount is shared over
    // the lines in the totals (and the taxes are charged on what remains).
    const bool inclusive = inv.taxSettings.pricesIncludeTax;
    bool anyDiscount = false, anyTax = false;
    for (const InvoiceLineView &l : inv.lines) {
        anyDiscount = anyDiscount || l.totals.lineDiscount != 0;
        anyTax = anyTax || !l.totals.taxes.empty();
    }
    const QString amountLabel = inclusive ? Tr::tr("Amount") : Tr::tr("Net");
    qint64 linesSum = 0;
    for (const InvoiceLineView &l : inv.lines)
        linesSum += l.totals.extended - l.totals.lineDiscount;

    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"margin-top: 8px;\">")
                .arg(page.padding());
    if (narrow) {
        html += page.row(
            {page.headCell(Tr::tr("Description")), page.headCell(amountLabel, QStringLiteral("far"))});
        for (const InvoiceLineView &l : inv.lines) {
            const qint64 amount = l.totals.extended - l.totals.lineDiscount;
            html += page.row({page.cell(
                Page::data(l.line.description), QStringLiteral("near"), QStringLiteral("colspan=\"2\""))});
            QString detail
                = Tr::tr("%1 × %2", "quantity times unit price")
                      .arg(page.number(l.line.quantity), page.money(l.line.unitPriceMinor, currency));
            if (const QString d = discountHtml(page, l, currency, QStringLiteral(" ")); !d.isEmpty())
                detail += QStringLiteral("<br>") + Page::esc(Tr::tr("Discount")) + u' ' + d;
            if (anyTax)
                detail += QStringLiteral("<br><span style=\"color: %1;\">%2</span>")
                              .arg(kMuted, lineTaxesHtml(page, l, currency, QStringLiteral(" · ")));
            html += page.row({page.cell(detail, QStringLiteral("near"), QStringLiteral("width=\"62%\"")),
                page.cell(page.money(amount, currency), QStringLiteral("far"))});
        }
    } else {
        QStringList head {page.headCell(Tr::tr("Description"), QStringLiteral("near")),
            page.headCell(Tr::tr("Qty"), QStringLiteral("far")),
            page.headCell(Tr::tr("Unit price"), QStringLiteral("far"))};
        if (anyDiscount)
            head << page.headCell(Tr::tr("Discount"), QStringLiteral("far"));
        head << page.headCell(amountLabel, QStringLiteral("far"));
        if (anyTax)
            head << page.headCell(Tr::tr("Tax"), QStringLiteral("far"));
        html += QStringLiteral("<thead>") + page.row(head) + QStringLiteral("</thead>");
        int n = 0;
        for (const InvoiceLineView &l : inv.lines) {
            const QString fill
                = (n++ % 2) ? QStringLiteral("bgcolor=\"%1\"").arg(QStringLiteral("#f9fafb")) : QString();
            const auto w
                = [&](int percent) { return QString(QStringLiteral("width=\"%1%\" ").arg(percent) + fill); };
            const int descWidth = 100 - 8 - 14 - (anyDiscount ? 13 : 0) - 14 - (anyTax ? 15 : 0);
            QStringList cells {
                page.cell(Page::data(l.line.description), QStringLiteral("near"), w(descWidth)),
                page.cell(page.number(l.line.quantity), QStringLiteral("far"), w(8)),
                page.cell(page.money(l.line.unitPriceMinor, currency), QStringLiteral("far"), w(14))};
            if (anyDiscount)
                cells << page.cell(discountHtml(page, l, currency), QStringLiteral("far"), w(13));
            cells << page.cell(page.money(l.totals.extended - l.totals.lineDiscount, currency),
                QStringLiteral("far"), w(14));
            if (anyTax)
                cells << page.cell(QStringLiteral("<span style=\"font-size: 8pt;\">%1</span>")
                                       .arg(lineTaxesHtml(page, l, currency)),
                    QStringLiteral("far"), w(15));
            html += page.row(cells);
        }
    }
    html += QStringLiteral("</table><hr>");

    // Totals: the sum of the lines, the invoice discount, each tax by rate, the total, and
    // what was settled and is still owed.
    const InvoiceTotals &t = inv.totals;
    std::vector<Page::TotalRow> rows;
    rows.push_back({Tr::tr("Subtotal"), page.money(linesSum, currency)});
    if (t.invoiceDiscount != 0) {
        const QString label = inv.invoiceDiscount.kind == Discount::Kind::Percent
            ? Tr::tr("Discount (%1)").arg(page.percent(inv.invoiceDiscount.value))
            : Tr::tr("Discount");
        rows.push_back({label, page.minus(t.invoiceDiscount, currency)});
    }
    if (inclusive) {
        rows.push_back({Tr::tr("Total"), page.money(t.total, currency), true});
        for (const TaxAmount &tax : t.taxes)
            rows.push_back({Tr::tr("Includes %1").arg(taxLabel(page, tax)), page.money(tax.minor, currency)});
        if (!t.taxes.empty())
            rows.push_back({Tr::tr("Total before tax"), page.money(t.netTotal, currency)});
    } else {
        if (t.invoiceDiscount != 0 && !t.taxes.empty())
            rows.push_back({Tr::tr("Net total"), page.money(t.netTotal, currency)});
        for (const TaxAmount &tax : t.taxes)
            rows.push_back({taxLabel(page, tax), page.money(tax.minor, currency)});
        rows.push_back({Tr::tr("Total"), page.money(t.total, currency), true});
    }
    if (!isVoid && !draft) {
        if (credit) {
            rows.push_back({Tr::tr("Credit used"), page.minus(t.total - inv.balanceMinor, currency)});
            rows.push_back({Tr::tr("Credit remaining"), page.money(inv.balanceMinor, currency), true});
        } else {
            rows.push_back({Tr::tr("Paid"), page.minus(inv.paidMinor, currency)});
            rows.push_back({Tr::tr("Credited"), page.minus(inv.creditedMinor, currency)});
            rows.push_back({Tr::tr("Balance due"), page.money(inv.balanceMinor, currency), true});
        }
    }

    QString beside;
    if (!inv.notes.trimmed().isEmpty())
        beside += page.heading(Tr::tr("Notes")) + QStringLiteral("<p>%1</p>").arg(Page::data(inv.notes));
    if (const QString terms = termsText(page, inv); !terms.isEmpty() && !isVoid)
        beside += page.heading(Tr::tr("Terms")) + QStringLiteral("<p>%1</p>").arg(terms);
    if (inclusive)
        beside += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                      .arg(kMuted, Page::esc(Tr::tr("Prices include tax.")));
    html += page.totals(rows, beside);
    return html + page.end();
}

} // namespace spoke
