#pragma once

#include "hub/test_certs.h"

#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace spoke::test {

/// A real spoke-hub process for integration tests: a throwaway CA and server certificate
/// (TestCerts), a private data folder (embedded SQLite) or a PostgreSQL URL, a free port on
/// 127.0.0.1, and the admin command line against the same database. It never loads a Qt SQL
/// driver in the test process, so tests that also open SQLCipher databases may use it.
class HubProcess
{
public:
    struct Options
    {
        /// Empty: SQLite in a private data folder. Otherwise postgresql://user:pass@host:port/db.
        QString databaseUrl;
        /// More spoke-hub flags, e.g. {"--rate-limit", "2", "--rate-burst", "3"}.
        QStringList extraArguments;
        /// Certificate name in certs(): "server" (valid), "expired", "wrong-host", "other-server".
        QString certificate = QStringLiteral("server");
    };

    HubProcess();
    /// Stops the hub (SIGTERM, then SIGKILL after 10 s).
    ~HubProcess();

    /// Makes the certificates once, then starts spoke-hub and waits for "listening on".
    [[nodiscard]] bool start(const Options &options);
    [[nodiscard]] bool start() { return start(Options {}); }
    /// SIGTERM and wait; returns true when it exited with code 0.
    bool stop();
    /// SIGKILL, for crash tests.
    void kill();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QString errorString() const { return m_error; }
    /// https://127.0.0.1:<port>
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] quint16 port() const { return m_port; }
    /// The test CA (what Spoke's settings would import as "the hub's CA").
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    [[nodiscard]] QString caCertificatePath() const;
    /// A client configuration that trusts only the test CA.
    [[nodiscard]] QSslConfiguration clientTls() const;
    [[nodiscard]] TestCerts &certs() { return *m_certs; }
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }
    /// Everything the hub wrote to stderr so far, over every start (JSON lines).
    [[nodiscard]] QByteArray log();
    [[nodiscard]] qint64 pid() const;

    /// Runs `spoke-hub <database flags> admin <arguments> --json` to completion and parses
    /// its stdout; false (see errorString()) when it exits non-zero.
    bool admin(const QStringList &arguments, QJsonValue *result);
    /// Shorthands: the new location's id, a one-time code, a head-office token ("" on error).
    [[nodiscard]] QString addLocation(const QString &name);
    [[nodiscard]] QString enrollmentCode(const QString &locationId, int expiresHours = 72);
    [[nodiscard]] QString hqToken(const QString &name = QStringLiteral("tests"));

    /// The spoke-hub binary (SPOKE_HUB_BINARY, compiled in).
    [[nodiscard]] static QString binary();
    /// The flags that select the database: --data-dir D or --database-url U.
    [[nodiscard]] QStringList databaseArguments() const;

private:
    std::unique_ptr<TestCerts> m_certs;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    Options m_options;
    QByteArray m_log;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace spoke::test
