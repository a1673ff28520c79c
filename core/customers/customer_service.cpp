#include "core/customers/customer_service.h"

#include "core/customers/phone_numbers.h"
#include "core/customers/search_text.h"
#include "core/staff/role.h"
#include "core/storage/location_database.h"
#include "core/storage/write_tx.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::CustomerService)
};

Error denied(const QString &what)
{
    return makeError(ErrorCode::PermissionDenied, what);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString sortNameOf(const Customer &c)
{
    if (c.company)
        return foldForSearch(c.companyName);
    return foldForSearch(c.familyName.trimmed() + QStringLiteral(" ") + c.givenName.trimmed()).trimmed();
}

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QJsonObject addressPayload(const CustomerAddress &a)
{
    // gate_code and alarm_code are local-only: they are deliberately absent here.
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("kind"), addressKindKey(a.kind)},
        {QStringLiteral("label"), a.label}, {QStringLiteral("street"), a.street},
        {QStringLiteral("unit"), a.unit}, {QStringLiteral("city"), a.city},
        {QStringLiteral("region"), a.region}, {QStringLiteral("postalCode"), a.postalCode},
        {QStringLiteral("country"), a.country}, {QStringLiteral("accessNotes"), a.accessNotes},
        {QStringLiteral("parking"), a.parking}, {QStringLiteral("pets"), a.pets},
        {QStringLiteral("entryInstructions"), a.entryInstructions},
        {QStringLiteral("preferredCrew"), a.preferredCrew},
        {QStringLiteral("arrivalWindow"), a.arrivalWindow}};
}

} // namespace

CustomerService::CustomerService(LocationDatabase &db, QString phoneRegion)
    : m_db(db)
    , m_region(std::move(phoneRegion))
{ }

bool CustomerService::isValidEmail(const QString &email)
{
    // Deliberately practical: one @, no spaces, a dotted domain of valid labels.
    static const QRegularExpression re(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\]\\]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$)"));
    const QString e = email.trimmed();
    return e.size() <= 254 && re.match(e).hasMatch() && !e.startsWith(u'.')
        && !e.contains(QStringLiteral(".."));
}

std::vector<FieldIssue> CustomerService::validate(Customer &c) const
{
    std::vector<FieldIssue> issues;
    if (c.company && c.companyName.trimmed().isEmpty())
        issues.push_back({QStringLiteral("companyName"), Tr::tr("Enter the company's name.")});
    if (!c.company && c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty())
        issues.push_back({QStringLiteral("givenName"), Tr::tr("Enter the customer's name.")});
    for (size_t i = 0; i < c.phones.size(); ++i) {
        auto n = normalizePhone(c.phones[i].number, m_region);
        if (!n)
            issues.push_back({QStringLiteral("phones[%1]").arg(i), n.error().message});
        else
            c.phones[i].e164 = n.value().e164;
    }
    for (size_t i = 0; i < c.emails.size(); ++i) {
        if (!isValidEmail(c.emails[i].address))
            issues.push_back({QStringLiteral("emails[%1]").arg(i),
                Tr::tr("\"%1\" is not a valid email address.").arg(c.emails[i].address)});
    }
    if (c.birthday.isValid() && c.birthday > QDate::currentDate())
        issues.push_back({QStringLiteral("birthday"), Tr::tr("The birthday is in the future.")});
    if (c.doNotService && c.doNotServiceReason.trimmed().isEmpty())
        issues.push_back(
            {QStringLiteral("doNotServiceReason"), Tr::tr("Say why this customer must not be serviced.")});
    for (size_t i = 0; i < c.preferences.size(); ++i) {
        if (c.preferences[i].text.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("preferences[%1]").arg(i), Tr::tr("A preference needs some text.")});
    }
    return issues;
}

