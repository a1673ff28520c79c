#pragma once

#include "hub/storage/hub_database.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace spoke::hub {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every migration, oldest first, spelled for the dialect.
[[nodiscard]] std::vector<Migration> migrations(Dialect dialect);
/// The bookkeeping table (same in both dialects).
[[nodiscard]] QString createMigrationsTable();

} // namespace spoke::hub
