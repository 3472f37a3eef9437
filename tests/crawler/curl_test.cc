#include "crawler/internal/curl.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lantian::crawler::internal {
namespace {

std::vector<std::string> Lines(const CurlSlist& list) {
  std::vector<std::string> out;
  for (const curl_slist* l = list.get(); l != nullptr; l = l->next) out.emplace_back(l->data);
  return out;
}

TEST(CurlSlistTest, MakeKeepsLinesInOrder) {
  auto list = CurlSlist::Make({"Content-Type: application/timestamp-query", "Expect:"});
  ASSERT_TRUE(list.has_value());
  EXPECT_EQ(Lines(*list), (std::vector<std::string>{"Content-Type: application/timestamp-query", "Expect:"}));
}

TEST(CurlSlistTest, AppendExtendsAndMoveTransfersOwnership) {
  CurlSlist list;
  EXPECT_EQ(list.get(), nullptr);
  ASSERT_TRUE(list.Append("Accept: text/html"));
  ASSERT_TRUE(list.Append("Accept-Language: zh-CN"));
  CurlSlist moved = std::move(list);
  EXPECT_EQ(Lines(moved), (std::vector<std::string>{"Accept: text/html", "Accept-Language: zh-CN"}));
}

TEST(CurlErrorTextTest, PrefersTheErrorBufferOverTheCodeName) {
  EXPECT_EQ(CurlErrorText(CURLE_COULDNT_CONNECT, "Failed to connect to 127.0.0.1 port 9"),
            "Failed to connect to 127.0.0.1 port 9");
  EXPECT_EQ(CurlErrorText(CURLE_COULDNT_CONNECT, ""), curl_easy_strerror(CURLE_COULDNT_CONNECT));
  EXPECT_EQ(CurlErrorText(CURLE_OK, ""), "");
}

}  // namespace
}  // namespace lantian::crawler::internal
