// libFuzzer target: charset decoding + parse + extraction (generic and with a
// profile) + contacts, on arbitrary bytes. Must never crash, hang or leak,
// and every text it returns must be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extractors/charset.h"
#include "extractors/extractor.h"
#include "extractors/site_profile.h"

namespace {

const lantian::extractors::SiteProfile& Profile() {
  static const lantian::extractors::SiteProfile profile = [] {
    auto p = lantian::extractors::ParseSiteProfile(R"(name = "fuzz"
platform = "fuzz"
kind = "ecommerce"
hosts = ["example.com"]
item = "div.item, li[data-id], a[class*=card]"
listing_id_pattern = '[?&]id=(\d+)'
next_page = "a.next@href, link[rel=next]@href"
[fields]
title = "h3 a, .title"
url = "h3 a@href, @href"
price = ".price"
seller = ".shop a, .shop"
seller_url = ".shop a@href"
listing_id = "@data-id"
[block_markers]
text = ["请登录"]
selector = ["#captcha"]
[gone_markers]
text = ["已下架"]
)",
                                                    "fuzz.toml");
    if (!p.ok()) std::abort();
    return std::move(*p);
  }();
  return profile;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string_view content_type = size > 0 && (data[0] & 1) ? "text/html; charset=gbk" : "";
  auto generic = lantian::extractors::ExtractPageFromBytes(bytes, content_type, "https://example.com/a/b?c=d",
                                                           nullptr);
  auto profiled = lantian::extractors::ExtractPageFromBytes(bytes, "", "https://www.example.com/s?q=x", &Profile());
  for (const auto* page : {&generic, &profiled}) {
    if (!page->ok()) std::abort();  // an absolute page URL never fails
    if (!lantian::extractors::IsValidUtf8((*page)->text)) std::abort();
    for (const auto& item : (*page)->items) {
      if (!lantian::extractors::IsValidUtf8(item.text)) std::abort();
      for (const auto& c : item.contacts) {
        if (c.end > item.text.size() || c.start > c.end) std::abort();
      }
    }
  }
  return 0;
}
