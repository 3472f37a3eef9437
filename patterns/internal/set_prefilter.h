#pragma once

// Prefilter patterns for the RE2::Set that picks candidate rules: a superset
// of each rule's pattern with wide bounded gaps widened or cut, so the set's
// DFA stays small.
//
//   SetPrefilterPattern("驳回.{0,8}全退")   // "驳回"

#include <string>
#include <string_view>

namespace lantian::patterns::internal {

// The form of a rule pattern added to the shared RE2::Set prefilter.
//
// Bounded repetitions of a wide atom (".{0,8}", "[^。]{0,80}", "\p{Han}{1,6}")
// multiply the states of the set's DFA: with dozens of rules holding such
// gaps, the DFA cache thrashes on long pages and the set search costs ~1,000
// instructions per byte instead of ~10. The set only has to say which rules
// MAY match (each candidate rule then runs its exact pattern), so such a
// repetition is widened to "*" (lower bound 0) or "+" (lower bound >= 1), and
// a top-level alternative is cut just before its first such gap outside any
// group ("驳回.{0,8}全退" becomes "驳回"): the result matches a superset of
// what the pattern matches, and the set's DFA no longer carries one state per
// "prefix seen" flag. Exact counts ("{2}") and repetitions of literals and
// groups are left alone.
std::string SetPrefilterPattern(std::string_view pattern);

}  // namespace lantian::patterns::internal
