#include "core/customers/customer_import.h"

#include "core/customers/customer_service.h"
#include "core/customers/vcard.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CustomerImporter)
};

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    // Header spellings (lower case, no spaces or punctuation) of common tools and languages.
    std::vector<const char *> headers;
};

const std::vector<FieldInfo> &fieldTable()
{
    static const std::vector<FieldInfo> table {
        {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "(ignore)"), {}},
        {ImportField::FullName, "fullName", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Full name"),
            {"name", "fullname", "displayname", "customer", "customername", "contact", "contactname",
                "nomcomplet", "nom complet", "이름", "성명", "الاسم", "الاسمالكامل"}},
        {ImportField::GivenName, "givenName", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "First name"),
            {"firstname", "givenname", "first", "prenom", "prénom", "이름(名)", "الاسمالأول"}},
        {ImportField::FamilyName, "familyName", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Last name"),
            {"lastname", "familyname", "surname", "last", "nom", "nomdefamille", "성", "اسمالعائلة"}},
        {ImportField::CompanyName, "companyName", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Company"),
            {"company", "companyname", "organization", "organisation", "business", "entreprise", "société",
                "societe", "회사", "الشركة"}},
        {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Phone"),
            {"phone", "phonenumber", "telephone", "téléphone", "tel", "homephone", "primaryphone", "전화",
                "전화번호", "الهاتف"}},
        {ImportField::MobilePhone, "mobilePhone",
            QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Mobile phone"),
            {"mobile", "mobilephone", "cell", "cellphone", "portable", "휴대폰", "جوال"}},
        {ImportField::WorkPhone, "workPhone", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Work phone"),
            {"workphone", "businessphone", "office", "officephone"}},
        {ImportField::Email, "email", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Email"),
            {"email", "e-mail", "emailaddress", "e-mailaddress", "mail", "courriel", "이메일",
                "البريدالإلكتروني"}},
        {ImportField::Street, "street", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Street"),
            {"street", "address", "address1", "addressline1", "streetaddress", "homestreet", "businessstreet",
                "billingstreet", "adresse", "rue", "주소", "العنوان"}},
        {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Unit"),
            {"unit", "address2", "addressline2", "apt", "suite", "appartement"}},
        {ImportField::City, "city", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "City"),
            {"city", "town", "homecity", "businesscity", "billingcity", "ville", "도시", "المدينة"}},
        {ImportField::Region, "region", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "State or province"),
            {"state", "province", "region", "homestate", "billingstate", "stateprovince"}},
        {ImportField::PostalCode, "postalCode", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Postal code"),
            {"zip", "zipcode", "postalcode", "postcode", "homepostalcode", "billingpostalcode", "codepostal",
                "우편번호", "الرمزالبريدي"}},
        {ImportField::Country, "country", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Country"),
            {"country", "pays", "homecountry", "countryregion"}},
        {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Tags"),
            {"tags", "tag", "categories", "labels", "groups"}},
        {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Notes"),
            {"notes", "note", "comments", "remarques", "메모", "ملاحظات"}},
        {ImportField::Birthday, "birthday", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Birthday"),
            {"birthday", "birthdate", "dateofbirth", "dob", "anniversaire"}},
        {ImportField::CustomerSince, "customerSince",
            QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Customer since"),
            {"customersince", "created", "createdat", "since", "datecreated"}},
        {ImportField::Source, "source", QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Source"),
            {"source", "leadsource", "referral", "howdidyouhear"}},
        {ImportField::PreferredLanguage, "preferredLanguage",
            QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Preferred language"),
            {"language", "preferredlanguage", "langue"}},
        {ImportField::AccessNotes, "accessNotes",
            QT_TRANSLATE_NOOP("spoke::CustomerImporter", "Access notes"),
            {"accessnotes", "access", "entry", "entryinstructions", "directions"}},
    };
    return table;
}

QString headerKey(const QString &header)
{
    QString out;
    for (const QChar c : header.toLower())
        if (c.isLetterOrNumber() || c == u'-' || c == u'(' || c == u')')
            out += c;
    return out;
}

QDate parseDate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy"),
             QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/MM/dd"), QStringLiteral("yyyyMMdd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    *ok = false;
    return {};
}

} // namespace

QString importFieldKey(ImportField field)
{
    for (const FieldInfo &f : fieldTable())
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return QStringLiteral("ignore");
}

