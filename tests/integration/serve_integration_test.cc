// `lantian serve` end to end: the real binary on a store the test fills
// through the store API, spoken to over HTTP on 127.0.0.1 (console/API.md).

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "base/time.h"
#include "store/internal/sql.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

extern char** environ;

namespace lantian {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kPassword = "a long enough password";

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // dir/lantian.db, or a PostgreSQL database (serve.postgres.* tests).
    db_ = dir_.Db();
    {
      store::StoreOptions o;
      o.db_path = db_;
      o.warc_dir = dir_.File("warc");
      o.hostname = "testhost";
      o.fsync = false;
      auto s = store::Store::Open(o);
      ASSERT_TRUE(s.ok()) << s.status().message();
      auto sweep = (*s)->BeginSweep("", "{}");
      ASSERT_TRUE(sweep.ok());
      std::vector<store::PageResult> pages{
          store::testing::MakePage(*sweep, "http://shop.test/item/1", "1001",
                                   "<html><body><script>alert(1)</script>包授权 1001</body></html>"),
          store::testing::MakePage(*sweep, "http://shop.test/item/2", "1002")};
      auto written = (*s)->WritePages(pages);
      ASSERT_TRUE(written.ok()) << written.status().message();
      item_ = (*written)[0].item_ids[0];
      capture_ = (*written)[0].capture_id;
      ASSERT_TRUE((*s)->FinishSweep(*sweep, "done").ok());
    }
    std::ofstream(dir_.File("pw")) << kPassword << "\n";
    for (auto [name, role] : {std::pair{"ana", "analyst"}, {"oli", "officer"}, {"adm", "admin"}}) {
      ASSERT_EQ(Run({"user", "add", name, "--role", role, "--password-file", dir_.File("pw"), "--kdf-cost",
                     "interactive", "--db", db_},
                    "add"),
                0)
          << Read("add.err");
    }
    // Exports sign with a fresh key as a non-sample sender.
    ASSERT_EQ(Run({"keygen", "--out", dir_.File("keys")}, "keygen"), 0) << Read("keygen.err");
    std::ofstream(dir_.File("export.toml"))
        << "[export]\nroute = \"referral\"\nkey = \"keys/lantian-signing.key.pem\"\n"
           "[export.sender]\norganization = \"测试市知识产权局\"\ncredit_code = \"11000000000000000X\"\n"
           "contact_person = \"李四\"\nphone = \"010-00000001\"\nemail = \"ip@example.org\"\n"
           "letter_reference = \"知监函〔2026〕1号\"\n";
    StartServer();
  }

  void TearDown() override {
    if (server_pid_ > 0) {
      kill(server_pid_, SIGTERM);
      EXPECT_EQ(Wait(server_pid_), 0);
      EXPECT_NE(Read("serve.err").find("lantian serve: stopped (SIGTERM)"), std::string::npos);
    }
  }

  pid_t Spawn(std::vector<std::string> args, const std::string& tag) {
    args.insert(args.begin(), LANTIAN_BINARY);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string out = dir_.File(tag + ".out"), err = dir_.File(tag + ".err");
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    EXPECT_EQ(posix_spawn(&pid, LANTIAN_BINARY, &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
  }
  int Wait(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  int Run(std::vector<std::string> args, const std::string& tag) { return Wait(Spawn(std::move(args), tag)); }
  std::string Read(const std::string& name) {
    std::ifstream in(dir_.File(name));
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  void StartServer() {
    server_pid_ = Spawn({"serve", "--listen", "127.0.0.1:0", "--db", db_, "--export-config", dir_.File("export.toml")},
                        "serve");
    // The port is known once the server prints it (bounded: 10 s).
    const std::string marker = "lantian serve: listening on http://127.0.0.1:";
    for (int i = 0; i < 1000 && port_ == 0; ++i) {
      const std::string err = Read("serve.err");
      if (auto at = err.find(marker); at != std::string::npos && err.find('\n', at) != std::string::npos) {
        port_ = std::stoi(err.substr(at + marker.size()));
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_GT(port_, 0) << Read("serve.err");
  }

  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(10, 0);
    return c;
  }
  std::string Origin() const { return "http://127.0.0.1:" + std::to_string(port_); }

  struct Session {
    std::string cookie, csrf;
  };
  Session SignIn(const std::string& name) {
    auto c = Client();
    auto r = c.Post("/api/v1/session", json{{"name", name}, {"password", kPassword}}.dump(), "application/json");
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : "no answer");
    if (!r || r->status != 200) return {};
    std::string set = r->get_header_value("Set-Cookie");
    EXPECT_NE(set.find("HttpOnly"), std::string::npos);
    EXPECT_NE(set.find("SameSite=Strict"), std::string::npos);
    return {set.substr(0, set.find(';')), json::parse(r->body)["csrf"].get<std::string>()};
  }
  httplib::Headers With(const Session& s, bool csrf = true) {
    httplib::Headers h{{"Cookie", s.cookie}};
    if (csrf) h.emplace("X-CSRF-Token", s.csrf);
    return h;
  }
  std::string HitsJsonl() {
    EXPECT_EQ(Run({"hits", "--db", db_, "--format", "jsonl"}, "hits"), 0) << Read("hits.err");
    return Read("hits.out");
  }

  store::testing::TempDir dir_;
  std::string db_;
  int64_t item_ = 0, capture_ = 0;
  pid_t server_pid_ = 0;
  int port_ = 0;
};

TEST_F(ServeTest, EveryApiRouteWithoutSessionIs401) {
  auto c = Client();
  const std::string item = std::to_string(item_);
  for (const std::string& path : std::vector<std::string>{"/api/v1/me", "/api/v1/findings", "/api/v1/findings/" + item,
                                 "/api/v1/captures/1/page", "/api/v1/offenders", "/api/v1/offenders/1",
                                 "/api/v1/sweeps", "/api/v1/stats", "/api/v1/exports", "/api/v1/exports/1/download",
                                 "/api/v1/users", "/api/v1/nonexistent", "/secret.txt"}) {
    auto r = c.Get(path.c_str());
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 401) << path;
    EXPECT_EQ(r->body, R"({"error":"not signed in"})") << path;
  }
  for (const std::string& path : std::vector<std::string>{"/api/v1/findings/" + item + "/review", "/api/v1/findings/" + item + "/undo",
                                 "/api/v1/exports"}) {
    auto r = c.Post(path.c_str(), "{}", "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << path;
  }
  auto del = c.Delete("/api/v1/session");
  EXPECT_EQ(del->status, 401);
  // A forged cookie is no session either.
  auto forged = c.Get("/api/v1/me", {{"Cookie", "lt_session=" + std::string(64, 'a')}});
  EXPECT_EQ(forged->status, 401);
  // What needs no session: health and the sign-in page.
  EXPECT_EQ(c.Get("/healthz")->body, R"({"ok":true})");
  auto page = c.Get("/");
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Security-Policy"),
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(page->get_header_value("Referrer-Policy"), "no-referrer");
}

TEST_F(ServeTest, StateChangesNeedTheCsrfTokenAndTheSameOrigin) {
  Session s = SignIn("ana");
  auto c = Client();
  const std::string review = "/api/v1/findings/" + std::to_string(item_) + "/review";
  const std::string body = R"({"action":"confirm","note":"seen"})";
  auto none = c.Post(review.c_str(), With(s, false), body, "application/json");
  EXPECT_EQ(none->status, 403);
  EXPECT_EQ(none->body, R"({"error":"bad or missing CSRF token"})");
  httplib::Headers wrong{{"Cookie", s.cookie}, {"X-CSRF-Token", std::string(64, '0')}};
  EXPECT_EQ(c.Post(review.c_str(), wrong, body, "application/json")->status, 403);
  httplib::Headers cross = With(s);
  cross.emplace("Origin", "http://evil.example");
  auto x = c.Post(review.c_str(), cross, body, "application/json");
  EXPECT_EQ(x->status, 403);
  EXPECT_EQ(x->body, R"({"error":"cross-origin request refused"})");
  // Sign-in checks Origin too.
  auto xs = c.Post("/api/v1/session", {{"Origin", "http://evil.example"}},
                   json{{"name", "ana"}, {"password", kPassword}}.dump(), "application/json");
  EXPECT_EQ(xs->status, 403);
  EXPECT_NE(HitsJsonl().find("\"status\":\"new\""), std::string::npos);  // nothing was reviewed
  httplib::Headers same = With(s);
  same.emplace("Origin", Origin());
  EXPECT_EQ(c.Post(review.c_str(), same, body, "application/json")->status, 200);
}

TEST_F(ServeTest, RolesAreEnforcedByTheServer) {
  Session ana = SignIn("ana");
  auto c = Client();
  auto e = c.Post("/api/v1/exports", With(ana), R"({"item_ids":[1]})", "application/json");
  EXPECT_EQ(e->status, 403);
  EXPECT_EQ(e->body, R"({"error":"needs role officer"})");
  auto u = c.Get("/api/v1/users", With(ana));
  EXPECT_EQ(u->status, 403);
  EXPECT_EQ(u->body, R"({"error":"needs role admin"})");
  Session oli = SignIn("oli");
  EXPECT_EQ(c.Get("/api/v1/users", With(oli))->status, 403);
  Session adm = SignIn("adm");
  auto users = c.Get("/api/v1/users", With(adm));
  ASSERT_EQ(users->status, 200);
  json j = json::parse(users->body);
  ASSERT_EQ(j["users"].size(), 3u);
  EXPECT_EQ(j["users"][0]["name"], "adm");
  EXPECT_EQ(users->body.find("argon2"), std::string::npos);
  auto me = c.Get("/api/v1/me", With(ana));
  EXPECT_EQ(json::parse(me->body)["user"]["role"], "analyst");
}

TEST_F(ServeTest, TwentyWrongPasswordsLockTheAccountEvenForTheRightOne) {
  auto c = Client();
  for (int i = 0; i < 20; ++i) {
    auto r = c.Post("/api/v1/session", json{{"name", "ana"}, {"password", "wrong password " + std::to_string(i)}}.dump(),
                    "application/json");
    ASSERT_EQ(r->status, 401) << i;
    EXPECT_EQ(r->body, R"({"error":"wrong name or password"})");
  }
  auto r = c.Post("/api/v1/session", json{{"name", "ana"}, {"password", kPassword}}.dump(), "application/json");
  EXPECT_EQ(r->status, 429);
  EXPECT_EQ(r->body, R"({"error":"too many failed sign-ins; try again in 900 s"})");
  EXPECT_TRUE(r->get_header_value("Set-Cookie").empty());
  // The address is locked too (the 20 came from 127.0.0.1).
  auto other = c.Post("/api/v1/session", json{{"name", "adm"}, {"password", kPassword}}.dump(), "application/json");
  EXPECT_EQ(other->status, 429);
}

TEST_F(ServeTest, PasswordHashesAreSaltedAndHoldNoPassword) {
  store::sql::Database db = store::testing::RawDb(dir_);
  store::sql::Statement q(db, "SELECT password_hash FROM users ORDER BY name");
  std::vector<std::string> hashes;
  while (q.executeStep()) hashes.push_back(q.getColumn(0).getString());
  ASSERT_EQ(hashes.size(), 3u);  // three accounts, one password
  EXPECT_NE(hashes[0], hashes[1]);
  EXPECT_NE(hashes[1], hashes[2]);
  for (const auto& h : hashes) {
    EXPECT_TRUE(h.starts_with("$argon2id$")) << h;
    EXPECT_EQ(h.find("long enough"), std::string::npos);
  }
  // Sessions are kept as SHA-256 of their id, never the id.
  Session s = SignIn("ana");
  const std::string id = s.cookie.substr(s.cookie.find('=') + 1);
  EXPECT_EQ(store::testing::QueryInt(db, "SELECT count(*) FROM sessions WHERE id_sha256 = '" + id + "'"), 0);
  EXPECT_EQ(store::testing::QueryInt(db, "SELECT count(*) FROM sessions WHERE id_sha256 = '" + base::Sha256Hex(id) + "'"),
            1);
}

TEST_F(ServeTest, ReviewAndUndoChangeWhatLantianHitsShows) {
  Session s = SignIn("ana");
  auto c = Client();
  const std::string base = "/api/v1/findings/" + std::to_string(item_);
  auto list = c.Get("/api/v1/findings?status=new&order=score", With(s));
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_EQ(json::parse(list->body)["total"], 2);
  auto r = c.Post((base + "/review").c_str(), With(s), R"({"action":"confirm","note":"guaranteed grant offer"})",
                  "application/json");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body)["finding"]["status"], "confirmed");
  std::string hits = HitsJsonl();
  EXPECT_NE(hits.find("\"status\":\"confirmed\""), std::string::npos) << hits;
  EXPECT_NE(hits.find("\"analyst\":\"ana\""), std::string::npos) << hits;
  // A confirmed finding cannot be dismissed: 409 with the store's reason.
  auto again = c.Post((base + "/review").c_str(), With(s), R"({"action":"dismiss"})", "application/json");
  EXPECT_EQ(again->status, 409);
  auto bad = c.Post((base + "/review").c_str(), With(s), R"({"action":"delete"})", "application/json");
  EXPECT_EQ(bad->status, 400);
  auto undo = c.Post((base + "/undo").c_str(), With(s), "", "application/json");
  ASSERT_EQ(undo->status, 200) << undo->body;
  EXPECT_EQ(json::parse(undo->body)["finding"]["status"], "new");
  hits = HitsJsonl();
  EXPECT_EQ(hits.find("\"status\":\"confirmed\""), std::string::npos) << hits;
  auto detail = c.Get(base.c_str(), With(s));
  ASSERT_EQ(detail->status, 200);
  json d = json::parse(detail->body);
  ASSERT_EQ(d["history"].size(), 2u);
  EXPECT_EQ(d["history"][1]["kind"], "reopen");
  EXPECT_EQ(d["history"][1]["actor"], "ana");
  EXPECT_EQ(d["history"][1]["note"], "undo: confirmed (guaranteed grant offer)");
  // Spans count code points: "实用新型代写 " is 7 of them (19 bytes).
  EXPECT_EQ(d["spans"][0]["start"], 7);
  EXPECT_EQ(d["spans"][0]["end"], 10);
  // Nothing left to undo.
  EXPECT_EQ(c.Post((base + "/undo").c_str(), With(s), "", "application/json")->status, 409);
  // A note moves nothing, is the finding's latest word, and is not undone.
  auto note = c.Post((base + "/review").c_str(), With(s), R"({"action":"note","note":"same seller as #3"})",
                     "application/json");
  ASSERT_EQ(note->status, 200) << note->body;
  EXPECT_EQ(json::parse(note->body)["finding"]["status"], "new");
  EXPECT_EQ(json::parse(note->body)["finding"]["note"], "same seller as #3");
  EXPECT_EQ(c.Post((base + "/review").c_str(), With(s), R"({"action":"note","note":" "})", "application/json")->status,
            400);
  EXPECT_EQ(c.Post((base + "/undo").c_str(), With(s), "", "application/json")->status, 409);
  // The chain still verifies with the console's changes in it.
  EXPECT_EQ(Run({"verify", "--db", db_}, "verify"), 0) << Read("verify.out") << Read("verify.err");
}

TEST_F(ServeTest, CapturedPageIsServedSandboxed) {
  Session s = SignIn("ana");
  auto c = Client();
  auto r = c.Get(("/api/v1/captures/" + std::to_string(capture_) + "/page").c_str(), With(s));
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Security-Policy"),
            "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'");
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_EQ(c.Get("/api/v1/captures/999/page", With(s))->status, 404);
}

