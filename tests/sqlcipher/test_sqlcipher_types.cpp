// QSQLCIPHER value round trips: every Qt type an application binds comes back with the
// same value (and the expected Qt type) through forward-only and scrollable queries,
// stored with the SQLite storage class one expects, on a keyed database.

#include "sqlcipher_test_util.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTime>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;
using namespace spoke::sqltest;

namespace {

QVariant nullOf(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b.append(char(i));
    return b;
}

} // namespace

class TestSqlCipherTypes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_conn;

    QSqlDatabase db() const { return m_conn->db(); }

private slots:
    void initTestCase()
    {
        spoke::sql::registerSqlCipherDriver();
        QVERIFY(m_dir.isValid());
        m_conn = std::make_unique<Connection>(dbPath(m_dir), rawKey());
        QVERIFY2(m_conn->open(), qPrintable(m_conn->lastError().text()));
        SQL_EXEC(db(),
            u"CREATE TABLE v(id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB, n NUMERIC, "
            "x BOOLEAN, a)"_s);
    }

    void init() { SQL_EXEC(db(), u"DELETE FROM v"_s); }

    void cleanupTestCase()
    {
        m_conn.reset();
        QVERIFY2(!stockSqliteLoaded(), "Qt's QSQLITE or the system libsqlite3 was loaded next to SQLCipher");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QString>("storage"); // typeof() in SQL

        const qint64 max = std::numeric_limits<qint64>::max();
        const qint64 min = std::numeric_limits<qint64>::min();
        QTest::newRow("int64 max") << u"i"_s << QVariant(max) << QVariant(qlonglong(max)) << u"integer"_s;
        QTest::newRow("int64 min") << u"i"_s << QVariant(min) << QVariant(qlonglong(min)) << u"integer"_s;
        QTest::newRow("int64 max in untyped column")
            << u"a"_s << QVariant(max) << QVariant(qlonglong(max)) << u"integer"_s;
        QTest::newRow("int64 min in NUMERIC column")
            << u"n"_s << QVariant(min) << QVariant(qlonglong(min)) << u"integer"_s;
        QTest::newRow("zero") << u"i"_s << QVariant(0) << QVariant(qlonglong(0)) << u"integer"_s;
        QTest::newRow("minus one") << u"i"_s << QVariant(-1) << QVariant(qlonglong(-1)) << u"integer"_s;
        QTest::newRow("int") << u"i"_s << QVariant(int(2147483647)) << QVariant(qlonglong(2147483647))
                             << u"integer"_s;
        QTest::newRow("uint max") << u"i"_s << QVariant(uint(4294967295u))
                                  << QVariant(qlonglong(4294967295LL)) << u"integer"_s;
        QTest::newRow("qulonglong in range")
            << u"i"_s << QVariant(qulonglong(max)) << QVariant(qlonglong(max)) << u"integer"_s;
        QTest::newRow("qulonglong beyond int64 keeps every digit")
            << u"a"_s << QVariant(std::numeric_limits<qulonglong>::max())
            << QVariant(u"18446744073709551615"_s) << u"text"_s;
        QTest::newRow("short") << u"i"_s << QVariant::fromValue(short(-32768)) << QVariant(qlonglong(-32768))
                               << u"integer"_s;
        QTest::newRow("bool true") << u"x"_s << QVariant(true) << QVariant(qlonglong(1)) << u"integer"_s;
        QTest::newRow("bool false") << u"x"_s << QVariant(false) << QVariant(qlonglong(0)) << u"integer"_s;

        QTest::newRow("double 0.1") << u"r"_s << QVariant(0.1) << QVariant(0.1) << u"real"_s;
        QTest::newRow("double pi") << u"r"_s << QVariant(3.141592653589793) << QVariant(3.141592653589793)
                                   << u"real"_s;
        QTest::newRow("double max") << u"r"_s << QVariant(std::numeric_limits<double>::max())
                                    << QVariant(std::numeric_limits<double>::max()) << u"real"_s;
        QTest::newRow("double lowest") << u"r"_s << QVariant(std::numeric_limits<double>::lowest())
                                       << QVariant(std::numeric_limits<double>::lowest()) << u"real"_s;
        QTest::newRow("double min normal") << u"r"_s << QVariant(std::numeric_limits<double>::min())
                                           << QVariant(std::numeric_limits<double>::min()) << u"real"_s;
        QTest::newRow("double denormal") << u"r"_s << QVariant(std::numeric_limits<double>::denorm_min())
                                         << QVariant(std::numeric_limits<double>::denorm_min()) << u"real"_s;
        QTest::newRow("double tiny negative")
            << u"r"_s << QVariant(-2.5e-300) << QVariant(-2.5e-300) << u"real"_s;
        QTest::newRow("double whole in REAL column") << u"r"_s << QVariant(2.0) << QVariant(2.0) << u"real"_s;
        QTest::newRow("double whole in INTEGER column (affinity)")
            << u"i"_s << QVariant(2.0) << QVariant(qlonglong(2)) << u"integer"_s;
        QTest::newRow("float") << u"r"_s << QVariant(1.5f) << QVariant(1.5) << u"real"_s;
        QTest::newRow("double in untyped column")
            << u"a"_s << QVariant(-0.125) << QVariant(-0.125) << u"real"_s;

        QTest::newRow("ascii") << u"t"_s << QVariant(u"plain text"_s) << QVariant(u"plain text"_s)
                               << u"text"_s;
        QTest::newRow("korean") << u"t"_s << QVariant(u"안녕하세요, 김민준 고객님"_s)
                                << QVariant(u"안녕하세요, 김민준 고객님"_s) << u"text"_s;
        QTest::newRow("arabic") << u"t"_s << QVariant(u"مرحبا، السيدة فاطمة"_s)
                                << QVariant(u"مرحبا، السيدة فاطمة"_s) << u"text"_s;
        QTest::newRow("accents") << u"t"_s << QVariant(u"Crème brûlée à la façon de Zoë Ångström"_s)
                                 << QVariant(u"Crème brûlée à la façon de Zoë Ångström"_s) << u"text"_s;
        QTest::newRow("mixed rtl ltr") << u"t"_s << QVariant(u"Order #42 — طلب رقم ٤٢ — 주문"_s)
                                       << QVariant(u"Order #42 — طلب رقم ٤٢ — 주문"_s) << u"text"_s;
        QTest::newRow("outside the BMP")
            << u"t"_s << QVariant(u"🙂👍 𝄞"_s) << QVariant(u"🙂👍 𝄞"_s) << u"text"_s;
        QTest::newRow("quotes and control characters") << u"t"_s << QVariant(u"O'Brien \"x\"\n\tend;--"_s)
                                                       << QVariant(u"O'Brien \"x\"\n\tend;--"_s) << u"text"_s;
        const QString withNul = u"a"_s + QChar(0) + u"b"_s;
        QTest::newRow("text with a NUL character")
            << u"t"_s << QVariant(withNul) << QVariant(withNul) << u"text"_s;
        QTest::newRow("empty text is not NULL") << u"t"_s << QVariant(u""_s) << QVariant(u""_s) << u"text"_s;
        const QString longText = QString(100000, u'ß');
        QTest::newRow("long text") << u"t"_s << QVariant(longText) << QVariant(longText) << u"text"_s;
        QTest::newRow("digits as text stay text")
            << u"t"_s << QVariant(u"007"_s) << QVariant(u"007"_s) << u"text"_s;

        const QByteArray zeros("\x00\x01\x00\xff\x00", 5);
        QTest::newRow("blob with zero bytes") << u"b"_s << QVariant(zeros) << QVariant(zeros) << u"blob"_s;
        QTest::newRow("blob of every byte")
            << u"b"_s << QVariant(allBytes()) << QVariant(allBytes()) << u"blob"_s;
        const QByteArray big(1 << 20, '\0');
        QTest::newRow("1 MiB of zero bytes") << u"b"_s << QVariant(big) << QVariant(big) << u"blob"_s;
        QTest::newRow("empty blob is not NULL")
            << u"b"_s << QVariant(QByteArray("")) << QVariant(QByteArray("")) << u"blob"_s;
        QTest::newRow("blob in TEXT column stays blob")
            << u"t"_s << QVariant(zeros) << QVariant(zeros) << u"blob"_s;

        QTest::newRow("null variant in INTEGER")
            << u"i"_s << QVariant() << nullOf(QMetaType::LongLong) << u"null"_s;
        QTest::newRow("typed null int")
            << u"i"_s << nullOf(QMetaType::Int) << nullOf(QMetaType::LongLong) << u"null"_s;
        QTest::newRow("null QString in TEXT")
            << u"t"_s << QVariant(QString()) << nullOf(QMetaType::QString) << u"null"_s;
        QTest::newRow("null QByteArray in BLOB")
            << u"b"_s << QVariant(QByteArray()) << nullOf(QMetaType::QByteArray) << u"null"_s;
        QTest::newRow("null in REAL")
            << u"r"_s << nullOf(QMetaType::Double) << nullOf(QMetaType::Double) << u"null"_s;
        QTest::newRow("null in BOOLEAN") << u"x"_s << QVariant() << nullOf(QMetaType::Bool) << u"null"_s;
        QTest::newRow("invalid QDateTime is NULL")
            << u"t"_s << QVariant(QDateTime()) << nullOf(QMetaType::QString) << u"null"_s;

        QTest::newRow("date") << u"t"_s << QVariant(QDate(2024, 2, 29)) << QVariant(u"2024-02-29"_s)
                              << u"text"_s;
        QTest::newRow("time") << u"t"_s << QVariant(QTime(23, 59, 59, 999)) << QVariant(u"23:59:59.999"_s)
                              << u"text"_s;
        QTest::newRow("utc date time")
            << u"t"_s << QVariant(QDateTime(QDate(2024, 3, 10), QTime(2, 30, 0, 123), Qt::UTC))
            << QVariant(u"2024-03-10T02:30:00.123Z"_s) << u"text"_s;
        const QUuid uuid(u"{0190a2f4-8c2e-7b3a-9f00-0123456789ab}"_s);
        QTest::newRow("uuid") << u"t"_s << QVariant(uuid) << QVariant(uuid.toString()) << u"text"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        QFETCH(QString, storage);

        QSqlQuery insert(db());
        QVERIFY(insert.prepare(u"INSERT INTO v(id, %1) VALUES (?, ?)"_s.arg(column)));
        insert.addBindValue(1);
        insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), 1);

        for (const bool forwardOnly : {true, false}) {
            QSqlQuery q(db());
            q.setForwardOnly(forwardOnly);
            QVERIFY(q.exec(u"SELECT %1, typeof(%1) FROM v WHERE id = 1"_s.arg(column)));
            QVERIFY(q.next());
            const QVariant actual = q.value(0);
            QCOMPARE(q.value(1).toString(), storage);
            QCOMPARE(actual.isNull(), expected.isNull());
            QCOMPARE(q.isNull(0), expected.isNull());
            QCOMPARE(actual.metaType(), expected.metaType());
            QCOMPARE(actual, expected);
            QVERIFY(!q.next());
        }

        // The bound value compares equal to the stored one inside SQL too (IS: NULL too).
        QSqlQuery match(db());
        QVERIFY(match.prepare(u"SELECT count(*) FROM v WHERE %1 IS :value"_s.arg(column)));
        match.bindValue(u":value"_s, value);
        QVERIFY2(match.exec(), qPrintable(match.lastError().text()));
        QVERIFY(match.next());
        QCOMPARE(match.value(0).toInt(), 1);
    }

    void declaredTypesInRecord_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("type");
        QTest::newRow("INTEGER") << u"i"_s << int(QMetaType::LongLong);
        QTest::newRow("REAL") << u"r"_s << int(QMetaType::Double);
        QTest::newRow("TEXT") << u"t"_s << int(QMetaType::QString);
        QTest::newRow("BLOB") << u"b"_s << int(QMetaType::QByteArray);
        QTest::newRow("NUMERIC") << u"n"_s << int(QMetaType::Double);
        QTest::newRow("BOOLEAN") << u"x"_s << int(QMetaType::Bool);
    }

    void declaredTypesInRecord()
    {
        QFETCH(QString, column);
        QFETCH(int, type);
        // No row: the type comes from the declaration alone.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT %1 FROM v"_s.arg(column)));
        QCOMPARE(q.record().count(), 1);
        QCOMPARE(q.record().field(0).name(), column);
        QCOMPARE(q.record().field(0).tableName(), u"v"_s);
        QCOMPARE(q.record().field(0).metaType().id(), type);
    }

    void expressionTypeFollowsFirstRow_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("type");
        QTest::newRow("integer") << u"1 + 1"_s << int(QMetaType::LongLong);
        QTest::newRow("real") << u"1.5 * 2"_s << int(QMetaType::Double);
        QTest::newRow("text") << u"'a' || 'b'"_s << int(QMetaType::QString);
        QTest::newRow("blob") << u"x'00'"_s << int(QMetaType::QByteArray);
    }

    void expressionTypeFollowsFirstRow()
    {
        QFETCH(QString, expression);
        QFETCH(int, type);
        for (const bool forwardOnly : {true, false}) {
            QSqlQuery q(db());
            q.setForwardOnly(forwardOnly);
            QVERIFY(q.exec(u"SELECT "_s + expression + u" AS e"_s));
            QCOMPARE(q.record().field(0).name(), u"e"_s);
            QCOMPARE(q.record().field(0).metaType().id(), type);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).metaType().id(), type);
        }
    }

    void precisionPolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QVariant>("integer");
        QTest::addColumn<QVariant>("real");
        QTest::newRow("default (LowPrecisionDouble)")
            << int(QSql::LowPrecisionDouble) << QVariant(qlonglong(7)) << QVariant(2.75);
        QTest::newRow("HighPrecision")
            << int(QSql::HighPrecision) << QVariant(qlonglong(7)) << QVariant(2.75);
        QTest::newRow("LowPrecisionInt64")
            << int(QSql::LowPrecisionInt64) << QVariant(qlonglong(7)) << QVariant(qlonglong(2));
        QTest::newRow("LowPrecisionInt32") << int(QSql::LowPrecisionInt32) << QVariant(7) << QVariant(2);
    }

    void precisionPolicy()
    {
        QFETCH(int, policy);
        QFETCH(QVariant, integer);
        QFETCH(QVariant, real);
        SQL_EXEC(db(), u"INSERT INTO v(id, i, r) VALUES (1, 7, 2.75)"_s);
        for (const bool forwardOnly : {true, false}) {
            QSqlQuery q(db());
            q.setForwardOnly(forwardOnly);
            q.setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy(policy));
            QVERIFY(q.exec(u"SELECT i, r FROM v"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).metaType(), integer.metaType());
            QCOMPARE(q.value(0), integer);
            QCOMPARE(q.value(1).metaType(), real.metaType());
            QCOMPARE(q.value(1), real);
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherTypes)
#include "test_sqlcipher_types.moc"