QJsonObject CustomerService::syncPayload(const Customer &c)
{
    QJsonArray phones, emails, addresses, preferences, consents;
    for (const CustomerPhone &p : c.phones)
        phones.append(QJsonObject {{QStringLiteral("label"), p.label}, {QStringLiteral("e164"), p.e164},
            {QStringLiteral("preferred"), p.preferred}});
    for (const CustomerEmail &e : c.emails)
        emails.append(QJsonObject {{QStringLiteral("label"), e.label}, {QStringLiteral("address"), e.address},
            {QStringLiteral("preferred"), e.preferred}});
    for (const CustomerAddress &a : c.addresses)
        addresses.append(addressPayload(a));
    for (const CustomerPreference &p : c.preferences)
        preferences.append(
            QJsonObject {{QStringLiteral("addressId"), p.addressId}, {QStringLiteral("area"), p.area},
                {QStringLiteral("kind"), preferenceKindKey(p.kind)}, {QStringLiteral("text"), p.text}});
    for (const Consent &k : c.consents)
        consents.append(QJsonObject {{QStringLiteral("channel"), consentChannelKey(k.channel)},
            {QStringLiteral("granted"), k.granted}, {QStringLiteral("at"), isoUtc(k.at)},
            {QStringLiteral("method"), k.method}});
    return {{QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), c.company ? QStringLiteral("company") : QStringLiteral("person")},
        {QStringLiteral("givenName"), c.givenName}, {QStringLiteral("familyName"), c.familyName},
        {QStringLiteral("companyName"), c.companyName},
        {QStringLiteral("preferredLanguage"), c.preferredLanguage},
        {QStringLiteral("preferredChannel"), c.preferredChannel},
        {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
        {QStringLiteral("customerSince"), c.customerSince.toString(Qt::ISODate)},
        {QStringLiteral("source"), c.source}, {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("doNotService"), c.doNotService},
        {QStringLiteral("doNotServiceReason"), c.doNotServiceReason}, {QStringLiteral("phones"), phones},
        {QStringLiteral("emails"), emails}, {QStringLiteral("addresses"), addresses},
        {QStringLiteral("preferences"), preferences}, {QStringLiteral("consents"), consents},
        {QStringLiteral("erased"), c.erased}};
}

Status CustomerService::writeChildren(WriteTx &tx, const QString &id, Customer &c, bool fresh) const
{
    for (const char *table : {"customer_phones", "customer_emails", "customer_preferences",
             "customer_addresses", "customer_tags", "customer_consents"}) {
        if (fresh)
            break; // a new customer has no rows to replace
        auto d
            = tx.exec(QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(QLatin1String(table)), {id});
        if (!d)
            return d.error();
    }
    int position = 0;
    for (CustomerPhone &p : c.phones) {
        auto n = normalizePhone(p.number, m_region);
        if (!n)
            return n.error();
        p.e164 = n.value().e164;
        if (p.id.isEmpty())
            p.id = tx.newId();
        auto r = tx.exec(QStringLiteral("INSERT INTO customer_phones (id, customer_id, label, number, e164, "
                                        "national_digits, preferred, position) VALUES (?,?,?,?,?,?,?,?)"),
            {p.id, id, nonNull(p.label), p.number.trimmed(), p.e164, n.value().nationalDigits,
                p.preferred ? 1 : 0, position++});
        if (!r)
            return r.error();
    }
    position = 0;
    for (CustomerEmail &e : c.emails) {
        if (e.id.isEmpty())
            e.id = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO customer_emails (id, customer_id, label, address, normalized, "
                           "preferred, position) VALUES (?,?,?,?,?,?,?)"),
            {e.id, id, nonNull(e.label), e.address.trimmed(), normalizedEmail(e.address), e.preferred ? 1 : 0,
                position++});
        if (!r)
            return r.error();
    }
    position = 0;
    for (CustomerAddress &a : c.addresses) {
        if (a.id.isEmpty())
            a.id = tx.newId();
        auto r = tx.exec(
            QStringLiteral(
                "INSERT INTO customer_addresses (id, customer_id, kind, label, street, unit, city, region, "
                "postal_code, country, access_notes, parking, pets, entry_instructions, preferred_crew, "
                "arrival_window, gate_code, alarm_code, position) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {a.id, id, addressKindKey(a.kind), nonNull(a.label), nonNull(a.street), nonNull(a.unit),
                nonNull(a.city), nonNull(a.region), nonNull(a.postalCode), nonNull(a.country),
                nonNull(a.accessNotes), nonNull(a.parking), nonNull(a.pets), nonNull(a.entryInstructions),
                nonNull(a.preferredCrew), nonNull(a.arrivalWindow), nonNull(a.gateCode), nonNull(a.alarmCode),
                position++});
        if (!r)
            return r.error();
    }
    position = 0;
    for (CustomerPreference &p : c.preferences) {
        if (p.id.isEmpty())
            p.id = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO customer_preferences (id, customer_id, address_id, area, kind, "
                           "text, position) VALUES (?,?,?,?,?,?,?)"),
            {p.id, id,
                p.addressId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.addressId),
                nonNull(p.area), preferenceKindKey(p.kind), p.text, position++});
        if (!r)
            return r.error();
    }
    QStringList tags;
    for (const QString &t : std::as_const(c.tags)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    c.tags = tags;
    for (const QString &tag : std::as_const(tags)) {
        auto r = tx.exec(
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)"), {id, tag});
        if (!r)
            return r.error();
    }
    for (const Consent &k : c.consents) {
        auto r = tx.exec(
            QStringLiteral("INSERT OR REPLACE INTO customer_consents (customer_id, channel, granted, at, "
                           "method, recorded_by) VALUES (?,?,?,?,?,?)"),
            {id, consentChannelKey(k.channel), k.granted ? 1 : 0, isoUtc(k.at.isValid() ? k.at : tx.now()),
                nonNull(k.method), k.recordedBy.isEmpty() ? tx.actor().name : k.recordedBy});
        if (!r)
            return r.error();
    }
    return {};
}

