#include "store/warc_writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "base/zlib_stream.h"
#include "store/store.h"
#include "store/warc_reader.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::TempDir;

std::vector<std::string> WarcFiles(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.ends_with(suffix)) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

WarcRecordSpec ResponseSpec(const std::string& url, const std::string& head, const std::string& body) {
  WarcRecordSpec spec;
  spec.type = "response";
  spec.target_uri = url;
  spec.date = "2026-11-25T16:00:00.123Z";
  spec.content_type = "application/http;msgtype=response";
  spec.block_parts = {head, body};
  spec.payload_offset = static_cast<int64_t>(head.size());
  spec.index = true;
  spec.http_status = 200;
  spec.mime = "text/html";
  return spec;
}

TEST(WarcWriterTest, WarcinfoOpensFileAndRecordsReadBackByOffset) {
  TempDir dir;
  WarcWriterOptions opts;
  opts.dir = dir.path();
  opts.hostname = "testhost";
  auto writer = WarcWriter::Open(opts);
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  std::string head = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
  std::string body = "hello";
  auto loc = (*writer)->Append(ResponseSpec("http://www.example.org/a?b=1", head, body));
  ASSERT_TRUE(loc.ok()) << loc.status().message();
  EXPECT_GT(loc->offset, 0);  // after the warcinfo record
  EXPECT_EQ(loc->payload_digest, "sha256:" + Sha256Hex(body));
  EXPECT_EQ(loc->block_digest, "sha256:" + Sha256Hex(head + body));

  // While open, the file carries the .open suffix.
  std::string open_path = dir.File(loc->filename + ".open");
  ASSERT_TRUE(std::filesystem::exists(open_path));
  ASSERT_TRUE((*writer)->Close().ok());
  EXPECT_FALSE(std::filesystem::exists(open_path));
  std::string path = dir.File(loc->filename);
  ASSERT_TRUE(std::filesystem::exists(path));
  EXPECT_TRUE(loc->filename.starts_with("lantian-"));
  EXPECT_TRUE(loc->filename.ends_with("-00000-testhost.warc.gz"));

  auto rec = ReadRecord(path, loc->offset, loc->length);
  ASSERT_TRUE(rec.ok()) << rec.status().message();
  EXPECT_EQ(rec->version, "WARC/1.1");
  EXPECT_EQ(rec->Field("WARC-Type"), "response");
  EXPECT_EQ(rec->Field("warc-target-uri"), "http://www.example.org/a?b=1");
  EXPECT_EQ(rec->block, head + body);
  EXPECT_EQ(Sha256Hex(*ReadRawBytes(path, loc->offset, loc->length)), loc->stored_sha256);

  std::vector<std::string> types;
  ASSERT_TRUE(ForEachRecord(path, [&](int64_t off, int64_t len, const WarcRecord& r) {
                types.emplace_back(r.Field("WARC-Type"));
                if (types.size() == 2) {
                  EXPECT_EQ(off, loc->offset);
                  EXPECT_EQ(len, loc->length);
                }
                return Status::Ok();
              }).ok());
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(types[0], "warcinfo");

  std::ifstream cdxj(path + ".cdxj");
  std::string line;
  ASSERT_TRUE(std::getline(cdxj, line));
  EXPECT_TRUE(line.starts_with("org,example)/a?b=1 20261125160000 {")) << line;
  EXPECT_NE(line.find("\"offset\":\"" + std::to_string(loc->offset) + "\""), std::string::npos);
}

TEST(WarcWriterTest, RotatesPastConfiguredSizeAndSortsCdxj) {
  TempDir dir;
  WarcWriterOptions opts;
  opts.dir = dir.path();
  opts.hostname = "h";
  opts.rotate_bytes = 2000;
  auto writer = WarcWriter::Open(opts);
  ASSERT_TRUE(writer.ok());
  // Incompressible body, so each record passes rotate_bytes on its own.
  std::string body(4000, 'x');
  uint32_t seed = 1;
  for (char& c : body) {
    seed = seed * 1103515245u + 12345u;
    c = static_cast<char>(seed >> 16);
  }
  for (int i = 0; i < 6; ++i) {
    std::string url = "http://" + std::string(1, static_cast<char>('z' - i)) + ".example/";
    ASSERT_TRUE((*writer)->Append(ResponseSpec(url, "HTTP/1.1 200 OK\r\n\r\n", body)).ok());
  }
  ASSERT_TRUE((*writer)->Close().ok());
  auto files = WarcFiles(dir.path(), ".warc.gz");
  EXPECT_EQ(files.size(), 6u);
  EXPECT_TRUE(WarcFiles(dir.path(), ".open").empty());
  for (const auto& f : files) {
    int n = 0;
    std::string first_type;
    ASSERT_TRUE(ForEachRecord(f, [&](int64_t, int64_t, const WarcRecord& r) {
                  if (n++ == 0) first_type = r.Field("WARC-Type");
                  return Status::Ok();
                }).ok());
    EXPECT_EQ(first_type, "warcinfo");
  }
}

