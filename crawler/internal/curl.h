#pragma once

// RAII owners for libcurl handles (STYLE.md §5). Private to crawler/.
// Each owner is movable, not copyable; the deleters are stateless.

#include <curl/curl.h>

#include <memory>
#include <string>

namespace lantian::crawler::internal {

struct CurlEasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct CurlMultiDeleter {
  void operator()(CURLM* h) const { curl_multi_cleanup(h); }
};
struct CurlSlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct CurlUrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
struct CurlStringDeleter {
  void operator()(char* s) const { curl_free(s); }
};

using CurlEasy = std::unique_ptr<CURL, CurlEasyDeleter>;
using CurlMulti = std::unique_ptr<CURLM, CurlMultiDeleter>;
using CurlUrl = std::unique_ptr<CURLU, CurlUrlDeleter>;
using CurlString = std::unique_ptr<char, CurlStringDeleter>;

// A header list. curl does not copy lists passed to CURLOPT_HTTPHEADER, so the
// owner must outlive the transfer that uses it.
class CurlSlist {
 public:
  CurlSlist() = default;
  CurlSlist(CurlSlist&&) noexcept = default;
  CurlSlist& operator=(CurlSlist&&) noexcept = default;
  CurlSlist(const CurlSlist&) = delete;
  CurlSlist& operator=(const CurlSlist&) = delete;

  // Appends one "Name: value" line; false when curl is out of memory.
  bool Append(const std::string& line) {
    curl_slist* next = curl_slist_append(list_.get(), line.c_str());
    if (next == nullptr) return false;
    (void)list_.release();  // curl_slist_append returns the same head (or a new one).
    list_.reset(next);
    return true;
  }
  curl_slist* get() const { return list_.get(); }

 private:
  std::unique_ptr<curl_slist, CurlSlistDeleter> list_;
};

// Reads a part of a CURLU as std::string; empty when absent.
inline std::string GetUrlPart(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* out = nullptr;
  if (curl_url_get(u, part, &out, flags) != CURLUE_OK || out == nullptr) return {};
  CurlString owner(out);
  return std::string(owner.get());
}

}  // namespace lantian::crawler::internal
