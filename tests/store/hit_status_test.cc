#include "store/hit_status.h"

#include <gtest/gtest.h>

namespace lantian::store {
namespace {

constexpr HitStatus kAll[] = {HitStatus::kNew,      HitStatus::kConfirmed, HitStatus::kDismissed,
                              HitStatus::kReported, HitStatus::kTakenDown, HitStatus::kStillUp};

TEST(HitStatusTest, NamesRoundTrip) {
  for (HitStatus s : kAll) EXPECT_EQ(ParseHitStatus(HitStatusName(s)), s) << HitStatusName(s);
  EXPECT_STREQ(HitStatusName(HitStatus::kTakenDown), "taken_down");
  EXPECT_EQ(ParseHitStatus("Confirmed"), std::nullopt);  // stored names are exact
  EXPECT_EQ(ParseHitStatus(""), std::nullopt);
}

TEST(HitStatusTest, OnlyTheDocumentedMovesAreAllowed) {
  auto allowed = [](HitStatus from) {
    std::string out;
    for (HitStatus to : kAll) {
      if (IsAllowedTransition(from, to)) out += std::string(out.empty() ? "" : ",") + HitStatusName(to);
    }
    return out;
  };
  EXPECT_EQ(allowed(HitStatus::kNew), "confirmed,dismissed");
  EXPECT_EQ(allowed(HitStatus::kConfirmed), "reported");
  EXPECT_EQ(allowed(HitStatus::kReported), "taken_down,still_up");
  EXPECT_EQ(allowed(HitStatus::kStillUp), "taken_down,still_up");
  EXPECT_EQ(allowed(HitStatus::kDismissed), "");
  EXPECT_EQ(allowed(HitStatus::kTakenDown), "");
  EXPECT_FALSE(IsAllowedTransition(HitStatus::kConfirmed, HitStatus::kNew));  // only a reopen goes back
}

TEST(HitStatusTest, OnlyReviewedHitsCanBeReopened) {
  std::string out;
  for (HitStatus s : kAll) {
    if (CanReopen(s)) out += std::string(out.empty() ? "" : ",") + HitStatusName(s);
  }
  EXPECT_EQ(out, "confirmed,dismissed");
}

}  // namespace
}  // namespace lantian::store
