#include "base/sha256.h"
#include "store/bundle/bundle.h"
#include "store/bundle/internal/crypto.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "store/bundle/signing.h"
#include "store/bundle/internal/warc.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

using testing::FixturePage;
using testing::ReadFile;
using testing::ReadZipEntry;
using testing::RewriteZip;
using testing::TempFolder;

size_t CountOf(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

class BundleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto k = SigningKey::Generate();
    ASSERT_TRUE(k.ok()) << k.status().message();
    key_ = std::make_unique<SigningKey>(std::move(*k));
    std::vector<FixturePage> pages = {
        {"https://item.taobao.com/item.htm?id=1001", "实用新型专利代写 包授权",
         "实用新型代写 包授权 不过全额退款"},
        {"https://item.taobao.com/item.htm?id=1002", "<script>alert(1)</script>发明专利加急",
         "发明专利 包授权 三个月下证"},
        {"https://item.taobao.com/item.htm?id=1003", "商标注册 \"快速\" 下证, 包授权",
         "商标 专利 包授权, 价格=99"},
    };
    testing::WriteFixtureCaptures(dir_.File("captures.warc.gz"), pages, &captures_, &items_);
    bundle_ = dir_.File("bundle.zip");
  }

  BundleSummary Write() {
    auto s = WriteBundle(bundle_, items_, captures_, testing::TestOptions(key_.get()));
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? *s : BundleSummary{};
  }

  BundleVerifyReport Verify(const std::string& path, BundleVerifyOptions options = {}) {
    auto r = VerifyBundle(path, options);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : BundleVerifyReport{};
  }

  // Rewrites the bundle into a copy with `edit` applied and verifies the copy.
  BundleVerifyReport Tampered(
      const std::function<bool(const std::string&, std::string*)>& edit,
      const std::map<std::string, std::string>& extra = {}, BundleVerifyOptions options = {}) {
    std::string copy = dir_.File("tampered.zip");
    RewriteZip(bundle_, copy, edit, extra);
    return Verify(copy, options);
  }

  TempFolder dir_;
  std::unique_ptr<SigningKey> key_;
  std::vector<BundleCapture> captures_;
  std::vector<BundleItem> items_;
  std::string bundle_;
};

TEST_F(BundleTest, RoundTripVerifies) {
  BundleSummary s = Write();
  EXPECT_EQ(s.items, 3u);
  EXPECT_EQ(s.captures, 3u);
  EXPECT_EQ(s.warc_records, 9u);
  BundleVerifyReport r = Verify(bundle_);
  ASSERT_TRUE(r.ok()) << r.failures.front();
  EXPECT_TRUE(r.signature_valid);
  EXPECT_EQ(r.warc_records, 9u);
  EXPECT_EQ(r.public_key, key_->PublicKeySpkiBase64());
  EXPECT_NE(r.Summary().find("bundle OK: "), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(bundle_ + ".partial"));
}

TEST_F(BundleTest, RewrittenUnchangedCopyStillVerifies) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string&, std::string*) { return true; });
  EXPECT_TRUE(r.ok()) << r.failures.front();
}

TEST_F(BundleTest, IsAWacz111) {
  Write();
  auto dp = nlohmann::json::parse(ReadZipEntry(bundle_, "datapackage.json"));
  EXPECT_EQ(dp["profile"], "data-package");
  EXPECT_EQ(dp["wacz_version"], "1.1.1");
  EXPECT_EQ(dp["mainPageUrl"], "https://item.taobao.com/item.htm?id=1001");
  EXPECT_EQ(dp["mainPageDate"], "2026-11-25T01:00:00Z");
  std::set<std::string> paths;
  for (const auto& r : dp["resources"]) {
    paths.insert(r["path"]);
    EXPECT_TRUE(r["hash"].get<std::string>().starts_with("sha256:"));
  }
  for (const char* p : {"archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl",
                        "notice.html", "notice.csv", "README.txt", "manifest-sha256.txt"}) {
    EXPECT_TRUE(paths.contains(p)) << p;
  }
  std::string pages = ReadZipEntry(bundle_, "pages/pages.jsonl");
  EXPECT_EQ(pages.substr(0, pages.find('\n')),
            R"({"format":"json-pages-1.0","id":"pages","title":"All Pages"})");
  std::string cdx = ReadZipEntry(bundle_, "indexes/index.cdxj");
  EXPECT_EQ(std::count(cdx.begin(), cdx.end(), '\n'), 3);
  EXPECT_TRUE(cdx.starts_with("com,taobao,item)/item.htm?id=1001 20261125010000 {"));
  auto digest = nlohmann::json::parse(ReadZipEntry(bundle_, "datapackage-digest.json"));
  EXPECT_EQ(digest["path"], "datapackage.json");
  EXPECT_EQ(digest["signedData"]["version"], "0.1.0");
  EXPECT_EQ(digest["signedData"]["hash"], digest["hash"]);
  std::string out;
  // WARC and CDXJ are stored, the rest deflated (WACZ 1.1.1).
  ASSERT_EQ(testing::RunCommand("unzip -v " + bundle_, &out), 0) << out;
  EXPECT_NE(out.find("Stored"), std::string::npos);
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    if (line.ends_with("archive/data.warc.gz") || line.ends_with("indexes/index.cdxj")) {
      EXPECT_NE(line.find("Stored"), std::string::npos) << line;
    }
    if (line.ends_with("notice.html")) {
      EXPECT_NE(line.find("Defl"), std::string::npos) << line;
    }
  }
}