Status CustomerService::reindex(WriteTx &tx, const QString &id, const Customer *known) const
{
    qint64 rowid = 0;
    {
        auto map
            = tx.exec(QStringLiteral("SELECT rowid FROM customer_search_map WHERE customer_id = ?"), {id});
        if (!map)
            return map.error();
        if (map.value().next())
            rowid = map.value().value(0).toLongLong();
    }
    if (rowid) {
        auto d = tx.exec(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"), {rowid});
        if (!d)
            return d.error();
    }
    QString name;
    QStringList contact, address, tags;
    auto addAddress = [&](const QString &street, const QString &city, const QString &postal) {
        address << foldForSearch(street) << foldForSearch(city) << foldForSearch(postal);
        // "K1A 0B1" is found as typed and without its space.
        if (postal.contains(u' '))
            address << foldForSearch(postal).remove(u' ');
    };
    if (known) {
        name = foldForSearch(
            QStringList {known->displayName(), known->givenName, known->familyName, known->companyName}.join(
                u' '));
        for (const CustomerPhone &p : known->phones) {
            contact << digitsOnly(p.e164);
            if (auto n = normalizePhone(p.number, m_region))
                contact << n.value().nationalDigits;
        }
        for (const CustomerEmail &e : known->emails)
            contact << foldForSearch(normalizedEmail(e.address));
        for (const CustomerAddress &a : known->addresses)
            addAddress(a.street, a.city, a.postalCode);
        for (const QString &t : known->tags)
            tags << foldForSearch(t);
    } else {
        auto row = tx.exec(
            QStringLiteral("SELECT display_name, given_name, family_name, company_name, deleted_at, "
                           "erased_at FROM customers WHERE id = ?"),
            {id});
        if (!row)
            return row.error();
        if (!row.value().next())
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist."));
        if (!row.value().value(4).isNull() || !row.value().value(5).isNull()) {
            // Deleted and erased customers are not searchable.
            if (!rowid)
                return {};
            auto d = tx.exec(QStringLiteral("DELETE FROM customer_search_map WHERE rowid = ?"), {rowid});
            return d ? Status() : Status(d.error());
        }
        name = foldForSearch(QStringList {row.value().value(0).toString(), row.value().value(1).toString(),
            row.value().value(2).toString(), row.value().value(3).toString()}
                                 .join(u' '));
        auto phones = tx.exec(
            QStringLiteral("SELECT e164, national_digits FROM customer_phones WHERE customer_id = ?"), {id});
        if (!phones)
            return phones.error();
        while (phones.value().next())
            contact << digitsOnly(phones.value().value(0).toString()) << phones.value().value(1).toString();
        auto emails
            = tx.exec(QStringLiteral("SELECT normalized FROM customer_emails WHERE customer_id = ?"), {id});
        if (!emails)
            return emails.error();
        while (emails.value().next())
            contact << foldForSearch(emails.value().value(0).toString());
        auto addresses = tx.exec(
            QStringLiteral("SELECT street, city, postal_code FROM customer_addresses WHERE customer_id = ?"),
            {id});
        if (!addresses)
            return addresses.error();
        while (addresses.value().next())
            addAddress(addresses.value().value(0).toString(), addresses.value().value(1).toString(),
                addresses.value().value(2).toString());
        auto tagRows = tx.exec(QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ?"), {id});
        if (!tagRows)
            return tagRows.error();
        while (tagRows.value().next())
            tags << foldForSearch(tagRows.value().value(0).toString());
    }
    if (!rowid) {
        auto ins = tx.exec(QStringLiteral("INSERT INTO customer_search_map (customer_id) VALUES (?)"), {id});
        if (!ins)
            return ins.error();
        rowid = ins.value().lastInsertId().toLongLong();
    }
    auto fts = tx.exec(QStringLiteral("INSERT INTO customer_search (rowid, name, contact, address, tags) "
                                      "VALUES (?, ?, ?, ?, ?)"),
        {rowid, name, contact.join(u' '), address.join(u' '), tags.join(u' ')});
    if (!fts)
        return fts.error();
    return {};
}

Status CustomerService::refreshListColumns(WriteTx &tx, const QString &id, const Customer &c) const
{
    auto preferredFirst = [](const auto &items) -> const auto *
    {
        for (const auto &item : items)
            if (item.preferred)
                return &item;
        return items.empty() ? nullptr : &items.front();
    };
    const CustomerPhone *phone = preferredFirst(c.phones);
    const CustomerEmail *email = preferredFirst(c.emails);
    const CustomerAddress *address = nullptr;
    for (const CustomerAddress &a : c.addresses)
        if (!address || (address->kind == AddressKind::Billing && a.kind == AddressKind::Service))
            address = &a;
    QString place;
    if (address)
        place = address->city.isEmpty() ? address->street
                                        : address->street + QStringLiteral(", ") + address->city;
    auto r = tx.exec(QStringLiteral("UPDATE customers SET list_phone = ?, list_email = ?, list_address = ?, "
                                    "list_tags = ? WHERE id = ?"),
        {phone ? phone->number.trimmed() : QStringLiteral(""),
            email ? email->address.trimmed() : QStringLiteral(""), nonNull(place),
            nonNull(c.tags.join(QStringLiteral(", "))), id});
    return r ? Status() : Status(r.error());
}

Status CustomerService::restoreInTx(WriteTx &tx, Customer &c)
{
    if (c.id.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A restored customer needs its id."));
    if (!c.customerSince.isValid())
        c.customerSince = tx.now().date();
    const QString created = isoUtc(c.createdAt.isValid() ? c.createdAt : tx.now());
    auto r = tx.exec(
        QStringLiteral(
            "INSERT INTO customers (id, kind, display_name, given_name, family_name, company_name, "
            "preferred_language, preferred_channel, birthday, customer_since, source, notes, do_not_service, "
            "do_not_service_reason, sort_name, last_activity_at, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {c.id, c.company ? QStringLiteral("company") : QStringLiteral("person"), c.displayName(),
            nonNull(c.givenName.trimmed()), nonNull(c.familyName.trimmed()), nonNull(c.companyName.trimmed()),
            nonNull(c.preferredLanguage), nonNull(c.preferredChannel), dateOrNull(c.birthday),
            c.customerSince.toString(Qt::ISODate), nonNull(c.source), nonNull(c.notes),
            c.doNotService ? 1 : 0, nonNull(c.doNotServiceReason), sortNameOf(c), created, created,
            tx.nowIso()});
    if (!r)
        return r.error();
    if (auto s = writeChildren(tx, c.id, c, true); !s)
        return s;
    if (auto s = reindex(tx, c.id, &c); !s)
        return s;
    return refreshListColumns(tx, c.id, c);
}

Result<QString> CustomerService::insertInTx(WriteTx &tx, Customer &c, bool audit)
{
    c.id = tx.newId();
    if (!c.customerSince.isValid())
        c.customerSince = tx.now().date();
    auto r = tx.exec(
        QStringLiteral(
            "INSERT INTO customers (id, kind, display_name, given_name, family_name, company_name, "
            "preferred_language, preferred_channel, birthday, customer_since, source, notes, do_not_service, "
            "do_not_service_reason, sort_name, last_activity_at, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {c.id, c.company ? QStringLiteral("company") : QStringLiteral("person"), c.displayName(),
            nonNull(c.givenName.trimmed()), nonNull(c.familyName.trimmed()), nonNull(c.companyName.trimmed()),
            nonNull(c.preferredLanguage), nonNull(c.preferredChannel), dateOrNull(c.birthday),
            c.customerSince.toString(Qt::ISODate), nonNull(c.source), nonNull(c.notes),
            c.doNotService ? 1 : 0, nonNull(c.doNotServiceReason), sortNameOf(c), tx.nowIso(), tx.nowIso(),
            tx.nowIso()});
    if (!r)
        return r.error();
    if (auto s = writeChildren(tx, c.id, c, true); !s)
        return s.error();
    if (auto s = reindex(tx, c.id, &c); !s)
        return s.error();
    if (auto s = refreshListColumns(tx, c.id, c); !s)
        return s.error();
    if (auto s = findDuplicates(tx, c.id); !s)
        return s.error();
    auto t = tx.exec(
        QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, actor_name, "
                       "summary) VALUES (?, ?, ?, 'created', ?, ?, ?)"),
        {tx.newId(), c.id, tx.nowIso(), nonNull(tx.actor().staffId), nonNull(tx.actor().name),
            c.source.isEmpty() ? Tr::tr("Customer created")
                               : Tr::tr("Customer created (source: %1)").arg(c.source)});
    if (!t)
        return t.error();
    if (audit) {
        if (auto s = tx.audit(QStringLiteral("customer.create"), QStringLiteral("customer"), c.id); !s)
            return s.error();
    }
    if (auto s = tx.outbox(QStringLiteral("customer"), c.id, QStringLiteral("upsert"), syncPayload(c)); !s)
        return s.error();
    return c.id;
}

namespace {

Error invalid(const std::vector<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines << i.message;
    return makeError(ErrorCode::InvalidInput, lines.join(u'\n'));
}

} // namespace

Result<QString> CustomerService::create(const Actor &actor, Customer c)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow adding customers."));
    if (auto issues = validate(c); !issues.empty())
        return invalid(issues);
    QString id;
    Status s = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = insertInTx(tx, c, true);
        if (!r)
            return r.error();
        id = r.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status CustomerService::update(const Actor &actor, Customer c)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow editing customers."));
    if (auto issues = validate(c); !issues.empty())
        return invalid(issues);
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral(
                "UPDATE customers SET kind = ?, display_name = ?, given_name = ?, family_name = ?, "
                "company_name = ?, preferred_language = ?, preferred_channel = ?, birthday = ?, "
                "customer_since = coalesce(?, customer_since), source = ?, notes = ?, do_not_service = ?, "
                "do_not_service_reason = ?, sort_name = ?, updated_at = ? "
                "WHERE id = ? AND deleted_at IS NULL AND erased_at IS NULL"),
            {c.company ? QStringLiteral("company") : QStringLiteral("person"), c.displayName(),
                nonNull(c.givenName.trimmed()), nonNull(c.familyName.trimmed()),
                nonNull(c.companyName.trimmed()), nonNull(c.preferredLanguage), nonNull(c.preferredChannel),
                dateOrNull(c.birthday), dateOrNull(c.customerSince), nonNull(c.source), nonNull(c.notes),
                c.doNotService ? 1 : 0, nonNull(c.doNotServiceReason), sortNameOf(c), tx.nowIso(), c.id});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
        if (auto s = writeChildren(tx, c.id, c, false); !s)
            return s;
        if (auto s = reindex(tx, c.id, &c); !s)
            return s;
        if (auto s = refreshListColumns(tx, c.id, c); !s)
            return s;
        if (auto s = findDuplicates(tx, c.id); !s)
            return s;
        if (auto s = tx.audit(QStringLiteral("customer.update"), QStringLiteral("customer"), c.id); !s)
            return s;
        return tx.outbox(QStringLiteral("customer"), c.id, QStringLiteral("upsert"), syncPayload(c));
    });
}

