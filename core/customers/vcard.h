#pragma once

#include "core/customers/customer.h"

#include <QString>

#include <vector>

namespace spoke {

/// One card read from a .vcf file, or why it could not be read.
struct VCardEntry
{
    int line = 0; ///< where BEGIN:VCARD stood
    Customer customer;
    QStringList problems;
};

/// Reads vCard 3.0 and 4.0 (RFC 2426, RFC 6350): line unfolding, escaped text, FN, N, ORG,
/// TEL, EMAIL, ADR, BDAY, NOTE, CATEGORIES, LANG. Cards of other versions, and a card
/// without a name, are reported as problems rather than guessed at.
std::vector<VCardEntry> parseVCards(const QString &text, QStringList *fileProblems = nullptr);

/// A vCard 4.0 for the customer (without local-only fields).
QString toVCard(const Customer &customer);

} // namespace spoke
