#include "hub/hub_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace spoke::test {

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

HubProcess::HubProcess() = default;

HubProcess::~HubProcess()
{
    if (isRunning() && !stop())
        kill();
}

QString HubProcess::binary()
{
    const QString fromEnvironment = qEnvironmentVariable("SPOKE_HUB_BINARY");
    return fromEnvironment.isEmpty() ? QStringLiteral(SPOKE_HUB_BINARY) : fromEnvironment;
}

QStringList HubProcess::databaseArguments() const
{
    if (!m_options.databaseUrl.isEmpty())
        return {u"--database-url"_s, m_options.databaseUrl};
    return {u"--data-dir"_s, m_dataDir.path()};
}

bool HubProcess::start(const Options &options)
{
    if (isRunning()) {
        m_error = u"the hub is already running"_s;
        return false;
    }
    m_options = options;
    if (!m_dataDir.isValid()) {
        m_error = u"cannot create a data folder: "_s + m_dataDir.errorString();
        return false;
    }
    if (!m_certs) {
        m_certs = std::make_unique<TestCerts>();
        if (!m_certs->isValid() || !m_certs->makeStandardSet()) {
            m_error = m_certs->errorString();
            m_certs.reset();
            return false;
        }
    }
    m_process.setProgram(binary());
    // A test that is killed (a timeout) must not leave its hub running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.setArguments(
        QStringList {u"--cert"_s, m_certs->certPath(options.certificate), u"--key"_s,
            m_certs->keyPath(options.certificate), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s}
        + databaseArguments() + options.extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(kWaitMs)) {
        m_error = u"cannot start %1: %2"_s.arg(binary(), m_process.errorString());
        return false;
    }
    const QRegularExpression listening(u"spoke-hub listening on https://127\\.0\\.0\\.1:(\\d+)\\n"_s);
    QByteArray out;
    QRegularExpressionMatch match;
    while (!(match = listening.match(QString::fromUtf8(out))).hasMatch()) {
        if (!m_process.waitForReadyRead(kWaitMs)) {
            m_log += m_process.readAllStandardError();
            m_error = u"spoke-hub did not start: "_s + QString::fromUtf8(out + m_log);
            kill();
            return false;
        }
        out += m_process.readAllStandardOutput();
        m_log += m_process.readAllStandardError();
    }
    m_port = quint16(match.captured(1).toUInt());
    m_baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
    return true;
}

bool HubProcess::stop()
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(kWaitMs)) {
        kill();
        return false;
    }
    m_log += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void HubProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(kWaitMs);
    m_log += m_process.readAllStandardError();
}

bool HubProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl HubProcess::url(const QString &path) const
{
    QUrl u = m_baseUrl;
    const qsizetype query = path.indexOf(u'?');
    u.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return u;
}

QList<QSslCertificate> HubProcess::caCertificates() const
{
    return m_certs ? m_certs->certificates(u"ca"_s) : QList<QSslCertificate> {};
}

QString HubProcess::caCertificatePath() const
{
    return m_certs ? m_certs->certPath(u"ca"_s) : QString();
}

QSslConfiguration HubProcess::clientTls() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(caCertificates());
    return tls;
}

QByteArray HubProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

qint64 HubProcess::pid() const
{
    return m_process.processId();
}

bool HubProcess::admin(const QStringList &arguments, QJsonValue *result)
{
    QProcess process;
    process.start(
        binary(), databaseArguments() + QStringList {u"admin"_s} + arguments + QStringList {u"--json"_s});
    if (!process.waitForFinished(kWaitMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"spoke-hub admin %1 failed (exit %2): %3"_s.arg(arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (document.isNull()) {
        m_error = u"spoke-hub admin %1 printed no JSON"_s.arg(arguments.join(u' '));
        return false;
    }
    *result = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

QString HubProcess::addLocation(const QString &name)
{
    QJsonValue result;
    return admin({u"add-location"_s, name}, &result) ? result.toObject().value(u"location_id"_s).toString()
                                                     : QString();
}

QString HubProcess::enrollmentCode(const QString &locationId, int expiresHours)
{
    QJsonValue result;
    return admin({u"enroll-code"_s, locationId, u"--expires-hours"_s, QString::number(expiresHours)}, &result)
        ? result.toObject().value(u"code"_s).toString()
        : QString();
}

QString HubProcess::hqToken(const QString &name)
{
    QJsonValue result;
    return admin({u"hq-token"_s, name}, &result) ? result.toObject().value(u"token"_s).toString() : QString();
}

} // namespace spoke::test
