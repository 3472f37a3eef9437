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

std::optional<std::string> Http2HeadAsHttp11(std::string_view head) {
  std::string_view rest;
  if (head.starts_with("HTTP/2 ")) {
    rest = head.substr(6);
  } else if (head.starts_with("HTTP/2.0 ")) {
    rest = head.substr(8);
  } else {
    return std::nullopt;
  }
  std::string out = "HTTP/1.1";
  const size_t eol = rest.find("\r\n");
  std::string_view line = rest.substr(0, eol);  // " 200 " or " 200"
  out.append(line);
  if (line.size() == 4) out.push_back(' ');  // " NNN": status-code SP [reason-phrase]
  if (eol != std::string_view::npos) out.append(rest.substr(eol));
  return out;
}

}  // namespace lantian::store::internal
