// QSQLCIPHER driver metadata: dbmsType, features, tables(), record(), primaryIndex(),
// escapeIdentifier()/stripDelimiters(), formatValue() and the sqlStatement() Qt builds
// from them.

#include "sqlcipher_test_util.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

class TestSqlCipherSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;

    QSqlDatabase db() const { return m_conn->db(); }
    QSqlDriver *driver() const { return m_conn->db().driver(); }

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        spoke::sql::registerSqlCipherDriver(); // a second call is harmless
        QVERIFY(QSqlDatabase::drivers().contains(u"QSQLCIPHER"_s));
        QVERIFY(m_dir.isValid());
        m_conn = std::make_unique<Connection>(dbPath(m_dir), rawKey());
        QVERIFY2(m_conn->open(), qPrintable(m_conn->lastError().text()));
        SQL_EXEC(db(),
            u"CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'it''s me', "
            "balance INTEGER NOT NULL DEFAULT 0, rate REAL DEFAULT 1.5, photo BLOB, vip BOOLEAN, "
            "created TEXT DEFAULT CURRENT_TIMESTAMP, note VARCHAR(200), amount DECIMAL(10,2), misc)"_s);
        SQL_EXEC(db(),
            u"CREATE TABLE \"order line\"(\"order\" TEXT, line INTEGER, qty INTEGER, "
            "PRIMARY KEY (line, \"order\")) WITHOUT ROWID"_s);
        SQL_EXEC(db(), u"CREATE TABLE \"we\"\"ird\"(x TEXT PRIMARY KEY)"_s);
        SQL_EXEC(db(), u"CREATE TABLE nokey(a, b)"_s);
        SQL_EXEC(db(), u"CREATE VIEW rich AS SELECT id, name FROM customer WHERE balance > 1000"_s);
        SQL_EXEC(db(), u"CREATE TABLE seq(id INTEGER PRIMARY KEY AUTOINCREMENT, v)"_s);
        SQL_EXEC(db(), u"CREATE INDEX customer_name ON customer(name)"_s);
        SQL_EXEC(db(), u"ATTACH DATABASE ':memory:' AS aux"_s);
        SQL_EXEC(db(), u"CREATE TABLE aux.extra(k TEXT PRIMARY KEY, v INTEGER)"_s);
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        QVERIFY(!stockSqliteLoaded());
    }

    void identity()
    {
        QCOMPARE(db().driverName(), u"QSQLCIPHER"_s);
        QCOMPARE(driver()->dbmsType(), QSqlDriver::SQLite);
        QCOMPARE(driver()->handle().typeName(), "sqlite3*");
        QVERIFY(spoke::sql::sqlcipherVersion().contains(u"SQLCipher 4."_s));
        QVERIFY(spoke::sql::sqlcipherVersion().contains(u"SQLite 3."_s));
    }

    void features_data()
    {
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("supported");
        QTest::newRow("Transactions") << int(QSqlDriver::Transactions) << true;
        QTest::newRow("QuerySize") << int(QSqlDriver::QuerySize) << false;
        QTest::newRow("BLOB") << int(QSqlDriver::BLOB) << true;
        QTest::newRow("Unicode") << int(QSqlDriver::Unicode) << true;
        QTest::newRow("PreparedQueries") << int(QSqlDriver::PreparedQueries) << true;
        QTest::newRow("NamedPlaceholders") << int(QSqlDriver::NamedPlaceholders) << true;
        QTest::newRow("PositionalPlaceholders") << int(QSqlDriver::PositionalPlaceholders) << true;
        QTest::newRow("LastInsertId") << int(QSqlDriver::LastInsertId) << true;
        QTest::newRow("BatchOperations") << int(QSqlDriver::BatchOperations) << true;
        QTest::newRow("SimpleLocking") << int(QSqlDriver::SimpleLocking) << true;
        QTest::newRow("LowPrecisionNumbers") << int(QSqlDriver::LowPrecisionNumbers) << true;
        QTest::newRow("EventNotifications") << int(QSqlDriver::EventNotifications) << false;
        QTest::newRow("FinishQuery") << int(QSqlDriver::FinishQuery) << true;
        QTest::newRow("MultipleResultSets") << int(QSqlDriver::MultipleResultSets) << false;
        QTest::newRow("CancelQuery") << int(QSqlDriver::CancelQuery) << true;
    }

    void features()
    {
        QFETCH(int, feature);
        QFETCH(bool, supported);
        QCOMPARE(driver()->hasFeature(QSqlDriver::DriverFeature(feature)), supported);
    }

    void tables_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tables") << int(
            QSql::Tables) << QStringList {u"customer"_s, u"nokey"_s, u"order line"_s, u"seq"_s, u"we\"ird"_s};
        QTest::newRow("views") << int(QSql::Views) << QStringList {u"rich"_s};
        QTest::newRow("system tables") << int(QSql::SystemTables) << QStringList {u"sqlite_schema"_s};
        QTest::newRow("tables and views")
            << int(QSql::Tables | QSql::Views)
            << QStringList {u"customer"_s, u"nokey"_s, u"order line"_s, u"rich"_s, u"seq"_s, u"we\"ird"_s};
    }

    void tables()
    {
        QFETCH(int, type);
        QFETCH(QStringList, expected);
        QStringList actual = db().tables(QSql::TableType(type));
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }

    void record_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("types");
        QTest::newRow("plain name") << u"customer"_s
                                    << QStringList {u"id"_s, u"name"_s, u"balance"_s, u"rate"_s, u"photo"_s,
                                           u"vip"_s, u"created"_s, u"note"_s, u"amount"_s, u"misc"_s}
                                    << QList<int> {QMetaType::LongLong, QMetaType::QString,
                                           QMetaType::LongLong, QMetaType::Double, QMetaType::QByteArray,
                                           QMetaType::Bool, QMetaType::QString, QMetaType::QString,
                                           QMetaType::Double, QMetaType::QString};
        QTest::newRow("name with a space")
            << u"order line"_s << QStringList {u"order"_s, u"line"_s, u"qty"_s}
            << QList<int> {QMetaType::QString, QMetaType::LongLong, QMetaType::LongLong};
        QTest::newRow("already escaped")
            << u"\"order line\""_s << QStringList {u"order"_s, u"line"_s, u"qty"_s}
            << QList<int> {QMetaType::QString, QMetaType::LongLong, QMetaType::LongLong};
        QTest::newRow("name with a quote")
            << u"we\"ird"_s << QStringList {u"x"_s} << QList<int> {QMetaType::QString};
        QTest::newRow("schema qualified") << u"aux.extra"_s << QStringList {u"k"_s, u"v"_s}
                                          << QList<int> {QMetaType::QString, QMetaType::LongLong};
        QTest::newRow("schema qualified, escaped")
            << u"\"main\".\"customer\""_s
            << QStringList {u"id"_s, u"name"_s, u"balance"_s, u"rate"_s, u"photo"_s, u"vip"_s, u"created"_s,
                   u"note"_s, u"amount"_s, u"misc"_s}
            << QList<int> {QMetaType::LongLong, QMetaType::QString, QMetaType::LongLong, QMetaType::Double,
                   QMetaType::QByteArray, QMetaType::Bool, QMetaType::QString, QMetaType::QString,
                   QMetaType::Double, QMetaType::QString};
        QTest::newRow("view") << u"rich"_s << QStringList {u"id"_s, u"name"_s}
                              << QList<int> {QMetaType::LongLong, QMetaType::QString};
        QTest::newRow("missing table") << u"nothing_here"_s << QStringList() << QList<int>();
    }

    void record()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, types);
        const QSqlRecord rec = db().record(table);
        QCOMPARE(rec.count(), names.size());
        for (int i = 0; i < rec.count(); ++i) {
            QCOMPARE(rec.fieldName(i), names.at(i));
            QCOMPARE(rec.field(i).metaType().id(), types.at(i));
            QCOMPARE(rec.field(i).tableName(),
                driver()->stripDelimiters(table.section(u'.', -1), QSqlDriver::TableName));
        }
    }

    void recordDetails()
    {
        const QSqlRecord rec = db().record(u"customer"_s);
        QVERIFY(rec.field(u"id"_s).isAutoValue());
        QVERIFY(!rec.field(u"balance"_s).isAutoValue());
        QCOMPARE(rec.field(u"name"_s).requiredStatus(), QSqlField::Required);
        QCOMPARE(rec.field(u"rate"_s).requiredStatus(), QSqlField::Optional);
        QCOMPARE(rec.field(u"name"_s).defaultValue(), QVariant(u"it's me"_s));
        QCOMPARE(rec.field(u"balance"_s).defaultValue(), QVariant(qlonglong(0)));
        QCOMPARE(rec.field(u"rate"_s).defaultValue(), QVariant(1.5));
        QCOMPARE(rec.field(u"created"_s).defaultValue(), QVariant(u"CURRENT_TIMESTAMP"_s));
        QVERIFY(!rec.field(u"photo"_s).defaultValue().isValid());
        QVERIFY(db().record(u"seq"_s).field(u"id"_s).isAutoValue());
        QVERIFY(!db().record(u"order line"_s).field(u"line"_s).isAutoValue());
    }

    void dotInATableName()
    {
        SQL_EXEC(db(), u"CREATE TABLE \"v1.2\"(k INTEGER PRIMARY KEY, v TEXT)"_s);
        QVERIFY(db().tables().contains(u"v1.2"_s));
        // tables() hands out the plain name; record() and primaryIndex() take it back.
        QCOMPARE(db().record(u"v1.2"_s).count(), 2);
        QCOMPARE(db().record(u"\"v1.2\""_s).count(), 2);
        QCOMPARE(db().primaryIndex(u"v1.2"_s).fieldName(0), u"k"_s);
        SQL_EXEC(db(), u"DROP TABLE \"v1.2\""_s);
    }

    void primaryIndex_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("integer primary key") << u"customer"_s << QStringList {u"id"_s};
        QTest::newRow("composite key in key order, not column order")
            << u"order line"_s << QStringList {u"line"_s, u"order"_s};
        QTest::newRow("escaped name") << u"\"order line\""_s << QStringList {u"line"_s, u"order"_s};
        QTest::newRow("text key, quoted table") << u"we\"ird"_s << QStringList {u"x"_s};
        QTest::newRow("schema qualified") << u"aux.extra"_s << QStringList {u"k"_s};
        QTest::newRow("no declared key") << u"nokey"_s << QStringList();
        QTest::newRow("missing table") << u"nothing_here"_s << QStringList();
    }

    void primaryIndex()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        const QSqlIndex index = db().primaryIndex(table);
        QCOMPARE(index.count(), columns.size());
        for (int i = 0; i < index.count(); ++i)
            QCOMPARE(index.fieldName(i), columns.at(i));
        QCOMPARE(index.isEmpty(), columns.isEmpty());
    }

    void escapeIdentifier_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain table") << u"customer"_s << int(QSqlDriver::TableName) << u"\"customer\""_s;
        QTest::newRow("plain field") << u"name"_s << int(QSqlDriver::FieldName) << u"\"name\""_s;
        QTest::newRow("keyword") << u"order"_s << int(QSqlDriver::FieldName) << u"\"order\""_s;
        QTest::newRow("space") << u"order line"_s << int(QSqlDriver::TableName) << u"\"order line\""_s;
        QTest::newRow("double quote inside")
            << u"we\"ird"_s << int(QSqlDriver::TableName) << u"\"we\"\"ird\""_s;
        QTest::newRow("schema.table")
            << u"aux.extra"_s << int(QSqlDriver::TableName) << u"\"aux\".\"extra\""_s;
        QTest::newRow("dot in a field name") << u"a.b"_s << int(QSqlDriver::FieldName) << u"\"a.b\""_s;
        QTest::newRow("already escaped") << u"\"name\""_s << int(QSqlDriver::FieldName) << u"\"name\""_s;
        QTest::newRow("brackets") << u"[name]"_s << int(QSqlDriver::FieldName) << u"[name]"_s;
        QTest::newRow("korean") << u"고객"_s << int(QSqlDriver::TableName) << u"\"고객\""_s;
        QTest::newRow("empty") << QString() << int(QSqlDriver::TableName) << QString();
    }

    void escapeIdentifier()
    {
        QFETCH(QString, identifier);
        QFETCH(int, type);
        QFETCH(QString, escaped);
        const auto t = QSqlDriver::IdentifierType(type);
        QCOMPARE(driver()->escapeIdentifier(identifier, t), escaped);
        if (!identifier.isEmpty()) {
            QVERIFY(driver()->isIdentifierEscaped(escaped, t) || escaped.contains(u"\".\""_s));
            QCOMPARE(driver()->escapeIdentifier(escaped, t), escaped); // idempotent
        }
    }

    void escapedNamesWorkInSql()
    {
        // Every escaped name is accepted by SQLite and names the right object.
        const QString table = driver()->escapeIdentifier(u"we\"ird 표"_s, QSqlDriver::TableName);
        const QString field = driver()->escapeIdentifier(u"se\"lect"_s, QSqlDriver::FieldName);
        SQL_EXEC(db(), u"CREATE TABLE %1(%2 TEXT)"_s.arg(table, field));
        SQL_EXEC(db(), u"INSERT INTO %1(%2) VALUES ('ok')"_s.arg(table, field));
        QCOMPARE(scalar(db(), u"SELECT %2 FROM %1"_s.arg(table, field)).toString(), u"ok"_s);
        QVERIFY(db().tables().contains(u"we\"ird 표"_s));
        QCOMPARE(db().record(u"we\"ird 표"_s).fieldName(0), u"se\"lect"_s);
        SQL_EXEC(db(), u"DROP TABLE %1"_s.arg(table));
    }

    void stripDelimiters_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("stripped");
        QTest::newRow("double quotes") << u"\"name\""_s << u"name"_s;
        QTest::newRow("doubled quote") << u"\"we\"\"ird\""_s << u"we\"ird"_s;
        QTest::newRow("brackets") << u"[a b]"_s << u"a b"_s;
        QTest::newRow("backticks") << u"`a`"_s << u"a"_s;
        QTest::newRow("not escaped") << u"plain"_s << u"plain"_s;
    }

    void stripDelimiters()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, stripped);
        QCOMPARE(driver()->stripDelimiters(identifier, QSqlDriver::FieldName), stripped);
    }

    void formatValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("sql");
        QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString)) << u"NULL"_s;
        QTest::newRow("text with a quote") << QVariant(u"O'Brien"_s) << u"'O''Brien'"_s;
        QTest::newRow("korean text") << QVariant(u"김민준"_s) << u"'김민준'"_s;
        QTest::newRow("blob") << QVariant(QByteArray("\x00\xff\x10", 3)) << u"X'00ff10'"_s;
        QTest::newRow("int64 min") << QVariant(qlonglong(-9223372036854775807LL - 1))
                                   << u"-9223372036854775808"_s;
        QTest::newRow("bool") << QVariant(true) << u"1"_s;
    }

    void formatValue()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, sql);
        QSqlField field(u"f"_s, value.metaType());
        field.setValue(value);
        QCOMPARE(driver()->formatValue(field), sql);
        // And SQLite reads the literal back as the same value.
        if (!value.isNull()) {
            const QVariant back = scalar(db(), u"SELECT "_s + sql);
            if (value.typeId() == QMetaType::Bool)
                QCOMPARE(back.toBool(), value.toBool());
            else if (value.typeId() == QMetaType::LongLong)
                QCOMPARE(back.toLongLong(), value.toLongLong());
            else
                QCOMPARE(back, value);
        }
    }

    void sqlStatements()
    {
        // QSqlTableModel and friends build their SQL through sqlStatement().
        QSqlRecord rec = db().record(u"order line"_s);
        rec.setValue(u"order"_s, u"A-1"_s);
        rec.setValue(u"line"_s, 2);
        rec.setValue(u"qty"_s, 5);
        const QString insert
            = driver()->sqlStatement(QSqlDriver::InsertStatement, u"order line"_s, rec, false);
        QCOMPARE(insert, u"INSERT INTO \"order line\" (\"order\", \"line\", \"qty\") VALUES ('A-1', 2, 5)"_s);
        SQL_EXEC(db(), insert);
        QSqlRecord where = db().primaryIndex(u"order line"_s);
        where.setValue(u"line"_s, 2);
        where.setValue(u"order"_s, u"A-1"_s);
        const QString select
            = driver()->sqlStatement(QSqlDriver::SelectStatement, u"order line"_s, rec, false) + u' '
            + driver()->sqlStatement(QSqlDriver::WhereStatement, u"order line"_s, where, false);
        QSqlQuery q(db());
        QVERIFY2(q.exec(select), qPrintable(select));
        QVERIFY(q.next());
        QCOMPARE(q.value(u"order"_s).toString(), u"A-1"_s);
        QCOMPARE(q.value(u"line"_s).toInt(), 2);
        QCOMPARE(q.value(u"qty"_s).toInt(), 5);
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherSchema)
#include "test_sqlcipher_schema.moc"
