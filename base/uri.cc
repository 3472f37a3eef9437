#include "base/uri.h"

#include <string>
#include <string_view>

namespace lantian::base {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// RFC 3986 §5.2.4.
std::string RemoveDotSegments(std::string_view input) {
  std::string in(input);
  std::string out;
  std::size_t i = 0;
  while (i < in.size()) {
    std::string_view rest = std::string_view(in).substr(i);
    if (rest.starts_with("../")) {
      i += 3;
    } else if (rest.starts_with("./")) {
      i += 2;
    } else if (rest.starts_with("/./")) {
      i += 2;
    } else if (rest == "/.") {
      in.replace(i, 2, "/");
    } else if (rest.starts_with("/../")) {
      i += 3;
      std::size_t slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (rest == "/..") {
      in.replace(i, 3, "/");
      std::size_t slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (rest == "." || rest == "..") {
      i = in.size();
    } else {
      std::size_t start = i;
      if (in[i] == '/') ++i;
      while (i < in.size() && in[i] != '/') ++i;
      out.append(in, start, i - start);
    }
  }
  return out;
}

// RFC 3986 §5.2.3.
std::string MergePaths(const UriParts& base, std::string_view ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + std::string(ref_path);
  std::size_t slash = base.path.rfind('/');
  if (slash == std::string::npos) return std::string(ref_path);
  return base.path.substr(0, slash + 1) + std::string(ref_path);
}

std::string CleanRef(std::string_view ref) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!ref.empty() && is_space(ref.front())) ref.remove_prefix(1);
  while (!ref.empty() && is_space(ref.back())) ref.remove_suffix(1);
  std::string out;
  out.reserve(ref.size());
  for (char c : ref) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

UriParts SplitUri(std::string_view ref) {
  UriParts p;
  // scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  std::size_t i = 0;
  if (!ref.empty() && IsAlpha(ref[0])) {
    std::size_t j = 1;
    while (j < ref.size() && (IsAlpha(ref[j]) || IsDigit(ref[j]) || ref[j] == '+' || ref[j] == '-' ||
                              ref[j] == '.'))
      ++j;
    if (j < ref.size() && ref[j] == ':') {
      p.scheme.assign(ref.substr(0, j));
      i = j + 1;
    }
  }
  std::string_view rest = ref.substr(i);
  std::size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    p.has_fragment = true;
    p.fragment.assign(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  std::size_t q = rest.find('?');
  if (q != std::string_view::npos) {
    p.has_query = true;
    p.query.assign(rest.substr(q + 1));
    rest = rest.substr(0, q);
  }
  if (rest.starts_with("//")) {
    p.has_authority = true;
    std::size_t slash = rest.find('/', 2);
    if (slash == std::string_view::npos) slash = rest.size();
    p.authority.assign(rest.substr(2, slash - 2));
    rest = rest.substr(slash);
  }
  p.path.assign(rest);
  return p;
}

std::string RecomposeUri(const UriParts& p) {
  std::string out;
  if (!p.scheme.empty()) out += p.scheme + ":";
  if (p.has_authority) out += "//" + p.authority;
  out += p.path;
  if (p.has_query) out += "?" + p.query;
  if (p.has_fragment) out += "#" + p.fragment;
  return out;
}

std::optional<std::string> ResolveUri(std::string_view base_text, std::string_view ref_text) {
  return ResolveUri(SplitUri(base_text), ref_text);
}

std::optional<std::string> ResolveUri(const UriParts& b, std::string_view ref_text) {
  std::string cleaned = CleanRef(ref_text);
  UriParts r = SplitUri(cleaned);
  UriParts t;
  if (!r.scheme.empty()) {
    t = r;
    t.path = RemoveDotSegments(r.path);
  } else {
    if (b.scheme.empty()) return std::nullopt;
    if (r.has_authority) {
      t.authority = r.authority;
      t.has_authority = true;
      t.path = RemoveDotSegments(r.path);
      t.query = r.query;
      t.has_query = r.has_query;
    } else {
      if (r.path.empty()) {
        t.path = b.path;
        if (r.has_query) {
          t.query = r.query;
          t.has_query = true;
        } else {
          t.query = b.query;
          t.has_query = b.has_query;
        }
      } else {
        if (r.path[0] == '/') {
          t.path = RemoveDotSegments(r.path);
        } else {
          t.path = RemoveDotSegments(MergePaths(b, r.path));
        }
        t.query = r.query;
        t.has_query = r.has_query;
      }
      t.authority = b.authority;
      t.has_authority = b.has_authority;
    }
    t.scheme = b.scheme;
  }
  t.fragment = r.fragment;
  t.has_fragment = r.has_fragment;
  return RecomposeUri(t);
}

std::string StripFragment(std::string_view url) {
  std::size_t hash = url.find('#');
  return std::string(url.substr(0, hash));
}

std::string UriHost(std::string_view url) {
  UriParts p = SplitUri(url);
  if (!p.has_authority) return "";
  std::string_view a = p.authority;
  std::size_t at = a.rfind('@');
  if (at != std::string_view::npos) a = a.substr(at + 1);
  if (!a.empty() && a[0] == '[') {
    std::size_t close = a.find(']');
    a = a.substr(0, close == std::string_view::npos ? a.size() : close + 1);
  } else {
    std::size_t colon = a.find(':');
    if (colon != std::string_view::npos) a = a.substr(0, colon);
  }
  std::string host(a);
  for (char& c : host) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

std::string PercentEncode(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() * 3);
  for (char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    if (IsUnreservedOctet(c)) {
      out.push_back(ch);
    } else {
      AppendPercentEscape(c, out);
    }
  }
  return out;
}

bool IsUnreservedOctet(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

void AppendPercentEscape(unsigned char c, std::string& out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::uint64_t UrlHash(std::string_view url) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char c : url) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace lantian::base
