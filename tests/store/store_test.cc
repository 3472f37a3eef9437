#include "store/store.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "base/zlib_stream.h"
#include "store/warc_reader.h"
#include "store/warc_writer.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

namespace fs = std::filesystem;

using testing::CountRows;
using testing::MakeHit;
using testing::MakeHop;
using testing::MakeItem;
using testing::MakePage;
using testing::OpenStore;
using testing::QueryInt;
using testing::RawDb;
using testing::TempDir;

TEST(StoreTest, WritesCaptureAndReadsEveryRecordBackByOffset) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("job", "{}");
  ASSERT_TRUE(sweep.ok());
  PageResult page = MakePage(*sweep, "http://shop.example/item/1", "1");
  // A redirect hop before the final page.
  ExchangeHop redirect = MakeHop("http://shop.example/i/1", "", 301);
  page.capture.hops.insert(page.capture.hops.begin(), redirect);
  auto written = store->WritePages(std::span<const PageResult>(&page, 1));
  ASSERT_TRUE(written.ok()) << written.status().message();
  ASSERT_EQ(written->size(), 1u);
  EXPECT_EQ((*written)[0].new_hits, 1);

  auto recs = store->CaptureRecords((*written)[0].capture_id);
  ASSERT_TRUE(recs.ok());
  std::vector<std::string> types;
  for (const auto& r : *recs) {
    auto rec = ReadRecord(r.path, r.offset, r.length);
    ASSERT_TRUE(rec.ok()) << rec.status().message();
    types.emplace_back(rec->Field("WARC-Type"));
    EXPECT_EQ(rec->Field("WARC-Record-ID"), r.record_id);
    EXPECT_EQ(rec->Field("WARC-Date"), page.capture.fetched_at_utc);
  }
  EXPECT_EQ(types, (std::vector<std::string>{"request", "response", "request", "response",
                                             "metadata"}));
  auto final_resp = ReadRecord((*recs)[3].path, (*recs)[3].offset, (*recs)[3].length);
  EXPECT_EQ(final_resp->Field("WARC-IP-Address"), "127.0.0.1");
  EXPECT_EQ(final_resp->Field("WARC-Payload-Digest"),
            "sha256:" + Sha256Hex(page.capture.hops.back().response_body_raw));
  auto req = ReadRecord((*recs)[2].path, (*recs)[2].offset, (*recs)[2].length);
  EXPECT_EQ(req->Field("WARC-Concurrent-To"), (*recs)[3].record_id);
  EXPECT_EQ(req->block, page.capture.hops.back().request_bytes);
  auto meta = ReadRecord((*recs)[4].path, (*recs)[4].offset, (*recs)[4].length);
  EXPECT_EQ(meta->Field("WARC-Refers-To"), (*recs)[3].record_id);
  EXPECT_NE(meta->block.find("lantian-hit: " + std::to_string((*written)[0].hit_ids[0][0]) +
                             " guaranteed_grant.bao_shouquan"),
            std::string::npos);
  EXPECT_NE(meta->block.find("lantian-item: xianyu id:1"), std::string::npos);

  auto raw = store->ReadRawRecordBytes((*written)[0].capture_id);
  ASSERT_TRUE(raw.ok());
  int64_t total = 0;
  for (const auto& r : *recs) total += r.length;
  EXPECT_EQ(static_cast<int64_t>(raw->size()), total);
  auto plain = Gunzip(*raw);
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain->starts_with("WARC/1.1\r\nWARC-Type: request\r\n"));
}

