#include "store/internal/bundle_warc.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/strings.h"
#include "store/internal/bundle_crypto.h"

namespace lantian::store::internal {
namespace {

constexpr size_t kMaxWarcHeaderBytes = 1 << 20;  // far above any real header
constexpr size_t kMaxHttpHeadBytes = 1 << 20;
constexpr size_t kInflateChunk = 64 * 1024;

using base::AsciiLower;
using base::TrimAscii;

std::string NormalizeAlgorithm(std::string_view label) {
  std::string a = AsciiLower(label);
  a.erase(std::remove(a.begin(), a.end(), '-'), a.end());
  return a;
}

}  // namespace

std::string DigestLabelAlgorithm(std::string_view label) {
  size_t colon = label.find(':');
  if (colon == std::string_view::npos) return "";
  std::string algo = NormalizeAlgorithm(label.substr(0, colon));
  if (algo == "sha256" || algo == "sha1") return algo;
  return "";
}

bool DigestLabelMatches(std::string_view label, std::string_view raw_sha256,
                        std::string_view raw_sha1) {
  size_t colon = label.find(':');
  if (colon == std::string_view::npos) return false;
  std::string algo = NormalizeAlgorithm(label.substr(0, colon));
  std::string_view value = TrimAscii(label.substr(colon + 1));
  std::string_view raw = algo == "sha256" ? raw_sha256 : algo == "sha1" ? raw_sha1 : "";
  if (raw.empty()) return false;
  if (AsciiLower(value) == base::ToHex(raw)) return true;
  std::string b32 = Base32Encode(raw);
  std::string v(value);
  for (char& c : v) c = char(std::toupper(static_cast<unsigned char>(c)));
  auto strip = [](std::string s) {
    while (!s.empty() && s.back() == '=') s.pop_back();
    return s;
  };
  return strip(v) == strip(b32);
}

WarcGzScanner::WarcGzScanner(RecordFn on_record)
    : on_record_(std::move(on_record)), inflater_(base::ZlibStream::Inflater(base::ZlibFormat::kGzip)) {}

WarcGzScanner::~WarcGzScanner() = default;

std::string WarcGzScanner::Where() const {
  // A record already parsed but whose gzip member has not ended is the one
  // being read.
  uint64_t index = pending_.empty() ? next_index_ : pending_.front().index;
  uint64_t offset = pending_.empty() ? member_start_ : pending_.front().offset;
  return "record " + std::to_string(index) + " at offset " + std::to_string(offset);
}

Status WarcGzScanner::Feed(std::string_view compressed) {
  if (!inflater_.ok()) return inflater_.status();
  std::string plain;
  bool more_output = false;  // the last call stopped at the chunk cap
  while (!compressed.empty() || more_output) {
    if (!in_member_) {
      member_start_ = consumed_;
      in_member_ = true;
    }
    // At most kInflateChunk bytes of output at a time, each member on its own.
    plain.clear();
    auto step = inflater_->Inflate(compressed, kInflateChunk, &plain, /*multi_member=*/false);
    if (!step.ok()) {
      return Status::Corruption("gzip data broken in " + Where() + ": " + step.status().message());
    }
    more_output = step->output_capped;
    consumed_ += step->input_consumed;
    compressed.remove_prefix(step->input_consumed);
    if (!plain.empty()) LANTIAN_RETURN_IF_ERROR(Consume(plain));
    if (step->stream_end) {
      for (WarcRecordInfo& r : pending_) {
        r.length = consumed_ - r.offset;
        ++records_done_;
        LANTIAN_RETURN_IF_ERROR(on_record_(r));
      }
      pending_.clear();
      in_member_ = false;
    } else if (step->input_exhausted) {
      break;  // needs more input
    }
  }
  return Status::Ok();
}

Status WarcGzScanner::Finish() {
  if (in_member_) return Status::Corruption("truncated gzip member in " + Where());
  if (state_ != State::kHeader || !header_.empty() || record_open_) {
    return Status::Corruption("truncated WARC " + Where());
  }
  return Status::Ok();
}

Status WarcGzScanner::Consume(std::string_view plain) {
  while (!plain.empty()) {
    switch (state_) {
      case State::kHeader: {
        // Records may be separated by nothing else; tolerate stray CRLF.
        if (header_.empty()) {
          while (!plain.empty() && (plain.front() == '\r' || plain.front() == '\n')) {
            plain.remove_prefix(1);
          }
          if (plain.empty()) return Status::Ok();
          cur_ = WarcRecordInfo{};
          cur_.index = next_index_;
          cur_.offset = member_start_;
          record_open_ = true;
        }
        size_t old = header_.size();
        header_.append(plain.substr(0, std::min(plain.size(), kMaxWarcHeaderBytes)));
        size_t search_from = old >= 3 ? old - 3 : 0;
        size_t end = header_.find("\r\n\r\n", search_from);
        if (end == std::string::npos) {
          if (header_.size() >= kMaxWarcHeaderBytes) {
            return Status::Corruption("WARC header larger than 1 MiB in " + Where());
          }
          plain.remove_prefix(header_.size() - old);
          break;
        }
        size_t taken = end + 4 - old;
        plain.remove_prefix(taken);
        header_.resize(end + 2);
        LANTIAN_RETURN_IF_ERROR(StartRecord());
        header_.clear();
        state_ = block_left_ > 0 ? State::kBlock : State::kTrailer;
        trailer_seen_ = 0;
        break;
      }
      case State::kBlock: {
        size_t n = size_t(std::min<uint64_t>(block_left_, plain.size()));
        FeedBlock(plain.substr(0, n));
        plain.remove_prefix(n);
        block_left_ -= n;
        if (block_left_ == 0) {
          state_ = State::kTrailer;
          trailer_seen_ = 0;
        }
        break;
      }
      case State::kTrailer: {
        static constexpr std::string_view kTrailer = "\r\n\r\n";
        while (!plain.empty() && trailer_seen_ < kTrailer.size()) {
          if (plain.front() != kTrailer[trailer_seen_]) {
            return Status::Corruption("record block not followed by CRLF CRLF in " + Where() +
                                      " (Content-Length wrong?)");
          }
          plain.remove_prefix(1);
          ++trailer_seen_;
        }
        if (trailer_seen_ == kTrailer.size()) {
          FinishRecord();
          state_ = State::kHeader;
        }
        break;
      }
    }
  }
  return Status::Ok();
}

Status WarcGzScanner::StartRecord() {
  std::string_view h = header_;
  size_t eol = h.find("\r\n");
  std::string_view version = h.substr(0, eol);
  if (!version.starts_with("WARC/1.")) {
    return Status::Corruption("not a WARC record (no WARC/1.x line) in " + Where());
  }
  h.remove_prefix(eol + 2);
  bool have_length = false;
  while (!h.empty()) {
    size_t e = h.find("\r\n");
    std::string_view line = h.substr(0, e);
    h.remove_prefix(e == std::string_view::npos ? h.size() : e + 2);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = AsciiLower(TrimAscii(line.substr(0, colon)));
    std::string value(TrimAscii(line.substr(colon + 1)));
    if (name == "warc-type") cur_.type = value;
    else if (name == "warc-record-id") cur_.record_id = value;
    else if (name == "warc-target-uri") {
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
        value = value.substr(1, value.size() - 2);
      }
      cur_.target_uri = value;
    } else if (name == "warc-date") cur_.date = value;
    else if (name == "content-type") cur_.content_type = value;
    else if (name == "warc-block-digest") cur_.block_digest = value;
    else if (name == "warc-payload-digest") cur_.payload_digest = value;
    else if (name == "content-length") {
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), cur_.content_length);
      if (ec != std::errc() || p != value.data() + value.size()) {
        return Status::Corruption("bad Content-Length '" + value + "' in " + Where());
      }
      have_length = true;
    }
  }
  if (!have_length) return Status::Corruption("WARC record without Content-Length in " + Where());
  block_left_ = cur_.content_length;
  block_sha256_.emplace(base::Digest::Algorithm::kSha256);
  block_extra_.reset();
  if (DigestLabelAlgorithm(cur_.block_digest) == "sha1") block_extra_.emplace(base::Digest::Algorithm::kSha1);
  std::string ct = AsciiLower(cur_.content_type);
  http_ = ct.starts_with("application/http") &&
          (cur_.type == "response" || cur_.type == "request" || cur_.type == "revisit");
  http_head_done_ = false;
  http_head_.clear();
  payload_sha256_.reset();
  payload_extra_.reset();
  if (http_ || cur_.type == "resource") {
    payload_sha256_.emplace(base::Digest::Algorithm::kSha256);
    if (DigestLabelAlgorithm(cur_.payload_digest) == "sha1") {
      payload_extra_.emplace(base::Digest::Algorithm::kSha1);
    }
  }
  if (!http_) http_head_done_ = true;
  return Status::Ok();
}

