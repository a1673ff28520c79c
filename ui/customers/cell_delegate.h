#pragma once

#include <QStyledItemDelegate>

namespace spoke::ui {

/// Shows each cell of the customer tables as an isolated run of text (Unicode FSI…PDI), so
/// a phone number, an address or a date keeps its own reading order inside a right-to-left
/// table, and an Arabic name keeps its order inside a left-to-right one.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace spoke::ui
