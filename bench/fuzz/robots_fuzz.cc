// libFuzzer target: robots.txt parsing and matching (crawler/robots.h) on
// arbitrary bytes. The input's first line is the path to match, the rest is
// the robots.txt body. Must never crash or hang, and keeps RFC 9309's
// invariants: /robots.txt is always allowed (§2.2.2), a body within
// kMaxParseBytes is never reported as truncated (§2.5), and matching is a
// pure function of the parsed rules.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "crawler/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using lantian::crawler::RobotsRules;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  const std::string_view line = newline == std::string_view::npos ? std::string_view() : input.substr(0, newline);
  const std::string_view body = newline == std::string_view::npos ? input : input.substr(newline + 1);
  const std::string path = line.starts_with('/') ? std::string(line) : "/" + std::string(line);

  for (std::string_view token : {"lantian", "*"}) {
    const RobotsRules rules = RobotsRules::Parse(body, token);
    if (!rules.IsAllowed("/robots.txt")) std::abort();
    if (body.size() <= RobotsRules::kMaxParseBytes && rules.truncated()) std::abort();
    if (auto delay = rules.crawl_delay(); delay && delay->count() < 0) std::abort();
    const bool allowed = rules.IsAllowed(path);
    if (rules.IsAllowed(path) != allowed) std::abort();
    (void)rules.IsAllowed("/");
    (void)rules.IsAllowed(path + "?x=1");
  }
  return 0;
}
