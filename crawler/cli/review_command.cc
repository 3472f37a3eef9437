// `lantian review (HIT_ID... | --item ID... [--category C])
//                 (--confirm | --dismiss | --reopen --note WHY)
//                 [--note TEXT] [--analyst NAME] [--db PATH]`
// Records an analyst's decision on hits, or on whole findings (every hit of
// an item): who, when and why. --reopen undoes a confirm or dismiss (back to
// new); it needs a note. All moves happen in one transaction; if one is
// refused, none is written (exit 1).

#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "crawler/cli/commands.h"
#include "store/triage.h"

namespace lantian::cli {
namespace {

struct ReviewFlags {
  std::vector<int64_t> ids;
  std::vector<int64_t> items;
  std::string category;
  bool confirm = false;
  bool dismiss = false;
  bool reopen = false;
  std::string note;
  std::string analyst;
  std::string db = "lantian.db";
};

int RunReviewCommand(const ReviewFlags& flags) {
  store::ReviewRequest req;
  req.db_path = flags.db;
  req.hit_ids = flags.ids;
  req.item_ids = flags.items;
  req.category = flags.category;
  req.to = flags.confirm   ? store::HitStatus::kConfirmed
           : flags.dismiss ? store::HitStatus::kDismissed
                           : store::HitStatus::kNew;
  req.note = flags.note;
  req.analyst = flags.analyst;
  auto out = store::RunReview(req);
  if (!out.ok()) {
    std::fprintf(stderr, "lantian review: %s\n", out.status().message().c_str());
    // A refused move or an unknown hit is a problem found (1); a missing or
    // unreadable database is bad input (2).
    Status::Code code = out.status().code();
    return code == Status::Code::kFailedPrecondition || code == Status::Code::kNotFound ? 1 : 2;
  }
  std::fwrite(out->data(), 1, out->size(), stdout);
  return 0;
}

}  // namespace

void RegisterReviewCommand(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ReviewFlags>();
  CLI::App* cmd = app.add_subcommand("review", "Confirm, dismiss or reopen hits, or whole findings (--item)");
  auto* ids = cmd->add_option("HIT_ID", flags->ids, "Hit ids (from `lantian hits --by hit`)");
  auto* items = cmd->add_option("--item", flags->items, "Item ids (from `lantian hits`): every hit of each finding");
  ids->excludes(items);
  cmd->add_option("--category", flags->category, "With --item: only this category's hits")
      ->check(CLI::IsMember({"unlicensed_agency", "guaranteed_grant", "forged_seal", "abnormal_application",
                             "trademark_squatting", "certificate_renting"}))
      ->needs(items);
  auto* confirm = cmd->add_flag("--confirm", flags->confirm, "Mark the hits confirmed");
  auto* dismiss = cmd->add_flag("--dismiss", flags->dismiss, "Mark the hits dismissed");
  auto* reopen = cmd->add_flag("--reopen", flags->reopen, "Undo a confirm or dismiss: back to new (needs --note)");
  confirm->excludes(dismiss);
  reopen->excludes(confirm)->excludes(dismiss);
  cmd->add_option("--note", flags->note, "Why (kept with the decision)");
  cmd->add_option("--analyst", flags->analyst, "Who decides (default: the login name)");
  AddDbOption(*cmd, flags->db);
  cmd->callback([flags, &exit_code] {
    if (flags->ids.empty() && flags->items.empty()) {
      std::fprintf(stderr, "lantian review: give hit ids or --item ids\n");
      exit_code = 2;
      return;
    }
    if (!flags->confirm && !flags->dismiss && !flags->reopen) {
      std::fprintf(stderr, "lantian review: one of --confirm, --dismiss or --reopen is required\n");
      exit_code = 2;
      return;
    }
    if (flags->reopen && flags->note.find_first_not_of(" \t\r\n") == std::string::npos) {
      std::fprintf(stderr, "lantian review: --reopen needs --note saying why the decision is undone\n");
      exit_code = 2;
      return;
    }
    exit_code = RunReviewCommand(*flags);
  });
}

}  // namespace lantian::cli
