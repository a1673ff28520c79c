// Receipts (payments and refunds) and the front desk's daily cash-up, on a page or on an
// 80 mm roll.

#include "core/billing/billing_documents.h"
#include "core/billing/billing_documents_layout.h"

namespace spoke {

using namespace billingdoc;

namespace {

QString muted(const QString &html)
{
    return QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(kMuted, html);
}

} // namespace

QString BillingDocuments::receiptHtml(const PaymentView &p, PaperFormat paper) const
{
    const bool narrow = paper == PaperFormat::Thermal80;
    const Logo logo = Logo::fromPng(m_letterhead.logoPng, narrow ? QSize(200, 60) : QSize(220, 70));
    const Page page(m_letterhead, logo, m_locale, m_zone, paper);
    const QString currency = p.amount.currency();
    const QString kindName = p.refund ? Tr::tr("Refund") : Tr::tr("Receipt");

    QString title = p.receiptNumber.isEmpty()
        ? kindName
        : Tr::tr("%1 %2", "document kind and number").arg(kindName, p.receiptNumber);
    if (!p.customerName.trimmed().isEmpty())
        title = Tr::tr("%1 — %2", "document and customer").arg(title, p.customerName.trimmed());

    QString html = page.begin(title)
        + page.header(kindName,
            {{Tr::tr("No."), Page::ltr(Page::esc(p.receiptNumber))},
                {Tr::tr("Date"), page.dateTime(p.receivedAtUtc)}});

    const QString amountHtml = QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold;\">%2</span>")
                                   .arg(narrow ? QStringLiteral("11") : QStringLiteral("14"),
                                       page.money(p.amount.minor(), currency));
    Rows rows;
    rows.push_back({p.refund ? Tr::tr("Refunded to") : Tr::tr("Received from"),
        QStringLiteral("<b>%1</b>").arg(Page::data(p.customerName))});
    rows.push_back({p.refund ? Tr::tr("Amount refunded") : Tr::tr("Amount paid"), amountHtml});
    rows.push_back({Tr::tr("Method"), Page::esc(paymentMethodName(p.method))});
    rows.push_back({Tr::tr("Reference"), Page::ltr(Page::esc(p.reference.trimmed()))});
    if (p.refund)
        rows.push_back({Tr::tr("Reason"), Page::data(p.reason)});
    rows.push_back({Tr::tr("Note"), Page::data(p.note)});
    html += (narrow ? QString() : QStringLiteral("<br>")) + page.facts(rows, narrow, narrow ? 42 : 30);

    // What the payment settled.
    if (!p.refund && !p.allocations.empty()) {
        html += page.heading(Tr::tr("Invoices paid"));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                    .arg(page.padding());
        html += page.row(
            {page.headCell(Tr::tr("Invoice")), page.headCell(Tr::tr("Applied"), QStringLiteral("far"))});
        for (const Allocation &a : p.allocations)
            html += page.row({page.cell(Page::ltr(Page::esc(a.invoiceNumber))),
                page.cell(page.money(a.amountMinor, currency), QStringLiteral("far"))});
        html += QStringLiteral("</table>");
    }

    // Where the customer stands afterwards.
    std::vector<Page::TotalRow> after;
    if (!p.refund && p.unusedMinor > 0)
        after.push_back({Tr::tr("Not applied, kept as credit"), page.money(p.unusedMinor, currency)});
    after.push_back({Tr::tr("Balance still owing"), page.money(p.customerBalanceAfterMinor, currency), true});
    after.push_back({Tr::tr("Credit on account"), page.money(p.customerCreditAfterMinor, currency)});
    html += page.heading(
        p.refund ? Tr::tr("Your account after this refund") : Tr::tr("Your account after this payment"));
    html += page.totals(after);
    html += QStringLiteral("<p align=\"center\" style=\"margin-top: 10px;\">%1</p>")
                .arg(Page::esc(p.refund ? Tr::tr("Please keep this refund slip.")
                                        : Tr::tr("Thank you for your payment.")));
    return html + page.end();
}

