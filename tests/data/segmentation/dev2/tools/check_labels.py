#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-derive each label's url/title from its page and report mismatches.

    python3 tools/check_labels.py [-v]

Uses only html.parser. For every page it builds a small tree (tolerant of
unclosed <td>/<tr>/<li>/<p>, stray end tags and a missing </body>), ignores
comments, <script> and <style>, and then checks:

  list    the item url equals some <a href> resolved against <base href> or the
          page URL, or equals a redirect attribute (mu=, data-url, data-mdurl) of
          an element in the same record as a link; the title equals the text of
          that link, of one of its descendants, or a title= attribute on the link
          or a descendant; a title
          ending in "..." is rejected when the link carries a title=; seller and
          price must be visible within the record (6 ancestors up), else a
          warning is printed if they are only visible elsewhere on the page.
  thread  url is the page URL or page URL + "#" + an existing element id whose
          subtree shows the seller as the whole text of an element; title is
          null; floors are increasing ints.
  detail  exactly one item whose url is rel=canonical, else og:url, else the
          page URL; the title is the text of some element.

Also: pages are 8-90 KB, declared charset decodes strictly, list item urls are
unique per page. Exit status 1 on any mismatch.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "meta"}
INVISIBLE = {"script", "style", "template", "noscript", "title"}
REDIRECT_ATTRS = ("mu", "data-url", "data-mdurl")


