#pragma once

#include "core/billing/billing_types.h"

#include <QWidget>

#include <array>

namespace spoke::ui {

/// Receivables aging as a bar chart: what is owed in each bucket (current, 1–30, 31–60,
/// 61–90, over 90 days past due), the amount above each bar, the bucket and the number of
/// invoices below. Painted here, so it mirrors with the layout in right-to-left languages.
class AgingChart : public QWidget
{
    Q_OBJECT
public:
    explicit AgingChart(QWidget *parent = nullptr);

    void setReport(const AgingReport &report);
    const AgingReport &report() const { return m_report; }
    /// "1–30 days: $1,200.00 (3 invoices)" for a bucket (the chart's accessible text too).
    QString bucketText(AgingBucket bucket) const;
    /// The bar's rectangle (for tests: taller means more).
    QRectF barRect(AgingBucket bucket) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotArea() const;
    AgingReport m_report;
};

} // namespace spoke::ui
