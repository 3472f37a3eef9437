#include "store/bundle/export.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <span>

#include <nlohmann/json.hpp>

#include "store/bundle/signing.h"
#include "store/store.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

using testing::TempFolder;

ExchangeHop Hop(const std::string& url, int status, const std::string& body) {
  ExchangeHop h;
  h.url = url;
  std::string host = url.substr(url.find("://") + 3);
  host = host.substr(0, host.find('/'));
  h.request_bytes = "GET " + url.substr(url.find(host) + host.size()) + " HTTP/1.1\r\nHost: " + host +
                    "\r\nUser-Agent: lantian-test\r\n\r\n";
  h.response_head = "HTTP/1.1 " + std::to_string(status) +
                    " OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n";
  h.response_body_raw = body;
  h.ip = "203.0.113.7";
  h.status = status;
  h.mime = "text/html";
  return h;
}

// The 包授权 hit in `text` (which must hold it).
HitInput GrantHit(const std::string& text) {
  HitInput hit;
  hit.rule_id = "guaranteed_grant.bao_shouquan";
  hit.category = "guaranteed_grant";
  hit.severity = "high";
  hit.match = "包授权";
  hit.snippet = text;
  hit.start = int64_t(text.find("包授权"));
  hit.end = hit.start + 9;
  return hit;
}

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StoreOptions o;
    o.db_path = dir_.File("lantian.db");
    o.fsync = false;
    auto s = Store::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
    auto sweep = store_->BeginSweep("test", "{}");
    ASSERT_TRUE(sweep.ok()) << sweep.status().message();
    std::vector<PageResult> pages;
    const char* platforms[] = {"taobao", "jd", "taobao"};
    for (int i = 0; i < 3; ++i) {
      std::string url = "https://shop.example.test/item/" + std::to_string(i);
      std::string text = "实用新型代写 包授权 不过全额退款 第" + std::to_string(i) + "号";
      PageResult p;
      p.capture.sweep_id = *sweep;
      p.capture.fetched_at_utc = "2026-11-2" + std::to_string(i + 1) + "T08:00:00.000Z";
      p.capture.hops.push_back(Hop(url, 200, "<html><title>t</title><body>" + text + "</body></html>"));
      ItemInput item;
      item.platform = platforms[i];
      item.url = url;
      item.title = i == 1 ? "<script>alert(1)</script>专利加急" : "专利代写 包授权";
      item.listing_id = "L" + std::to_string(700 + i);
      item.price = "¥" + std::to_string(1200 + i);
      item.seller_url = "https://shop.example.test/store/" + std::to_string(i);
      item.seller = "某店";
      item.text = text;
      p.items.push_back({item, {GrantHit(text)}});
      pages.push_back(std::move(p));
    }
    auto written = store_->WritePages(pages);
    ASSERT_TRUE(written.ok()) << written.status().message();
    for (const WrittenPage& w : *written) hit_ids_.push_back(w.hit_ids[0][0]);
    ASSERT_TRUE(store_->FinishSweep(*sweep, "done").ok());
    auto key = SigningKey::Generate();
    ASSERT_TRUE(key.ok());
    key_ = std::make_unique<SigningKey>(std::move(*key));
  }

  Status Confirm(std::vector<int64_t> ids) {
    StatusChange c;
    c.hit_ids = std::move(ids);
    c.to = HitStatus::kConfirmed;
    c.actor = "analyst";
    return store_->SetHitStatus(c);
  }

  ExportRequest Request() {
    ExportRequest r;
    r.out_path = dir_.File("bundle.zip");
    r.bundle = testing::TestOptions(key_.get());
    return r;
  }

  TempFolder dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<SigningKey> key_;
  std::vector<int64_t> hit_ids_;
};

