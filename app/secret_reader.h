#pragma once

#include <QString>

#include <optional>

namespace spoke::app {

/// Reads secrets for the command line: from a file when one is given, otherwise the next
/// line of standard input (without echo when it is a terminal). Never logs them.
class SecretReader
{
public:
    /// prompt is printed to stderr only when stdin is a terminal.
    std::optional<QString> read(const QString &prompt, const QString &file = QString());
    QString lastError() const { return m_error; }

private:
    QString m_error;
};

} // namespace spoke::app
