#include "model/corpus.h"

#include <gtest/gtest.h>

namespace lantian::model {
namespace {

TEST(CorpusTest, ReadsIdsTextsAndLabels) {
  auto docs = ReadCorpus(std::string(LANTIAN_TEST_DATA_DIR) + "/corpus-small.jsonl");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 4u);  // the blank line is skipped
  EXPECT_EQ((*docs)[3].id, "t-4");
  EXPECT_TRUE((*docs)[3].labels[static_cast<int>(patterns::Category::kForgedSeal)]);
  EXPECT_FALSE((*docs)[2].labels[static_cast<int>(patterns::Category::kGuaranteedGrant)]);
}

TEST(CorpusTest, UnknownLabelNamesFileAndLine) {
  const std::string path = std::string(LANTIAN_TEST_DATA_DIR) + "/corpus-bad.jsonl";
  auto docs = ReadCorpus(path);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(docs.status().message(), path + ":2: unknown label \"spam\"");
}

TEST(CorpusTest, MissingFileIsIoError) {
  auto docs = ReadCorpus("/nonexistent/c.jsonl");
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(), "/nonexistent/c.jsonl: cannot read corpus");
}

TEST(CorpusTest, HeldOutSplitIsStableAndAboutAFifth) {
  int held = 0;
  for (int i = 0; i < 1000; ++i) held += InHeldOutSplit(Example{"id-" + std::to_string(i), "", {}}) ? 1 : 0;
  EXPECT_GT(held, 150);
  EXPECT_LT(held, 250);
}

}  // namespace
}  // namespace lantian::model