ImportField importFieldFromKey(const QString &key)
{
    for (const FieldInfo &f : fieldTable())
        if (key == QLatin1String(f.key))
            return f.field;
    return ImportField::Ignore;
}

QString importFieldLabel(ImportField field)
{
    for (const FieldInfo &f : fieldTable())
        if (f.field == field)
            return Tr::tr(f.label);
    return {};
}

std::vector<ImportField> allImportFields()
{
    std::vector<ImportField> out;
    for (const FieldInfo &f : fieldTable())
        out.push_back(f.field);
    return out;
}

ImportMapping ImportMapping::guess(const QStringList &header)
{
    ImportMapping m;
    std::vector<bool> used(fieldTable().size(), false);
    for (const QString &h : header) {
        const QString key = headerKey(h);
        ImportField found = ImportField::Ignore;
        for (size_t i = 1; i < fieldTable().size() && found == ImportField::Ignore; ++i) {
            for (const char *candidate : fieldTable()[i].headers) {
                if (key == headerKey(QString::fromUtf8(candidate))) {
                    // A second "Phone" column is a second phone; a second "Street" is not.
                    const bool repeatable = fieldTable()[i].field == ImportField::Phone
                        || fieldTable()[i].field == ImportField::Email
                        || fieldTable()[i].field == ImportField::Tags;
                    if (!used[i] || repeatable) {
                        found = fieldTable()[i].field;
                        used[i] = true;
                    }
                    break;
                }
            }
        }
        m.columns.push_back(found);
    }
    return m;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray cols;
    for (ImportField f : columns)
        cols.append(importFieldKey(f));
    return {{QStringLiteral("columns"), cols}};
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray())
        m.columns.push_back(importFieldFromKey(v.toString()));
    return m;
}

int ImportPlan::validCount() const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [](const ImportRow &r) { return r.problems.isEmpty(); }));
}

int ImportPlan::invalidCount() const
{
    return int(rows.size()) - validCount();
}

CustomerImporter::CustomerImporter(LocationDatabase &db, QString phoneRegion)
    : m_db(db)
    , m_region(std::move(phoneRegion))
{ }

