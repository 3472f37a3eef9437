#include "crawler/tsa_client.h"

#include <string>

#include "crawler/internal/curl.h"

namespace lantian::crawler {
namespace {

struct Sink {
  std::string body;
  size_t cap = 0;
  bool over = false;
};

size_t OnData(char* ptr, size_t size, size_t nmemb, void* user) {
  auto* sink = static_cast<Sink*>(user);
  size_t n = size * nmemb;
  if (sink->body.size() + n > sink->cap) {
    sink->over = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  sink->body.append(ptr, n);
  return n;
}

}  // namespace

Result<std::string> PostTimestampQuery(const std::string& url, std::string_view request_der,
                                       const TsaClientOptions& options) {
  internal::CurlEasy easy(curl_easy_init());
  if (!easy) return Status::Internal(url + ": curl_easy_init failed");
  auto headers = internal::CurlSlist::Make(
      {"Content-Type: application/timestamp-query", "Accept: application/timestamp-reply", "Expect:"});
  if (!headers) return Status::ResourceExhausted(url + ": curl_slist_append failed");
  char errbuf[CURL_ERROR_SIZE] = {0};
  Sink sink;
  sink.cap = options.max_reply_bytes;
  CURL* c = easy.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, request_der.data());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request_der.size()));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers->get());
  curl_easy_setopt(c, CURLOPT_USERAGENT, options.user_agent.c_str());
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(options.timeout.count()));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &OnData);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  CURLcode rc = curl_easy_perform(c);
  if (sink.over) {
    return Status::Corruption(url + ": timestamp reply larger than " +
                              std::to_string(options.max_reply_bytes) + " bytes");
  }
  if (rc != CURLE_OK) {
    return Status::Unavailable(url + ": " + internal::CurlErrorText(rc, errbuf));
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200) {
    return Status::Unavailable(url + ": TSA answered HTTP " + std::to_string(status));
  }
  char* ct = nullptr;
  curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
  std::string_view type = ct != nullptr ? ct : "";
  if (!type.starts_with("application/timestamp-reply")) {
    return Status::Corruption(url + ": TSA reply has Content-Type '" + std::string(type) +
                              "', expected application/timestamp-reply");
  }
  return std::move(sink.body);
}

}  // namespace lantian::crawler
