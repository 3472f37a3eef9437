#include "extractors/selector.h"

#include <gumbo.h>
#include <strings.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "extractors/internal/html_document.h"

namespace lantian::extractors {

namespace {

using internal::IsElement;

enum class AttrOp { kExists, kEquals, kContains, kPrefix, kSuffix, kWord };

struct AttrTest {
  std::string name;  // lower-case
  AttrOp op = AttrOp::kExists;
  std::string value;
};

struct Compound {
  std::string tag;  // lower-case; "" or "*" for any
  GumboTag gumbo_tag = GUMBO_TAG_UNKNOWN;
  std::vector<std::string> ids;
  std::vector<std::string> classes;
  std::vector<AttrTest> attrs;
};

enum class Combinator { kDescendant, kChild };

// compounds[0] is the leftmost; combinators[i] joins compounds[i] and [i+1].
struct Complex {
  std::vector<Compound> compounds;
  std::vector<Combinator> combinators;
  std::string attribute;  // after '@'; "" = the element's text
  bool self() const { return compounds.empty(); }
};

bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  Status Error(std::size_t pos, std::string_view message) const {
    return Status::InvalidArgument("col " + std::to_string(pos + 1) + ": " + std::string(message));
  }

  bool AtEnd() const { return i_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[i_]; }
  void SkipSpace() {
    while (!AtEnd() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  std::string Ident() {
    std::size_t start = i_;
    while (!AtEnd() && IsIdentChar(s_[i_])) ++i_;
    return std::string(s_.substr(start, i_ - start));
  }

  Status ParseAll(std::vector<Complex>* groups) {
    for (;;) {
      SkipSpace();
      Complex complex;
      std::size_t group_start = i_;
      LANTIAN_RETURN_IF_ERROR(ParseComplex(&complex));
      SkipSpace();
      if (Peek() == '@') {
        std::size_t at = i_;
        ++i_;
        complex.attribute = base::AsciiLower(Ident());
        if (complex.attribute.empty()) return Error(at + 1, "expected an attribute name after '@'");
        SkipSpace();
      }
      if (complex.self() && complex.attribute.empty()) return Error(group_start, "expected a selector");
      groups->push_back(std::move(complex));
      if (AtEnd()) return Status::Ok();
      if (Peek() != ',') {
        return Error(i_, std::string("unexpected '") + Peek() + "'");
      }
      ++i_;
    }
  }

 private:
  Status ParseComplex(Complex* out) {
    for (;;) {
      SkipSpace();
      if (AtEnd() || Peek() == ',' || Peek() == '@') {
        if (!out->combinators.empty() && out->combinators.size() == out->compounds.size()) {
          return Error(i_, "expected a selector after '>'");
        }
        return Status::Ok();
      }
      if (!out->compounds.empty() && out->combinators.size() < out->compounds.size()) {
        // Whitespace already skipped: a combinator is due.
        if (Peek() == '>') {
          ++i_;
          out->combinators.push_back(Combinator::kChild);
          continue;
        }
        if (Peek() == '+' || Peek() == '~') {
          return Error(i_, std::string("unsupported combinator '") + Peek() + "'");
        }
        out->combinators.push_back(Combinator::kDescendant);
      } else if (Peek() == '>') {
        return Error(i_, "expected a selector before '>'");
      }
      Compound c;
      LANTIAN_RETURN_IF_ERROR(ParseCompound(&c));
      out->compounds.push_back(std::move(c));
      // A compound must be followed by whitespace, a combinator, ',', '@' or the end.
      if (!AtEnd()) {
        char n = Peek();
        if (!(n == ' ' || n == '\t' || n == '\n' || n == '\r' || n == '>' || n == ',' || n == '@' ||
              n == '+' || n == '~')) {
          return Error(i_, std::string("unexpected '") + n + "'");
        }
      }
    }
  }

  Status ParseCompound(Compound* c) {
    std::size_t start = i_;
    if (Peek() == '*') {
      ++i_;
      c->tag = "*";
    } else if (IsIdentChar(Peek())) {
      c->tag = base::AsciiLower(Ident());
      c->gumbo_tag = gumbo_tag_enum(c->tag.c_str());
    }
    for (;;) {
      char ch = Peek();
      if (ch == '#' || ch == '.') {
        std::size_t at = i_;
        ++i_;
        std::string name = Ident();
        if (name.empty()) {
          return Error(at + 1, ch == '#' ? "expected an id after '#'" : "expected a class name after '.'");
        }
        (ch == '#' ? c->ids : c->classes).push_back(std::move(name));
      } else if (ch == '[') {
        AttrTest t;
        LANTIAN_RETURN_IF_ERROR(ParseAttr(&t));
        c->attrs.push_back(std::move(t));
      } else if (ch == ':') {
        std::size_t at = i_;
        ++i_;
        if (Peek() == ':') ++i_;
        std::string name = Ident();
        return Error(at, "unsupported pseudo-class ':" + name + "'");
      } else {
        break;
      }
    }
    if (i_ == start) {
      if (AtEnd()) return Error(i_, "expected a selector");
      return Error(i_, std::string("unexpected '") + Peek() + "'");
    }
    return Status::Ok();
  }

  Status ParseAttr(AttrTest* t) {
    std::size_t open = i_;
    ++i_;  // '['
    SkipSpace();
    std::size_t name_pos = i_;
    t->name = base::AsciiLower(Ident());
    if (t->name.empty()) return Error(name_pos, "expected an attribute name after '['");
    SkipSpace();
    if (AtEnd()) return Error(open, "unclosed '['");
    char ch = Peek();
    if (ch == ']') {
      ++i_;
      t->op = AttrOp::kExists;
      return Status::Ok();
    }
    std::size_t op_pos = i_;
    if (ch == '=') {
      t->op = AttrOp::kEquals;
      ++i_;
    } else if ((ch == '*' || ch == '^' || ch == '$' || ch == '~' || ch == '|') && i_ + 1 < s_.size() &&
               s_[i_ + 1] == '=') {
      if (ch == '|') return Error(op_pos, "unsupported attribute operator '|='");
      t->op = ch == '*' ? AttrOp::kContains : ch == '^' ? AttrOp::kPrefix : ch == '$' ? AttrOp::kSuffix
                                                                                       : AttrOp::kWord;
      i_ += 2;
    } else {
      return Error(op_pos, "expected ']' or an operator (=, *=, ^=, $=, ~=) after attribute name");
    }
    SkipSpace();
    if (AtEnd()) return Error(open, "unclosed '['");
    if (Peek() == '"' || Peek() == '\'') {
      char q = Peek();
      std::size_t qpos = i_;
      ++i_;
      std::size_t start = i_;
      while (!AtEnd() && Peek() != q) ++i_;
      if (AtEnd()) return Error(qpos, "unclosed quote");
      t->value.assign(s_.substr(start, i_ - start));
      ++i_;
    } else {
      std::size_t start = i_;
      while (!AtEnd() && Peek() != ']' && Peek() != ' ' && Peek() != '\t') ++i_;
      t->value.assign(s_.substr(start, i_ - start));
      if (t->value.empty()) return Error(start, "expected a value after the operator");
    }
    SkipSpace();
    if (AtEnd() || Peek() != ']') return Error(AtEnd() ? open : i_, AtEnd() ? "unclosed '['" : "expected ']'");
    ++i_;
    return Status::Ok();
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

bool HasWord(std::string_view list, std::string_view word) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && (list[i] == ' ' || list[i] == '\t' || list[i] == '\n' || list[i] == '\r' ||
                               list[i] == '\f'))
      ++i;
    std::size_t start = i;
    while (i < list.size() && !(list[i] == ' ' || list[i] == '\t' || list[i] == '\n' || list[i] == '\r' ||
                                list[i] == '\f'))
      ++i;
    if (i > start && list.substr(start, i - start) == word) return true;
  }
  return false;
}

bool MatchCompound(const Compound& c, const GumboNode* n) {
  if (!IsElement(n)) return false;
  if (!c.tag.empty() && c.tag != "*") {
    if (c.gumbo_tag != GUMBO_TAG_UNKNOWN) {
      if (n->v.element.tag != c.gumbo_tag) return false;
    } else if (n->v.element.tag != GUMBO_TAG_UNKNOWN || internal::TagName(n) != c.tag) {
      return false;
    }
  }
  for (const std::string& id : c.ids) {
    const char* v = internal::Attr(n, "id");
    if (v == nullptr || id != v) return false;
  }
  if (!c.classes.empty()) {
    const char* v = internal::Attr(n, "class");
    if (v == nullptr) return false;
    for (const std::string& cls : c.classes) {
      if (!HasWord(v, cls)) return false;
    }
  }
  for (const AttrTest& t : c.attrs) {
    const char* raw = internal::Attr(n, t.name.c_str());
    if (raw == nullptr) return false;
    std::string_view v(raw);
    switch (t.op) {
      case AttrOp::kExists:
        break;
      case AttrOp::kEquals:
        if (v != t.value) return false;
        break;
      case AttrOp::kContains:
        if (t.value.empty() || v.find(t.value) == std::string_view::npos) return false;
        break;
      case AttrOp::kPrefix:
        if (t.value.empty() || !v.starts_with(t.value)) return false;
        break;
      case AttrOp::kSuffix:
        if (t.value.empty() || !v.ends_with(t.value)) return false;
        break;
      case AttrOp::kWord:
        if (!HasWord(v, t.value)) return false;
        break;
    }
  }
  return true;
}

// Failed (k, node) pairs of the current top-level match. Without them a
// chain of three or more compounds with descendant combinators costs
// O(depth^2) per node on deep documents; with them O(depth * compounds).
thread_local std::unordered_set<std::uint64_t> tl_failed;

std::uint64_t MemoKey(std::size_t k, const GumboNode* n) {
  return (static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(n)) << 4) ^ k;
}

// Matches compounds[0..k] with compounds[k] at `n`. Recursion depth is bounded
// by the number of compounds in the selector, not by the document.
bool MatchComplexAt(const Complex& cx, std::size_t k, const GumboNode* n) {
  if (!MatchCompound(cx.compounds[k], n)) return false;
  if (k == 0) return true;
  Combinator comb = cx.combinators[k - 1];
  const GumboNode* p = n->parent;
  if (comb == Combinator::kChild) return IsElement(p) && MatchComplexAt(cx, k - 1, p);
  const bool memo = cx.compounds.size() >= 3;
  for (; IsElement(p); p = p->parent) {
    if (memo && tl_failed.count(MemoKey(k - 1, p)) != 0) return false;
    if (MatchComplexAt(cx, k - 1, p)) return true;
    if (memo) tl_failed.insert(MemoKey(k - 1, p));
  }
  return false;
}

bool MatchComplex(const Complex& cx, const GumboNode* n) {
  if (cx.compounds.size() >= 3) tl_failed.clear();
  return MatchComplexAt(cx, cx.compounds.size() - 1, n);
}

}  // namespace

