#include "model/corpus.h"

#include <cstdint>

namespace lantian::model {

bool InHeldOutSplit(const Example& example) {
  // FNV-1a: stable across platforms and runs.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : example.id) h = (h ^ c) * 1099511628211ull;
  return h % 5 == 0;
}

}  // namespace lantian::model
