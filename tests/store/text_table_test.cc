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
  EXPECT_EQ(DisplayWidth("ＡＢ"), 4u);              // full-width letters are wide
  EXPECT_EQ(DisplayWidth("包\u200b授权"), 6u);      // a zero-width space takes no column
  EXPECT_EQ(DisplayWidth("\xff"), 1u);              // an invalid byte: one column
}

TEST(TextTableTest, TableSizesColumnsToContent) {
  Table t({{"ID"}, {"TITLE", 10}, {"URL"}});
  t.Add({"7", "外观专利包授权不成退款", "http://a.example/7"});
  t.Add({"12", "", "http://a.example/12"});
  EXPECT_EQ(t.Render(0),
            "ID TITLE      URL\n"
            "7  外观专利…  http://a.example/7\n"
            "12            http://a.example/12\n");
}

TEST(TextTableTest, TableCutsTheWidestColumnsToFitTheTerminal) {
  Table t({{"ID"}, {"TITLE"}, {"SELLER"}, {"URL", 0, 12}});
  t.Add({"1", "实用新型专利代写包授权加急下证", "某某知识产权工作室", "http://shop.example/item/1234567"});
  const std::string out = t.Render(60);
  std::size_t start = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    EXPECT_LE(DisplayWidth(out.substr(start, end - start)), 60u) << out;
    start = end + 1;
  }
  EXPECT_NE(out.find("1  "), std::string::npos) << out;  // the id is never cut
  EXPECT_NE(out.find("…"), std::string::npos) << out;
  // Too narrow for the floors: columns stop at their floor and the line wraps.
  const std::string narrow = t.Render(10);
  EXPECT_NE(narrow.find("http://shop…"), std::string::npos) << narrow;
}

TEST(TextTableTest, DumpReplacesInvalidUtf8) {
  EXPECT_EQ(Dump(nlohmann::json{{"t", std::string("a\xff")}}), "{\"t\":\"a\xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace lantian::store::internal