// A rendered page: the browser's other requests follow the page's own
// exchange, then its screenshot and DOM as resource records; all are the
// capture's records (so its chain entry covers them) and indexed for replay.
TEST(StoreTest, RenderedCaptureKeepsSubresourcesAndResources) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("job", "{}");
  ASSERT_TRUE(sweep.ok());
  PageResult page = MakePage(*sweep, "http://shop.example/app", "1");
  page.capture.subresources.push_back(MakeHop("http://shop.example/api/items.json", "[]", 200));
  const std::string png("\x89PNG\r\n\x1a\nfake", 12);
  page.capture.resources.push_back({"urn:screenshot:http://shop.example/app", "image/png", png});
  page.capture.resources.push_back(
      {"urn:dom:http://shop.example/app", "text/html; charset=utf-8", "<html>rendered</html>"});
  auto written = store->WritePages(std::span<const PageResult>(&page, 1));
  ASSERT_TRUE(written.ok()) << written.status().message();
  const int64_t capture_id = (*written)[0].capture_id;

  auto recs = store->CaptureRecords(capture_id);
  ASSERT_TRUE(recs.ok());
  std::vector<std::string> types;
  for (const auto& r : *recs) types.push_back(r.type);
  EXPECT_EQ(types, (std::vector<std::string>{"request", "response", "request", "response", "resource",
                                             "resource", "metadata"}));
  auto sub = ReadRecord((*recs)[3].path, (*recs)[3].offset, (*recs)[3].length);
  ASSERT_TRUE(sub.ok());
  EXPECT_EQ(sub->Field("WARC-Target-URI"), "http://shop.example/api/items.json");
  auto shot = ReadRecord((*recs)[4].path, (*recs)[4].offset, (*recs)[4].length);
  ASSERT_TRUE(shot.ok());
  EXPECT_EQ(shot->Field("Content-Type"), "image/png");
  EXPECT_EQ(shot->Field("WARC-Concurrent-To"), (*recs)[1].record_id);
  EXPECT_EQ(shot->Field("WARC-Payload-Digest"), "sha256:" + Sha256Hex(png));
  EXPECT_EQ(shot->block, png);

  auto shots = store->ReadCaptureResources(capture_id, "urn:screenshot:");
  ASSERT_TRUE(shots.ok()) << shots.status().message();
  ASSERT_EQ(shots->size(), 1u);
  EXPECT_EQ((*shots)[0].uri, "urn:screenshot:http://shop.example/app");
  EXPECT_EQ((*shots)[0].content_type, "image/png");
  EXPECT_EQ((*shots)[0].bytes, png);
  auto all = store->ReadCaptureResources(capture_id);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 2u);

  auto report = store->VerifyChain();
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_TRUE(report->ok());
  EXPECT_GT(report->entries, 0);
  store.reset();  // closes the WARC file: the CDXJ is sorted and complete
  std::string cdxj;
  for (const auto& e : fs::directory_iterator(testing::WarcWriterDir(dir))) {
    if (e.path().extension() == ".cdxj") {
      std::ifstream in(e.path());
      cdxj.append(std::istreambuf_iterator<char>(in), {});
    }
  }
  EXPECT_NE(cdxj.find("urn:screenshot:http://shop.example/app"), std::string::npos) << cdxj;
  EXPECT_NE(cdxj.find("\"mime\":\"image/png\""), std::string::npos) << cdxj;
  EXPECT_NE(cdxj.find("example,shop)/api/items.json"), std::string::npos) << cdxj;
}

TEST(StoreTest, GzipBodyIsRecordedAsItCameOverTheWire) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  const std::string wire_body = base::Gzip("<html>包授权</html>", 6);
  PageResult page = MakePage(*sweep, "http://a.example/gz", "gz", wire_body);
  auto& hop = page.capture.hops.back();
  hop.response_head =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n";
  auto w = store->WritePages(std::span<const PageResult>(&page, 1));
  ASSERT_TRUE(w.ok()) << w.status().message();
  auto recs = store->CaptureRecords((*w)[0].capture_id);
  auto resp = ReadRecord((*recs)[1].path, (*recs)[1].offset, (*recs)[1].length);
  ASSERT_TRUE(resp.ok());
  EXPECT_EQ(resp->block, hop.response_head + wire_body);
  EXPECT_EQ(resp->Field("WARC-Payload-Digest"), "sha256:" + Sha256Hex(wire_body));
  auto prior = store->FindByPayloadDigest("http://a.example/gz", Sha256Hex(wire_body));
  EXPECT_TRUE(prior->has_value());
}

