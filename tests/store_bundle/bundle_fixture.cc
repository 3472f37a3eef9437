#include "tests/store_bundle/bundle_fixture.h"

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <zlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lantian::store::testing {
namespace {

std::string Sha256Hex(const std::string& data) {
  unsigned char md[32];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(kHex[md[i] >> 4]);
    out.push_back(kHex[md[i] & 15]);
  }
  return out;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, uLong(data.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = uInt(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = uInt(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace

TempFolder::TempFolder() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "lantian-bundle-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string GzipWarcRecord(const std::string& type, const std::string& uri, const std::string& date,
                           const std::string& content_type, const std::string& block,
                           const std::string& record_id, bool http_payload) {
  std::string h = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + record_id +
                  "\r\nWARC-Date: " + date + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  h += "Content-Type: " + content_type + "\r\n";
  h += "WARC-Block-Digest: sha256:" + Sha256Hex(block) + "\r\n";
  if (http_payload) {
    size_t end = block.find("\r\n\r\n");
    h += "WARC-Payload-Digest: sha256:" + Sha256Hex(block.substr(end + 4)) + "\r\n";
  }
  h += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return Gzip(h + block + "\r\n\r\n");
}

void WriteFixtureCaptures(const std::string& warc_path, const std::vector<FixturePage>& pages,
                          std::vector<BundleCapture>* captures, std::vector<BundleItem>* items) {
  std::ofstream out(warc_path, std::ios::binary | std::ios::app);
  uint64_t offset = std::filesystem::exists(warc_path) ? std::filesystem::file_size(warc_path) : 0;
  int n = int(captures->size());
  for (const FixturePage& p : pages) {
    ++n;
    std::string date = "2026-11-25T0" + std::to_string(n % 10) + ":00:00Z";
    std::string id = std::to_string(n);
    auto rid = [&](char c) {
      return "<urn:uuid:00000000-0000-4000-8000-" + std::string(1, c) +
             std::string(11 - id.size(), '0') + id + ">";
    };
    std::string host = p.url.substr(p.url.find("://") + 3);
    host = host.substr(0, host.find('/'));
    std::string request = "GET " + p.url.substr(p.url.find(host) + host.size()) +
                          " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: lantian-test\r\n\r\n";
    std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + p.title +
                       "</title></head><body><h1>" + p.title + "</h1><p>" + p.body_text +
                       "</p></body></html>";
    std::string response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                           std::to_string(html.size()) + "\r\n\r\n" + html;
    std::string meta = "via: \r\nhopsFromSeed: S\r\n";
    std::string members = GzipWarcRecord("request", p.url, date, "application/http;msgtype=request",
                                         request, rid('a'), true) +
                          GzipWarcRecord("response", p.url, date,
                                         "application/http;msgtype=response", response, rid('b'),
                                         true) +
                          GzipWarcRecord("metadata", p.url, date, "application/warc-fields", meta,
                                         rid('c'), false);
    out.write(members.data(), std::streamsize(members.size()));
    BundleCapture c;
    c.key = id;
    c.sha256 = Sha256Hex(html);
    c.captured_at_utc = date;
    c.page_url = p.url;
    c.ranges.push_back(WarcRange{warc_path, offset, members.size()});
    offset += members.size();
    captures->push_back(c);
    BundleItem it;
    it.platform = "taobao";
    it.listing_id = id;
    it.url = p.url;
    it.title = p.title;
    it.price = "¥99";
    it.seller = "某某知识产权服务店";
    it.seller_url = "https://shop.example.test/" + id;
    it.first_seen_utc = date;
    it.capture_key = id;
    BundleHit h;
    h.hit_id = n;
    h.rule_id = "guaranteed_grant.bao_shouquan";
    h.category = "guaranteed_grant";
    h.severity = "high";
    h.match = "包授权";
    h.context = p.body_text;
    h.start = 0;
    h.end = 9;
    it.hits.push_back(h);
    items->push_back(it);
  }
}

BundleOptions TestOptions(const SigningKey* key) {
  BundleOptions o;
  o.notices_dir = std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/notices";
  o.key = key;
  o.created_utc = "2026-11-25T08:00:00Z";
  o.software = "lantian test";
  o.sender.organization = "某市知识产权局";
  o.sender.credit_code = "11000000000000000X";
  o.sender.contact_person = "张三";
  o.sender.phone = "010-12345678";
  o.sender.email = "monitor@example.test";
  o.sender.authority = "专利代理监督管理";
  o.sender.letter_reference = "知监函〔2026〕12号";
  return o;
}

void RewriteZip(const std::string& in, const std::string& out,
                const std::function<bool(const std::string&, std::string*)>& edit,
                const std::map<std::string, std::string>& extra) {
  archive* r = archive_read_new();
  archive_read_support_format_zip_seekable(r);
  if (archive_read_open_filename(r, in.c_str(), 65536) != ARCHIVE_OK) {
    throw std::runtime_error("cannot open " + in);
  }
  archive* w = archive_write_new();
  archive_write_set_format_zip(w);
  archive_write_open_filename(w, out.c_str());
  auto add = [&](const std::string& name, const std::string& data) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, la_int64_t(data.size()));
    archive_write_header(w, e);
    archive_write_data(w, data.data(), data.size());
    archive_entry_free(e);
  };
  archive_entry* e = nullptr;
  while (archive_read_next_header(r, &e) == ARCHIVE_OK) {
    std::string name = archive_entry_pathname(e);
    std::string data;
    std::array<char, 65536> buf;
    la_ssize_t n;
    while ((n = archive_read_data(r, buf.data(), buf.size())) > 0) data.append(buf.data(), size_t(n));
    if (edit(name, &data)) add(name, data);
  }
  for (const auto& [name, data] : extra) add(name, data);
  archive_read_free(r);
  archive_write_close(w);
  archive_write_free(w);
}

std::string ReadZipEntry(const std::string& zip, const std::string& wanted) {
  std::string result;
  RewriteZip(zip, zip + ".scratch", [&](const std::string& name, std::string* data) {
    if (name == wanted) result = *data;
    return false;
  });
  std::filesystem::remove(zip + ".scratch");
  return result;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), std::streamsize(data.size()));
}

int RunCommand(const std::string& command, std::string* output) {
  std::string full = "( " + command + " ) 2>&1";
  FILE* p = ::popen(full.c_str(), "r");
  if (p == nullptr) return -1;
  std::array<char, 4096> buf;
  size_t n;
  output->clear();
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) output->append(buf.data(), n);
  int rc = ::pclose(p);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace lantian::store::testing