Result<Customer> CustomerService::get(const Actor &actor, const QString &id) const
{
    if (!allows(actor.role, Permission::ViewCustomers))
        return denied(Tr::tr("Your role does not allow viewing customers."));
    return load(id);
}

Result<Customer> CustomerService::load(const QString &id) const
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT kind, given_name, family_name, company_name, "
                                            "preferred_language, preferred_channel, birthday, "
                                            "customer_since, source, notes, do_not_service, "
                                            "do_not_service_reason, created_at, updated_at, erased_at "
                                            "FROM customers WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q.lastError());
    if (!q.next())
        return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
    Customer c;
    c.id = id;
    c.company = q.value(0).toString() == QLatin1String("company");
    c.givenName = q.value(1).toString();
    c.familyName = q.value(2).toString();
    c.companyName = q.value(3).toString();
    c.preferredLanguage = q.value(4).toString();
    c.preferredChannel = q.value(5).toString();
    c.birthday = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.customerSince = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.source = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.doNotService = q.value(10).toBool();
    c.doNotServiceReason = q.value(11).toString();
    c.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    c.erased = !q.value(14).isNull();
    q.finish();

    QSqlQuery p = m_db.query(QStringLiteral("SELECT id, label, number, e164, preferred FROM customer_phones "
                                            "WHERE customer_id = ? ORDER BY position"));
    p.addBindValue(id);
    if (!p.exec())
        return storageError(p.lastError());
    while (p.next())
        c.phones.push_back({p.value(0).toString(), p.value(1).toString(), p.value(2).toString(),
            p.value(3).toString(), p.value(4).toBool()});
    QSqlQuery e = m_db.query(QStringLiteral(
        "SELECT id, label, address, preferred FROM customer_emails WHERE customer_id = ? ORDER BY position"));
    e.addBindValue(id);
    if (!e.exec())
        return storageError(e.lastError());
    while (e.next())
        c.emails.push_back(
            {e.value(0).toString(), e.value(1).toString(), e.value(2).toString(), e.value(3).toBool()});
    QSqlQuery a = m_db.query(QStringLiteral(
        "SELECT id, kind, label, street, unit, city, region, postal_code, country, access_notes, parking, "
        "pets, "
        "entry_instructions, preferred_crew, arrival_window, gate_code, alarm_code FROM customer_addresses "
        "WHERE customer_id = ? ORDER BY position"));
    a.addBindValue(id);
    if (!a.exec())
        return storageError(a.lastError());
    while (a.next()) {
        CustomerAddress x;
        x.id = a.value(0).toString();
        x.kind = addressKindFromKey(a.value(1).toString());
        x.label = a.value(2).toString();
        x.street = a.value(3).toString();
        x.unit = a.value(4).toString();
        x.city = a.value(5).toString();
        x.region = a.value(6).toString();
        x.postalCode = a.value(7).toString();
        x.country = a.value(8).toString();
        x.accessNotes = a.value(9).toString();
        x.parking = a.value(10).toString();
        x.pets = a.value(11).toString();
        x.entryInstructions = a.value(12).toString();
        x.preferredCrew = a.value(13).toString();
        x.arrivalWindow = a.value(14).toString();
        x.gateCode = a.value(15).toString();
        x.alarmCode = a.value(16).toString();
        c.addresses.push_back(x);
    }
    QSqlQuery pr = m_db.query(QStringLiteral("SELECT id, address_id, area, kind, text FROM "
                                             "customer_preferences WHERE customer_id = ? ORDER BY position"));
    pr.addBindValue(id);
    if (!pr.exec())
        return storageError(pr.lastError());
    while (pr.next())
        c.preferences.push_back({pr.value(0).toString(), pr.value(1).toString(), pr.value(2).toString(),
            preferenceKindFromKey(pr.value(3).toString()), pr.value(4).toString()});
    QSqlQuery t
        = m_db.query(QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"));
    t.addBindValue(id);
    if (!t.exec())
        return storageError(t.lastError());
    while (t.next())
        c.tags << t.value(0).toString();
    QSqlQuery k = m_db.query(QStringLiteral("SELECT channel, granted, at, method, recorded_by FROM "
                                            "customer_consents WHERE customer_id = ? ORDER BY channel"));
    k.addBindValue(id);
    if (!k.exec())
        return storageError(k.lastError());
    while (k.next())
        c.consents.push_back({consentChannelFromKey(k.value(0).toString()), k.value(1).toBool(),
            QDateTime::fromString(k.value(2).toString(), Qt::ISODateWithMs), k.value(3).toString(),
            k.value(4).toString()});
    return c;
}

