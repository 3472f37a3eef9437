"""Sanity-check labels.jsonl against the pages (stdlib only)."""
import json, os, re, sys, urllib.parse as up
from html.parser import HTMLParser
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

class P(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base = base; self.ids = set(); self.hrefs = set(); self.raw = set(); self.titles = set()
        self.text = []; self.skip = 0; self.tags = []; self.hosts = set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); self.tags.append((tag, a))
        if tag in ("script", "style"): self.skip += 1
        if "id" in a: self.ids.add(a["id"])
        for k, v in attrs:
            if v is None: continue
            if k in ("href", "src", "data-src", "action", "content", "data-url", "mu", "data-mdurl", "data-landurl", "data-original", "data-lazy-img", "data-lazy-src", "lazy_src", "srcset"):
                if k == "href": self.hrefs.add(up.urljoin(self.base, v))
                if k in ("data-url", "mu", "data-mdurl", "content"): self.raw.add(v)
                for u in re.findall(r'(?:https?:)?//[^\s"\',]+', v):
                    if not v.startswith(("javascript:",)):
                        self.hosts.add(up.urlparse(up.urljoin(self.base, u)).hostname)
            if k in ("title", "alt", "data-title"): self.titles.add(v)
    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip: self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.text.append(d)

def norm(s): return re.sub(r"\s+", "", s or "")

def has_cls(a, tok): return tok in (a.get("class") or "").split()

COUNT = {  # page -> predicate(tag, attrs) counting item containers (ads excluded)
 "taobao_search.html": lambda t, a: t == "div" and has_cls(a, "J_MouserOnverReq") and a.get("data-category") == "auctions",
 "jd_search.html": lambda t, a: t == "li" and has_cls(a, "gl-item") and "data-ad" not in a,
 "goofish_search.html": lambda t, a: t == "a" and has_cls(a, "feeds-item-wrap--rGdH_KoF"),
 "1688_offer_search.html": lambda t, a: t == "li" and has_cls(a, "sm-offer-item"),
 "mall_patent_search.html": lambda t, a: t == "dl" and has_cls(a, "goods-item"),
 "tieba_thread.html": lambda t, a: t == "div" and has_cls(a, "j_l_post"),
 "discuz_viewthread.html": lambda t, a: t == "div" and re.fullmatch(r"post_\d+", a.get("id", "")),
 "douban_group_topic.html": lambda t, a: (t == "li" and has_cls(a, "comment-item")) or (t == "div" and has_cls(a, "topic-content") and has_cls(a, "clearfix")),
 "zhihu_question.html": lambda t, a: t == "div" and has_cls(a, "AnswerItem"),
 "nga_like_thread.html": lambda t, a: t == "table" and has_cls(a, "postbox"),
 "baidu_serp.html": lambda t, a: t == "div" and has_cls(a, "result") and not has_cls(a, "result-op"),
 "baidu_serp_earphones.html": lambda t, a: t == "div" and has_cls(a, "result") and not has_cls(a, "result-op"),
 "sogou_serp.html": lambda t, a: t == "div" and has_cls(a, "vrwrap") and "data-url" in a,
 "so360_serp.html": lambda t, a: t == "li" and has_cls(a, "res-list") and "data-type" not in a,
 "discuz_forumdisplay.html": lambda t, a: t == "tbody" and re.fullmatch(r"(stick|normal)thread_\d+", a.get("id", "")),
 "douban_group_list.html": lambda t, a: t == "td" and has_cls(a, "title"),
 "58_classified_list.html": lambda t, a: t == "tr" and has_cls(a, "ac_item") and not has_cls(a, "jingzhun"),
}

errs = 0; kinds = {}
def err(*m):
    global errs; errs += 1; print("ERROR", *m)

lines = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
pages = sorted(os.listdir(os.path.join(ROOT, "pages")))
if sorted(os.path.basename(l["page"]) for l in lines) != pages: err("page set mismatch")
for L in lines:
    fn = os.path.basename(L["page"]); path = os.path.join(ROOT, L["page"])
    raw = open(path, encoding="utf-8").read(); size = len(raw.encode()) / 1024
    if not 5 <= size <= 80: err(fn, "size %.1fKB" % size)
    p = P(L["url"]); p.feed(raw)
    text = norm("".join(p.text)); titles = {norm(t) for t in p.titles}
    bad = {h for h in p.hosts if h and not h.endswith(".test")}
    if bad: err(fn, "non-.test hosts", bad)
    kinds.setdefault(L["kind"], []).append(len(L["items"]))
    for it in L["items"]:
        u = it["url"]
        if L["kind"] == "thread":
            base, _, frag = u.partition("#")
            if base != L["url"]: err(fn, "thread url base", u)
            if frag and frag not in p.ids: err(fn, "missing id", frag)
            if it["title"] is not None: err(fn, "thread title not null")
            if not isinstance(it["floor"], int): err(fn, "floor missing")
        else:
            if u not in p.hrefs and u not in p.raw: err(fn, "url not in markup", u)
            t = norm(it["title"])
            if t not in text and t not in titles: err(fn, "title not found", it["title"])
        if it["seller"] and norm(it["seller"]) not in text: err(fn, "seller not in text", it["seller"])
        if it["price"] and norm(it["price"]) not in text: err(fn, "price not in text", it["price"])
    if fn in COUNT:
        c = sum(1 for t, a in p.tags if COUNT[fn](t, a))
        if c != len(L["items"]): err(fn, "count %d in page vs %d labelled" % (c, len(L["items"])))
    elif L["kind"] != "detail": err(fn, "no count rule")
    if L["kind"] == "detail":
        if len(L["items"]) != 1: err(fn, "detail must have 1 item")
        if L["items"][0]["url"] not in p.raw and L["items"][0]["url"] not in p.hrefs: err(fn, "canonical missing")
    if L["kind"] == "thread":
        fl = [i["floor"] for i in L["items"]]
        if fl != list(range(1, len(fl) + 1)): err(fn, "floors not 1..n", fl)
print({k: (len(v), sum(v)) for k, v in kinds.items()}, "errors:", errs)
sys.exit(1 if errs else 0)
