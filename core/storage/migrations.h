#pragma once

#include <QStringList>

#include <vector>

namespace spoke {

/// One numbered schema step. Each runs in its own transaction and sets user_version.
struct Migration
{
    int version;
    const char *name;
    QStringList statements;
};

/// Every migration of the location database, in order, numbered from 1 without gaps.
const std::vector<Migration> &locationMigrations();

/// `PRAGMA application_id` of a Spoke location database ('SPKE').
inline constexpr int kApplicationId = 0x53504b45;

} // namespace spoke