TEST_F(BundleTest, WarcHoldsExactlyTheCitedRecordsByteExact) {
  // Only two of the three captures are cited.
  items_.erase(items_.begin() + 1);
  Write();
  std::string warc = ReadZipEntry(bundle_, "archive/data.warc.gz");
  std::string source = ReadFile(dir_.File("captures.warc.gz"));
  const WarcRange& a = captures_[0].ranges[0];
  const WarcRange& c = captures_[2].ranges[0];
  EXPECT_EQ(warc, source.substr(a.offset, a.length) + source.substr(c.offset, c.length));
}

TEST_F(BundleTest, ScriptInTitleIsEscapedInNotice) {
  Write();
  std::string html = ReadZipEntry(bundle_, "notice.html");
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;发明专利加急"), std::string::npos);
  // Chinese first, English after.
  EXPECT_LT(html.find("关于移送网络交易平台违法信息的函"), html.find("Referral of Illegal Information"));
  EXPECT_NE(html.find("<mark>包授权</mark>"), std::string::npos);
  EXPECT_NE(html.find("2026年11月25日 09:00（北京时间）"), std::string::npos);  // CST
  EXPECT_NE(html.find("2026-11-25T01:00:00Z"), std::string::npos);             // UTC
  EXPECT_NE(html.find("知监函〔2026〕12号"), std::string::npos);
  EXPECT_NE(html.find("阿里巴巴知识产权保护平台"), std::string::npos);
  EXPECT_NE(html.find("包授权 / 违规承诺结果"), std::string::npos);
}

