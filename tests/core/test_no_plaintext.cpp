// No plaintext on disk: marker strings written through core services must not appear in
// the database, its -wal or -shm, its descriptor, or anything in the temp folder, while
// the database is open (WAL not yet checkpointed) and after it is closed.

#include "core/location/location_service.h"
#include "core/sqlcipher/sqlcipher_driver.h"
#include "core/staff/staff_service.h"
#include "core/storage/backup_service.h"
#include "support/test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace spoke;

namespace {

const Actor kOwner {QStringLiteral("owner-1"), QStringLiteral("Owner"), Role::Owner};

// Plain ASCII, Korean and Arabic, each distinctive enough never to occur by chance.
const QStringList kMarkers {QStringLiteral("PlaintextMarkerQuokka4417"),
    QStringLiteral("비밀표식마커사과나무"), QStringLiteral("علامةسريةللاختبار")};

} // namespace

class TestNoPlaintext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemoryKeyStore m_store;

    // Every file under the given folders with any marker in it (UTF-8 or UTF-16).
    QStringList filesWithMarkers(const QStringList &folders) const
    {
        QStringList hits;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QByteArray bytes = test::fileBytes(path);
                for (const QString &marker : kMarkers) {
                    const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()),
                        marker.size() * qsizetype(sizeof(char16_t)));
                    if (bytes.contains(marker.toUtf8()) || bytes.contains(utf16))
                        hits << path + QStringLiteral(" contains ") + marker;
                }
            }
        }
        return hits;
    }

    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden);
    }

private slots:
    void markersNeverReachTheDisk()
    {
        const QString folder = m_dir.filePath(QStringLiteral("location"));
        auto db = test::createDatabase(folder, m_store);
        LocationService location(*db);
        LocationProfile profile;
        profile.businessName = kMarkers[0] + QStringLiteral(" Cleaning");
        profile.address = kMarkers[1] + QStringLiteral(" 12");
        profile.phone = QStringLiteral("+1 555 010 2345");
        profile.timeZone = QStringLiteral("Asia/Seoul");
        profile.currency = QStringLiteral("KRW");
        profile.taxIds = kMarkers[2];
        QVERIFY(location.createProfile(profile).ok());
        StaffService staff(*db, PasswordHasher(PasswordHasher::Cost::Minimum));
        QVERIFY(staff
                    .createFirstOwner(
                        kMarkers[0] + QStringLiteral(" Owner"), SecretKind::Pin, QStringLiteral("1234"))
                    .ok());
        QVERIFY(
            staff.createStaff(kOwner, kMarkers[1], Role::FrontDesk, SecretKind::Pin, QStringLiteral("4321"))
                .ok());
        for (int i = 0; i < 200; ++i) // enough to spill pages through the WAL and the page cache
            QVERIFY(location.setSetting(kOwner, QStringLiteral("note.%1").arg(i), kMarkers[i % 3]).ok());

        // While open: the WAL holds the recent pages, encrypted like the main file.
        QVERIFY(QFileInfo::exists(db->filePath() + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(db->filePath() + QStringLiteral("-wal")).size() > 0);
        const QStringList folders {folder, QDir::tempPath()};
        QStringList hits = filesWithMarkers(folders);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        // The data really is there: read back through the driver.
        QCOMPARE(location.setting(QStringLiteral("note.1")), kMarkers[1]);

        // A backup is as opaque as the database.
        const QString backup = m_dir.filePath(QStringLiteral("b.spokebackup"));
        QVERIFY(BackupService::createBackup(
            *db, kOwner, backup, Secret::fromUtf8(QStringLiteral("backup phrase"))));
        hits = filesWithMarkers({m_dir.path(), QDir::tempPath()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        db.reset();
        hits = filesWithMarkers(folders);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // Closing checkpoints; nothing but the database and its descriptor stays behind.
        const QStringList left = filesIn(folder);
        QVERIFY2(left.contains(QStringLiteral("spoke.db")), qPrintable(left.join(u' ')));
    }

    void theCheckCanFail()
    {
        // Guard against a check that cannot fail: an unencrypted SQLite file written the
        // same way does contain the markers.
        const QString path = m_dir.filePath(QStringLiteral("plain/plain.db"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        {
            spoke::sql::registerSqlCipherDriver();
            QSqlDatabase plain
                = QSqlDatabase::addDatabase(QLatin1String(spoke::sql::kDriverName), QStringLiteral("plain"));
            plain.setDatabaseName(path);
            QVERIFY(plain.open());
            QSqlQuery q(plain);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
            q.addBindValue(kMarkers[1]);
            QVERIFY(q.exec());
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QVERIFY(!filesWithMarkers({QFileInfo(path).path()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "test_no_plaintext.moc"
