#pragma once

// The store's value normalizers: the keys under which it recognises a hit or
// a contact it has seen before. Private to store/.
//
//   internal::NormalizeMatch(" 包 授权 ABC")          -> "包授权abc"   (hits.match_norm)
//   internal::NormalizeContact("Tel", "+86 138-0013-8000") -> "phone:13800138000"
//   internal::NormalizeContact("WeChat", "Zl 886X")   -> "wechat:zl886x"
//
// Pure functions: thread-safe.

#include <string>
#include <string_view>

namespace lantian::store::internal {

// A hit's match without ASCII whitespace, A-Z lowered: the same rule hitting
// the same text in an item again is the same hit (UNIQUE(item_id, rule_id,
// match_norm)).
std::string NormalizeMatch(std::string_view match);

// "kind:value" for entity_contacts, kind lowered. phone/qq/tel/mobile keep
// digits only (a leading 86 country code dropped from 13-digit phones; tel
// and mobile become phone); every other kind drops ASCII whitespace and
// lowers A-Z. "" when nothing is left of the value.
std::string NormalizeContact(std::string_view kind, std::string_view value);

}  // namespace lantian::store::internal
