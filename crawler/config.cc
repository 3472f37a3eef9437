#include "crawler/config.h"

#include <functional>
#include <limits>
#include <set>
#include <sstream>
#include <type_traits>
#include <utility>
#include <variant>

#include <toml++/toml.h>

#include "base/toml_error.h"
#include "patterns/category.h"

namespace lantian::crawler {
namespace {

// "unlicensed_agency, guaranteed_grant, ..." for error messages.
std::string KnownCategories() {
  std::string out;
  for (int i = 0; i < patterns::kCategoryCount; ++i) {
    if (i) out += ", ";
    out += patterns::CategoryId(static_cast<patterns::Category>(i));
  }
  return out;
}

// Top-level tables other libraries own; they validate their own keys.
const std::set<std::string, std::less<>> kForeignTables = {"alerts", "daemon", "metrics", "notice",
                                                          "notices", "export", "patterns", "extractors", "review"};

// An unknown key is reported at the key itself.
Status KeyError(const std::string& path, const toml::key& key, const std::string& name) {
  if (name == "crawler.max_query_variants_per_path") {
    // Removed: it cut item.htm?id=N after 50 ids. Say what replaced it.
    return Status::InvalidArgument(base::TomlPosition(path, key.source()) + ": " + name +
                                   ": no longer exists; traps are cut by URL pattern budgets (crawler.trap_*)");
  }
  return Status::InvalidArgument(base::TomlPosition(path, key.source()) + ": " + name + ": unknown key");
}

// An integer key: range-checked, then stored through `set` (an int, an
// int64, a size, or a std::chrono duration in the key's unit).
struct IntField {
  std::function<void(std::int64_t)> set;
  std::int64_t min = 0;
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
};
using Field = std::variant<IntField, bool*, std::string*, std::vector<std::string>*>;

Status SetField(const std::string& path, const std::string& key, const toml::node& node, const Field& field) {
  if (const auto* f = std::get_if<IntField>(&field)) {
    const auto* v = node.as_integer();
    if (v == nullptr) return base::TomlValueError(path, node, key, "expected an integer");
    const std::int64_t value = v->get();
    if (value < f->min || value > f->max) {
      return base::TomlValueError(path, node, key,
                   std::to_string(value) + " is out of range " + std::to_string(f->min) + ".." + std::to_string(f->max));
    }
    f->set(value);
    return Status::Ok();
  }
  if (const auto* b = std::get_if<bool*>(&field)) {
    const auto* v = node.as_boolean();
    if (v == nullptr) return base::TomlValueError(path, node, key, "expected a boolean");
    **b = v->get();
    return Status::Ok();
  }
  if (const auto* s = std::get_if<std::string*>(&field)) {
    const auto* v = node.as_string();
    if (v == nullptr) return base::TomlValueError(path, node, key, "expected a string");
    **s = v->get();
    return Status::Ok();
  }
  auto* list = std::get<std::vector<std::string>*>(field);
  const auto* arr = node.as_array();
  if (arr == nullptr) return base::TomlValueError(path, node, key, "expected an array of strings");
  std::vector<std::string> values;
  for (const auto& element : *arr) {
    const auto* v = element.as_string();
    if (v == nullptr) return base::TomlValueError(path, element, key, "expected an array of strings");
    values.push_back(v->get());
  }
  *list = std::move(values);
  return Status::Ok();
}

// IntField for any integer type or std::chrono duration `T` (the value is
// in T's unit: milliseconds for *_ms keys, seconds for *_s keys).
template <typename T>
IntField Int(T& target, std::int64_t min, std::int64_t max) {
  IntField f;
  f.set = [&target](std::int64_t v) {
    if constexpr (std::is_integral_v<T>) {
      target = static_cast<T>(v);
    } else {
      target = T(static_cast<typename T::rep>(v));
    }
  };
  f.min = min;
  f.max = max;
  return f;
}

Status ApplyTable(const std::string& path, const std::string& prefix, const toml::table& table,
                  const std::map<std::string, Field>& fields) {
  for (const auto& [k, node] : table) {
    const std::string key(k.str());
    const auto it = fields.find(key);
    if (it == fields.end()) return KeyError(path, k, prefix + key);
    LANTIAN_RETURN_IF_ERROR(SetField(path, prefix + key, node, it->second));
  }
  return Status::Ok();
}

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kGiB = std::int64_t{1} << 30;

// A render mode key ("crawler.render", "job.render"): one of never, auto, always.
Status CheckRenderMode(const std::string& path, const toml::table& t, const std::string& key,
                       const std::string& value, bool empty_ok) {
  if ((empty_ok && value.empty()) || ParseRenderMode(value)) return Status::Ok();
  return base::TomlValueError(path, *t.get("render"), key,
                              "expected \"never\", \"auto\" or \"always\", got \"" + value + "\"");
}

Status ApplyCrawler(const std::string& path, const toml::table& t, CrawlerOptions& o) {
  std::string render = RenderModeName(o.render.mode);
  const std::map<std::string, Field> fields = {
      {"render", &render},
      {"chromium", &o.render.chromium},
      {"render_tabs", Int(o.render.tabs, 1, 32)},
      {"render_timeout_ms", Int(o.render.page_timeout, 1000, 600'000)},
      {"render_max_requests", Int(o.render.max_requests, 1, 100'000)},
      {"render_max_bytes", Int(o.render.max_page_bytes, 1024, 16 * kGiB)},
      {"render_other_hosts", &o.render.other_hosts},
      {"operator_name", &o.operator_name},
      {"contact_url", &o.contact_url},
      {"user_agent", &o.user_agent},
      {"robots_token", &o.robots_token},
      {"allow_private", &o.fetch.allow_private},
      {"proxy", &o.fetch.proxy},
      {"max_in_flight", Int(o.fetch.max_in_flight, 1, 1024)},
      {"max_per_host", Int(o.frontier.max_per_host, 1, 64)},
      {"per_host_delay_ms", Int(o.frontier.default_delay, 0, kDay)},
      {"max_crawl_delay_ms", Int(o.frontier.max_crawl_delay, 0, kDay)},
      {"http2", &o.fetch.http2},
      {"connect_timeout_ms", Int(o.fetch.connect_timeout, 1, kDay)},
      {"total_timeout_ms", Int(o.fetch.total_timeout, 1, kDay)},
      {"low_speed_bytes_per_s", Int(o.fetch.low_speed_bytes_per_s, 0, kGiB)},
      {"low_speed_time_s", Int(o.fetch.low_speed_time, 0, 86'400)},
      {"max_wire_bytes", Int(o.fetch.max_wire_bytes, 1024, 16 * kGiB)},
      {"max_body_bytes", Int(o.fetch.max_body_bytes, 1024, 16 * kGiB)},
      {"max_redirects", Int(o.fetch.max_redirects, 0, 20)},
      {"max_attempts", Int(o.frontier.max_attempts, 1, 100)},
      {"backoff_base_ms", Int(o.frontier.backoff_base, 0, kDay)},
      {"backoff_max_ms", Int(o.frontier.backoff_max, 0, 7 * kDay)},
      {"max_retry_after_ms", Int(o.frontier.max_retry_after, 0, 7 * kDay)},
      {"block_backoff_ms", Int(o.frontier.block_backoff, 0, 7 * kDay)},
      {"robots_ttl_ms", Int(o.robots.ttl, 0, kDay)},
      {"robots_unreachable_ttl_ms", Int(o.robots.unreachable_ttl, 0, kDay)},
      {"max_pages", Int(o.max_pages, 1, 100'000'000)},
      {"max_depth", Int(o.max_depth, 0, 1000)},
      {"per_host_page_cap", Int(o.per_host_page_cap, 0, 100'000'000)},
      {"follow", &o.follow},
      {"deny", &o.deny},
      {"strip_params", &o.url.strip_params},
      {"sort_query", &o.url.sort_query},
      {"max_url_bytes", Int(o.url.max_url_bytes, 64, 65'536)},
      {"max_repeated_segments", Int(o.traps.max_repeated_segments, 1, 100)},
      {"trap_pattern_budget", Int(o.traps.pattern_budget, 1, 1'000'000)},
      {"trap_pattern_growth", Int(o.traps.pattern_growth, 0, 1000)},
      {"trap_host_budget", Int(o.traps.host_budget, 1, 100'000'000)},
      {"trap_host_growth", Int(o.traps.host_growth, 0, 1000)},
      {"trap_near_duplicate_bits", Int(o.traps.near_duplicate_bits, 0, 32)},
      {"trap_max_pages_past_productive", Int(o.traps.max_pages_past_productive, 1, 1'000'000)},
      {"workers", Int(o.workers, 0, 256)},
      {"queue_capacity", Int(o.queue_capacity, 1, 100'000)},
      {"write_batch", Int(o.write_batch, 1, 10'000)},
      {"frontier_window", Int(o.frontier_window, 100, 10'000'000)},
      {"db", &o.db},
      {"patterns_dir", &o.patterns_dir},
      {"model", &o.model},
      {"sites_dir", &o.sites_dir},
      {"fsync", &o.fsync},
      {"metrics_listen", &o.metrics_listen},
  };
  LANTIAN_RETURN_IF_ERROR(ApplyTable(path, "crawler.", t, fields));
  LANTIAN_RETURN_IF_ERROR(CheckRenderMode(path, t, "crawler.render", render, false));
  o.render.mode = *ParseRenderMode(render);
  return Status::Ok();
}

}  // namespace

Status LoadCrawlerConfig(const std::string& path, CrawlerOptions& options) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return base::TomlParseError(path, e);
  }
  CrawlerOptions o = options;
  for (const auto& [k, node] : root) {
    const std::string key(k.str());
    if (key == "crawler") {
      const auto* t = node.as_table();
      if (t == nullptr) return base::TomlValueError(path, node, key, "expected a table");
      LANTIAN_RETURN_IF_ERROR(ApplyCrawler(path, *t, o));
    } else if (key == "job") {
      const auto* arr = node.as_array();
      if (arr == nullptr) return base::TomlValueError(path, node, key, "expected an array of tables ([[job]])");
      o.jobs.clear();
      for (const auto& element : *arr) {
        const auto* t = element.as_table();
        if (t == nullptr) return base::TomlValueError(path, element, key, "expected a table");
        JobOptions job;
        const std::map<std::string, Field> fields = {
            {"name", &job.name},     {"seeds", &job.seeds},
            {"site", &job.site},     {"queries", &job.queries},
            {"max_pages", Int(job.max_pages, 0, 100'000'000)},
            {"max_depth", Int(job.max_depth, -1, 1000)},
            {"schedule", &job.schedule}, {"jitter", &job.jitter},
            {"categories", &job.categories},
            {"render", &job.render},
        };
        LANTIAN_RETURN_IF_ERROR(ApplyTable(path, "job.", *t, fields));
        LANTIAN_RETURN_IF_ERROR(CheckRenderMode(path, *t, "job.render", job.render, true));
        if (job.name.empty()) return base::TomlValueError(path, element, "job.name", "missing");
        for (const std::string& c : job.categories) {
          if (!patterns::ParseCategory(c)) {
            return base::TomlValueError(path, *t->get("categories"), "job.categories",
                         "unknown category '" + c + "' (one of " + KnownCategories() + ")");
          }
        }
        o.jobs.push_back(std::move(job));
      }
    } else if (key == "store") {
      const auto* t = node.as_table();
      if (t == nullptr) return base::TomlValueError(path, node, key, "expected a table");
      const std::map<std::string, Field> fields = {
          {"url", &o.db},
          {"warc_dir", &o.warc_dir},
      };
      LANTIAN_RETURN_IF_ERROR(ApplyTable(path, "store.", *t, fields));
    } else if (key == "site") {
      const auto* t = node.as_table();
      if (t == nullptr) return base::TomlValueError(path, node, key, "expected a table of [site.NAME] tables");
      for (const auto& [name, site_node] : *t) {
        const auto* st = site_node.as_table();
        const std::string site_key = "site." + std::string(name.str());
        if (st == nullptr) return base::TomlValueError(path, site_node, site_key, "expected a table");
        SiteOptions site;
        const std::map<std::string, Field> fields = {
            {"proxy", &site.proxy},
            {"cookie", &site.cookie},
            {"delay_ms", Int(site.delay_ms, -1, kDay)},
            {"hosts", &site.hosts},
        };
        LANTIAN_RETURN_IF_ERROR(ApplyTable(path, site_key + ".", *st, fields));
        o.sites[std::string(name.str())] = std::move(site);
      }
    } else if (!kForeignTables.contains(key)) {
      return KeyError(path, k, key);
    }
  }
  options = std::move(o);
  return Status::Ok();
}

std::string BuildUserAgent(const CrawlerOptions& options, const std::string& version) {
  if (!options.user_agent.empty()) return options.user_agent;
  std::string ua = "lantian/" + version + " (+" + options.contact_url;
  if (!options.operator_name.empty()) ua += "; " + options.operator_name;
  ua += ")";
  return ua;
}

}  // namespace lantian::crawler
