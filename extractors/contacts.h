#pragma once

// Contact details in item text (phones, landlines, WeChat ids, QQ numbers,
// e-mail addresses, bare domains), with the disguises sellers use undone:
// the evidence that ties listings to one seller.
//
//   for (const extractors::Contact& c : extractors::ExtractContacts("加薇：zl886x 电话 139-0000-2671")) {
//     // c.key "wechat:zl886x", then "phone:13900002671"; c.raw and [c.start, c.end) as written
//   }
//
// Thread-safe (pure).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lantian::extractors {

enum class ContactKind { kPhone, kLandline, kWechat, kQq, kEmail, kUrl };

// "phone", "landline", "wechat", "qq", "email", "url".
std::string_view ContactKindName(ContactKind kind);

// One contact found in a text (DOMAIN.md §11). Value type.
struct Contact {
  ContactKind kind = ContactKind::kPhone;
  // Canonical value: digits only for phone/landline/qq ("13900002671",
  // "02188886666", "4008001234"), lower-case id for wechat, lower-case
  // address for email, lower-case host(+path) for url.
  std::string value_normalized;
  // kind + ':' + value_normalized, e.g. "wechat:zl886x", "phone:13900002671".
  // The same contact written two ways has the same key.
  std::string key;
  std::string raw;         // the text as written, label excluded
  std::size_t start = 0;   // byte offsets of `raw` in the input text
  std::size_t end = 0;
};

// Finds phones, landlines/400/800 numbers, WeChat ids, QQ numbers, e-mail
// addresses and bare domains in `utf8_text`, undoing the usual disguises:
// separators, Chinese and circled/full-width digits, o/O/l/I inside digit runs,
// labels like 微信/V信/薇/vx/🛰/绿泡泡 and 扣扣/企鹅/🐧, "艾特"/"(at)"/"点".
// "微信同号" next to a phone adds a WeChat contact with the phone's digits.
// Unlabelled digit runs count only when they look like a mobile number
// (1[3-9] + 9 digits, not part of a longer digit run) or a landline with
// area code separator; QQ numbers need a label, so prices, dates, order
// numbers and item ids are not reported. Results are in text order; each key
// appears once, at its first occurrence. Long texts are scanned in 64 KB
// chunks cut at line breaks. Thread-safe.
std::vector<Contact> ExtractContacts(std::string_view utf8_text);

}  // namespace lantian::extractors
