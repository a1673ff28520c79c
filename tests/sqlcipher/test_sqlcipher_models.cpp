// Qt's SQL models on QSQLCIPHER: QSqlQueryModel (scrollable results fetched in chunks),
// QSqlTableModel (every edit strategy, inserts with the rowid filled in from
// lastInsertId, deletes, NULLs, filters, sorting) and QSqlRelationalTableModel.

#include "sqlcipher_test_util.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlRelationalTableModel>
#include <QSqlTableModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

namespace {

void fetchAll(QSqlQueryModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
}

} // namespace

class TestSqlCipherModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;

    QSqlDatabase db() const { return m_conn->db(); }

    void fillCustomers(int count)
    {
        QVERIFY(db().transaction());
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"INSERT INTO customer(id, name, qty, photo) VALUES (?, ?, ?, ?)"_s));
        for (int i = 1; i <= count; ++i) {
            q.addBindValue(i);
            q.addBindValue(u"고객 %1"_s.arg(i, 4, 10, QLatin1Char('0')));
            q.addBindValue(i % 10);
            q.addBindValue(QByteArray(3, char(i % 256)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db().commit());
    }

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY(m_dir.isValid());
        m_conn = std::make_unique<Connection>(dbPath(m_dir), rawKey());
        QVERIFY2(m_conn->open(), qPrintable(m_conn->lastError().text()));
        SQL_EXEC(db(), u"PRAGMA journal_mode = WAL"_s);
    }

    void init()
    {
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS job"_s);
        SQL_EXEC(db(), u"DROP TABLE IF EXISTS customer"_s);
        SQL_EXEC(db(),
            u"CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER, photo BLOB)"_s);
        SQL_EXEC(db(),
            u"CREATE TABLE job(id INTEGER PRIMARY KEY, title TEXT, customer_id INTEGER REFERENCES customer(id))"_s);
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        QVERIFY(!stockSqliteLoaded());
    }

    void queryModel_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("10") << 10;
        QTest::newRow("255 (one fetch)") << 255;
        QTest::newRow("256") << 256;
        QTest::newRow("1000") << 1000;
    }

    void queryModel()
    {
        QFETCH(int, rows);
        fillCustomers(rows);
        QSqlQueryModel model;
        model.setQuery(u"SELECT id, name, qty, photo FROM customer ORDER BY id"_s, db());
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"name"_s);
        QCOMPARE(model.record().field(0).metaType().id(), int(QMetaType::LongLong));
        fetchAll(model);
        QCOMPARE(model.rowCount(), rows);
        // Random access, backwards too: the model seeks the scrollable result.
        for (int row = rows - 1; row >= 0; row -= 37) {
            QCOMPARE(model.data(model.index(row, 0)).toInt(), row + 1);
            QCOMPARE(model.data(model.index(row, 1)).toString(),
                u"고객 %1"_s.arg(row + 1, 4, 10, QLatin1Char('0')));
            QCOMPARE(model.data(model.index(row, 3)).toByteArray(), QByteArray(3, char((row + 1) % 256)));
        }
        if (rows > 0)
            QCOMPARE(model.record(rows - 1).value(u"id"_s).toInt(), rows);
    }

    void tableModelEdits_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::newRow("OnFieldChange") << int(QSqlTableModel::OnFieldChange);
        QTest::newRow("OnRowChange") << int(QSqlTableModel::OnRowChange);
        QTest::newRow("OnManualSubmit") << int(QSqlTableModel::OnManualSubmit);
    }

    void tableModelEdits()
    {
        QFETCH(int, strategy);
        fillCustomers(600); // more than one fetch, so edits happen with rows still unread
        QSqlTableModel model(nullptr, db());
        model.setTable(u"customer"_s);
        model.setEditStrategy(QSqlTableModel::EditStrategy(strategy));
        model.setSort(0, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.primaryKey().fieldName(0), u"id"_s);
        const int name = model.fieldIndex(u"name"_s);
        const int qty = model.fieldIndex(u"qty"_s);
        const int photo = model.fieldIndex(u"photo"_s);

        QVERIFY(model.setData(model.index(4, name), u"Zoë Ångström"_s));
        QVERIFY(model.setData(model.index(4, qty), QVariant())); // NULL
        QVERIFY(model.setData(model.index(4, photo), QByteArray("\0a\0", 3)));
        if (strategy == QSqlTableModel::OnRowChange)
            QVERIFY(model.submit());
        if (strategy == QSqlTableModel::OnManualSubmit)
            QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

        // Written to the file...
        QSqlQuery check(db());
        QVERIFY(check.exec(u"SELECT name, qty, photo FROM customer WHERE id = 5"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"Zoë Ångström"_s);
        QVERIFY(check.isNull(1));
        QCOMPARE(check.value(2).toByteArray(), QByteArray("\0a\0", 3));
        check.finish();

        // ... and the model still shows every row, the edited one included.
        fetchAll(model);
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.data(model.index(4, name)).toString(), u"Zoë Ångström"_s);
        QVERIFY(model.data(model.index(4, qty)).isNull());
        QCOMPARE(model.data(model.index(3, name)).toString(), u"고객 0004"_s);
        QCOMPARE(model.data(model.index(450, name)).toString(), u"고객 0451"_s);
        QCOMPARE(model.data(model.index(599, 0)).toInt(), 600);
    }

    void tableModelInsertAndDelete_data() { tableModelEdits_data(); }

    void tableModelInsertAndDelete()
    {
        QFETCH(int, strategy);
        fillCustomers(3);
        QSqlTableModel model(nullptr, db());
        model.setTable(u"customer"_s);
        model.setEditStrategy(QSqlTableModel::EditStrategy(strategy));
        QVERIFY(model.select());
        QSqlRecord rec = model.record();
        rec.setGenerated(u"id"_s, false); // the rowid comes from SQLite
        rec.setValue(u"name"_s, u"مرحبا"_s);
        rec.setValue(u"qty"_s, 7);
        QVERIFY2(model.insertRecord(-1, rec), qPrintable(model.lastError().text()));
        if (strategy == QSqlTableModel::OnManualSubmit)
            QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QCOMPARE(scalar(db(), u"SELECT id FROM customer WHERE name = 'مرحبا'"_s).toInt(), 4);
        QCOMPARE(model.rowCount(), 4);
        // The model knows the new row's id (lastInsertId, or the reselect).
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.record(row).value(u"name"_s).toString() == u"مرحبا"_s) {
                QCOMPARE(model.record(row).value(u"id"_s).toInt(), 4);
                found = true;
            }
        }
        QVERIFY(found);

        QVERIFY(model.removeRows(0, 1));
        if (strategy == QSqlTableModel::OnManualSubmit)
            QVERIFY(model.submitAll());
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM customer"_s).toInt(), 3);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM customer WHERE id = 1"_s).toInt(), 0);
    }

    void tableModelRevert()
    {
        fillCustomers(3);
        QSqlTableModel model(nullptr, db());
        model.setTable(u"customer"_s);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY(model.select());
        QVERIFY(model.setData(model.index(0, 1), u"changed"_s));
        model.revertAll();
        QCOMPARE(scalar(db(), u"SELECT name FROM customer WHERE id = 1"_s).toString(), u"고객 0001"_s);
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"고객 0001"_s);
    }

    void tableModelConstraintError()
    {
        fillCustomers(3);
        QSqlTableModel model(nullptr, db());
        model.setTable(u"customer"_s);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY(model.select());
        QVERIFY(model.setData(model.index(0, 1), QVariant(QMetaType(QMetaType::QString)))); // NOT NULL
        QVERIFY(!model.submitAll());
        QCOMPARE(model.lastError().nativeErrorCode(), u"1299"_s);
        QCOMPARE(scalar(db(), u"SELECT name FROM customer WHERE id = 1"_s).toString(), u"고객 0001"_s);
    }

    void tableModelFilterAndSort_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("qty = 3, ascending")
            << u"qty = 3"_s << int(Qt::AscendingOrder) << QList<int> {3, 13, 23};
        QTest::newRow("qty = 3, descending")
            << u"qty = 3"_s << int(Qt::DescendingOrder) << QList<int> {23, 13, 3};
        QTest::newRow("name match") << u"name LIKE '%0017'"_s << int(Qt::AscendingOrder) << QList<int> {17};
        QTest::newRow("nothing") << u"qty > 100"_s << int(Qt::AscendingOrder) << QList<int>();
    }

    void tableModelFilterAndSort()
    {
        QFETCH(QString, filter);
        QFETCH(int, order);
        QFETCH(QList<int>, ids);
        fillCustomers(30);
        QSqlTableModel model(nullptr, db());
        model.setTable(u"customer"_s);
        model.setFilter(filter);
        model.setSort(0, Qt::SortOrder(order));
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), ids.size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(model.data(model.index(i, 0)).toInt(), ids.at(i));
    }

    void relationalModel_data()
    {
        QTest::addColumn<int>("joinMode");
        QTest::addColumn<int>("rows");
        QTest::newRow("inner join") << int(QSqlRelationalTableModel::InnerJoin) << 2;
        QTest::newRow("left join") << int(QSqlRelationalTableModel::LeftJoin) << 3;
    }

    void relationalModel()
    {
        QFETCH(int, joinMode);
        QFETCH(int, rows);
        SQL_EXEC(db(),
            u"INSERT INTO customer(id, name) VALUES (1, '김민준'), (2, 'Fatima Al-Sayed'), (3, 'Zoë')"_s);
        SQL_EXEC(db(),
            u"INSERT INTO job(id, title, customer_id) VALUES (10, 'Oven', 1), (11, 'Bathroom', 2), (12, 'Quote', NULL)"_s);
        QSqlRelationalTableModel model(nullptr, db());
        model.setTable(u"job"_s);
        model.setJoinMode(QSqlRelationalTableModel::JoinMode(joinMode));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        const int customer = model.fieldIndex(u"customer_id"_s);
        model.setRelation(customer, QSqlRelation(u"customer"_s, u"id"_s, u"name"_s));
        model.setSort(0, Qt::AscendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.data(model.index(0, customer)).toString(), u"김민준"_s);
        QCOMPARE(model.data(model.index(1, customer)).toString(), u"Fatima Al-Sayed"_s);
        if (rows == 3)
            QVERIFY(model.data(model.index(2, customer)).isNull());

        QSqlTableModel *customers = model.relationModel(customer);
        QVERIFY(customers);
        QCOMPARE(customers->rowCount(), 3);

        // Editing the relation column stores the key, and the model shows the name.
        QVERIFY(model.setData(model.index(0, customer), 3));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QCOMPARE(scalar(db(), u"SELECT customer_id FROM job WHERE id = 10"_s).toInt(), 3);
        QCOMPARE(model.data(model.index(0, customer)).toString(), u"Zoë"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherModels)
#include "test_sqlcipher_models.moc"
