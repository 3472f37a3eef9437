#pragma once

// A cheap link scanner: href/src-free, regex-free pass over raw HTML that
// finds <a href> / <area href> / <link rel=next href> values without building
// a DOM. Used when a page is not parsed (unchanged payload, revisit) but its
// links are still needed to continue the crawl. Hrefs are ASCII in practice;
// entities &amp; &#38; are decoded. Thread-safe (pure function).

#include <string>
#include <string_view>
#include <vector>

namespace lantian::crawler {

std::vector<std::string> ScanHrefs(std::string_view html);

}  // namespace lantian::crawler
