#include "store/hit_status.h"

namespace lantian::store {

const char* HitStatusName(HitStatus s) {
  switch (s) {
    case HitStatus::kNew: return "new";
    case HitStatus::kConfirmed: return "confirmed";
    case HitStatus::kDismissed: return "dismissed";
    case HitStatus::kReported: return "reported";
    case HitStatus::kTakenDown: return "taken_down";
    case HitStatus::kStillUp: return "still_up";
  }
  return "new";
}

std::optional<HitStatus> ParseHitStatus(std::string_view name) {
  for (HitStatus s : {HitStatus::kNew, HitStatus::kConfirmed, HitStatus::kDismissed,
                      HitStatus::kReported, HitStatus::kTakenDown, HitStatus::kStillUp}) {
    if (name == HitStatusName(s)) return s;
  }
  return std::nullopt;
}

bool IsAllowedTransition(HitStatus from, HitStatus to) {
  switch (from) {
    case HitStatus::kNew: return to == HitStatus::kConfirmed || to == HitStatus::kDismissed;
    case HitStatus::kConfirmed: return to == HitStatus::kReported;
    case HitStatus::kReported:
    case HitStatus::kStillUp: return to == HitStatus::kTakenDown || to == HitStatus::kStillUp;
    case HitStatus::kDismissed:
    case HitStatus::kTakenDown: return false;
  }
  return false;
}

bool CanReopen(HitStatus from) { return from == HitStatus::kConfirmed || from == HitStatus::kDismissed; }

}  // namespace lantian::store
