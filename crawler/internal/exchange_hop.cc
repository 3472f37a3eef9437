#include "crawler/internal/exchange_hop.h"

#include <utility>

namespace lantian::crawler::internal {

store::ExchangeHop ToExchangeHop(FetchHop&& h, FetchOutcome outcome, bool last) {
  store::ExchangeHop x;
  x.url = std::move(h.url);
  x.request_bytes = std::move(h.request_head);
  x.response_head = std::move(h.response_head);
  x.response_body_raw = std::move(h.wire_body);
  x.ip = std::move(h.ip);
  x.status = h.http_status;
  x.truncated = h.truncated;
  if (h.truncated) {
    x.truncated_reason = !last                                    ? "unspecified"
                         : outcome == FetchOutcome::kTooLarge     ? "length"
                         : outcome == FetchOutcome::kTimeout      ? "time"
                                                                  : "disconnect";
  }
  x.fetch_ms = h.elapsed_ms;
  x.mime = h.content_type.substr(0, h.content_type.find(';'));
  while (!x.mime.empty() && x.mime.back() == ' ') x.mime.pop_back();
  return x;
}

}  // namespace lantian::crawler::internal
