// console/password.h and console/users.h: Argon2id hashes and accounts.

#include "console/password.h"

#include <gtest/gtest.h>

#include <string>

#include "console/users.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::console {
namespace {

TEST(PasswordTest, EqualPasswordsGiveDifferentHashesWithoutThePassword) {
  auto a = HashPassword("correct horse battery", KdfCost::kInteractive);
  auto b = HashPassword("correct horse battery", KdfCost::kInteractive);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);  // random salt per hash
  EXPECT_TRUE(a->starts_with("$argon2id$"));
  EXPECT_EQ(a->find("correct"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*a, "correct horse battery"));
  EXPECT_TRUE(VerifyPassword(*b, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*a, "correct horse batterY"));
  EXPECT_FALSE(VerifyPassword("not a hash", "correct horse battery"));
  EXPECT_FALSE(VerifyPassword("", ""));
}

TEST(PasswordTest, ModerateCostIsWrittenIntoTheHash) {
  auto h = HashPassword("correct horse battery", KdfCost::kModerate);
  ASSERT_TRUE(h.ok());
  EXPECT_NE(h->find("m=262144,t=3"), std::string::npos) << *h;  // 256 MiB, 3 passes
  EXPECT_TRUE(VerifyPassword(*h, "correct horse battery"));
  EXPECT_EQ(ParseKdfCost("cheap").status().message(), "unknown KDF cost 'cheap' (interactive|moderate)");
}

TEST(UsersTest, AddRefusesBadNamesRolesAndShortPasswords) {
  store::testing::TempDir dir;
  const std::string db = dir.File("lantian.db");
  EXPECT_EQ(AddUser(db, "li wei", "analyst", "long enough pw", KdfCost::kInteractive).message(),
            "user name 'li wei' may hold only letters, digits, '.', '_' and '-'");
  EXPECT_EQ(AddUser(db, "-x", "analyst", "long enough pw", KdfCost::kInteractive).message(),
            "user name '-x' starts with '-'");
  EXPECT_EQ(AddUser(db, "li", "boss", "long enough pw", KdfCost::kInteractive).message(),
            "unknown role 'boss' (analyst|officer|admin)");
  EXPECT_EQ(AddUser(db, "li", "analyst", "short", KdfCost::kInteractive).message(),
            "password too short (at least 10 characters)");
  ASSERT_TRUE(AddUser(db, "li", "analyst", "long enough pw", KdfCost::kInteractive).ok());
  EXPECT_EQ(AddUser(db, "li", "admin", "long enough pw", KdfCost::kInteractive).message(),
            "user li already exists");
  auto report = ListUsersReport(db);
  ASSERT_TRUE(report.ok());
  EXPECT_NE(report->find("li    analyst  active"), std::string::npos) << *report;
  EXPECT_NE(report->find("never"), std::string::npos);
  EXPECT_EQ(report->find("argon2"), std::string::npos);
}

TEST(UsersTest, PasswdAndDisable) {
  store::testing::TempDir dir;
  const std::string db = dir.File("lantian.db");
  ASSERT_TRUE(AddUser(db, "li", "officer", "first password", KdfCost::kInteractive).ok());
  ASSERT_TRUE(ChangePassword(db, "li", "second password", KdfCost::kInteractive).ok());
  EXPECT_EQ(ChangePassword(db, "wang", "second password", KdfCost::kInteractive).message(), "no user wang");
  EXPECT_EQ(ChangePassword(db, "li", "short", KdfCost::kInteractive).message(),
            "password too short (at least 10 characters)");
  {
    store::StoreOptions options;
    options.db_path = db;
    auto store = store::Store::Open(options);
    ASSERT_TRUE(store.ok());
    auto u = (*store)->GetUser("li");
    EXPECT_TRUE(VerifyPassword((*u)->password_hash, "second password"));
    EXPECT_FALSE(VerifyPassword((*u)->password_hash, "first password"));
  }
  ASSERT_TRUE(DisableUser(db, "li").ok());
  EXPECT_EQ(DisableUser(db, "wang").message(), "no user wang");
  EXPECT_NE(ListUsersReport(db)->find("disabled"), std::string::npos);
  EXPECT_TRUE(RoleAtLeast(Role::kAdmin, Role::kOfficer));
  EXPECT_FALSE(RoleAtLeast(Role::kAnalyst, Role::kOfficer));
}

}  // namespace
}  // namespace lantian::console
