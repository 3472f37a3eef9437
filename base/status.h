#pragma once

// Errors as values: Status (a code and a one-line message that says where)
// and Result<T> (a value or a Status), as leveldb's Status and absl::StatusOr.
//
//   Result<Config> LoadConfig(const std::string& path);
//   auto cfg = LoadConfig("lantian.toml");
//   if (!cfg.ok()) { std::cerr << cfg.status().message() << "\n"; return 2; }
//   Use(*cfg);

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lantian {

// What went wrong, as a value. Thread-compatible.
//
// The message already carries *where* (file:line:col, URL, rule id, DB path):
// add context where the error happens, e.g.
//   config/sites/xianyu.toml:12:7: selector.price: expected a string
// A Status prints as one line; it never contains a newline.
class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk,
    kInvalidArgument,  // bad usage or bad input (exit code 2)
    kNotFound,
    kIoError,
    kCorruption,       // stored data fails a check (exit code 1 for verify)
    kFailedPrecondition,
    kResourceExhausted,
    kUnavailable,
    kInternal,
  };

  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Status(const Status&) = default;
  Status& operator=(const Status&) = default;
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {Code::kFailedPrecondition, std::move(m)};
  }
  static Status ResourceExhausted(std::string m) {
    return {Code::kResourceExhausted, std::move(m)};
  }
  static Status Unavailable(std::string m) { return {Code::kUnavailable, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Prefixes the message with more context: "where: " + message.
  Status WithContext(std::string_view where) const {
    if (ok()) return *this;
    return Status(code_, std::string(where) + ": " + message_);
  }

  // Deliberately ignore this status; say why at the call site.
  void IgnoreError() const {}

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds a T or a non-ok Status. Thread-compatible.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: implicit by design

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

}  // namespace lantian

// Returns from the enclosing function if `expr` (a Status) is not ok.
#define LANTIAN_RETURN_IF_ERROR(expr)          \
  do {                                         \
    ::lantian::Status lantian_status_ = (expr); \
    if (!lantian_status_.ok()) return lantian_status_; \
  } while (0)