class Node:
    __slots__ = ("tag", "attrs", "children", "parent", "text")

    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag, self.attrs, self.parent, self.text = tag, attrs or {}, parent, text
        self.children = []

    def iter(self):
        yield self
        for c in self.children:
            if c.tag is not None:
                yield from c.iter()


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def _close_to(self, tag, boundaries):
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t == tag:
                del self.stack[i:]
                return
            if t in boundaries:
                return

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in ("td", "th"):
            self._close_to("td", {"tr", "table"})
            self._close_to("th", {"tr", "table"})
        elif tag == "tr":
            self._close_to("tr", {"table", "tbody", "thead", "tfoot"})
        elif tag == "li":
            self._close_to("li", {"ul", "ol"})
        elif tag in ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4"):
            self._close_to("p", {"div", "td", "li", "body"})
        elif tag in ("dd", "dt"):
            self._close_to("dd", {"dl"})
            self._close_to("dt", {"dl"})
        elif tag == "option":
            self._close_to("option", {"select"})
        n = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        tag = tag.lower()
        n = Node(tag, {k.lower(): (v if v is not None else "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(n)

    def handle_endtag(self, tag):
        tag = tag.lower()
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
        # stray end tag: ignored

    def handle_data(self, data):
        self.stack[-1].children.append(Node(None, parent=self.stack[-1], text=data))

    def handle_comment(self, data):
        pass


def raw_text(node):
    if node.tag is None:
        return node.text
    if node.tag in INVISIBLE:
        return ""
    if node.tag == "br":
        return " "
    return "".join(raw_text(c) for c in node.children)


def text(node):
    return " ".join(raw_text(node).split())


def squash(s):
    return "".join(s.split())


def seg_text(node):
    """Visible text with whitespace removed, plus the set of positions where an element
    boundary or whitespace separated two characters."""
    chars, bounds = [], set()

    def walk(n):
        if n.tag is None:
            for ch in n.text:
                if ch.isspace():
                    bounds.add(len(chars))
                else:
                    chars.append(ch)
            return
        if n.tag in INVISIBLE:
            return
        bounds.add(len(chars))
        for c in n.children:
            walk(c)
        bounds.add(len(chars))

    walk(node)
    return "".join(chars), bounds


NUMCH = "0123456789.,万"


def has_token(seg, needle):
    """needle occurs in the visible text and is not glued to a longer number
    (so '¥1' does not match '¥178.20', but '¥12.9' matches '¥'+'12'+'.9' spread over spans)."""
    hay, bounds = seg
    needle = squash(needle)
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return False
        j = i + len(needle)
        ok_before = i == 0 or i in bounds or not (needle[0].isdigit() and hay[i - 1].isdigit())
        ok_after = j >= len(hay) or j in bounds or not (needle[-1].isdigit() and hay[j] in NUMCH)
        if ok_before and ok_after:
            return True
        start = i + 1


PREFIXES = ("店铺：", "作者：", "店铺:", "作者:")


def shown_as_element(scope, name):
    """name is the whole visible text of some element in scope (optionally after a 店铺：/作者： label)."""
    for n in scope.iter():
        t = text(n)
        if t == name:
            return True
        for p in PREFIXES:
            if t.startswith(p) and t[len(p):].strip() == name:
                return True
    return False


def ancestors(node, k):
    out, n = [], node.parent
    while n is not None and len(out) < k:
        out.append(n)
        n = n.parent
    return out


def decode(data):
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    return data.decode(enc, "strict"), enc


def check_page(rec, verbose=False):
    errs, warns = [], []
    path = os.path.join(ROOT, rec["page"])
    data = open(path, "rb").read()
    kb = len(data) / 1024.0
    if not (8 <= kb <= 90):
        errs.append("size %.1f KB outside 8-90 KB" % kb)
    try:
        src, enc = decode(data)
    except (UnicodeDecodeError, LookupError) as e:
        return ["cannot decode: %s" % e], []
    b = Builder()
    b.feed(src)
    b.close()
    root = b.root
    nodes = list(root.iter())
    page_url = rec["url"]
    base = page_url
    for n in nodes:
        if n.tag == "base" and n.attrs.get("href"):
            base = urljoin(page_url, n.attrs["href"])
            break
    anchors = [n for n in nodes if n.tag == "a" and "href" in n.attrs]
    by_url = {}
    for a in anchors:
        by_url.setdefault(urljoin(base, a.attrs["href"].strip()), []).append(a)
    redirect = {}
    for n in nodes:
        for at in REDIRECT_ATTRS:
            v = n.attrs.get(at)
            if v:
                redirect.setdefault(v, []).append(n)
    page_sq = seg_text(root)
    ids = {n.attrs["id"]: n for n in nodes if n.attrs.get("id")}
    items = rec["items"]
    kind = rec["kind"]

    if kind == "detail":
        canon = None
        for n in nodes:
            if n.tag == "link" and "canonical" in n.attrs.get("rel", "").lower().split():
                canon = urljoin(page_url, n.attrs.get("href", ""))
                break
        if canon is None:
            for n in nodes:
                if n.tag == "meta" and n.attrs.get("property") == "og:url":
                    canon = n.attrs.get("content")
                    break
        canon = canon or page_url
        if len(items) != 1:
            errs.append("detail page must have exactly one item, has %d" % len(items))
        for itm in items:
            if itm["url"] != canon:
                errs.append("detail url %r != derived %r" % (itm["url"], canon))
            if not any(text(n) == itm["title"] for n in nodes if n.tag in ("h1", "h2", "h3")):
                errs.append("detail title not found as a heading: %r" % itm["title"])
            if itm["price"] is not None and not has_token(page_sq, itm["price"]):
                errs.append("detail price %r not visible" % itm["price"])
            if itm["seller"] is not None and not shown_as_element(root, itm["seller"]):
                errs.append("detail seller %r not shown as an element" % itm["seller"])
        return errs, warns

    if kind == "thread":
        prev = None
        for k, itm in enumerate(items):
            u = itm["url"]
            if itm["title"] is not None:
                errs.append("post %d: title should be null" % k)
            if not isinstance(itm["floor"], int):
                errs.append("post %d: floor not int: %r" % (k, itm["floor"]))
            elif prev is not None and itm["floor"] <= prev:
                errs.append("post %d: floor %r not increasing" % (k, itm["floor"]))
            prev = itm["floor"] if isinstance(itm["floor"], int) else prev
            scope = root
            if u == page_url:
                pass
            elif u.startswith(page_url + "#"):
                fid = u[len(page_url) + 1:]
                if fid not in ids:
                    errs.append("post %d: fragment id %r not on page" % (k, fid))
                    continue
                scope = ids[fid]
            else:
                errs.append("post %d: url %r is neither page url nor page#id" % (k, u))
                continue
            if itm["seller"] is not None and not shown_as_element(scope, itm["seller"]):
                errs.append("post %d: seller %r not visible in its post" % (k, itm["seller"]))
        return errs, warns

    # list
    seen = set()
    for k, itm in enumerate(items):
        u, t = itm["url"], itm["title"]
        if u in seen:
            errs.append("item %d: duplicate url %r" % (k, u))
        seen.add(u)
        cands = list(by_url.get(u, []))
        via_redirect = False
        for holder in redirect.get(u, []):
            via_redirect = True
            scopes = [holder] + ancestors(holder, 3)
            for s in scopes:
                cands.extend(n for n in s.iter() if n.tag == "a" and "href" in n.attrs)
        if not cands:
            errs.append("item %d: url not found as link or redirect attribute: %r" % (k, u))
            continue
        if not via_redirect and any(n.attrs.get(at) for a in cands for n in [a] + ancestors(a, 3) for at in REDIRECT_ATTRS
                                    if n.attrs.get(at) and n.attrs.get(at) != u):
            errs.append("item %d: link carries a redirect attribute but label uses the wrapper: %r" % (k, u))
        ok = False
        titled = False
        for a in cands:
            opts = {text(a)}
            if a.attrs.get("title"):
                titled = True
                opts.add(" ".join(a.attrs["title"].split()))
            for d in a.iter():
                opts.add(text(d))
                if d is not a and d.attrs.get("title"):
                    titled = True
                    opts.add(" ".join(d.attrs["title"].split()))
            if t in opts:
                ok = True
        if not ok:
            errs.append("item %d: title %r not derivable from link(s) %r" % (k, t, [text(a) for a in cands][:2]))
        if t and (t.endswith("...") or t.endswith("…")) and titled:
            errs.append("item %d: title is the cut form though title= exists" % k)
        if itm["seller"] is not None and itm["seller"].startswith(PREFIXES):
            errs.append("item %d: seller keeps its label prefix: %r" % (k, itm["seller"]))
        if itm["seller"] is not None:
            top = [ancestors(a, 6)[-1] for a in cands if ancestors(a, 6)]
            if not any(shown_as_element(tp, itm["seller"]) for tp in top) and not shown_as_element(root, itm["seller"]):
                errs.append("item %d: seller %r is not the whole text of any element" % (k, itm["seller"]))
        for f in ("seller", "price"):
            v = itm[f]
            if v is None:
                continue
            near = any(has_token(seg_text(n), v) for a in cands for n in ancestors(a, 6))
            if not near:
                if has_token(page_sq, v):
                    warns.append("item %d: %s %r visible on page but not within the record" % (k, f, v))
                else:
                    errs.append("item %d: %s %r not visible" % (k, f, v))
    return errs, warns


def main():
    verbose = "-v" in sys.argv
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    nitems = 0
    kinds = {}
    listed = set()
    for rec in recs:
        listed.add(os.path.basename(rec["page"]))
        errs, warns = check_page(rec, verbose)
        nitems += len(rec["items"])
        kinds.setdefault(rec["kind"], [0, 0])
        kinds[rec["kind"]][0] += 1
        kinds[rec["kind"]][1] += len(rec["items"])
        status = "OK  " if not errs else "FAIL"
        print("%s %-40s %3d items%s" % (status, rec["page"], len(rec["items"]), ("  (%d warnings)" % len(warns)) if warns else ""))
        for e in errs:
            print("     - " + e)
        if verbose or len(warns) <= 3:
            for w in warns:
                print("     ~ " + w)
        bad += bool(errs)
    on_disk = {f for f in os.listdir(os.path.join(ROOT, "pages")) if f.endswith(".html")}
    if on_disk != listed:
        print("pages without labels or labels without pages:", sorted(on_disk ^ listed))
        bad += 1
    print("pages %d, items %d, by kind %s" % (len(recs), nitems, json.dumps(kinds)))
    print("ALL OK" if not bad else "%d page(s) with mismatches" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