// FORMATS.md: a response fetched over HTTP/2 is written with an HTTP/1.1
// status line and WARC-Protocol: h2; the body and its digest are unchanged.
TEST(StoreTest, Http2ResponseIsWrittenWithHttp11StatusLineAndWarcProtocol) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("", "{}");
  PageResult page = MakePage(*sweep, "https://a.example/h2", "h2");
  auto& hop = page.capture.hops.back();
  hop.response_head = "HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n";
  auto w = store->WritePages(std::span<const PageResult>(&page, 1));
  ASSERT_TRUE(w.ok()) << w.status().message();
  auto recs = store->CaptureRecords((*w)[0].capture_id);
  ASSERT_TRUE(recs.ok());
  auto req = ReadRecord((*recs)[0].path, (*recs)[0].offset, (*recs)[0].length);
  auto resp = ReadRecord((*recs)[1].path, (*recs)[1].offset, (*recs)[1].length);
  ASSERT_TRUE(resp.ok() && req.ok());
  EXPECT_EQ(resp->block, "HTTP/1.1 200 \r\ncontent-type: text/html\r\n\r\n" + hop.response_body_raw);
  EXPECT_EQ(resp->Field("WARC-Protocol"), "h2");
  EXPECT_EQ(resp->Field("WARC-Payload-Digest"), "sha256:" + Sha256Hex(hop.response_body_raw));
  EXPECT_EQ(req->Field("WARC-Protocol"), "");

  // An HTTP/1.1 response is written as it came, without the field.
  PageResult h11 = MakePage(*sweep, "http://a.example/h11", "h11");
  auto w11 = store->WritePages(std::span<const PageResult>(&h11, 1));
  ASSERT_TRUE(w11.ok());
  auto recs11 = store->CaptureRecords((*w11)[0].capture_id);
  auto resp11 = ReadRecord((*recs11)[1].path, (*recs11)[1].offset, (*recs11)[1].length);
  ASSERT_TRUE(resp11.ok());
  EXPECT_TRUE(resp11->block.starts_with(h11.capture.hops[0].response_head));
  EXPECT_EQ(resp11->Field("WARC-Protocol"), "");
  EXPECT_TRUE(store->VerifyChain()->ok());
}

TEST(StoreTest, SameListingInLaterSweepUpdatesSightingsWithoutNewHit) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto s1 = store->BeginSweep("job", "{}");
  PageResult p1 = MakePage(*s1, "http://shop.example/item/1", "1");
  auto w1 = store->WritePages(std::span<const PageResult>(&p1, 1));
  ASSERT_TRUE(w1.ok());
  auto s2 = store->BeginSweep("job", "{}");
  PageResult p2 = MakePage(*s2, "http://shop.example/item/1?from=search", "1",
                           "<html>changed page</html>");
  p2.items[0].second.push_back(MakeHit("guaranteed_grant.bao_shouquan", " 包授权 "));
  auto w2 = store->WritePages(std::span<const PageResult>(&p2, 1));
  ASSERT_TRUE(w2.ok());
  EXPECT_EQ((*w2)[0].item_ids[0], (*w1)[0].item_ids[0]);
  EXPECT_EQ((*w2)[0].new_hits, 0);
  EXPECT_EQ((*w2)[0].hit_ids[0][0], (*w1)[0].hit_ids[0][0]);
  EXPECT_EQ((*w2)[0].hit_ids[0][1], (*w1)[0].hit_ids[0][0]);  // normalized match
  EXPECT_EQ(CountRows(dir, "hits"), 1);
  auto hits = store->ListHits({});
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].sightings, 2);
  EXPECT_EQ((*hits)[0].first_seen, p1.capture.fetched_at_utc);
  EXPECT_EQ((*hits)[0].last_seen, p2.capture.fetched_at_utc);
  HitFilter by_sweep;
  by_sweep.sweep_id = *s2;
  EXPECT_EQ(store->ListHits(by_sweep)->size(), 1u);
}