TEST_F(BundleTest, ModelFoundEvidenceIsMarkedInBothNotices) {
  ASSERT_FALSE(items_[1].hits.empty());
  BundleHit& h = items_[1].hits.front();
  h.source = "model";
  h.rule_id = "model." + h.category;
  h.score = 0.934;
  const std::string marker = "由学习模型检出，得分 0.93";
  for (NoticeRoute route : {NoticeRoute::kReferral, NoticeRoute::kComplaint}) {
    BundleOptions o = testing::TestOptions(key_.get());
    o.route = route;
    auto s = WriteBundle(bundle_, items_, captures_, o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    std::string html = ReadZipEntry(bundle_, "notice.html");
    ASSERT_EQ(CountOf(html, marker), 1u) << "route " << static_cast<int>(route);  // the one model hit only
    EXPECT_NE(html.find("found by the learned model, score 0.93"), std::string::npos);
    EXPECT_GT(html.find(marker), html.find("发明专利加急"));  // under the second listing
  }
}

// A listing with a screenshot: the PNG is a file of the bundle (in the
// manifest and the signed datapackage) and both notices show it under that
// listing; a listing without one shows none.
TEST_F(BundleTest, ScreenshotIsAFileOfTheBundleAndShownUnderItsListing) {
  const std::string png("\x89PNG\r\n\x1a\nnot-really", 18);
  items_[1].screenshot_png = png;
  for (NoticeRoute route : {NoticeRoute::kReferral, NoticeRoute::kComplaint}) {
    BundleOptions o = testing::TestOptions(key_.get());
    o.route = route;
    auto s = WriteBundle(bundle_, items_, captures_, o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_EQ(ReadZipEntry(bundle_, "screenshots/2.png"), png);
    EXPECT_NE(ReadZipEntry(bundle_, "manifest-sha256.txt").find("  screenshots/2.png\n"), std::string::npos);
    EXPECT_NE(ReadZipEntry(bundle_, "datapackage.json").find("\"path\": \"screenshots/2.png\""), std::string::npos);
    const std::string html = ReadZipEntry(bundle_, "notice.html");
    // Inline (the notice's CSP allows data: images only), and named by its file.
    ASSERT_EQ(CountOf(html, "<img class=\"shot\" src=\"data:image/png;base64,"), 1u) << "route " << static_cast<int>(route);
    const size_t img = html.find("src=\"data:image/png;base64," + internal::Base64Encode(png) + "\"");
    EXPECT_GT(img, html.find("发明专利加急"));
    EXPECT_LT(img, html.find("screenshots/2.png"));
    EXPECT_LT(html.find("screenshots/2.png"), html.find("商标注册"));
    BundleVerifyReport r = Verify(bundle_);
    EXPECT_TRUE(r.ok()) << r.failures.front();
  }
  // Swapping the picture breaks the bundle.
  BundleVerifyReport r = Tampered([](const std::string& name, std::string* data) {
    if (name == "screenshots/2.png") data->back() ^= 1;
    return true;
  });
  EXPECT_FALSE(r.ok());
}

TEST_F(BundleTest, ComplaintRouteUsesComplaintTemplate) {
  BundleOptions o = testing::TestOptions(key_.get());
  o.route = NoticeRoute::kComplaint;
  auto s = WriteBundle(bundle_, items_, captures_, o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  std::string html = ReadZipEntry(bundle_, "notice.html");
  EXPECT_NE(html.find("知识产权侵权投诉通知书"), std::string::npos);
  EXPECT_NE(html.find("第一千一百九十五条"), std::string::npos);
}

TEST_F(BundleTest, CsvHasBomQuotingAndOneRowPerItem) {
  Write();
  std::string csv = ReadZipEntry(bundle_, "notice.csv");
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFno,platform,"));
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);  // header + 3 items
  EXPECT_NE(csv.find("\"商标注册 \"\"快速\"\" 下证, 包授权\""), std::string::npos);
  EXPECT_NE(csv.find("2026年11月25日 09:00"), std::string::npos);
}

TEST_F(BundleTest, FlippedByteInWarcFailsWithShaMismatch) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string& name, std::string* data) {
    if (name == "archive/data.warc.gz") (*data)[data->size() / 2] ^= 0x01;
    return true;
  });
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.failures[0].starts_with(
      "archive/data.warc.gz: sha256 mismatch: datapackage.json says sha256:"))
      << r.failures[0];
}

TEST_F(BundleTest, FlippedByteInZipFileFails) {
  Write();
  std::string data = ReadFile(bundle_);
  // A byte inside the index's data (stored, so its name's local header is
  // followed by the text itself), not in a header field.
  size_t at = data.find("indexes/index.cdxj");
  ASSERT_NE(at, std::string::npos);
  data[at + 300] ^= 0x20;
  std::string copy = dir_.File("flipped.zip");
  testing::WriteFile(copy, data);
  BundleVerifyReport r = Verify(copy);
  ASSERT_EQ(r.failures.size(), 1u);
  // The byte lands in the index entry; the CRC values depend on zlib's output.
  EXPECT_TRUE(r.failures[0].starts_with("indexes/index.cdxj: cannot read entry: ZIP bad CRC: 0x"))
      << r.failures[0];
}

// Where entry `name`'s local header starts, from the central directory
// (APPNOTE.TXT §4.3.12: local header offset at byte 42, name at 46).
size_t LocalHeaderOffset(const std::string& zip, const std::string& name) {
  auto u16 = [&](size_t at) { return size_t(uint8_t(zip[at]) | uint8_t(zip[at + 1]) << 8); };
  for (size_t at = zip.find("PK\x01\x02"); at != std::string::npos; at = zip.find("PK\x01\x02", at + 4)) {
    if (at + 46 + name.size() <= zip.size() && u16(at + 28) == name.size() && zip.compare(at + 46, name.size(), name) == 0) {
      return u16(at + 42) | u16(at + 44) << 16;
    }
  }
  ADD_FAILURE() << name << ": not in the central directory";
  return 0;
}

