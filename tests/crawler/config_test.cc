#include "crawler/config.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/crawler/temp_toml.h"

namespace lantian::crawler {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  return testing::WriteTempToml("config_test_" + name, text);
}

TEST(ConfigTest, ShippedLantianTomlMatchesBuiltInDefaults) {
  CrawlerOptions loaded;
  loaded.max_pages = 1;  // must be overwritten by the file
  ASSERT_TRUE(LoadCrawlerConfig(LANTIAN_SOURCE_CONFIG_DIR "/lantian.toml", loaded).ok());
  const CrawlerOptions d;
  EXPECT_EQ(loaded.operator_name, d.operator_name);
  EXPECT_EQ(loaded.contact_url, d.contact_url);
  EXPECT_EQ(loaded.user_agent, d.user_agent);
  EXPECT_EQ(loaded.robots_token, d.robots_token);
  EXPECT_EQ(loaded.fetch.allow_private, d.fetch.allow_private);
  EXPECT_EQ(loaded.fetch.proxy, d.fetch.proxy);
  EXPECT_EQ(loaded.fetch.max_in_flight, d.fetch.max_in_flight);
  EXPECT_EQ(loaded.frontier.max_per_host, d.frontier.max_per_host);
  EXPECT_EQ(loaded.frontier.default_delay, d.frontier.default_delay);
  EXPECT_EQ(loaded.frontier.max_crawl_delay, d.frontier.max_crawl_delay);
  EXPECT_EQ(loaded.fetch.http2, d.fetch.http2);
  EXPECT_EQ(loaded.fetch.connect_timeout, d.fetch.connect_timeout);
  EXPECT_EQ(loaded.fetch.total_timeout, d.fetch.total_timeout);
  EXPECT_EQ(loaded.fetch.low_speed_bytes_per_s, d.fetch.low_speed_bytes_per_s);
  EXPECT_EQ(loaded.fetch.low_speed_time, d.fetch.low_speed_time);
  EXPECT_EQ(loaded.fetch.max_wire_bytes, d.fetch.max_wire_bytes);
  EXPECT_EQ(loaded.fetch.max_body_bytes, d.fetch.max_body_bytes);
  EXPECT_EQ(loaded.fetch.max_redirects, d.fetch.max_redirects);
  EXPECT_EQ(loaded.frontier.max_attempts, d.frontier.max_attempts);
  EXPECT_EQ(loaded.frontier.backoff_base, d.frontier.backoff_base);
  EXPECT_EQ(loaded.frontier.backoff_max, d.frontier.backoff_max);
  EXPECT_EQ(loaded.frontier.max_retry_after, d.frontier.max_retry_after);
  EXPECT_EQ(loaded.frontier.block_backoff, d.frontier.block_backoff);
  EXPECT_EQ(loaded.robots.ttl, d.robots.ttl);
  EXPECT_EQ(loaded.robots.unreachable_ttl, d.robots.unreachable_ttl);
  EXPECT_EQ(loaded.max_pages, d.max_pages);
  EXPECT_EQ(loaded.render.mode, d.render.mode);
  EXPECT_EQ(loaded.render.chromium, d.render.chromium);
  EXPECT_EQ(loaded.render.tabs, d.render.tabs);
  EXPECT_EQ(loaded.render.page_timeout, d.render.page_timeout);
  EXPECT_EQ(loaded.render.max_requests, d.render.max_requests);
  EXPECT_EQ(loaded.render.max_page_bytes, d.render.max_page_bytes);
  EXPECT_EQ(loaded.render.other_hosts, d.render.other_hosts);
  EXPECT_EQ(loaded.max_depth, d.max_depth);
  EXPECT_EQ(loaded.per_host_page_cap, d.per_host_page_cap);
  EXPECT_EQ(loaded.follow, d.follow);
  EXPECT_EQ(loaded.deny, d.deny);
  EXPECT_EQ(loaded.url.strip_params, d.url.strip_params);
  EXPECT_EQ(loaded.url.sort_query, d.url.sort_query);
  EXPECT_EQ(loaded.url.max_url_bytes, d.url.max_url_bytes);
  EXPECT_EQ(loaded.traps.max_repeated_segments, d.traps.max_repeated_segments);
  EXPECT_EQ(loaded.traps.pattern_budget, d.traps.pattern_budget);
  EXPECT_EQ(loaded.traps.pattern_growth, d.traps.pattern_growth);
  EXPECT_EQ(loaded.traps.host_budget, d.traps.host_budget);
  EXPECT_EQ(loaded.traps.host_growth, d.traps.host_growth);
  EXPECT_EQ(loaded.traps.near_duplicate_bits, d.traps.near_duplicate_bits);
  EXPECT_EQ(loaded.traps.max_pages_past_productive, d.traps.max_pages_past_productive);
  EXPECT_EQ(loaded.workers, d.workers);
  EXPECT_EQ(loaded.queue_capacity, d.queue_capacity);
  EXPECT_EQ(loaded.write_batch, d.write_batch);
  EXPECT_EQ(loaded.frontier_window, d.frontier_window);
  EXPECT_EQ(loaded.db, d.db);
  EXPECT_EQ(loaded.patterns_dir, d.patterns_dir);
  EXPECT_EQ(loaded.sites_dir, d.sites_dir);
  EXPECT_EQ(loaded.fsync, d.fsync);
}

