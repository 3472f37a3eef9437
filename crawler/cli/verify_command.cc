// `lantian verify FILE.zip | --db PATH`
// --db: walks the evidence chain and recomputes every content hash from rows
// and WARC bytes: exit 0 "chain OK: N entries", or exit 1 with one line per
// failure. FILE.zip: delegated to the bundle verifier installed with
// SetBundleVerifier (the export side); without one, exit 2.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

BundleVerifier g_bundle_verifier = nullptr;  // set once in main, before parsing

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

}  // namespace

void SetBundleVerifier(BundleVerifier verifier) { g_bundle_verifier = verifier; }

void RegisterVerifyCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<VerifyFlags>();
  CLI::App* cmd = app.add_subcommand("verify", "Verify an evidence bundle or the database's evidence chain");
  auto* file = cmd->add_option("FILE", flags->file, "Evidence bundle (.zip) to verify");
  auto* db = cmd->add_option("--db", flags->db, "Verify this database's evidence chain and WARC files");
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
      if (g_bundle_verifier != nullptr) {
        exit_code = g_bundle_verifier(flags->file.c_str());
        return;
      }
      // The export side's verifier (export_command.cc), with --trust/--tsa-ca.
      exit_code = RunBundleVerify(flags->file, flags->trust, flags->tsa_ca);
    } else {
      std::fprintf(stderr, "lantian verify: give FILE.zip or --db PATH\n");
      exit_code = 2;
    }
  });
}

}  // namespace lantian::cli
