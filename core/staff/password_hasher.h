#pragma once

#include <QString>

namespace spoke {

/// Argon2id through libsodium. The cost is a parameter so unit tests can use the minimum;
/// verification reads the cost back from the stored string, so old hashes keep working.
class PasswordHasher
{
public:
    enum class Cost { Interactive, Minimum };
    explicit PasswordHasher(Cost cost = Cost::Interactive)
        : m_cost(cost)
    { }
    /// The encoded hash ($argon2id$...), or an empty string if hashing failed (out of memory).
    QString hash(const QString &secret) const;
    /// Constant-time check of a secret against an encoded hash.
    static bool verify(const QString &encoded, const QString &secret);

private:
    Cost m_cost;
};

} // namespace spoke
