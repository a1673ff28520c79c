#include "ui/billing/aging_chart.h"

#include "ui/billing/billing_widgets.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace spoke::ui {

namespace {

constexpr int kBuckets = 5;
const std::array<QColor, kBuckets> kColors {QColor(0x0E, 0x7C, 0x86), QColor(0xE0, 0xA5, 0x26),
    QColor(0xE0, 0x7B, 0x26), QColor(0xD4, 0x53, 0x2B), QColor(0xB4, 0x23, 0x18)};

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency.isEmpty() ? QStringLiteral("USD") : currency).format(QLocale());
}

} // namespace

AgingChart::AgingChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("AgingChart"));
    setAccessibleName(tr("Receivables aging"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void AgingChart::setReport(const AgingReport &report)
{
    m_report = report;
    QStringList lines;
    for (int i = 0; i < kBuckets; ++i)
        lines << bucketText(AgingBucket(i));
    setAccessibleDescription(lines.join(u'\n'));
    setToolTip(lines.join(u'\n'));
    update();
}

QString AgingChart::bucketText(AgingBucket bucket) const
{
    const int i = int(bucket);
    return billing_ui::plural(
        tr("%1: %2 (%Ln invoice(s))", nullptr, m_report.bucketCount[i]), m_report.bucketCount[i])
        .arg(agingBucketName(bucket), money(m_report.bucketMinor[i], m_report.currency));
}

QSize AgingChart::sizeHint() const
{
    return QSize(640, 260);
}

QSize AgingChart::minimumSizeHint() const
{
    return QSize(360, 200);
}

QRectF AgingChart::plotArea() const
{
    const QFontMetrics fm(font());
    const qreal top = fm.height() * 1.6;
    const qreal bottom = fm.height() * 2.8;
    return QRectF(16, top, width() - 32, height() - top - bottom);
}

QRectF AgingChart::barRect(AgingBucket bucket) const
{
    const QRectF plot = plotArea();
    qint64 largest = 0;
    for (qint64 v : m_report.bucketMinor)
        largest = qMax(largest, v);
    const qreal slot = plot.width() / kBuckets;
    const int i = int(bucket);
    // The first bucket starts where reading starts: at the right in right-to-left layouts.
    const int position = layoutDirection() == Qt::RightToLeft ? kBuckets - 1 - i : i;
    const qreal barWidth = qMin(slot * 0.58, 120.0);
    const qreal x = plot.left() + slot * position + (slot - barWidth) / 2;
    const qreal share = largest > 0 ? qreal(m_report.bucketMinor[i]) / qreal(largest) : 0;
    const qreal h = m_report.bucketMinor[i] > 0 ? qMax(3.0, plot.height() * share) : 0;
    return QRectF(x, plot.bottom() - h, barWidth, h);
}

void AgingChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotArea();
    const QColor grid(0xE3, 0xE7, 0xEE);
    const QColor muted(0x6B, 0x72, 0x80);
    const QColor text(0x1F, 0x29, 0x37);

    // Gridlines at quarters of the largest bucket.
    p.setPen(QPen(grid, 1));
    for (int k = 0; k <= 4; ++k) {
        const qreal y = plot.bottom() - plot.height() * k / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const qreal slot = plot.width() / kBuckets;
    for (int i = 0; i < kBuckets; ++i) {
        const auto bucket = AgingBucket(i);
        const QRectF bar = barRect(bucket);
        if (bar.height() > 0) {
            QPainterPath path;
            path.addRoundedRect(bar.adjusted(0, 0, 0, 4), 4, 4);
            p.save();
            p.setClipRect(bar);
            p.fillPath(path, kColors[size_t(i)]);
            p.restore();
        }
        const qreal centre = bar.center().x();
        const QRectF column(centre - slot / 2, 0, slot, height());
        // The amount above the bar.
        p.setFont(bold);
        p.setPen(m_report.bucketMinor[i] > 0 ? text : muted);
        const QRectF amount(column.left(), bar.top() - fm.height() * 1.4, column.width(), fm.height() * 1.3);
        p.drawText(
            amount, Qt::AlignHCenter | Qt::AlignBottom, money(m_report.bucketMinor[i], m_report.currency));
        // The bucket and the count below the axis.
        p.setFont(font());
        p.setPen(text);
        const QRectF name(column.left(), plot.bottom() + 4, column.width(), fm.height() * 1.3);
        p.drawText(name, Qt::AlignHCenter | Qt::AlignTop, agingBucketName(bucket));
        p.setPen(muted);
        const QRectF count(column.left(), name.bottom(), column.width(), fm.height() * 1.3);
        p.drawText(count, Qt::AlignHCenter | Qt::AlignTop,
            billing_ui::plural(
                tr("%Ln invoice(s)", nullptr, m_report.bucketCount[i]), m_report.bucketCount[i]));
    }
    p.setPen(QPen(QColor(0xC9, 0xD0, 0xDC), 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

} // namespace spoke::ui
