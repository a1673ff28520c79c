#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace spoke {

/// What went wrong, in a form the UI can switch on and show.
enum class ErrorCode {
    None,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Conflict,
    Cancelled,
    // Opening the location database.
    ProfileMissing,
    WrongKey,
    KeyMissing,
    KeychainUnavailable,
    NotSpokeDatabase,
    Corrupted,
    SchemaTooNew,
    FolderNotWritable,
    // Signing in.
    BadCredentials,
    RateLimited,
    AccountLocked,
    AccountInactive,
    // Anything the storage layer could not do.
    Storage,
    Io,
};

/// An error with a message that can be shown to the user as it is (already translated).
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

/// A value or an Error; must be looked at (qBittorrent's expected<T, E> for I/O is the model).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

private:
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error {code, std::move(message)};
}

} // namespace spoke
