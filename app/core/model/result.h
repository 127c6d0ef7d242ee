// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Blackout {

/// What went wrong, coarsely, so callers can react (ask for a password, skip a file) without parsing text.
enum class ErrorCode {
    Unknown,
    NotFound,
    Unreadable,
    UnsupportedFormat,
    Damaged,
    PasswordRequired,
    WrongPassword,
    TooLarge,
    LimitExceeded,
    Cancelled,
    OcrUnavailable,
    WriteFailed,
    InvalidArgument,
};

/// Which configurable guard against hostile input stopped the work, so a caller can say how to raise it.
enum class Limit {
    None,
    Pixels,       ///< LoadOptions::maxImagePixels
    MimeParts,    ///< LoadOptions::maxMimeParts
    MimeDepth,    ///< LoadOptions::maxMimeDepth
    MessageSize,  ///< LoadOptions::maxMessageBytes
};

/// A failure with a translated one-line message a person understands.
struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    Limit limit = Limit::None;
};

/// A value or an Error. No exception crosses the core API; this is what travels instead.
template <typename T>
class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations that return nothing.
class Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Blackout
