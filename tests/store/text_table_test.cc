#include "store/internal/text_table.h"

#include <gtest/gtest.h>

namespace lantian::store::internal {
namespace {

TEST(TextTableTest, CsvFieldQuotesAndDefusesFormulas) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvField("-1"), "'-1");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField(""), "");
}

TEST(TextTableTest, FitPadsAndCutsByDisplayColumns) {
  EXPECT_EQ(Fit("ab", 4), "ab  ");
  EXPECT_EQ(Fit("专利", 5), "专利 ");          // two wide characters: four columns
  EXPECT_EQ(Fit("专利申请代理", 7), "专利申…");  // 6 columns + the ellipsis
  EXPECT_EQ(Fit("a\nb", 3), "a b");
  EXPECT_EQ(DisplayWidth("a专"), 3u);
}

TEST(TextTableTest, DumpReplacesInvalidUtf8) {
  EXPECT_EQ(Dump(nlohmann::json{{"t", std::string("a\xff")}}), "{\"t\":\"a\xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace lantian::store::internal