struct Selector::Compiled {
  std::vector<Complex> groups;
  std::string attribute;
  std::string source;
  bool has_self = false;  // a group that is only "@attr": the context element itself
};

Selector::Selector(std::shared_ptr<const Compiled> compiled) : compiled_(std::move(compiled)) {}
Selector::~Selector() = default;

Result<Selector> Selector::Parse(std::string_view text) {
  auto compiled = std::make_shared<Compiled>();
  compiled->source.assign(text);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidArgument("col 1: empty selector");
  }
  Parser parser(text);
  LANTIAN_RETURN_IF_ERROR(parser.ParseAll(&compiled->groups));
  for (const Complex& cx : compiled->groups) compiled->has_self |= cx.self();
  compiled->attribute = compiled->groups.front().attribute;
  for (const Complex& cx : compiled->groups) {
    if (cx.attribute != compiled->attribute) compiled->attribute.clear();
  }
  return Selector(std::move(compiled));
}

bool Selector::Matches(const GumboInternalNode* node) const {
  for (const Complex& cx : compiled_->groups) {
    if (!cx.self() && MatchComplex(cx, node)) return true;
  }
  return false;
}

namespace {

// Iterative pre-order walk over the element descendants of `root` (document
// order); safe on any depth. `visit` returns false to stop the walk.
using WalkStack = std::vector<std::pair<const GumboNode*, unsigned>>;

template <typename Visit>
void ForEachDescendantElement(const GumboNode* root, Visit visit, WalkStack& stack) {
  stack.clear();
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* children = internal::Children(node);
    if (children == nullptr || next >= children->length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[next++]);
    if (!IsElement(child)) continue;
    if (!visit(child)) return;
    stack.emplace_back(child, 0);
  }
}

