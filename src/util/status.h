// Status and Result<T>: how every component reports failure across its boundary.
//
// A Status is a code plus a human-readable message. "Not found" is a normal
// outcome for lookups and is returned as a value (std::optional), not as a
// Status; kNotFound exists for the few places where absence is an error (an
// explicit `show ID` of an unknown id, say).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace leakwatch {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input from a user or a file: maps to exit 2 / HTTP 400
  kNotFound,         // an explicitly requested thing does not exist: exit 1 / HTTP 404
  kTooLarge,         // input over a configured limit: exit 2 / HTTP 413
  kIoError,          // file system or network failure: exit 3 / HTTP 500
  kCorruption,       // a stored file or database is damaged: exit 3 / HTTP 500
  kUnavailable,      // temporarily unable (busy database, overload): exit 3 / HTTP 503
  kInternal,         // a bug: exit 3 / HTTP 500
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return {StatusCode::kInvalidArgument, std::move(msg)};
  }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status TooLarge(std::string msg) { return {StatusCode::kTooLarge, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status Unavailable(std::string msg) { return {StatusCode::kUnavailable, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Holds either a T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: must not be OK

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace leakwatch

#define LW_CONCAT_INNER(a, b) a##b
#define LW_CONCAT(a, b) LW_CONCAT_INNER(a, b)

// Returns from the enclosing function when `expr` (a Status) is not OK.
#define LW_RETURN_IF_ERROR(expr)               \
  do {                                         \
    ::leakwatch::Status lw_status_ = (expr);   \
    if (!lw_status_.ok()) return lw_status_;   \
  } while (0)

// `LW_ASSIGN_OR_RETURN(auto x, F());` declares x from a Result or returns its Status.
#define LW_ASSIGN_OR_RETURN(lhs, expr) LW_ASSIGN_OR_RETURN_IMPL(LW_CONCAT(lw_r_, __LINE__), lhs, expr)
#define LW_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) return tmp.status();            \
  lhs = std::move(tmp).value()
