// `lantian verify FILE.zip | --db PATH`
// --db: walks the evidence chain and recomputes every content hash from rows
// and WARC bytes: exit 0 "chain OK: N entries", or exit 1 with one line per
// failure. FILE.zip [--trust KEY] [--tsa-ca FILE]: checks an evidence bundle
// and prints a one-line summary (exit 0), or the first failure then the
// others, one line each (exit 1); 2 for unreadable input.

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/bundle/bundle.h"
#include "store/bundle/signing.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct VerifyFlags {
  std::string file;
  std::string db;
  std::string trust;   // verify FILE.zip --trust KEY
  std::string tsa_ca;  // verify FILE.zip --tsa-ca FILE
};

int RunVerifyDb(const std::string& db) {
  auto report = store::RunVerifyDb(db);
  if (!report.ok()) {
    std::fprintf(stderr, "lantian verify: %s\n", report.status().message().c_str());
    // A database that cannot be read as one has failed verification.
    return report.status().code() == Status::Code::kCorruption ? 1 : 2;
  }
  std::string text = store::FormatVerifyReport(*report);
  std::fwrite(text.data(), 1, text.size(), report->ok() ? stdout : stderr);
  return report->ok() ? 0 : 1;
}

int RunBundleVerify(const std::string& path, const std::string& trust_key_path,
                    const std::string& tsa_ca_path) {
  store::BundleVerifyOptions opt;
  if (!trust_key_path.empty()) {
    auto k = store::LoadTrustedPublicKey(trust_key_path);
    if (!k.ok()) {
      std::fprintf(stderr, "lantian verify: --trust: %s\n", k.status().message().c_str());
      return 2;
    }
    opt.trusted_public_key = *k;
  }
  opt.tsa_ca_path = tsa_ca_path;
  auto r = store::VerifyBundle(path, opt);
  if (!r.ok()) {
    std::fprintf(stderr, "lantian verify: %s\n", r.status().message().c_str());
    return ExitCodeFor(r.status());
  }
  if (r->ok()) {
    std::printf("%s: %s\n", path.c_str(), r->Summary().c_str());
    return 0;
  }
  std::fprintf(stderr, "%s: FAILED: %s\n", path.c_str(), r->failures[0].c_str());
  for (size_t i = 1; i < r->failures.size(); ++i) {
    std::fprintf(stderr, "  also: %s\n", r->failures[i].c_str());
  }
  return 1;
}

}  // namespace

void RegisterVerifyCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<VerifyFlags>();
  CLI::App* cmd = app.add_subcommand("verify", "Verify an evidence bundle or the database's evidence chain");
  auto* file = cmd->add_option("FILE", flags->file, "Evidence bundle (.zip) to verify");
  auto* db = cmd->add_option("--db,--store", flags->db, "Verify this database's evidence chain and WARC files (SQLite file or postgresql:// URL)");
  file->excludes(db);
  cmd->add_option("--trust", flags->trust,
                  "Bundle: the publicKey must be this key (PEM or base64 SPKI from keygen)")
      ->excludes(db);
  cmd->add_option("--tsa-ca", flags->tsa_ca,
                  "Bundle: TSA root certificate(s) (PEM) to verify the RFC 3161 token against")
      ->excludes(db);
  cmd->callback([flags, &exit_code] {
    if (!flags->db.empty()) {
      exit_code = RunVerifyDb(flags->db);
    } else if (!flags->file.empty()) {
      exit_code = RunBundleVerify(flags->file, flags->trust, flags->tsa_ca);
    } else {
      std::fprintf(stderr, "lantian verify: give FILE.zip or --db PATH\n");
      exit_code = 2;
    }
  });
}

}  // namespace lantian::cli