QString BillingDocuments::cashUpHtml(const CashUp &c, PaperFormat paper) const
{
    const bool narrow = paper == PaperFormat::Thermal80;
    const Logo logo = Logo::fromPng(m_letterhead.logoPng, narrow ? QSize(200, 60) : QSize(220, 70));
    const Page page(m_letterhead, logo, m_locale, m_zone, paper);
    const QString kindName = Tr::tr("Daily cash-up");
    const QString title = Tr::tr("%1 %2", "document kind and day").arg(kindName, page.dateText(c.day));

    QString html = page.begin(title) + page.header(kindName, {{Tr::tr("Day"), page.date(c.day)}});

    // By method.
    html += page.heading(Tr::tr("By payment method"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(page.padding());
    if (narrow) {
        html += page.row(
            {page.headCell(Tr::tr("Method")), page.headCell(Tr::tr("Net"), QStringLiteral("far"))});
        for (const CashUpLine &l : c.lines) {
            html += page.row(
                {page.cell(QStringLiteral("<b>%1</b>").arg(Page::esc(paymentMethodName(l.method)))),
                    page.cell(QStringLiteral("<b>%1</b>").arg(page.money(l.netMinor, c.currency)),
                        QStringLiteral("far"))});
            if (l.payments == 0 && l.refunds == 0)
                continue; // nothing taken this way: the method and its zero are enough
            html += page.row(
                {page.cell(muted(page.count(Tr::tr("%n payment(s)", nullptr, l.payments), l.payments)),
                     QStringLiteral("near")),
                    page.cell(muted(page.money(l.takenMinor, c.currency)), QStringLiteral("far"))});
            if (l.refunds > 0 || l.refundedMinor != 0)
                html += page.row(
                    {page.cell(muted(page.count(Tr::tr("%n refund(s)", nullptr, l.refunds), l.refunds))),
                        page.cell(muted(page.minus(l.refundedMinor, c.currency)), QStringLiteral("far"))});
        }
        html += page.row({page.cell(QStringLiteral("<b>%1</b>").arg(Page::esc(Tr::tr("Total net"))),
                              QStringLiteral("near"), QStringLiteral("bgcolor=\"%1\"").arg(kFill)),
            page.cell(QStringLiteral("<b>%1</b>").arg(page.money(c.netMinor, c.currency)),
                QStringLiteral("far"), QStringLiteral("bgcolor=\"%1\"").arg(kFill))});
    } else {
        html += QStringLiteral("<thead>")
            + page.row(
                {page.headCell(Tr::tr("Method"), QStringLiteral("near"), QStringLiteral("width=\"25%\"")),
                    page.headCell(Tr::tr("Payments"), QStringLiteral("far"), QStringLiteral("width=\"11%\"")),
                    page.headCell(Tr::tr("Taken"), QStringLiteral("far"), QStringLiteral("width=\"17%\"")),
                    page.headCell(Tr::tr("Refunds"), QStringLiteral("far"), QStringLiteral("width=\"11%\"")),
                    page.headCell(Tr::tr("Refunded"), QStringLiteral("far"), QStringLiteral("width=\"17%\"")),
                    page.headCell(Tr::tr("Net"), QStringLiteral("far"), QStringLiteral("width=\"19%\""))})
            + QStringLiteral("</thead>");
        int paymentsCount = 0, refundsCount = 0;
        for (const CashUpLine &l : c.lines) {
            paymentsCount += l.payments;
            refundsCount += l.refunds;
            html += page.row({page.cell(Page::esc(paymentMethodName(l.method))),
                page.cell(page.number(l.payments), QStringLiteral("far")),
                page.cell(page.money(l.takenMinor, c.currency), QStringLiteral("far")),
                page.cell(page.number(l.refunds), QStringLiteral("far")),
                page.cell(l.refundedMinor == 0 ? page.money(0, c.currency)
                                               : page.minus(l.refundedMinor, c.currency),
                    QStringLiteral("far")),
                page.cell(QStringLiteral("<b>%1</b>").arg(page.money(l.netMinor, c.currency)),
                    QStringLiteral("far"))});
        }
        const QString fill = QStringLiteral("bgcolor=\"%1\"").arg(kFill);
        const auto bold
            = [](const QString &s) { return QString(QStringLiteral("<b>") + s + QStringLiteral("</b>")); };
        html += page.row({page.cell(bold(Page::esc(Tr::tr("Total"))), QStringLiteral("near"), fill),
            page.cell(bold(page.number(paymentsCount)), QStringLiteral("far"), fill),
            page.cell(bold(page.money(c.takenMinor, c.currency)), QStringLiteral("far"), fill),
            page.cell(bold(page.number(refundsCount)), QStringLiteral("far"), fill),
            page.cell(bold(c.refundedMinor == 0 ? page.money(0, c.currency)
                                                : page.minus(c.refundedMinor, c.currency)),
                QStringLiteral("far"), fill),
            page.cell(bold(page.money(c.netMinor, c.currency)), QStringLiteral("far"), fill)});
    }
    html += QStringLiteral("</table>");

    // Every payment and refund of the day, oldest first.
    html += page.heading(Tr::tr("Payments and refunds"));
    if (c.entries.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(muted(Page::esc(Tr::tr("No payments were taken on this day."))));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                    .arg(page.padding());
        if (!narrow)
            html += QStringLiteral("<thead>")
                + page.row({page.headCell(
                                Tr::tr("Time"), QStringLiteral("near"), QStringLiteral("width=\"10%\"")),
                    page.headCell(Tr::tr("Receipt"), QStringLiteral("near"), QStringLiteral("width=\"15%\"")),
                    page.headCell(
                        Tr::tr("Customer"), QStringLiteral("near"), QStringLiteral("width=\"27%\"")),
                    page.headCell(Tr::tr("Method"), QStringLiteral("near"), QStringLiteral("width=\"14%\"")),
                    page.headCell(
                        Tr::tr("Reference"), QStringLiteral("near"), QStringLiteral("width=\"16%\"")),
                    page.headCell(Tr::tr("Amount"), QStringLiteral("far"), QStringLiteral("width=\"18%\""))})
                + QStringLiteral("</thead>");
        for (const PaymentView &e : c.entries) {
            const QString amount = e.refund ? page.minus(e.amount.minor(), e.amount.currency())
                                            : page.money(e.amount.minor(), e.amount.currency());
            const QString customer = Page::data(e.customerName)
                + (e.refund ? QStringLiteral(" <span style=\"color: %1;\">(%2)</span>")
                                  .arg(kAlert, Page::esc(Tr::tr("refund")))
                            : QString());
            if (narrow) {
                html += page.row({page.cell(QStringLiteral("%1 %2<br>%3")
                                                .arg(page.time(e.receivedAtUtc),
                                                    Page::ltr(Page::esc(e.receiptNumber)), customer)
                                      + QStringLiteral("<br>")
                                      + muted(Page::esc(paymentMethodName(e.method))
                                          + (e.reference.trimmed().isEmpty()
                                                  ? QString()
                                                  : QString(QStringLiteral(" · ")
                                                      + Page::ltr(Page::esc(e.reference.trimmed())))))),
                    page.cell(amount, QStringLiteral("far"))});
            } else {
                html += page.row(
                    {page.cell(page.time(e.receivedAtUtc)), page.cell(Page::ltr(Page::esc(e.receiptNumber))),
                        page.cell(customer), page.cell(Page::esc(paymentMethodName(e.method))),
                        page.cell(Page::ltr(Page::esc(e.reference.trimmed()))),
                        page.cell(amount, QStringLiteral("far"))});
            }
        }
        html += QStringLiteral("</table>");
    }

    // Signatures: the person who counted the drawer, and the one who checked.
    html += page.signatures({Tr::tr("Cash counted"), Tr::tr("Counted by"), Tr::tr("Checked by")});
    return html + page.end();
}

} // namespace spoke
