// Store: console accounts, sessions and failed sign-ins (schema 5).

#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::TempDir;

std::unique_ptr<Store> Open(const TempDir& dir, bool read_only = false) {
  StoreOptions o;
  o.db_path = dir.Db();
  o.warc_dir = dir.File("warc");
  o.read_only = read_only;
  auto s = Store::Open(o);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(*s) : nullptr;
}

UserRecord User(const std::string& name, const std::string& role) {
  UserRecord u;
  u.name = name;
  u.role = role;
  u.password_hash = "$argon2id$fake-" + name;
  u.created_at = "2026-12-01T10:00:00.000Z";
  return u;
}

TEST(StoreUsersTest, AddsListsAndRefusesADuplicateName) {
  TempDir dir;
  auto store = Open(dir);
  ASSERT_TRUE(store->AddUser(User("zhao", "analyst")).ok());
  ASSERT_TRUE(store->AddUser(User("an", "admin")).ok());
  Status dup = store->AddUser(User("zhao", "officer"));
  EXPECT_EQ(dup.message(), "user zhao already exists");
  auto users = store->ListUsers();
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ((*users)[0].name, "an");
  EXPECT_EQ((*users)[1].role, "analyst");  // the duplicate changed nothing
  EXPECT_EQ((*users)[1].last_sign_in, "");
  EXPECT_FALSE((*users)[1].disabled);
}

TEST(StoreUsersTest, DisableAndPasswordChangeEndSessions) {
  TempDir dir;
  auto store = Open(dir);
  ASSERT_TRUE(store->AddUser(User("zhao", "analyst")).ok());
  SessionRecord s{"aa", "zhao", "csrf1", "2026-12-01T10:00:00.000Z", "2026-12-01T10:00:00.000Z",
                  "2026-12-01T22:00:00.000Z"};
  ASSERT_TRUE(store->BeginSession(s).ok());
  EXPECT_EQ((*store->GetUser("zhao"))->last_sign_in, "2026-12-01T10:00:00.000Z");
  ASSERT_TRUE(store->GetSession("aa")->has_value());
  ASSERT_TRUE(store->SetUserPassword("zhao", "$argon2id$new").ok());
  EXPECT_FALSE(store->GetSession("aa")->has_value());
  EXPECT_EQ((*store->GetUser("zhao"))->password_hash, "$argon2id$new");
  s.id_sha256 = "bb";
  ASSERT_TRUE(store->BeginSession(s).ok());
  ASSERT_TRUE(store->DisableUser("zhao").ok());
  EXPECT_FALSE(store->GetSession("bb")->has_value());
  EXPECT_TRUE((*store->GetUser("zhao"))->disabled);
  EXPECT_EQ(store->DisableUser("nobody").message(), "no user nobody");
  EXPECT_EQ(store->SetUserPassword("nobody", "x").message(), "no user nobody");
  EXPECT_EQ(store->BeginSession({"cc", "nobody", "c", "t", "t", "t"}).message(), "no user nobody");
}

TEST(StoreUsersTest, SessionsTouchEndAndExpire) {
  TempDir dir;
  auto store = Open(dir);
  ASSERT_TRUE(store->AddUser(User("zhao", "analyst")).ok());
  ASSERT_TRUE(store->BeginSession({"aa", "zhao", "c", "2026-12-01T10:00:00.000Z", "2026-12-01T10:00:00.000Z",
                                   "2026-12-01T22:00:00.000Z"}).ok());
  ASSERT_TRUE(store->BeginSession({"bb", "zhao", "c", "2026-12-01T11:00:00.000Z", "2026-12-01T11:00:00.000Z",
                                   "2026-12-01T23:00:00.000Z"}).ok());
  ASSERT_TRUE(store->TouchSession("aa", "2026-12-01T10:20:00.000Z").ok());
  EXPECT_EQ((*store->GetSession("aa"))->last_seen, "2026-12-01T10:20:00.000Z");
  ASSERT_TRUE(store->EndSessionsExpiredBefore("2026-12-01T22:30:00.000Z").ok());
  EXPECT_FALSE(store->GetSession("aa")->has_value());
  ASSERT_TRUE(store->GetSession("bb")->has_value());
  ASSERT_TRUE(store->EndSession("bb").ok());
  EXPECT_FALSE(store->GetSession("bb")->has_value());
  EXPECT_TRUE(store->EndSession("bb").ok());
}

TEST(StoreUsersTest, SignInFailuresByAccountAndAddress) {
  TempDir dir;
  auto store = Open(dir);
  ASSERT_TRUE(store->AddSignInFailure("zhao", "10.0.0.1", "2026-12-01T10:00:00.000Z").ok());
  ASSERT_TRUE(store->AddSignInFailure("zhao", "10.0.0.2", "2026-12-01T10:05:00.000Z").ok());
  ASSERT_TRUE(store->AddSignInFailure("qian", "10.0.0.1", "2026-12-01T10:06:00.000Z").ok());
  auto acc = store->SignInFailuresSince("zhao", false, "2026-12-01T10:01:00.000Z");
  ASSERT_TRUE(acc.ok());
  EXPECT_EQ(*acc, std::vector<std::string>{"2026-12-01T10:05:00.000Z"});
  auto addr = store->SignInFailuresSince("10.0.0.1", true, "2026-12-01T09:00:00.000Z");
  EXPECT_EQ(*addr, (std::vector<std::string>{"2026-12-01T10:00:00.000Z", "2026-12-01T10:06:00.000Z"}));
}

TEST(StoreUsersTest, ReadOnlyStoreRefusesAccountWrites) {
  TempDir dir;
  { ASSERT_NE(Open(dir), nullptr); }
  auto ro = Open(dir, true);
  EXPECT_FALSE(ro->AddUser(User("zhao", "analyst")).ok());
  EXPECT_TRUE(ro->ListUsers()->empty());
}

}  // namespace
}  // namespace lantian::store
