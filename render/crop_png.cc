// CropPng with libpng's simplified API (png_image, libpng >= 1.6): decode to
// RGBA, copy the rows of the box, encode to memory.

#include <png.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "render/browser.h"

namespace lantian::render {

Result<std::string> CropPng(std::string_view png, int x, int y, int width, int height) {
  png_image in;
  std::memset(&in, 0, sizeof in);
  in.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&in, png.data(), png.size())) {
    return Status::InvalidArgument(std::string("CropPng: not a PNG: ") + in.message);
  }
  in.format = PNG_FORMAT_RGBA;
  const int image_w = static_cast<int>(in.width);
  const int image_h = static_cast<int>(in.height);
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(in));
  if (!png_image_finish_read(&in, nullptr, pixels.data(), 0, nullptr)) {
    const std::string message = in.message;
    png_image_free(&in);
    return Status::InvalidArgument("CropPng: bad PNG data: " + message);
  }
  // Clamp the box to the image; a box wholly outside is the caller's error.
  const int x0 = std::clamp(x, 0, image_w);
  const int y0 = std::clamp(y, 0, image_h);
  const int x1 = std::clamp(x + std::max(width, 0), 0, image_w);
  const int y1 = std::clamp(y + std::max(height, 0), 0, image_h);
  if (x1 <= x0 || y1 <= y0) {
    return Status::InvalidArgument("CropPng: box " + std::to_string(x) + "," + std::to_string(y) +
                                   "," + std::to_string(width) + "," + std::to_string(height) +
                                   " misses the " + std::to_string(image_w) + "x" +
                                   std::to_string(image_h) + " image");
  }
  const std::size_t in_stride = static_cast<std::size_t>(image_w) * 4;
  const std::size_t out_stride = static_cast<std::size_t>(x1 - x0) * 4;
  std::vector<unsigned char> cropped(out_stride * static_cast<std::size_t>(y1 - y0));
  for (int row = y0; row < y1; ++row) {
    std::memcpy(cropped.data() + static_cast<std::size_t>(row - y0) * out_stride,
                pixels.data() + static_cast<std::size_t>(row) * in_stride +
                    static_cast<std::size_t>(x0) * 4,
                out_stride);
  }

  png_image out;
  std::memset(&out, 0, sizeof out);
  out.version = PNG_IMAGE_VERSION;
  out.width = static_cast<png_uint_32>(x1 - x0);
  out.height = static_cast<png_uint_32>(y1 - y0);
  out.format = PNG_FORMAT_RGBA;
  // First call sizes the buffer, second writes it (png.h, "WRITE APIS").
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&out, nullptr, &size, 0, cropped.data(), 0, nullptr)) {
    return Status::Internal(std::string("CropPng: encoding failed: ") + out.message);
  }
  std::string result(size, '\0');
  if (!png_image_write_to_memory(&out, result.data(), &size, 0, cropped.data(), 0, nullptr)) {
    return Status::Internal(std::string("CropPng: encoding failed: ") + out.message);
  }
  result.resize(size);
  return result;
}

}  // namespace lantian::render
