#pragma once

// Each subcommand lives in its own <name>_command.cc and registers itself on
// the app here. A command's callback stores its exit code in `exit_code`:
// 0 success, 1 the command ran and found a problem, 2 bad usage or bad input.

namespace CLI {
class App;
}  // namespace CLI

namespace lantian::cli {

// Add one line per subcommand (keep alphabetical).

}  // namespace lantian::cli
