#pragma once

#include "core/customers/csv.h"
#include "core/customers/customer.h"
#include "core/customers/customer_list_model.h"
#include "core/storage/actor.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <vector>

namespace spoke {

class LocationDatabase;

/// What a CSV column holds.
enum class ImportField {
    Ignore,
    FullName,
    GivenName,
    FamilyName,
    CompanyName,
    Phone,
    MobilePhone,
    WorkPhone,
    Email,
    Street,
    Unit,
    City,
    Region,
    PostalCode,
    Country,
    Tags,
    Notes,
    Birthday,
    CustomerSince,
    Source,
    PreferredLanguage,
    AccessNotes,
};

QString importFieldKey(ImportField field);
ImportField importFieldFromKey(const QString &key);
/// Translated, for the mapping step of the wizard.
QString importFieldLabel(ImportField field);
std::vector<ImportField> allImportFields();

/// Column index -> field; saved by name so the next import from the same tool is one click.
struct ImportMapping
{
    std::vector<ImportField> columns;

    /// A first guess from the header ("First Name", "E-mail Address", "Mobile Phone",
    /// "Business Street", "Nom", "이름"...), as exported by common tools.
    static ImportMapping guess(const QStringList &header);
    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject &json);
};

/// One row of a dry run.
struct ImportRow
{
    int line = 0;
    Customer customer;
    QStringList problems; ///< empty: the row can be imported
};

struct ImportPlan
{
    std::vector<ImportRow> rows;
    QStringList fileProblems;
    int validCount() const;
    int invalidCount() const;
};

enum class ImportPolicy { ValidRowsOnly, AllOrNothing };

struct ImportReport
{
    int imported = 0;
    int rejected = 0;
    int flaggedDuplicates = 0;
    QStringList rejectedRows; ///< "Line 12: ..." for the report
};

/// Import and export of customers. The dry run touches nothing; the import writes every
/// accepted row in ONE transaction, so a cancel, an error or a crash leaves nothing
/// half-imported. Import and export are audited; export is manager-only.
class CustomerImporter
{
public:
    CustomerImporter(LocationDatabase &db, QString phoneRegion);

    ImportPlan planCsv(const CsvDocument &doc, const ImportMapping &mapping) const;
    ImportPlan planVCards(const QString &text) const;

    using Progress = std::function<void(int done, int total)>;
    /// Call from any thread that owns `db` (see LocationDatabase::openSibling()). cancel,
    /// when set, is polled between rows; a cancelled import is rolled back and says so.
    Result<ImportReport> run(const Actor &actor, const ImportPlan &plan, ImportPolicy policy,
        const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    Status saveMapping(const Actor &actor, const QString &name, const ImportMapping &mapping);
    std::vector<std::pair<QString, ImportMapping>> savedMappings() const;

    /// Writes every customer matching the filter (all when empty) to path.
    Status exportCsv(const Actor &actor, const CustomerListFilter &filter, const QString &path);
    Status exportVCards(const Actor &actor, const CustomerListFilter &filter, const QString &path);

private:
    Result<QStringList> exportIds(const Actor &actor, const CustomerListFilter &filter) const;

    LocationDatabase &m_db;
    QString m_region;
};

} // namespace spoke
