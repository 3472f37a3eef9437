#include "crawler/cli/commands.h"

namespace lantian::cli {

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kIoError:
      return 2;
    case Status::Code::kOk:
      return 0;
    case Status::Code::kNotFound:
    case Status::Code::kCorruption:
    case Status::Code::kFailedPrecondition:
    case Status::Code::kResourceExhausted:
    case Status::Code::kUnavailable:
    case Status::Code::kInternal:
      return 1;
  }
  return 1;
}

}  // namespace lantian::cli
