#include "store/internal/http_head.h"

#include <gtest/gtest.h>

namespace lantian::store::internal {
namespace {

TEST(HttpHeadTest, ContentEncodingOtherThanIdentityMeansCompressedBody) {
  EXPECT_TRUE(HasContentEncoding("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n"));
  EXPECT_TRUE(HasContentEncoding("HTTP/2 200 \r\ncontent-encoding: br\r\n\r\n"));
  EXPECT_FALSE(HasContentEncoding("HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\n\r\n"));
  EXPECT_FALSE(HasContentEncoding("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"));
}

// FORMATS.md: HTTP/2 responses are written with an HTTP/1.1 status line.
TEST(HttpHeadTest, Http2StatusLineBecomesHttp11AndFieldsStay) {
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n"),
            "HTTP/1.1 200 \r\ncontent-type: text/html\r\n\r\n");
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/2.0 404 \r\n\r\n"), "HTTP/1.1 404 \r\n\r\n");
  // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ].
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/2 301\r\nlocation: /x\r\n\r\n"), "HTTP/1.1 301 \r\nlocation: /x\r\n\r\n");
}

TEST(HttpHeadTest, OtherHeadsAreLeftAsTheyCame) {
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/1.1 200 OK\r\n\r\n"), std::nullopt);
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/1.0 200 OK\r\n\r\n"), std::nullopt);
  EXPECT_EQ(Http2HeadAsHttp11("HTTP/20 200\r\n\r\n"), std::nullopt);
  EXPECT_EQ(Http2HeadAsHttp11(""), std::nullopt);
}

}  // namespace
}  // namespace lantian::store::internal
