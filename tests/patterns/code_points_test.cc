#include "patterns/internal/code_points.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lantian::patterns::internal {
namespace {

std::vector<Unit> Read(std::string_view s) {
  std::vector<Unit> out;
  Reader r(s);
  Unit u;
  while (r.Next(&u)) out.push_back(u);
  return out;
}

TEST(CodePointsTest, OpenCcIsAvailable) { EXPECT_TRUE(OpenCcStatus().ok()) << OpenCcStatus().message(); }

TEST(CodePointsTest, MapsWidthCaseAndTraditionalForms) {
  std::vector<Unit> u = Read("Ａ權\xff");
  ASSERT_EQ(u.size(), 3u);
  EXPECT_EQ(u[0].cp, U'a');
  EXPECT_EQ(u[0].cls, kFlagAlnum);
  EXPECT_EQ(u[0].os, 0u);
  EXPECT_EQ(u[0].oe, 3u);
  EXPECT_EQ(u[1].cp, U'权');
  EXPECT_EQ(u[1].cls, kFlagCjk);
  EXPECT_EQ(u[2].cp, kReplacementChar);  // invalid byte
  EXPECT_EQ(u[2].cls, kFlagSep);
  EXPECT_EQ(u[2].oe - u[2].os, 1u);
}

TEST(CodePointsTest, DropsFormatCharactersAndSplitsCompatibilityForms) {
  std::vector<Unit> u = Read("a\u200bb");  // zero-width space: Cf
  ASSERT_EQ(u.size(), 2u);
  EXPECT_EQ(u[1].cp, U'b');
  EXPECT_EQ(u[1].os, 4u);
  std::vector<Unit> ligature = Read("\uFB01");  // ﬁ → f i, both from the same 3 bytes
  ASSERT_EQ(ligature.size(), 2u);
  EXPECT_EQ(ligature[0].cp, U'f');
  EXPECT_EQ(ligature[1].cp, U'i');
  EXPECT_EQ(ligature[1].os, 0u);
  EXPECT_EQ(ligature[1].oe, 3u);
}

TEST(CodePointsTest, Classes) {
  EXPECT_EQ(ClassOf(' '), kFlagSpace);
  EXPECT_EQ(ClassOf(U'　'), kFlagSpace);
  EXPECT_EQ(ClassOf(U'，'), kFlagSep);
  EXPECT_EQ(ClassOf(U'😀'), kFlagSep);
  EXPECT_EQ(ClassOf(U'é'), 0u);
  EXPECT_EQ(Lookup(U'Ａ') & kCpMask, static_cast<uint32_t>(U'a'));
  EXPECT_NE(ComputeEntry(0x200B) & kKindDrop, 0u);
  EXPECT_NE(ComputeEntry(0xFB01) & kKindMulti, 0u);
}

}  // namespace
}  // namespace lantian::patterns::internal
