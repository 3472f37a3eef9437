// `lantian items`: every item the store holds, as a table, JSON lines or CSV.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/internal/report_json.h"
#include "store/internal/text_table.h"
#include "store/store.h"
#include "store/triage.h"

namespace lantian::store {

nlohmann::json internal::ItemJson(const ItemRow& r) {
  return {{"id", r.id},
          {"kind", r.kind},
          {"platform", r.platform},
          {"item_url", r.item_url},
          {"page_urls", r.page_urls},
          {"title", r.title},
          {"seller", r.seller},
          {"seller_url", r.seller_url},
          {"price", r.price},
          {"listing_id", r.listing_id},
          {"posted_at", r.posted_at},
          {"contacts", r.contacts},
          {"text", r.text},
          {"categories", r.categories},
          {"hits", r.hits},
          {"first_seen", r.first_seen},
          {"last_seen", r.last_seen},
          {"sightings", r.sightings},
          {"capture_sha256", r.capture_sha256}};
}

using internal::ItemJson;
using internal::CsvField;
using internal::Dump;
using internal::Joined;


std::string FormatItemsJsonl(const std::vector<ItemRow>& items) {
  std::string out;
  for (const ItemRow& r : items) out += Dump(ItemJson(r)) + "\n";
  return out;
}

std::string FormatItemsCsv(const std::vector<ItemRow>& items) {
  static const char* kColumns[] = {"id",        "kind",     "platform", "item_url",   "page_urls",  "title",
                                   "seller",    "seller_url", "price",  "listing_id", "posted_at",  "contacts",
                                   "categories", "hits",    "first_seen", "last_seen", "sightings", "capture_sha256",
                                   "text"};
  std::string out = internal::kUtf8Bom;
  for (std::size_t i = 0; i < std::size(kColumns); ++i) out += (i ? "," : "") + std::string(kColumns[i]);
  out += "\r\n";
  for (const ItemRow& r : items) {
    const nlohmann::json j = ItemJson(r);
    for (std::size_t i = 0; i < std::size(kColumns); ++i) {
      if (i) out += ",";
      const nlohmann::json& v = j[kColumns[i]];
      // Lists as one field, "; "-separated.
      std::string cell = v.is_string()  ? v.get<std::string>()
                         : v.is_array() ? Joined(v.get<std::vector<std::string>>(), "; ")
                                        : Dump(v);
      out += CsvField(cell);
    }
    out += "\r\n";
  }
  return out;
}

std::string FormatItemsTable(const std::vector<ItemRow>& items, std::size_t width) {
  internal::Table t({{"ID"}, {"KIND"}, {"PLATFORM", 12}, {"TITLE", 36, 8}, {"SELLER", 16}, {"PRICE", 12},
                     {"SEEN"}, {"HITS", 40}, {"URL", 0, 12}});
  auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
  for (const ItemRow& r : items) {
    const std::string hits = r.hits == 0 ? "-" : std::to_string(r.hits) + " " + Joined(r.categories, ",");
    t.Add({std::to_string(r.id), or_dash(r.kind), r.platform, or_dash(r.title), or_dash(r.seller), or_dash(r.price),
           std::to_string(r.page_urls.size()), hits, r.item_url});
  }
  return t.Render(width) + std::to_string(items.size()) + (items.size() == 1 ? " item\n" : " items\n");
}

Result<std::string> RunItems(const ItemsRequest& request) {
  auto store = internal::OpenReadOnly(request.db_path);
  if (!store.ok()) return store.status();
  auto items = (*store)->ListItems(request.filter);
  if (!items.ok()) return items.status();
  switch (request.format) {
    case OutputFormat::kJsonl: return FormatItemsJsonl(*items);
    case OutputFormat::kCsv: return FormatItemsCsv(*items);
    case OutputFormat::kTable: break;
  }
  return FormatItemsTable(*items, request.width);
}

}  // namespace lantian::store
