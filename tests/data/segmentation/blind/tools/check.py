# -*- coding: utf-8 -*-
"""Consistency check: labels.jsonl vs pages/ (stdlib only)."""
import json, os, re, sys
from html.parser import HTMLParser
from urllib.parse import urljoin

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
URL_ATTRS = ("href", "data-url", "mu", "data-mdurl")

# independent container signatures: (tag, attr, regex, extra_count)
SIG = {
    "shop_01": ("div", "class", r"\bJ_MouserOnverReq\b", 0),
    "shop_02": ("li", "class", r"\bgl-item\b", 0),
    "shop_03": ("tr", "onmouseover", r".", 0),
    "shop_04": ("div", "data-item-id", r".", 0),
    "shop_05": ("div", "data-goods-id", r".", 0),
    "shop_06": ("div", "class", r"^product(\s|$)", 0),
    "thread_01": ("div", "class", r"\bj_l_post\b", 0),
    "thread_02": ("div", "id", r"^post_\d+$", 0),
    "thread_03": ("table", "class", r"\bpostbox\b", 0),
    "thread_04": ("li", "class", r"\bcomment-item\b", 1),
    "thread_05": ("div", "class", r"^reply-item$", 1),
    "thread_06": ("div", "id", r"^r_\d+$", 1),
    "serp_01": ("div", "mu", r".", 0),
    "serp_02": ("div", "class", r"^vrwrap$", 0),
    "serp_03": ("li", "class", r"\bres-list\b", 0),
    "serp_04": ("article", "class", r"\bc-result\b", 0),
    "serp_05": ("div", "data-sc", r".", 0),
    "serp_06": ("div", "data-i", r".", 0),
    "board_01": ("tbody", "id", r"^(stick|normal)thread_\d+$", 0),
    "board_02": ("li", "class", r"\bj_thread_list\b", 0),
    "board_03": ("tr", "class", r"\btopicrow\b", 0),
}


class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs, self.ids, self.text, self.titles = [], {}, [], set()
        self.canon, self.sig_elems, self.skip, self.n = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        self.n += 1
        a = {k: (v or "") for k, v in attrs}
        for k, v in a.items():
            self.attrs.append((self.n, tag, k, v))
        if "id" in a:
            self.ids.setdefault(a["id"], self.n)
        if "title" in a:
            self.titles.add(re.sub(r"\s+", "", a["title"]))
        if tag == "link" and "canonical" in a.get("rel", ""):
            self.canon.append(a.get("href", ""))
        if tag == "meta" and a.get("property") == "og:url":
            self.canon.append(a.get("content", ""))
        self.sig_elems.append((tag, a))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.text.append(d)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def main():
    errs, stats = [], {}
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 24, len(labels)
    for L in labels:
        name = os.path.basename(L["page"])[:-5]
        path = os.path.join(ROOT, L["page"])
        raw = open(path, "rb").read()
        html = raw.decode("utf-8")
        size = len(raw)
        if not (5 * 1024 <= size <= 60 * 1024):
            errs.append(f"{name}: size {size}")
        p = P(); p.feed(html); p.close()
        text = norm("".join(p.text))
        page = L["url"]
        items = L["items"]
        kind = L["kind"]
        st = stats.setdefault(L["family"], {"pages": 0, "items": 0, "ip": 0})
        st["pages"] += 1; st["items"] += len(items); st["ip"] += sum(1 for it in items if it.get("ip_solicit"))
        # counts
        if name in SIG:
            tag, attr, rx, extra = SIG[name]
            cnt = sum(1 for t, a in p.sig_elems if t == tag and attr in a and re.search(rx, a[attr])) + extra
            if cnt != len(items):
                errs.append(f"{name}: container count {cnt} != labelled {len(items)}")
        else:
            if len(items) != 1:
                errs.append(f"{name}: detail must have 1 item")
        positions = []
        seen = set()
        for k, it in enumerate(items):
            u = it["url"]
            if not u.startswith("https://") or ".test" not in u.split("/")[2]:
                errs.append(f"{name}#{k}: bad url {u}")
            if kind == "thread":
                base, _, frag = u.partition("#")
                if base != page:
                    errs.append(f"{name}#{k}: thread item base {base} != page")
                if frag:
                    if frag not in p.ids:
                        errs.append(f"{name}#{k}: id {frag} not in page")
                    else:
                        positions.append(p.ids[frag])
                if it["floor"] is None:
                    errs.append(f"{name}#{k}: floor missing")
                if k == 0 and it["floor"] != 1:
                    errs.append(f"{name}: OP floor != 1")
                if k and it["floor"] <= items[k - 1]["floor"]:
                    errs.append(f"{name}#{k}: floor not increasing")
                if u in seen and frag:
                    errs.append(f"{name}#{k}: duplicate url")
            elif kind == "detail":
                if not any(urljoin(page, c) == u for c in p.canon):
                    errs.append(f"{name}: canonical/og:url mismatch {u}")
            else:
                hits = [n for n, t, a, v in p.attrs if a in URL_ATTRS and urljoin(page, v) == u]
                if not hits:
                    errs.append(f"{name}#{k}: url not found {u}")
                else:
                    positions.append(min(hits))
                if u in seen:
                    errs.append(f"{name}#{k}: duplicate url {u}")
            seen.add(u)
            t = norm(it["title"])
            if not t or (t not in text and t not in p.titles):
                errs.append(f"{name}#{k}: title not found: {it['title'][:40]}")
            if it["seller"] is not None and norm(it["seller"]) not in text:
                errs.append(f"{name}#{k}: seller not found: {it['seller']}")
            if it["price"] is not None and norm(it["price"]) not in text:
                errs.append(f"{name}#{k}: price not found: {it['price']}")
        if positions != sorted(positions) or len(set(positions)) != len(positions):
            errs.append(f"{name}: items not in page order / shared element")
        print(f"{name:10s} {kind:7s} {size / 1024:5.1f}KB items={len(items):3d} ip={sum(1 for it in items if it.get('ip_solicit'))}")
    print(json.dumps(stats, ensure_ascii=False))
    if errs:
        print("\n".join(errs)); print(len(errs), "ERRORS"); sys.exit(1)
    print("OK")

main()
