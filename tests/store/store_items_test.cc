// Store::ListItems, the merge of one item seen on several pages, the
// schema-1 migration of items, and the `lantian items` formats.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "store/triage.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::CountRows;
using testing::MakeHit;
using testing::MakeHop;
using testing::OpenStore;
using testing::QueryInt;
using testing::RawDb;
using testing::TempDir;

PageResult GenericPage(int64_t sweep, const std::string& page_url, ItemInput item, bool with_hit) {
  PageResult page;
  page.capture.sweep_id = sweep;
  page.capture.hops.push_back(MakeHop(page_url, "<html><body>" + item.text + "</body></html>"));
  page.capture.fetched_at_utc = NowUtc();
  std::vector<HitInput> hits;
  if (with_hit) hits.push_back(MakeHit());
  page.items.push_back({std::move(item), std::move(hits)});
  return page;
}

ItemInput Listing(const std::string& url, const std::string& id) {
  ItemInput item;
  item.platform = "generic";
  item.kind = "listing";
  item.listing_id = id;
  item.url = url;
  return item;
}

TEST(StoreItemsTest, ListPageAndDetailPageOfOneListingAreOneItem) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  // On the search page: a short title, the price, a tracking parameter.
  ItemInput on_list = Listing("http://shop.test/item.htm?id=61264&ns=1", "61264");
  on_list.title = "实用新型代写 包授权";
  on_list.price = "¥500";
  on_list.text = "实用新型代写 包授权\n¥500";
  // On its own page: the seller, and more text.
  ItemInput on_detail = Listing("http://shop.test/item.htm?id=61264", "61264");
  on_detail.kind = "page";
  on_detail.title = "实用新型代写 包授权 不过全额退款";
  on_detail.seller = "智创知产";
  on_detail.seller_url = "http://shop.test/shop/9";
  on_detail.text = "实用新型代写 包授权 不过全额退款\n¥500\n加微信 zc2026 详聊";
  std::vector<PageResult> pages{GenericPage(*sweep, "http://shop.test/search?q=x", on_list, true),
                                GenericPage(*sweep, "http://shop.test/item.htm?id=61264", on_detail, false)};
  auto w = store->WritePages(pages);
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_EQ((*w)[0].item_ids[0], (*w)[1].item_ids[0]);
  EXPECT_EQ(CountRows(dir, "items"), 1);

  auto items = store->ListItems({});
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 1u);
  const ItemRow& r = (*items)[0];
  EXPECT_EQ(r.kind, "listing");  // a known kind is not overwritten by "page"
  EXPECT_EQ(r.item_url, "http://shop.test/item.htm?id=61264&ns=1");
  EXPECT_EQ(r.title, "实用新型代写 包授权");  // the first title stays
  EXPECT_EQ(r.seller, "智创知产");           // filled in from the detail page
  EXPECT_EQ(r.seller_url, "http://shop.test/shop/9");
  EXPECT_EQ(r.price, "¥500");
  EXPECT_EQ(r.listing_id, "61264");
  // The text is the union, the first sighting's text first (hit offsets hold).
  EXPECT_EQ(r.text, "实用新型代写 包授权\n¥500\n实用新型代写 包授权 不过全额退款\n加微信 zc2026 详聊");
  EXPECT_EQ(r.page_urls,
            (std::vector<std::string>{"http://shop.test/search?q=x", "http://shop.test/item.htm?id=61264"}));
  EXPECT_EQ(r.sightings, 2);
  EXPECT_EQ(r.hits, 1);
  EXPECT_EQ(r.categories, (std::vector<std::string>{"guaranteed_grant"}));
  EXPECT_EQ(r.capture_sha256.size(), 64u);
}

TEST(StoreItemsTest, GenericListingIdsOfTwoHostsAreTwoItems) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  std::vector<PageResult> pages{
      GenericPage(*sweep, "http://a.test/list", Listing("http://a.test/goods/12345.html", "12345"), false),
      GenericPage(*sweep, "http://b.test/list", Listing("http://b.test/goods/12345.html", "12345"), false)};
  ASSERT_TRUE(store->WritePages(pages).ok());
  EXPECT_EQ(CountRows(dir, "items"), 2);
}

TEST(StoreItemsTest, PostsSharingTheirThreadsUrlAreToldApartByFloor) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  std::vector<PageResult> pages;
  for (int floor = 1; floor <= 3; ++floor) {
    ItemInput post = Listing("http://tieba.test/p/81234", "");
    post.kind = "post";
    post.floor = floor;
    post.text = "回复 " + std::to_string(floor);
    pages.push_back(GenericPage(*sweep, "http://tieba.test/p/81234", post, false));
  }
  pages.push_back(pages[1]);  // the same post seen again
  ASSERT_TRUE(store->WritePages(pages).ok());
  EXPECT_EQ(CountRows(dir, "items"), 3);
}