TEST(WarcWriterTest, CdxjSurtReversesHostAndDropsScheme) {
  EXPECT_EQ(CdxjSurt("https://www.Example.org/index.html"), "org,example)/index.html");
  EXPECT_EQ(CdxjSurt("http://item.taobao.com/item.htm?id=1"), "com,taobao,item)/item.htm?id=1");
  EXPECT_EQ(CdxjSurt("http://127.0.0.1:8080"), "1,0,0,127:8080)/");
  EXPECT_EQ(CdxjSurt("https://www.Example.org:8443/a?b#c"), "org,example:8443)/a?b");
  EXPECT_EQ(CdxjSurt("http://user@example.org:80?q"), "org,example)/?q");
  EXPECT_EQ(CdxjTimestamp("2026-11-25T16:00:00.123Z"), "20261125160000");
  EXPECT_EQ(CdxjTimestamp("2026-11-25"), "20261125000000");
}

TEST(WarcWriterTest, RecoverOpenFilesCutsHalfWrittenTailAndRenames) {
  TempDir dir;
  WarcWriterOptions opts;
  opts.dir = dir.path();
  opts.hostname = "h";
  std::string filename;
  int64_t good_end = 0;
  {
    auto writer = WarcWriter::Open(opts);
    ASSERT_TRUE(writer.ok());
    auto loc = (*writer)->Append(ResponseSpec("http://a.example/", "HTTP/1.1 200 OK\r\n\r\n", "body"));
    ASSERT_TRUE(loc.ok());
    ASSERT_TRUE((*writer)->Flush(true).ok());
    filename = loc->filename;
    good_end = loc->offset + loc->length;
    // Simulate a crash: copy the .open file aside, with half a member after it.
    std::filesystem::copy_file(dir.File(filename + ".open"), dir.File("crash.open.bak"));
    std::ofstream(dir.File("crash.open.bak"), std::ios::app) << "\x1f\x8b\x08\x00garbage";
  }
  // The writer closed normally; put the crashed copy back as an .open file.
  std::filesystem::remove(dir.File(filename));
  std::filesystem::rename(dir.File("crash.open.bak"), dir.File(filename + ".open"));
  ASSERT_TRUE(WarcWriter::RecoverOpenFiles(dir.path()).ok());
  ASSERT_TRUE(std::filesystem::exists(dir.File(filename)));
  EXPECT_EQ(static_cast<int64_t>(std::filesystem::file_size(dir.File(filename))), good_end);
  EXPECT_TRUE(ForEachRecord(dir.File(filename), [](int64_t, int64_t, const WarcRecord&) {
                return Status::Ok();
              }).ok());
}

TEST(WarcReaderTest, TruncatedMemberIsReportedWithItsOffset) {
  TempDir dir;
  const std::string gz = base::Gzip("WARC/1.1\r\nContent-Length: 0\r\n\r\n\r\n\r\n", 1);
  std::ofstream(dir.File("t.warc.gz"), std::ios::binary) << gz << gz.substr(0, gz.size() / 2);
  Status s = ForEachRecord(dir.File("t.warc.gz"),
                           [](int64_t, int64_t, const WarcRecord&) { return Status::Ok(); });
  EXPECT_EQ(s.message(), dir.File("t.warc.gz") + ": offset " + std::to_string(gz.size()) +
                             ": truncated gzip member");
}

TEST(WarcReaderTest, MissingFileIsAClearError) {
  auto r = ReadRecord("/nonexistent/x.warc.gz", 0, 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent/x.warc.gz: cannot open: No such file or directory");
}

// Found by bench/fuzz/warc_fuzz: 20 digits overflowed int64 (undefined behaviour).
TEST(WarcReaderTest, ContentLengthPastInt64IsCorruption) {
  auto r = ParseWarcRecord("WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nx");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(r.status().message(), "bad Content-Length: 99999999999999999999");
}

// Found by bench/fuzz/warc_fuzz in CI: an empty value was read as length 0.
TEST(WarcReaderTest, EmptyContentLengthIsCorruption) {
  auto r = ParseWarcRecord("WARC/1.1\r\nContent-Length:  \r\n\r\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(r.status().message(), "empty Content-Length");
}

}  // namespace
}  // namespace lantian::store
