#include "app/secret_reader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace spoke::app {

namespace {

// Turns terminal echo off for the lifetime of the object (when stdin is a terminal).
class NoEcho
{
public:
    NoEcho()
    {
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    ~NoEcho()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
            std::fputs("\n", stderr);
        }
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

QString chomp(QString line)
{
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QString> SecretReader::read(const QString &prompt, const QString &file)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QCoreApplication::translate("spoke::app::SecretReader", "Cannot read %1: %2")
                          .arg(file, f.errorString());
            return std::nullopt;
        }
        const QString first = QString::fromUtf8(f.readLine(64 * 1024));
        return chomp(first);
    }
    if (isatty(STDIN_FILENO))
        std::fputs(qPrintable(prompt + QStringLiteral(": ")), stderr);
    NoEcho quiet;
    std::string line;
    if (!std::getline(std::cin, line)) {
        m_error = QCoreApplication::translate("spoke::app::SecretReader", "Standard input ended before: %1")
                      .arg(prompt);
        return std::nullopt;
    }
    QString secret = chomp(QString::fromStdString(line));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace spoke::app