template <typename Visit>
void ForEachDescendantElement(const GumboNode* root, Visit visit) {
  WalkStack stack;
  ForEachDescendantElement(root, visit, stack);
}

}  // namespace

std::vector<const GumboInternalNode*> Selector::SelectAll(const GumboInternalNode* root) const {
  std::vector<const GumboNode*> out;
  if (root == nullptr) return out;
  if (compiled_->has_self && IsElement(root)) out.push_back(root);
  ForEachDescendantElement(root, [&](const GumboNode* n) {
    if (Matches(n)) out.push_back(n);
    return true;
  });
  return out;
}

const GumboInternalNode* Selector::SelectFirst(const GumboInternalNode* root) const {
  if (root == nullptr) return nullptr;
  if (compiled_->has_self && IsElement(root)) return root;
  const GumboNode* found = nullptr;
  ForEachDescendantElement(root, [&](const GumboNode* n) {
    if (Matches(n)) found = n;
    return found == nullptr;
  });
  return found;
}

const std::string& Selector::attribute() const { return compiled_->attribute; }

std::vector<const GumboInternalNode*> Selector::Filter(const std::vector<const GumboInternalNode*>& elements) const {
  std::vector<const GumboNode*> out;
  for (const GumboNode* n : elements) {
    if (Matches(n)) out.push_back(n);
  }
  return out;
}

