// A customer's statement of account: the opening balance, every invoice, credit note, payment
// and refund of the period with the running balance, the closing balance, and what is still
// open by age.

#include "core/billing/billing_documents.h"
#include "core/billing/billing_documents_layout.h"

namespace spoke {

using namespace billingdoc;

namespace {

QString lineKindName(const QString &kind)
{
    if (kind == QLatin1String("invoice"))
        return Tr::tr("Invoice");
    if (kind == QLatin1String("credit_note"))
        return Tr::tr("Credit note");
    if (kind == QLatin1String("payment"))
        return Tr::tr("Payment");
    if (kind == QLatin1String("refund"))
        return Tr::tr("Refund");
    if (kind == QLatin1String("void"))
        return Tr::tr("Void");
    return kind;
}

QString bold(const QString &html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

} // namespace

QString BillingDocuments::statementHtml(const Statement &s, PaperFormat paper) const
{
    const bool narrow = paper == PaperFormat::Thermal80;
    const Logo logo = Logo::fromPng(m_letterhead.logoPng, narrow ? QSize(200, 60) : QSize(220, 70));
    const Page page(m_letterhead, logo, m_locale, m_zone, paper);
    const QString cur = s.currency;
    const QString kindName = Tr::tr("Statement of account");
    QString title = kindName;
    if (!s.customerName.trimmed().isEmpty())
        title = Tr::tr("%1 — %2", "document and customer").arg(title, s.customerName.trimmed());

    const QString period = Tr::tr("%1 – %2", "period from – to").arg(page.date(s.from), page.date(s.to));
    QString html = page.begin(title)
        + page.header(kindName, {{Tr::tr("Date"), page.date(s.to)}, {Tr::tr("Period"), period}});

    QStringList who;
    who << bold(Page::data(s.customerName));
    if (!s.billingAddress.trimmed().isEmpty())
        who << Page::data(s.billingAddress);
    const QString whoHtml = page.heading(Tr::tr("Account")) + QStringLiteral("<p>")
        + who.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    const QString dueLabel = s.closingMinor < 0 ? Tr::tr("Credit balance") : Tr::tr("Amount due");
    const QString dueHtml
        = page.facts({{dueLabel,
                         QStringLiteral("<span style=\"font-size: %1pt; font-weight: bold;\">%2</span>")
                             .arg(narrow ? QStringLiteral("10") : QStringLiteral("13"),
                                 page.money(s.closingMinor < 0 ? -s.closingMinor : s.closingMinor, cur))}},
            true, 45);
    if (narrow)
        html += whoHtml + dueHtml;
    else
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
            + page.row({page.cell(whoHtml, QStringLiteral("near"), QStringLiteral("width=\"55%\"")),
                page.cell(QString(QStringLiteral("<br>") + dueHtml), QStringLiteral("far"),
                    QStringLiteral("width=\"45%\""))})
            + QStringLiteral("</table>");

    // The account's movements with the running balance.
    const QString fill = QStringLiteral("bgcolor=\"%1\"").arg(kFill);
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" style=\"margin-top: 8px;\">")
                .arg(page.padding());
    if (narrow) {
        // Three columns on a roll: what (date and kind, the number on its own line so it never
        // breaks at a hyphen, the description), the amount, the balance after it.
        html += page.row(
            {page.headCell(Tr::tr("Activity"), QStringLiteral("near"), QStringLiteral("width=\"44%\"")),
                page.headCell(Tr::tr("Amount"), QStringLiteral("far"), QStringLiteral("width=\"28%\"")),
                page.headCell(Tr::tr("Balance"), QStringLiteral("far"), QStringLiteral("width=\"28%\""))});
        html += page.row({page.cell(bold(Page::esc(Tr::tr("Opening balance"))) + QStringLiteral("<br>")
                                  + page.date(s.from),
                              QStringLiteral("near"), QString(u"colspan=\"2\" " + fill)),
            page.cell(bold(page.money(s.openingMinor, cur)), QStringLiteral("far"), fill)});
        for (const StatementLine &l : s.lines) {
            const QString amount
                = l.debitMinor != 0 ? page.money(l.debitMinor, cur) : page.minus(l.creditMinor, cur);
            QString what = QStringLiteral("%1 %2<br>%3")
                               .arg(page.date(l.date), Page::esc(lineKindName(l.kind)),
                                   Page::ltr(Page::esc(l.reference)));
            if (!l.description.trimmed().isEmpty())
                what += QStringLiteral("<br><span style=\"color: %1;\">%2</span>")
                            .arg(kMuted, Page::data(l.description));
            html += page.row({page.cell(what), page.cell(amount, QStringLiteral("far")),
                page.cell(page.money(l.runningMinor, cur), QStringLiteral("far"))});
        }
        html += page.row(
            {page.cell(bold(Page::esc(Tr::tr("Closing balance"))) + QStringLiteral("<br>") + page.date(s.to),
                 QStringLiteral("near"), QString(u"colspan=\"2\" " + fill)),
                page.cell(bold(page.money(s.closingMinor, cur)), QStringLiteral("far"), fill)});
    } else {
        html += QStringLiteral("<thead>")
            + page.row({page.headCell(
                            Tr::tr("Date"), QStringLiteral("near"), QStringLiteral("width=\"12%\"")),
                page.headCell(Tr::tr("Type"), QStringLiteral("near"), QStringLiteral("width=\"12%\"")),
                page.headCell(Tr::tr("Reference"), QStringLiteral("near"), QStringLiteral("width=\"14%\"")),
                page.headCell(Tr::tr("Description"), QStringLiteral("near"), QStringLiteral("width=\"20%\"")),
                page.headCell(Tr::tr("Charges"), QStringLiteral("far"), QStringLiteral("width=\"14%\"")),
                page.headCell(Tr::tr("Credits"), QStringLiteral("far"), QStringLiteral("width=\"14%\"")),
                page.headCell(Tr::tr("Balance"), QStringLiteral("far"), QStringLiteral("width=\"14%\""))})
            + QStringLiteral("</thead>");
        html += page.row({page.cell(page.date(s.from), QStringLiteral("near"), fill),
            page.cell(bold(Page::esc(Tr::tr("Opening balance"))), QStringLiteral("near"),
                QString(u"colspan=\"5\" " + fill)),
            page.cell(bold(page.money(s.openingMinor, cur)), QStringLiteral("far"), fill)});
        for (const StatementLine &l : s.lines)
            html += page.row({page.cell(page.date(l.date)), page.cell(Page::esc(lineKindName(l.kind))),
                page.cell(Page::ltr(Page::esc(l.reference))), page.cell(Page::data(l.description)),
                page.cell(
                    l.debitMinor != 0 ? page.money(l.debitMinor, cur) : QString(), QStringLiteral("far")),
                page.cell(
                    l.creditMinor != 0 ? page.minus(l.creditMinor, cur) : QString(), QStringLiteral("far")),
                page.cell(page.money(l.runningMinor, cur), QStringLiteral("far"))});
        html += page.row({page.cell(page.date(s.to), QStringLiteral("near"), fill),
            page.cell(bold(Page::esc(Tr::tr("Closing balance"))), QStringLiteral("near"),
                QString(u"colspan=\"5\" " + fill)),
            page.cell(bold(page.money(s.closingMinor, cur)), QStringLiteral("far"), fill)});
    }
    html += QStringLiteral("</table>");

