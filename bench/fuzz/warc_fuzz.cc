// libFuzzer target: the WARC reader (store/warc_reader.h) on arbitrary bytes,
// both as one uncompressed record (ParseWarcRecord) and as a .warc.gz file of
// gzip members (Gunzip, ForEachRecord). Must never crash, hang or allocate
// without bound, and a parsed record keeps the reader's invariants: a
// "WARC/" version line and a block exactly Content-Length bytes long.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/no_destructor.h"
#include "store/warc_reader.h"

namespace {

using lantian::store::WarcRecord;

bool IsContentLength(std::string_view name) {
  constexpr std::string_view kName = "content-length";
  if (name.size() != kName.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i] >= 'A' && name[i] <= 'Z' ? static_cast<char>(name[i] - 'A' + 'a') : name[i];
    if (c != kName[i]) return false;
  }
  return true;
}

// The block is as long as the (last) Content-Length field says.
void CheckRecord(const WarcRecord& record) {
  if (!record.version.starts_with("WARC/")) std::abort();
  std::string_view length;
  for (const auto& [name, value] : record.fields) {
    if (IsContentLength(name)) length = value;
  }
  while (length.size() > 1 && length.front() == '0') length.remove_prefix(1);
  if (length.empty() || std::to_string(record.block.size()) != length) std::abort();
}

// One scratch file per fuzzing process, removed at exit (never destroyed,
// so the exit handler may still read its name).
const std::string& ScratchPath() {
  static const lantian::base::NoDestructor<std::string> path(
      (std::filesystem::temp_directory_path() / ("warc_fuzz." + std::to_string(::getpid()) + ".warc.gz"))
          .string());
  static const bool registered = [] {
    std::atexit([] { std::remove(ScratchPath().c_str()); });
    return true;
  }();
  (void)registered;
  return *path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  if (auto record = lantian::store::ParseWarcRecord(input); record.ok()) CheckRecord(*record);

  // Inflating is capped: a small input may not become an unbounded buffer.
  constexpr std::int64_t kMaxInflated = std::int64_t{64} << 20;
  if (auto plain = lantian::store::Gunzip(input, kMaxInflated); plain.ok()) {
    if (static_cast<std::int64_t>(plain->size()) > 2 * kMaxInflated) std::abort();
    if (auto record = lantian::store::ParseWarcRecord(*plain); record.ok()) CheckRecord(*record);
  }

  std::FILE* f = std::fopen(ScratchPath().c_str(), "wb");
  if (f == nullptr) std::abort();
  if (std::fwrite(input.data(), 1, input.size(), f) != input.size()) std::abort();
  std::fclose(f);
  std::int64_t next_offset = 0;
  const auto status = lantian::store::ForEachRecord(
      ScratchPath(), [&](std::int64_t offset, std::int64_t length, const WarcRecord& record) {
        // Members are walked in order, back to back, inside the file.
        if (offset != next_offset || length <= 0 || offset + length > static_cast<std::int64_t>(size)) {
          std::abort();
        }
        next_offset = offset + length;
        CheckRecord(record);
        return lantian::Status::Ok();
      });
  (void)status;  // bad members are errors, not crashes; their text is not checked here
  return 0;
}