// Where each entry's compressed data ends, from the central directory
// (compressed size at byte 20) and the local header's name and extra lengths.
std::vector<size_t> EntryDataEnds(const std::string& zip) {
  auto u16 = [&](size_t at) { return size_t(uint8_t(zip[at]) | uint8_t(zip[at + 1]) << 8); };
  const size_t eocd = zip.rfind("PK\x05\x06");
  std::vector<size_t> ends;
  if (eocd == std::string::npos) return ends;
  size_t at = u16(eocd + 16) | u16(eocd + 18) << 16;
  for (size_t n = u16(eocd + 10); n > 0 && at + 46 <= zip.size(); --n) {
    const size_t local = u16(at + 42) | u16(at + 44) << 16;
    const size_t csize = u16(at + 20) | u16(at + 22) << 16;
    ends.push_back(local + 30 + u16(local + 26) + u16(local + 28) + csize);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return ends;
}

// Issue 13: a flipped byte in a local header went unnoticed while the
// central directory was intact (libarchive reads entries through it).
TEST_F(BundleTest, Issue13_EveryByteOfALocalHeaderIsChecked) {
  Write();
  const std::string clean = ReadFile(bundle_);
  ASSERT_TRUE(Verify(bundle_).ok());
  const size_t at = LocalHeaderOffset(clean, "pages/pages.jsonl");
  const size_t name_bytes = size_t(uint8_t(clean[at + 26]) | uint8_t(clean[at + 27]) << 8);
  const size_t extra_bytes = size_t(uint8_t(clean[at + 28]) | uint8_t(clean[at + 29]) << 8);
  ASSERT_EQ(clean.compare(at + 30, name_bytes, "pages/pages.jsonl"), 0);
  ASSERT_GT(extra_bytes, 0u);  // libarchive writes a timestamp and a Unix uid/gid record
  const std::string copy = dir_.File("flipped.zip");
  for (size_t i = at; i < at + 30 + name_bytes + extra_bytes; ++i) {
    for (char mask : {'\x01', '\x80'}) {
      std::string data = clean;
      data[i] ^= mask;
      testing::WriteFile(copy, data);
      BundleVerifyReport r = Verify(copy);
      ASSERT_FALSE(r.ok()) << "byte " << i - at << " of the local header, mask " << int(uint8_t(mask));
      EXPECT_TRUE(r.failures[0].starts_with("pages/pages.jsonl: local header "))
          << "byte " << i - at << ": " << r.failures[0];
    }
  }
  auto first_failure = [&](size_t offset, char mask) {
    std::string data = clean;
    data[at + offset] ^= mask;
    testing::WriteFile(copy, data);
    BundleVerifyReport r = Verify(copy);
    return r.failures.empty() ? std::string() : r.failures[0];
  };
  EXPECT_EQ(first_failure(30 + 6, 'p' ^ 'q'),
            "pages/pages.jsonl: local header name is 'pages/qages.jsonl', the central directory says "
            "'pages/pages.jsonl'");
  EXPECT_EQ(first_failure(26, 1),
            "pages/pages.jsonl: local header name length is 16, the central directory says 17");
  EXPECT_EQ(first_failure(8, 1), "pages/pages.jsonl: local header compression method is 9, the central directory says 8");
  EXPECT_TRUE(first_failure(14, 1).starts_with("pages/pages.jsonl: local header CRC-32 is 0x"));
  EXPECT_TRUE(first_failure(22, 1).starts_with("pages/pages.jsonl: local header uncompressed size is "));
  EXPECT_EQ(first_failure(30 + name_bytes + 1, 1),
            "pages/pages.jsonl: local header extra field record 1 (0x5555) is not the central directory's (0x5455)");
  EXPECT_EQ(first_failure(30 + name_bytes + extra_bytes - 1, 1),
            "pages/pages.jsonl: local header extra field record 2 (0x7875) differs from the central directory");
}

TEST_F(BundleTest, Issue13_FlippedBytesAcrossTheFileAllFail) {
  Write();
  const std::string clean = ReadFile(bundle_);
  const std::string copy = dir_.File("flipped.zip");
  // About 400 offsets spread over every part of the file: local headers,
  // data, data descriptors, the central directory and its end record.
  const size_t step = std::max<size_t>(1, clean.size() / 400);
  std::vector<size_t> offsets;
  for (size_t i = 0; i < clean.size(); i += step) offsets.push_back(i);
  for (size_t i = clean.size() - 22; i < clean.size(); ++i) offsets.push_back(i);
  // The last two bytes of each entry's data: a deflate stream's last byte
  // holds padding bits that decode to nothing.
  const std::vector<size_t> ends = EntryDataEnds(clean);
  ASSERT_EQ(ends.size(), 9u);
  for (size_t end : ends) offsets.insert(offsets.end(), {end - 2, end - 1});
  for (size_t i : offsets) {
    for (char mask : {'\x01', '\x80'}) {
      std::string data = clean;
      data[i] ^= mask;
      testing::WriteFile(copy, data);
      auto r = VerifyBundle(copy, {});
      ASSERT_TRUE(r.ok()) << r.status().message();
      ASSERT_FALSE(r->ok()) << "flipped byte (mask " << int(uint8_t(mask)) << ") at offset " << i << " of "
                            << clean.size() << " went unnoticed";
      EXPECT_FALSE(r->failures[0].empty());
    }
  }
}

TEST_F(BundleTest, Issue13_BytesBetweenEntriesOrAfterTheEndFail) {
  Write();
  const std::string clean = ReadFile(bundle_);
  const size_t eocd = clean.rfind("PK\x05\x06");
  ASSERT_NE(eocd, std::string::npos);
  auto u32 = [](const std::string& d, size_t at) {
    return uint32_t(uint8_t(d[at])) | uint32_t(uint8_t(d[at + 1])) << 8 | uint32_t(uint8_t(d[at + 2])) << 16 |
           uint32_t(uint8_t(d[at + 3])) << 24;
  };
  const uint32_t cd = u32(clean, eocd + 16);
  // Five bytes slipped in before the central directory, its offset moved to
  // match: every entry still reads, but the bytes belong to none.
  std::string data = clean.substr(0, cd) + "JUNK!" + clean.substr(cd);
  const uint32_t moved = cd + 5;
  for (int k = 0; k < 4; ++k) data[eocd + 5 + 16 + size_t(k)] = char(moved >> (8 * k) & 0xff);
  const std::string copy = dir_.File("junk.zip");
  testing::WriteFile(copy, data);
  BundleVerifyReport r = Verify(copy);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "ZIP: 5 unlisted bytes before the central directory (after datapackage-digest.json), offsets " +
                               std::to_string(cd) + " to " + std::to_string(moved));
  testing::WriteFile(copy, clean + "tail");
  r = Verify(copy);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "ZIP: end-of-central-directory record (offset " + std::to_string(eocd) +
                               ", comment 0 bytes) does not end the file: 4 trailing bytes");
}

