#pragma once

#include <QString>

namespace spoke {

/// QtSql binds a null QString as SQL NULL. Text columns that are NOT NULL but may be
/// empty take their values through this, so "nothing typed" is stored as ''.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace spoke