void WarcGzScanner::FeedBlock(std::string_view bytes) {
  block_sha256_->Update(bytes);
  if (block_extra_) block_extra_->Update(bytes);
  if (!http_head_done_) {
    size_t old = http_head_.size();
    size_t room = kMaxHttpHeadBytes - std::min(kMaxHttpHeadBytes, old);
    http_head_.append(bytes.substr(0, std::min(bytes.size(), room)));
    size_t end = http_head_.find("\r\n\r\n", old >= 3 ? old - 3 : 0);
    if (end == std::string::npos) {
      if (http_head_.size() >= kMaxHttpHeadBytes) http_head_done_ = true;  // no payload split
      return;
    }
    size_t body_start_in_bytes = end + 4 - old;
    http_head_.resize(end + 2);
    http_head_done_ = true;
    bytes.remove_prefix(body_start_in_bytes);
  }
  if (payload_sha256_) payload_sha256_->Update(bytes);
  if (payload_extra_) payload_extra_->Update(bytes);
}

void WarcGzScanner::FinishRecord() {
  std::string block256 = block_sha256_->FinishRaw();
  std::string block1 = block_extra_ ? block_extra_->FinishRaw() : std::string();
  cur_.block_sha256_hex = base::ToHex(block256);
  if (!cur_.block_digest.empty() && !DigestLabelMatches(cur_.block_digest, block256, block1)) {
    cur_.problems.push_back("WARC-Block-Digest mismatch (header " + cur_.block_digest +
                            ", block sha256:" + cur_.block_sha256_hex + ")");
  }
  if (http_ && !http_head_.empty()) {
    // Status line and Content-Type of the HTTP message, for the CDXJ index.
    std::string_view head = http_head_;
    size_t eol = head.find("\r\n");
    std::string_view status_line = head.substr(0, eol);
    if (status_line.starts_with("HTTP/")) {
      size_t sp = status_line.find(' ');
      if (sp != std::string_view::npos && sp + 4 <= status_line.size()) {
        int code = 0;
        std::from_chars(status_line.data() + sp + 1, status_line.data() + sp + 4, code);
        cur_.http_status = code;
      }
    }
    std::string lower = AsciiLower(head);
    size_t ct = lower.find("\r\ncontent-type:");
    if (ct != std::string::npos) {
      size_t start = ct + 15;
      size_t end = lower.find("\r\n", start);
      std::string_view v = TrimAscii(std::string_view(head).substr(start, end - start));
      size_t semi = v.find(';');
      cur_.http_mime = std::string(TrimAscii(v.substr(0, semi)));
    }
  }
  if (payload_sha256_) {
    std::string p256 = payload_sha256_->FinishRaw();
    std::string p1 = payload_extra_ ? payload_extra_->FinishRaw() : std::string();
    cur_.payload_sha256_hex = base::ToHex(p256);
    // A revisit's block holds headers only; its payload digest names the
    // original payload, which is elsewhere.
    if (cur_.type != "revisit" && !cur_.payload_digest.empty() &&
        !DigestLabelMatches(cur_.payload_digest, p256, p1)) {
      cur_.problems.push_back("WARC-Payload-Digest mismatch (header " + cur_.payload_digest +
                              ", payload sha256:" + cur_.payload_sha256_hex + ")");
    }
  }
  pending_.push_back(std::move(cur_));
  cur_ = WarcRecordInfo{};
  record_open_ = false;
  ++next_index_;
}

}  // namespace lantian::store::internal
