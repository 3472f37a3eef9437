#include "base/opencc.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(OpenCcTest, TraditionalToSimplified) {
  auto t2s = OpenCcConverter::Open(OpenCcConverter::kTradToSimp);
  ASSERT_TRUE(t2s.ok()) << t2s.status().message();
  auto out = t2s->Convert("專利代理 包授權");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "专利代理 包授权");
  OpenCcConverter moved = std::move(*t2s);  // the handle moves, closed once
  EXPECT_EQ(*moved.Convert("商標"), "商标");
}

TEST(OpenCcTest, MissingConfigIsAnError) {
  auto bad = OpenCcConverter::Open("/nonexistent/none.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInternal);
  // The path, then OpenCC's own reason.
  EXPECT_EQ(bad.status().message(),
            "opencc: cannot open /nonexistent/none.json: /nonexistent/none.json not found or not accessible.");
}

}  // namespace
}  // namespace lantian::base