TEST_F(ExportTest, ExportsConfirmedHitsVerifiesAndMovesThemToReported) {
  ASSERT_TRUE(Confirm({hit_ids_[0], hit_ids_[1]}).ok());
  auto r = ExportHits(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->bundle.items, 2u);
  EXPECT_EQ(r->moved_to_reported, 2u);
  EXPECT_GT(r->export_id, 0);
  auto v = VerifyBundle(dir_.File("bundle.zip"), {});
  ASSERT_TRUE(v.ok());
  ASSERT_TRUE(v->ok()) << v->failures[0];
  EXPECT_GE(v->warc_records, 4u);
  std::string html = testing::ReadZipEntry(dir_.File("bundle.zip"), "notice.html");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;专利加急"), std::string::npos);
  // The item's listing id, price and shop URL reach the notice and the CSV.
  EXPECT_NE(html.find("L701"), std::string::npos);
  EXPECT_NE(html.find("¥1201"), std::string::npos);
  EXPECT_NE(html.find("https://shop.example.test/store/1"), std::string::npos);
  std::string csv = testing::ReadZipEntry(dir_.File("bundle.zip"), "notice.csv");
  EXPECT_NE(csv.find("L700"), std::string::npos);
  EXPECT_NE(csv.find("https://shop.example.test/store/0"), std::string::npos);
  HitFilter f;
  f.status = HitStatus::kReported;
  auto reported = store_->ListHits(f);
  ASSERT_TRUE(reported.ok());
  EXPECT_EQ(reported->size(), 2u);
  for (const HitRow& h : *reported) {
    EXPECT_EQ(h.reported_at.size(), 24u) << h.reported_at;  // 2026-11-25T18:30:46.123Z
    EXPECT_EQ(h.reported_at.back(), 'Z');
    EXPECT_TRUE(h.listing_id.starts_with("L70"));
  }
  auto unreported = store_->GetHit(hit_ids_[2]);
  ASSERT_TRUE(unreported.ok());
  EXPECT_EQ(unreported->reported_at, "");
  auto chain = store_->VerifyChain();
  ASSERT_TRUE(chain.ok());
  EXPECT_TRUE(chain->ok()) << chain->failures[0].reason;
  // Nothing confirmed is left: a second export finds nothing.
  auto again = ExportHits(*store_, Request());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().message(), "no confirmed hits to export");
}

// A rendered list page with two listings: the one whose element was cropped
// gets its crop in the notice, the other the page's screenshot.
TEST_F(ExportTest, RenderedListingsCarryTheirScreenshotsIntoTheNotice) {
  auto sweep = store_->BeginSweep("test", "{}");
  ASSERT_TRUE(sweep.ok());
  const std::string page_url = "https://shop.example.test/list";
  PageResult p;
  p.capture.sweep_id = *sweep;
  p.capture.fetched_at_utc = "2026-11-25T08:00:00.000Z";
  p.capture.hops.push_back(Hop(page_url, 200, "<html><body><div id=app></div></body></html>"));
  const std::string page_png("\x89PNG\r\n\x1a\npage", 12);
  const std::string crop_png("\x89PNG\r\n\x1a\ncrop", 12);
  p.capture.resources.push_back({"urn:screenshot:" + page_url, "image/png", page_png});
  p.capture.resources.push_back({"urn:screenshot:https://shop.example.test/item/90", "image/png", crop_png});
  for (int i : {90, 91}) {
    ItemInput item;
    item.platform = "taobao";
    item.url = "https://shop.example.test/item/" + std::to_string(i);
    item.title = "专利代写 包授权 " + std::to_string(i);
    item.text = "发明专利 包授权 第" + std::to_string(i) + "号";
    p.items.push_back({item, {GrantHit(item.text)}});
  }
  auto written = store_->WritePages(std::span<const PageResult>(&p, 1));
  ASSERT_TRUE(written.ok()) << written.status().message();
  ASSERT_TRUE(Confirm({(*written)[0].hit_ids[0][0], (*written)[0].hit_ids[1][0]}).ok());
  auto r = ExportHits(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::string zip = dir_.File("bundle.zip");
  EXPECT_EQ(testing::ReadZipEntry(zip, "screenshots/1.png"), crop_png);
  EXPECT_EQ(testing::ReadZipEntry(zip, "screenshots/2.png"), page_png);
  const std::string html = testing::ReadZipEntry(zip, "notice.html");
  EXPECT_LT(html.find("包授权 90"), html.find("screenshots/1.png"));
  EXPECT_LT(html.find("screenshots/1.png"), html.find("包授权 91"));
  auto v = VerifyBundle(zip, {});
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok()) << v->failures[0];
}

