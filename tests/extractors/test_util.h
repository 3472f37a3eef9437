#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace lantian::extractors::testing {

inline std::string ReadTestFile(const std::string& name) {
  std::ifstream in(std::string(LANTIAN_EXTRACTORS_TESTDATA) + "/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace lantian::extractors::testing
