#include "ui/customers/cell_delegate.h"

namespace spoke::ui {

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        option->text = QString(QChar(0x2068) + option->text + QChar(0x2069)); // FSI … PDI
}

} // namespace spoke::ui
