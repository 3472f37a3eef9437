#include "base/no_destructor.h"

#include <gtest/gtest.h>

#include <string>

namespace lantian::base {
namespace {

struct Loud {
  explicit Loud(int* destroyed) : destroyed_(destroyed) {}
  ~Loud() { ++*destroyed_; }
  int* destroyed_;
};

TEST(NoDestructorTest, ConstructsOnceAndNeverDestroys) {
  int destroyed = 0;
  {
    NoDestructor<Loud> n(&destroyed);
    EXPECT_EQ(n->destroyed_, &destroyed);
  }
  EXPECT_EQ(destroyed, 0);
  static const NoDestructor<std::string> s(3, 'a');
  EXPECT_EQ(*s, "aaa");
  EXPECT_EQ(s->size(), 3u);
}

}  // namespace
}  // namespace lantian::base
