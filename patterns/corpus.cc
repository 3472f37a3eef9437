#include "patterns/corpus.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace lantian::patterns {

Result<std::vector<LabelledText>> ReadLabelledCorpus(const std::string& path, bool background) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read corpus");
  std::vector<LabelledText> out;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument(where + "not a JSON object");
    if (!j.contains("id") || !j["id"].is_string()) return Status::InvalidArgument(where + "\"id\" must be a string");
    if (!j.contains("text") || !j["text"].is_string()) {
      return Status::InvalidArgument(where + "\"text\" must be a string");
    }
    LabelledText e;
    e.id = j["id"].get<std::string>();
    e.text = j["text"].get<std::string>();
    e.line = line_no;
    if (!background) {
      if (!j.contains("labels") || !j["labels"].is_array()) {
        return Status::InvalidArgument(where + "\"labels\" must be an array");
      }
      for (const nlohmann::json& l : j["labels"]) {
        if (!l.is_string()) return Status::InvalidArgument(where + "\"labels\" must hold strings");
        const auto c = ParseCategory(l.get<std::string>());
        if (!c) return Status::InvalidArgument(where + "unknown label \"" + l.get<std::string>() + "\"");
        e.labels[static_cast<int>(*c)] = true;
      }
    }
    out.push_back(std::move(e));
  }
  if (in.bad()) return Status::IoError(path + ": read error");
  return out;
}

}  // namespace lantian::patterns
