#include "base/sha256.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Raw("abc").size(), 32u);
}

TEST(Sha256Test, StreamingEqualsOneShotAndResets) {
  Digest d;
  d.Update("a");
  d.Update("");
  d.Update("bc");
  EXPECT_EQ(d.FinishHex(), Sha256Hex("abc"));
  d.Update("abc");  // reusable after Finish
  EXPECT_EQ(d.FinishHex(), Sha256Hex("abc"));
}

TEST(Sha256Test, Sha1ForWarcDigests) {
  Digest d(Digest::Algorithm::kSha1);
  d.Update("abc");
  EXPECT_EQ(d.FinishHex(), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST(Sha256Test, HexOfBytes) { EXPECT_EQ(ToHex(std::string("\x00\xff\x10", 3)), "00ff10"); }

}  // namespace
}  // namespace lantian::base
