#pragma once

// The address guard: lantian refuses to connect to private, loopback,
// link-local, multicast, unspecified and other special-purpose addresses
// unless allowed (`--allow-private`, `crawler.allow_private`). The fetcher
// checks the address it actually connects to, on every redirect hop, so DNS
// names that resolve to 10.x or 127.x are caught too.

#include <string_view>

struct sockaddr;

namespace lantian::crawler {

// True when `address` (dotted IPv4 or IPv6 text) is a public unicast address.
// False for anything unparsable.
bool IsPublicAddress(std::string_view address);

// Same check on a socket address (AF_INET / AF_INET6); false for other families.
bool IsPublicSockaddr(const sockaddr* address);

}  // namespace lantian::crawler