ImportPlan CustomerImporter::planCsv(const CsvDocument &doc, const ImportMapping &mapping) const
{
    ImportPlan plan;
    const CustomerService validator(m_db, m_region);
    const qsizetype width = doc.header.size();
    plan.rows.reserve(doc.rows.size());
    for (size_t r = 0; r < doc.rows.size(); ++r) {
        const QStringList &fields = doc.rows[r];
        ImportRow row;
        row.line = doc.lines[r];
        if (fields.size() != width) {
            row.problems << Tr::tr("Line %1: %2 fields where the header has %3.")
                                .arg(row.line)
                                .arg(fields.size())
                                .arg(width);
            plan.rows.push_back(std::move(row));
            continue;
        }
        Customer &c = row.customer;
        CustomerAddress address;
        bool hasAddress = false;
        for (qsizetype i = 0; i < fields.size() && size_t(i) < mapping.columns.size(); ++i) {
            const QString v = fields.at(i).trimmed();
            if (v.isEmpty())
                continue;
            bool ok = true;
            switch (mapping.columns[size_t(i)]) {
            case ImportField::Ignore:
                break;
            case ImportField::FullName: {
                const qsizetype space = v.lastIndexOf(u' ');
                c.givenName = space < 0 ? v : v.left(space);
                c.familyName = space < 0 ? QString() : v.mid(space + 1);
                break;
            }
            case ImportField::GivenName:
                c.givenName = v;
                break;
            case ImportField::FamilyName:
                c.familyName = v;
                break;
            case ImportField::CompanyName:
                c.companyName = v;
                break;
            case ImportField::Phone:
                c.phones.push_back({{}, QString(), v, {}, c.phones.empty()});
                break;
            case ImportField::MobilePhone:
                c.phones.push_back({{}, QStringLiteral("mobile"), v, {}, c.phones.empty()});
                break;
            case ImportField::WorkPhone:
                c.phones.push_back({{}, QStringLiteral("work"), v, {}, c.phones.empty()});
                break;
            case ImportField::Email:
                c.emails.push_back({{}, QString(), v, c.emails.empty()});
                break;
            case ImportField::Street:
                address.street = v;
                hasAddress = true;
                break;
            case ImportField::Unit:
                address.unit = v;
                hasAddress = true;
                break;
            case ImportField::City:
                address.city = v;
                hasAddress = true;
                break;
            case ImportField::Region:
                address.region = v;
                hasAddress = true;
                break;
            case ImportField::PostalCode:
                address.postalCode = v;
                hasAddress = true;
                break;
            case ImportField::Country:
                address.country = v;
                hasAddress = true;
                break;
            case ImportField::AccessNotes:
                address.accessNotes = v;
                hasAddress = true;
                break;
            case ImportField::Tags:
                for (const QString &t : v.split(QRegularExpression(QStringLiteral("[,;|]"))))
                    if (!t.trimmed().isEmpty())
                        c.tags << t.trimmed();
                break;
            case ImportField::Notes:
                c.notes = fields.at(i); // verbatim, line breaks included
                break;
            case ImportField::Birthday:
                c.birthday = parseDate(v, &ok);
                if (!ok)
                    row.problems << Tr::tr("Line %1: the birthday \"%2\" is not a date (use YYYY-MM-DD).")
                                        .arg(row.line)
                                        .arg(v);
                break;
            case ImportField::CustomerSince:
                c.customerSince = parseDate(v, &ok);
                if (!ok)
                    row.problems << Tr::tr(
                        "Line %1: \"customer since\" \"%2\" is not a date (use YYYY-MM-DD).")
                                        .arg(row.line)
                                        .arg(v);
                break;
            case ImportField::Source:
                c.source = v;
                break;
            case ImportField::PreferredLanguage:
                c.preferredLanguage = v;
                break;
            }
        }
        if (hasAddress)
            c.addresses.push_back(address);
        if (c.givenName.isEmpty() && c.familyName.isEmpty() && !c.companyName.isEmpty())
            c.company = true;
        for (const FieldIssue &issue : validator.validate(c))
            row.problems << Tr::tr("Line %1: %2").arg(row.line).arg(issue.message);
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

ImportPlan CustomerImporter::planVCards(const QString &text) const
{
    ImportPlan plan;
    const CustomerService validator(m_db, m_region);
    for (VCardEntry &e : parseVCards(text, &plan.fileProblems)) {
        ImportRow row;
        row.line = e.line;
        row.customer = std::move(e.customer);
        for (const QString &p : e.problems)
            row.problems << Tr::tr("Line %1: %2").arg(row.line).arg(p);
        for (const FieldIssue &issue : validator.validate(row.customer))
            row.problems << Tr::tr("Line %1: %2").arg(row.line).arg(issue.message);
        plan.rows.push_back(std::move(row));
    }
    if (plan.rows.empty() && plan.fileProblems.isEmpty())
        plan.fileProblems << Tr::tr("The file holds no vCards.");
    return plan;
}

Result<ImportReport> CustomerImporter::run(const Actor &actor, const ImportPlan &plan, ImportPolicy policy,
    const Progress &progress, const std::atomic<bool> *cancel)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Your role does not allow importing customers."));
    if (!plan.fileProblems.isEmpty())
        return makeError(ErrorCode::InvalidInput, plan.fileProblems.join(u'\n'));
    ImportReport report;
    for (const ImportRow &row : plan.rows) {
        if (!row.problems.isEmpty()) {
            ++report.rejected;
            report.rejectedRows << row.problems;
        }
    }
    if (policy == ImportPolicy::AllOrNothing && report.rejected > 0)
        return makeError(ErrorCode::InvalidInput,
            Tr::tr("%n row(s) have problems, so nothing was imported.", nullptr, report.rejected));
    const int total = int(plan.rows.size()) - report.rejected;
    if (total == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("There is no valid row to import."));
    CustomerService service(m_db, m_region);
    auto countOpen = [&]() -> qint64 {
        QSqlQuery q
            = m_db.query(QStringLiteral("SELECT count(*) FROM customer_duplicates WHERE status = 'open'"));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 duplicatesBefore = countOpen();
    Status s = m_db.write(actor, [&](WriteTx &tx) -> Status {
        int done = 0;
        for (const ImportRow &row : plan.rows) {
            if (!row.problems.isEmpty())
                continue;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return makeError(
                    ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
            Customer c = row.customer;
            auto id = service.insertInTx(tx, c, false);
            if (!id)
                return makeError(
                    id.error().code, Tr::tr("Line %1: %2").arg(row.line).arg(id.error().message));
            ++done;
            if (progress && (done % 500 == 0 || done == total))
                progress(done, total);
        }
        return tx.audit(QStringLiteral("customer.import"), QStringLiteral("customer"), QString(),
            {{QStringLiteral("imported"), done}, {QStringLiteral("rejected"), report.rejected}});
    });
    if (!s)
        return s.error();
    report.imported = total;
    report.flaggedDuplicates = int(countOpen() - duplicatesBefore);
    return report;
}

Status CustomerImporter::saveMapping(const Actor &actor, const QString &name, const ImportMapping &mapping)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return makeError(
            ErrorCode::PermissionDenied, Tr::tr("Your role does not allow importing customers."));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the mapping a name."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO import_mappings (name, mapping, updated_at) VALUES (?, ?, ?)"),
            {name.trimmed(),
                QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)),
                tx.nowIso()});
        if (!r)
            return r.error();
        return tx.audit(
            QStringLiteral("customer.import_mapping"), QStringLiteral("import_mapping"), name.trimmed());
    });
}

