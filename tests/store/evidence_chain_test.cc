#include "store/evidence_chain.h"

#include <gtest/gtest.h>

#include "base/sha256.h"

namespace lantian::store {
namespace {

// The serialization is the stored format: these strings are what every
// existing database's content_sha256 values were computed over.

TEST(EvidenceChainTest, HitContentIsLengthPrefixedFieldsInOrder) {
  HitEvidence h{7, 3, 2, "xianyu\nid:42", "r.x", "guaranteed_grant", "high", "包授权", "…包授权…",
                "Art. 25", 10, 19, "2026-11-25T16:00:00.123Z"};
  EXPECT_EQ(HitContentHash(h),
            base::Sha256Hex("hit|1:7;1:3;1:2;12:xianyu\nid:42;3:r.x;16:guaranteed_grant;4:high;"
                            "9:包授权;15:…包授权…;7:Art. 25;2:10;2:19;24:2026-11-25T16:00:00.123Z;"));
}

TEST(EvidenceChainTest, CaptureContentCoversEveryWarcRecord) {
  CaptureEvidence c;
  c.id = 1;
  c.sweep_id = 1;
  c.url = "http://a.example/";
  c.first_url = "http://a.example/";
  c.http_status = 200;
  c.fetched_at = "T";
  c.payload_sha256 = "p";
  c.response_record_id = "<urn:uuid:1>";
  c.records.push_back({"f.warc.gz", 0, 99, "response", "<urn:uuid:1>", "s"});
  EXPECT_EQ(CaptureContentHash(c),
            base::Sha256Hex("capture|1:1;1:1;17:http://a.example/;17:http://a.example/;3:200;1:T;"
                            "1:p;1:0;0:;12:<urn:uuid:1>;1:1;9:f.warc.gz;1:0;2:99;8:response;"
                            "12:<urn:uuid:1>;1:s;"));
  const std::string before = CaptureContentHash(c);
  c.records[0].stored_sha256 = "t";  // a changed WARC byte changes the stored digest
  EXPECT_NE(CaptureContentHash(c), before);
}

TEST(EvidenceChainTest, StatusAndExportContent) {
  EXPECT_EQ(StatusContentHash({5, 7, "review", "new", "confirmed", "ana", "", "T"}),
            base::Sha256Hex("status|1:5;1:7;6:review;3:new;9:confirmed;3:ana;0:;1:T;"));
  EXPECT_EQ(ExportContentHash({1, "b.zip", "ab", "7,8", "n", "T"}),
            base::Sha256Hex("export|1:1;5:b.zip;2:ab;3:7,8;1:n;1:T;"));
}

TEST(EvidenceChainTest, EntriesLinkToThePreviousHash) {
  const std::string first = ChainHash(kGenesisHash, "hit", 7, "c");
  EXPECT_EQ(first, base::Sha256Hex(std::string(kGenesisHash) + "|hit|7|c"));
  EXPECT_EQ(ChainHash(first, "status", 1, "d"), base::Sha256Hex(first + "|status|1|d"));
  EXPECT_EQ(kGenesisHash.size(), 64u);
}

}  // namespace
}  // namespace lantian::store