TEST(ConfigTest, UnknownKeyNamesFileLineColumn) {
  const std::string path = WriteTemp("unknown", "[crawler]\nmax_pages = 3\nmax_pagez = 4\n");
  CrawlerOptions o;
  EXPECT_EQ(LoadCrawlerConfig(path, o).message(), path + ":3:1: crawler.max_pagez: unknown key");
  EXPECT_EQ(o.max_pages, CrawlerOptions().max_pages);  // nothing applied on error
}

TEST(ConfigTest, StoreTableNamesASharedStoreAndItsWarcDirectory) {
  const std::string path = WriteTemp("store", "[crawler]\ndb = \"local.db\"\n[store]\n"
                                              "url = \"postgresql://lt@db.example/lantian\"\nwarc_dir = \"/srv/warc\"\n");
  CrawlerOptions o;
  ASSERT_TRUE(LoadCrawlerConfig(path, o).ok());
  EXPECT_EQ(o.db, "postgresql://lt@db.example/lantian");  // [store] url wins over crawler.db
  EXPECT_EQ(o.warc_dir, "/srv/warc");
  const std::string bad = WriteTemp("store_bad", "[store]\nurl = \"postgresql:///x\"\npasword = \"s\"\n");
  EXPECT_EQ(LoadCrawlerConfig(bad, o).message(), bad + ":3:1: store.pasword: unknown key");
  const std::string wrong = WriteTemp("store_type", "[store]\nurl = 5\n");
  EXPECT_NE(LoadCrawlerConfig(wrong, o).message().find(wrong + ":2:"), std::string::npos)
      << LoadCrawlerConfig(wrong, o).message();
}

TEST(ConfigTest, RemovedQueryVariantCapSaysWhatReplacedIt) {
  const std::string path = WriteTemp("variants", "[crawler]\nmax_query_variants_per_path = 50\n");
  CrawlerOptions o;
  EXPECT_EQ(LoadCrawlerConfig(path, o).message(),
            path + ":2:1: crawler.max_query_variants_per_path: no longer exists; traps are cut by URL pattern "
                   "budgets (crawler.trap_*)");
}

