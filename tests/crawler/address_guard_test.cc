#include "crawler/address_guard.h"

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

TEST(AddressGuardTest, RefusesPrivateLoopbackLinkLocalMulticast) {
  for (const char* a : {"127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                        "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "100.64.0.1", "::1", "::",
                        "fe80::1", "fc00::1", "fd12::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                        "not an address"}) {
    EXPECT_FALSE(IsPublicAddress(a)) << a;
  }
}

TEST(AddressGuardTest, AllowsPublicAddresses) {
  for (const char* a : {"8.8.8.8", "1.1.1.1", "172.32.0.1", "11.0.0.1", "2606:4700::1111", "::ffff:8.8.8.8"}) {
    EXPECT_TRUE(IsPublicAddress(a)) << a;
  }
}

}  // namespace
}  // namespace lantian::crawler
