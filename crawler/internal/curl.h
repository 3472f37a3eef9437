#pragma once

// RAII owners for libcurl handles (STYLE.md §5): the one place in lantian that
// says how a curl handle is freed. Private to crawler/; every file that talks
// to curl (fetcher, alerts, the TSA client) goes through these. Each owner is
// movable, not copyable; the deleters are stateless.
//
//   CurlEasy easy(curl_easy_init());
//   if (!easy) return Status::Internal("curl_easy_init failed");
//   auto headers = CurlSlist::Make({"Accept: text/html", "Expect:"});
//   if (!headers) return Status::ResourceExhausted("curl_slist_append failed");
//   char errbuf[CURL_ERROR_SIZE] = {};
//   curl_easy_setopt(easy.get(), CURLOPT_HTTPHEADER, headers->get());  // *headers outlives the transfer
//   curl_easy_setopt(easy.get(), CURLOPT_ERRORBUFFER, errbuf);
//   if (CURLcode rc = curl_easy_perform(easy.get()); rc != CURLE_OK) {
//     return Status::Unavailable(url + ": " + CurlErrorText(rc, errbuf));
//   }

#include <curl/curl.h>

#include <initializer_list>
#include <memory>
#include <optional>
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

  // A list of `lines`, in order; nullopt when curl is out of memory (what
  // was appended is freed).
  static std::optional<CurlSlist> Make(std::initializer_list<std::string> lines) {
    CurlSlist list;
    for (const std::string& line : lines) {
      if (!list.Append(line)) return std::nullopt;
    }
    return list;
  }

  // Appends one "Name: value" line; false when curl is out of memory (the
  // list keeps the lines it had).
  [[nodiscard]] bool Append(const std::string& line) {
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

// The text for a failed transfer: the CURLOPT_ERRORBUFFER's message when
// curl wrote one, else curl_easy_strerror(code); "" for CURLE_OK with an
// empty buffer.
inline std::string CurlErrorText(CURLcode code, const char* errbuf) {
  if (errbuf != nullptr && errbuf[0] != '\0') return errbuf;
  return code != CURLE_OK ? curl_easy_strerror(code) : "";
}

// Reads a part of a CURLU as std::string; empty when absent.
inline std::string GetUrlPart(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* out = nullptr;
  if (curl_url_get(u, part, &out, flags) != CURLUE_OK || out == nullptr) return {};
  CurlString owner(out);
  return std::string(owner.get());
}

}  // namespace lantian::crawler::internal