TEST_F(BundleTest, RemovedFileFails) {
  Write();
  BundleVerifyReport r =
      Tampered([](const std::string& name, std::string*) { return name != "notice.csv"; });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "notice.csv: listed in datapackage.json but missing from the bundle");
}

TEST_F(BundleTest, AddedFileFails) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string&, std::string*) { return true; },
                                  {{"extra.txt", "hello"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "extra.txt: not listed in datapackage.json");
}

TEST_F(BundleTest, EditedCsvFails) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string& name, std::string* data) {
    if (name == "notice.csv") data->replace(data->find("¥99"), 4, "¥10");
    return true;
  });
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.failures[0].starts_with("notice.csv: sha256 mismatch: datapackage.json says sha256:"))
      << r.failures[0];
  EXPECT_EQ(r.failures.size(), 1u);
}

TEST_F(BundleTest, SwappedPublicKeyFails) {
  Write();
  auto other = SigningKey::Generate();
  ASSERT_TRUE(other.ok());
  std::string mine = key_->PublicKeySpkiBase64();
  std::string theirs = other->PublicKeySpkiBase64();
  auto swap = [&](const std::string& name, std::string* data) {
    if (name == "datapackage-digest.json") data->replace(data->find(mine), mine.size(), theirs);
    return true;
  };
  BundleVerifyReport r = Tampered(swap);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "signature: signature does not verify against publicKey");

  BundleVerifyOptions trust;
  trust.trusted_public_key = mine;
  r = Tampered(swap, {}, trust);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_TRUE(r.failures[1].starts_with("signature: publicKey is not the trusted key")) << r.failures[1];
}

