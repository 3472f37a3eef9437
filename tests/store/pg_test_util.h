#pragma once

// A fresh PostgreSQL database per test, on the throwaway server ctest starts
// (tests/support/pg_server.py, fixture "pg"; its directory comes in
// LANTIAN_TEST_PG_DIR). Dropped on destruction.
//
//   auto pg = PgTestDatabase::Create();
//   if (!pg) GTEST_SKIP() << PgTestDatabase::SkipReason();
//   ... Store::Open({.db_path = pg->url(), ...}) ...

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "store/internal/sql.h"

namespace lantian::store::testing {

class PgTestDatabase {
 public:
  // nullopt when no server runs for the tests (SkipReason says why).
  static std::optional<PgTestDatabase> Create() {
    const std::string admin = AdminUrl();
    if (admin.empty()) return std::nullopt;
    static std::atomic<int> counter{0};
    const std::string name = "lt_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    sql::Database db = sql::Database::Open(admin, sql::OpenOptions{});
    db.exec("DROP DATABASE IF EXISTS " + name);
    db.exec("CREATE DATABASE " + name);
    return PgTestDatabase(admin, name);
  }

  static std::string SkipReason() {
    const char* dir = std::getenv("LANTIAN_TEST_PG_DIR");
    if (!dir) return "PostgreSQL tests need the server ctest starts (LANTIAN_TEST_PG_DIR is not set)";
    std::ifstream skip(std::string(dir) + "/skip");
    std::string reason;
    if (skip && std::getline(skip, reason)) return "PostgreSQL not available: " + reason;
    return std::string("PostgreSQL server not running (no ") + dir + "/url)";
  }

  PgTestDatabase(PgTestDatabase&& o) noexcept : admin_(std::move(o.admin_)), name_(std::move(o.name_)) {
    o.name_.clear();
  }
  PgTestDatabase& operator=(PgTestDatabase&&) = delete;
  ~PgTestDatabase() {
    if (name_.empty()) return;
    try {
      sql::Database db = sql::Database::Open(admin_, sql::OpenOptions{});
      db.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const sql::Error&) {
      // Left for the server's removal at the end of the run.
    }
  }

  // The libpq URL of this test's database.
  std::string url() const {
    std::string u = admin_;
    const std::string from = ":///postgres?";
    u.replace(u.find(from), from.size(), ":///" + name_ + "?");
    return u;
  }
  const std::string& name() const { return name_; }

 private:
  PgTestDatabase(std::string admin, std::string name) : admin_(std::move(admin)), name_(std::move(name)) {}

  static std::string AdminUrl() {
    const char* dir = std::getenv("LANTIAN_TEST_PG_DIR");
    if (!dir) return "";
    std::ifstream in(std::string(dir) + "/url");
    std::string url;
    if (!in || !std::getline(in, url)) return "";
    return url;
  }

  std::string admin_;
  std::string name_;
};

}  // namespace lantian::store::testing
