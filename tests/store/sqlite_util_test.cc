#include "store/internal/sqlite_util.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include <gtest/gtest.h>

namespace lantian::store::internal {
namespace {

TEST(SqliteUtilTest, ErrorCodesMapToStatusCodes) {
  auto code = [](int rc) { return FromSqlite("x.db", SQLite::Exception("boom", rc)).code(); };
  EXPECT_EQ(code(SQLITE_CORRUPT), Status::Code::kCorruption);
  EXPECT_EQ(code(SQLITE_NOTADB), Status::Code::kCorruption);
  EXPECT_EQ(code(SQLITE_FULL), Status::Code::kResourceExhausted);
  EXPECT_EQ(code(SQLITE_BUSY), Status::Code::kUnavailable);
  EXPECT_EQ(code(SQLITE_LOCKED), Status::Code::kUnavailable);
  EXPECT_EQ(code(SQLITE_IOERR), Status::Code::kIoError);
}

TEST(SqliteUtilTest, MessageNamesThePathAndTheCode) {
  SQLite::Database db(":memory:");
  try {
    db.exec("SELECT * FROM nowhere");
    FAIL() << "no exception";
  } catch (const SQLite::Exception& e) {
    EXPECT_EQ(FromSqlite("x.db", e).message(), "x.db: no such table: nowhere (SQLite code 1)");
  }
}

}  // namespace
}  // namespace lantian::store::internal