TEST_F(BundleTest, ResignedWithOtherKeyFailsOnlyAgainstTrustedKey) {
  Write();
  auto other = SigningKey::Generate();
  ASSERT_TRUE(other.ok());
  std::string trusted = other->PublicKeySpkiBase64();
  BundleVerifyOptions trust;
  trust.trusted_public_key = trusted;
  BundleVerifyReport r = Verify(bundle_, trust);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_TRUE(r.failures[0].starts_with("signature: publicKey is not the trusted key (bundle key "));
  trust.trusted_public_key = key_->PublicKeySpkiBase64();
  r = Verify(bundle_, trust);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.key_trusted);
}

TEST_F(BundleTest, ParentDirectoryEntryIsRefused) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string&, std::string*) { return true; },
                                  {{"../x", "escape"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "../x: unsafe entry name (parent directory (..) in path); refused");
}

TEST_F(BundleTest, AbsolutePathEntryIsRefused) {
  Write();
  BundleVerifyReport r = Tampered([](const std::string&, std::string*) { return true; },
                                  {{"/tmp/evil", "escape"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], "/tmp/evil: unsafe entry name (absolute path); refused");
}

TEST_F(BundleTest, NotAZipIsAFailureNotACrash) {
  std::string path = dir_.File("not.zip");
  testing::WriteFile(path, "this is not a zip file at all");
  BundleVerifyReport r = Verify(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0], path + ": not a readable ZIP: Unrecognized archive format");
}

TEST_F(BundleTest, MissingFileIsAnIoError) {
  auto r = VerifyBundle(dir_.File("absent.zip"), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), dir_.File("absent.zip") + ": cannot open: No such file or directory");
}

TEST_F(BundleTest, CorruptStoredRecordStopsExport) {
  // A stored record whose block digest is wrong.
  std::string tampered_path = dir_.File("bad.warc.gz");
  std::string block = "HTTP/1.1 200 OK\r\n\r\nhi";
  // Build a record by hand with a wrong digest.
  std::string rec =
      "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad>\r\nWARC-Date: "
      "2026-11-25T00:00:00Z\r\nWARC-Target-URI: https://x.test/\r\nContent-Type: "
      "application/http;msgtype=response\r\nWARC-Block-Digest: sha256:"
      "0000000000000000000000000000000000000000000000000000000000000000\r\nContent-Length: " +
      std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  {
    std::string scratch = dir_.File("scratch");
    testing::WriteFile(scratch, rec);
    std::string out;
    ASSERT_EQ(testing::RunCommand("gzip -c " + scratch + " > " + tampered_path, &out), 0) << out;
  }
  captures_[0].ranges = {WarcRange{tampered_path, 0, std::filesystem::file_size(tampered_path)}};
  auto s = WriteBundle(bundle_, items_, captures_, testing::TestOptions(key_.get()));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(s.status().message(),
            "capture 1 (" + tampered_path + "): stored WARC record <urn:uuid:bad>: WARC-Block-Digest "
            "mismatch (header sha256:" + std::string(64, '0') + ", block sha256:" +
            base::Sha256Hex(block) + ")");
  EXPECT_FALSE(std::filesystem::exists(bundle_));
}

TEST_F(BundleTest, UnknownCaptureKeyIsBadInput) {
  items_[0].capture_key = "nope";
  auto s = WriteBundle(bundle_, items_, captures_, testing::TestOptions(key_.get()));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(),
            "export: item https://item.taobao.com/item.htm?id=1001 cites unknown capture 'nope'");
}

TEST_F(BundleTest, AttachmentsAreCopiedAndHashed) {
  std::string licence = dir_.File("licence.pdf");
  testing::WriteFile(licence, "%PDF-1.4 fake licence");
  BundleOptions o = testing::TestOptions(key_.get());
  o.attachments.push_back({licence, "", "营业执照 / business licence"});
  auto s = WriteBundle(bundle_, items_, captures_, o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(ReadZipEntry(bundle_, "attachments/licence.pdf"), "%PDF-1.4 fake licence");
  EXPECT_TRUE(Verify(bundle_).ok());
  o.attachments[0].name = "../../etc/passwd";
  s = WriteBundle(bundle_, items_, captures_, o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(),
            "attachment '../../etc/passwd': parent directory (..) in path");
}

TEST_F(BundleTest, ReadmeCommandsVerifyWithShaSumAndOpenssl) {
  Write();
  std::string out;
  std::string unpack = dir_.File("unpacked");
  ASSERT_EQ(testing::RunCommand("mkdir " + unpack + " && cd " + unpack + " && unzip -q " + bundle_,
                                &out),
            0)
      << out;
  // The commands as README.txt gives them (steps 2-4).
  std::string readme = ReadFile(unpack + "/README.txt");
  std::string script;
  std::istringstream lines(readme);
  bool continued = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("     ") || continued) {
      std::string cmd = line.substr(line.find_first_not_of(' '));
      if (cmd.starts_with("mkdir ") || cmd.starts_with("openssl ts") || cmd.starts_with("-untrusted") ||
          cmd.starts_with("echo")) {
        continued = cmd.ends_with("\\");
        continue;
      }
      script += cmd + "\n";
      continued = cmd.ends_with("\\");
    }
  }
  testing::WriteFile(unpack + "/check.sh", "set -e\n" + script);
  ASSERT_EQ(testing::RunCommand("cd " + unpack + " && bash check.sh", &out), 0) << script << out;
  EXPECT_NE(out.find("notice.csv: OK"), std::string::npos) << out;
  EXPECT_NE(out.find("Verified OK"), std::string::npos) << out;
}

