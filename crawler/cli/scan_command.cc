// `lantian scan [--patterns DIR] [--model FILE|none] [--html] [--lines]
//               [--format jsonl|table] [FILE...]`
// Scans files (or stdin) with the rules and the model (model/detector.h) and
// prints hits (DESIGN.md).

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "crawler/cli/config_paths.h"
#include "extractors/extractor.h"
#include "model/detector.h"
#include "patterns/hit_format.h"
#include "patterns/rule_set.h"

namespace lantian::cli {
namespace {

struct ScanFlags {
  std::string patterns_dir;
  std::string model;  // "" or "none" = rules only, "default" = the shipped model, or a file
  bool html = false;
  bool lines = false;
  std::string format = "jsonl";
  std::vector<std::string> files;
};

bool ReadAll(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return !in.bad();
}

// Scans one document and prints it; false on a scan error (printed).
bool ScanDocument(const model::Detector& detector, const ScanFlags& flags, const std::string& doc_name,
                  std::string_view text) {
  std::string visible;
  if (flags.html) {
    // The crawler's own extraction: charset sniffing (GBK, Big5, ...), Gumbo
    // parse, visible text without scripts and styles.
    auto page = extractors::ExtractPageFromBytes(text, "", "file:///scan", nullptr);
    if (!page.ok()) {
      std::fprintf(stderr, "lantian scan: %s: %s\n", doc_name.c_str(), page.status().message().c_str());
      return false;
    }
    visible = std::move(page->text);
    text = visible;
  }
  Result<std::vector<patterns::Hit>> hits = detector.Scan(text);
  if (!hits.ok()) {
    std::fprintf(stderr, "lantian scan: %s: %s\n", doc_name.c_str(), hits.status().message().c_str());
    return false;
  }
  if (flags.format == "table") {
    const std::string rows = patterns::FormatDocumentTable(doc_name, *hits);
    std::fwrite(rows.data(), 1, rows.size(), stdout);
  } else {
    const std::string line = patterns::FormatDocumentJson(doc_name, *hits);
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
  }
  return true;
}

// Scans one input (a file's content or stdin), whole or per line.
bool ScanInput(const model::Detector& detector, const ScanFlags& flags, const std::string& name,
               const std::string& content, bool name_lines) {
  if (!flags.lines) return ScanDocument(detector, flags, name, content);
  bool ok = true;
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    const std::string doc = name_lines ? name + ":" + std::to_string(line_no) : std::to_string(line_no);
    ok = ScanDocument(detector, flags, doc, line) && ok;
    pos = nl + 1;
  }
  return ok;
}

int RunScan(const ScanFlags& flags) {
  Result<std::unique_ptr<patterns::RuleSet>> rules = patterns::RuleSet::LoadDir(flags.patterns_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "lantian scan: %s\n", rules.status().message().c_str());
    return 2;
  }
  auto detector = model::LoadDetector(**rules, flags.model, DefaultConfigDir());
  if (!detector.ok()) {
    std::fprintf(stderr, "lantian scan: --%s\n", detector.status().message().c_str());
    return 2;
  }
  if (flags.format == "table") {
    std::printf("doc\tcategory\trule\tseverity\tsource\tscore\tspan\tmatch\tsnippet\n");
  }
  bool ok = true;
  if (flags.files.empty()) {
    std::string content;
    if (!ReadAll(std::cin, &content)) {
      std::fprintf(stderr, "lantian scan: <stdin>: read error\n");
      return 2;
    }
    ok = ScanInput(**detector, flags, "-", content, false);
  } else {
    const bool name_lines = flags.files.size() > 1;
    for (const std::string& path : flags.files) {
      std::ifstream in(path, std::ios::binary);
      std::string content;
      if (!in || !ReadAll(in, &content)) {
        std::fprintf(stderr, "lantian scan: %s: cannot read: %s\n", path.c_str(), std::strerror(errno));
        ok = false;
        continue;
      }
      ok = ScanInput(**detector, flags, path, content, name_lines) && ok;
    }
  }
  std::fflush(stdout);
  return ok ? 0 : 2;
}

}  // namespace

void RegisterScanCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ScanFlags>();
  CLI::App* cmd = app.add_subcommand("scan", "Scan files (or stdin) for solicitations and print the hits");
  cmd->add_option("--patterns", flags->patterns_dir, "Rule directory (default: <config>/patterns)");
  cmd->add_option("--model", flags->model,
                  "Learned detector beside the rules: a model file, default (<config>/models/default.ftz) or none (the default)");
  cmd->add_flag("--html", flags->html, "Input is HTML: extract the visible text first");
  cmd->add_flag("--lines", flags->lines, "Every input line is its own document (doc = line number)");
  cmd->add_option("--format", flags->format, "Output format")->check(CLI::IsMember({"jsonl", "table"}));
  cmd->add_option("FILE", flags->files, "Files to scan (stdin when none)");
  cmd->callback([flags, &exit_code] {
    if (flags->patterns_dir.empty()) flags->patterns_dir = DefaultConfigDir() + "/patterns";
    exit_code = RunScan(*flags);
  });
}

}  // namespace lantian::cli