TEST(ConfigTest, RenderModesAreCheckedWhereTheyAreGiven) {
  const std::string path = WriteTemp("render", "[crawler]\nrender = \"sometimes\"\n");
  CrawlerOptions o;
  EXPECT_EQ(LoadCrawlerConfig(path, o).message(),
            path + ":2:10: crawler.render: expected \"never\", \"auto\" or \"always\", got \"sometimes\"");
  EXPECT_EQ(o.render.mode, RenderMode::kAuto);  // unchanged
  const std::string job = WriteTemp("render_job", "[[job]]\nname = \"a\"\nrender = \"browser\"\n");
  EXPECT_EQ(LoadCrawlerConfig(job, o).message(),
            job + ":3:10: job.render: expected \"never\", \"auto\" or \"always\", got \"browser\"");
  const std::string ok = WriteTemp("render_ok",
                                   "[crawler]\nrender = \"never\"\nrender_tabs = 2\n[[job]]\nname = \"a\"\nrender = \"always\"\n");
  ASSERT_TRUE(LoadCrawlerConfig(ok, o).ok());
  EXPECT_EQ(o.render.mode, RenderMode::kNever);
  EXPECT_EQ(o.render.tabs, 2);
  ASSERT_EQ(o.jobs.size(), 1u);
  EXPECT_EQ(o.jobs[0].render, "always");
}

TEST(ConfigTest, WrongTypeIsAnError) {
  const std::string path = WriteTemp("type", "[crawler]\nallow_private = \"yes\"\n");
  CrawlerOptions o;
  EXPECT_EQ(LoadCrawlerConfig(path, o).message(), path + ":2:17: crawler.allow_private: expected a boolean");
}

TEST(ConfigTest, OutOfRangeIsAnError) {
  const std::string path = WriteTemp("range", "[crawler]\nmax_in_flight = 0\n");
  CrawlerOptions o;
  EXPECT_EQ(LoadCrawlerConfig(path, o).message(), path + ":2:17: crawler.max_in_flight: 0 is out of range 1..1024");
}

TEST(ConfigTest, ReadsJobsAndSites) {
  const std::string path = WriteTemp("jobs",
                                     "[[job]]\nname = \"a\"\nseeds = [\"http://x.example/\"]\nmax_pages = 9\n"
                                     "[site.shop]\nhosts = [\"x.example\"]\ndelay_ms = 50\n");
  CrawlerOptions o;
  ASSERT_TRUE(LoadCrawlerConfig(path, o).ok());
  ASSERT_EQ(o.jobs.size(), 1u);
  EXPECT_EQ(o.jobs[0].seeds[0], "http://x.example/");
  EXPECT_EQ(o.jobs[0].max_pages, 9);
  EXPECT_EQ(o.sites["shop"].delay_ms, 50);
}

TEST(ConfigTest, UserAgentNamesOperatorAndContact) {
  CrawlerOptions o;
  o.operator_name = "IP Office Monitoring";
  o.contact_url = "https://ipo.example/crawler";
  EXPECT_EQ(BuildUserAgent(o, "0.1.0"), "lantian/0.1.0 (+https://ipo.example/crawler; IP Office Monitoring)");
}

TEST(ConfigTest, JobCategoriesAreCheckedByName) {
  CrawlerOptions o;
  const std::string ok = WriteTemp("job_categories_ok", R"([[job]]
name = "seals"
seeds = ["https://shop.example.com/"]
categories = ["forged_seal"]
)");
  ASSERT_TRUE(LoadCrawlerConfig(ok, o).ok());
  ASSERT_EQ(o.jobs.size(), 1u);
  EXPECT_EQ(o.jobs[0].categories, std::vector<std::string>{"forged_seal"});

  const std::string bad = WriteTemp("job_categories_bad", R"([[job]]
name = "seals"
seeds = ["https://shop.example.com/"]
categories = ["seals"]
)");
  Status s = LoadCrawlerConfig(bad, o);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), bad +
                             ":4:14: job.categories: unknown category 'seals' (one of unlicensed_agency, "
                             "guaranteed_grant, forged_seal, abnormal_application, trademark_squatting, "
                             "certificate_renting)");
}

}  // namespace
}  // namespace lantian::crawler