TEST_F(BundleTest, WarcioParsesBundleWarc) {
  std::string warcio = std::string(LANTIAN_TOOLS_NODE_MODULES) + "/warcio";
  if (!std::filesystem::exists(warcio)) GTEST_SKIP() << "npm warcio not installed at " << warcio;
  std::string out;
  if (testing::RunCommand("node --version", &out) != 0) GTEST_SKIP() << "node not installed";
  Write();
  std::string warc = dir_.File("data.warc.gz");
  testing::WriteFile(warc, ReadZipEntry(bundle_, "archive/data.warc.gz"));
  std::string script = dir_.File("check.mjs");
  testing::WriteFile(script, R"JS(
import { WARCParser } from ")JS" + warcio + R"JS(/dist/index.js";
import fs from "node:fs";
const parser = new WARCParser(fs.createReadStream(process.argv[2]));
let n = 0; const types = [];
for await (const record of parser) {
  await record.readFully();
  types.push(record.warcType);
  n++;
}
console.log("records " + n + " " + types.join(","));
)JS");
  int rc = testing::RunCommand("node " + script + " " + warc, &out);
  if (rc != 0 && out.find("Cannot find") != std::string::npos) {
    GTEST_SKIP() << "warcio module layout not as expected: " << out;
  }
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("records 9 request,response,metadata,request,response,metadata"),
            std::string::npos)
      << out;
}

TEST(WarcScannerTest, ReportsBlockDigestMismatch) {
  std::string rec =
      "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:r>\r\nWARC-Date: "
      "2026-11-25T00:00:00Z\r\nWARC-Target-URI: urn:x\r\nContent-Type: text/plain\r\n"
      "WARC-Block-Digest: sha256:0000000000000000000000000000000000000000000000000000000000000000"
      "\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n";
  std::vector<internal::WarcRecordInfo> seen;
  internal::WarcGzScanner scanner([&](const internal::WarcRecordInfo& r) {
    seen.push_back(r);
    return Status::Ok();
  });
  TempFolder dir;
  testing::WriteFile(dir.File("r"), rec);
  std::string out;
  ASSERT_EQ(testing::RunCommand("gzip -c " + dir.File("r") + " > " + dir.File("r.gz"), &out), 0);
  std::string gz = ReadFile(dir.File("r.gz"));
  // Feed byte by byte: chunking must not matter.
  for (char c : gz) ASSERT_TRUE(scanner.Feed(std::string_view(&c, 1)).ok());
  ASSERT_TRUE(scanner.Finish().ok());
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].length, gz.size());
  ASSERT_EQ(seen[0].problems.size(), 1u);
  EXPECT_TRUE(seen[0].problems[0].starts_with("WARC-Block-Digest mismatch"));
}

TEST(WarcScannerTest, TruncatedMemberIsCorruption) {
  std::string gz = testing::GzipWarcRecord("resource", "urn:x", "2026-11-25T00:00:00Z", "text/plain",
                                           "hello", "<urn:uuid:r>", false);
  internal::WarcGzScanner scanner([](const internal::WarcRecordInfo&) { return Status::Ok(); });
  ASSERT_TRUE(scanner.Feed(std::string_view(gz).substr(0, gz.size() - 5)).ok());
  Status s = scanner.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "truncated gzip member in record 0 at offset 0");
}

}  // namespace
}  // namespace lantian::store
