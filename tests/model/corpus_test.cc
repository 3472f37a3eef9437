#include "model/corpus.h"

#include <gtest/gtest.h>

namespace lantian::model {
namespace {

TEST(CorpusTest, ReadCorpusReadsTheLabelledFormat) {
  auto docs = ReadCorpus(std::string(LANTIAN_TEST_DATA_DIR) + "/corpus-small.jsonl");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 4u);
  EXPECT_TRUE((*docs)[3].labels[static_cast<int>(patterns::Category::kForgedSeal)]);
}

TEST(CorpusTest, HeldOutSplitIsStableAndAboutAFifth) {
  int held = 0;
  for (int i = 0; i < 1000; ++i) held += InHeldOutSplit(Example{"id-" + std::to_string(i), "", {}}) ? 1 : 0;
  EXPECT_GT(held, 150);
  EXPECT_LT(held, 250);
}

}  // namespace
}  // namespace lantian::model
