#pragma once

// Test fixtures for evidence bundles: a temp folder, WARC captures written as
// gzip members with correct digests, a signing key, ZIP rewriting for tamper
// tests, and a command runner.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "store/bundle/bundle.h"
#include "store/bundle/signing.h"

namespace lantian::store::testing {

// A fresh temp folder, removed (recursively) by the destructor.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// One WARC record as one gzip member, with WARC-Block-Digest (and
// WARC-Payload-Digest for HTTP records) computed from the block.
std::string GzipWarcRecord(const std::string& type, const std::string& uri, const std::string& date,
                           const std::string& content_type, const std::string& block,
                           const std::string& record_id, bool http_payload);

struct FixturePage {
  std::string url;
  std::string title;  // goes into <title> and the item title
  std::string body_text;
};

// Writes `pages` as captures (request, response, metadata each) into
// `warc_path` and returns one BundleCapture + BundleItem per page (platform
// "taobao", one guaranteed_grant hit).
void WriteFixtureCaptures(const std::string& warc_path, const std::vector<FixturePage>& pages,
                          std::vector<BundleCapture>* captures, std::vector<BundleItem>* items);

// BundleOptions for tests: config/notices from the source tree, the given key.
BundleOptions TestOptions(const SigningKey* key);

// Rewrites the ZIP at `in` to `out`: `edit(name, data)` may change an entry's
// bytes and returns false to drop it; `extra` entries are appended.
void RewriteZip(const std::string& in, const std::string& out,
                const std::function<bool(const std::string& name, std::string* data)>& edit,
                const std::map<std::string, std::string>& extra = {});

// The bytes of one entry of a ZIP ("" when absent).
std::string ReadZipEntry(const std::string& zip, const std::string& name);

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& data);

// Runs `command` with /bin/sh, returns the exit status; stdout+stderr in *output.
int RunCommand(const std::string& command, std::string* output);

}  // namespace lantian::store::testing
