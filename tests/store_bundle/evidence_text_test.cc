#include "store/bundle/internal/evidence_text.h"

#include <gtest/gtest.h>

namespace lantian::store::internal {
namespace {

TEST(EvidenceTextTest, StripsZeroWidthAndBidiAndCollapsesSpace) {
  EXPECT_EQ(StripInvisible("包\u200b授\u200d权\ufeff  \t 100%\u202e\u00ad"), "包授权 100%");
  EXPECT_EQ(StripInvisible("  \u3000 a\n\nb  "), "a b");
}

TEST(EvidenceTextTest, QuotesTheSentenceAtFullStop) {
  EXPECT_EQ(QuoteEvidence("欢迎光临。本所包授权，不过退款！其他服务", "包授权"),
            "本所包授权，不过退款！");
}

TEST(EvidenceTextTest, QuotesTheSentenceAtQuestionMarkAndLineBreak) {
  EXPECT_EQ(QuoteEvidence("还在等？专利包下证\n联系我们", "包下证"), "专利包下证");
}

TEST(EvidenceTextTest, MatchWithZeroWidthInsideIsFoundAfterCleaning) {
  EXPECT_EQ(QuoteEvidence("前言。包\u200b授权不成功全额退款。后记", "包\u200b授权"),
            "包授权不成功全额退款。");
}

TEST(EvidenceTextTest, LongSentenceFallsBackToTheClause) {
  std::string filler(30, 'x');  // 30 code points of an ASCII word
  std::string context = "第一部分" + filler + "，本所保证包授权；第三部分" + filler + "。";
  EXPECT_EQ(QuoteEvidence(context, "包授权", 20), "本所保证包授权；");
}

TEST(EvidenceTextTest, SemicolonAndCommaClauses) {
  std::string a(40, 'a');
  EXPECT_EQ(QuoteEvidence(a + "；代办商标，一周下证；" + a, "一周下证", 20), "一周下证；");
}

TEST(EvidenceTextTest, OverlongClauseIsCutOffWordsWithEllipsis) {
  // No boundary at all: a window around the match, never inside "ABC123".
  std::string context = "前面的文字很多很多ABC123 包授权 DEF456后面的文字很多很多";
  std::string q = QuoteEvidence(context, "包授权", 16);
  EXPECT_EQ(q, "…包授权 DEF456…");
  // Narrower: both neighbouring words would be cut, so neither is quoted.
  EXPECT_EQ(QuoteEvidence(context, "包授权", 12), "…包授权…");
}

TEST(EvidenceTextTest, UnicodeIsNeverSplit) {
  std::string context = "甲乙丙丁戊己庚辛壬癸包授权甲乙丙丁戊己庚辛壬癸";
  EXPECT_EQ(QuoteEvidence(context, "包授权", 7), "…壬癸包授权甲乙…");
}

TEST(EvidenceTextTest, MatchNotInContextIsTheMatchCleaned) {
  EXPECT_EQ(QuoteEvidence("别的内容。", "包\u200b授权"), "包授权");
  EXPECT_EQ(QuoteEvidence("只有上下文。", ""), "只有上下文。");
}

TEST(EvidenceTextTest, ChineseDateInChinaStandardTime) {
  EXPECT_EQ(ChineseDateTime("2026-12-06T06:05:00Z"), "2026年12月6日 14:05");
  EXPECT_EQ(ChineseDate("2026-12-05T17:00:00Z"), "2026年12月6日");
  EXPECT_EQ(ChineseDate("not a time"), "not a time");
  EXPECT_EQ(ChineseDate(""), "");
}

}  // namespace
}  // namespace lantian::store::internal
