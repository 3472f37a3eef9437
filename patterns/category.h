#pragma once

// The six fixed detection categories of DESIGN.md (unlicensed_agency,
// guaranteed_grant, forged_seal, abnormal_application, trademark_squatting,
// certificate_renting), the three severities, their ids as written in rule
// files and output, and each category's default legal basis.
//
//   patterns::ParseCategory("forged_seal")                  -> Category::kForgedSeal
//   patterns::CategoryId(Category::kGuaranteedGrant)        -> "guaranteed_grant"
//   patterns::ParseSeverity("urgent")                       -> std::nullopt
//   patterns::DefaultLegalBasis(Category::kForgedSeal)      -> "刑法 第二百八十条…"
//
// Thread-safe (pure functions over constant tables).

#include <optional>
#include <string_view>

namespace lantian::patterns {

// The six fixed category ids of DESIGN.md. The numeric order is the order in
// which categories are listed in output (the corpus' fixed label order).
enum class Category {
  kUnlicensedAgency,
  kGuaranteedGrant,
  kForgedSeal,
  kAbnormalApplication,
  kTrademarkSquatting,
  kCertificateRenting,
};
inline constexpr int kCategoryCount = 6;

// "unlicensed_agency", "guaranteed_grant", ... (the stable ids).
std::string_view CategoryId(Category category);
// Inverse of CategoryId; nullopt for an unknown id.
std::optional<Category> ParseCategory(std::string_view id);
// The category's default legal basis (DESIGN.md / DOMAIN.md §13), used when a
// rule has no `legal_basis` of its own.
std::string_view DefaultLegalBasis(Category category);

enum class Severity { kLow, kMedium, kHigh };

// "low", "medium", "high".
std::string_view SeverityId(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view id);

}  // namespace lantian::patterns
