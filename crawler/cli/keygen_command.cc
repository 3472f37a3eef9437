// `lantian keygen (--out DIR | --key FILE)`: creates the ECDSA P-384 key pair
// that signs evidence bundles (private key PEM mode 0600, public key PEM and
// base64 SubjectPublicKeyInfo beside it). Never overwrites a key.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/bundle/signing.h"

namespace lantian::cli {

void RegisterKeygenCommand(CLI::App& app, int& exit_code) {
  struct Flags {
    std::string out_dir;
    std::string key_path;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app.add_subcommand(
      "keygen", "Create the ECDSA P-384 key pair that signs evidence bundles");
  auto* out = cmd->add_option("--out", flags->out_dir,
                              "Folder for lantian-signing.key.pem (0600), .pub.pem and .pub.b64");
  auto* key = cmd->add_option("--key", flags->key_path, "Private key file to create (PEM)");
  out->excludes(key);
  cmd->callback([flags, &exit_code] {
    std::string path = flags->key_path;
    if (path.empty()) {
      if (flags->out_dir.empty()) {
        std::fprintf(stderr, "lantian keygen: give --out DIR or --key FILE\n");
        exit_code = 2;
        return;
      }
      std::error_code ec;
      std::filesystem::create_directories(flags->out_dir, ec);
      if (ec) {
        std::fprintf(stderr, "lantian keygen: %s: %s\n", flags->out_dir.c_str(), ec.message().c_str());
        exit_code = 2;
        return;
      }
      path = (std::filesystem::path(flags->out_dir) / "lantian-signing.key.pem").string();
    }
    auto r = store::WriteNewKeyPair(path);
    if (!r.ok()) {
      std::fprintf(stderr, "lantian keygen: %s\n", r.status().message().c_str());
      exit_code = 2;
      return;
    }
    std::printf("private key: %s (mode 0600; keep it secret)\n", r->private_key_path.c_str());
    std::printf("public key:  %s\n", r->public_key_path.c_str());
    std::printf("public key (base64 SPKI, for verify --trust): %s\n", r->public_key_b64_path.c_str());
    std::printf("publicKey: %s\n", r->public_key_spki_base64.c_str());
    exit_code = 0;
  });
}

}  // namespace lantian::cli
