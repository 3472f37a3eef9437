# -*- coding: utf-8 -*-
"""Re-derive each label's url/title (and sanity-check seller/price/floor) from the page itself.

    python3 tools/check_labels.py        # exit 0 when every label is consistent with its page

Only stdlib html.parser is used.  Comments and <script>/<style> contents are ignored, so a label that
points at a commented-out or script-only item is reported.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
REAL_ATTRS = ("mu", "data-url", "data-mdurl")


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class El:
    __slots__ = ("tag", "attrs", "parent", "text", "children")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.text, self.children = [], []


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = El("#root", {}, None)
        self.stack = [self.root]
        self.skip = 0
        self.all = []
        self.visible = []
        self.base = self.canonical = self.og = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "base" and "href" in a and self.base is None:
            self.base = a["href"]
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.canonical = a.get("href")
        if tag == "meta" and a.get("property", a.get("name", "")) == "og:url":
            self.og = a.get("content")
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag == "br":
            self.handle_data(" ")
            return
        if tag in VOID:
            return
        # implicit close of <a> (nested anchors are illegal)
        if tag == "a":
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == "a":
                    del self.stack[i:]
                    break
        el = El(tag, a, self.stack[-1])
        self.stack[-1].children.append(el)
        self.stack.append(el)
        self.all.append(el)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
        # stray end tag: ignore

    def handle_data(self, data):
        if self.skip:
            return
        self.visible.append(data)
        for el in self.stack[1:]:
            el.text.append(data)


def txt(el):
    return norm("".join(el.text))


def descendants(el):
    for c in el.children:
        yield c
        yield from descendants(c)


def ancestors(el):
    while el is not None:
        yield el
        el = el.parent


def decode(raw):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:4096])
    enc = m.group(1).decode() if m else "utf-8"
    return raw.decode(enc), enc


def title_candidates(a):
    """Texts a reader could see as the record's title for anchor a."""
    out = set()
    t = txt(a)
    out.add(t)
    if t.endswith(("...", "…")) and a.attrs.get("title"):
        out.add(norm(a.attrs["title"]))
    for d in descendants(a):
        if re.search("title|name", d.attrs.get("class", ""), re.I):
            dt = txt(d)
            out.add(dt)
            if dt.endswith(("...", "…")) and d.attrs.get("title"):
                out.add(norm(d.attrs["title"]))
    # search-engine result: the title anchor's text when the anchor sits inside h3
    return out


def check_page(lab):
    errs = []
    raw = open(os.path.join(ROOT, lab["page"]), "rb").read()
    kb = len(raw) / 1024
    if not (8 <= kb <= 90):
        errs.append(f"size {kb:.1f}KB outside 8-90KB")
    doc, enc = decode(raw)
    p = Page()
    p.feed(doc)
    p.close()
    page_url = lab["url"]
    base = urljoin(page_url, p.base) if p.base else page_url
    vis = norm("".join(p.visible))
    vis_nows = re.sub(r"\s+", "", vis)
    ids = {el.attrs["id"] for el in p.all if "id" in el.attrs}
    anchors = [el for el in p.all if el.tag == "a" and "href" in el.attrs]
    by_url = {}
    for a in anchors:
        by_url.setdefault(urljoin(base, a.attrs["href"]), []).append(a)
    real = {}
    for el in p.all:
        for k in REAL_ATTRS:
            if el.attrs.get(k):
                real.setdefault(el.attrs[k], []).append(el)
    items = lab["items"]
    kind = lab["kind"]
    if kind == "detail":
        want = p.canonical or p.og or page_url
        want = urljoin(page_url, want)
        if len(items) != 1 or items[0]["url"] != want:
            errs.append(f"detail item must be exactly one with url {want}")
    seen = set()
    last_floor = 0
    for n, it in enumerate(items):
        tag = f"item {n}"
        u, t = it["url"], it["title"]
        if kind == "thread":
            if t is not None:
                errs.append(f"{tag}: post title must be null")
            if u != page_url:
                if not u.startswith(page_url + "#") or u[len(page_url) + 1:] not in ids:
                    errs.append(f"{tag}: post url {u} is neither page url nor page#id")
            fl = it["floor"]
            if not isinstance(fl, int) or fl <= last_floor:
                errs.append(f"{tag}: floor {fl} not increasing")
            last_floor = fl if isinstance(fl, int) else last_floor
            if n == 0 and fl != 1:
                errs.append(f"{tag}: first post should be floor 1")
        elif kind == "detail":
            h1 = [txt(el) for el in p.all if el.tag == "h1"]
            if t not in h1:
                errs.append(f"{tag}: title {t!r} not an <h1> text")
        else:
            if it["floor"] is not None:
                errs.append(f"{tag}: floor must be null on lists")
            cands = list(by_url.get(u, []))
            for el in real.get(u, []):
                cands += [el] if el.tag == "a" else [d for d in descendants(el) if d.tag == "a"]
            # a wrapper link whose record carries the real target must be labelled with the real target
            for a in by_url.get(u, []):
                for anc in list(ancestors(a))[:8]:
                    r = next((anc.attrs[k] for k in REAL_ATTRS if anc.attrs.get(k)), None)
                    if r and r != u and "/link?" in u:
                        errs.append(f"{tag}: wrapper url used although record holds real url {r}")
                        break
            if not cands:
                errs.append(f"{tag}: url {u} not found as a resolved href or mu/data-url/data-mdurl")
            else:
                ok = set()
                for a in cands:
                    ok |= title_candidates(a)
                if t not in ok:
                    errs.append(f"{tag}: title {t!r} not derivable; candidates {sorted(ok)[:3]}")
                # the record must not be an ad: no 广告/推广 marker within the link's nearest 3 containers
                a0 = cands[0]
                box = list(ancestors(a0))[:4]
                if any(re.search(r"(^|\s)(ad|ads|ad-tag|ad_tag|ec-tuiguang)(\s|$)", b.attrs.get("class", "")) for b in box):
                    errs.append(f"{tag}: sits inside an ad container")
            if u in seen:
                errs.append(f"{tag}: duplicate url {u}")
            seen.add(u)
        for fld in ("seller", "price"):
            v = it[fld]
            if v is not None and re.sub(r"\s+", "", v) not in vis_nows:
                errs.append(f"{tag}: {fld} {v!r} not visible on page")
        if lab["url"] and kind != "thread" and it["seller"] is not None and any(
                h in lab["page"] for h in ("serp",)):
            errs.append(f"{tag}: search-engine results must have seller null")
    return errs, len(items), enc


def main():
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    bad = 0
    total = 0
    pages = set(f for f in os.listdir(os.path.join(ROOT, "pages")) if f.endswith(".html"))
    listed = set(os.path.basename(l["page"]) for l in labels)
    if pages != listed:
        print("pages/labels mismatch:", sorted(pages ^ listed))
        bad += 1
    for lab in labels:
        errs, n, enc = check_page(lab)
        total += n
        status = "OK " if not errs else "BAD"
        print(f"{status} {lab['page']:45s} {lab['kind']:6s} {n:3d} items {enc}")
        for e in errs:
            print("     -", e)
        bad += bool(errs)
    print(f"{len(labels)} pages, {total} items, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