TEST_F(ServeTest, SweepsListPagesHitsAndFailures) {
  Session s = SignIn("ana");
  auto c = Client();
  auto r = c.Get("/api/v1/sweeps", With(s));
  ASSERT_EQ(r->status, 200) << r->body;
  json j = json::parse(r->body);
  ASSERT_EQ(j["sweeps"].size(), 1u);
  EXPECT_EQ(j["sweeps"][0]["status"], "done");
  EXPECT_EQ(j["sweeps"][0]["pages"], 2);
  EXPECT_EQ(j["sweeps"][0]["hits"], 2);
  EXPECT_TRUE(j["sweeps"][0]["errors_by_host"].empty());
  EXPECT_TRUE(j["sweeps"][0]["workers"].empty());  // one process ran it
  EXPECT_TRUE(j["daemon"].empty());  // no daemon job has run on this store

  // A sweep a fleet works on shows each worker as its heartbeat left it.
  {
    store::StoreOptions o;
    o.db_path = db_;
    o.warc_dir = dir_.File("warc");
    auto st = store::Store::Open(o);
    ASSERT_TRUE(st.ok()) << st.status().message();
    auto sweep = (*st)->BeginSweep("", "{}");
    ASSERT_TRUE(sweep.ok());
    const int64_t now = base::UnixMsNow();
    ASSERT_TRUE((*st)->RegisterWorker(*sweep, "crawl-a", now).ok());
    ASSERT_TRUE((*st)->Heartbeat(*sweep, "crawl-a", now, 12, 15).ok());
    ASSERT_TRUE((*st)->RegisterWorker(*sweep, "crawl-b", now - 60'000).ok());  // silent for a minute
    ASSERT_TRUE((*st)->LeaseHost(*sweep, "http://shop.test:80", "crawl-a", now, 30'000)->granted);
  }
  r = c.Get("/api/v1/sweeps", With(s));
  ASSERT_EQ(r->status, 200) << r->body;
  j = json::parse(r->body);
  ASSERT_EQ(j["sweeps"].size(), 2u);
  const json& workers = j["sweeps"][0]["workers"];  // newest first
  ASSERT_EQ(workers.size(), 2u) << workers.dump();
  EXPECT_EQ(workers[0]["name"], "crawl-a");
  EXPECT_EQ(workers[0]["state"], "working");
  EXPECT_EQ(workers[0]["pages"], 12);
  EXPECT_EQ(workers[0]["hosts"], json::array({"http://shop.test:80"}));
  EXPECT_EQ(workers[1]["name"], "crawl-b");
  EXPECT_EQ(workers[1]["state"], "silent");
}

TEST_F(ServeTest, OffendersAndTheirFindings) {
  Session s = SignIn("ana");
  auto c = Client();
  auto list = c.Get("/api/v1/offenders", With(s));
  ASSERT_EQ(list->status, 200) << list->body;
  json l = json::parse(list->body);
  ASSERT_EQ(l["offenders"].size(), 1u);  // both items are shop-a's
  EXPECT_EQ(l["offenders"][0]["total_hits"], 2);
  const int64_t id = l["offenders"][0]["id"];
  auto one = c.Get(("/api/v1/offenders/" + std::to_string(id)).c_str(), With(s));
  ASSERT_EQ(one->status, 200) << one->body;
  json o = json::parse(one->body);
  EXPECT_EQ(o["offender"]["id"], id);
  EXPECT_EQ(o["findings"].size(), 2u);
  ASSERT_EQ(o["timeline"].size(), 2u);
  EXPECT_TRUE(o["timeline"][0]["what"].get<std::string>().starts_with("first seen on xianyu: ")) << o["timeline"];
  EXPECT_EQ(c.Get("/api/v1/offenders/999", With(s))->status, 404);
  EXPECT_EQ(c.Get("/api/v1/offenders?top=x", With(s))->status, 400);
}

TEST_F(ServeTest, StatsCountFindingsPerDay) {
  Session s = SignIn("ana");
  auto c = Client();
  auto r = c.Get("/api/v1/stats?days=7", With(s));
  ASSERT_EQ(r->status, 200) << r->body;
  json j = json::parse(r->body);
  ASSERT_EQ(j["per_day"].size(), 1u);  // both captures were written today
  EXPECT_EQ(j["per_day"][0]["count"], 2);
  EXPECT_EQ(j["per_day"][0]["category"], "guaranteed_grant");
  EXPECT_EQ(j["takedown_rate"], 0.0);
  EXPECT_TRUE(j["median_hours_to_removal"].is_null());
  EXPECT_EQ(j["top_offenders"].size(), 1u);
  EXPECT_EQ(c.Get("/api/v1/stats?days=0", With(s))->status, 400);
}

TEST_F(ServeTest, OfficerExportsConfirmedFindingsAsAVerifiedBundle) {
  Session ana = SignIn("ana");
  Session oli = SignIn("oli");
  auto c = Client();
  const std::string item = std::to_string(item_);
  // Nothing confirmed yet: nothing to export.
  auto none = c.Post("/api/v1/exports", With(oli), "{\"item_ids\":[" + item + "]}", "application/json");
  EXPECT_EQ(none->status, 409) << none->body;
  EXPECT_EQ(c.Post("/api/v1/exports", With(oli), R"({"item_ids":[]})", "application/json")->status, 400);
  EXPECT_EQ(c.Post("/api/v1/exports", With(oli), R"({"item_ids":["x"]})", "application/json")->status, 400);
  ASSERT_EQ(c.Post(("/api/v1/findings/" + item + "/review").c_str(), With(ana), R"({"action":"confirm"})",
                   "application/json")
                ->status,
            200);
  auto r = c.Post("/api/v1/exports", With(oli), "{\"item_ids\":[" + item + "]}", "application/json");
  ASSERT_EQ(r->status, 200) << r->body;
  json e = json::parse(r->body)["export"];
  EXPECT_EQ(e["verify"]["ok"], true) << e;
  EXPECT_TRUE(e["verify"]["failures"].empty());
  const std::string hits = HitsJsonl();
  EXPECT_NE(hits.find("\"status\":\"reported\""), std::string::npos) << hits;
  auto list = c.Get("/api/v1/exports", With(ana));
  ASSERT_EQ(list->status, 200);
  EXPECT_EQ(json::parse(list->body)["exports"].size(), 1u);
  // Downloading is an officer's.
  const std::string download = e["download"];
  EXPECT_EQ(c.Get(download.c_str(), With(ana))->status, 403);
  auto zip = c.Get(download.c_str(), With(oli));
  ASSERT_EQ(zip->status, 200);
  EXPECT_TRUE(zip->body.starts_with("PK"));
  EXPECT_TRUE(zip->get_header_value("Content-Disposition").starts_with("attachment; filename=\"bundle-"));
  EXPECT_EQ(c.Get("/api/v1/exports/99/download", With(oli))->status, 404);
  // The bundle verifies with the CLI too.
  EXPECT_EQ(Run({"verify", e["path"].get<std::string>()}, "verify-zip"), 0) << Read("verify-zip.out");
}

TEST_F(ServeTest, SignOutEndsTheSession) {
  Session s = SignIn("ana");
  auto c = Client();
  EXPECT_EQ(c.Get("/api/v1/me", With(s))->status, 200);
  auto out = c.Delete("/api/v1/session", With(s));
  EXPECT_EQ(out->status, 200);
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(c.Get("/api/v1/me", With(s))->status, 401);
  // Disabling an account ends its sessions at once.
  Session t = SignIn("oli");
  ASSERT_EQ(Run({"user", "disable", "oli", "--db", db_}, "disable"), 0) << Read("disable.err");
  EXPECT_EQ(c.Get("/api/v1/me", With(t))->status, 401);
}

}  // namespace
}  // namespace lantian