bool Selector::MayMatchIn(std::string_view html) const {
  for (const Complex& cx : compiled_->groups) {
    if (cx.self()) return true;
    const Compound& last = cx.compounds.back();
    bool all_present = true;
    for (const auto* names : {&last.ids, &last.classes}) {
      for (const std::string& name : *names) {
        if (html.find(name) == std::string_view::npos) all_present = false;
      }
    }
    if (all_present) return true;
  }
  return false;
}

const GumboInternalNode* Selector::FirstIn(const std::vector<const GumboInternalNode*>& elements) const {
  for (const GumboNode* n : elements) {
    if (Matches(n)) return n;
  }
  return nullptr;
}

const GumboInternalNode* Selector::FirstInGroup(const std::vector<const GumboInternalNode*>& elements,
                                                std::size_t group) const {
  const Complex& cx = compiled_->groups[group];
  if (cx.self()) return nullptr;
  for (const GumboNode* n : elements) {
    if (MatchComplex(cx, n)) return n;
  }
  return nullptr;
}

std::size_t Selector::group_count() const { return compiled_->groups.size(); }

const std::string& Selector::group_attribute(std::size_t group) const { return compiled_->groups[group].attribute; }

const GumboInternalNode* Selector::SelectFirstInGroup(const GumboInternalNode* root, std::size_t group) const {
  if (root == nullptr) return nullptr;
  const Complex& cx = compiled_->groups[group];
  if (cx.self()) return IsElement(root) ? root : nullptr;
  // Reused across calls on this thread: field lookups run per item and field.
  thread_local WalkStack stack;
  const GumboNode* found = nullptr;
  ForEachDescendantElement(
      root,
      [&](const GumboNode* n) {
        if (MatchComplex(cx, n)) found = n;
        return found == nullptr;
      },
      stack);
  return found;
}
const std::string& Selector::source() const { return compiled_->source; }

}  // namespace lantian::extractors
