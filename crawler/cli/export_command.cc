// `lantian export --out FILE.zip [--platform P] [--status confirmed]
//   [--since DATE] [--route referral|complaint] [--config FILE] [--key FILE]
//   [--db PATH] [--draft] [--force]`: writes a signed evidence bundle (takedown
// notice + WACZ, one entry per listing) of the selected hits, moves them to
// `reported` and records the export in the evidence chain. Refuses the sample
// sender (unless --draft, which watermarks the notice), a complaint without
// the rights holder's fields and attachments, and an existing --out (unless
// --force).

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "crawler/tsa_client.h"
#include "store/bundle/bundle.h"
#include "store/bundle/export.h"
#include "store/bundle/signing.h"
#include "store/store.h"

namespace lantian::cli {
namespace {

struct ExportFlags {
  std::string out;
  std::string platform;
  std::string status = "confirmed";
  std::string since;
  std::string route;
  std::string config;
  std::string key;
  std::string db = "lantian.db";
  bool draft = false;
  bool force = false;
};

int RunExport(const ExportFlags& f) {
  auto fail = [](const Status& s) {
    std::fprintf(stderr, "lantian export: %s\n", s.message().c_str());
    return ExitCodeFor(s);
  };
  std::string config_dir = DefaultConfigDir();
  std::string config_path = f.config.empty() ? config_dir + "/notices/export.toml" : f.config;
  auto cfg = store::LoadExportConfig(config_path);
  if (!cfg.ok()) return fail(cfg.status());
  auto status = store::ParseHitStatus(f.status);
  if (!status) return fail(Status::InvalidArgument("--status: unknown status '" + f.status + "'"));
  store::ExportRequest req;
  req.out_path = f.out;
  req.platform = f.platform;
  req.status = *status;
  req.since = f.since;
  req.bundle.route = cfg->route;
  if (f.route == "referral") req.bundle.route = store::NoticeRoute::kReferral;
  if (f.route == "complaint") req.bundle.route = store::NoticeRoute::kComplaint;
  req.bundle.sender = cfg->sender;
  req.bundle.attachments = cfg->attachments;
  req.bundle.notices_dir = config_dir + "/notices";
  req.bundle.title = cfg->title;
  req.bundle.software = std::string("lantian ") + LANTIAN_VERSION;
  req.bundle.draft = f.draft;
  req.force = f.force;
  std::string key_path = !f.key.empty() ? f.key : cfg->key_path;
  if (key_path.empty()) {
    return fail(Status::InvalidArgument(
        "no signing key: give --key FILE or set export.key (create one with lantian keygen)"));
  }
  auto key = store::SigningKey::LoadPem(key_path);
  if (!key.ok()) return fail(key.status());
  // Refuse before the TSA or the store are touched.
  if (Status ok = store::CheckSendable(req.bundle, req.out_path, req.force); !ok.ok()) return fail(ok);
  req.bundle.key = &*key;
  if (!cfg->tsa_url.empty()) {
    std::string url = cfg->tsa_url;
    crawler::TsaClientOptions topt;
    topt.timeout = std::chrono::milliseconds(cfg->tsa_timeout_ms);
    topt.user_agent = req.bundle.software;
    req.bundle.timestamp.tsa_url = url;
    req.bundle.timestamp.tsa_certs_pem_path = cfg->tsa_certs_path;
    req.bundle.timestamp.transport = [url, topt](std::string_view der) {
      return crawler::PostTimestampQuery(url, der, topt);
    };
  }
  store::StoreOptions sopt;
  sopt.db_path = f.db;
  sopt.create_if_missing = false;
  auto db = store::Store::Open(sopt);
  if (!db.ok()) return fail(db.status());
  auto r = store::ExportHits(**db, req);
  if (!r.ok()) return fail(r.status());
  const store::BundleSummary& b = r->bundle;
  std::printf("wrote %s: %zu listings, %zu hits, %zu captures (%zu WARC records), %llu bytes\n",
              b.path.c_str(), b.items, b.hits, b.captures, b.warc_records,
              static_cast<unsigned long long>(b.zip_bytes));
  std::printf("signed datapackage %s (ECDSA P-384 key %s)%s%s\n", b.datapackage_hash.c_str(),
              store::KeyFingerprint(b.public_key).c_str(),
              b.timestamp_utc.empty() ? "" : "; RFC 3161 timestamp ",
              b.timestamp_utc.c_str());
  std::printf("%zu hits moved to reported; export #%lld in the evidence chain\n",
              r->moved_to_reported, static_cast<long long>(r->export_id));
  if (f.draft) std::printf("DRAFT: every page of notice.html is watermarked 草稿 DRAFT; not for sending\n");
  Status closed = (*db)->Close();
  if (!closed.ok()) return fail(closed);
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write a signed evidence bundle (takedown notice + WACZ) of confirmed hits");
  cmd->add_option("--out", f->out, "Bundle to write (.zip)")->required();
  cmd->add_option("--platform", f->platform, "Only hits on this platform");
  cmd->add_option("--status", f->status, "Hits with this status (default confirmed)");
  cmd->add_option("--since", f->since, "Only captures since DATE (YYYY-MM-DD or RFC 3339)");
  cmd->add_option("--route", f->route, "Notice route (default: export.route in config)")
      ->check(CLI::IsMember({"referral", "complaint"}));
  cmd->add_option("--config", f->config,
                  "TOML with an [export] table (default config/notices/export.toml)");
  cmd->add_option("--key", f->key, "Signing key (PEM, ECDSA P-384; default export.key)");
  AddDbOption(*cmd, f->db);
  cmd->add_flag("--draft", f->draft,
                "A draft for review: allowed with the sample sender, notice watermarked 草稿 DRAFT");
  cmd->add_flag("--force", f->force, "Replace --out if it exists");
  cmd->callback([f, &exit_code] { exit_code = RunExport(*f); });
}

}  // namespace lantian::cli
