#pragma once

// The life of a hit as triage moves it: its statuses, their stored names and
// the moves allowed between them. Store::SetHitStatus refuses any other move
// (and writes nothing); `lantian review`, `export` and `recheck` make them.
//
//   new ──► confirmed ──► reported ──► taken_down
//    │                        │  ▲
//    ▼                        ▼  │ (a later recheck)
//   dismissed              still_up ──► taken_down
//
// A review can be undone: `lantian review --reopen` moves a confirmed or
// dismissed hit back to new (kind "reopen", a note saying why is required).
//
//   auto s = store::ParseHitStatus("confirmed");        // HitStatus::kConfirmed
//   store::HitStatusName(*s)                             // "confirmed"
//   store::IsAllowedTransition(*s, HitStatus::kReported) // true
//   store::IsAllowedTransition(HitStatus::kDismissed, HitStatus::kConfirmed)  // false
//
// Pure functions: thread-safe.

#include <optional>
#include <string_view>

namespace lantian::store {

// Hit statuses. Allowed moves: new → confirmed | dismissed;
// confirmed → reported (export); reported → taken_down | still_up (recheck);
// still_up → taken_down | still_up (a later recheck).
enum class HitStatus { kNew, kConfirmed, kDismissed, kReported, kTakenDown, kStillUp };

// "new", "confirmed", "dismissed", "reported", "taken_down", "still_up".
const char* HitStatusName(HitStatus s);
// Inverse of HitStatusName; nullopt for an unknown name.
std::optional<HitStatus> ParseHitStatus(std::string_view name);
// True if `from` → `to` is an allowed move (reopening is not one of them).
bool IsAllowedTransition(HitStatus from, HitStatus to);
// True if a hit in `from` can be reopened (moved back to new): confirmed or
// dismissed. A reported hit went out in a notice and stays on record.
bool CanReopen(HitStatus from);

}  // namespace lantian::store