TEST(StoreTest, ItemWithoutListingIdIsKeyedByCanonicalUrl) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto s1 = store->BeginSweep("", "{}");
  PageResult p = MakePage(*s1, "http://forum.example/t/9", "");
  p.items[0].first.listing_id = "";
  PageResult q = p;
  q.items[0].first.url = "http://forum.example/t/10";
  std::vector<PageResult> pages{p, p, q};
  auto w = store->WritePages(pages);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ((*w)[0].item_ids[0], (*w)[1].item_ids[0]);
  EXPECT_NE((*w)[0].item_ids[0], (*w)[2].item_ids[0]);
  EXPECT_EQ(CountRows(dir, "items"), 2);
  EXPECT_EQ(CountRows(dir, "hits"), 2);
}

TEST(StoreTest, UnchangedPayloadGetsRevisitRecordAndMarksItemsSeen) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto s1 = store->BeginSweep("job", "{}");
  PageResult p1 = MakePage(*s1, "http://shop.example/item/1", "1");
  auto w1 = store->WritePages(std::span<const PageResult>(&p1, 1));
  ASSERT_TRUE(w1.ok());

  std::string digest = Sha256Hex(p1.capture.hops.back().response_body_raw);
  auto prior = store->FindByPayloadDigest("http://shop.example/item/1", digest);
  ASSERT_TRUE(prior.ok());
  ASSERT_TRUE(prior->has_value());
  EXPECT_EQ((*prior)->capture_id, (*w1)[0].capture_id);
  EXPECT_FALSE(store->FindByPayloadDigest("http://shop.example/item/1", Sha256Hex("x"))->has_value());

  auto s2 = store->BeginSweep("job", "{}");
  PageResult p2 = MakePage(*s2, "http://shop.example/item/1", "1");
  p2.items.clear();
  p2.revisit_of_capture_id = (*prior)->capture_id;
  auto w2 = store->WritePages(std::span<const PageResult>(&p2, 1));
  ASSERT_TRUE(w2.ok()) << w2.status().message();
  EXPECT_EQ((*w2)[0].item_ids, (*w1)[0].item_ids);

  auto recs = store->CaptureRecords((*w2)[0].capture_id);
  ASSERT_TRUE(recs.ok());
  auto revisit = ReadRecord((*recs)[1].path, (*recs)[1].offset, (*recs)[1].length);
  ASSERT_TRUE(revisit.ok());
  EXPECT_EQ(revisit->Field("WARC-Type"), "revisit");
  EXPECT_EQ(revisit->Field("WARC-Profile"),
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");
  EXPECT_EQ(revisit->Field("WARC-Refers-To"), (*prior)->warc_record_id);
  EXPECT_EQ(revisit->Field("WARC-Payload-Digest"), "sha256:" + digest);
  EXPECT_EQ(revisit->block, p2.capture.hops.back().response_head);

  auto hits = store->ListHits({});
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].sightings, 2);
  // A third sweep revisiting the revisit still refers to the original.
  auto again = store->FindByPayloadDigest("http://shop.example/item/1", digest);
  EXPECT_EQ((*again)->capture_id, (*w1)[0].capture_id);
  auto verify = store->VerifyChain();
  ASSERT_TRUE(verify.ok());
  EXPECT_TRUE(verify->ok());
}

TEST(StoreTest, KnownUrlsLooksUpTheSweepsFrontier) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("job", "{}");
  std::vector<FrontierUrl> urls{{"http://a.example/1", "a.example", 1, "", 'L'},
                                {"http://a.example/2", "a.example", 1, "", 'L'}};
  ASSERT_TRUE(store->EnqueueUrls(*sweep, std::span<const FrontierUrl>(urls.data(), 1)).ok());
  auto known = store->KnownUrls(*sweep, urls);
  ASSERT_TRUE(known.ok());
  EXPECT_EQ(*known, (std::vector<bool>{true, false}));
  auto other = store->BeginSweep("job", "{}");
  EXPECT_EQ(*store->KnownUrls(*other, urls), (std::vector<bool>{false, false}));
  EXPECT_TRUE(store->KnownUrls(*sweep, {})->empty());
}