std::vector<std::pair<QString, ImportMapping>> CustomerImporter::savedMappings() const
{
    std::vector<std::pair<QString, ImportMapping>> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT name, mapping FROM import_mappings ORDER BY name"));
    if (q.exec())
        while (q.next())
            out.emplace_back(q.value(0).toString(),
                ImportMapping::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()));
    return out;
}

Result<QStringList> CustomerImporter::exportIds(const Actor &actor, const CustomerListFilter &filter) const
{
    if (!allows(actor.role, Permission::ExportData))
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only a manager can export customers."));
    CustomerListModel model(m_db);
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.customerId(row);
    return ids;
}

Status CustomerImporter::exportCsv(const Actor &actor, const CustomerListFilter &filter, const QString &path)
{
    auto ids = exportIds(actor, filter);
    if (!ids)
        return ids.error();
    CustomerService service(m_db, m_region);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // UTF-8 with a BOM, so spreadsheet programs read accents and Korean/Arabic correctly.
    file.write("\xEF\xBB\xBF");
    const QStringList header {QStringLiteral("First name"), QStringLiteral("Last name"),
        QStringLiteral("Company"), QStringLiteral("Phone"), QStringLiteral("Mobile phone"),
        QStringLiteral("Email"), QStringLiteral("Street"), QStringLiteral("Unit"), QStringLiteral("City"),
        QStringLiteral("State or province"), QStringLiteral("Postal code"), QStringLiteral("Country"),
        QStringLiteral("Tags"), QStringLiteral("Notes"), QStringLiteral("Birthday"),
        QStringLiteral("Customer since"), QStringLiteral("Source")};
    file.write((csvLine(header) + QStringLiteral("\r\n")).toUtf8());
    for (const QString &id : ids.value()) {
        auto c = service.get(actor, id);
        if (!c)
            continue;
        const Customer &x = c.value();
        QString phone, mobile;
        for (const CustomerPhone &p : x.phones) {
            if (p.label == QLatin1String("mobile") && mobile.isEmpty())
                mobile = p.e164;
            else if (phone.isEmpty())
                phone = p.e164;
        }
        const CustomerAddress a = x.addresses.empty() ? CustomerAddress() : x.addresses.front();
        const QStringList fields {x.givenName, x.familyName, x.companyName, phone, mobile,
            x.emails.empty() ? QString() : x.emails.front().address, a.street, a.unit, a.city, a.region,
            a.postalCode, a.country, x.tags.join(QStringLiteral(", ")), x.notes,
            x.birthday.isValid() ? x.birthday.toString(Qt::ISODate) : QString(),
            x.customerSince.toString(Qt::ISODate), x.source};
        file.write((csvLine(fields) + QStringLiteral("\r\n")).toUtf8());
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return m_db.write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("customer.export"), QStringLiteral("customer"), QString(),
            {{QStringLiteral("format"), QStringLiteral("csv")},
                {QStringLiteral("count"), int(ids.value().size())}});
    });
}

Status CustomerImporter::exportVCards(
    const Actor &actor, const CustomerListFilter &filter, const QString &path)
{
    auto ids = exportIds(actor, filter);
    if (!ids)
        return ids.error();
    CustomerService service(m_db, m_region);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    for (const QString &id : ids.value()) {
        auto c = service.get(actor, id);
        if (c)
            file.write(toVCard(c.value()).toUtf8());
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return m_db.write(actor, [&](WriteTx &tx) {
        return tx.audit(QStringLiteral("customer.export"), QStringLiteral("customer"), QString(),
            {{QStringLiteral("format"), QStringLiteral("vcard")},
                {QStringLiteral("count"), int(ids.value().size())}});
    });
}

} // namespace spoke
