#pragma once

// The store side of the triage commands (`lantian hits`, `review`,
// `entities`, `verify --db`): each Run* opens its own connection (read-only
// unless it writes), does the work and returns the text to print. The CLI
// prints it; this library never prints. Thread-compatible free functions.
//
//   store::HitsRequest req{.db_path = "lantian.db", .format = store::OutputFormat::kJsonl};
//   req.filter.status = store::HitStatus::kNew;
//   auto text = store::RunHits(req);   // one JSON object per line
//
//   auto moved = store::RunReview({.hit_ids = {3, 4}, .to = store::HitStatus::kConfirmed});
//   // *moved == "confirmed 2 hits: 3, 4 (analyst alice)\n"; nothing moved on error

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/findings.h"
#include "store/records.h"

namespace lantian::store {

enum class OutputFormat { kTable, kJsonl, kCsv };

// "table" | "jsonl" | "csv" → format; nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// `lantian hits`: one line per hit (jsonl), a header + rows (csv, RFC 4180),
// or an aligned table for people.
// With `by_item`, one finding per item instead (store/findings.h): its
// categories, best evidence per category, highest severity and score,
// sorted by `order`, at most `limit` findings (0 = all).
struct HitsRequest {
  std::string db_path = "lantian.db";
  HitFilter filter;
  OutputFormat format = OutputFormat::kTable;
  bool by_item = false;
  FindingOrder order = FindingOrder::kScore;
  int64_t limit = 0;
  // Table width in terminal columns (0 = no limit): the widest columns are
  // cut to fit. The CLI passes the terminal's width.
  std::size_t width = 0;
};
[[nodiscard]] Result<std::string> RunHits(const HitsRequest& request);

// Formatting used by RunHits (exposed for the export helper and tests).
std::string FormatHitsJsonl(const std::vector<HitRow>& hits);
std::string FormatHitsCsv(const std::vector<HitRow>& hits);
std::string FormatHitsTable(const std::vector<HitRow>& hits, std::size_t width = 0);
std::string FormatFindingsJsonl(const std::vector<Finding>& findings);
std::string FormatFindingsCsv(const std::vector<Finding>& findings);
std::string FormatFindingsTable(const std::vector<Finding>& findings, std::size_t width = 0);

// `lantian review`: moves all hits in one transaction (nothing written if
// any move is refused). Returns e.g. "confirmed 2 hits: 3, 4\n".
// `lantian items`: the items themselves, hit or not (store/items_report.cc).
struct ItemsRequest {
  std::string db_path = "lantian.db";
  ItemFilter filter;
  OutputFormat format = OutputFormat::kTable;
  std::size_t width = 0;  // as HitsRequest::width
};
[[nodiscard]] Result<std::string> RunItems(const ItemsRequest& request);
std::string FormatItemsJsonl(const std::vector<ItemRow>& items);
std::string FormatItemsCsv(const std::vector<ItemRow>& items);
std::string FormatItemsTable(const std::vector<ItemRow>& items, std::size_t width = 0);

// With `item_ids` instead of `hit_ids`, every hit of those items (of
// `category` only, when given) that can make the move moves; hits already
// there stay; an item none of whose hits can move is refused (nothing written).
struct ReviewRequest {
  std::string db_path = "lantian.db";
  std::vector<int64_t> hit_ids;
  std::vector<int64_t> item_ids;
  std::string category;  // with item_ids: only this category's hits ("" = all)
  // kConfirmed, kDismissed, or kNew to reopen confirmed/dismissed hits
  // (kind "reopen"; `note` is then required).
  HitStatus to = HitStatus::kConfirmed;
  std::string note;
  std::string analyst;  // "" = the login name
};
[[nodiscard]] Result<std::string> RunReview(const ReviewRequest& request);

// `lantian show ITEM`: one finding in full — the item's fields, its text
// with each hit's evidence marked ⟦ ⟧ (a long text: the parts around the
// evidence), every hit with its status, every capture it was seen in, and
// every status change (who, when, why). kTable: text for people; kJsonl: one
// JSON object (item, finding, hits, spans, marked_text, captures, history).
struct ShowRequest {
  std::string db_path = "lantian.db";
  int64_t item_id = 0;
  OutputFormat format = OutputFormat::kTable;
};
[[nodiscard]] Result<std::string> RunShow(const ShowRequest& request);

// The login name: getlogin_r, else $LOGNAME/$USER, else the passwd entry, else "unknown".
std::string LoginName();

// `lantian entities`: offenders ranked by confirmed hits.
struct EntitiesRequest {
  std::string db_path = "lantian.db";
  size_t top = 20;  // 0 = all
  OutputFormat format = OutputFormat::kTable;  // kTable or kJsonl
  std::size_t width = 0;  // as HitsRequest::width
};
[[nodiscard]] Result<std::string> RunEntities(const EntitiesRequest& request);

// `lantian entities show ID`: one offender's dossier — every listing, shop,
// platform and contact linked to it (ID is any of its entity ids, as
// `lantian entities` prints), each listing's review outcome and takedown
// result, and a first/last-seen timeline. kHtml is a printable page for a
// credit-supervision referral, counting listings, not rule matches.
enum class DossierFormat { kText, kJson, kHtml };
struct DossierRequest {
  std::string db_path = "lantian.db";
  int64_t offender_id = 0;
  DossierFormat format = DossierFormat::kText;
  std::string now_utc;  // "" = the clock (tests pin it)
};
[[nodiscard]] Result<std::string> RunDossier(const DossierRequest& request);

// `lantian verify --db`: opens read-only and walks the chain.
[[nodiscard]] Result<VerifyReport> RunVerifyDb(const std::string& db_path);
// "chain OK: N entries\n", or one line per failure.
std::string FormatVerifyReport(const VerifyReport& report);

}  // namespace lantian::store
