// Errors as values. Every stage returns Result<T> (a value or an Error) and
// never throws past its adapter; app::Main maps errors to messages and exit
// codes. Error messages name files, lines and offsets, never record content.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace logveil {

enum class ErrorCode {
  kUsage,       // bad flags or arguments: exit 2
  kConfig,      // bad policy or pattern file, missing key: exit 2
  kIo,          // read/write failure: exit 1
  kBrokenPipe,  // downstream closed: quiet stop, exit 0
  kInternal,    // a bug: exit 1
};

struct Error {
  ErrorCode code;
  std::string message;
};

// Holds either a T or an Error. Check ok() before value().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// The Result of an operation with no value.
struct Ok {};
using Status = Result<Ok>;

inline Error MakeError(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

}  // namespace logveil
