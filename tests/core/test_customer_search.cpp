// The one search box: names in any script and without accents, any phone formatting,
// email, street, postal code, tag; ranked exact contact first, then name prefix.

#include "core/customers/customer_list_model.h"
#include "core/customers/customer_search.h"
#include "core/customers/customer_service.h"
#include "core/customers/search_text.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const Actor kDesk {QStringLiteral("f1"), QStringLiteral("Fran Desk"), Role::FrontDesk};

Customer person(const QString &given, const QString &family, const QString &phone = {},
    const QString &email = {}, const QString &street = {}, const QString &postal = {},
    const QStringList &tags = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    if (!phone.isEmpty())
        c.phones.push_back({{}, QStringLiteral("mobile"), phone, {}, true});
    if (!email.isEmpty())
        c.emails.push_back({{}, {}, email, true});
    if (!street.isEmpty() || !postal.isEmpty()) {
        CustomerAddress a;
        a.street = street;
        a.city = QStringLiteral("Springfield");
        a.postalCode = postal;
        c.addresses.push_back(a);
    }
    c.tags = tags;
    return c;
}

} // namespace

class TestCustomerSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;
    std::unique_ptr<LocationDatabase> m_db;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<CustomerSearch> m_search;
    QHash<QString, QString> m_ids; // display name -> id

    QStringList names(const QString &query)
    {
        auto r = m_search->search(kDesk, query);
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        QStringList out;
        for (const CustomerSummary &s : r.value())
            out << s.displayName;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = test::createDatabase(m_dir.filePath(QStringLiteral("loc")), m_store);
        m_customers = std::make_unique<CustomerService>(*m_db, QStringLiteral("US"));
        m_search = std::make_unique<CustomerSearch>(*m_db, QStringLiteral("US"));
        const std::vector<Customer> people {
            person(QStringLiteral("Hélène"), QStringLiteral("Dubois"), QStringLiteral("(555) 010-2345"),
                QStringLiteral("helene@example.com"), QStringLiteral("12 Rue des Lilas"),
                QStringLiteral("62701"), {QStringLiteral("vip")}),
            person(QStringLiteral("Helen"), QStringLiteral("Baker"), QStringLiteral("555-010-7777"), {},
                QStringLiteral("8 Maple Avenue"), QStringLiteral("62702")),
            person(QStringLiteral("Annabel"), QStringLiteral("Lee"), QStringLiteral("555 010 1111"),
                QStringLiteral("annabel.lee@example.org"), QStringLiteral("3 Elm Street"),
                QStringLiteral("62703"), {QStringLiteral("weekly")}),
            person(QStringLiteral("Ann"), QStringLiteral("Ortiz"), QStringLiteral("555 010 2222"), {},
                QStringLiteral("44 Oak Lane"), QStringLiteral("K1A 0B1")),
            person(QStringLiteral("Dana"), QStringLiteral("Annable"), QStringLiteral("555 010 3333")),
            person(QStringLiteral("민준"), QStringLiteral("김"), QStringLiteral("555 010 4444"), {},
                QStringLiteral("9 Pine Road"), QStringLiteral("62704")),
            person(QStringLiteral("فاطمة"), QStringLiteral("الزهراء"), QStringLiteral("555 010 5555")),
            person(QStringLiteral("François"), QStringLiteral("Ançel"), QStringLiteral("+33 1 42 68 53 00")),
        };
        for (const Customer &c : people) {
            auto id = m_customers->create(kDesk, c);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            m_ids.insert(c.displayName(), id.value());
        }
    }

    void folding_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("accents") << QStringLiteral("Hélène Ançel") << QStringLiteral("helene ancel");
        QTest::newRow("ligature and sharp s")
            << QStringLiteral("ﬁne Straße") << QStringLiteral("fine strasse");
        QTest::newRow("hangul stays syllables") << QStringLiteral("김민준") << QStringLiteral("김민준");
        QTest::newRow("arabic marks") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
        QTest::newRow("arabic hamza on alef") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("fullwidth digits") << QStringLiteral("５５５") << QStringLiteral("555");
    }

    void folding()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(foldForSearch(in), out);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("given name prefix") << QStringLiteral("annab") << QStringLiteral("Annabel Lee");
        QTest::newRow("family name prefix") << QStringLiteral("dub") << QStringLiteral("Hélène Dubois");
        QTest::newRow("accent-insensitive") << QStringLiteral("Helene") << QStringLiteral("Hélène Dubois");
        QTest::newRow("accent typed") << QStringLiteral("hélène") << QStringLiteral("Hélène Dubois");
        QTest::newRow("two words any order")
            << QStringLiteral("dubois hel") << QStringLiteral("Hélène Dubois");
        QTest::newRow("phone parentheses")
            << QStringLiteral("(555) 010-2345") << QStringLiteral("Hélène Dubois");
        QTest::newRow("phone digits") << QStringLiteral("5550102345") << QStringLiteral("Hélène Dubois");
        QTest::newRow("phone international")
            << QStringLiteral("+1 555 010 2345") << QStringLiteral("Hélène Dubois");
        QTest::newRow("phone partial digits") << QStringLiteral("555010777") << QStringLiteral("Helen Baker");
        QTest::newRow("phone partial with spaces")
            << QStringLiteral("555 010 77") << QStringLiteral("Helen Baker");
        QTest::newRow("phone partial with punctuation")
            << QStringLiteral("(555) 010-77") << QStringLiteral("Helen Baker");
        QTest::newRow("foreign phone")
            << QStringLiteral("+33 1 42 68 53 00") << QStringLiteral("François Ançel");
        QTest::newRow("email exact") << QStringLiteral("annabel.lee@example.org")
                                     << QStringLiteral("Annabel Lee");
        QTest::newRow("email case") << QStringLiteral("HELENE@example.com")
                                    << QStringLiteral("Hélène Dubois");
        QTest::newRow("email prefix") << QStringLiteral("annabel.l") << QStringLiteral("Annabel Lee");
        QTest::newRow("street") << QStringLiteral("maple") << QStringLiteral("Helen Baker");
        QTest::newRow("street with number") << QStringLiteral("44 oak") << QStringLiteral("Ann Ortiz");
        QTest::newRow("postal code") << QStringLiteral("62703") << QStringLiteral("Annabel Lee");
        QTest::newRow("postal code with space") << QStringLiteral("K1A 0B1") << QStringLiteral("Ann Ortiz");
        QTest::newRow("postal code without space") << QStringLiteral("k1a0b1") << QStringLiteral("Ann Ortiz");
        QTest::newRow("tag") << QStringLiteral("weekly") << QStringLiteral("Annabel Lee");
        QTest::newRow("korean family+given") << QStringLiteral("민준") << QStringLiteral("민준 김");
        QTest::newRow("korean prefix") << QStringLiteral("민") << QStringLiteral("민준 김");
        QTest::newRow("arabic") << QStringLiteral("فاطمة") << QStringLiteral("فاطمة الزهراء");
        QTest::newRow("arabic with marks typed")
            << QStringLiteral("فَاطِمَة") << QStringLiteral("فاطمة الزهراء");
        QTest::newRow("sql-looking text finds nothing, breaks nothing")
            << QStringLiteral("\" OR 1=1 --") << QString();
        QTest::newRow("fts syntax is just text") << QStringLiteral("NEAR(ann lee) AND *") << QString();
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QStringList found = names(query);
        if (first.isEmpty()) {
            QVERIFY2(found.isEmpty() || !found.first().startsWith(QStringLiteral("error")),
                qPrintable(found.join(u'|')));
            return;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found.first(), first);
    }

    void rankingNamePrefixBeforeOtherMatches()
    {
        // "ann": Ann Ortiz and Annabel Lee start with it; Dana Annable only has a word
        // starting with it.
        const QStringList found = names(QStringLiteral("ann"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0), QStringLiteral("Ann Ortiz"));
        QCOMPARE(found.at(1), QStringLiteral("Annabel Lee"));
        QCOMPARE(found.at(2), QStringLiteral("Dana Annable"));
    }

    void exactPhoneComesFirst()
    {
        // The number also prefixes no name, but Helen Baker's is an exact match.
        const QStringList found = names(QStringLiteral("555-010-7777"));
        QCOMPARE(found.value(0), QStringLiteral("Helen Baker"));
    }

    void indexFollowsEditsDeletesAndMerges()
    {
        const QString id = m_ids.value(QStringLiteral("Helen Baker"));
        Customer c = m_customers->get(kDesk, id).value();
        c.familyName = QStringLiteral("Carpenter");
        QVERIFY(m_customers->update(kDesk, c).ok());
        QVERIFY(names(QStringLiteral("baker")).isEmpty());
        QCOMPARE(names(QStringLiteral("carpen")), QStringList {QStringLiteral("Helen Carpenter")});
        const Actor manager {QStringLiteral("m"), QStringLiteral("M"), Role::Manager};
        QVERIFY(m_customers->remove(manager, id, QStringLiteral("test")).ok());
        QVERIFY(names(QStringLiteral("carpen")).isEmpty());
        QVERIFY(names(QStringLiteral("555-010-7777")).isEmpty());
    }

    void technicianMaySearchButNoRoleMayNot()
    {
        QVERIFY(m_search->search(Actor {{}, {}, Role::Technician}, QStringLiteral("ann")).ok());
        QCOMPARE(m_search->search(Actor {}, QStringLiteral("ann")).code(), ErrorCode::PermissionDenied);
    }

    void listModelPagesAndFilters()
    {
        // A few hundred more so the list spans several pages.
        for (int i = 0; i < 600; ++i) {
            Customer c
                = person(QStringLiteral("Pat"), QStringLiteral("Zimmer%1").arg(i, 3, 10, QLatin1Char('0')));
            if (i % 3 == 0)
                c.tags = {QStringLiteral("lawn")};
            QVERIFY(m_customers->create(kDesk, c).ok());
        }
        CustomerListModel model(*m_db);
        const qint64 total = model.totalCount();
        QCOMPARE(total, qint64(7 + 600)); // Helen Baker was deleted above
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), CustomerListModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(total));
        // Sorted by family name, no row twice across page boundaries.
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.customerId(row);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        // Sorted on the folded family name; other scripts after Latin (code point order).
        QCOMPARE(model.data(model.index(model.rowCount() - 1, CustomerListModel::Name)).toString(),
            QStringLiteral("민준 김"));
        int zimmer599 = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.data(model.index(row, CustomerListModel::Name)).toString()
                == QLatin1String("Pat Zimmer599"))
                zimmer599 = row;
        QCOMPARE(model.data(model.index(zimmer599 - 1, CustomerListModel::Name)).toString(),
            QStringLiteral("Pat Zimmer598"));
        QCOMPARE(
            model.data(model.index(0, CustomerListModel::Name)).toString(), QStringLiteral("François Ançel"));

        CustomerListFilter filter;
        filter.tag = QStringLiteral("lawn");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), qint64(200));
        QVERIFY(model.allTags().contains(QStringLiteral("lawn")));

        model.setFilter({});
        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        model.fetchMore({});
        QCOMPARE(model.data(model.index(0, CustomerListModel::Name)).toString(), QStringLiteral("민준 김"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "test_customer_search.moc"
