#include "store/internal/http_head.h"

#include "base/strings.h"

namespace lantian::store::internal {

bool HasContentEncoding(std::string_view head) {
  constexpr std::string_view kName = "content-encoding:";
  for (size_t pos = head.find('\n'); pos != std::string_view::npos; pos = head.find('\n', pos + 1)) {
    std::string_view line = head.substr(pos + 1);
    if (line.size() < kName.size()) break;
    if (!base::StartsWithIgnoreAsciiCase(line, kName)) continue;
    std::string_view value = line.substr(kName.size(), line.find('\r') - kName.size());
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    return !value.empty() && value != "identity";
  }
  return false;
}

}  // namespace lantian::store::internal
