#include "base/zlib_stream.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(ZlibStreamTest, GzipRoundTripAndMembers) {
  const std::string text(100000, 'x');
  const std::string gz = Gzip(text, 9);
  ASSERT_LT(gz.size(), text.size() / 10);
  auto back = GunzipAll(gz, 1 << 20);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, text);
  auto two = GunzipAll(Gzip("ab") + Gzip("cd"), 100);  // RFC 1952 §2.2 members
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(*two, "abcd");
}

TEST(ZlibStreamTest, CapAndCorruptionAreErrors) {
  const std::string gz = Gzip(std::string(5000, 'y'));
  auto capped = GunzipAll(gz, 4999);
  ASSERT_FALSE(capped.ok());
  EXPECT_EQ(capped.status().message(), "gzip data inflates past 4999 bytes");
  auto exact = GunzipAll(gz, 5000);
  EXPECT_TRUE(exact.ok());
  auto cut = GunzipAll(std::string_view(gz).substr(0, gz.size() / 2), 1 << 20);
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().message(), "truncated gzip data");
  auto junk = GunzipAll("not gzip at all", 1 << 20);
  ASSERT_FALSE(junk.ok());
  EXPECT_EQ(junk.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(junk.status().message(), "bad gzip data: incorrect header check");
}

TEST(ZlibStreamTest, StreamingInflateReportsCapAndShortInput) {
  std::string deflated;
  auto def = ZlibStream::Deflater(ZlibFormat::kRaw, 6);
  ASSERT_TRUE(def.ok());
  ASSERT_TRUE(def->Deflate("hello ", false, &deflated).ok());
  ASSERT_TRUE(def->Deflate("world", true, &deflated).ok());

  auto inf = ZlibStream::Inflater(ZlibFormat::kRaw);
  ASSERT_TRUE(inf.ok());
  std::string out;
  auto step = inf->Inflate(deflated, 5, &out);
  ASSERT_TRUE(step.ok());
  EXPECT_TRUE(step->output_capped);
  EXPECT_EQ(out, "hello");

  auto inf2 = ZlibStream::Inflater(ZlibFormat::kRaw);
  ASSERT_TRUE(inf2.ok());
  out.clear();
  step = inf2->Inflate(std::string_view(deflated).substr(0, deflated.size() - 2), 100, &out);
  ASSERT_TRUE(step.ok());
  EXPECT_FALSE(step->stream_end);
  EXPECT_TRUE(step->input_exhausted);
}

TEST(ZlibStreamTest, OneMemberAtATimeReportsWhereTheNextStarts) {
  const std::string a = Gzip(std::string(100000, 'a'));
  const std::string b = Gzip("bee");
  const std::string both = a + b;
  auto inf = ZlibStream::Inflater(ZlibFormat::kGzip);
  ASSERT_TRUE(inf.ok());
  // A capped call drops nothing: going on with the unconsumed input (and a
  // higher cap) yields the whole first member, then stops at its end.
  std::string out;
  std::string_view in = both;
  auto step = inf->Inflate(in, 1000, &out, /*multi_member=*/false);
  ASSERT_TRUE(step.ok());
  EXPECT_TRUE(step->output_capped);
  EXPECT_EQ(out.size(), 1000u);
  while (!step->stream_end) {
    in.remove_prefix(step->input_consumed);
    step = inf->Inflate(in, out.size() + 1000, &out, /*multi_member=*/false);
    ASSERT_TRUE(step.ok());
  }
  in.remove_prefix(step->input_consumed);
  EXPECT_EQ(out, std::string(100000, 'a'));
  EXPECT_EQ(in.size(), b.size());  // the second member starts here
  out.clear();
  step = inf->Inflate(in, 1 << 20, &out, /*multi_member=*/false);
  ASSERT_TRUE(step.ok());
  EXPECT_TRUE(step->stream_end);
  EXPECT_EQ(step->input_consumed, b.size());
  EXPECT_EQ(out, "bee");
}

}  // namespace
}  // namespace lantian::base
