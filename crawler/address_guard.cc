#include "crawler/address_guard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace lantian::crawler {
namespace {

// RFC 6890 special-purpose IPv4 blocks that a crawler must not reach.
bool IsPublicV4(std::uint32_t a) {  // host byte order
  const auto in = [a](std::uint32_t net, int bits) {
    const std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t{0} << (32 - bits);
    return (a & mask) == net;
  };
  return !(in(0x00000000, 8) ||      // 0.0.0.0/8 "this network", unspecified
           in(0x0A000000, 8) ||      // 10/8 private
           in(0x64400000, 10) ||     // 100.64/10 carrier-grade NAT
           in(0x7F000000, 8) ||      // 127/8 loopback
           in(0xA9FE0000, 16) ||     // 169.254/16 link-local (cloud metadata)
           in(0xAC100000, 12) ||     // 172.16/12 private
           in(0xC0000000, 24) ||     // 192.0.0/24 IETF protocol assignments
           in(0xC0000200, 24) ||     // 192.0.2/24 TEST-NET-1
           in(0xC0A80000, 16) ||     // 192.168/16 private
           in(0xC6120000, 15) ||     // 198.18/15 benchmarking
           in(0xC6336400, 24) ||     // 198.51.100/24 TEST-NET-2
           in(0xCB007100, 24) ||     // 203.0.113/24 TEST-NET-3
           in(0xE0000000, 4) ||      // 224/4 multicast
           in(0xF0000000, 4));       // 240/4 reserved, broadcast
}

bool IsPublicV6(const in6_addr& a) {
  const unsigned char* b = a.s6_addr;
  static const unsigned char kZero[16] = {};
  if (std::memcmp(b, kZero, 16) == 0) return false;                     // :: unspecified
  if (std::memcmp(b, kZero, 15) == 0 && b[15] == 1) return false;       // ::1 loopback
  if (IN6_IS_ADDR_V4MAPPED(&a) || IN6_IS_ADDR_V4COMPAT(&a)) {           // ::ffff:a.b.c.d
    std::uint32_t v4;
    std::memcpy(&v4, b + 12, 4);
    return IsPublicV4(ntohl(v4));
  }
  if (b[0] == 0xFF) return false;                                       // ff00::/8 multicast
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return false;              // fe80::/10 link-local
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return false;              // fec0::/10 site-local
  if ((b[0] & 0xFE) == 0xFC) return false;                              // fc00::/7 unique local
  if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false;  // 2001:db8::/32 docs
  if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) {   // 64:ff9b::/96 NAT64
    std::uint32_t v4;
    std::memcpy(&v4, b + 12, 4);
    return IsPublicV4(ntohl(v4));
  }
  return true;
}

}  // namespace

bool IsPublicAddress(std::string_view address) {
  const std::string text(address);
  in_addr v4{};
  if (inet_pton(AF_INET, text.c_str(), &v4) == 1) return IsPublicV4(ntohl(v4.s_addr));
  in6_addr v6{};
  if (inet_pton(AF_INET6, text.c_str(), &v6) == 1) return IsPublicV6(v6);
  return false;
}

bool IsPublicSockaddr(const sockaddr* address) {
  if (address == nullptr) return false;
  if (address->sa_family == AF_INET) {
    sockaddr_in v4;
    std::memcpy(&v4, address, sizeof v4);
    return IsPublicV4(ntohl(v4.sin_addr.s_addr));
  }
  if (address->sa_family == AF_INET6) {
    sockaddr_in6 v6;
    std::memcpy(&v6, address, sizeof v6);
    return IsPublicV6(v6.sin6_addr);
  }
  return false;
}

}  // namespace lantian::crawler
