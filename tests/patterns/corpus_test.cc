#include "patterns/corpus.h"

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

namespace lantian::patterns {
namespace {

std::string DataPath(const char* name) { return std::string(LANTIAN_TEST_DATA_DIR) + "/" + name; }

TEST(CorpusTest, ReadsIdsTextsLabelsAndLines) {
  auto docs = ReadLabelledCorpus(DataPath("corpus-small.jsonl"));
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 4u);  // the blank line is skipped
  EXPECT_EQ((*docs)[3].id, "t-4");
  EXPECT_TRUE((*docs)[3].labels[static_cast<int>(Category::kForgedSeal)]);
  EXPECT_FALSE((*docs)[2].labels[static_cast<int>(Category::kGuaranteedGrant)]);
  EXPECT_EQ((*docs)[0].line, 1);
  EXPECT_GT((*docs)[3].line, 4);  // counted past the blank line
}

TEST(CorpusTest, UnknownLabelNamesFileAndLine) {
  const std::string path = DataPath("corpus-bad.jsonl");
  auto docs = ReadLabelledCorpus(path);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(docs.status().message(), path + ":2: unknown label \"spam\"");
}

TEST(CorpusTest, BackgroundNeedsNoLabelsAndIgnoresThem) {
  const std::string path = ::testing::TempDir() + "/corpus-background.jsonl";
  {
    std::ofstream out(path);
    out << "{\"id\":\"b-1\",\"text\":\"有机大米 五常\"}\n{\"id\":\"b-2\",\"text\":\"x\",\"labels\":[\"forged_seal\"]}\n";
  }
  auto docs = ReadLabelledCorpus(path, /*background=*/true);
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 2u);
  for (const LabelledText& d : *docs) {
    for (bool l : d.labels) EXPECT_FALSE(l) << d.id;
  }
  auto labelled = ReadLabelledCorpus(path);
  ASSERT_FALSE(labelled.ok());
  EXPECT_EQ(labelled.status().message(), path + ":1: \"labels\" must be an array");
  std::remove(path.c_str());
}

TEST(CorpusTest, MissingFileIsIoError) {
  auto docs = ReadLabelledCorpus("/nonexistent/c.jsonl");
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kIoError);
  EXPECT_EQ(docs.status().message(), "/nonexistent/c.jsonl: cannot read corpus");
}

}  // namespace
}  // namespace lantian::patterns
