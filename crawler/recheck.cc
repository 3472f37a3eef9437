#include "crawler/recheck.h"

#include <chrono>
#include <string>

#include "base/time.h"
#include "crawler/polite_fetcher.h"
#include "extractors/charset.h"
#include "extractors/site_profile.h"
#include "store/store.h"

namespace lantian::crawler {

Result<store::RecheckReport> Recheck(const RecheckArgs& args) {
  store::RecheckOptions opt;
  opt.statuses = args.statuses;
  opt.platform = args.platform;
  // Gone markers (text markers) from the site profiles, per platform.
  auto profiles = extractors::ProfileSet::LoadDir(args.config_dir + "/sites");
  if (profiles.ok()) {
    for (const auto& p : profiles->profiles()) {
      for (const auto& m : p.gone_markers) {
        if (!m.text.empty()) opt.gone_markers[p.platform].push_back(m.text);
      }
    }
  }
  store::StoreOptions sopt;
  sopt.db_path = args.db;
  sopt.create_if_missing = false;
  auto db = store::Store::Open(sopt);
  if (!db.ok()) return db.status();
  FetchOptions fopt;
  fopt.allow_private = args.allow_private;
  fopt.user_agent = "lantian/" + args.version + " (takedown recheck)";
  PoliteFetcher fetcher(fopt, std::chrono::milliseconds(args.per_host_delay_ms));
  auto fetch = [&](const std::string& url) {
    store::RecheckFetch out;
    PoliteFetcher::Outcome o = fetcher.Fetch(url);
    if (!o.refused.empty()) {
      out.error = o.refused;
      return out;
    }
    FetchResult& r = o.result;
    out.transport_ok = r.outcome == FetchOutcome::kOk ||
                       r.outcome == FetchOutcome::kHttpError ||
                       r.outcome == FetchOutcome::kTooLarge;
    out.error = std::string(FetchOutcomeName(r.outcome)) +
                (r.curl_error.empty() ? "" : ": " + r.curl_error);
    out.http_status = r.http_status;
    out.final_url = r.final_url();
    const FetchHop* last = r.final_hop();
    out.decoded_body =
        extractors::DecodeToUtf8(r.body, last != nullptr ? last->content_type : "").utf8;
    for (const FetchHop& h : r.hops) {
      store::ExchangeHop e;
      e.url = h.url;
      e.request_bytes = h.request_head;
      e.response_head = h.response_head;
      e.response_body_raw = h.wire_body;
      e.ip = h.ip;
      e.status = h.http_status;
      e.truncated = h.truncated;
      if (h.truncated) e.truncated_reason = "length";
      e.fetch_ms = h.elapsed_ms;
      e.mime = h.content_type.substr(0, h.content_type.find(';'));
      out.hops.push_back(std::move(e));
    }
    if (last != nullptr) out.fetched_at_utc = base::FormatRfc3339UtcMs(r.hops.front().fetched_at_unix_ms);
    return out;
  };
  auto report = store::RecheckReported(**db, fetch, opt);
  if (!report.ok()) return report.status();
  LANTIAN_RETURN_IF_ERROR((*db)->Close());
  return report;
}

}  // namespace lantian::crawler