// A listing seen on its own page (3 hits, 2 categories) and again, later, on
// a search page (1 hit): one notice entry, reasons per category in plain
// language, each legal basis once, the own page's capture, no rule ids or
// offsets for the platform (they stay in notice.csv).
TEST_F(ExportTest, OneNoticeEntryPerListing) {
  auto sweep = store_->BeginSweep("test", "{}");
  ASSERT_TRUE(sweep.ok());
  const std::string url = "https://shop.example.test/item/9";
  const std::string text = "欢迎咨询。无需代理资质，我们直接代办专利申请。本所包\u200b授权，不过全额退款！";
  auto hit = [&](const std::string& rule, const std::string& cat, const std::string& sev,
                 const std::string& match) {
    HitInput h;
    h.rule_id = rule;
    h.category = cat;
    h.severity = sev;
    h.match = match;
    h.snippet = text;
    h.start = int64_t(text.find(match));
    h.end = h.start + int64_t(match.size());
    return h;
  };
  ItemInput item;
  item.platform = "taobao";
  item.url = url;
  item.title = "专利代办";
  item.seller = "某\u200b代理店";
  item.text = text;
  std::vector<PageResult> pages(2);
  pages[0].capture.sweep_id = *sweep;
  pages[0].capture.fetched_at_utc = "2026-12-05T17:30:00.000Z";  // 12月6日 01:30 CST
  pages[0].capture.hops.push_back(Hop(url, 200, "<html><body>" + text + "</body></html>"));
  pages[0].items.push_back({item, {hit("guaranteed_grant.bao_shouquan", "guaranteed_grant", "high", "包\u200b授权"),
                                   hit("guaranteed_grant.refund", "guaranteed_grant", "medium", "全额退款"),
                                   hit("unlicensed_agency.no_licence", "unlicensed_agency", "high", "无需代理资质")}});
  const std::string search = "https://shop.example.test/search?q=%E4%B8%93%E5%88%A9";
  pages[1].capture.sweep_id = *sweep;
  pages[1].capture.fetched_at_utc = "2026-12-06T09:00:00.000Z";
  pages[1].capture.hops.push_back(Hop(search, 200, "<html><body>" + text + "</body></html>"));
  // A rule's own basis does not repeat the category's in the notice.
  HitInput own_basis = hit("guaranteed_grant.no_refund", "guaranteed_grant", "medium", "不过全额退款");
  own_basis.legal_basis = "规则自带依据 第1条";
  pages[1].items.push_back({item, {own_basis}});
  auto written = store_->WritePages(pages);
  ASSERT_TRUE(written.ok()) << written.status().message();
  ASSERT_TRUE(store_->FinishSweep(*sweep, "done").ok());
  std::vector<int64_t> ids;
  for (const WrittenPage& w : *written) {
    for (const auto& per_item : w.hit_ids) ids.insert(ids.end(), per_item.begin(), per_item.end());
  }
  ASSERT_EQ(ids.size(), 4u);
  ASSERT_TRUE(Confirm(ids).ok());

  auto r = ExportHits(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->bundle.items, 1u);
  EXPECT_EQ(r->bundle.hits, 4u);
  EXPECT_EQ(r->moved_to_reported, 4u);
  std::string html = testing::ReadZipEntry(dir_.File("bundle.zip"), "notice.html");
  size_t entries = 0;
  for (size_t at = html.find("<div class=\"item\">"); at != std::string::npos;
       at = html.find("<div class=\"item\">", at + 1)) {
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
  // Reasons per category, the quote cleaned and cut at sentence boundaries.
  EXPECT_NE(html.find("本所<mark>包授权</mark>，不过全额退款！"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark>无需代理资质</mark>，我们直接代办专利申请。"), std::string::npos);
  EXPECT_EQ(html.find("\u200b"), std::string::npos);
  EXPECT_NE(html.find("某代理店"), std::string::npos);
  // Each category's legal basis once, referenced by number.
  EXPECT_EQ(html.find("《专利代理条例》第二十五条第一款"), html.rfind("《专利代理条例》第二十五条第一款"));
  EXPECT_NE(html.find("（法律依据见〔1〕）"), std::string::npos);
  EXPECT_EQ(html.find("规则自带依据"), std::string::npos);
  EXPECT_NE(html.find("（法律依据见〔2〕）"), std::string::npos);
  // No rule ids, no offsets; the date in Chinese form; the own page cited.
  EXPECT_EQ(html.find("guaranteed_grant.bao_shouquan"), std::string::npos);
  EXPECT_EQ(html.find("unlicensed_agency.no_licence"), std::string::npos);
  EXPECT_NE(html.find("2026年12月6日 01:30（北京时间）"), std::string::npos);
  EXPECT_NE(html.find("<tr><th>存证页面 / Captured page</th><td>" + url + "</td></tr>"), std::string::npos);
  EXPECT_EQ(html.find(search), std::string::npos);
  EXPECT_NE(html.find(KeyFingerprint(key_->PublicKeySpkiBase64())), std::string::npos);
  EXPECT_EQ(html.find("草稿"), std::string::npos);
  // notice.csv: one row, the technical columns keep ids and offsets.
  std::string csv = testing::ReadZipEntry(dir_.File("bundle.zip"), "notice.csv");
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFno,platform,"));
  size_t rows = 0;
  for (size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  EXPECT_EQ(rows, 2u);  // header + one listing
  std::string all_ids;
  for (int64_t id : ids) all_ids += (all_ids.empty() ? "" : "; ") + std::to_string(id);
  EXPECT_NE(csv.find(",4," + all_ids + ",unlicensed_agency.no_licence; guaranteed_grant.bao_shouquan,"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2026年12月6日 01:30"), std::string::npos);
}

TEST_F(ExportTest, RefusesTheSampleSenderUnlessDraft) {
  ASSERT_TRUE(Confirm(hit_ids_).ok());
  ExportRequest req = Request();
  req.bundle.sender.organization = std::string(kSampleSenderOrganization);
  auto r = ExportHits(*store_, req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "export.sender.organization is the sample sender '某市知识产权局（示例）': set your own "
            "[export.sender] or pass --draft for a watermarked draft");
  EXPECT_FALSE(std::filesystem::exists(req.out_path));
  req.bundle.sender.organization = " ";
  r = ExportHits(*store_, req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "export.sender.organization is empty: set your own [export.sender] or pass --draft for "
            "a watermarked draft");
  req.bundle.sender.organization = std::string(kSampleSenderOrganization);
  req.bundle.draft = true;
  r = ExportHits(*store_, req);
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::string html = testing::ReadZipEntry(req.out_path, "notice.html");
  EXPECT_NE(html.find("<div class=\"draft\">草稿 DRAFT</div>"), std::string::npos);
  auto exports = store_->ListExports();
  ASSERT_TRUE(exports.ok());
  ASSERT_EQ(exports->size(), 1u);
  EXPECT_EQ(exports->at(0).note, "referral bundle, platform all, 3 listings, 3 hits, draft");
  EXPECT_EQ(exports->at(0).hit_count, 3);
}

TEST_F(ExportTest, NeverOverwritesUnlessForced) {
  ASSERT_TRUE(Confirm(hit_ids_).ok());
  ExportRequest req = Request();
  testing::WriteFile(req.out_path, "an older bundle");
  auto r = ExportHits(*store_, req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "--out " + req.out_path + ": already exists; pass --force to replace it");
  EXPECT_EQ(testing::ReadFile(req.out_path), "an older bundle");
  req.force = true;
  r = ExportHits(*store_, req);
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto v = VerifyBundle(req.out_path, {});
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->ok());
}

TEST(CheckSendableTest, ComplaintNeedsRightsHolderFieldsAndAttachments) {
  TempFolder dir;
  auto key = SigningKey::Generate();
  ASSERT_TRUE(key.ok());
  BundleOptions o = testing::TestOptions(&*key);
  o.route = NoticeRoute::kComplaint;
  o.sender.authority = "";
  const std::string out = dir.File("c.zip");
  EXPECT_EQ(CheckSendable(o, out, false).message(),
            "complaint route: export.sender.authority (the rights held) is empty; set it or pass "
            "--draft for a watermarked draft");
  o.sender.authority = "注册商标第123456号专用权";
  EXPECT_EQ(CheckSendable(o, out, false).message(),
            "complaint route: export.sender.rights_certificates (the certificate numbers) is empty; "
            "set it or pass --draft for a watermarked draft");
  o.sender.rights_certificates = "第123456号";
  EXPECT_EQ(CheckSendable(o, out, false).message(),
            "complaint route: no [[export.attachments]] (the rights holder's identity and rights "
            "documents the notice lists); add them or pass --draft for a watermarked draft");
  o.attachments.push_back({dir.File("licence.pdf"), "licence.pdf", "营业执照"});
  EXPECT_EQ(CheckSendable(o, out, false).message(),
            "export.attachments: " + dir.File("licence.pdf") + ": no such file");
  testing::WriteFile(dir.File("licence.pdf"), "%PDF-1.4");
  EXPECT_TRUE(CheckSendable(o, out, false).ok());
  o.attachments.clear();
  o.draft = true;
  EXPECT_TRUE(CheckSendable(o, out, false).ok());
  o.route = NoticeRoute::kReferral;
  o.draft = false;
  EXPECT_TRUE(CheckSendable(o, out, false).ok());
}

TEST(ExportNoteTest, FormatsAndParsesOldAndNewNotes) {
  ExportNote n{"complaint", "xianyu", 5, 61, false};
  EXPECT_EQ(FormatExportNote(n), "complaint bundle, platform xianyu, 5 listings, 61 hits");
  ExportNote back = ParseExportNote(FormatExportNote(n));
  EXPECT_EQ(back.route, "complaint");
  EXPECT_EQ(back.platform, "xianyu");
  EXPECT_EQ(back.listings, 5);
  EXPECT_EQ(back.hits, 61);
  ExportNote old = ParseExportNote("referral bundle, 3 items");
  EXPECT_EQ(old.route, "referral");
  EXPECT_EQ(old.listings, 3);
  EXPECT_EQ(old.platform, "");
}

TEST_F(ExportTest, PlatformAndSinceSelectHits) {
  ASSERT_TRUE(Confirm(hit_ids_).ok());
  ExportRequest req = Request();
  req.platform = "taobao";
  req.since = "2026-11-23";
  auto r = ExportHits(*store_, req);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->hit_ids, std::vector<int64_t>{hit_ids_[2]});
  req.since = "yesterday";
  auto bad = ExportHits(*store_, req);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "--since: expected YYYY-MM-DD or RFC 3339, got 'yesterday'");
}

TEST_F(ExportTest, RecheckClassifiesAndMovesHits) {
  ASSERT_TRUE(Confirm(hit_ids_).ok());
  auto r = ExportHits(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().message();
  int calls = 0;
  RecheckFetcher fetch = [&](const std::string& url) {
    ++calls;
    RecheckFetch f;
    f.transport_ok = true;
    f.final_url = url;
    f.fetched_at_utc = "2026-11-26T08:00:00.000Z";
    if (url.ends_with("/0")) {
      f.http_status = 404;
      f.hops.push_back(Hop(url, 404, "gone"));
    } else if (url.ends_with("/1")) {
      f.http_status = 200;
      f.decoded_body = "此宝贝已下架";
      f.hops.push_back(Hop(url, 200, f.decoded_body));
    } else {
      f.http_status = 200;
      f.decoded_body = "实用新型代写 包授权";
      f.hops.push_back(Hop(url, 200, f.decoded_body));
    }
    return f;
  };
  RecheckOptions opt;
  opt.gone_markers["jd"] = {"此宝贝已下架"};
  auto rep = RecheckReported(*store_, fetch, opt);
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  EXPECT_EQ(calls, 3);
  ASSERT_EQ(rep->platforms.size(), 2u);
  EXPECT_EQ(rep->platforms[0].platform, "jd");
  EXPECT_EQ(rep->platforms[0].removed, 1);
  EXPECT_EQ(rep->platforms[1].platform, "taobao");
  EXPECT_EQ(rep->platforms[1].reported, 2);
  EXPECT_EQ(rep->platforms[1].removed, 1);
  EXPECT_EQ(rep->platforms[1].still_up, 1);
  // Median time from the notice to this recheck, for platforms with removals:
  // the recheck runs right after the export here, so it is minutes at most.
  ASSERT_TRUE(rep->platforms[0].median_hours_to_removal.has_value());
  EXPECT_GE(*rep->platforms[0].median_hours_to_removal, 0.0);
  EXPECT_LT(*rep->platforms[0].median_hours_to_removal, 0.1);
  ASSERT_TRUE(rep->platforms[1].median_hours_to_removal.has_value());
  for (const RecheckItem& item : rep->items) EXPECT_FALSE(item.reported_at.empty()) << item.item_url;
  HitFilter f;
  f.status = HitStatus::kTakenDown;
  EXPECT_EQ(store_->ListHits(f)->size(), 2u);
  f.status = HitStatus::kStillUp;
  EXPECT_EQ(store_->ListHits(f)->size(), 1u);
  auto chain = store_->VerifyChain();
  ASSERT_TRUE(chain.ok());
  EXPECT_TRUE(chain->ok());
}

TEST_F(ExportTest, RecheckByDefaultRechecksReportedAndStillUpAndSaysWhenNothingChanged) {
  ASSERT_TRUE(Confirm(hit_ids_).ok());
  auto r = ExportHits(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().message();
  int calls = 0;
  RecheckFetcher up = [&](const std::string& url) {
    ++calls;
    RecheckFetch f;
    f.transport_ok = true;
    f.http_status = 200;
    f.final_url = url;
    f.decoded_body = "实用新型代写 包授权";
    f.hops.push_back(Hop(url, 200, f.decoded_body));
    return f;
  };
  auto first = RecheckReported(*store_, up, {});
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(RecheckSummary(*first), "recheck: 3 items rechecked, 3 changed (3 still up)");
  // The default takes still_up hits too: a second recheck looks at them again.
  auto second = RecheckReported(*store_, up, {});
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(calls, 6);
  ASSERT_EQ(second->items.size(), 3u);
  for (const RecheckItem& item : second->items) EXPECT_FALSE(item.status_changed) << item.item_url;
  EXPECT_EQ(RecheckSummary(*second), "recheck: 3 items rechecked, none changed (3 still up)");
  // Only reported: nothing is left, and the line says why.
  RecheckOptions reported;
  reported.statuses = {HitStatus::kReported};
  auto none = RecheckReported(*store_, up, reported);
  ASSERT_TRUE(none.ok()) << none.status().message();
  EXPECT_EQ(calls, 6);
  EXPECT_EQ(RecheckSummary(*none),
            "recheck: 0 items with status reported (3 still_up: still_up not selected by --status)");
  // One taken down: the next recheck names what changed.
  RecheckFetcher one_gone = [&](const std::string& url) {
    RecheckFetch f = up(url);
    if (url.ends_with("/1")) f.http_status = 404;
    return f;
  };
  auto third = RecheckReported(*store_, one_gone, {});
  ASSERT_TRUE(third.ok()) << third.status().message();
  EXPECT_EQ(RecheckSummary(*third), "recheck: 3 items rechecked, 1 changed (1 taken down, 2 still up)");
  RecheckOptions jd;
  jd.platform = "jd";
  auto gone = RecheckReported(*store_, up, jd);
  ASSERT_TRUE(gone.ok()) << gone.status().message();
  EXPECT_EQ(RecheckSummary(*gone),
            "recheck: 0 items on platform jd with status reported or still_up (1 taken_down: nothing "
            "left to recheck)");
}

TEST_F(ExportTest, RecheckWithNothingReportedSaysWhatItSaw) {
  int calls = 0;
  RecheckFetcher fetch = [&](const std::string&) {
    ++calls;
    return RecheckFetch{};
  };
  auto fresh = RecheckReported(*store_, fetch, {});
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  EXPECT_EQ(RecheckSummary(*fresh),
            "recheck: 0 items with status reported or still_up (3 new: new items need review and "
            "export first)");
  ASSERT_TRUE(Confirm({hit_ids_[0]}).ok());
  auto some = RecheckReported(*store_, fetch, {});
  ASSERT_TRUE(some.ok()) << some.status().message();
  EXPECT_EQ(RecheckSummary(*some),
            "recheck: 0 items with status reported or still_up (2 new, 1 confirmed: confirmed items "
            "go out with export first)");
  RecheckOptions other;
  other.platform = "pinduoduo";
  auto empty = RecheckReported(*store_, fetch, other);
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_EQ(RecheckSummary(*empty),
            "recheck: 0 items on platform pinduoduo with status reported or still_up (no hits on "
            "platform pinduoduo at all)");
  EXPECT_EQ(calls, 0);
}

TEST(RecheckStatusesTest, DefaultsRepeatsAndNamesTheValidOnes) {
  auto d = ParseRecheckStatuses({});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, (std::vector<HitStatus>{HitStatus::kReported, HitStatus::kStillUp}));
  auto two = ParseRecheckStatuses({"still_up", "reported", "still_up"});
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(*two, (std::vector<HitStatus>{HitStatus::kStillUp, HitStatus::kReported}));
  auto bad = ParseRecheckStatuses({"reported", "gone"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "--status: unknown status 'gone' (valid: reported, still_up)");
  auto confirmed = ParseRecheckStatuses({"confirmed"});
  ASSERT_FALSE(confirmed.ok());
  EXPECT_EQ(confirmed.status().message(),
            "--status: cannot recheck confirmed hits (valid: reported, still_up)");
}

TEST(RecheckClassifyTest, RedirectToSearchPageIsRemoved) {
  RecheckFetch f;
  f.transport_ok = true;
  f.http_status = 200;
  f.final_url = "https://s.taobao.com/search?q=x";
  f.hops.resize(2);
  std::string why;
  EXPECT_EQ(ClassifyRecheck(f, {"包授权"}, {}, &why), RecheckVerdict::kRemoved);
  EXPECT_EQ(why, "redirected to a search page: https://s.taobao.com/search?q=x");
  f.hops.resize(1);
  f.final_url = "https://item.taobao.com/item.htm?id=1";
  f.decoded_body = "new text";
  EXPECT_EQ(ClassifyRecheck(f, {"包授权"}, {}, &why), RecheckVerdict::kChanged);
  f.http_status = 410;
  EXPECT_EQ(ClassifyRecheck(f, {"包授权"}, {}, &why), RecheckVerdict::kRemoved);
  f.transport_ok = false;
  f.error = "timeout";
  EXPECT_EQ(ClassifyRecheck(f, {"包授权"}, {}, &why), RecheckVerdict::kUnknown);
}

TEST(ExportConfigTest, ShippedExportTomlLoadsAndBadKeysAreNamed) {
  auto cfg = LoadExportConfig(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/notices/export.toml");
  ASSERT_TRUE(cfg.ok()) << cfg.status().message();
  EXPECT_EQ(cfg->route, NoticeRoute::kReferral);
  EXPECT_FALSE(cfg->sender.organization.empty());
  TempFolder dir;
  testing::WriteFile(dir.File("x.toml"), "[export]\nroute = \"referral\"\ncolour = \"red\"\n");
  auto bad = LoadExportConfig(dir.File("x.toml"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), dir.File("x.toml") + ":3:10: export.colour: unknown key");
  testing::WriteFile(dir.File("y.toml"), "[export]\nroute = \"letter\"\n");
  bad = LoadExportConfig(dir.File("y.toml"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            dir.File("y.toml") + ":2:9: export.route: expected \"referral\" or \"complaint\"");
  testing::WriteFile(dir.File("z.toml"), "[export]\nkey = \"k.pem\"\n[[export.attachments]]\npath = \"a.pdf\"\n");
  auto ok = LoadExportConfig(dir.File("z.toml"));
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->key_path, dir.File("k.pem"));
  EXPECT_EQ(ok->attachments.at(0).source_path, dir.File("a.pdf"));
}

}  // namespace
}  // namespace lantian::store
