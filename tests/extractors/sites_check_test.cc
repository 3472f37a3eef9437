#include "extractors/sites_check.h"

#include <gtest/gtest.h>

#include <string>

namespace lantian::extractors {
namespace {

SitesCheckOptions Options(const char* site, const char* file) {
  SitesCheckOptions o;
  o.sites_dir = LANTIAN_SITES_DIR;
  o.site = site;
  o.html_path = std::string(LANTIAN_EXTRACTORS_TESTDATA) + "/" + file;
  return o;
}

TEST(SitesCheckTest, TablePrintsFieldsAndContacts) {
  auto r = RunSitesCheck(Options("taobao", "taobao_search.html"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->problem);
  EXPECT_NE(r->output.find("items: 3 (3 from the profile)"), std::string::npos) << r->output;
  EXPECT_NE(r->output.find("  seller: 知识产权小王工作室\n"), std::string::npos) << r->output;
  EXPECT_NE(r->output.find("  contacts: phone:13900002671, wechat:13900002671\n"), std::string::npos);
}

TEST(SitesCheckTest, WithoutASiteAutomaticSegmentationFindsTheListings) {
  auto o = Options("", "taobao_search.html");
  o.page_url = "https://s.taobao.com/search";
  auto r = RunSitesCheck(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->problem);
  EXPECT_NE(r->output.find("site: none (generic extraction, automatic segmentation: list page)"), std::string::npos)
      << r->output;
  EXPECT_NE(r->output.find("items: 3  links:"), std::string::npos) << r->output;
  EXPECT_NE(r->output.find("#0 [auto, listing] id=712345678901\n  title: 实用新型专利申请代写 加急\n"
                           "  url: https://item.taobao.com/item.htm?id=712345678901&ns=1\n"),
            std::string::npos)
      << r->output;
  EXPECT_NE(r->output.find("  seller: 知识产权小王工作室\n"), std::string::npos) << r->output;
}

TEST(SitesCheckTest, JsonlOneObjectPerItemAfterPageLine) {
  auto o = Options("tieba", "tieba_thread.html");
  o.format = "jsonl";
  o.page_url = "https://tieba.baidu.com/p/7012345678";
  auto r = RunSitesCheck(o);
  ASSERT_TRUE(r.ok());
  int lines = 0;
  for (char c : r->output) lines += c == '\n';
  EXPECT_EQ(lines, 4);
  EXPECT_EQ(r->output.rfind("{\"type\":\"page\"", 0), 0u) << r->output;
}

TEST(SitesCheckTest, ForcedCharset) {
  auto o = Options("alibaba1688", "alibaba1688_search_gbk.html");
  o.charset = "gb18030";
  auto r = RunSitesCheck(o);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->output.find("charset: GB18030 (header)"), std::string::npos) << r->output;
}

TEST(SitesCheckTest, ProfileThatMatchesNothingIsAProblem) {
  auto r = RunSitesCheck(Options("jd", "taobao_search.html"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->problem);
  EXPECT_EQ(r->problem_message, std::string(LANTIAN_EXTRACTORS_TESTDATA) +
                                    "/taobao_search.html: profile 'jd' extracted no items (item selector "
                                    "'li.gl-item' matched nothing)");
}

TEST(SitesCheckTest, BlockPageIsAProblem) {
  auto r = RunSitesCheck(Options("taobao", "taobao_punish.html"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->problem);
  EXPECT_EQ(r->problem_message,
            std::string(LANTIAN_EXTRACTORS_TESTDATA) + "/taobao_punish.html: block page (selector:#nocaptcha)");
}

TEST(SitesCheckTest, BadUsage) {
  EXPECT_EQ(RunSitesCheck(Options("nope", "taobao_search.html")).status().message(),
            std::string("--site: no site profile named 'nope' in ") + LANTIAN_SITES_DIR);
  auto o = Options("taobao", "missing.html");
  EXPECT_EQ(RunSitesCheck(o).status().message(), o.html_path + ": cannot open");
  o = Options("taobao", "taobao_search.html");
  o.html_path.clear();
  EXPECT_EQ(RunSitesCheck(o).status().message(), "--html FILE or --url URL is required");
  // A page the caller fetched is checked like a saved one, named by its URL.
  o.fetched_body = "<html><body><p>nothing here</p></body></html>";
  o.fetched_content_type = "text/html; charset=utf-8";
  o.page_url = "https://s.taobao.com/search?q=x";
  auto fetched = RunSitesCheck(o);
  ASSERT_TRUE(fetched.ok()) << fetched.status().message();
  EXPECT_TRUE(fetched->problem);
  EXPECT_EQ(fetched->problem_message.rfind("https://s.taobao.com/search?q=x: profile 'taobao' extracted no items", 0), 0u)
      << fetched->problem_message;
  o = Options("taobao", "taobao_search.html");
  o.charset = "klingon";
  EXPECT_EQ(RunSitesCheck(o).status().message(), "--charset: unknown charset 'klingon'");
}

TEST(SitesCheckTest, ListPrintsEveryProfile) {
  auto r = ListSites(LANTIAN_SITES_DIR);
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->find("taobao\ttaobao\tecommerce\ttaobao.com,tmall.com,tmall.hk\t"), std::string::npos) << *r;
  EXPECT_NE(r->find("bing\tbing\tsearch\t"), std::string::npos);
}

}  // namespace
}  // namespace lantian::extractors
