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
  ASSERT_TRUE(exact.ok()) << exact.status().message();
  EXPECT_EQ(*exact, std::string(5000, 'y'));
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

TEST(ZlibStreamTest, StreamingInflateNamesBadDataAndKeepsWhatDecoded) {
  auto inf = ZlibStream::Inflater(ZlibFormat::kGzip);
  ASSERT_TRUE(inf.ok());
  std::string out;
  auto step = inf->Inflate("not gzip at all", 100, &out);
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(step.status().message(), "incorrect header check");
  EXPECT_EQ(out, "");

  // A good member followed by junk: the first member's bytes stay in *out.
  auto inf2 = ZlibStream::Inflater(ZlibFormat::kGzip);
  ASSERT_TRUE(inf2.ok());
  step = inf2->Inflate(Gzip("ok") + "junk", 100, &out);
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.status().message(), "incorrect header check");
  EXPECT_EQ(out, "ok");
}

// A raw deflate stream of `text` as zlib writes it.
std::string RawDeflate(const std::string& text) {
  auto def = ZlibStream::Deflater(ZlibFormat::kRaw, 6);
  EXPECT_TRUE(def.ok());
  std::string out;
  EXPECT_TRUE(def->Deflate(text, true, &out).ok());
  return out;
}

TEST(RawDeflateEndTest, FindsTheLastByteAndItsZeroPadding) {
  const std::string text = "专利代写 包授权 不过全额退款 " + std::string(300, 'x') + " 客服微信";
  const std::string raw = RawDeflate(text);
  auto end = RawDeflateEnd(raw);
  ASSERT_TRUE(end.ok()) << end.status().message();
  EXPECT_EQ(end->stream_bytes, raw.size());
  EXPECT_TRUE(end->padding_zero);
  // Trailing bytes are not part of the stream.
  end = RawDeflateEnd(raw + "junk");
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(end->stream_bytes, raw.size());
  // A set padding bit (the top bit of the last byte) changes no decoded
  // byte, but is found.
  ASSERT_GT(end->padding_bits, 0) << "pick a text whose stream does not end on a byte boundary";
  std::string flipped = raw;
  flipped.back() = char(uint8_t(flipped.back()) ^ 0x80);
  auto inf = ZlibStream::Inflater(ZlibFormat::kRaw);
  ASSERT_TRUE(inf.ok());
  std::string decoded;
  ASSERT_TRUE(inf->Inflate(flipped, 1 << 20, &decoded).ok());
  EXPECT_EQ(decoded, text);
  auto e = RawDeflateEnd(flipped);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->stream_bytes, raw.size());
  EXPECT_FALSE(e->padding_zero);
  auto cut = RawDeflateEnd(raw.substr(0, raw.size() / 2));
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().message(), "truncated deflate stream");
}

}  // namespace
}  // namespace lantian::base
