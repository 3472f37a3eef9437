#include "patterns/category.h"

namespace lantian::patterns {

std::string_view CategoryId(Category category) {
  switch (category) {
    case Category::kUnlicensedAgency:
      return "unlicensed_agency";
    case Category::kGuaranteedGrant:
      return "guaranteed_grant";
    case Category::kForgedSeal:
      return "forged_seal";
    case Category::kAbnormalApplication:
      return "abnormal_application";
    case Category::kTrademarkSquatting:
      return "trademark_squatting";
    case Category::kCertificateRenting:
      return "certificate_renting";
  }
  return "unknown";
}

std::optional<Category> ParseCategory(std::string_view id) {
  for (int i = 0; i < kCategoryCount; ++i) {
    const auto c = static_cast<Category>(i);
    if (CategoryId(c) == id) return c;
  }
  return std::nullopt;
}

std::string_view DefaultLegalBasis(Category category) {
  // DESIGN.md "Categories" and DOMAIN.md §13; a legal reviewer should confirm.
  switch (category) {
    case Category::kUnlicensedAgency:
      return "专利代理条例 第九条、第二十七条；电子商务法 第十二条、第二十九条、第八十条；专利代理管理办法（2019）";
    case Category::kGuaranteedGrant:
      return "专利代理条例 第二十五条第一款第（五）项；专利代理管理办法 第五十一条；反不正当竞争法 第八条；广告法 第四条、第二十八条";
    case Category::kForgedSeal:
      return "刑法 第二百八十条；治安管理处罚法 第五十二条；商标法 第六十八条";
    case Category::kAbnormalApplication:
      return "规范申请专利行为的规定（国家知识产权局令第七十七号）第三条；专利法 第二十条";
    case Category::kTrademarkSquatting:
      return "商标法 第四条、第十九条、第三十二条、第四十四条、第六十八条；规范商标申请注册行为若干规定";
    case Category::kCertificateRenting:
      return "专利代理条例 第八条第（四）项、第十一条、第十六条、第二十六条第（三）项、第二十七条";
  }
  return "";
}

std::string_view SeverityId(Severity severity) {
  switch (severity) {
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
  }
  return "low";
}

std::optional<Severity> ParseSeverity(std::string_view id) {
  if (id == "low") return Severity::kLow;
  if (id == "medium") return Severity::kMedium;
  if (id == "high") return Severity::kHigh;
  return std::nullopt;
}

}  // namespace lantian::patterns
