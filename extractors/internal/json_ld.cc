#include "extractors/internal/json_ld.h"

#include <cstddef>
#include <initializer_list>
#include <utility>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "extractors/internal/visible_text.h"

namespace lantian::extractors::internal {
namespace {

using Json = nlohmann::json;

std::string JsonString(const Json& j) {
  if (j.is_string()) return std::string(base::TrimAscii(j.get<std::string>()));
  if (j.is_number_integer()) return std::to_string(j.get<long long>());
  if (j.is_number_unsigned()) return std::to_string(j.get<unsigned long long>());
  if (j.is_number_float()) {
    std::string s = std::to_string(j.get<double>());
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
      bool dot = s.back() == '.';
      s.pop_back();
      if (dot) break;
    }
    return s;
  }
  if (j.is_array() && !j.empty()) return JsonString(j.front());
  if (j.is_object()) {
    for (const char* k : {"name", "@value", "url", "@id"}) {
      auto it = j.find(k);
      if (it != j.end()) return JsonString(*it);
    }
  }
  return "";
}

std::string Field(const Json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it != o.end()) {
      std::string v = JsonString(*it);
      if (!v.empty()) return v;
    }
  }
  return "";
}

bool TypeIs(const Json& o, std::initializer_list<std::string_view> types) {
  auto it = o.find("@type");
  if (it == o.end()) return false;
  auto check = [&](const Json& t) {
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();
    std::size_t slash = s.find_last_of("/#");
    std::string_view name = slash == std::string::npos ? std::string_view(s) : std::string_view(s).substr(slash + 1);
    for (std::string_view want : types) {
      if (name == want) return true;
    }
    return false;
  };
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (check(t)) return true;
    }
    return false;
  }
  return check(*it);
}

const Json* FirstObject(const Json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it == o.end()) continue;
    if (it->is_object()) return &*it;
    if (it->is_array() && !it->empty() && it->front().is_object()) return &it->front();
  }
  return nullptr;
}

Item ItemFromJsonLd(const Json& o) {
  Item item;
  item.source = "jsonld";
  item.kind = TypeIs(o, {"DiscussionForumPosting", "SocialMediaPosting", "Question", "Answer", "Comment"})
                  ? "post"
                  : "listing";
  item.title = Field(o, {"name", "headline", "title"});
  item.url = Field(o, {"url", "mainEntityOfPage", "@id"});
  item.listing_id = Field(o, {"sku", "productID", "identifier", "mpn"});
  item.posted_at = Field(o, {"datePublished", "dateCreated", "uploadDate", "dateModified"});
  const Json* offer = TypeIs(o, {"Offer", "AggregateOffer"}) ? &o : FirstObject(o, {"offers"});
  if (offer != nullptr) {
    std::string price = Field(*offer, {"price", "lowPrice", "highPrice"});
    std::string currency = Field(*offer, {"priceCurrency"});
    item.price = currency.empty() || price.empty() ? price : currency + " " + price;
    if (const Json* seller = FirstObject(*offer, {"seller", "offeredBy"})) {
      item.seller = Field(*seller, {"name", "legalName"});
      item.seller_url = Field(*seller, {"url", "@id"});
    } else {
      item.seller = Field(*offer, {"seller", "offeredBy"});
    }
  }
  if (item.seller.empty()) {
    if (const Json* who = FirstObject(o, {"seller", "author", "provider", "brand", "creator", "publisher"})) {
      item.seller = Field(*who, {"name", "legalName", "alternateName"});
      if (item.seller_url.empty()) item.seller_url = Field(*who, {"url", "@id"});
    } else {
      item.seller = Field(o, {"seller", "author", "provider", "brand"});
    }
  }
  TextBuilder text;
  for (const char* k : {"name", "headline", "alternativeHeadline", "description", "articleBody", "text",
                        "disambiguatingDescription", "slogan", "keywords"}) {
    auto it = o.find(k);
    if (it == o.end()) continue;
    std::string v = JsonString(*it);
    if (v.empty()) continue;
    text.Text(v);
    text.Newline();
  }
  if (!item.seller.empty()) {
    text.Text(item.seller);
    text.Newline();
  }
  // Contact points of the seller or organisation carry phones and e-mails.
  for (const char* k : {"telephone", "email"}) {
    std::string v = Field(o, {k});
    if (!v.empty()) {
      text.Text(v);
      text.Newline();
    }
  }
  item.text = text.Take();
  return item;
}

}  // namespace