TEST(StoreItemsTest, FiltersBySweepPlatformKindAndHits) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto s1 = store->BeginSweep("", "{}");
  auto s2 = store->BeginSweep("", "{}");
  ItemInput post = Listing("http://forum.test/t/1#p2", "");
  post.kind = "post";
  ItemInput listing = Listing("http://shop.test/item/20001", "20001");
  listing.platform = "mockshop";
  std::vector<PageResult> pages{GenericPage(*s1, "http://forum.test/t/1", post, true),
                                GenericPage(*s2, "http://shop.test/list", listing, false)};
  ASSERT_TRUE(store->WritePages(pages).ok());
  auto count = [&](ItemFilter f) {
    auto r = store->ListItems(f);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->size() : 0u;
  };
  ItemFilter f;
  EXPECT_EQ(count(f), 2u);
  f.sweep_id = *s1;
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.platform = "mockshop";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.kind = "post";
  EXPECT_EQ(count(f), 1u);
  f.kind = "article";
  EXPECT_EQ(count(f), 0u);
  f = {};
  f.with_hits = true;
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.limit = 1;
  EXPECT_EQ(count(f), 1u);
}

TEST(StoreItemsTest, SchemaOneDatabaseGainsItemKindsAndKeepsItsItems) {
  TempDir dir;
  {
    auto store = OpenStore(dir);
    auto sweep = store->BeginSweep("", "{}");
    PageResult p = GenericPage(*sweep, "http://shop.test/list", Listing("http://shop.test/item/30001", "30001"), true);
    ASSERT_TRUE(store->WritePages(std::span<const PageResult>(&p, 1)).ok());
  }
  {
    // What a lantian of schema 1 left behind.
    sql::Database db = RawDb(dir);
    db.exec("ALTER TABLE items DROP COLUMN kind");
    db.exec("ALTER TABLE frontier DROP COLUMN fetch_url");  // schema 3's
    db.exec("ALTER TABLE hits DROP COLUMN source");          // schema 4's
    db.exec("ALTER TABLE hits DROP COLUMN score");
    db.exec("DROP TABLE users");  // schema 5's
    db.exec("DROP TABLE sessions");
    db.exec("DROP TABLE sign_in_failures");
    db.exec("DROP INDEX frontier_by_claim");  // schema 6's
    db.exec("ALTER TABLE frontier DROP COLUMN claimed_by");
    db.exec("DROP TABLE workers");
    db.exec("DROP TABLE host_leases");
    db.exec("DROP TABLE robots_cache");
    db.exec("UPDATE schema_version SET version = 1");
  }
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  auto items = store->ListItems({});
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].kind, "");
  EXPECT_EQ((*items)[0].hits, 1);
  sql::Database db = RawDb(dir);
  EXPECT_EQ(QueryInt(db, "SELECT max(version) FROM schema_version"), Store::kSchemaVersion);
  EXPECT_TRUE(store->VerifyChain()->ok());
}

TEST(StoreItemsTest, RunItemsPrintsJsonLinesCsvAndTable) {
  TempDir dir;
  {
    auto store = OpenStore(dir);
    auto sweep = store->BeginSweep("", "{}");
    ItemInput item = Listing("http://shop.test/item/40001", "40001");
    item.title = "=刻章 公章";
    item.text = "刻章 公章";
    item.contacts = {{"wechat", "kz888"}};
    item.seller = "快刻";
    PageResult p = GenericPage(*sweep, "http://shop.test/list", item, true);
    ASSERT_TRUE(store->WritePages(std::span<const PageResult>(&p, 1)).ok());
  }
  ItemsRequest req;
  req.db_path = dir.Db();
  req.format = OutputFormat::kJsonl;
  auto jsonl = RunItems(req);
  ASSERT_TRUE(jsonl.ok()) << jsonl.status().message();
  auto j = nlohmann::json::parse(jsonl->substr(0, jsonl->find('\n')));
  EXPECT_EQ(j["kind"], "listing");
  EXPECT_EQ(j["item_url"], "http://shop.test/item/40001");
  EXPECT_EQ(j["page_urls"], nlohmann::json::array({"http://shop.test/list"}));
  EXPECT_EQ(j["contacts"], nlohmann::json::array({"wechat:kz888"}));
  EXPECT_EQ(j["categories"], nlohmann::json::array({"guaranteed_grant"}));
  EXPECT_EQ(j["listing_id"], "40001");

  req.format = OutputFormat::kCsv;
  auto csv = RunItems(req);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->substr(0, csv->find("\r\n")),
            "\xEF\xBB\xBFid,kind,platform,item_url,page_urls,title,seller,seller_url,price,listing_id,posted_at,contacts,"
            "categories,hits,first_seen,last_seen,sightings,capture_sha256,text");
  EXPECT_NE(csv->find(",'=刻章 公章,快刻,"), std::string::npos) << *csv;  // a formula is defused

  req.format = OutputFormat::kTable;
  auto table = RunItems(req);
  ASSERT_TRUE(table.ok());
  EXPECT_NE(table->find("listing"), std::string::npos);
  EXPECT_NE(table->find("1 guaranteed_grant"), std::string::npos);
  EXPECT_TRUE(table->ends_with("1 item\n")) << *table;

  req.db_path = dir.File("missing.db");
  auto missing = RunItems(req);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), dir.File("missing.db") + ": no such database");
}

}  // namespace
}  // namespace lantian::store