TEST(StoreTest, FrontierDedupsPagesAndMarksDoneWithTheCapture) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("job", "{\"max_pages\":10}");
  std::vector<FrontierUrl> urls;
  for (int i = 0; i < 25; ++i) {
    urls.push_back({"http://a.example/" + std::to_string(i), "a.example", 1, "http://a.example/", 'L'});
  }
  auto added = store->EnqueueUrls(*sweep, urls);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 25);
  EXPECT_EQ(*store->EnqueueUrls(*sweep, std::span<const FrontierUrl>(urls.data(), 5)), 0);

  auto first = store->PendingUrls(*sweep, 0, 10);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 10u);
  EXPECT_EQ((*first)[0].url.url, "http://a.example/0");
  EXPECT_EQ((*first)[0].url.hop, 'L');
  auto second = store->PendingUrls(*sweep, first->back().id, 10);
  EXPECT_EQ((*second)[0].url.url, "http://a.example/10");

  PageResult page = MakePage(*sweep, "http://a.example/0", "0");
  page.capture.frontier_id = (*first)[0].id;
  ASSERT_TRUE(store->WritePages(std::span<const PageResult>(&page, 1)).ok());
  std::vector<FrontierUpdate> updates{
      {(*first)[1].id, FrontierState::kFailed, 3, "", "http 500"},
      {(*first)[2].id, FrontierState::kPending, 1, "2026-11-25T17:00:00.000Z", "429"},
      {(*first)[3].id, FrontierState::kSkipped, 0, "", "robots"}};
  ASSERT_TRUE(store->MarkUrls(updates).ok());
  auto counts = store->CountFrontier(*sweep);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->done, 1);
  EXPECT_EQ(counts->failed, 1);
  EXPECT_EQ(counts->skipped, 1);
  EXPECT_EQ(counts->pending, 22);
  auto pending = store->PendingUrls(*sweep, 0, 100);
  EXPECT_EQ(pending->size(), 22u);
  EXPECT_EQ((*pending)[0].retry_at, "2026-11-25T17:00:00.000Z");
  EXPECT_EQ((*pending)[0].attempts, 1);

  auto unfinished = store->LatestUnfinishedSweep("job");
  ASSERT_TRUE(unfinished.ok());
  ASSERT_TRUE(unfinished->has_value());
  EXPECT_EQ((*unfinished)->id, *sweep);
  EXPECT_EQ((*unfinished)->options_json, "{\"max_pages\":10}");
  ASSERT_TRUE(store->FinishSweep(*sweep, "done").ok());
  EXPECT_FALSE(store->LatestUnfinishedSweep("job")->has_value());
  EXPECT_EQ((*store->LastSweep())->status, "done");
}

// The frontier keeps the URL to request (as linked) beside the canonical
// dedup key; "" when they are the same.
TEST(StoreTest, FrontierKeepsTheUrlToRequestBesideTheDedupKey) {
  TempDir dir;
  auto store = OpenStore(dir);
  auto sweep = store->BeginSweep("job", "{}");
  std::vector<FrontierUrl> urls{
      {"http://a.example/p?baz=2&qux=1", "a.example", 1, "", 'L', "http://a.example/p?qux=1&baz=2"},
      {"http://a.example/p?baz=2&qux=1", "a.example", 1, "", 'L', "http://a.example/p?baz=2&qux=1"},
      {"http://a.example/q", "a.example", 1, "", 'L', "http://a.example/q"}};
  EXPECT_EQ(*store->EnqueueUrls(*sweep, urls), 2);  // the second has the first's canonical form
  auto rows = store->PendingUrls(*sweep, 0, 10);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].url.url, "http://a.example/p?baz=2&qux=1");
  EXPECT_EQ((*rows)[0].url.fetch_url, "http://a.example/p?qux=1&baz=2");
  EXPECT_EQ((*rows)[1].url.fetch_url, "");
}

