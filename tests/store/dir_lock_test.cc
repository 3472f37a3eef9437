#include "store/internal/dir_lock.h"

#include <gtest/gtest.h>

#include "tests/store/store_test_util.h"

namespace lantian::store::internal {
namespace {

TEST(DirLockTest, SecondHolderIsRefusedUntilTheFirstIsGone) {
  testing::TempDir dir;
  const std::string path = dir.File("lock");
  auto first = DirLock::TryAcquire(path);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_TRUE(first->has_value());
  // flock(2) locks belong to the open file description: a second open of
  // the same file, even in this process, cannot take it.
  auto second = DirLock::TryAcquire(path);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->has_value());
  first->reset();
  auto third = DirLock::TryAcquire(path);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->has_value());
}

TEST(DirLockTest, UnopenableLockFileIsAnIoErrorNamingIt) {
  auto lock = DirLock::TryAcquire("/nonexistent-dir/lock");
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.status().code(), Status::Code::kIoError);
  EXPECT_EQ(lock.status().message(), "/nonexistent-dir/lock: cannot open: No such file or directory");
}

}  // namespace
}  // namespace lantian::store::internal
