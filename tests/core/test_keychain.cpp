// The location key in a real OS keychain: gnome-keyring in the private D-Bus session that
// scripts/with-keyring.sh starts (scripts/test.sh runs every test inside it).

#include "support/test_support.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace spoke;

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIsSet("SPOKE_REQUIRE_KEYCHAIN"))
                QFAIL("no D-Bus session: run the tests through scripts/with-keyring.sh");
            QSKIP("no D-Bus session; scripts/test.sh runs this inside a private gnome-keyring");
        }
        QtKeychainStore store(QStringLiteral("Spoke-test"));
        QVERIFY2(store.probe(), "the keychain in this session does not answer");
    }

    void secretsRoundTripAsBytes()
    {
        QtKeychainStore store(QStringLiteral("Spoke-test"));
        const QByteArray raw
            = QByteArray::fromHex("00ff10203040506070809000a0b0c0d0e0f000112233445566778899aabbccdd");
        QCOMPARE(raw.size(), 32);
        QVERIFY(store.write(QStringLiteral("round-trip"), Secret(raw)).ok());
        auto back = store.read(QStringLiteral("round-trip"));
        QVERIFY(back.ok());
        QCOMPARE(back.value().bytes(), raw);
        QVERIFY(store.remove(QStringLiteral("round-trip")).ok());
        QCOMPARE(store.read(QStringLiteral("round-trip")).code(), ErrorCode::NotFound);
        // Removing what is not there is not an error.
        QVERIFY(store.remove(QStringLiteral("round-trip")).ok());
    }

    void locationKeyLivesInTheKeychain()
    {
        const QString folder = m_dir.filePath(QStringLiteral("loc"));
        QString account;
        {
            QtKeychainStore store;
            auto created = LocationDatabase::create(folder, store, KeySource::Keychain);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
            account = created.value()->descriptor().keychainAccount();
            auto key = store.read(account);
            QVERIFY(key.ok());
            QCOMPARE(key.value().bytes().size(), 32);
            // The key is nowhere in the folder.
            const QByteArray descriptor = test::fileBytes(folder + QStringLiteral("/spoke.id"));
            QVERIFY(!descriptor.contains(key.value().bytes()));
            QVERIFY(!descriptor.contains(key.value().bytes().toHex()));
        }
        {
            QtKeychainStore fresh; // a new process would start like this
            auto opened = LocationDatabase::open(folder, fresh);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        }
        QtKeychainStore store;
        QVERIFY(store.remove(account).ok());
        const QByteArray before = test::fileHash(folder + QStringLiteral("/spoke.db"));
        auto missing = LocationDatabase::open(folder, store);
        QCOMPARE(missing.code(), ErrorCode::KeyMissing);
        QCOMPARE(test::fileHash(folder + QStringLiteral("/spoke.db")), before);
    }

    void noKeychainIsSaidNeverFallenBackOn()
    {
        // A child process whose D-Bus points nowhere: every call fails as "unavailable",
        // and nothing is written anywhere instead (no insecure fallback).
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("SPOKE_KEYCHAIN_CHILD"), m_dir.filePath(QStringLiteral("child")));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QCOMPARE(out, QStringLiteral("probe=0 write=%1 create=%1").arg(int(ErrorCode::KeychainUnavailable)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("child/spoke.db"))));
    }
};

int main(int argc, char **argv)
{
    if (const QString folder = qEnvironmentVariable("SPOKE_KEYCHAIN_CHILD"); !folder.isEmpty()) {
        QCoreApplication app(argc, argv);
        QtKeychainStore store(QStringLiteral("Spoke-test"));
        const bool probe = store.probe();
        const Status write = store.write(QStringLiteral("x"), Secret::random256());
        auto created = LocationDatabase::create(folder, store, KeySource::Keychain);
        std::printf("probe=%d write=%d create=%d\n", int(probe), int(write.code()), int(created.code()));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_keychain.moc"