// Schema versions 1 and 2 had no frontier.fetch_url: opening such a database
// read-write adds the column and keeps every row (each then requests its url,
// as before).
TEST(StoreTest, MigratesVersion2FrontierKeepingEveryRow) {
  TempDir dir;
  int64_t sweep = 0;
  {
    auto store = OpenStore(dir);
    sweep = *store->BeginSweep("job", "{}");
    std::vector<FrontierUrl> urls{{"http://a.example/1", "a.example", 0, "", 'S'},
                                  {"http://a.example/2", "a.example", 1, "http://a.example/1", 'L'}};
    ASSERT_EQ(*store->EnqueueUrls(sweep, urls), 2);
    ASSERT_TRUE(store->MarkUrls(std::vector<FrontierUpdate>{{1, FrontierState::kDone, 1, "", ""}}).ok());
  }
  {
    // Back to what version 2 wrote.
    sql::Database db = RawDb(dir);
    db.exec("ALTER TABLE frontier DROP COLUMN fetch_url");
    db.exec("ALTER TABLE hits DROP COLUMN source");  // schema 4's
    db.exec("ALTER TABLE hits DROP COLUMN score");
    db.exec("DROP TABLE users");  // schema 5's
    db.exec("DROP TABLE sessions");
    db.exec("DROP TABLE sign_in_failures");
    db.exec("DROP INDEX frontier_by_claim");  // schema 6's
    db.exec("ALTER TABLE frontier DROP COLUMN claimed_by");
    db.exec("DROP TABLE workers");
    db.exec("DROP TABLE host_leases");
    db.exec("DROP TABLE robots_cache");
    db.exec("UPDATE schema_version SET version = 2");
  }
  StoreOptions ro;
  ro.db_path = dir.Db();
  ro.warc_dir = dir.File("warc");
  ro.read_only = true;
  if (::geteuid() != 0) {  // root writes whatever the mode says
    // A store nobody may write: the read-only open says why it cannot go on.
    fs::permissions(dir.Db(), fs::perms::owner_read);
    auto refused = Store::Open(ro);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.status().message().starts_with(
        dir.Db() + ": database schema version 2 needs a migration to 6 and the file cannot be written: "))
        << refused.status().message();
    fs::permissions(dir.Db(), fs::perms::owner_read | fs::perms::owner_write);
  }
  {
    // A read-only command (hits, items) after an upgrade migrates the store once.
    auto reader = Store::Open(ro);
    ASSERT_TRUE(reader.ok()) << reader.status().message();
    EXPECT_EQ((*reader)->CountFrontier(sweep)->done, 1);
  }
  auto store = OpenStore(dir);
  ASSERT_NE(store, nullptr);
  {
    sql::Database db = RawDb(dir);
    EXPECT_EQ(QueryInt(db, "SELECT max(version) FROM schema_version"), Store::kSchemaVersion);
  }
  auto counts = store->CountFrontier(sweep);
  EXPECT_EQ(counts->done, 1);
  EXPECT_EQ(counts->pending, 1);
  auto rows = store->PendingUrls(sweep, 0, 10);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].url.url, "http://a.example/2");
  EXPECT_EQ((*rows)[0].url.parent, "http://a.example/1");
  EXPECT_EQ((*rows)[0].url.fetch_url, "");
  std::vector<FrontierUrl> more{{"http://a.example/3?a=1&b=2", "a.example", 1, "", 'L', "http://a.example/3?b=2&a=1"}};
  EXPECT_EQ(*store->EnqueueUrls(sweep, more), 1);
  EXPECT_EQ((*store->PendingUrls(sweep, (*rows)[0].id, 10))[0].url.fetch_url, "http://a.example/3?b=2&a=1");
}