std::string RepairJson(std::string_view in) {
  std::string s(base::TrimAscii(in));
  for (std::string_view w : {"<!--", "<![CDATA["}) {
    if (std::string_view(s).starts_with(w)) s.erase(0, w.size());
  }
  for (std::string_view w : {"-->", "]]>"}) {
    if (std::string_view(s).ends_with(w)) s.erase(s.size() - w.size());
  }
  s = std::string(base::TrimAscii(s));
  while (!s.empty() && s.back() == ';') s.pop_back();
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        out.push_back(c);
        out.push_back(s[++i]);
        continue;
      }
      if (c == '"') in_string = false;
      if (c == '\n' || c == '\r' || c == '\t') {
        out.push_back(' ');
        continue;
      }
      out.push_back(c);
      continue;
    }
    if (c == '"') in_string = true;
    if (c == ']' || c == '}') {
      std::size_t k = out.size();
      while (k > 0 && (out[k - 1] == ' ' || out[k - 1] == '\n' || out[k - 1] == '\t' || out[k - 1] == '\r')) --k;
      if (k > 0 && out[k - 1] == ',') out.erase(k - 1, 1);
    }
    out.push_back(c);
  }
  return out;
}

namespace {

// Parses each block (repaired first when it is not JSON; `bad(raw)` for one
// that still is not) and calls `visit(object, &stack)` on each object met
// from its top, arrays unrolled in order; `visit` pushes the members to go
// into and returns false to stop the whole walk. Iterative: any depth.
template <typename Bad, typename Visit>
void WalkObjects(const std::vector<std::string>& blocks, Bad bad, Visit visit) {
  for (const std::string& raw : blocks) {
    Json doc = Json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) doc = Json::parse(RepairJson(raw), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
      bad(raw);
      continue;
    }
    std::vector<const Json*> stack{&doc};
    while (!stack.empty()) {
      const Json* j = stack.back();
      stack.pop_back();
      if (j->is_array()) {
        for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
        continue;
      }
      if (j->is_object() && !visit(*j, &stack)) return;
    }
  }
}

void PushMembers(const Json& o, std::initializer_list<const char*> keys, std::vector<const Json*>* stack) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it != o.end()) stack->push_back(&*it);
  }
}

}  // namespace

std::vector<Item> JsonLdItems(const std::vector<std::string>& blocks, std::vector<std::string>* warnings) {
  std::vector<Item> items;
  std::vector<Item> parties;
  WalkObjects(
      blocks,
      [&](const std::string& raw) {
        warnings->push_back("json-ld block of " + std::to_string(raw.size()) + " bytes is not JSON; skipped");
      },
      [&](const Json& j, std::vector<const Json*>* stack) {
        if (TypeIs(j, {"Product", "Offer", "AggregateOffer", "DiscussionForumPosting", "SocialMediaPosting",
                       "Question", "Answer", "Comment", "Service", "IndividualProduct", "ProductModel"})) {
          items.push_back(ItemFromJsonLd(j));
          // Comments and answers inside a posting are items of their own.
          PushMembers(j, {"comment", "suggestedAnswer", "acceptedAnswer", "hasPart"}, stack);
        } else if (TypeIs(j, {"Organization", "Person", "LocalBusiness", "Store", "OnlineStore", "Corporation"})) {
          parties.push_back(ItemFromJsonLd(j));
        } else {
          PushMembers(j, {"@graph", "itemListElement", "item", "mainEntity", "hasPart"}, stack);
        }
        return true;
      });
  if (items.empty()) return parties;
  return items;
}

JsonLdPage JsonLdPageFields(const std::vector<std::string>& blocks) {
  JsonLdPage page;
  WalkObjects(
      blocks, [](const std::string&) {},
      [&](const Json& j, std::vector<const Json*>* stack) {
        if (!TypeIs(j, {"Article", "NewsArticle", "BlogPosting", "Report", "WebPage", "ItemPage", "Product", "Offer",
                        "Service", "IndividualProduct", "ProductModel", "DiscussionForumPosting",
                        "SocialMediaPosting", "Question"})) {
          PushMembers(j, {"@graph", "mainEntity"}, stack);
          return true;
        }
        page.url = Field(j, {"url", "mainEntityOfPage", "@id"});
        if (const Json* who = FirstObject(j, {"seller", "author", "brand", "publisher"})) {
          page.seller = Field(*who, {"name", "legalName", "alternateName"});
        } else {
          page.seller = Field(j, {"seller", "author", "brand", "publisher"});
        }
        return page.url.empty() && page.seller.empty();
      });
  return page;
}


}  // namespace lantian::extractors::internal
