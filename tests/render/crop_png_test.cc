#include <png.h>

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/browser.h"

namespace lantian::render {
namespace {

// A width x height RGBA PNG whose pixel (x, y) is (x, y, 0, 255).
std::string MakePng(int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      unsigned char* p = &pixels[(static_cast<std::size_t>(y) * width + x) * 4];
      p[0] = static_cast<unsigned char>(x);
      p[1] = static_cast<unsigned char>(y);
      p[2] = 0;
      p[3] = 255;
    }
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_RGBA;
  png_alloc_size_t size = 0;
  EXPECT_TRUE(png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr));
  std::string out(size, '\0');
  EXPECT_TRUE(png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, nullptr));
  out.resize(size);
  return out;
}

// Decodes to RGBA; width/height out.
std::vector<unsigned char> Decode(const std::string& png, int* width, int* height) {
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  EXPECT_TRUE(png_image_begin_read_from_memory(&image, png.data(), png.size()));
  image.format = PNG_FORMAT_RGBA;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  EXPECT_TRUE(png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr));
  *width = static_cast<int>(image.width);
  *height = static_cast<int>(image.height);
  return pixels;
}

TEST(CropPngTest, CropsToTheBoxAndKeepsItsPixels) {
  Result<std::string> cropped = CropPng(MakePng(100, 80), 10, 20, 30, 40);
  ASSERT_TRUE(cropped.ok()) << cropped.status().message();
  int w = 0, h = 0;
  std::vector<unsigned char> px = Decode(*cropped, &w, &h);
  EXPECT_EQ(w, 30);
  EXPECT_EQ(h, 40);
  EXPECT_EQ(px[0], 10);  // top-left is the source's (10, 20)
  EXPECT_EQ(px[1], 20);
  const std::size_t last = (static_cast<std::size_t>(h - 1) * w + (w - 1)) * 4;
  EXPECT_EQ(px[last], 39);
  EXPECT_EQ(px[last + 1], 59);
}

TEST(CropPngTest, ClampsABoxThatOverhangsTheImage) {
  Result<std::string> cropped = CropPng(MakePng(100, 80), 90, -5, 50, 20);
  ASSERT_TRUE(cropped.ok()) << cropped.status().message();
  int w = 0, h = 0;
  Decode(*cropped, &w, &h);
  EXPECT_EQ(w, 10);
  EXPECT_EQ(h, 15);
}

TEST(CropPngTest, BoxOutsideTheImageIsAnError) {
  Result<std::string> cropped = CropPng(MakePng(100, 80), 200, 10, 5, 5);
  ASSERT_FALSE(cropped.ok());
  EXPECT_EQ(cropped.status().message(), "CropPng: box 200,10,5,5 misses the 100x80 image");
}

TEST(CropPngTest, BadInputIsAnError) {
  Result<std::string> cropped = CropPng("GIF89a not a png", 0, 0, 10, 10);
  ASSERT_FALSE(cropped.ok());
  EXPECT_NE(cropped.status().message().find("CropPng: not a PNG"), std::string::npos)
      << cropped.status().message();
  std::string truncated = MakePng(50, 50);
  truncated.resize(truncated.size() / 2);
  EXPECT_FALSE(CropPng(truncated, 0, 0, 10, 10).ok());
}

}  // namespace
}  // namespace lantian::render
