// notice.html rendered by headless Chromium (Debian /usr/bin/chromium) to a
// PNG of one A4 page at 150 dpi, which must be the size asked for, not blank,
// and, for a draft, carry the red watermark. Skipped when Chromium is absent.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "store/bundle/bundle.h"
#include "store/bundle/signing.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

// Decodes the PNG (8-bit RGB/RGBA, the filters undone) and prints
// "W H non_white_fraction reddish_fraction".
constexpr const char* kPngCheck = R"PY(
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, w = 8, b'', 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        w, h, depth, color = struct.unpack('>IIBB', body[:10])
        assert depth == 8 and color in (2, 6), (depth, color)
        bpp = 3 if color == 2 else 4
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
non_white = reddish = 0
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 4):  # every 4th pixel is plenty
        r, g, bl = line[x], line[x + 1], line[x + 2]
        if r < 235 or g < 235 or bl < 235: non_white += 1
        if r > g + 25 and r > bl + 25: reddish += 1
    prev = line
total = h * ((w + 3) // 4)
print(w, h, round(non_white / total, 4), round(reddish / total, 4))
)PY";

TEST(NoticeRenderTest, DraftNoticeRendersToAReadablePng) {
  if (access(kChromium, X_OK) != 0) {
    GTEST_SKIP() << kChromium << " not installed (scripts/setup installs it): notice not rendered";
  }
  testing::TempFolder dir;
  auto key = SigningKey::Generate();
  ASSERT_TRUE(key.ok());
  std::vector<BundleCapture> captures;
  std::vector<BundleItem> items;
  testing::WriteFixtureCaptures(
      dir.File("c.warc.gz"),
      {{"https://item.taobao.com/item.htm?id=1001", "实用新型专利代写 包授权",
        "欢迎咨询。实用新型代写，包\u200b授权，不过全额退款！"},
       {"https://item.taobao.com/item.htm?id=1002", "发明专利加急 三个月下证",
        "发明专利 包授权 三个月下证"}},
      &captures, &items);
  BundleHit second = items[0].hits[0];
  second.category = "unlicensed_agency";
  second.rule_id = "unlicensed_agency.x";
  second.match = "实用新型代写";
  items[0].hits.push_back(second);
  BundleOptions options = testing::TestOptions(&*key);
  options.draft = true;
  auto written = WriteBundle(dir.File("b.zip"), items, captures, options);
  ASSERT_TRUE(written.ok()) << written.status().message();
  testing::WriteFile(dir.File("notice.html"), testing::ReadZipEntry(dir.File("b.zip"), "notice.html"));
  testing::WriteFile(dir.File("check.py"), kPngCheck);

  // Where to keep the PNG to look at: LANTIAN_NOTICE_PNG, else the temp folder.
  const char* keep = std::getenv("LANTIAN_NOTICE_PNG");
  const std::string png = keep != nullptr ? keep : dir.File("notice.png");
  std::string out;
  int rc = testing::RunCommand(
      std::string(kChromium) +
          " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
          " --disable-background-networking --disable-component-update --disable-sync"
          " --user-data-dir=" + dir.File("profile") + " --screenshot=" + png +
          " --window-size=1240,1754 file://" + dir.File("notice.html"),
      &out);
  ASSERT_EQ(rc, 0) << out;
  ASSERT_EQ(testing::RunCommand("python3 " + dir.File("check.py") + " " + png, &out), 0) << out;
  std::istringstream in(out);
  int w = 0, h = 0;
  double non_white = 0, reddish = 0;
  in >> w >> h >> non_white >> reddish;
  EXPECT_EQ(w, 1240) << out;
  EXPECT_EQ(h, 1754) << out;
  EXPECT_GT(non_white, 0.02) << "blank page? " << out;   // text and table rules
  EXPECT_LT(non_white, 0.6) << "dark page? " << out;
  EXPECT_GT(reddish, 0.002) << "no draft watermark? " << out;
}

}  // namespace
}  // namespace lantian::store