Status CustomerService::remove(const Actor &actor, const QString &id, const QString &reason)
{
    if (!allows(actor.role, Permission::DeleteCustomers))
        return denied(Tr::tr("Only a manager can delete customers."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral(
                "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
            {tx.nowIso(), tx.nowIso(), id});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(
                ErrorCode::NotFound, Tr::tr("The customer does not exist or was already deleted."));
        if (auto s = reindex(tx, id); !s)
            return s;
        if (auto s = tx.audit(QStringLiteral("customer.delete"), QStringLiteral("customer"), id,
                {{QStringLiteral("reason"), reason}});
            !s)
            return s;
        return tx.outbox(
            QStringLiteral("customer"), id, QStringLiteral("delete"), {{QStringLiteral("id"), id}});
    });
}

Status CustomerService::erasePersonalData(const Actor &actor, const QString &id)
{
    if (!allows(actor.role, Permission::DeleteCustomers))
        return denied(Tr::tr("Only a manager can erase a customer's personal data."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto r = tx.exec(
            QStringLiteral(
                "UPDATE customers SET display_name = ?, given_name = '', family_name = '', company_name = "
                "'', "
                "preferred_language = '', preferred_channel = '', birthday = NULL, source = '', notes = '', "
                "do_not_service_reason = '', sort_name = '', list_phone = '', list_email = '', list_address "
                "= '', "
                "list_tags = '', erased_at = ?, updated_at = ? "
                "WHERE id = ? AND erased_at IS NULL"),
            {Tr::tr("Erased customer"), tx.nowIso(), tx.nowIso(), id});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(
                ErrorCode::NotFound, Tr::tr("The customer does not exist or was already erased."));
        for (const char *table : {"customer_phones", "customer_emails", "customer_preferences",
                 "customer_addresses", "customer_tags", "customer_consents"}) {
            auto d = tx.exec(
                QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(QLatin1String(table)), {id});
            if (!d)
                return d.error();
        }
        // What people said and wrote goes; the record that a job or sale happened stays.
        auto t = tx.exec(
            QStringLiteral("UPDATE customer_timeline SET summary = '', actor_name = actor_name "
                           "WHERE customer_id = ? AND kind IN ('call', 'note', 'created', 'consent')"),
            {id});
        if (!t)
            return t.error();
        if (auto s = reindex(tx, id); !s)
            return s;
        if (auto s = tx.audit(QStringLiteral("customer.erase"), QStringLiteral("customer"), id); !s)
            return s;
        return tx.outbox(QStringLiteral("customer"), id, QStringLiteral("upsert"),
            {{QStringLiteral("id"), id}, {QStringLiteral("erased"), true}});
    });
}