    // Aging of what is still open.
    qint64 agingTotal = 0;
    for (qint64 minor : s.agingMinor)
        agingTotal += minor;
    html += page.heading(Tr::tr("Open invoices by age"));
    if (narrow) {
        std::vector<Page::TotalRow> rows;
        for (int b = 0; b < 5; ++b)
            rows.push_back({agingBucketName(static_cast<AgingBucket>(b)), page.money(s.agingMinor[b], cur)});
        rows.push_back({Tr::tr("Total open"), page.money(agingTotal, cur), true});
        html += page.totals(rows);
    } else {
        QStringList head, values;
        for (int b = 0; b < 5; ++b) {
            head << page.headCell(agingBucketName(static_cast<AgingBucket>(b)), QStringLiteral("far"),
                QStringLiteral("width=\"16%\""));
            values << page.cell(page.money(s.agingMinor[b], cur), QStringLiteral("far"));
        }
        head << page.headCell(Tr::tr("Total open"), QStringLiteral("far"), QStringLiteral("width=\"20%\""));
        values << page.cell(bold(page.money(agingTotal, cur)), QStringLiteral("far"), fill);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">") + page.row(head)
            + page.row(values) + QStringLiteral("</table>");
    }

    if (!s.open.empty()) {
        html += page.heading(Tr::tr("Open invoices"));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">")
                    .arg(page.padding());
        if (narrow) {
            for (const OpenInvoice &o : s.open)
                html += page.row({page.cell(QStringLiteral("%1<br><span style=\"color: %2;\">%3</span>")
                                                .arg(Page::ltr(Page::esc(o.number)), kMuted,
                                                    Page::esc(Tr::tr("due %1").arg(page.date(o.dueDate))))),
                    page.cell(page.money(o.balanceMinor, cur), QStringLiteral("far"))});
        } else {
            html += QStringLiteral("<thead>")
                + page.row({page.headCell(Tr::tr("Invoice")), page.headCell(Tr::tr("Date")),
                    page.headCell(Tr::tr("Due date")),
                    page.headCell(Tr::tr("Days overdue"), QStringLiteral("far")),
                    page.headCell(Tr::tr("Total"), QStringLiteral("far")),
                    page.headCell(Tr::tr("Balance"), QStringLiteral("far"))})
                + QStringLiteral("</thead>");
            for (const OpenInvoice &o : s.open)
                html += page.row({page.cell(Page::ltr(Page::esc(o.number))),
                    page.cell(page.date(o.issueDate)), page.cell(page.date(o.dueDate)),
                    page.cell(
                        o.daysPastDue > 0 ? page.number(o.daysPastDue) : QString(), QStringLiteral("far")),
                    page.cell(page.money(o.totalMinor, cur), QStringLiteral("far")),
                    page.cell(page.money(o.balanceMinor, cur), QStringLiteral("far"))});
        }
        html += QStringLiteral("</table>");
    }
    return html + page.end();
}

} // namespace spoke