TEST(StoreTest, NewerSchemaIsRefusedAndNotModified) {
  TempDir dir;
  { OpenStore(dir); }
  {
    sql::Database db = RawDb(dir);
    db.exec("UPDATE schema_version SET version = 8");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  auto read = [&] {
    std::ifstream in(dir.Db(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  std::string before = read();
  StoreOptions opts;
  opts.db_path = dir.Db();
  opts.warc_dir = dir.File("warc");
  auto s = Store::Open(opts);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(),
            dir.Db() +
                ": database schema version 8 is newer than this lantian supports (6); refusing to "
                "open it (not modified)");
  EXPECT_EQ(read(), before);
}

TEST(StoreTest, OtherProgramsDatabaseIsRefusedAndDaemonTablesAreNot) {
  TempDir dir;
  {
    SQLite::Database db(dir.File("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes(x TEXT)");
    SQLite::Database daemon(dir.Db(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    daemon.exec("CREATE TABLE daemon_jobs(name TEXT PRIMARY KEY)");
  }
  StoreOptions opts;
  opts.db_path = dir.File("other.db");
  auto s = Store::Open(opts);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), dir.File("other.db") + ": not a lantian database (no schema_version table)");
  SQLite::Database db(dir.File("other.db"));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_master").getInt64(), 1);
  EXPECT_NE(OpenStore(dir), nullptr);  // lantian.db with only the daemon's table
}

TEST(StoreTest, ReadOnlyOpenOfMissingDatabaseIsNotFound) {
  TempDir dir;
  StoreOptions opts;
  opts.db_path = dir.File("none.db");
  opts.read_only = true;
  auto s = Store::Open(opts);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), dir.File("none.db") + ": no such database");
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
}

TEST(StoreTest, ReadOnlyStoreRefusesWrites) {
  TempDir dir;
  { OpenStore(dir); }
  auto ro = OpenStore(dir, /*read_only=*/true);
  ASSERT_TRUE(ro);
  PageResult p = MakePage(1, "http://a.example/1", "1");
  auto w = ro->WritePages(std::span<const PageResult>(&p, 1));
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().message(), dir.Db() + ": opened read-only");
}

TEST(StoreTest, WarcioValidatesWrittenFiles) {
  const char* home = std::getenv("HOME");
  std::string modules = std::string(home ? home : "") + "/.cache/lantian-tools/node_modules";
  if (std::system("node --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "node not installed";
  if (!std::filesystem::exists(modules + "/warcio")) {
    GTEST_SKIP() << "warcio not installed in " << modules << " (run scripts/setup)";
  }
  TempDir dir;
  {
    auto store = OpenStore(dir);
    auto sweep = store->BeginSweep("", "{}");
    std::vector<PageResult> pages;
    for (int i = 0; i < 5; ++i) {
      pages.push_back(MakePage(*sweep, "http://a.example/item/" + std::to_string(i), std::to_string(i)));
    }
    pages[1].capture.hops.insert(pages[1].capture.hops.begin(), MakeHop("http://a.example/r", "", 302));
    pages[2].capture.hops.back().truncated = true;
    pages[2].capture.hops.back().truncated_reason = "length";
    ASSERT_TRUE(store->WritePages(pages).ok());
    PageResult revisit = pages[0];
    revisit.items.clear();
    revisit.revisit_of_capture_id = 1;
    ASSERT_TRUE(store->WritePages(std::span<const PageResult>(&revisit, 1)).ok());
    ASSERT_TRUE(store->Close().ok());
  }
  std::string cmd = "node '" LANTIAN_WARCIO_CHECK "' '" + modules + "' '" + testing::WarcWriterDir(dir) + "' 2>&1";
  std::FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  EXPECT_EQ(rc, 0) << out;
  // warcinfo + 5 × (request, response, metadata) + 1 redirect hop × 2 + revisit capture × 3.
  EXPECT_EQ(out, "OK 21 records in 1 files\n");
}

}  // namespace
}  // namespace lantian::store