Result<QString> CustomerService::addTimelineEntry(
    const Actor &actor, const QString &customerId, const QString &kind, const QString &summary)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow adding calls or notes."));
    if (kind != QLatin1String("call") && kind != QLatin1String("note"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Only calls and notes can be added by hand."));
    if (summary.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write what was said or noted."));
    QString entryId;
    Status s = m_db.write(actor, [&](WriteTx &tx) -> Status {
        auto upd = tx.exec(
            QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id = ? AND deleted_at IS NULL "
                           "AND erased_at IS NULL"),
            {tx.nowIso(), customerId});
        if (!upd)
            return upd.error();
        if (upd.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
        entryId = tx.newId();
        auto r = tx.exec(
            QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, actor_name, "
                           "summary) VALUES (?,?,?,?,?,?,?)"),
            {entryId, customerId, tx.nowIso(), kind, nonNull(actor.staffId), nonNull(actor.name), summary});
        if (!r)
            return r.error();
        if (auto a = tx.audit(QStringLiteral("customer.") + kind, QStringLiteral("customer"), customerId); !a)
            return a;
        return tx.outbox(QStringLiteral("customer_timeline"), entryId, QStringLiteral("upsert"),
            {{QStringLiteral("id"), entryId}, {QStringLiteral("customerId"), customerId},
                {QStringLiteral("kind"), kind}, {QStringLiteral("at"), tx.nowIso()},
                {QStringLiteral("summary"), summary}});
    });
    if (!s)
        return s.error();
    return entryId;
}

Result<std::vector<TimelineEntry>> CustomerService::timeline(
    const Actor &actor, const QString &customerId, int limit) const
{
    if (!allows(actor.role, Permission::ViewCustomers))
        return denied(Tr::tr("Your role does not allow viewing customers."));
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, at, kind, actor_name, summary FROM customer_timeline "
                                            "WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(q.lastError());
    std::vector<TimelineEntry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return out;
}

Status CustomerService::setConsent(const Actor &actor, const QString &customerId, const Consent &consent)
{
    if (!allows(actor.role, Permission::EditCustomers))
        return denied(Tr::tr("Your role does not allow editing customers."));
    if (consent.method.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say how the consent was given or withdrawn."));
    return m_db.write(actor, [&](WriteTx &tx) -> Status {
        const QString at = isoUtc(consent.at.isValid() ? consent.at : tx.now());
        auto r = tx.exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO customer_consents (customer_id, channel, granted, at, method, "
                "recorded_by) SELECT id, ?, ?, ?, ?, ? FROM customers WHERE id = ? AND deleted_at IS NULL"),
            {consentChannelKey(consent.channel), consent.granted ? 1 : 0, at, consent.method,
                nonNull(actor.name), customerId});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, Tr::tr("The customer does not exist or was deleted."));
        const QString summary = (consent.granted ? Tr::tr("Marketing consent given for %1 (%2)")
                                                 : Tr::tr("Marketing consent withdrawn for %1 (%2)"))
                                    .arg(consentChannelKey(consent.channel), consent.method);
        auto t = tx.exec(
            QStringLiteral("INSERT INTO customer_timeline (id, customer_id, at, kind, actor_id, actor_name, "
                           "summary) VALUES (?,?,?,'consent',?,?,?)"),
            {tx.newId(), customerId, tx.nowIso(), nonNull(actor.staffId), nonNull(actor.name), summary});
        if (!t)
            return t.error();
        const QJsonObject payload {{QStringLiteral("customerId"), customerId},
            {QStringLiteral("channel"), consentChannelKey(consent.channel)},
            {QStringLiteral("granted"), consent.granted}, {QStringLiteral("at"), at},
            {QStringLiteral("method"), consent.method}};
        if (auto a
            = tx.audit(QStringLiteral("customer.consent"), QStringLiteral("customer"), customerId, payload);
            !a)
            return a;
        return tx.outbox(QStringLiteral("customer_consent"),
            customerId + u'/' + consentChannelKey(consent.channel), QStringLiteral("upsert"), payload);
    });
}

} // namespace spoke
